"""A static, offline website of the dataset: status, timeline, a page per
record, search, trends, feeds, calendars, downloads, embeds and badges.
See docs/site.md."""

from jcpoa_tracker.site.build import SiteResult, build_site
from jcpoa_tracker.site.writer import SiteTargetError

__all__ = ["SiteResult", "SiteTargetError", "build_site"]

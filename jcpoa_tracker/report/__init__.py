"""Report engines: a dataset and an as-of date in, plain data out.

Nothing here prints, reads files or looks at the clock; renderers in
``jcpoa_tracker.render`` turn these objects into text, Markdown or JSON.
"""

from collections.abc import Sequence
from math import fsum


def mean(values: Sequence[float]) -> float:
    """The arithmetic mean, computed as statistics.fmean does (whose module
    imports decimal and fractions: a tenth of a warm report's start-up)."""
    return fsum(values) / len(values)

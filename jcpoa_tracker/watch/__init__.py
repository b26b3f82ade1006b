"""Noticing changes without looking at every file: a watcher process per
data directory (``jcpoa-tracker watch start``) tells a report which files
changed since its store was last brought up to date (docs/watch.md)."""

"""Full-text search over statements: folding, the query language, the
persistent SQLite index and the search itself."""

"""The data's digest (``provenance.data_hash``) as the store keeps it.

The digest is taken of one line per data file (its path and its content's
hash), in path order.  The store keeps the digest until a file changes,
and the text it is taken of in *parts*: the lines of the files under one
folder two levels down (``statements/2013/``), or of one file above that.
After an edit only the edited files' parts are read again from the
``files`` table: at a million statements the whole text is 53,800 lines,
and reading them all again was most of what a briefing added after an
edit.  The digest is the one ``provenance.data_hash`` takes of the files
themselves (a test holds them equal through edits, additions, removals
and renames).

The parts live in the ``meta`` table, keyed so that they sort as their
lines do: a folder's key ends with ``/``, which sorts after a file of the
same name (``statements/2013.yaml`` < ``statements/2013/...``), and the
lines of a folder are exactly the paths that start with its key.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from jcpoa_tracker.datadir import CONFIG_NAME
from jcpoa_tracker.provenance import combine_lines, digest_line
from jcpoa_tracker.search.index import memo_key, read_meta

__all__ = ["data_digest", "digest_part", "forget", "kept_digest", "unkept_digest"]

DIGEST_KEY = memo_key("data-hash")  # the digest, until a file changes
PART_KEY = memo_key("data-hash-part:")  # + a part's key: its lines (NULL: to read again)
PARTS_KEPT_KEY = memo_key("data-hash-parts")  # present when every part is kept
# every file's row, in path order
_EVERY_FILE = "SELECT path, content FROM files ORDER BY path"
# every key starting with PART_KEY is in [PART_KEY, _PARTS_END)
_PARTS_END = PART_KEY[:-1] + chr(ord(PART_KEY[-1]) + 1)
_AFTER_SLASH = chr(ord("/") + 1)


def digest_part(relative: str) -> str:
    """The key of the part a file's line belongs to."""
    head = relative.split("/", 2)
    return f"{head[0]}/{head[1]}/" if len(head) == 3 else relative


def forget(db: sqlite3.Connection, files: Iterable[str]) -> None:
    """Files changed, came or went: the digest is worked out again, and
    their parts read again (in the transaction that writes their rows)."""
    db.execute("DELETE FROM meta WHERE key = ?", (DIGEST_KEY,))
    if read_meta(db, PARTS_KEPT_KEY) is not None:
        parts = {digest_part(relative) for relative in files}
        db.executemany(
            "INSERT OR REPLACE INTO meta VALUES (?, NULL)", [(PART_KEY + p,) for p in parts]
        )


def kept_digest(db: sqlite3.Connection) -> str | None:
    """The digest, if it is kept (no file changed since it was worked out)."""
    known = read_meta(db, DIGEST_KEY)
    return known if isinstance(known, str) else None


def data_digest(db: sqlite3.Connection) -> str:
    """The digest, worked out if it is not kept, and kept with its parts:
    in a write transaction of the caller's."""
    known = kept_digest(db)
    if known is not None:  # (kept by another process since the caller looked)
        return known
    digest = combine_lines(_kept_text(db))
    db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (DIGEST_KEY, digest))
    return digest


def unkept_digest(db: sqlite3.Connection) -> str:
    """The digest worked out from the files' rows, nothing read or written
    in ``meta`` (a store this process cannot write)."""
    return combine_lines("".join(_lines(db, _EVERY_FILE, ())))


def _kept_text(db: sqlite3.Connection) -> str:
    if read_meta(db, PARTS_KEPT_KEY) is None:  # every part read, and kept
        parts: dict[str, list[str]] = {}
        for relative, content in db.execute(_EVERY_FILE):
            if relative != CONFIG_NAME:
                parts.setdefault(digest_part(relative), []).append(digest_line(relative, content))
        texts = {key: "".join(lines) for key, lines in parts.items()}
        db.execute("DELETE FROM meta WHERE key >= ? AND key < ?", (PART_KEY, _PARTS_END))
        db.executemany(
            "INSERT INTO meta VALUES (?, ?)", [(PART_KEY + k, t) for k, t in texts.items()]
        )
        db.execute("INSERT OR REPLACE INTO meta VALUES (?, 1)", (PARTS_KEPT_KEY,))
        return "".join(texts[key] for key in sorted(texts))
    kept = db.execute(
        "SELECT key, value FROM meta WHERE key >= ? AND key < ? ORDER BY key",
        (PART_KEY, _PARTS_END),
    ).fetchall()
    texts_in_order = []
    for key, text in kept:
        if text is None:  # a file of it changed, came or went
            text = _part_text(db, key[len(PART_KEY) :])
            if text:
                db.execute("UPDATE meta SET value = ? WHERE key = ?", (text, key))
            else:
                db.execute("DELETE FROM meta WHERE key = ?", (key,))
        texts_in_order.append(text)
    return "".join(texts_in_order)


def _part_text(db: sqlite3.Connection, part: str) -> str:
    if part.endswith("/"):  # the paths starting with it
        sql = "SELECT path, content FROM files WHERE path >= ? AND path < ? ORDER BY path"
        return "".join(_lines(db, sql, (part, part[:-1] + _AFTER_SLASH)))
    return "".join(_lines(db, "SELECT path, content FROM files WHERE path = ?", (part,)))


def _lines(db: sqlite3.Connection, sql: str, params: tuple[str, ...]) -> list[str]:
    return [
        digest_line(relative, content)
        for relative, content in db.execute(sql, params)
        if relative != CONFIG_NAME
    ]

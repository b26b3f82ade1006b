"""Hash functions that keep OpenSSL off the warm paths.

``import hashlib`` loads OpenSSL's libcrypto, 5 to 20 ms: a tenth of a
warm report.  The digests every run takes are of a few kilobytes (the
cache file's name, the files' stamps, the per-file hashes combined) and
come from CPython's own implementations, which give the same digests
without loading OpenSSL.  Hashing file contents (megabytes, on a build)
goes through hashlib, whose OpenSSL SHA-256 is several times faster.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hashlib import _Hash

__all__ = ["blake2b_128", "sha256"]

try:  # CPython's built-in implementations: no OpenSSL to load
    from _blake2 import blake2b as _blake2b
    from _sha256 import sha256 as _sha256  # type: ignore[import-not-found,unused-ignore]
except ImportError:  # a build without them: hashlib has them all
    from hashlib import blake2b as _blake2b
    from hashlib import sha256 as _sha256


def sha256(data: bytes = b"") -> _Hash:
    """A SHA-256 object for small inputs (the same digest as hashlib's)."""
    return _sha256(data)  # type: ignore[no-any-return]


def blake2b_128(data: bytes) -> str:
    """The 128-bit BLAKE2b hex digest of ``data``."""
    return str(_blake2b(data, digest_size=16).hexdigest())

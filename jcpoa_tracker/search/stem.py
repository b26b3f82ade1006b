"""English stemming for search, so that ``sanction`` finds "sanctions" and
``negotiate`` finds "negotiations": the Snowball English stemmer (Porter2),
from the ``snowballstemmer`` package (pure Python; it uses PyStemmer's C
code when that is installed).

The index keeps every field twice, word for word and stemmed; plain query
words search the stemmed copy, ``"exact phrases"`` and ``prefix*`` the
exact one.  Only words of Latin letters are stemmed: Persian, Arabic and
other scripts keep their folded form (``fold.fold``), so their folding works
as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

__all__ = ["stem", "stem_text"]

_WORD = re.compile(r"[^\W_]+")
_LATIN = re.compile(r"[a-z]+")


@cache
def _stemmer() -> Callable[[str], str]:
    import snowballstemmer

    stemmer: Callable[[str], str] = snowballstemmer.stemmer("english").stemWord
    return stemmer


_STEMS: dict[str, str] = {}


def stem(word: str) -> str:
    """The stem of one folded word (itself when it is not made of a-z)."""
    found = _STEMS.get(word)
    if found is None:
        found = _stemmer()(word) if _LATIN.fullmatch(word) else word
        if len(_STEMS) < 200_000:  # the vocabulary of a large archive, bounded
            _STEMS[word] = found
    return found


def stem_text(folded: str) -> str:
    """Folded text as its stems, one space between words."""
    stems = _STEMS
    out = []
    for word in _WORD.findall(folded):
        found = stems.get(word)
        out.append(found if found is not None else stem(word))
    return " ".join(out)

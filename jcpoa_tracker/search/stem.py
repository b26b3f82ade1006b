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
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from itertools import islice
from typing import Any

__all__ = ["stem", "stem_text"]

_WORD = re.compile(r"[^\W_]+")
_LATIN = re.compile(r"[a-z]+")


@cache
def _stemmer() -> Callable[[str], str]:
    """Snowball's English stemmer, as ``snowballstemmer.stemmer("english")``
    gives it: PyStemmer's when that is installed, else the pure-Python one,
    loaded alone (the package's ``__init__`` imports all 36 languages, a
    tenth of a warm search's time)."""
    try:
        english = _english_only()
    except (ImportError, AttributeError):  # a layout we do not know: the usual way
        import snowballstemmer

        english = snowballstemmer.stemmer("english")
    stemmer: Callable[[str], str] = english.stemWord
    return stemmer


def _english_only() -> Any:
    import importlib
    import importlib.util
    import sys
    import types

    try:  # PyStemmer, which snowballstemmer prefers
        return importlib.import_module("Stemmer").Stemmer("english")
    except ImportError:
        pass
    spec = importlib.util.find_spec("snowballstemmer")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("snowballstemmer")
    name = "_jcpoa_snowballstemmer"  # the package's folder, without its __init__
    package = sys.modules.get(name)
    if package is None:
        package = types.ModuleType(name)
        package.__path__ = list(spec.submodule_search_locations)
        sys.modules[name] = package
    return importlib.import_module(f"{name}.english_stemmer").EnglishStemmer()


_STEMS: dict[str, str] = {}
_KEPT = 200_000  # stems kept in memory: the vocabulary of a large archive


def stem(word: str) -> str:
    """The stem of one folded word (itself when it is not made of a-z)."""
    found = _STEMS.get(word)
    if found is None:
        found = _stemmer()(word) if _LATIN.fullmatch(word) else word
        if len(_STEMS) < _KEPT:
            _STEMS[word] = found
    return found


def words(folded: str) -> list[str]:
    """The words of folded text, as stem_text splits it."""
    return _WORD.findall(folded)


def unknown(candidates: Iterable[str]) -> set[str]:
    """Those of these words whose stems this process has not worked out."""
    return {word for word in candidates if word not in _STEMS}


def learn(stems: Mapping[str, str]) -> None:
    """Stems worked out before (the store keeps them: an edit then stems
    only words the archive has never had, the English stemmer being slow)."""
    room = _KEPT - len(_STEMS)
    if room > 0:
        _STEMS.update(stems if len(stems) <= room else dict(list(stems.items())[:room]))


def known() -> int:
    """How many stems this process holds: a mark for ``since``."""
    return len(_STEMS)


def since(mark: int) -> dict[str, str]:
    """The stems this process worked out or learned after ``mark``."""
    return dict(islice(_STEMS.items(), mark, None))


def stem_text(folded: str) -> str:
    """Folded text as its stems, one space between words."""
    stems = _STEMS
    out = []
    for word in _WORD.findall(folded):
        found = stems.get(word)
        out.append(found if found is not None else stem(word))
    return " ".join(out)

"""Text folding shared by the index and the query, so that a search typed
either way finds the text: case, accents and the letter variants of Persian
and Arabic script do not matter.

Both sides go through ``fold`` before SQLite sees them, so the FTS5
tokenizer only splits words; it never has to know about scripts.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold", "words"]

# Letters written differently in Arabic and Persian typing, and digits of
# the Arabic-Indic and Persian ranges: folded to one form.
_LETTERS = {
    "\u064a": "\u06cc",  # ARABIC YEH -> FARSI YEH
    "\u0649": "\u06cc",  # ALEF MAKSURA -> FARSI YEH
    "\u0643": "\u06a9",  # ARABIC KAF -> KEHEH
    "\u0629": "\u0647",  # TEH MARBUTA -> HEH
    "\u06c0": "\u0647",  # HEH WITH YEH ABOVE -> HEH
    "\u0640": "",  # TATWEEL (kashida): stretches a word, means nothing
    "\u200c": "",  # ZERO WIDTH NON-JOINER, typed or not in Persian compounds
    "\u200d": "",  # ZERO WIDTH JOINER
    "\u00ad": "",  # SOFT HYPHEN
}
_LETTERS.update({chr(0x0660 + d): str(d) for d in range(10)})
_LETTERS.update({chr(0x06F0 + d): str(d) for d in range(10)})
_TABLE = str.maketrans(_LETTERS)

# Combining marks left by NFKD: Latin accents, Arabic harakat, the hamza
# and madda of أ إ آ ؤ ئ, Hebrew points.
_MARKS = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    "\u06d6-\u06ed\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)
# A word as the FTS5 unicode61 tokenizer sees it (letters and digits).
_WORD = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Lower-case, accent-free, script-variant-free text of the same words."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text.translate(_TABLE))
    # Letters with no decomposition (ß, ø, ł) are folded by casefold and
    # SQLite's own tokenizer; the marks go here.
    return _MARKS.sub("", text).casefold().translate(_TABLE)


def words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, folded word) for each word of the original text, for
    highlighting matches in what the reader sees."""
    found = ((m.start(), m.end(), fold(m.group())) for m in _WORD.finditer(text))
    return [(start, end, word) for start, end, word in found if word]  # a lone tatweel folds away

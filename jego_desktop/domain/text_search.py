"""Folding text so that a search finds it whatever its case and accents."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Casefolded, compatibility-decomposed text without nonspacing marks.

    "Café", "CAFE" and "ｃａｆｅ" all fold to "cafe"; Chinese is unchanged. The casefold
    and decomposition steps are Unicode's compatibility caseless matching (D146); NFC
    at the end recomposes Hangul syllables that NFKD split into jamo. NUL separates words
    like a space: an FTS5 query string cannot contain it.
    """
    text = text.replace("\x00", " ")
    once = unicodedata.normalize("NFKD", unicodedata.normalize("NFD", text).casefold())
    decomposed = unicodedata.normalize("NFKD", once.casefold())
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", stripped)

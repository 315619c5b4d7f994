"""Search folding: what the search index holds, and a pattern that finds a query in the
original text with or without harakat and tatweel."""

from __future__ import annotations

import re

#: Harakat, the superscript alef and tatweel: left out when searching, so that a query with
#: or without them finds the text with or without them.
_MARKS = "".join(map(chr, range(0x064B, 0x0660))) + "\u0670\u0640"
#: Letters searched as one: the alef forms, alef maqsura and ya, ta marbuta and ha.
_SAME = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"}
_FOLD = str.maketrans({**{m: None for m in _MARKS}, **_SAME})


def search_fold(text: str) -> str:
    """Text as the search index holds it: no harakat or tatweel, alef forms, ى/ي and ة/ه
    folded, Latin in lower case. Offsets do not survive it; ``search_pattern`` finds the
    matches in the original text."""
    return text.translate(_FOLD).casefold()


def search_pattern(query: str) -> re.Pattern | None:
    """A pattern that finds ``query``'s words in original text, with or without harakat and
    tatweel, and with the folded letters as one; ``None`` if the query has no words."""
    words = search_fold(query).split()
    if not words:
        return None
    classes = {}
    for original, folded in _SAME.items():
        classes.setdefault(folded, {folded}).add(original)
    marks = f"[{_MARKS}]*"

    def letter(c: str) -> str:
        if c in classes:
            return "[" + "".join(sorted(classes[c])) + "]"
        return re.escape(c)

    alternatives = [marks.join(letter(c) for c in word) + marks for word in words]
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)

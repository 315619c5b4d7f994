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
#: Each folded letter of ``_SAME`` with the letters it stands for (itself first).
_FORMS: dict[str, list[str]] = {}
for _original, _folded in _SAME.items():
    _FORMS.setdefault(_folded, [_folded]).append(_original)
#: Any harakat and tatweel after a letter. Possessive: what follows is a letter, never a
#: mark, so giving marks back could not make a match (and sre keeps no state for it).
_AFTER = f"[{_MARKS}]*+"


def search_fold(text: str) -> str:
    """Text as the search index holds it: no harakat or tatweel, alef forms, ى/ي and ة/ه
    folded, Latin in lower case. Offsets do not survive it; ``search_pattern`` finds the
    matches in the original text."""
    return text.translate(_FOLD).casefold()


def search_pattern(query: str) -> re.Pattern | None:
    """A pattern that finds ``query``'s words in original text, with or without harakat and
    tatweel, and with the folded letters as one; ``None`` if the query has no words.

    It matches what ``word1|word2|...`` (each letter followed by any marks) matches, the
    first word that fits at the leftmost place, written so that sre can skip to the
    places where a match can start: the letters all the words begin with are written once
    (ال of الرباط and المئة), and otherwise each word's first letter form is an
    alternative of its own, so that the alternatives all start with one character. A
    regular expression over 200 articles for a two-word query: 54-90 M -> 34-47 M
    instructions.
    """
    words = search_fold(query).split()
    if not words:
        return None
    # Letters every word starts with, leaving each word at least one letter of its own.
    # The folded letters' forms never overlap, so at most one alternative can go on at
    # each letter: writing the shared letters once keeps the order in which words are tried.
    shared = 0
    while shared < min(map(len, words)) - 1 and all(w[shared] == words[0][shared] for w in words):
        shared += 1
    if shared:
        rests = [_letters(w[shared:]) for w in words]
        body = "|".join(rests) if len(rests) == 1 else "(?:" + "|".join(rests) + ")"
        return re.compile(_letters(words[0][:shared]) + body, re.IGNORECASE)
    alternatives = [
        re.escape(form) + _AFTER + _letters(w[1:])
        for w in words
        for form in sorted(_FORMS.get(w[0], [w[0]]))
    ]
    return re.compile("|".join(alternatives), re.IGNORECASE)


def _letters(folded: str) -> str:
    """Each letter (any of its forms) followed by any marks."""
    return "".join(_letter(c) + _AFTER for c in folded)


def _letter(c: str) -> str:
    forms = _FORMS.get(c)
    return "[" + "".join(sorted(forms)) + "]" if forms else re.escape(c)

"""Search folding: what the search index holds, and a pattern that finds a query in the
original text with or without harakat and tatweel."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

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
_MARK_SET = frozenset(_MARKS)


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


#: Arabic letters roughly from the most to the least frequent (each folded letter stands
#: for its forms): a word is looked for from its end whose letter is the rarer, where the
#: regular expression has fewer places to try. Letters not listed count as rare.
_BY_FREQUENCY = "الميونهرتبعدسفقكحجذطشصخثزضئغءظؤ"
_RANK = {c: len(_BY_FREQUENCY) - i for i, c in enumerate(_BY_FREQUENCY)}


def search_finder(query: str) -> Callable[[str], tuple[int, int, int] | None]:
    """What ``search_pattern(query).finditer(text)`` finds, as (number of matches, start,
    end of the first), or ``None`` when it finds nothing; faster where it can be.

    When no occurrence of a word can overlap an occurrence of a word (itself included), the
    matches are every occurrence of every word, whichever way they are looked for: each
    word is then counted alone, from its end with the rarer letter (the text reversed for
    its last letter), and the first match is the leftmost occurrence with the marks after
    it. Otherwise (and for letters with case) the pattern runs as it is.
    """
    words = search_fold(query).split()
    cased = any(c.lower() != c or c.upper() != c for w in words for c in w)
    if not words or cased or not _occurrences_never_overlap(words):
        return functools.partial(_first_and_count, search_pattern(query))
    ahead, back = [], []
    for w in words:
        if _RANK.get(w[-1], 0) < _RANK.get(w[0], 0):
            back.append(re.compile(_AFTER.join(map(_letter, reversed(w)))))
        else:
            ahead.append(re.compile(_letters(w)))
    return functools.partial(_every_occurrence, ahead, back)


def _first_and_count(pattern: re.Pattern, text: str) -> tuple[int, int, int] | None:
    found = pattern.finditer(text)
    first = next(found, None)
    if first is None:
        return None
    return 1 + sum(1 for _ in found), first.start(), first.end()


def _every_occurrence(
    ahead: list[re.Pattern], back: list[re.Pattern], text: str
) -> tuple[int, int, int] | None:
    count, start, end = 0, len(text) + 1, 0
    for word in ahead:
        found = word.finditer(text)
        first = next(found, None)
        if first is not None:
            count += 1 + sum(1 for _ in found)
            if first.start() < start:
                start, end = first.span()
    if back:
        reversed_text, length = text[::-1], len(text)
        for word in back:
            last = None
            for last in word.finditer(reversed_text):  # noqa: B007 (the last one is kept)
                count += 1
            if last is not None and length - last.end() < start:
                start, end = length - last.end(), length - last.start()
                while end < length and text[end] in _MARK_SET:  # the marks after it
                    end += 1
    return (count, start, end) if count else None


def _occurrences_never_overlap(words: list[str]) -> bool:
    """Whether no two occurrences of the words (folded) can share a letter: no word holds
    another (or itself twice over), and no word ends with how one begins."""
    for i, u in enumerate(words):
        for j, v in enumerate(words):
            if i != j and v in u:
                return False
            longest = min(len(u), len(v)) - (i == j)  # a word overlaps itself by a border
            if any(u[-k:] == v[:k] for k in range(1, longest + 1)):
                return False
    return True

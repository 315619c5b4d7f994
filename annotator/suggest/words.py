"""Words of an article as the rules see them: folded keys with their code-point offsets.

Folding ignores harakat and tatweel, writes the alef forms as ا, ى as ي and ة as ه (as
``annotator.text.search_fold`` does), so a rule word matches however the article spells it.
The letter folding is one-to-one, so offsets in the folded text are offsets in the article.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_MARKS = "".join(map(chr, range(0x064B, 0x0660))) + "\u0670\u0640"
_PAIRS = (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ة", "ه"))
_LETTERS = str.maketrans(dict(_PAIRS))
_NO_MARKS = str.maketrans({m: None for m in _MARKS})
_HAS_MARK = re.compile(f"[{_MARKS}]")

#: A word: letters, digits and the marks inside them. Punctuation and spaces end words,
#: as in ``annotator.text.snap_to_words``; a separator inside a number is rejoined by the
#: statistic rule, which knows which separators it accepts.
WORD = re.compile(f"[\\w{_MARKS}]+")

#: Clitics written in front of a word: conjunctions, prepositions, and their pairs.
PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")


def fold_letters(text: str) -> str:
    """The one-to-one part of folding (offsets survive it): alef forms, ى, ة."""
    for a, b in _PAIRS:
        if a in text:
            text = text.replace(a, b)
    return text


def fold(word: str) -> str:
    """A word or phrase as rules compare it (see the module docstring)."""
    if _HAS_MARK.search(word):
        word = word.translate(_NO_MARKS)
    return word.translate(_LETTERS)


def with_proclitics(word: str, article: bool = True) -> set[str]:
    """Every form of a folded word with و ب ل ف ك in front, and with ال if it has none."""
    bases = {word}
    if article and not word.startswith("ال"):
        bases.add("ال" + word)
    forms = set()
    for base in bases:
        for p in PROCLITICS:
            forms.add(p + base)
            if base.startswith("ال") and p.endswith("ل"):
                forms.add(p + base[1:])  # ل + الرياض is written للرياض
    return forms


@dataclass
class Words:
    """The words of one text: ``starts[i]``, ``ends[i]`` and folded ``keys[i]``."""

    text: str
    folded: str  # ``fold_letters(text)``: same length
    starts: list[int]
    ends: list[int]
    keys: list[str]

    @classmethod
    def of(cls, text: str) -> Words:
        folded = fold_letters(text)
        spans = [m.span() for m in WORD.finditer(folded)]
        keys = WORD.findall(folded)
        if _HAS_MARK.search(folded):
            starts = [a for a, _ in spans]
            marked = {
                bisect.bisect_right(starts, m.start()) - 1 for m in _HAS_MARK.finditer(folded)
            }
            for i in marked:
                if i >= 0:
                    keys[i] = keys[i].translate(_NO_MARKS)
            if "" in keys:  # a lone tatweel or harakah is no word
                kept = [i for i, k in enumerate(keys) if k]
                spans = [spans[i] for i in kept]
                keys = [keys[i] for i in kept]
        starts = [a for a, _ in spans]
        ends = [b for _, b in spans]
        return cls(text, folded, starts, ends, keys)

    def indices(self, vocabulary) -> list[int]:
        """Positions of the words whose key is in ``vocabulary`` (a set or dict), in order."""
        hits = vocabulary.keys() & set(self.keys) if isinstance(vocabulary, dict) else None
        if hits is None:
            hits = vocabulary.intersection(self.keys)
        if not hits:
            return []
        return [i for i, k in enumerate(self.keys) if k in hits]

    def __len__(self) -> int:
        return len(self.keys)

    def gap(self, i: int) -> str:
        """The text between word ``i`` and word ``i + 1`` (or the end of the text)."""
        end = self.starts[i + 1] if i + 1 < len(self.keys) else len(self.text)
        return self.text[self.ends[i] : end]

    def gap_before(self, i: int) -> str:
        return self.text[self.ends[i - 1] if i else 0 : self.starts[i]]

    def spaced(self, i: int) -> bool:
        """Whether word ``i + 1`` follows word ``i`` after white space only (no punctuation)."""
        return i + 1 < len(self.keys) and self.gap(i).isspace()

"""Rule set 'location': gazetteer names, and names already tagged in the project."""

from __future__ import annotations

from collections.abc import Iterable

from .model import Suggestion
from .words import WORD, Words, fold, with_proclitics


class Gazetteer:
    """Place names keyed by their first folded word, with every proclitic form of it.

    Only the first word of a name takes و ب ل ف ال; the rest must follow word for word
    (the longest name wins: «المملكة العربية السعودية» before «السعودية»).
    """

    def __init__(self, names: Iterable[str], rule: str, score: float, exclude=()):
        self.rule, self.score = rule, score
        self.first: dict[str, list[tuple[str, ...]]] = {}
        excluded = {fold(x) for x in exclude}
        self.names = set()
        for name in names:
            parts = tuple(fold(w) for w in WORD.findall(name))
            if not parts or " ".join(parts) in excluded:
                continue
            self.names.add(" ".join(parts))
            # No «ال» is added: names carry their own (اليمن), and ال + a name is mostly an
            # adjective (سورية → السورية). Clitics go before it: باليمن، وللرياض.
            for form in with_proclitics(parts[0], article=False):
                self.first.setdefault(form, []).append(parts[1:])
        for rests in self.first.values():
            rests.sort(key=len, reverse=True)

    def __len__(self) -> int:
        return len(self.names)

    def __call__(self, words: Words, label: str = "location") -> list[Suggestion]:
        out = []
        keys, n, first = words.keys, len(words), self.first
        taken = -1
        for i in words.indices(first):
            if i <= taken:
                continue
            rests = first[keys[i]]
            for rest in rests:
                m = len(rest)
                if i + m < n and all(
                    keys[i + 1 + k] == w and words.spaced(i + k) for k, w in enumerate(rest)
                ):
                    end = words.ends[i + m]
                    out.append(Suggestion(words.starts[i], end, label, self.rule, self.score))
                    taken = i + m
                    break
        return out

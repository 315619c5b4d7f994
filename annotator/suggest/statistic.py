"""Rule set 'statistic': numbers in digits or words, with range, percent and counted noun."""

from __future__ import annotations

import bisect
import re

from .model import Suggestion
from .words import Words, fold, with_proclitics

_DIGIT_RUN = re.compile(r"\d+")
_DIGITS = re.compile(
    r"^[وب]?(\d+(?:ر\d+)?)(\D*)$"
)  # 4ر95: a decimal comma in some wires  # \d: Western, Arabic-Indic and Persian digits


class StatisticRules:
    """The compiled ``statistic.json``: call it with a text's words."""

    def __init__(self, data: dict):
        self.label = data["label"]
        self.scores = {rule: spec["score"] for rule, spec in data["rules"].items()}
        self.separators = set(data["separators"])
        self.percent = set(data["percent_signs"])
        self.percent_words = [tuple(fold(w).split()) for w in data["percent_words"]]
        self.joiners = {fold(w) for w in data["range_joiners"]}
        words = {fold(w) for w in data["number_words"]}
        self.number_words = {form: w for w in words for form in with_proclitics(w, False)}
        self.definite_ok = {fold(w) for w in data["definite_noun_after"]}
        self.alone = {fold(w) for w in data["starts_alone"]}
        self.not_counted = {f for w in data["not_counted"] for f in with_proclitics(fold(w))}
        self.year_before = {f for w in data["year_before"] for f in with_proclitics(fold(w))}
        self.year_after = {fold(w) for w in data["year_after"]}
        self.months = {f for w in data["months"] for f in with_proclitics(fold(w))}
        self.not_before = {f for w in data["not_numbers_before"] for f in with_proclitics(fold(w))}

    def __call__(self, words: Words) -> list[Suggestion]:
        out = []
        keys = words.keys
        candidates = words.indices(self.number_words)
        starts = words.starts
        digits = [
            bisect.bisect_right(starts, m.start()) - 1 for m in _DIGIT_RUN.finditer(words.folded)
        ]
        if digits:
            candidates = sorted(set(candidates).union(digits))
        taken = -1
        for i in candidates:
            if i <= taken:
                continue
            kind = self._kind(keys[i])
            if kind is None:
                continue
            found = self._phrase(words, i, kind)
            if found is None:
                continue
            last, end, has_noun = found
            if kind == "digits" and not self._not_a_date(words, i, last, has_noun):
                continue
            if kind == "words" and not has_noun and self.number_words[keys[i]] not in self.alone:
                continue
            rule = "statistic.digits" if kind == "digits" else "statistic.words"
            score = self.scores[rule] * (1.0 if has_noun else 0.7)
            out.append(Suggestion(words.starts[i], end, self.label, rule, round(score, 2)))
            taken = last
        return out

    def _kind(self, key: str) -> str | None:
        if key[0].isdigit() or (key[0] in "وب" and len(key) > 1 and key[1].isdigit()):
            return "digits"
        if key in self.number_words:
            return "words"
        return None

    def _is_number(self, key: str) -> bool:
        return self._kind(key) is not None

    def _phrase(self, words: Words, i: int, kind: str) -> tuple[int, int, bool] | None:
        """(last word, end offset, has counted noun) of the number starting at word ``i``."""
        keys, n = words.keys, len(words)
        if kind == "digits":
            m = _DIGITS.match(keys[i])
            if m is None:
                return None
            if m.group(2) and fold(m.group(2)) in self.year_after:
                return None  # 1436هـ
            if not self._digits_are_quantity(words, i, m.group(1)):
                return None
        j = self._number_end(words, i)
        end = words.ends[j]
        # percent sign or words
        gap = words.gap(j)
        if gap.lstrip()[:1] in self.percent:
            return j, words.ends[j] + len(gap) - len(gap.lstrip()) + 1, True
        for phrase in self.percent_words:
            if all(
                j + k + 1 < n and keys[j + k + 1] == w and words.spaced(j + k)
                for k, w in enumerate(phrase)
            ):
                j += len(phrase)
                return j, words.ends[j], True
        # range: «3 - 5», «56 و55», «بين 10 إلى 20»
        if j + 2 < n and self._is_number(keys[j + 2]) and words.spaced(j + 1):
            if words.spaced(j) and keys[j + 1] in self.joiners:
                j = self._number_end(words, j + 2)
                end = words.ends[j]
        if j + 1 < n and self._is_number(keys[j + 1]) and words.gap(j).strip() in ("-", "–", "—"):
            j = self._number_end(words, j + 1)
            end = words.ends[j]
        if j + 1 < n and keys[j + 1][:1] == "و" and self._is_number(keys[j + 1][1:] or "x"):
            if words.spaced(j):
                j = self._number_end(words, j + 1)
                end = words.ends[j]
        # counted noun or unit
        if j + 1 < n and self._counted(words, j):
            return j + 1, words.ends[j + 1], True
        return j, end, False

    def _not_a_date(self, words: Words, i: int, last: int, has_noun: bool) -> bool:
        """False for «عام 568 و 645», «570 - 632 ميلادي», «8 - 15 / 10»."""
        keys = words.keys
        if last + 1 < len(keys) and keys[last + 1] in self.year_after:
            return False
        if words.gap(last).strip()[:1] in ("/", ":"):
            return False
        return has_noun or not (i and keys[i - 1] in self.year_before)

    def _number_end(self, words: Words, i: int) -> int:
        """Last word of the number at ``i``: separators, scale words (10 آلاف), و + number."""
        keys, n = words.keys, len(words)
        j = i
        while j + 1 < n:
            gap = words.gap(j)
            nxt = keys[j + 1]
            if gap in self.separators and nxt[0].isdigit():
                j += 1
            elif words.spaced(j) and nxt in self.number_words:
                j += 1
            elif words.spaced(j) and nxt[:1] == "و" and nxt[1:] in self.number_words:
                j += 1  # ثلاثة وعشرين
            else:
                break
        return j

    def _digits_are_quantity(self, words: Words, i: int, digits: str) -> bool:
        """False for years, dates, times, numbered things (رقم 301) and scores (1-0)."""
        keys = words.keys
        before = words.gap_before(i).strip()
        after = words.gap(i).strip()
        if (before and before[-1] in ":/") or (after and after[0] in ":/"):
            return False
        if i and (keys[i - 1] in self.not_before or keys[i - 1] in self.months):
            return False
        nxt = keys[i + 1] if i + 1 < len(keys) else ""
        if nxt in self.months and not after:
            return False
        if len(digits) == 4 and digits.isdigit() and 1200 <= int(digits) <= 2100:
            if (i and keys[i - 1] in self.year_before) or nxt in self.year_after:
                return False
            if i and keys[i - 1] in self.months:
                return False
        return True

    def _counted(self, words: Words, j: int) -> bool:
        if not words.spaced(j):
            return False
        key = words.keys[j + 1]
        if (
            key.startswith(("ال", "لل"))
            and self.number_words.get(words.keys[j]) not in self.definite_ok
        ):
            if not words.keys[j][0].isdigit():
                return False
        return (
            not key[0].isdigit()
            and key not in self.not_counted
            and key not in self.months
            and key not in self.number_words
            and key not in self.year_after
        )

"""Rule set 'reporting': who said what. Speaker and claim suggestions, linked claim -> speaker.

Arabic news reports speech verb first: «وقال وزير الخارجية عادل الجبير إن …» (cue, named
subject, then the أن/إن clause or a quote), or names the source after the fact: «…، بحسب
وكالة الأنباء». Word-level heuristics; what each data entry does is said in reporting.json.
"""

from __future__ import annotations

import bisect
import re

from .model import Suggestion
from .words import Words, fold, with_proclitics

_SENTENCE_END = re.compile(r"[.!?؟\n]")
_CLAUSE_BREAK = "،,؛;"


class ReportingRules:
    """The compiled ``reporting.json``: call it with a text's words."""

    def __init__(self, data: dict):
        self.scores = {rule: spec["score"] for rule, spec in data["rules"].items()}
        self.verbs = {}
        for forms in data["verbs"].values():
            for form in map(fold, forms):
                for p in data["verb_prefixes"]:
                    self.verbs[p + form] = form
                self.verbs[form] = form
        self.continuations = {p + fold(w) for w in data["continuations"] for p in ("", "و")}
        # form -> (the words after the first, whether a clitic و/ف/ب/ل is in front)
        self.sources: dict[str, tuple[tuple[str, ...], bool]] = {}
        for cue in data["sources"]:
            first, *rest = fold(cue).split()
            for form in with_proclitics(first, article=False):
                self.sources[form] = (tuple(rest), form != first)
        self.linkers = {fold(w) for w in data["source_linkers"]}
        self.linker_verbs = {fold(w) for w in data["source_after_linker_verbs"]}
        self.skip_heads = {fold(w) for w in data["source_skip_heads"]}
        self.not_heads = {f for w in data["source_not_heads"] for f in with_proclitics(fold(w))}
        self.complementizers = {fold(w) for w in data["complementizers"]}
        self.with_pronoun = {fold(w) for w in data["complementizers_with_pronoun"]}
        self.with_pronoun |= {"و" + w for w in self.with_pronoun}
        self.not_after = {fold(w) for w in data["not_after"]}
        self.stops = {fold(w) for w in data["speaker_stops"]}
        self.stops |= {"و" + w for w in self.stops}
        self.cues = set(self.verbs) | self.continuations | set(self.sources)
        self.max_speaker = data["max_speaker_words"]
        self.max_claim = data["max_claim_chars"]
        self.link_within = data["link_within_chars"]
        self.quotes = {open_: close for open_, close in data["quotes"]}

    def __call__(self, words: Words) -> list[Suggestion]:
        text, keys = words.text, words.keys
        cues = words.indices(self.cues)
        if not cues:
            return []
        ends = [
            m.start()
            for m in _SENTENCE_END.finditer(text)
            if not (  # the point of 95.4 ends no sentence
                m.group() == "."
                and text[m.start() - 1 : m.start()].isdigit()
                and text[m.start() + 1 : m.start() + 2].isdigit()
            )
        ]
        out: list[Suggestion] = []
        last_speaker: Suggestion | None = None
        for i in cues:
            key = keys[i]
            if key in self.verbs:
                speaker = self._speaker(words, i + 1)
                claim = self._claim_after(words, speaker[1] + 1 if speaker else i + 1, ends)
                rule = "reporting.verb"
            elif key in self.continuations:
                speaker, claim = None, self._claim_after(words, i + 1, ends)
                rule = "reporting.continued"
            else:
                speaker, claim = self._source(words, i, ends)
                rule = "reporting.source"
            if claim is None:
                continue
            link = None
            if speaker:
                sp = Suggestion(
                    words.starts[speaker[0]], speaker[2], "speaker", rule, self.scores[rule]
                )
                out.append(sp)
                last_speaker = sp
                link = (sp.start, sp.end)
            elif last_speaker and self._same_paragraph(text, last_speaker.end, claim[0]):
                link = (last_speaker.start, last_speaker.end)
                rule = "reporting.continued"
            out.append(Suggestion(claim[0], claim[1], "claim", rule, self.scores[rule], link))
        return out

    def _same_paragraph(self, text: str, a: int, b: int) -> bool:
        return 0 <= b - a <= self.link_within and "\n" not in text[a:b]

    # --- speakers -------------------------------------------------------------------------

    def _opening_quote(self, gap: str) -> str | None:
        """The quote a gap opens, if the gap is white space and one opening quote."""
        core = gap.strip()
        return core if len(core) == 1 and core in self.quotes else None

    def _quoted_name(self, words: Words, k: int, quote: str) -> tuple[int, int] | None:
        """(last word, offset after the closing quote) of a quote of ≤ 4 words from word k."""
        close = self.quotes[quote]
        for m in range(k, min(k + 4, len(words))):
            gap = words.gap(m)
            if close in gap:
                if gap.strip()[:1] != close:
                    return None
                return m, words.ends[m] + gap.index(close) + 1
            if not gap.isspace():
                return None
        return None

    def _speaker(self, words: Words, i: int) -> tuple[int, int, int] | None:
        """(first word, last word, end offset) of the named subject starting at word ``i``.

        A short quoted name stays inside (مصادر «الجزيرة» المطلعة); a quoted name alone
        before a colon is the speaker («وأضاف "الرقيطي": …»).
        """
        keys, n = words.keys, len(words)
        if i >= n:
            return None
        gap0 = words.gap_before(i)
        if not gap0.isspace():
            quote = self._opening_quote(gap0)
            name = self._quoted_name(words, i, quote) if quote else None
            if name and words.text[name[1] : name[1] + 3].strip().startswith(":"):
                return i, name[0], words.ends[name[0]]
            return None
        j, end = i, None
        while j < n and j - i < self.max_speaker:
            key = keys[j]
            if key in self.stops or key in self.verbs or key in self.complementizers:
                break
            if key in self.with_pronoun or key[0].isdigit():
                break
            end = words.ends[j]
            if words.spaced(j):
                j += 1
                continue
            quote = self._opening_quote(words.gap(j))
            name = self._quoted_name(words, j + 1, quote) if quote else None
            if name is None:
                j += 1
                break
            j, end = name[0], words.ends[name[0]]  # the quoted name, up to its last word
            after = words.text[name[1] : words.starts[j + 1] if j + 1 < n else len(words.text)]
            j += 1
            if not after.isspace():
                break
        if end is None:
            return None
        return i, j - 1, end

    # --- claims ---------------------------------------------------------------------------

    def _claim_after(self, words: Words, i: int, ends: list[int]) -> tuple[int, int] | None:
        """The quote or the أن/إن clause that follows word ``i`` in its sentence."""
        keys, n, text = words.keys, len(words), words.text
        if i >= n:
            return None
        start_at = words.starts[i]
        stop = self._sentence_stop(text, start_at, ends)
        for k in range(i, n):
            if words.starts[k] > stop or words.starts[k] - start_at > 150:
                return None
            gap = words.gap_before(k)
            quote = next((c for c in gap if c in self.quotes), None)
            if quote:
                para = text.find("\n", words.starts[k])
                para = len(text) if para == -1 else para
                close = text.find(self.quotes[quote], words.starts[k], para)
                if close == -1 or close - words.starts[k] > self.max_claim:
                    close = self._sentence_stop(text, words.starts[k], ends)
                inside = self._words_within(words, words.starts[k], close)
                if inside and len(text[inside[0] : inside[1]].split()) <= 2:
                    after = text[close + 1 : close + 3].strip()
                    if after and after[0] not in ".،,:؛":
                        continue  # a quoted name inside the sentence, not what was said
                return inside
            if ":" in gap and k > i:
                end = self._sentence_stop(text, words.starts[k], ends)
                return self._words_within(words, words.starts[k], end)
            key = keys[k]
            if key in self.complementizers or key in self.with_pronoun:
                if k and keys[k - 1] in self.not_after and words.spaced(k - 1):
                    continue  # بعد أن، يمكن أن: no reported clause
                first = k + 1 if key in self.complementizers else k
                if first >= n:
                    return None
                end = self._sentence_stop(text, words.starts[first], ends)
                return self._words_within(words, words.starts[first], end)
            if k > i and (key in self.verbs or key in self.continuations):
                return None
        return None

    def _source(self, words: Words, i: int, ends: list[int]):
        """بحسب / وفقاً لـ / نقلاً عن X: X as speaker; the clause before, or after, as claim."""
        keys, n, text = words.keys, len(words), words.text
        j = i + 1
        rest, with_clitic = self.sources[keys[i]]
        for w in rest:
            if j >= n or keys[j] != w:
                return None, None
            j += 1
        while j < n and (keys[j] in self.linkers or keys[j] in self.linker_verbs):
            j += 1
        if j < n and keys[j] in self.not_heads:
            return None, None
        if j < n and keys[j] in self.skip_heads and words.spaced(j):
            j += 1
        speaker = self._speaker(words, j)
        if speaker is None:
            return None, None
        k = bisect.bisect_left(ends, words.starts[i])
        sentence_start = ends[k - 1] + 1 if k else 0
        before = self._words_within(words, sentence_start, words.starts[i])
        opens_clause = (with_clitic and keys[i][0] in "وف") or not before
        if before and not opens_clause and len(text[before[0] : before[1]].split()) >= 2:
            return speaker, before
        after = self._claim_after(words, speaker[1] + 1, ends)
        if after is None:
            start = speaker[2]
            after = self._words_within(words, start, self._sentence_stop(text, start, ends))
            if after:
                a = bisect.bisect_left(words.starts, after[0])
                while a < n and (keys[a] in self.complementizers or keys[a] in ("فان", "فإن")):
                    a += 1
                after = self._words_within(words, words.starts[a], after[1]) if a < n else None
        return speaker, after

    def _sentence_stop(self, text: str, pos: int, ends: list[int]) -> int:
        k = bisect.bisect_left(ends, pos)
        stop = ends[k] if k < len(ends) else len(text)
        return min(stop, pos + self.max_claim)

    def _words_within(self, words: Words, start: int, stop: int) -> tuple[int, int] | None:
        """The first word starting at or after ``start`` to the last word ending by ``stop``,
        cut before a comma and a next cue («…، مشيراً إلى أن …» starts another claim)."""
        a = bisect.bisect_left(words.starts, start)
        b = bisect.bisect_right(words.ends, stop) - 1
        for k in range(a + 1, b + 1):
            if words.keys[k] in self.cues and any(c in words.gap_before(k) for c in _CLAUSE_BREAK):
                b = k - 1
                break
        if a > b:
            return None
        return words.starts[a], words.ends[b]

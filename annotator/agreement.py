"""Inter-annotator agreement over spans and relations: plain data in, plain numbers out.

Four measures, each per label and overall, for every pair of annotators and averaged:

* span F1, exact (same label, same start and end) and overlap (same label, ranges that
  intersect), from a one-to-one matching: every span counts, nested and overlapping
  same-label spans included (INCEpTION's agreement keeps one of two such spans);
* Krippendorff's alpha for unitizing (alpha_U, Krippendorff 2004, "Content Analysis", ch. 11)
  on code-point offsets, per label, over the documents laid end to end;
* Cohen's kappa over word tokens: each token is in or out of each label, per annotator;
* relation agreement: relations whose two ends both agree exactly, compared by type.

No Qt and no SQL: ``agreement(documents)`` takes ``AgreementDocument`` values the store (or a
test) builds. ``README.md`` (Agreement) gives the formulas and what each number does not tell.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

#: A span as agreement sees it: (start, end, label), code points, end exclusive.
SpanKey = tuple[int, int, str]
#: A relation as agreement sees it: (from span, to span, type).
RelationKey = tuple[SpanKey, SpanKey, str]

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class AgreementDocument:
    """One document as each annotator tagged it."""

    key: str  # the SHA-256 of the canonical text: documents are matched by it, never by name
    text: str
    spans: dict[str, list[SpanKey]]  # annotator -> spans
    relations: dict[str, list[RelationKey]] = field(default_factory=dict)


@dataclass(frozen=True)
class F1:
    matched: int
    in_a: int
    in_b: int

    @property
    def value(self) -> float | None:
        total = self.in_a + self.in_b
        return None if total == 0 else 2 * self.matched / total


@dataclass
class PairResult:
    """Every measure for one pair of annotators: label -> number, and "*" for all labels."""

    a: str
    b: str
    exact: dict[str, F1] = field(default_factory=dict)
    overlap: dict[str, F1] = field(default_factory=dict)
    alpha_u: dict[str, float | None] = field(default_factory=dict)
    kappa: dict[str, float | None] = field(default_factory=dict)
    relations: dict[str, F1] = field(default_factory=dict)
    relations_left_out: int = 0  # relations of either side whose ends did not both agree


@dataclass
class AgreementReport:
    annotators: list[str]
    labels: list[str]
    documents: int
    pairs: list[PairResult]

    def average(self, measure: str, label: str = "*") -> float | None:
        """The mean over annotator pairs of one measure (pairs where it is undefined left out)."""
        values = []
        for pair in self.pairs:
            value = getattr(pair, measure).get(label)
            if isinstance(value, F1):
                value = value.value
            if value is not None:
                values.append(value)
        return sum(values) / len(values) if values else None

    def as_dict(self) -> dict:
        measures = ("exact", "overlap", "alpha_u", "kappa", "relations")
        keys = ["*", *self.labels]

        def number(v):
            v = v.value if isinstance(v, F1) else v
            return None if v is None else round(v, 6)

        return {
            "annotators": self.annotators,
            "labels": self.labels,
            "documents": self.documents,
            "average": {m: {k: number(self.average(m, k)) for k in keys} for m in measures},
            "pairs": [
                {
                    "a": p.a,
                    "b": p.b,
                    **{m: {k: number(getattr(p, m).get(k)) for k in keys} for m in measures},
                    "relations_left_out": p.relations_left_out,
                }
                for p in self.pairs
            ],
        }


# --- span F1 ---------------------------------------------------------------------------------


def exact_matches(a: Sequence[SpanKey], b: Sequence[SpanKey]) -> dict[int, int]:
    """A one-to-one map from indexes of ``a`` to indexes of ``b`` holding identical spans."""
    waiting: dict[SpanKey, list[int]] = defaultdict(list)
    for j, span in enumerate(b):
        waiting[span].append(j)
    pairs = {}
    for i, span in enumerate(a):
        if waiting.get(span):
            pairs[i] = waiting[span].pop(0)
    return pairs


def overlap_matches(a: Sequence[SpanKey], b: Sequence[SpanKey]) -> dict[int, int]:
    """A maximum one-to-one matching of spans with the same label whose ranges intersect.

    Augmenting paths (Kuhn's algorithm) on the bipartite graph of intersecting same-label
    spans; exact pairs are matched first, so a span is never taken from its identical twin.
    """
    candidates: list[list[int]] = []
    for s, e, label in a:
        candidates.append(
            sorted(
                (j for j, (s2, e2, l2) in enumerate(b) if l2 == label and s < e2 and s2 < e),
                key=lambda j: (b[j][0] != s or b[j][1] != e, abs(b[j][0] - s) + abs(b[j][1] - e)),
            )
        )
    owner: dict[int, int] = {}  # index in b -> index in a

    def augment(i: int, seen: set[int]) -> bool:
        for j in candidates[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(a)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


# --- Krippendorff's alpha_U --------------------------------------------------------------------


def _sections(units: list[tuple[int, int]], length: int) -> tuple[list, list]:
    """(units, gaps) of one annotator for one label on a continuum of ``length``: the gaps are
    the stretches no unit covers. Units are kept as they are, overlapping ones included."""
    gaps, covered_to = [], 0
    for s, e in sorted(units):
        if s > covered_to:
            gaps.append((covered_to, s))
        covered_to = max(covered_to, e)
    if covered_to < length:
        gaps.append((covered_to, length))
    return sorted(units), gaps


def unit_distance(unit: tuple[int, int], other: tuple[int, int], other_is_unit: bool) -> int:
    """Krippendorff's squared distance between a unit and another annotator's section."""
    (b1, e1), (b2, e2) = unit, other
    if other_is_unit:
        if b1 < e2 and b2 < e1:  # they overlap
            return (b1 - b2) ** 2 + (e1 - e2) ** 2
        return 0
    if b2 <= b1 and e1 <= e2:  # the unit lies inside the other's gap
        return (e1 - b1) ** 2
    return 0


def _observed(units_i: list, units_j: list, gaps_j: list) -> int:
    """Sum of squared distances from each unit of i to the sections of j that it meets.

    Sweeps sorted lists (units may overlap within one annotator, so a running maximum of the
    ends bounds the backward walk), which keeps 30,000 documents to seconds, not hours.
    """
    starts = [s for s, _ in units_j]
    max_end, running = [], -1
    for _, e in units_j:
        running = max(running, e)
        max_end.append(running)
    gap_starts = [s for s, _ in gaps_j]
    total = 0
    for b, e in units_i:
        k = bisect.bisect_left(starts, e) - 1
        while k >= 0 and max_end[k] > b:
            total += unit_distance((b, e), units_j[k], True)
            k -= 1
        g = bisect.bisect_right(gap_starts, b) - 1
        if g >= 0:
            total += unit_distance((b, e), gaps_j[g], False)
    return total


class AlphaTally:
    """Krippendorff's alpha_U for one label, gathered one continuum (document) at a time.

    The observed disagreement is a sum over documents; the expected one needs only how many
    units and gaps of each length there are, so memory grows with the number of distinct
    lengths, not with the number of documents. A gap never runs across a document boundary.
    """

    def __init__(self, coders: int = 2):
        self.m = coders
        self.observed = 0
        self.length = 0
        self.units: Counter[int] = Counter()
        self.gaps: Counter[int] = Counter()

    def add(self, units_by_coder: Sequence[Iterable[tuple[int, int]]], length: int) -> None:
        sections = [_sections(list(u), length) for u in units_by_coder]
        for i, j in itertools.permutations(range(self.m), 2):
            # Every section of i against every section of j: unit-unit, unit-in-gap both ways.
            self.observed += _observed(sections[i][0], sections[j][0], sections[j][1])
            self.observed += _observed(sections[j][0], [], sections[i][1])
        for units, gaps in sections:
            self.units.update(e - s for s, e in units)
            self.gaps.update(e - s for s, e in gaps)
        self.length += length

    def parts(self) -> tuple[float, float]:
        """(observed, expected) disagreement, Krippendorff (2004: 251-254)."""
        m, length = self.m, self.length
        if length == 0:
            return 0.0, 0.0
        d_o = self.observed / (m * (m - 1) * length**2)
        n_units = sum(self.units.values())
        if n_units == 0:
            return d_o, 0.0
        gap_lengths = sorted(self.gaps)
        counts = list(itertools.accumulate(self.gaps[g] for g in reversed(gap_lengths)))[::-1]
        sums = list(itertools.accumulate(self.gaps[g] * g for g in reversed(gap_lengths)))[::-1]
        counts.append(0)
        sums.append(0)
        total = 0.0
        for n, times in self.units.items():
            first = bisect.bisect_left(gap_lengths, n)  # gaps at least as long as the unit
            total += times * (n_units - 1) * n * (n - 1) * (2 * n - 1) / 3
            total += times * n * n * (sums[first] - (n - 1) * counts[first])
        denominator = m * length * (m * length - 1) - sum(
            times * n * (n - 1) for n, times in self.units.items()
        )
        d_e = 2 * total / (denominator * length) if denominator > 0 else 0.0
        return d_o, d_e


def alpha_u_parts(units_by_coder: Sequence[list[tuple[int, int]]], length: int):
    """(observed, expected) disagreement of one label on one continuum of ``length``."""
    tally = AlphaTally(len(units_by_coder))
    tally.add(units_by_coder, length)
    return tally.parts()


def alpha_u(units_by_coder: Sequence[list[tuple[int, int]]], length: int) -> float | None:
    d_o, d_e = alpha_u_parts(units_by_coder, length)
    return None if d_e == 0 else 1 - d_o / d_e


# --- Cohen's kappa over tokens ----------------------------------------------------------------


def word_tokens(text: str) -> list[tuple[int, int]]:
    """The word tokens kappa counts: runs of letters, marks and digits (harakat stay inside)."""
    return [m.span() for m in _WORD.finditer(text)]


def token_indexes(tokens: list[tuple[int, int]], spans: Iterable[SpanKey]) -> set[int]:
    """Indexes of the tokens (sorted, disjoint) that any of ``spans`` covers in part."""
    starts = [s for s, _ in tokens]
    ends = [e for _, e in tokens]
    inside: set[int] = set()
    for s, e, _ in spans:
        inside.update(range(bisect.bisect_right(ends, s), bisect.bisect_left(starts, e)))
    return inside


def token_labels(tokens: list[tuple[int, int]], spans: Iterable[SpanKey], label: str) -> list[bool]:
    """For each token, whether a span of ``label`` covers any of its characters."""
    inside = token_indexes(tokens, [s for s in spans if s[2] == label])
    return [i in inside for i in range(len(tokens))]


def kappa_from_counts(both: int, a_only: int, b_only: int, neither: int) -> float | None:
    """Cohen (1960) from the 2×2 table of two annotators' yes/no decisions."""
    n = both + a_only + b_only + neither
    if n == 0:
        return None
    agree = (both + neither) / n
    pa, pb = (both + a_only) / n, (both + b_only) / n
    expected = pa * pb + (1 - pa) * (1 - pb)
    if expected == 1:
        return None  # both said the same thing of every token: kappa is undefined
    return (agree - expected) / (1 - expected)


def cohen_kappa(a: Sequence[bool], b: Sequence[bool]) -> float | None:
    """Cohen (1960) for two annotators' binary decisions on the same items."""
    table = Counter(zip(a, b, strict=True))
    return kappa_from_counts(
        table[True, True], table[True, False], table[False, True], table[False, False]
    )


# --- the report -------------------------------------------------------------------------------


def _f1_sum(parts: Iterable[F1]) -> F1:
    parts = list(parts)
    return F1(sum(p.matched for p in parts), sum(p.in_a for p in parts), sum(p.in_b for p in parts))


class _PairTally:
    """Everything one pair's measures need, gathered one document at a time in running
    sums (memory stays flat however many documents)."""

    def __init__(self, a: str, b: str, labels: list[str]):
        self.result = PairResult(a, b)
        self.labels = labels
        self.exact = {label: [0, 0, 0] for label in labels}
        self.overlap = {label: [0, 0, 0] for label in labels}
        self.rel: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        self.tokens = {label: Counter() for label in labels}  # (in a, in b) -> tokens
        self.alpha = {label: AlphaTally(2) for label in labels}

    def add(self, doc: AgreementDocument, tokens: list[tuple[int, int]]) -> None:
        a, b = self.result.a, self.result.b
        sa, sb = doc.spans.get(a, []), doc.spans.get(b, [])
        for label in self.labels:
            la = [s for s in sa if s[2] == label]
            lb = [s for s in sb if s[2] == label]
            for tally, matches in (
                (self.exact[label], exact_matches(la, lb)),
                (self.overlap[label], overlap_matches(la, lb)),
            ):
                tally[0] += len(matches)
                tally[1] += len(la)
                tally[2] += len(lb)
            in_a, in_b = token_indexes(tokens, la), token_indexes(tokens, lb)
            table = self.tokens[label]
            table[True, True] += len(in_a & in_b)
            table[True, False] += len(in_a - in_b)
            table[False, True] += len(in_b - in_a)
            table[False, False] += len(tokens) - len(in_a | in_b)
            self.alpha[label].add(
                ([(s, e) for s, e, _ in la], [(s, e) for s, e, _ in lb]), len(doc.text)
            )

        # Relations: only those whose two ends both agree exactly can be compared.
        pairs = exact_matches(sa, sb)
        a_to_b = {sa[i]: sb[j] for i, j in pairs.items()}
        agreed_b = set(a_to_b.values())
        rels_a, rels_b = doc.relations.get(a, []), doc.relations.get(b, [])
        ra = [(a_to_b[f], a_to_b[t], typ) for f, t, typ in rels_a if f in a_to_b and t in a_to_b]
        rb = [r for r in rels_b if r[0] in agreed_b and r[1] in agreed_b]
        self.result.relations_left_out += len(rels_a) - len(ra) + len(rels_b) - len(rb)
        for typ in sorted({r[2] for r in ra + rb}):
            xa = [r for r in ra if r[2] == typ]
            xb = [r for r in rb if r[2] == typ]
            tally = self.rel[typ]
            tally[0] += len(exact_matches(xa, xb))
            tally[1] += len(xa)
            tally[2] += len(xb)

    def finish(self) -> PairResult:
        result, labels = self.result, self.labels
        d_o = d_e = 0.0
        pooled: Counter = Counter()
        for label in labels:
            result.exact[label] = F1(*self.exact[label])
            result.overlap[label] = F1(*self.overlap[label])
            t = self.tokens[label]
            result.kappa[label] = kappa_from_counts(
                t[True, True], t[True, False], t[False, True], t[False, False]
            )
            pooled.update(t)
            o, e = self.alpha[label].parts()
            result.alpha_u[label] = None if e == 0 else 1 - o / e
            d_o, d_e = d_o + o, d_e + e
        result.exact["*"] = _f1_sum(result.exact[label] for label in labels)
        result.overlap["*"] = _f1_sum(result.overlap[label] for label in labels)
        for typ, tally in self.rel.items():
            result.relations[typ] = F1(*tally)
        result.relations["*"] = _f1_sum(result.relations.values())
        # Overall alpha_U: 1 - sum of observed / sum of expected disagreements over the labels.
        result.alpha_u["*"] = None if d_e == 0 else 1 - d_o / d_e
        # Overall kappa: every (token, label) decision as one item.
        result.kappa["*"] = kappa_from_counts(
            pooled[True, True], pooled[True, False], pooled[False, True], pooled[False, False]
        )
        return result


def agreement(
    documents: Iterable[AgreementDocument],
    annotators: Sequence[str] | None = None,
    labels: Sequence[str] | None = None,
) -> AgreementReport:
    """Agreement between every pair of ``annotators`` over the documents all of them tagged.

    A document counts when every compared annotator has at least one span in it: a document
    one of them never opened says nothing about agreement. Given ``annotators`` and
    ``labels``, the documents are read once, one at a time (a project's snapshot streams).
    """
    if annotators is None or labels is None:
        documents = list(documents)
    if annotators is None:
        annotators = sorted({n for d in documents for n, spans in d.spans.items() if spans})
    annotators = list(annotators)
    if labels is None:
        labels = sorted({s[2] for d in documents for n in annotators for s in d.spans.get(n, ())})
    labels = list(labels)
    tallies = [_PairTally(a, b, labels) for a, b in itertools.combinations(annotators, 2)]
    shared = 0
    for doc in documents:
        if not all(doc.spans.get(name) for name in annotators):
            continue
        shared += 1
        tokens = word_tokens(doc.text)
        for tally in tallies:
            tally.add(doc, tokens)
    return AgreementReport(annotators, labels, shared, [t.finish() for t in tallies])


# --- from a project ---------------------------------------------------------------------------


def record_layers(record: dict, gold: str | None = "gold") -> AgreementDocument:
    """An export record (native shape) as agreement sees it: spans and relations by annotator.

    Spans without an annotator count as the layer ``""``; the gold layer is left out unless
    ``gold`` is None.
    """
    spans: dict[str, list[SpanKey]] = defaultdict(list)
    by_id: dict[object, tuple[str, SpanKey]] = {}
    for s in record.get("spans", ()):
        who = s.get("annotator") or ""
        if gold is not None and who == gold:
            continue
        key = (s["start"], s["end"], s["label"])
        spans[who].append(key)
        if "id" in s:
            by_id[s["id"]] = (who, key)
    relations: dict[str, list[RelationKey]] = defaultdict(list)
    for r in record.get("relations", ()):
        ends = by_id.get(r.get("from")), by_id.get(r.get("to"))
        if None in ends:
            continue
        (who, head), (_, tail) = ends
        relations[r.get("annotator") or who].append((head, tail, r["type"]))
    return AgreementDocument(
        record.get("sha256") or "", record["text"], dict(spans), dict(relations)
    )


def project_agreement(project, annotators: Sequence[str] | None = None) -> AgreementReport:
    """Agreement between a project's layers, the gold layer left out (streamed: one
    document at a time, so memory stays flat however large the project)."""
    from .formats import iter_records  # the exporters load only when asked

    if annotators is None:
        annotators = [name for name in project.layers() if name != "gold"]
    labels = [label.name for label in project.labels()]
    records = (record_layers(r) for r in iter_records(project, "native"))
    return agreement(records, annotators, labels)

"""The agreement report: every measure per label for every pair of annotators, gathered
one document at a time, and the documents built from a project's export records."""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .measures import (
    AlphaTally,
    SpanKey,
    exact_matches,
    kappa_from_counts,
    overlap_matches,
    token_indexes,
    word_tokens,
)

#: A relation as agreement sees it: (from span, to span, type).
RelationKey = tuple[SpanKey, SpanKey, str]


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
    from ..formats import iter_records  # the exporters load only when asked

    if annotators is None:
        annotators = [name for name in project.layers() if name != "gold"]
    labels = [label.name for label in project.labels()]
    records = (record_layers(r) for r in iter_records(project, "native"))
    return agreement(records, annotators, labels)

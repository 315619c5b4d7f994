"""The team commands of ``annotator``: merge, agreement, adjudicate.

Kept apart from ``cli.py`` (which registers them through ``add_team_commands``) so that the
team subject reads in one sitting.
"""

from __future__ import annotations

import argparse
import json
import sys

from .display import for_terminal


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _number(value) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def cmd_merge(args) -> int:
    from .merge import merge_projects

    report = merge_projects(args.output, args.projects)
    for conflict in report.conflicts:
        print(f"annotator: conflict: {for_terminal(str(conflict))}", file=sys.stderr)
    layers = ", ".join(
        f"{for_terminal(name) if name else '(none)'} {n}" for name, n in report.layers.items()
    )
    print(
        f"merged {_count(len(report.inputs), 'project')} into {args.output}: "
        f"{_count(report.documents_new, 'new document')}, "
        f"{report.documents_matched} matched by text, "
        f"{_count(report.spans_added, 'span')} and "
        f"{_count(report.relations_added, 'relation')} added; "
        f"layers: {layers or 'none'}",
        file=sys.stderr,
    )
    return 0


MEASURES = (
    ("exact", "span F1, exact"),
    ("overlap", "span F1, overlap"),
    ("alpha_u", "Krippendorff's alpha_U"),
    ("kappa", "Cohen's kappa, tokens"),
    ("relations", "relation F1"),
)


def cmd_agreement(args) -> int:
    from .agreement import project_agreement
    from .cli_project import _open

    with _open(args.project, readonly=True) as project:
        annotators = args.annotators.split(",") if args.annotators else None
        report = project_agreement(project, annotators)
    if args.json:
        json.dump(report.as_dict(), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if len(report.annotators) < 2:
        print(
            "annotator: agreement needs two layers (annotators) or more; "
            f"this project has {len(report.annotators)} (merge projects first)",
            file=sys.stderr,
        )
        return 1
    keys = ["*", *report.labels] if args.by_label else ["*"]
    names = ", ".join(for_terminal(a) for a in report.annotators)
    print(f"annotators: {names}; documents compared: {report.documents}")
    header = ["measure"] + ["all labels" if k == "*" else for_terminal(k) for k in keys]
    rows = [header]
    for measure, title in MEASURES:
        rows.append([title] + [_number(report.average(measure, k)) for k in keys])
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    if len(report.pairs) > 1:
        pairs = "; ".join(f"{for_terminal(p.a)}–{for_terminal(p.b)}" for p in report.pairs)
        print(f"(averaged over pairs: {pairs})")
    return 0


def cmd_adjudicate(args) -> int:
    from .cli_project import _open
    from .curation import compare

    accepted = documents = 0
    with _open(args.project) as project:
        annotators = args.annotators.split(",") if args.annotators else None
        for info in project.documents():
            layers = project.layer_spans(info.id)
            keys = {n: [(s.start, s.end, s.label) for s in spans] for n, spans in layers.items()}
            names = annotators or [n for n in keys if n != "gold"]
            if len(names) < 2 or not all(keys.get(n) for n in names):
                continue
            comparison = compare(keys, names)
            gold = {(s.start, s.end, s.label) for s in layers.get("gold", ())}
            new = tuple(k for k in comparison.agreements if k not in gold)
            documents += 1
            if args.accept_identical and new:
                project.decide(info.id, new[0][0], max(k[1] for k in new), "identical", {}, new)
                accepted += len(new)
            print(
                f"{info.id}\t{len(comparison.agreements)} identical\t"
                f"{_count(len(comparison.disagreements), 'disagreement')}"
            )
    if args.accept_identical:
        print(
            f"accepted {accepted} identical {'span' if accepted == 1 else 'spans'} into the gold "
            f"layer in {_count(documents, 'document')}",
            file=sys.stderr,
        )
    return 0


def add_team_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "merge",
        help="merge projects: each annotator's spans and relations as their own layer",
        description="Merge PROJECTs into OUT (created if needed). Documents are matched by the "
        "SHA-256 of their text, labels by name (a colour or key conflict is reported); the "
        "inputs are not changed, and merging the same project again adds nothing.",
    )
    p.add_argument("output", metavar="OUT")
    p.add_argument("projects", nargs="+", metavar="PROJECT")
    p.set_defaults(func=cmd_merge)

    p = sub.add_parser(
        "agreement",
        help="inter-annotator agreement between the layers of a merged project",
        description="Span F1 (exact and overlap), Krippendorff's alpha_U on code points, "
        "Cohen's kappa over word tokens, and relation F1, averaged over annotator pairs. "
        "The gold layer is left out. See the README (Agreement) for what each tells.",
    )
    p.add_argument("project")
    p.add_argument("--by", dest="by_label", choices=["label"], help="a column per label")
    p.add_argument("--annotators", help="compare only these layers (comma-separated)")
    p.add_argument("--json", action="store_true", help="every figure, per pair, as JSON")
    p.set_defaults(func=cmd_agreement)

    p = sub.add_parser(
        "adjudicate",
        help="list agreements and disagreements per document; accept identical spans",
        description="For each document every compared annotator tagged: how many spans are "
        "identical and how many disagreements remain. --accept-identical puts the identical "
        "spans in the gold layer (recorded as a decision).",
    )
    p.add_argument("project")
    p.add_argument("--annotators", help="compare only these layers (comma-separated)")
    p.add_argument(
        "--accept-identical",
        action="store_true",
        help="put the spans every compared annotator tagged alike in the gold layer",
    )
    p.set_defaults(func=cmd_adjudicate)

"""Merging project files: each analyst's work kept as their own layer of one project.

``merge_projects(out, inputs)`` streams every input (one document at a time, so memory stays
flat however many documents there are) into ``out``, which is created when missing. Documents
are matched by the SHA-256 of their canonical text (never by name or id); labels and relation
types by name, and a difference in colour or key is reported, never silently resolved (the
output keeps what it had first). Inputs are opened read-only and never changed. Merging the
same project twice adds nothing the second time.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ProjectError
from .formats import iter_records
from .store import Project

Progress = Callable[[int, int], None]


@dataclass
class MergeReport:
    """What a merge did, per input, and the conflicts it found."""

    inputs: list[str] = field(default_factory=list)
    documents_new: int = 0
    documents_matched: int = 0
    spans_added: int = 0
    relations_added: int = 0
    conflicts: list[str] = field(default_factory=list)  # sentences, one per conflict
    layers: dict[str, int] = field(default_factory=dict)  # annotator -> spans, after the merge


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def default_layer(path: Path) -> str:
    """The layer name for spans that carry no annotator: the input file's name."""
    return path.stem or path.name


def _merge_labels(out: Project, source: Project, name: str, report: MergeReport) -> None:
    have = {label.name: label for label in out.labels()}
    keys = {label.key for label in have.values() if label.key}
    letters = {label.letter for label in have.values() if label.letter}
    for label in source.labels():
        mine = have.get(label.name)
        if mine is None:
            key = label.key if label.key not in keys else None
            letter = label.letter if label.letter not in letters else None
            out.add_label(label.name, label.color, key, letter)
            if label.key and key is None:
                report.conflicts.append(
                    f"label {label.name!r} of {name}: key {label.key!r} is taken; "
                    "added without a key"
                )
            keys.add(key)
            letters.add(letter)
            continue
        for what in ("color", "key", "letter"):
            theirs, ours = getattr(label, what), getattr(mine, what)
            if theirs and ours != theirs:
                report.conflicts.append(
                    f"label {label.name!r}: {what} {theirs!r} in {name}, {ours!r} kept"
                )
    have_types = {t.name: t for t in out.relation_types()}
    for kind in source.relation_types():
        mine = have_types.get(kind.name)
        if mine is None:
            out.add_relation_type(kind.name, kind.color, kind.from_labels, kind.to_labels)
        elif mine.color != kind.color:
            report.conflicts.append(
                f"relation type {kind.name!r}: colour {kind.color!r} in {name}, {mine.color!r} kept"
            )


#: Documents per transaction: a merge is no interactive edit, and one commit per document
#: (one fsync each) made 30,000 documents take minutes.
BATCH = 500


def _store(out, batch, layer, report, done, total, progress) -> int:
    for merged in out.merge_records(batch, layer):
        if merged.new_document:
            report.documents_new += 1
        else:
            report.documents_matched += 1
        report.spans_added += merged.spans_added
        report.relations_added += merged.relations_added
    done += len(batch)
    if progress:
        progress(done, total)
    return done


def merge_projects(
    out_path: str | os.PathLike,
    inputs: Sequence[str | os.PathLike],
    progress: Progress | None = None,
) -> MergeReport:
    """Merge ``inputs`` into the project at ``out_path`` (created when missing)."""
    out_path = Path(out_path)
    paths = [Path(p) for p in inputs]
    if not paths:
        raise ProjectError("name at least one project to merge")
    for p in paths:
        if out_path.exists() and _same_file(p, out_path):
            raise ProjectError(f"{p}: is the output project itself; merge into another file")
    report = MergeReport(inputs=[str(p) for p in paths])
    sources = []
    try:
        for p in paths:
            sources.append(Project.open(p, readonly=True))
        total = sum(source.document_count() for source in sources)
        done = 0
        with Project.open_or_create(out_path) as out:
            for path, source in zip(paths, sources, strict=True):
                _merge_labels(out, source, path.name, report)
                layer = default_layer(path)
                batch: list[dict] = []
                for record in iter_records(source, "native"):
                    batch.append(record)
                    if len(batch) >= BATCH:
                        done = _store(out, batch, layer, report, done, total, progress)
                        batch = []
                if batch:
                    done = _store(out, batch, layer, report, done, total, progress)
            report.layers = out.layers()
    finally:
        for source in sources:
            source.close()
    return report

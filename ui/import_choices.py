"""What the app offers when an import meets something it can mend: labels a JSONL file
names that the project lacks, and articles stored as presentation forms.

The core's refusal of unknown labels names the command line's flag ("--create-labels"); the
app finds the same case from the core's data (and presentation forms from the warnings'
``kind``) and offers a choice instead. These run on the
import's pool thread (they read files), never on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from annotator import importer
from annotator.errors import AnnotatorError
from annotator.model import ImportResult
from annotator.store import Project
from annotator.text import PRESENTATION_FORMS, REPAIRED

#: Shown instead of the core's presentation-forms warning when the analyst chose not to repair.
NOT_REPAIRED = (
    "the Arabic is stored as presentation forms (text reshaped for display by another "
    "program), not repaired: search and word boundaries will not work well in it"
)


def needs_repair(warnings: list[str]) -> bool:
    return any(getattr(w, "kind", None) == PRESENTATION_FORMS for w in warnings)


def scan_presentation_forms(
    paths: list[str], progress: Callable[[int, int], None] | None = None
) -> tuple[list[str], set[str]]:
    """Names of the text articles among ``paths`` stored as presentation forms, and the
    notes the core's repair adds to their warnings (the analyst chose it: no news).

    Unreadable files are left to the import, which reports them.
    """
    try:
        files = [
            (p, name)
            for p, name in importer.collect_files([Path(p) for p in paths])
            if p.suffix.lower() in importer.TEXT_SUFFIXES
        ]
    except AnnotatorError:
        return [], set()
    found, notes = [], set()
    for n, (path, name) in enumerate(files, 1):
        try:
            record = importer.article_record(path, name=name)
        except AnnotatorError:
            continue
        finally:
            if progress:
                progress(n, len(files))
        if needs_repair(record["warnings"]):
            found.append(name)
            repaired = importer.article_record(path, name=name, repair_presentation=True)
            notes |= {w for w in repaired["warnings"] if w.kind == REPAIRED}
    return found, notes


def labels_to_add(project: Project, skipped: list[tuple[str, str]]) -> dict[str, list[str]]:
    """For each skipped record file that imports once its labels exist: those labels."""
    known = {label.name for label in project.labels()}
    fixable: dict[str, list[str]] = {}
    for source, _why in skipped:
        path = Path(source)
        if path.suffix.lower() not in importer.RECORD_SUFFIXES or not path.is_file():
            continue
        try:
            records = importer.read_records(path, path.name, known, True, None)
        except AnnotatorError:
            continue  # bad for another reason too: the skip stands
        names = {span["label"] for rec in records for span in rec.get("spans", ())} - known
        if names:
            fixable[source] = sorted(names)
    return fixable


@dataclass
class ImportOutcome:
    """What an import task found: the result, or articles to ask about before importing."""

    result: ImportResult | None = None
    #: skipped record files that would import with their labels added: path -> label names
    missing_labels: dict[str, list[str]] = field(default_factory=dict)
    #: text articles stored as presentation forms (the import has not run yet)
    presentation_forms: list[str] = field(default_factory=list)
    #: what the core's repair notes in the warnings (not shown: the analyst asked for it)
    repair_notes: set[str] = field(default_factory=set)


def merge(first: ImportResult, then: ImportResult, retried: set[str]) -> ImportResult:
    """One result for an import and its retry of the files in ``retried``."""
    return ImportResult(
        added=[*first.added, *then.added],
        skipped=[s for s in first.skipped if s[0] not in retried] + then.skipped,
        spans_added=first.spans_added + then.spans_added,
        encodings={**first.encodings, **then.encodings},
        warnings=[*first.warnings, *then.warnings],
    )


def for_the_app(
    warnings: list[tuple[str, str]], quiet: frozenset[str] = frozenset()
) -> list[tuple[str, str]]:
    """The warnings in the app's words (no command-line flags), less the ``quiet`` ones."""
    return [
        (name, NOT_REPAIRED if getattr(w, "kind", None) == PRESENTATION_FORMS else w)
        for name, w in warnings
        if w not in quiet
    ]


def join_names(names: list[str]) -> str:
    """Names joined as in a sentence: a; a and b; a, b and c."""
    if len(names) < 2:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _is_file_name(source: str) -> bool:
    # A record's name may be a title with a slash in it: only names of article files are
    # treated as paths.
    suffixes = importer.TEXT_SUFFIXES | importer.RECORD_SUFFIXES
    return Path(source).suffix.lower() in suffixes or Path(source).is_absolute()


def short_names(sources: list[str]) -> dict[str, str]:
    """How a report names each source: the file name, with its folder only when two of the
    sources share a name (the core names a bad file by its path, a document by its name)."""
    short = {s: Path(s).name if _is_file_name(s) else s for s in sources}
    counts: dict[str, set[str]] = {}
    for source, name in short.items():
        counts.setdefault(name, set()).add(source)
    for source, name in short.items():
        if len(counts[name]) > 1 and _is_file_name(source) and Path(source).parent.name:
            short[source] = f"{Path(source).parent.name}/{name}"
    return short

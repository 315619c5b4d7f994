"""What the app offers when an import meets something it can mend: labels a records file
names that the project lacks, and articles stored as presentation forms.

The core's import plan says both in data (``ImportPlan.missing_labels()``,
``ImportPlan.presentation_forms``); the app asks in its own words instead of naming the
command line's flags, then stores the same plan: no file is read twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from annotator import extract, importer
from annotator.display import display_name
from annotator.extract import Preview
from annotator.importer import ImportPlan
from annotator.model import ImportResult, Skip, SkipKind
from annotator.text import PRESENTATION_FORMS, REPAIRED

from .core_messages import core_message


@dataclass
class ImportOutcome:
    """What an import task found: the plan, and its result when nothing needed asking."""

    plan: ImportPlan
    result: ImportResult | None = None


@dataclass
class Choices:
    """The analyst's answers for a plan that needed asking."""

    repair: bool = False
    create_labels: bool = False
    whole_page: bool = False  # web pages: the whole visible text, not only the article


def needs_asking(plan: ImportPlan) -> bool:
    return bool(plan.presentation_forms or plan.missing_labels() or previews(plan))


def previews(plan: ImportPlan) -> list[Preview]:
    """What the plan read from each web page, Word document and PDF (shown before it is
    stored), and those it could not read, with the reason."""
    found = [
        Preview(f.path, f.name, rec["extraction"])
        for f in plan.files
        for rec in f.records
        if "extraction" in rec
    ]
    extracted = importer.EXTRACTED_SUFFIXES | set(extract.REFUSED)
    found += [
        Preview(path, name, error=str(error).removeprefix(f"{path}: "))
        for path, name, error in plan.failed
        if path.suffix.lower() in extracted
    ]
    return found


def for_the_app(warnings: list[tuple[str, str]], repaired: bool = False) -> list[tuple[str, str]]:
    """The warnings in the app's words (no command-line flags); the notes of a repair the
    analyst chose are left out."""
    not_repaired = QCoreApplication.translate(
        "ImportChoices",
        "the Arabic is stored as presentation forms (text reshaped for display by another "
        "program), not repaired: search and word boundaries will not work well in it",
    )
    return [
        (name, not_repaired if getattr(w, "kind", None) == PRESENTATION_FORMS else core_message(w))
        for name, w in warnings
        if not (repaired and getattr(w, "kind", None) == REPAIRED)
    ]


def skip_reason(skip: Skip) -> str:
    """Why a file was skipped, in the app's words where the core's name a flag."""
    if skip.kind is SkipKind.MISSING_LABELS:
        return QCoreApplication.translate(
            "ImportChoices", "uses labels this project does not have: {labels}"
        ).format(labels=join_names(list(skip.labels)))
    return core_message(skip.reason)  # "1 bad record / line 3: span 2: …" in the app's language


def join_names(names: list[str]) -> str:
    """Names joined as in a sentence: a; a and b; a, b and c (each shown safely, isolated)."""
    names = [display_name(name) for name in names]
    if len(names) < 2:
        return "".join(names)
    comma = QCoreApplication.translate("ImportChoices", ", ", "between names in a sentence")
    return QCoreApplication.translate("ImportChoices", "{names} and {last}").format(
        names=comma.join(names[:-1]), last=names[-1]
    )


def _is_file_name(source: str) -> bool:
    # A record's name may be a title with a slash in it: only names of article files are
    # treated as paths.
    suffixes = importer.TEXT_SUFFIXES | importer.RECORD_SUFFIXES | importer.EXTRACTED_SUFFIXES
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

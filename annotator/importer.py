"""Bringing articles into a project: plan the import (every file read once), then store it.

``plan_import`` reads and checks every file and answers in data: the documents that would be
imported, the files that cannot be (``Skip``: a kind and its data), the labels record files
name that the project lacks, and the text articles stored as presentation forms. The command
line and the app both read that plan, and ``apply_plan`` stores it in one transaction without
reading anything again: all-or-nothing unless ``skip_bad``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import field
from pathlib import Path

from .data_classes import data_class
from .errors import AnnotatorError, ArticleError, FormatError
from .labels import name_problem
from .outcomes import ImportResult, Skip, SkipKind
from .reading import (
    EXTRACTED_SUFFIXES,
    MAX_ARTICLE_BYTES,
    READERS,
    RECORD_SUFFIXES,
    TEXT_SUFFIXES,
    article_record,
    collect_files,
    read_records,
    repaired_record,
    shown_name,
)
from .record_limits import MAX_TEXT_CHARS, OFFSET_UNIT, sha256_text, unknown_label_problem
from .text import PRESENTATION_FORMS

Progress = Callable[[int, int], None]

__all__ = [
    "EXTRACTED_SUFFIXES",
    "MAX_ARTICLE_BYTES",
    "MAX_TEXT_CHARS",
    "OFFSET_UNIT",
    "READERS",
    "RECORD_SUFFIXES",
    "TEXT_SUFFIXES",
    "ImportPlan",
    "PlannedFile",
    "apply_plan",
    "article_record",
    "collect_files",
    "import_paths",
    "plan_import",
    "read_records",
    "sha256_text",
]

#: Keys the readers put on a record for the plan; never stored.
_PLAN_KEYS = ("line", "unknown_labels", "warnings", "summary", "extraction")


@data_class(frozen=False)
class PlannedFile:
    """A file that was read: its records, and what the plan knows about them."""

    path: Path
    name: str  # as reports name it: relative to the folder it was found in
    records: list[dict]
    is_text: bool  # a text article (one record), as opposed to a records file
    #: (line, span number, label) of every span whose label the project lacked when planned
    unknown_labels: list[tuple[int, int, str]] = field(default_factory=list)

    def __init__(
        self,
        path: Path,
        name: str,
        records: list[dict],
        is_text: bool,
        unknown_labels: list[tuple[int, int, str]] | None = None,
    ) -> None:
        self.path = path
        self.name = name
        self.records = records
        self.is_text = is_text
        self.unknown_labels = [] if unknown_labels is None else unknown_labels

    @property
    def presentation_forms(self) -> bool:
        """A text article stored as presentation forms (which a repair would turn back)."""
        return self.is_text and any(
            getattr(w, "kind", None) == PRESENTATION_FORMS for w in self.records[0]["warnings"]
        )


@data_class(frozen=False)
class ImportPlan:
    """What an import of some paths would do; see ``plan_import``."""

    files: list[PlannedFile] = field(default_factory=list)
    #: files that cannot be imported whatever the options: (path, name, the error)
    failed: list[tuple[Path, str, AnnotatorError]] = field(default_factory=list)

    def __init__(
        self,
        files: list[PlannedFile] | None = None,
        failed: list[tuple[Path, str, AnnotatorError]] | None = None,
    ) -> None:
        self.files = [] if files is None else files
        self.failed = [] if failed is None else failed

    @property
    def skipped(self) -> list[Skip]:
        """The files that cannot be imported, and why."""
        return [_skip(path, error) for path, _name, error in self.failed]

    def missing_labels(self, known: set[str] | None = None) -> dict[str, list[str]]:
        """For each records file naming labels outside ``known`` (default: the labels the
        project had when planned): its path and those labels, sorted."""
        missing = {}
        for f in self.files:
            names = {x for _, _, x in f.unknown_labels if known is None or x not in known}
            if names:
                missing[str(f.path)] = sorted(names)
        return missing

    @property
    def presentation_forms(self) -> list[str]:
        """Paths of the text articles stored as presentation forms."""
        return [str(f.path) for f in self.files if f.presentation_forms]

    @property
    def document_count(self) -> int:
        return sum(len(f.records) for f in self.files)


def plan_import(
    paths: list[str | os.PathLike],
    labels: set[str],
    *,
    encoding: str | None = None,
    fmt: str | None = None,
    offset_unit: str | None = None,
    progress: Progress | None = None,
) -> ImportPlan:
    """Read and check every file under ``paths`` once; ``labels`` are the project's label
    names. With ``fmt`` (a name in ``annotator.formats.FORMATS``) every path is one file in
    that format (for brat a folder or a zip), its offsets in ``offset_unit`` (default: the
    tool's own). Raises ``ArticleError`` only for a path that does not exist."""
    plan = ImportPlan()
    files = planned_files(paths, fmt, offset_unit)
    if fmt is not None:
        from . import formats
    for n, (path, name) in enumerate(files, 1):
        try:
            # Unknown labels are collected, not refused: whether to add them is for later.
            if fmt is None:
                records = read_records(path, name, labels, True, encoding)
            else:
                records = formats.read(path, fmt, labels, True, offset_unit)
        except AnnotatorError as e:
            plan.failed.append((path, name, e))
            continue
        finally:
            if progress:
                progress(n, len(files))
        is_text = fmt is None and path.suffix.lower() not in READERS
        unknown = getattr(records, "unknown_labels", None)  # a big file's, gathered as read
        if unknown is None:
            unknown = [
                (rec.get("line", 1), k, label)
                for rec in records
                for k, label in rec.get("unknown_labels", ())
            ]
        plan.files.append(PlannedFile(path, name, records, is_text, unknown))
    return plan


def planned_files(
    paths: list[str | os.PathLike], fmt: str | None, offset_unit: str | None
) -> list[tuple[Path, str]]:
    """The (file, shown name) pairs an import of ``paths`` reads, in order; raises
    ``ArticleError`` for a path that does not exist (and a bad ``offset_unit``)."""
    if fmt is None:
        return collect_files([Path(p) for p in paths])
    from . import formats

    spec = formats.get(fmt)
    spec.context(offset_unit)  # refuses a unit the tool does not count in, before reading
    files = []
    for p in map(Path, paths):
        if not p.exists():
            raise ArticleError(f"{p}: no such file or folder")
        files.append((p, shown_name(p.name)))
    return files


def apply_plan(
    project,
    plan: ImportPlan,
    *,
    skip_bad: bool = False,
    create_labels: bool = False,
    repair_presentation_forms: bool = False,
    whole_page: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Store a plan's documents in ``project`` in one transaction.

    If any file is bad (or names labels the project lacks, without ``create_labels``),
    nothing is imported and ``AnnotatorError`` lists every problem, unless ``skip_bad`` is
    set: then the good files are imported and the rest are in ``ImportResult.skipped``. When
    any bad file is a malformed records file the error is a ``FormatError`` whose
    ``problems`` hold (line, message) pairs. Documents already in the project, or twice in the
    import, are skipped as such. ``repair_presentation_forms`` turns presentation forms in
    text articles back into letters; ``whole_page`` stores web pages' whole visible text
    instead of the article. What was read from each web page, Word document and PDF is in
    ``ImportResult.extracted``.
    """
    result = ImportResult()
    known = {label.name for label in project.labels()}
    failed: list[tuple[Path, str, AnnotatorError]] = list(plan.failed)
    files: list[PlannedFile] = []
    created = set(known)  # labels this import would create are judged as they come
    for f in plan.files:
        missing = {label for _, _, label in f.unknown_labels if label not in known}
        if missing and not create_labels:
            failed.append((f.path, f.name, _missing_labels_error(f, missing)))
            continue
        if missing and (bad := _bad_new_labels(f, created)):
            failed.append((f.path, f.name, bad))
            continue
        files.append(f)
    for path, _name, error in failed:
        result.skipped.append(_skip(path, error))
    if failed and not skip_bad:
        message = "nothing was imported:\n" + "\n".join(str(e) for _, _, e in failed)
        formats = [(name, e) for _, name, e in failed if isinstance(e, FormatError)]
        if formats:
            raise _format_error(message, formats)
        raise AnnotatorError(message)
    if not plan.files and not plan.failed:
        raise ArticleError(
            "no article files found (folders are searched for .txt, .jsonl, .json, .html, "
            ".htm, .docx, .pdf)"
        )

    def unique_records():
        """The records to store, one at a time (a big plan's records are on disk)."""
        seen: set[str] = set()
        previous = None
        for f in files:
            for rec in f.records:
                if f.is_text and repair_presentation_forms:
                    rec = repaired_record(rec)
                if whole_page:
                    from . import extract  # loaded by the first web page kept whole

                    rec = extract.whole_page_record(rec)
                if "summary" in rec:
                    result.extracted.append((rec["name"], rec["summary"]))
                if "encoding" in rec:
                    result.encodings[str(f.path)] = rec["encoding"]
                result.warnings += [(rec["name"], w) for w in rec.get("warnings", ())]
                if rec["sha256"] in seen:
                    reason = "duplicate of another article in this import"
                    result.skipped.append(Skip(rec["name"], SkipKind.DUPLICATE, reason))
                    continue
                seen.add(rec["sha256"])
                # Stored by now (add_documents takes one record at a time, except with
                # create_labels, when it first lists them all): the result needs only its
                # name and how many spans it had, so memory stays flat for a big file.
                if previous is not None and not create_labels:
                    spans = len(previous.get("spans", ()))
                    name = previous["name"]
                    previous.clear()
                    previous.update(name=name, spans=range(spans))
                previous = {k: v for k, v in rec.items() if k not in _PLAN_KEYS}
                yield previous

    total = sum(len(f.records) for f in files)
    stored = project.add_documents(unique_records(), progress, total, create_labels=create_labels)
    for doc_id, rec in stored:
        if doc_id is None:
            reason = "already in the project"
            result.skipped.append(Skip(rec["name"], SkipKind.ALREADY_IN_PROJECT, reason))
        else:
            result.added.append(doc_id)
            result.spans_added += len(rec.get("spans", ()))
    return result


def import_paths(
    project,
    paths: list[str | os.PathLike],
    *,
    encoding: str | None = None,
    skip_bad: bool = False,
    create_labels: bool = False,
    repair_presentation_forms: bool = False,
    whole_page: bool = False,
    fmt: str | None = None,
    offset_unit: str | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Import files and folders into ``project``: what ``plan_import`` then ``apply_plan``
    do, in one reading (``annotator.import_pass``: each record stored as it is read).

    Text files become one document each; ``.jsonl`` files one document per line (with
    spans in our, doccano's or Prodigy's shape); ``.json`` files hold an array of records;
    web pages, Word documents and PDFs are read by ``annotator.extract``.
    """
    from .import_pass import import_in_one_pass

    return import_in_one_pass(
        project,
        paths,
        encoding=encoding,
        skip_bad=skip_bad,
        create_labels=create_labels,
        repair_presentation_forms=repair_presentation_forms,
        whole_page=whole_page,
        fmt=fmt,
        offset_unit=offset_unit,
        progress=progress,
    )


def _skip(path: Path, error: AnnotatorError) -> Skip:
    # The message starts with the file's path: the reason alone follows it.
    reason = str(error).removeprefix(f"{path}: ")
    kind = SkipKind.UNREADABLE
    labels: tuple[str, ...] = ()
    if isinstance(error, _MissingLabels):
        kind, labels = SkipKind.MISSING_LABELS, error.labels
    elif isinstance(error, FormatError):
        kind = SkipKind.MALFORMED
    problems = tuple(getattr(error, "problems", ()))
    return Skip(str(path), kind, reason, labels, problems)


class _MissingLabels(FormatError):
    """A records file is good but names labels the project lacks (``labels``)."""

    labels: tuple[str, ...] = ()


def _missing_labels_error(f: PlannedFile, missing: set[str]) -> FormatError:
    problems, lines = [], set()
    for line, k, label in f.unknown_labels:
        if label in missing and line not in lines:  # the first such span of each record
            lines.add(line)
            problems.append((line, unknown_label_problem(k, label)))
    error = _MissingLabels(f"{f.path}: {_bad_records(len(problems))}", problems)
    error.labels = tuple(sorted(missing))
    return error


def _bad_new_labels(f: PlannedFile, names: set[str]) -> FormatError | None:
    """A label the file would create that looks like another (invisible characters, bidi
    controls, look-alike letters), named with its line; ``names`` grows by the good ones."""
    problems = _new_label_problems(f.unknown_labels, names, names)
    if not problems:
        return None
    return FormatError(f"{f.path}: {_bad_records(len(problems))}", problems)


def _new_label_problems(
    unknown: list[tuple[int, int, str]], names: set[str], good: set[str]
) -> list[tuple[int, str]]:
    """(line, problem) for each label of ``unknown`` (line, span number, label) that looks
    like a name in ``names`` or ``good``; the labels that do not join ``good``."""
    problems = []
    for line, _k, label in unknown:
        if label in names or label in good:
            continue
        problem = name_problem(label, names if good is names else names | good)
        if problem:
            problems.append((line, problem))
        else:
            good.add(label)
    return problems


def _bad_records(n: int) -> str:
    return "1 bad record" if n == 1 else f"{n} bad records"


def _format_error(message: str, failed: list[tuple[str, FormatError]]) -> FormatError:
    """One ``FormatError`` for the whole import, keeping every file's (line, message) pairs.

    With more than one bad file each message starts with its file's name.
    """
    error = FormatError(message)  # the message already lists the problems
    several = len(failed) > 1
    error.problems = [
        (line, f"{name}: {text}" if several else text)
        for name, e in failed
        for line, text in e.problems
    ]
    return error

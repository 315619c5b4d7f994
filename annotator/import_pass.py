"""Importing files in one pass: each record is checked and stored as it is read.

``plan_import`` + ``apply_plan`` read every file first and keep the records (a big file's on
disk) so that the app can ask about them before anything is stored. When the options are
known beforehand (the command line, ``import_paths``) that round trip is not needed: here
each file is read inside the import's one transaction, a savepoint per file, and each good
record goes to the store at once. A file found bad (a bad line, a label the project lacks)
is taken back to its savepoint, but still read to the end so that every problem is listed;
the outcome is that of ``apply_plan`` on the same plan: the same documents, skips, warnings
and refusals, word for word, and nothing at all stored when any file is bad without
``skip_bad``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import field
from pathlib import Path

from .data_classes import data_class
from .errors import AnnotatorError, ArticleError, FormatError
from .importer import (
    PlannedFile,
    Progress,
    _bad_records,
    _format_error,
    _missing_labels_error,
    _new_label_problems,
    _skip,
    planned_files,
)
from .outcomes import ImportResult, Skip, SkipKind
from .reading import READERS, read_records, repaired_record


@data_class(frozen=False)
class _File:
    """What one file gave while it was read; kept in the result only if the file is."""

    added: list[int] = field(default_factory=list)
    spans: int = 0
    duplicates: list[Skip] = field(default_factory=list)
    already: list[Skip] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    extracted: list[tuple[str, str]] = field(default_factory=list)
    encodings: dict[str, str] = field(default_factory=dict)
    seen: set[str] = field(default_factory=set)
    unknown: list[tuple[int, int, str]] = field(default_factory=list)
    label_problems: list[tuple[int, str]] = field(default_factory=list)
    names: set[str] = field(default_factory=set)  # new labels judged good in this file

    def __init__(
        self,
        added: list[int] | None = None,
        spans: int = 0,
        duplicates: list[Skip] | None = None,
        already: list[Skip] | None = None,
        warnings: list[tuple[str, str]] | None = None,
        extracted: list[tuple[str, str]] | None = None,
        encodings: dict[str, str] | None = None,
        seen: set[str] | None = None,
        unknown: list[tuple[int, int, str]] | None = None,
        label_problems: list[tuple[int, str]] | None = None,
        names: set[str] | None = None,
    ) -> None:
        self.added = [] if added is None else added
        self.spans = spans
        self.duplicates = [] if duplicates is None else duplicates
        self.already = [] if already is None else already
        self.warnings = [] if warnings is None else warnings
        self.extracted = [] if extracted is None else extracted
        self.encodings = {} if encodings is None else encodings
        self.seen = set() if seen is None else seen
        self.unknown = [] if unknown is None else unknown
        self.label_problems = [] if label_problems is None else label_problems
        self.names = set() if names is None else names


def import_in_one_pass(
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
    """``import_paths``: the outcome of ``apply_plan(plan_import(...))`` in one reading."""
    files = planned_files(paths, fmt, offset_unit)
    if not files:
        raise ArticleError(
            "no article files found (folders are searched for .txt, .jsonl, .json, .html, "
            ".htm, .docx, .pdf)"
        )
    result = ImportResult()
    read_failed: list[tuple[Path, str, AnnotatorError]] = []
    label_failed: list[tuple[Path, str, AnnotatorError]] = []
    seen: set[str] = set()  # texts stored by this import (sha256)
    duplicates: list[Skip] = []
    already: list[Skip] = []
    try:
        with project.importing(create_labels) as store:
            known = set(store.labels)
            names = set(known)  # labels judged good to create, as apply_plan judges them
            for n, (path, name) in enumerate(files, 1):
                if progress:
                    progress(n - 1, len(files))
                is_text = fmt is None and path.suffix.lower() not in READERS
                halted = bool(read_failed or label_failed) and not skip_bad
                got = _File()
                try:
                    records = _records(path, name, known, encoding, fmt, offset_unit)
                except AnnotatorError as e:
                    read_failed.append((path, name, e))
                    continue
                # A file read whole with one record (a text article) is never stored in
                # part: no savepoint (two statements per file of a folder of articles).
                single = isinstance(records, list) and len(records) <= 1
                with _NoSavepoint() if single else store.savepoint() as point:
                    try:
                        _read_and_store(
                            store, got, records, path, is_text, halted, seen, names,
                            create_labels, repair_presentation_forms, whole_page,
                        )  # fmt: skip
                    except AnnotatorError as e:
                        point.discard()
                        read_failed.append((path, name, e))
                        continue
                    names |= got.names  # judged, whether or not the file is kept
                    error = _label_error(path, name, got, create_labels)
                    if error is not None:
                        point.discard()
                        label_failed.append((path, name, error))
                        continue
                    if halted:
                        point.discard()
                        continue
                if len(got.seen) > len(seen):  # a big file's set is not copied
                    seen, got.seen = got.seen, seen
                seen |= got.seen
                result.added += got.added
                result.spans_added += got.spans
                result.warnings += got.warnings
                result.extracted += got.extracted
                result.encodings.update(got.encodings)
                duplicates += got.duplicates
                already += got.already
            if progress:
                progress(len(files), len(files))
            failed = read_failed + label_failed
            if failed and not skip_bad:
                message = "nothing was imported:\n" + "\n".join(str(e) for _, _, e in failed)
                formats = [(name, e) for _, name, e in failed if isinstance(e, FormatError)]
                if formats:
                    raise _format_error(message, formats)
                raise AnnotatorError(message)
    except _StoreRefused as e:  # the whole import was rolled back
        raise e.error from None
    result.skipped = [_skip(path, e) for path, _, e in failed] + duplicates + already
    return result


class _NoSavepoint:
    """For a file that cannot be stored in part: nothing to take back."""

    discarded = False

    def __enter__(self) -> _NoSavepoint:
        return self

    def __exit__(self, *exc) -> None:
        return None

    def discard(self) -> None:
        self.discarded = True


class _StoreRefused(Exception):
    """The store refused a checked record (an attribute the project does not declare): not
    a problem of the file being read, so it ends the whole import, as in ``apply_plan``."""

    def __init__(self, error: AnnotatorError):
        super().__init__(str(error))
        self.error = error


def _records(path, name, known, encoding, fmt, offset_unit) -> Iterable[dict]:
    """The file's checked records: a JSONL file's as each line is read (``finish`` raising
    its refusal at the end), any other file's read whole first. A named pipe, socket or
    device is refused: reading a pipe would wait for a writer for ever."""
    if path.exists() and not path.is_file() and not path.is_dir():  # brat reads a folder
        raise ArticleError(f"{path}: is not a file (a pipe, socket or device)")
    if fmt is None and path.suffix.lower() == ".jsonl":
        from .record_files import jsonl_stream  # with the first records file

        return jsonl_stream(path, known)
    if fmt is not None:
        from . import formats

        stream = formats.stream(path, fmt, known, offset_unit)
        if stream is not None:
            return stream
        return formats.read(path, fmt, known, True, offset_unit)
    return read_records(path, name, known, True, encoding)


def _read_and_store(
    store, got: _File, records: Iterable[dict], path: Path, is_text: bool, halted: bool,
    seen: set[str], names: set[str],
    create_labels: bool, repair: bool, whole_page: bool,
) -> None:  # fmt: skip
    """Store each good record of one file, a burst at a time, until the file turns out bad.

    A burst is stored before anything that could end the file is looked at (a bad line, a
    label problem, the end of the file): what the store refuses is refused first, as when
    each record was stored as soon as it was read."""
    bad = getattr(records, "problems", ())  # grows as a stream of records is read
    burst: list[dict] = []
    chars = 0
    try:
        for rec in records:
            unknown = rec.get("unknown_labels")
            if unknown:
                line = rec.get("line", 1)
                for k, label in unknown:
                    got.unknown.append((line, k, label))
                if create_labels:
                    new = got.unknown[-len(unknown) :]
                    got.label_problems += _new_label_problems(new, names, got.names)
            if halted or bad or (got.unknown and not create_labels) or got.label_problems:
                _store(store, got, burst, create_labels)
                continue  # the file will not be kept: read on only to list its problems
            if is_text and repair:
                rec = repaired_record(rec)
            if whole_page:
                from . import extract  # loaded by the first web page kept whole

                rec = extract.whole_page_record(rec)
            name = rec["name"]
            if "summary" in rec:
                got.extracted.append((name, rec["summary"]))
            if "encoding" in rec:
                got.encodings[str(path)] = rec["encoding"]
            for w in rec.get("warnings", ()):
                got.warnings.append((name, w))
            sha = rec["sha256"]
            if sha in seen or sha in got.seen:
                reason = "duplicate of another article in this import"
                got.duplicates.append(Skip(name, SkipKind.DUPLICATE, reason))
                continue
            got.seen.add(sha)
            burst.append(rec)
            chars += len(rec["text"])
            if len(burst) >= _BURST or chars >= _BURST_CHARS:
                _store(store, got, burst, create_labels)
                chars = 0
    except Exception:
        _store(store, got, burst, create_labels)
        raise
    _store(store, got, burst, create_labels)
    finish = getattr(records, "finish", None)
    if finish is not None:
        finish()


#: Records stored together (``DocumentImport.add_many``), and at most this many characters
#: of text held for them (a few MB).
_BURST = 1000
_BURST_CHARS = 1 << 21


def _store(store, got: _File, burst: list[dict], create_labels: bool) -> None:
    """Store the records read since the last burst (emptying ``burst``)."""
    if not burst:
        return
    recs = burst[:]
    burst.clear()  # not stored again when what follows raises
    if create_labels:
        for rec in recs:
            for span in rec.get("spans", ()):
                if span["label"] not in store.labels:
                    store.add_label(span["label"])
    try:
        ids = store.add_many(recs)
    except AnnotatorError as e:
        raise _StoreRefused(e) from None
    for doc_id, rec in zip(ids, recs, strict=True):
        if doc_id is None:
            reason = "already in the project"
            got.already.append(Skip(rec["name"], SkipKind.ALREADY_IN_PROJECT, reason))
        else:
            got.added.append(doc_id)
            got.spans += len(rec.get("spans", ()))


def _label_error(path: Path, name: str, got: _File, create_labels: bool) -> FormatError | None:
    """The file's refusal for its labels, worded as ``apply_plan`` words it."""
    if not got.unknown:
        return None
    planned = PlannedFile(path, name, [], False, got.unknown)
    if not create_labels:
        return _missing_labels_error(planned, {label for _, _, label in got.unknown})
    if got.label_problems:
        n = len(got.label_problems)
        return FormatError(f"{path}: {_bad_records(n)}", got.label_problems)
    return None

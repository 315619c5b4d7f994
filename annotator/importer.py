"""Bringing articles into a project: text files, folders, JSONL and JSON arrays.

Every import is all-or-nothing: records are read and checked first, and stored in one
transaction only when every one of them is good (or when the caller asks to skip bad files).
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from .errors import AnnotatorError, ArticleError, FormatError
from .model import ImportResult
from .store import Progress, Project
from .text import (
    REPAIRED,
    TextWarning,
    decode_article,
    is_grapheme_boundary,
    normalise_newlines,
    repair_presentation_forms,
    text_warnings,
)

#: File endings a folder import picks up; files named explicitly are read whatever their name.
TEXT_SUFFIXES = {".txt", ".text"}
RECORD_SUFFIXES = {".jsonl", ".json"}

OFFSET_UNIT = "codepoint"

#: Larger article files are refused before they are read: no news article comes near it,
#: and reading one would hold several copies of it in memory (bytes, text, the view).
MAX_ARTICLE_BYTES = 16 * 2**20
#: The same limit for a document's text in JSONL/JSON records, in characters.
MAX_TEXT_CHARS = MAX_ARTICLE_BYTES


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_record(
    path: Path,
    encoding: str | None = None,
    name: str | None = None,
    repair_presentation: bool = False,
) -> dict:
    """Read one text article into a document record (raises ``ArticleError``).

    The record's ``warnings`` lists problems that do not stop the import; with
    ``repair_presentation`` Arabic presentation forms are turned back into letters.
    """
    name = name or path.name
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise ArticleError(
                f"{path}: too large for an article ({size / 2**20:.1f} MB; the limit is "
                f"{MAX_ARTICLE_BYTES // 2**20} MB): split it into articles first"
            )
        data = path.read_bytes()
    except OSError as e:
        raise ArticleError(f"{path}: cannot read ({e.strerror})") from None
    decoded = decode_article(data, encoding, name=str(path))
    text = decoded.text
    repaired = repair_presentation_forms(text) if repair_presentation else text
    warnings = text_warnings(repaired)
    if repaired != text:
        text = repaired
        warnings.insert(
            0, TextWarning(REPAIRED, "presentation forms were turned back into letters (NFKC)")
        )
    return {
        "name": name,
        "text": text,
        "encoding": decoded.encoding,
        "sha256": hashlib.sha256(data).hexdigest(),
        "warnings": warnings,
    }


def collect_files(paths: list[Path]) -> list[tuple[Path, str]]:
    """Expand folders (recursively, sorted, hidden files left out) into (file, name) pairs."""
    files = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            wanted = tuple(TEXT_SUFFIXES | RECORD_SUFFIXES)
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                relative = os.path.relpath(root, path)
                prefix = "" if relative == "." else relative.replace(os.sep, "/") + "/"
                for n in sorted(names):
                    if not n.startswith(".") and n.lower().endswith(wanted):
                        files.append((Path(root, n), prefix + n))
        elif path.exists():
            files.append((path, path.name))
        else:
            raise ArticleError(f"{path}: no such file or folder")
    return files


def read_records(
    path: Path,
    name: str,
    labels: set[str],
    create_labels: bool,
    encoding: str | None,
    repair_presentation: bool = False,
) -> list[dict]:
    """Document records from one file, checked; raises an ``AnnotatorError`` if any is bad."""
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        return _jsonl_records(path, labels, create_labels)
    if suffix == ".json":
        return _json_array_records(path, labels, create_labels)
    return [article_record(path, encoding, name, repair_presentation)]


def import_paths(
    project: Project,
    paths: list[str | os.PathLike],
    *,
    encoding: str | None = None,
    skip_bad: bool = False,
    create_labels: bool = False,
    repair_presentation_forms: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Import files and folders into ``project`` in one transaction.

    Text files become one document each; ``.jsonl`` files one document per line (with
    spans in our, doccano's or Prodigy's shape); ``.json`` files hold an array of records.
    If any file is bad, nothing is imported and ``AnnotatorError`` lists every problem,
    unless ``skip_bad`` is set, in which case the good files are imported and the bad ones
    are reported in ``ImportResult.skipped``. Documents whose bytes (or text) are already
    in the project are skipped as duplicates. When any bad file is a malformed JSONL/JSON
    file the error is a ``FormatError`` whose ``problems`` hold (line, message) pairs.
    Text that imports but looks wrong (presentation forms, visual order) is reported in
    ``ImportResult.warnings``; ``repair_presentation_forms`` turns presentation forms in
    text files back into letters.
    """
    result = ImportResult()
    files = collect_files([Path(p) for p in paths])
    known = {label.name for label in project.labels()}
    records: list[dict] = []
    errors: list[str] = []
    format_errors: list[tuple[str, FormatError]] = []
    for n, (path, name) in enumerate(files, 1):
        try:
            got = read_records(
                path, name, known, create_labels, encoding, repair_presentation_forms
            )
        except AnnotatorError as e:
            errors.append(str(e))
            # The message already starts with the file's name: the reason alone follows it.
            result.skipped.append((str(path), str(e).removeprefix(f"{path}: ")))
            if isinstance(e, FormatError):
                format_errors.append((name, e))
            continue
        finally:
            if progress:
                progress(n, len(files) * 2)
        for rec in got:
            if "encoding" in rec:
                result.encodings[str(path)] = rec["encoding"]
            for warning in rec.pop("warnings", ()):
                result.warnings.append((rec["name"], warning))
        records += got
    if errors and not skip_bad:
        message = "nothing was imported:\n" + "\n".join(errors)
        if format_errors:
            raise _format_error(message, format_errors)
        raise AnnotatorError(message)
    if not files:
        raise ArticleError("no article files found (folders are searched for .txt, .jsonl, .json)")
    seen: set[str] = set()
    unique = []
    for rec in records:
        if rec["sha256"] in seen:
            result.skipped.append((rec["name"], "duplicate of another article in this import"))
        else:
            seen.add(rec["sha256"])
            unique.append(rec)

    def stored_progress(done: int, total: int) -> None:
        if progress:
            progress(len(files) + done * len(files) // max(total, 1), len(files) * 2)

    stored = project.add_documents(
        unique, stored_progress, len(unique), create_labels=create_labels
    )
    for doc_id, rec in stored:
        if doc_id is None:
            result.skipped.append((rec["name"], "already in the project"))
        else:
            result.added.append(doc_id)
            result.spans_added += len(rec.get("spans", ()))
    return result


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


# --- JSON records ----------------------------------------------------------------------------


def _jsonl_records(path: Path, labels: set[str], create_labels: bool) -> list[dict]:
    problems: list[tuple[int, str]] = []
    ids: dict[object, int] = {}
    records = []
    try:
        f = open(path, encoding="utf-8-sig", newline="")
    except OSError as e:
        raise ArticleError(f"{path}: cannot read ({e.strerror})") from None
    with f:
        try:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line.rstrip("\r\n"))  # columns count on this line
                except json.JSONDecodeError as e:
                    problems.append((n, f"not valid JSON ({e.msg} at column {e.colno})"))
                    continue
                try:
                    rec = record_from_json(obj, f"{path.name}:{n}", labels, create_labels)
                except FormatError as e:
                    problems.append((n, str(e)))
                    continue
                if "id" in rec:
                    if rec["id"] in ids:
                        problems.append(
                            (n, f"duplicate id {rec['id']!r} (first on line {ids[rec['id']]})")
                        )
                        continue
                    ids[rec["id"]] = n
                records.append(rec)
        except UnicodeDecodeError as e:
            raise FormatError(f"{path}: not UTF-8 (byte {e.start} of a line)") from None
    if problems:
        raise FormatError(f"{path}: {_bad_records(len(problems))}", problems)
    if not records:
        raise FormatError(f"{path}: no records")
    return records


def _json_array_records(path: Path, labels: set[str], create_labels: bool) -> list[dict]:
    try:
        with open(path, encoding="utf-8-sig") as f:
            data = json.load(f)
    except OSError as e:
        raise ArticleError(f"{path}: cannot read ({e.strerror})") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise FormatError(f"{path}: not a valid JSON file ({e})") from None
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise FormatError(f"{path}: expected a JSON array of articles")
    problems: list[tuple[int, str]] = []
    records = []
    for i, obj in enumerate(data):
        if isinstance(obj, dict) and "text" not in obj and "content" in obj:
            if not (obj.get("content") or "").strip():
                continue  # empty articles are common in scraped archives; nothing to tag
            obj = {
                "text": obj["content"],
                "name": obj.get("title"),
                "meta": {
                    k: v
                    for k, v in obj.items()
                    if k != "content" and isinstance(v, (str, int, float))
                },
            }
        try:
            records.append(record_from_json(obj, f"{path.name}[{i}]", labels, create_labels))
        except FormatError as e:
            problems.append((i + 1, str(e)))
    if problems:
        raise FormatError(f"{path}: {_bad_records(len(problems))}", problems)
    return records


def _bad_records(n: int) -> str:
    return "1 bad record" if n == 1 else f"{n} bad records"


def record_from_json(obj: object, where: str, labels: set[str], create_labels: bool) -> dict:
    """Check one JSON record (native, doccano or Prodigy shape) and return a document record."""
    if not isinstance(obj, dict):
        raise FormatError("a record must be a JSON object")
    text = obj.get("text")
    if not isinstance(text, str):
        raise FormatError("'text' is missing or not a string")
    _refuse_surrogates(text)
    unit = obj.get("offset_unit", OFFSET_UNIT)
    if unit != OFFSET_UNIT:
        raise FormatError(f"offset_unit {unit!r} is not supported (only {OFFSET_UNIT!r})")
    raw_spans = _raw_spans(obj)
    if len(text) > MAX_TEXT_CHARS:
        raise FormatError(
            f"'text' is too long for an article ({len(text):,} characters; the limit is "
            f"{MAX_TEXT_CHARS:,})"
        )
    canonical, shift = _canonical_with_shift(text)
    if not canonical.strip():
        raise FormatError("'text' is empty")
    spans = []
    seen = set()
    for k, s in enumerate(raw_spans):
        start, end, label = s.get("start"), s.get("end"), s.get("label")
        for field, value in (("start", start), ("end", end)):
            if not isinstance(value, int) or isinstance(value, bool):
                raise FormatError(f"span {k + 1}: '{field}' must be a whole number, not {value!r}")
        if not isinstance(label, str) or not label.strip():
            raise FormatError(f"span {k + 1}: 'label' must be a non-empty string")
        label = label.strip()  # " claim " from another tool is our claim
        if not 0 <= start < end <= len(text):
            raise FormatError(
                f"span {k + 1}: {start}–{end} is empty, reversed or outside the text "
                f"(0–{len(text)})"
            )
        if "text" in s and s["text"] != text[start:end]:
            raise FormatError(
                f"span {k + 1}: its text {s['text']!r} is not text[{start}:{end}] "
                f"({text[start:end]!r}); were the offsets counted in another unit?"
            )
        start, end = shift(start), shift(end)
        for value in (start, end):
            if not is_grapheme_boundary(canonical, value):
                raise FormatError(
                    f"span {k + 1}: offset {value} cuts a letter from its marks (inside a grapheme)"
                )
        if label not in labels and not create_labels:
            raise FormatError(
                f"span {k + 1}: unknown label {label!r} (use --create-labels to add it)"
            )
        if (start, end, label) in seen:
            continue
        seen.add((start, end, label))
        span = {"start": start, "end": end, "label": label}
        for extra in ("annotator", "created_at", "note"):
            if isinstance(s.get(extra), str):
                span[extra] = s[extra]
        spans.append(span)
    meta = obj.get("meta") if isinstance(obj.get("meta"), dict) else {}
    name = obj.get("name") or meta.get("name") or obj.get("title") or f"{where}"
    rec = {
        "name": str(name),
        "text": canonical,
        "sha256": obj["sha256"] if isinstance(obj.get("sha256"), str) else sha256_text(canonical),
        "spans": spans,
        "meta": meta,
        "warnings": text_warnings(canonical),
    }
    if isinstance(obj.get("encoding"), str):
        rec["encoding"] = obj["encoding"]
    if isinstance(obj.get("status"), str):
        rec["status"] = obj["status"]
    if "id" in obj:
        if not isinstance(obj["id"], (int, str)) or isinstance(obj["id"], bool):
            raise FormatError(f"'id' must be a number or a string, not {obj['id']!r}")
        rec["id"] = obj["id"]  # kept as the document's id only when a free SQLite integer
    _refuse_surrogates(json.dumps(rec, ensure_ascii=False))  # names, notes, meta
    return rec


def _refuse_surrogates(text: str) -> None:
    """JSON may escape half a UTF-16 pair (\\ud800): not text, and not storable as UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as e:
        raise FormatError(
            f"contains {e.object[e.start : e.end]!r}, half of a UTF-16 surrogate pair: "
            "not valid Unicode text"
        ) from None


def _raw_spans(obj: dict) -> list[dict]:
    """Spans from our and Prodigy's ``spans``, or doccano's ``label`` / ``entities``."""
    if "spans" in obj:
        spans = obj["spans"]
        if not isinstance(spans, list) or not all(isinstance(s, dict) for s in spans):
            raise FormatError("'spans' must be a list of objects")
        return spans
    if "entities" in obj:  # doccano, newer export
        ents = obj["entities"]
        if not isinstance(ents, list) or not all(isinstance(e, dict) for e in ents):
            raise FormatError("'entities' must be a list of objects")
        return [
            {"start": e.get("start_offset"), "end": e.get("end_offset"), "label": e.get("label")}
            for e in ents
        ]
    labels = obj.get("label", obj.get("labels"))
    if labels is None:
        return []
    if not isinstance(labels, list) or not all(isinstance(x, list) and len(x) == 3 for x in labels):
        raise FormatError("doccano 'label' must be a list of [start, end, label] triples")
    return [{"start": a, "end": b, "label": c} for a, b, c in labels]


def _canonical_with_shift(text: str):
    """Canonical text plus a function moving offsets of ``text`` onto it (CRLF → LF)."""
    canonical = normalise_newlines(text)
    if canonical == text:
        return text, lambda i: i
    # Each "\r" followed by "\n" disappears; a lone "\r" becomes "\n" in place.
    removed = [i for i in range(len(text) - 1) if text[i] == "\r" and text[i + 1] == "\n"]
    import bisect

    return canonical, lambda i: i - bisect.bisect_right(removed, i - 1)

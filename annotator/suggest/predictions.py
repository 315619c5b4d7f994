"""Predictions from elsewhere as suggestions, and the rules over a whole project.

``import_predictions`` reads files whose spans a model made. Each span becomes a suggestion
(source ``import:<file name>``, its score when the file gives one) of the document with the
same text, which is added when the project lacks it. Nothing becomes a span until an analyst
accepts it. Each format is read in its own offset unit (``--offset-unit`` overrides):

=============  ==========================================  =====================
format         records                                     offsets
=============  ==========================================  =====================
native         ``spans`` (``score`` per span kept)         code points
prodigy        ``spans`` (``score`` per span kept)         code points
doccano        ``label`` triples or ``entities``           UTF-16 code units
label-studio   every ``predictions[].result`` region        UTF-16 code units
               (the region's ``score``, else the
               prediction's)
brat, conll,   through the interchange readers             the format's own
spacy          (``annotator.formats``), no scores
=============  ==========================================  =====================

Without ``--format`` a Label Studio task (``data`` with ``predictions``) is recognised as
one; any other record is read as ``annotator import`` reads JSONL: in code points.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import AnnotatorError, FormatError
from ..formats.base import shown_name
from ..records import record_from_json, sha256_text, strict_json, strict_json_file
from .model import Suggestion

Progress = Callable[[int, int], None]
#: Formats whose records carry predictions read here (the rest: ``annotator.formats``).
JSON_FORMATS = ("native", "prodigy", "doccano", "label-studio")


@dataclass
class PredictionImport:
    """What an import of predictions did."""

    documents_added: int = 0
    suggestions_added: int = 0
    records: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (where, why)


def _objects(path: Path) -> list[tuple[str, object]]:
    """(where, JSON value) of every record: one per line, or the items of one array. Strict
    JSON (``records.strict_json``: no NaN, no 65-bit integers, no deep nesting)."""
    name = shown_name(path)
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise FormatError(f"{name}: cannot read ({e})") from None
    if raw.lstrip().startswith("["):  # a JSON array (Label Studio's export)
        try:
            items = strict_json_file(raw)
        except json.JSONDecodeError as e:
            raise FormatError(f"{name}: not valid JSON ({e.msg}, line {e.lineno})") from None
        except FormatError as e:
            raise FormatError(f"{name}: {e}") from None
        return [(f"{name}[{i}]", obj) for i, obj in enumerate(items)]
    if raw.lstrip().startswith("{") and "\n" in raw.strip():
        try:  # one pretty-printed record, else JSONL below
            return [(name, strict_json(raw))]
        except (json.JSONDecodeError, FormatError):
            pass
    out: list[tuple[str, object]] = []
    for n, line in enumerate(raw.splitlines(), 1):
        if line.strip():
            try:
                out.append((f"{name}:{n}", strict_json(line)))
            except json.JSONDecodeError as e:
                out.append((f"{name}:{n}", FormatError(f"not valid JSON ({e.msg})")))
            except FormatError as e:
                out.append((f"{name}:{n}", e))
    return out


def _score(value: object) -> float | None:
    ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    return float(value) if ok and 0 <= value <= 1 else None


def _is_label_studio(obj: object) -> bool:
    return isinstance(obj, dict) and isinstance(obj.get("data"), dict) and "predictions" in obj


def _label_studio(obj: object, unit: str) -> tuple[str, str, list[Suggestion]]:
    """A Label Studio task's name, text and the regions of all its predictions, moved from
    ``unit`` (UTF-16 code units, as its front end counts) to code points."""
    from ..formats.base import Offsets

    if not isinstance(obj, dict) or not isinstance(obj.get("data"), dict):
        raise FormatError("a Label Studio task must be an object with 'data'")
    text = obj["data"].get("text")
    if not isinstance(text, str):
        raise FormatError("a Label Studio task needs data.text")
    at = Offsets(text, unit)
    predictions = obj.get("predictions") or []
    if not isinstance(predictions, list):
        raise FormatError("'predictions' must be a list")
    spans, scores = [], {}
    for prediction in predictions:
        if not isinstance(prediction, dict) or not isinstance(prediction.get("result"), list):
            continue
        for k, result in enumerate(prediction["result"], 1):
            value = result.get("value") if isinstance(result, dict) else None
            if not isinstance(value, dict) or result.get("type", "labels") != "labels":
                continue
            start = at.back(value.get("start"), f"region {k}")
            end = at.back(value.get("end"), f"region {k}")
            labels = value.get("labels")
            for label in labels if isinstance(labels, list) else []:
                spans.append({"start": start, "end": end, "label": label})
                score = _score(result.get("score", prediction.get("score")))
                scores.setdefault((start, end, str(label).strip()), score)
    name = obj["data"].get("name")
    rec = record_from_json({"text": text, "spans": spans}, "", set(), create_labels=True)
    found = [
        Suggestion(s["start"], s["end"], s["label"], "", scores.get(_key(s))) for s in rec["spans"]
    ]
    return str(name) if isinstance(name, str) else "", rec["text"], found


def _key(s: dict) -> tuple:
    return (s.get("start"), s.get("end"), s.get("label"))


def _record(obj: object, fmt: str | None, unit: str | None) -> tuple[str, str, list[Suggestion]]:
    """Name, canonical text and suggestions of one JSON record."""
    if fmt == "doccano":
        from ..formats import doccano
        from ..formats.base import UTF16

        obj = doccano.to_native(obj, unit or UTF16)
    elif unit not in (None, "codepoint"):
        raise FormatError(f"{fmt or 'native'} records count code points, not {unit}")
    rec = record_from_json(obj, "", set(), create_labels=True)
    raw = obj.get("spans") if isinstance(obj, dict) else None
    scores = {_key(s): _score(s.get("score")) for s in raw or [] if isinstance(s, dict)}
    found = [
        Suggestion(s["start"], s["end"], s["label"], "", scores.get(_key(s))) for s in rec["spans"]
    ]
    return rec["name"], rec["text"], found


def read_predictions(
    path: Path, fmt: str | None = None, unit: str | None = None
) -> tuple[list[tuple[str, str, list[Suggestion]]], list[tuple[str, str]]]:
    """([(name, canonical text, suggestions)], [(where, why) skipped]) of one file."""
    if fmt is not None and fmt not in JSON_FORMATS:
        return _read_format(path, fmt, unit), []
    records, skipped = [], []
    for where, obj in _objects(path):
        try:
            if isinstance(obj, Exception):
                raise obj
            if fmt == "label-studio" or (fmt is None and _is_label_studio(obj)):
                from ..formats.base import UTF16

                name, text, found = _label_studio(obj, unit or UTF16)
            else:
                name, text, found = _record(obj, fmt, unit)
        except AnnotatorError as e:
            skipped.append((where, str(e)))
            continue
        records.append((name or where, text, found))
    return records, skipped


def _read_format(path: Path, fmt: str, unit: str | None) -> list[tuple[str, str, list]]:
    """Records through the interchange readers (``annotator.formats``): brat, CoNLL, spaCy,
    in their own offset unit; scores are not carried."""
    from .. import formats

    return [
        (
            rec["name"],
            rec["text"],
            [Suggestion(s["start"], s["end"], s["label"], "", None) for s in rec.get("spans", [])],
        )
        for rec in formats.read(path, fmt, set(), True, unit)
    ]


def read_files(
    paths: list[str | Path], fmt: str | None = None, offset_unit: str | None = None
) -> list[tuple[Path, list, list]]:
    """Every file read before anything is stored: (path, records, skipped) per file; a file
    that cannot be read at all raises ``FormatError``."""
    return [(path, *read_predictions(path, fmt, offset_unit)) for path in map(Path, paths)]


def import_predictions(
    project,
    paths: list[str | Path],
    progress: Progress | None = None,
    fmt: str | None = None,
    offset_unit: str | None = None,
) -> PredictionImport:
    """Store the spans of prediction files as suggestions (see the module docstring)."""
    return store_predictions(project, read_files(paths, fmt, offset_unit), progress)


def store_predictions(project, files, progress: Progress | None = None) -> PredictionImport:
    """Store what ``read_files`` read."""
    result = PredictionImport()
    for path, records, skipped in files:
        result.skipped += skipped
        for i, (name, text, found) in enumerate(records):
            result.records += 1
            sha = sha256_text(text)
            doc = project.document_id_by_sha256(sha)
            if doc is None:
                ((doc, _),) = project.add_documents([{"name": name, "text": text, "sha256": sha}])
                result.documents_added += 1
            result.suggestions_added += project.add_suggestions(
                doc, found, source=f"import:{path.name}"
            )
            if progress:
                progress(i + 1, len(records))
    return result


#: Documents whose suggestions are stored in one transaction by ``suggest_project``.
BATCH = 100


def suggest_project(project, progress: Progress | None = None) -> tuple[int, int]:
    """Run the rules over every document and store what they suggest: (documents, new).
    ``progress(done, total)`` after each document (it may raise to cancel: what was stored
    stays, a hundred documents at a time)."""
    from . import suggest

    known = project.tagged_texts("location")
    documents = project.documents()
    added = 0
    batch: list[tuple[int, str, list]] = []
    for i, info in enumerate(documents):
        text = project.document(info.id).text
        batch.append((info.id, text, suggest(text, known_locations=known)))
        if len(batch) == BATCH or i == len(documents) - 1:
            added += project.add_suggestions_of(batch)
            batch = []
        if progress:
            progress(i + 1, len(documents))
    return len(documents), added

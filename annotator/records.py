"""One document record from JSON, checked: what JSONL files and JSON arrays hold.

A record is native, doccano (``label`` triples or ``entities``) or Prodigy shaped; each is
checked (offsets, graphemes, surrogates, labels) and comes back as a document record ready
for the store, with ``unknown_labels`` (span number, label) for labels the project lacks
when the caller allows creating them. The files records come in are read (strictly,
``strict_json``) in ``record_files``, which adds each record's ``line``.
"""

from __future__ import annotations

import bisect
import hashlib
import json

import orjson

from .errors import FormatError
from .record_limits import (  # noqa: F401 (re-exported)
    MAX_TEXT_CHARS,
    OFFSET_UNIT,
    sha256_text,
    unknown_label_problem,
)
from .strict_json import (  # noqa: F401 (re-exported)
    strict_json,
    strict_json_file,
    strict_value,
)
from .text import is_grapheme_boundary, normalise_newlines, text_warnings
from .text.graphemes import sure_break_matcher


def record_from_json(obj: object, where: str, labels: set[str], create_labels: bool) -> dict:
    """Check one JSON record (native, doccano or Prodigy shape) and return a document record."""
    if not isinstance(obj, dict):
        raise FormatError("a record must be a JSON object")
    text = obj.get("text")
    if not isinstance(text, str):
        raise FormatError("'text' is missing or not a string")
    if len(text) > MAX_TEXT_CHARS:  # first: the checks below copy the text
        raise FormatError(
            f"'text' is too long for an article ({len(text):,} characters; the limit is "
            f"{MAX_TEXT_CHARS:,})"
        )
    utf8 = _utf8(text)  # refuses lone surrogates; hashed below when the text is canonical
    unit = obj.get("offset_unit", OFFSET_UNIT)
    if unit != OFFSET_UNIT:
        raise FormatError(f"offset_unit {unit!r} is not supported (only {OFFSET_UNIT!r})")
    raw_spans = _raw_spans(obj)
    canonical, shift = _canonical_with_shift(text)
    if canonical is not text:
        utf8 = canonical.encode("utf-8")
    if not canonical or canonical.isspace():  # as strip() would say, without a copy
        raise FormatError("'text' is empty")
    spans = []
    unknown: list[tuple[int, str]] = []
    seen: dict[tuple, dict] = {}  # (start, end, label) -> the span kept
    refs: dict[object, object] = {}  # span id in the record -> the id of the span kept
    length, stored_length = len(text), len(canonical)
    sure_break = sure_break_matcher() if raw_spans else None
    for k, s in enumerate(raw_spans):
        start, end, label = s.get("start"), s.get("end"), s.get("label")
        if type(start) is not int or type(end) is not int:  # the usual case in one test
            for field, value in (("start", start), ("end", end)):
                if not isinstance(value, int) or isinstance(value, bool):
                    raise FormatError(
                        f"span {k + 1}: '{field}' must be a whole number, not {value!r}"
                    )
        if not isinstance(label, str) or not (label := label.strip()):
            raise FormatError(f"span {k + 1}: 'label' must be a non-empty string")
        # label is stripped now: " claim " from another tool is our claim
        if not 0 <= start < end <= length:
            raise FormatError(
                f"span {k + 1}: {start}–{end} is empty, reversed or outside the text (0–{length})"
            )
        if "text" in s and s["text"] != text[start:end]:
            raise FormatError(
                f"span {k + 1}: its text {s['text']!r} is not text[{start}:{end}] "
                f"({text[start:end]!r}); were the offsets counted in another unit?"
            )
        if shift is not None:
            start, end = shift(start), shift(end)
            if start == end:  # all of it was a line break's \r, gone from the stored text
                raise FormatError(
                    f"span {k + 1}: {s['start']}–{s['end']} holds only the \\r of a \\r\\n "
                    "line break, which the stored text does not keep"
                )
        # Both ends are within the text (checked above): 0 and its end are boundaries.
        for value in (start, end):
            if (
                0 < value < stored_length
                and not sure_break(canonical, value - 1)
                and not is_grapheme_boundary(canonical, value)
            ):
                raise FormatError(
                    f"span {k + 1}: offset {value} cuts a letter from its marks (inside a grapheme)"
                )
        if label not in labels:
            if not create_labels:
                raise FormatError(unknown_label_problem(k + 1, label))
            unknown.append((k + 1, label))
        ref = s.get("id")
        if ref is not None:
            if not isinstance(ref, (int, str)) or isinstance(ref, bool):
                raise FormatError(f"span {k + 1}: 'id' must be a number or a string, not {ref!r}")
            if ref in refs:
                raise FormatError(f"span {k + 1}: duplicate span id {ref!r}")
        kept = seen.get((start, end, label))
        if kept is not None:
            if ref is not None:  # a relation naming the duplicate means the span kept
                refs[ref] = kept.setdefault("id", ref)
            continue
        span = {"start": start, "end": end, "label": label}
        if ref is not None:
            span["id"] = refs[ref] = ref
        seen[(start, end, label)] = span
        if isinstance(v := s.get("annotator"), str):
            span["annotator"] = v
        if isinstance(v := s.get("created_at"), str):
            span["created_at"] = v
        if isinstance(v := s.get("note"), str):
            span["note"] = v
        if "uncertain" in s or "attributes" in s:
            span.update(_span_flags(s, k))
        spans.append(span)
    meta = obj.get("meta") if isinstance(obj.get("meta"), dict) else {}
    if isinstance(obj.get("title"), str) and obj["title"].strip() and "title" not in meta:
        meta = {**meta, "title": obj["title"]}  # the document list shows it
    name = obj.get("name") or meta.get("name") or obj.get("title") or f"{where}"
    rec = {
        "name": str(name),
        "text": canonical,
        "sha256": hashlib.sha256(utf8).hexdigest(),  # what is stored, not what a record says
        "spans": spans,
        "relations": _relations(obj, refs),
        "meta": meta,
        "warnings": text_warnings(canonical, utf8),
    }
    declared = obj.get("sha256")
    if isinstance(declared, str) and declared != rec["sha256"]:
        # An export of a text article carries the hash of the file's bytes: the store
        # takes it as the same document only if the text stored under it is this text.
        rec["declared_sha256"] = declared
    if isinstance(obj.get("encoding"), str):
        rec["encoding"] = obj["encoding"]
    if isinstance(obj.get("status"), str):
        rec["status"] = obj["status"]
    if unknown:
        rec["unknown_labels"] = unknown
    if "id" in obj:
        if not isinstance(obj["id"], (int, str)) or isinstance(obj["id"], bool):
            raise FormatError(f"'id' must be a number or a string, not {obj['id']!r}")
        rec["id"] = obj["id"]  # kept as the document's id only when a free SQLite integer
    # Names, notes, meta (the text was checked above: not dumped a second time). orjson
    # refuses a lone surrogate too, at a tenth of the cost; json then says which one.
    try:
        orjson.dumps({**rec, "text": ""})
    except orjson.JSONEncodeError:
        _refuse_surrogates(json.dumps({**rec, "text": ""}, ensure_ascii=False))
    return rec


def _span_flags(s: dict, k: int) -> dict:
    """A span's ``uncertain`` flag and ``attributes`` (checked against the project's
    declarations when stored)."""
    out = {}
    if "uncertain" in s and s["uncertain"] is not None:
        if not isinstance(s["uncertain"], bool):
            raise FormatError(f"span {k + 1}: 'uncertain' must be true or false")
        out["uncertain"] = s["uncertain"]
    attributes = s.get("attributes")
    if attributes is not None:
        if not isinstance(attributes, dict) or not all(
            isinstance(n, str) and isinstance(v, str) and n and v for n, v in attributes.items()
        ):
            raise FormatError(f"span {k + 1}: 'attributes' must map names to text values")
        if attributes:
            out["attributes"] = dict(attributes)
    return out


def _relations(obj: dict, refs: dict) -> list[dict]:
    """A record's ``relations``: each joins two span ids of the same record."""
    raw = obj.get("relations")
    if raw is None:
        return []
    # A tuple too: spaCy's DocBin gives user data's lists back as tuples.
    if not isinstance(raw, (list, tuple)) or not all(isinstance(r, dict) for r in raw):
        raise FormatError("'relations' must be a list of objects")
    out = []
    seen = set()
    for k, r in enumerate(raw):
        ends = []
        for end in ("from", "to"):
            ref = r.get(end)
            if isinstance(ref, bool) or not isinstance(ref, (int, str)) or ref not in refs:
                raise FormatError(
                    f"relation {k + 1}: '{end}' is {ref!r}, not the id of a span of this record"
                )
            ends.append(refs[ref])
        if ends[0] == ends[1]:
            raise FormatError(f"relation {k + 1}: links a span to itself")
        rtype = r.get("type")
        if not isinstance(rtype, str) or not rtype.strip():
            raise FormatError(f"relation {k + 1}: 'type' must be a non-empty string")
        key = (ends[0], ends[1], rtype.strip())
        if key in seen:
            continue
        seen.add(key)
        relation = {"from": ends[0], "to": ends[1], "type": rtype.strip()}
        if isinstance(r.get("id"), int) and not isinstance(r.get("id"), bool):
            relation["id"] = r["id"]
        for extra in ("annotator", "created_at"):
            if isinstance(r.get(extra), str):
                relation[extra] = r[extra]
        out.append(relation)
    return out


def _refuse_surrogates(text: str) -> None:
    """JSON may escape half a UTF-16 pair (\\ud800): not text, and not storable as UTF-8."""
    _utf8(text)


def _utf8(text: str) -> bytes:
    """``text`` in UTF-8, or ``FormatError`` naming the lone surrogate that stops it."""
    try:
        return text.encode("utf-8")
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
    """Canonical text plus a function moving offsets of ``text`` onto it (CRLF → LF), or
    ``None`` when the text is canonical already (returned as the same object)."""
    canonical = normalise_newlines(text)
    if canonical is text:
        return text, None
    # Each "\r" followed by "\n" disappears; a lone "\r" becomes "\n" in place.
    removed = [i for i in range(len(text) - 1) if text[i] == "\r" and text[i + 1] == "\n"]
    return canonical, lambda i: i - bisect.bisect_right(removed, i - 1)

"""doccano JSONL: sequence labelling (``label`` triples) and relation extraction (``entities``
with ids, ``relations`` with ``from_id``/``to_id``/``type``).

doccano's annotation view counts offsets in UTF-16 code units (JavaScript string indices;
``v-annotator``'s ``TextSelectionHandler.ts`` turns them into graphemes only when a project
turns on grapheme mode), and its import and export keep the numbers as they are: UTF-16 by
default here, ``codepoint`` on request. doccano drops overlapping spans on import unless the
project allows them (``backend/data_import/pipeline/labels.py``, ``Spans.clean``).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from ..errors import FormatError
from ..record_files import jsonl_records, jsonl_stream
from .base import CODEPOINT, UTF16, Context, Format, Offsets, losses, overlapping
from .native import write_jsonl


def shape(record: dict, ctx: Context) -> dict:
    losses(FORMAT, record, ctx)
    spans = record["spans"]
    if overlapping(spans):
        ctx.warn(
            "doccano keeps overlapping spans only in a project with 'Allow overlapping spans' "
            "turned on; otherwise its import drops them"
        )
    at = Offsets(record["text"], ctx.unit)
    out: dict = {"id": record["id"], "text": record["text"]}
    if ctx.relations:
        ids = [s.get("id", k) for k, s in enumerate(spans, 1)]
        out["entities"] = [
            {
                "id": ref,
                "start_offset": at.out(s["start"]),
                "end_offset": at.out(s["end"]),
                "label": s["label"],
            }
            for ref, s in zip(ids, spans, strict=True)
        ]
        out["relations"] = [
            {"id": r.get("id", k), "from_id": r["from"], "to_id": r["to"], "type": r["type"]}
            for k, r in enumerate(record.get("relations", ()), 1)
        ]
    else:
        out["label"] = [[at.out(s["start"]), at.out(s["end"]), s["label"]] for s in spans]
    out["name"] = record["name"]
    return out


def write(records: Iterable[dict], out: BinaryIO, ctx: Context) -> int:
    return write_jsonl((shape(r, ctx) for r in records), out)


def to_native(obj: object, unit: str) -> object:
    """A doccano record as ours, with code-point offsets (left for the record check to refuse
    when it is not a doccano record at all)."""
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        return obj
    at = Offsets(obj["text"], unit)
    out = {k: v for k, v in obj.items() if k not in ("label", "labels", "entities", "relations")}
    if "entities" in obj:
        entities = obj["entities"]
        if not isinstance(entities, list) or not all(isinstance(e, dict) for e in entities):
            raise FormatError("'entities' must be a list of objects")
        out["spans"] = [
            {
                **({"id": e["id"]} if "id" in e else {}),
                "start": at.back(e.get("start_offset"), f"entity {k}"),
                "end": at.back(e.get("end_offset"), f"entity {k}"),
                "label": e.get("label"),
            }
            for k, e in enumerate(entities, 1)
        ]
        relations = obj.get("relations") or []
        if not isinstance(relations, list) or not all(isinstance(r, dict) for r in relations):
            raise FormatError("'relations' must be a list of objects")
        out["relations"] = [
            {"from": r.get("from_id"), "to": r.get("to_id"), "type": r.get("type")}
            for r in relations
        ]
        return out
    triples = obj.get("label", obj.get("labels", []))
    if not isinstance(triples, list) or not all(
        isinstance(t, list) and len(t) == 3 for t in triples
    ):
        raise FormatError("doccano 'label' must be a list of [start, end, label] triples")
    out["spans"] = [
        {"start": at.back(a, f"span {k}"), "end": at.back(b, f"span {k}"), "label": c}
        for k, (a, b, c) in enumerate(triples, 1)
    ]
    return out


def read(path: Path, labels: set[str], create_labels: bool, ctx: Context) -> list[dict]:
    return jsonl_records(path, labels, create_labels, lambda obj: to_native(obj, ctx.unit))


def stream(path: Path, labels: set[str], ctx: Context):
    return jsonl_stream(path, labels, lambda obj: to_native(obj, ctx.unit))


FORMAT = Format(
    "doccano",
    "doccano JSONL",
    ".jsonl",
    write,
    read,
    stream=stream,
    unit=UTF16,
    units=(UTF16, CODEPOINT),
    relations=True,
)

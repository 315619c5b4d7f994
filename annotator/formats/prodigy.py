"""Prodigy JSONL: ``text`` and ``spans`` with ``start``/``end`` (code points: Prodigy is Python)
and ``label``. Prodigy's NER recipes refuse overlapping spans, so an export with any warns."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from ..record_files import jsonl_records, jsonl_stream
from .base import Context, Format, losses, overlapping
from .native import write_jsonl


def shape(record: dict, ctx: Context) -> dict:
    losses(FORMAT, record, ctx)
    if overlapping(record["spans"]):
        ctx.warn(
            "Prodigy's NER recipes refuse overlapping spans: this export has some (spancat "
            "recipes take them)"
        )
    return {
        "text": record["text"],
        "spans": [
            {"start": s["start"], "end": s["end"], "label": s["label"], "text": s["text"]}
            for s in record["spans"]
        ],
        "meta": {"id": record["id"], "name": record["name"]},
    }


def write(records: Iterable[dict], out: BinaryIO, ctx: Context) -> int:
    return write_jsonl((shape(r, ctx) for r in records), out)


def read(path: Path, labels: set[str], create_labels: bool, ctx: Context) -> list[dict]:
    return jsonl_records(path, labels, create_labels)


FORMAT = Format(
    "prodigy",
    "Prodigy JSONL",
    ".jsonl",
    write,
    read,
    stream=lambda path, labels, ctx: jsonl_stream(path, labels),
)

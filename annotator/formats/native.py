"""Our native JSONL: the shared data contract, one document a line, code-point offsets.

``records`` is the one place an export reads the project: every other format is written
from these records.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import orjson

from ..errors import DocumentError
from ..record_files import jsonl_records, jsonl_stream
from ..records import OFFSET_UNIT
from ..store.documents import stored_meta
from .base import Context, Format


def records(project, progress=None) -> Iterator[dict]:
    """One native record per document, in document order, from a consistent snapshot."""
    for n, (total, row, spans, relations) in enumerate(_snapshot(project), 1):
        doc_id, name, text, status, encoding, sha, meta = row
        details = stored_meta(meta)
        if details is None:  # a crafted or damaged file: said, not a traceback
            raise DocumentError(f"document {doc_id}: its details (meta) are damaged")
        if not isinstance(text, str):
            raise DocumentError(f"document {doc_id}: its text is damaged (it is not text)")
        for s in spans:
            s["text"] = text[s["start"] : s["end"]]
        record = {
            "id": doc_id,
            "name": name,
            "offset_unit": OFFSET_UNIT,
            "status": status,
            "encoding": encoding,
            "sha256": sha,
            "meta": details,
            "text": text,
            "spans": spans,
        }
        if relations is not None:
            record["relations"] = relations
        yield record
        if progress:
            progress(n, total)


def _snapshot(project):
    """``(count, document row, span dicts, relation dicts or None)`` per document: from the
    store's export snapshot (spans with ids, attributes; relations) when it has one."""
    full = getattr(project, "export_snapshot", None)
    if full is not None:
        yield from full()
        return
    for total, row, span_rows in project.snapshot():
        spans = [
            {
                "start": start,
                "end": end,
                "label": label,
                "annotator": annotator,
                "created_at": created_at,
                "note": note,
            }
            for start, end, label, annotator, created_at, note in span_rows
        ]
        yield total, row, spans, None


def has_relations(project) -> bool:
    """Whether the project holds any relation (doccano then writes its relation shape)."""
    if getattr(project, "export_snapshot", None) is None:
        return False
    return bool(project.stats().get("relations"))


def write_jsonl(rows: Iterable[dict], out: BinaryIO) -> int:
    """One UTF-8 JSON line per record (not ASCII-escaped); returns the count."""
    count = 0
    for row in rows:
        out.write(orjson.dumps(row))
        out.write(b"\n")
        count += 1
    return count


def shape(record: dict, ctx: Context) -> dict:
    return record


def write(recs: Iterable[dict], out: BinaryIO, ctx: Context) -> int:
    return write_jsonl(recs, out)


def read(path: Path, labels: set[str], create_labels: bool, ctx: Context) -> list[dict]:
    return jsonl_records(path, labels, create_labels)


FORMAT = Format(
    "native",
    "Native JSONL",
    ".jsonl",
    write,
    read,
    stream=lambda path, labels, ctx: jsonl_stream(path, labels),
    relations=True,
    attributes=True,
    notes=True,
)

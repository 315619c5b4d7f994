"""JSONL export: our native format and doccano- and Prodigy/spaCy-compatible variants.

Every format writes one UTF-8 line per document (not ASCII-escaped) and counts offsets in
Unicode code points, so ``text[start:end]`` in Python is exactly the tagged text. Export
streams from a read-only snapshot of the project: memory stays flat however large it is.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

import orjson

from .importer import OFFSET_UNIT
from .store import Progress, Project

FORMATS = ("native", "doccano", "prodigy")


def _native(doc: dict, spans: list[dict]) -> dict:
    return {
        "id": doc["id"],
        "name": doc["name"],
        "offset_unit": OFFSET_UNIT,
        "status": doc["status"],
        "encoding": doc["encoding"],
        "sha256": doc["sha256"],
        "meta": doc["meta"],
        "text": doc["text"],
        "spans": spans,
    }


def _doccano(doc: dict, spans: list[dict]) -> dict:
    return {
        "id": doc["id"],
        "text": doc["text"],
        "label": [[s["start"], s["end"], s["label"]] for s in spans],
        "name": doc["name"],
    }


def _prodigy(doc: dict, spans: list[dict]) -> dict:
    return {
        "text": doc["text"],
        "spans": [
            {"start": s["start"], "end": s["end"], "label": s["label"], "text": s["text"]}
            for s in spans
        ],
        "meta": {"id": doc["id"], "name": doc["name"]},
    }


_SHAPES = {"native": _native, "doccano": _doccano, "prodigy": _prodigy}


def iter_records(
    project: Project, fmt: str = "native", progress: Progress | None = None
) -> Iterator[dict]:
    """Yield one export record per document, in document order, from a consistent snapshot."""
    if fmt not in _SHAPES:
        raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    shape = _SHAPES[fmt]
    conn = project.reader()
    try:
        conn.execute("BEGIN")  # one snapshot for both cursors, while the app keeps writing
        total = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        docs = conn.execute(
            "SELECT id, name, text, status, encoding, sha256, meta FROM documents ORDER BY id"
        )
        spans = conn.execute(
            "SELECT s.document_id, s.start, s.end, l.name, s.annotator, s.created_at, s.note "
            "FROM spans s JOIN labels l ON l.id = s.label_id "
            "ORDER BY s.document_id, s.start, s.end, l.name"
        )
        pending = spans.fetchone()
        for n, (doc_id, name, text, status, encoding, sha, meta) in enumerate(docs, 1):
            doc_spans = []
            while pending is not None and pending[0] < doc_id:
                pending = spans.fetchone()  # spans of a deleted document: none with FKs on
            while pending is not None and pending[0] == doc_id:
                _, start, end, label, annotator, created_at, note = pending
                doc_spans.append(
                    {
                        "start": start,
                        "end": end,
                        "label": label,
                        "text": text[start:end],
                        "annotator": annotator,
                        "created_at": created_at,
                        "note": note,
                    }
                )
                pending = spans.fetchone()
            doc = {
                "id": doc_id,
                "name": name,
                "text": text,
                "status": status,
                "encoding": encoding,
                "sha256": sha,
                "meta": json.loads(meta),
            }
            yield shape(doc, doc_spans)
            if progress:
                progress(n, total)
        conn.execute("COMMIT")
    finally:
        conn.close()


def export(
    project: Project, out: BinaryIO, fmt: str = "native", progress: Progress | None = None
) -> int:
    """Write the project as JSONL to a binary stream; returns the number of documents."""
    count = 0
    write = out.write
    for record in iter_records(project, fmt, progress):
        write(orjson.dumps(record))
        write(b"\n")
        count += 1
    return count

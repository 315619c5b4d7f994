"""JSONL export: our native format and doccano- and Prodigy/spaCy-compatible variants.

Every format writes one UTF-8 line per document (not ASCII-escaped) and counts offsets in
Unicode code points, so ``text[start:end]`` in Python is exactly the tagged text. Export
streams from a read-only snapshot of the project: memory stays flat however large it is.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import orjson

from .errors import AnnotatorError
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
    for n, (total, row, span_rows) in enumerate(project.snapshot(), 1):
        doc_id, name, text, status, encoding, sha, meta = row
        spans = [
            {
                "start": start,
                "end": end,
                "label": label,
                "text": text[start:end],
                "annotator": annotator,
                "created_at": created_at,
                "note": note,
            }
            for start, end, label, annotator, created_at, note in span_rows
        ]
        doc = {
            "id": doc_id,
            "name": name,
            "text": text,
            "status": status,
            "encoding": encoding,
            "sha256": sha,
            "meta": json.loads(meta),
        }
        yield shape(doc, spans)
        if progress:
            progress(n, total)


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


def export_to_path(
    project: Project,
    path: str | os.PathLike,
    fmt: str = "native",
    progress: Progress | None = None,
) -> int:
    """Export to a file atomically: written beside it, flushed to disk, then renamed over it.

    A failed or cancelled export leaves any earlier file untouched. Refuses to write over
    the project file itself (or its ``-wal``/``-shm``).
    """
    target = Path(path)
    if target.is_dir():
        raise AnnotatorError(f"{target}: is a folder; name a file to export to")
    if not target.parent.is_dir():
        raise AnnotatorError(f"{target}: the folder {target.parent} does not exist")
    for own in (project.path, Path(f"{project.path}-wal"), Path(f"{project.path}-shm")):
        if target.exists() and own.exists() and os.path.samefile(target, own):
            raise AnnotatorError(f"{target}: that is the project file itself; choose another name")
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as e:
        raise AnnotatorError(f"{target}: cannot write there ({e.strerror})") from None
    try:
        with os.fdopen(fd, "wb") as out:
            count = export(project, out, fmt, progress)
            out.flush()
            os.fsync(out.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; an export is an ordinary file
        os.replace(tmp, target)
    except OSError as e:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise AnnotatorError(f"{target}: export failed ({e.strerror})") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return count

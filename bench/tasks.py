"""Measured work that runs in a fresh subprocess, so each figure has its own clean process and
its own peak memory: ``python -m bench.tasks TASK ARG...`` prints one JSON line.

The "bare" tasks are the baselines: the least code that does the same job with ``sqlite3``
and ``orjson`` alone, against a file with the same durability settings as a project
(WAL journal, ``synchronous=FULL``).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import sqlite3
import sys
import time
from pathlib import Path

import orjson


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM), in MiB."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _text_files(folder: Path) -> list[Path]:
    files = []
    for root, dirs, names in os.walk(folder):
        dirs.sort()
        files += [Path(root, n) for n in sorted(names) if n.endswith(".txt")]
    return files


# --- import ----------------------------------------------------------------------------------


def import_ours(folder: str, db: str) -> dict:
    """``annotator.importer.import_paths`` of a folder of .txt files into a new project."""
    from annotator import Project, import_paths

    Path(db).unlink(missing_ok=True)
    project = Project.create(db)
    t = time.perf_counter()
    result = import_paths(project, [folder])
    seconds = time.perf_counter() - t
    project.close()
    return {"seconds": seconds, "documents": len(result.added), "skipped": len(result.skipped)}


def import_bare(folder: str, db: str) -> dict:
    """Read the same files, decode UTF-8, ``executemany`` them in one transaction."""
    Path(db).unlink(missing_ok=True)
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE documents (id INTEGER PRIMARY KEY, name TEXT, text TEXT)")
    t = time.perf_counter()
    rows = [(p.name, p.read_bytes().decode("utf-8")) for p in _text_files(Path(folder))]
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO documents (name, text) VALUES (?, ?)", rows)
    conn.execute("COMMIT")
    seconds = time.perf_counter() - t
    conn.close()
    return {"seconds": seconds, "documents": len(rows)}


def import_jsonl_ours(jsonl: str, db: str) -> dict:
    """``import_paths`` of one native JSONL file (texts and spans) into a new project."""
    from annotator import Project, import_paths

    Path(db).unlink(missing_ok=True)
    project = Project.create(db)
    t = time.perf_counter()
    result = import_paths(project, [jsonl])
    seconds = time.perf_counter() - t
    project.close()
    return {
        "seconds": seconds,
        "documents": len(result.added),
        "spans": result.spans_added,
        "skipped": len(result.skipped),
    }


def import_jsonl_bare(jsonl: str, db: str) -> dict:
    """``json.loads`` each line, ``executemany`` documents and spans, 1,000 lines at a time,
    in one transaction: the least code that stores the same file."""
    Path(db).unlink(missing_ok=True)
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE documents (id INTEGER PRIMARY KEY, name TEXT, text TEXT, meta TEXT)")
    conn.execute("CREATE TABLE labels (id INTEGER PRIMARY KEY, name TEXT UNIQUE)")
    conn.execute(
        "CREATE TABLE spans (id INTEGER PRIMARY KEY, document_id INTEGER, start INTEGER,"
        " end INTEGER, label_id INTEGER, annotator TEXT, created_at TEXT, note TEXT)"
    )
    t = time.perf_counter()
    labels: dict[str, int] = {}
    documents = spans = 0
    conn.execute("BEGIN")
    with open(jsonl, encoding="utf-8") as f:
        while lines := list(itertools.islice(f, 1000)):
            docs, rows = [], []
            for line in lines:
                obj = json.loads(line)
                documents += 1
                docs.append((documents, obj.get("name"), obj["text"], json.dumps(obj.get("meta"))))
                for s in obj.get("spans", ()):
                    label = labels.setdefault(s["label"], len(labels) + 1)
                    rows.append(
                        (
                            documents,
                            s["start"],
                            s["end"],
                            label,
                            s.get("annotator"),
                            s.get("created_at"),
                            s.get("note"),
                        )
                    )
            conn.executemany("INSERT INTO documents VALUES (?, ?, ?, ?)", docs)
            conn.executemany(
                "INSERT INTO spans (document_id, start, end, label_id, annotator, "
                "created_at, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            spans += len(rows)
    conn.executemany("INSERT INTO labels VALUES (?, ?)", [(i, n) for n, i in labels.items()])
    conn.execute("COMMIT")
    seconds = time.perf_counter() - t
    conn.close()
    return {"seconds": seconds, "documents": documents, "spans": spans}


# --- export ----------------------------------------------------------------------------------


def _digest(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def export_ours(db: str, out: str) -> dict:
    """``annotator.formats.export`` (native JSONL) of a project to a file."""
    from annotator import Project, export

    project = Project.open(db, readonly=True)
    t = time.perf_counter()
    with open(out, "wb") as f:
        count = export(project, f)
    seconds = time.perf_counter() - t
    project.close()
    return {
        "seconds": seconds,
        "documents": count,
        "bytes": os.path.getsize(out),
        "sha256": _digest(out),
        "peak_rss_mb": peak_rss_mb(),
    }


def export_bare(db: str, out: str) -> dict:
    """Two ordered SELECTs merged in one loop, one ``orjson.dumps`` per document.

    It writes the same records as the native format, field for field, so the two outputs
    can be compared byte for byte.
    """
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, isolation_level=None)
    t = time.perf_counter()
    conn.execute("BEGIN")
    docs = conn.execute(
        "SELECT d.id, d.name, d.text, coalesce(st.status, 'new'), d.encoding, d.sha256, d.meta "
        "FROM documents d LEFT JOIN document_state st ON st.document_id = d.id ORDER BY d.id"
    )
    spans = conn.execute(
        "SELECT s.document_id, s.id, s.start, s.end, l.name, s.annotator, s.created_at, s.note, "
        "s.uncertain, (SELECT json_group_object(a.name, sa.value) FROM span_attributes sa "
        "JOIN attributes a ON a.id = sa.attribute_id "
        "WHERE sa.span_id = s.id AND a.label_id = s.label_id) "
        "FROM spans s JOIN labels l ON l.id = s.label_id "
        "ORDER BY s.document_id, s.start, s.end, l.name"
    )
    relations = conn.execute(
        "SELECT r.document_id, r.id, r.from_span_id, r.to_span_id, t.name, r.annotator, "
        "r.created_at FROM relations r JOIN relation_types t ON t.id = r.type_id "
        "ORDER BY r.document_id, r.id"
    )
    count = 0
    pending = spans.fetchone()
    pending_relation = relations.fetchone()
    with open(out, "wb") as f:
        for doc_id, name, text, status, encoding, sha, meta in docs:
            doc_spans = []
            while pending is not None and pending[0] == doc_id:
                _, span_id, start, end, label, annotator, created_at, note, uncertain, attrs = (
                    pending
                )
                doc_spans.append(
                    {
                        "id": span_id,
                        "start": start,
                        "end": end,
                        "label": label,
                        "annotator": annotator,
                        "created_at": created_at,
                        "note": note,
                        "uncertain": bool(uncertain),
                        "attributes": orjson.loads(attrs) if attrs and attrs != "{}" else {},
                        "text": text[start:end],
                    }
                )
                pending = spans.fetchone()
            doc_relations = []
            while pending_relation is not None and pending_relation[0] == doc_id:
                _, rel_id, from_span, to_span, rel_type, annotator, created_at = pending_relation
                doc_relations.append(
                    {
                        "id": rel_id,
                        "from": from_span,
                        "to": to_span,
                        "type": rel_type,
                        "annotator": annotator,
                        "created_at": created_at,
                    }
                )
                pending_relation = relations.fetchone()
            f.write(
                orjson.dumps(
                    {
                        "id": doc_id,
                        "name": name,
                        "offset_unit": "codepoint",
                        "status": status,
                        "encoding": encoding,
                        "sha256": sha,
                        "meta": orjson.loads(meta),
                        "text": text,
                        "spans": doc_spans,
                        "relations": doc_relations,
                    }
                )
            )
            f.write(b"\n")
            count += 1
    conn.execute("COMMIT")
    seconds = time.perf_counter() - t
    conn.close()
    return {
        "seconds": seconds,
        "documents": count,
        "bytes": os.path.getsize(out),
        "sha256": _digest(out),
        "peak_rss_mb": peak_rss_mb(),
    }


TASKS = {
    f.__name__: f
    for f in (
        import_ours,
        import_bare,
        import_jsonl_ours,
        import_jsonl_bare,
        export_ours,
        export_bare,
    )
}


def main(argv: list[str]) -> int:
    name, *args = argv
    result = TASKS[name](*args)
    result.setdefault("peak_rss_mb", peak_rss_mb())
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

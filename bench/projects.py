"""Prepared project files for the benchmarks, built once through the core and cached.

Projects are built with ``Project.add_documents`` and spans inside the records: the core's own
bulk path (one transaction, spans batched by sqlite-utils), not hand-written SQL, so the files
are exactly what the app would have written. A manifest beside each file says what it holds;
a file whose manifest does not match (other sizes, a newer generator or schema) is rebuilt.
"""

from __future__ import annotations

import json
import random
import shutil
import time
from pathlib import Path

from annotator import Project
from annotator.store import schema
from annotator.text import normalise_newlines

from . import generate as gen

FOLDER = gen.DATA / "projects"


def _cached(path: Path, wanted: dict, build) -> Path:
    manifest = path.with_name(path.name + ".manifest")
    wanted = {**wanted, "generator": gen.VERSION, "schema": schema.VERSION}
    if path.exists() and gen._manifest_ok(manifest, wanted):
        return path
    FOLDER.mkdir(parents=True, exist_ok=True)
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        p.unlink(missing_ok=True)
    t = time.perf_counter()
    build(path)
    print(f"  built {path.name} in {time.perf_counter() - t:.1f} s", flush=True)
    gen._write_manifest(manifest, wanted)
    return path


def _record(name: str, text: str, spans: list[dict]) -> dict:
    for s in spans:
        s["annotator"] = "bench"
    return {"name": name, "text": text, "sha256": gen.sha256_text(text), "spans": spans}


def big_record() -> dict:
    """The 1 MiB article with its 10,000 spans, as an ``add_documents`` record."""
    txt, spans = gen.big_article()
    text = txt.read_text(encoding="utf-8")
    return _record("generated-1MiB.txt", text, json.loads(spans.read_text()))


def largest_corpus_record(span_count: int = 2000) -> dict:
    """The longest article of the shared corpus with ``span_count`` word-snapped spans."""
    title, content = gen.largest_corpus_article()
    text = normalise_newlines(content)
    spans = gen.word_spans(random.Random(gen.SEED + 2), text, span_count)
    return _record(title, text, spans)


def tagging_project(which: str) -> Path:
    """A project holding one article: ``corpus`` (2,000 spans) or ``big`` (10,000 spans)."""
    path = FOLDER / f"tag-{which}.annot"

    def build(p: Path) -> None:
        with Project.create(p) as project:
            project.add_documents([largest_corpus_record() if which == "corpus" else big_record()])

    return _cached(path, {"which": which}, build)


def span_counts(lengths: list[int], total: int) -> list[int]:
    """Spread ``total`` spans over documents in proportion to their length, exactly."""
    whole = sum(lengths)
    counts, done, acc = [], 0, 0
    for n in lengths:
        acc += n
        upto = round(acc * total / whole)
        counts.append(upto - done)
        done = upto
    return counts


def export_project(articles: int, spans: int) -> Path:
    """``articles`` generated articles carrying ``spans`` spans in all."""
    path = FOLDER / f"export-{articles}-{spans}.annot"

    def build(p: Path) -> None:
        files = gen.generated_set(articles)
        texts = [f.read_text(encoding="utf-8") for f in files]
        counts = span_counts([len(t) for t in texts], spans)
        records = (
            _record(f.name, t, gen.word_spans(random.Random(gen.SEED + 10 + i), t, n))
            for i, (f, t, n) in enumerate(zip(files, texts, counts, strict=True))
        )
        with Project.create(p) as project:
            project.add_documents(records)
        with Project.open(p, readonly=True) as project:
            got = project.stats()["spans"]
        if got != spans:
            raise RuntimeError(f"{p}: built with {got} spans instead of {spans}")

    return _cached(path, {"articles": articles, "spans": spans}, build)


def memory_project(articles: int, spans: int) -> Path:
    """The export project plus the 1 MiB article with its 10,000 spans (the last document)."""
    source = export_project(articles, spans)
    path = FOLDER / f"memory-{articles}-{spans}.annot"

    def build(p: Path) -> None:
        shutil.copyfile(source, p)
        with Project.open(p) as project:
            project.add_documents([big_record()])

    return _cached(path, {"articles": articles, "spans": spans, "big": True}, build)


def switching_project() -> Path:
    """The corpus's longest article (2,000 spans) and the 1 MiB one (10,000 spans)."""
    path = FOLDER / "switch.annot"

    def build(p: Path) -> None:
        with Project.create(p) as project:
            project.add_documents([largest_corpus_record(), big_record()])

    return _cached(path, {"which": "corpus+big"}, build)


def scratch_copy(source: Path, name: str) -> Path:
    """A fresh copy of a cached project for a run that writes to it (tagging)."""
    target = gen.DATA / "work" / name
    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        target.with_name(target.name + suffix).unlink(missing_ok=True)
    shutil.copyfile(source, target)
    return target


def article_files(which: str) -> tuple[Path, Path]:
    """(text, spans JSON) of a tagging article, for the bare Qt baselines."""
    if which == "big":
        return gen.big_article()
    txt, spans = gen.DATA / "corpus-largest.txt", gen.DATA / "corpus-largest.spans.json"
    record = largest_corpus_record()
    txt.write_text(record["text"], encoding="utf-8")
    spans.write_text(json.dumps(record["spans"]))
    return txt, spans

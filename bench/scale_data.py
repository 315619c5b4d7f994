"""Seeded inputs of the scale scenarios (issue 11), written to ``bench/data/`` on first use.

- ``spans29k.jsonl``: 29,000 generated news articles in our native JSONL shape with about
  287,000 word-snapped spans (10 per article, some nested), as a model's pre-annotations.
- ``records200k.jsonl``: 200,000 short records (about 92 MB), text only.
- ``long-one.txt`` / ``long-lines.txt``: a 15 MB article in one paragraph, and one of many
  paragraphs, each with ``.spans.json`` (2,000 word spans).

Everything depends only on the seed; nothing comes from the corpus.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from . import generate as gen

SPAN_ARTICLES = 29_000
SPANS_PER_ARTICLE = 10
RECORDS = 200_000
RECORD_CHARS = 205  # about 460 bytes a line: 92 MB for 200,000 records
LONG_BYTES = 15 * 1_000_000
LONG_SPANS = 2_000
VERSION = 1
LONG_VERSION = 2  # 15 MB, not 13.8


def _fresh(path: Path, wanted: dict) -> bool:
    return path.exists() and gen._manifest_ok(path.with_name(path.name + ".manifest"), wanted)


def _done(path: Path, wanted: dict) -> Path:
    gen._write_manifest(path.with_name(path.name + ".manifest"), wanted)
    return path


def spans_jsonl(quick: bool = False) -> Path:
    """Native JSONL: articles with spans as another tool (or our export) would write them."""
    count = SPAN_ARTICLES // 10 if quick else SPAN_ARTICLES
    path = gen.DATA / f"spans{count}.jsonl"
    wanted = {"version": VERSION, "seed": gen.SEED, "articles": count}
    if _fresh(path, wanted):
        return path
    gen.DATA.mkdir(parents=True, exist_ok=True)
    lengths = gen.article_lengths(count)
    with open(path, "w", encoding="utf-8") as f:
        for i in range(count):
            text = gen.generated_article(i, lengths[i])
            rng = random.Random(gen.SEED * 13 + i)
            spans = [
                {
                    **s,
                    "text": text[s["start"] : s["end"]],
                    "annotator": "model",
                    "created_at": "2026-11-01T00:00:00Z",
                    "note": None,
                }
                for s in gen.word_spans(rng, text, SPANS_PER_ARTICLE)
            ]
            record = {
                "id": i + 1,
                "name": f"article-{i:05d}.txt",
                "offset_unit": "codepoint",
                "status": "new",
                "encoding": "utf-8",
                "sha256": gen.sha256_text(text),
                "meta": {"source": "bench"},
                "text": text,
                "spans": spans,
            }
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return _done(path, wanted)


def records_jsonl(quick: bool = False) -> Path:
    """Many short text-only records: a big file of a feed or a scrape."""
    count = RECORDS // 10 if quick else RECORDS
    path = gen.DATA / f"records{count}.jsonl"
    wanted = {"version": VERSION, "seed": gen.SEED, "records": count, "chars": RECORD_CHARS}
    if _fresh(path, wanted):
        return path
    gen.DATA.mkdir(parents=True, exist_ok=True)
    rng = random.Random(gen.SEED + 200)
    with open(path, "w", encoding="utf-8") as f:
        for i in range(count):
            text = gen.article(rng, RECORD_CHARS)
            record = {
                "id": i + 1,
                "name": f"item-{i:06d}",
                "text": text,
                "meta": {"feed": "bench", "n": i},
            }
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return _done(path, wanted)


def long_article(kind: str) -> tuple[Path, Path]:
    """A 15 MB article: ``one`` paragraph, or many ``lines``; and 2,000 spans over it."""
    path = gen.DATA / f"long-{kind}.txt"
    spans_path = gen.DATA / f"long-{kind}.spans.json"
    wanted = {"version": LONG_VERSION, "seed": gen.SEED, "bytes": LONG_BYTES, "kind": kind}
    if _fresh(path, wanted) and spans_path.exists():
        return path, spans_path
    gen.DATA.mkdir(parents=True, exist_ok=True)
    rng = random.Random(gen.SEED + 300)
    text = gen.article(rng, int(LONG_BYTES / 1.7))  # about 1.85 bytes a character: cut below
    if kind == "one":
        text = text.replace("\n", " ")
    data = text.encode("utf-8")[:LONG_BYTES].decode("utf-8", "ignore")
    text = data[: gen.WORD.search(data, len(data) - 40).start()].rstrip()
    spans = gen.word_spans(rng, text, LONG_SPANS)
    path.write_text(text, encoding="utf-8")
    spans_path.write_text(json.dumps(spans))
    return _done(path, wanted), spans_path

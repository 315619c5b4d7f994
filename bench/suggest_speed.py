"""Speed of the suggestion rules over 30,000 articles (budget: under a minute, one core).

    .venv/bin/python -m bench.suggest_speed              # generated articles (bench.generate)
    .venv/bin/python -m bench.suggest_speed --corpus     # the real corpus, repeated to 30,000
    .venv/bin/python -m bench.suggest_speed --corpus --project   # ... stored in a project

Prints the time for ``annotator.suggest.suggest`` over every article beside a bare baseline
(``re.findall(r"\\w+")`` over the same texts: one C-speed pass that finds the words and does
nothing with them), their ratio, and how many suggestions of each label were made. The
corpus is read from ANNOTATOR_CORPUS or ../shared/corpus and never written anywhere.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter
from pathlib import Path

from annotator.suggest import default_rules, suggest

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = 30_000


def corpus_texts() -> list[str]:
    path = Path(
        os.environ.get("ANNOTATOR_CORPUS")
        or ROOT.parent / "shared" / "corpus" / "saudinewsnet-2015-07-23.json"
    )
    with open(path, encoding="utf-8") as f:
        texts = [a["content"] for a in json.load(f) if (a.get("content") or "").strip()]
    return [texts[i % len(texts)] for i in range(ARTICLES)]


def generated_texts() -> list[str]:
    from bench.generate import article_lengths, generated_article

    return [generated_article(i, n) for i, n in enumerate(article_lengths(ARTICLES))]


def project_run(texts: list[str]) -> int:
    """suggest_project over a project of the texts (a repeated article made unique by a
    numbered last line), as the app's background task runs it."""
    import hashlib
    import tempfile

    from annotator.store import Project
    from annotator.suggest.predictions import suggest_project

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.annot"
        with Project.create(path) as p:
            records = []
            for i, text in enumerate(texts):
                text = f"{text}\n{i}"
                records.append(
                    {
                        "name": f"{i}.txt",
                        "text": text,
                        "sha256": hashlib.sha256(text.encode()).hexdigest(),
                    }
                )
            p.add_documents(records)
        with Project.open(path) as p:
            ticks = []
            t0, c0 = time.perf_counter(), time.process_time()
            documents, added = suggest_project(p, lambda done, total: ticks.append(done))
            wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        size = path.stat().st_size
    print(f"suggest_project: {documents:,} documents, {added:,} suggestions stored")
    print(
        f"{cpu:.1f} s CPU, {wall:.1f} s wall; {len(ticks):,} progress calls; "
        f"file {size / 1e6:.0f} MB"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", action="store_true", help="the real corpus, repeated")
    ap.add_argument(
        "--project",
        action="store_true",
        help="also time 'Suggest in all documents' (rules + storing) on a 30,000-article project",
    )
    args = ap.parse_args(argv)
    texts = corpus_texts() if args.corpus else generated_texts()
    if args.project:
        return project_run(texts)
    chars = sum(map(len, texts))
    default_rules()  # compiling the rule files is start-up, not per article
    word = re.compile(r"\w+")
    c0 = time.process_time()
    for text in texts:
        word.findall(text)
    base = time.process_time() - c0
    counts: Counter = Counter()
    t0, c0 = time.perf_counter(), time.process_time()
    for text in texts:
        for s in suggest(text):
            counts[s.label] += 1
    ours, cpu = time.perf_counter() - t0, time.process_time() - c0
    data = "corpus articles, repeated" if args.corpus else "generated articles"
    print(f"{len(texts):,} {data}, {chars / 1e6:.1f} M chars")
    # The machine is shared: CPU time is what the rules cost; wall time is what was seen.
    print(
        f"suggest: {cpu:.1f} s CPU, {ours:.1f} s wall ({len(texts) / cpu:,.0f} articles/s); "
        f"budget 60 s: {'pass' if cpu < 60 else 'FAIL'}"
    )
    print(f"baseline re.findall(\\w+): {base:.2f} s CPU; ratio {cpu / base:.1f}×")
    print("suggestions: " + ", ".join(f"{n:,} {label}" for label, n in counts.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Scenarios of the headless core: import and export, each beside its bare baseline.

Every measurement runs in a fresh subprocess (``bench.tasks``); ours and the baseline
alternate, and with several repetitions the median is taken, so a neighbour's burst of CPU
load hits both sides alike.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys

from . import generate as gen
from . import projects
from .result import Row

WORK = gen.DATA / "work"


def run_task(name: str, *args) -> dict:
    """Run ``bench.tasks`` NAME ARGS in a fresh interpreter and return its JSON answer."""
    proc = subprocess.run(
        [sys.executable, "-m", "bench.tasks", name, *map(str, args)],
        cwd=gen.ROOT,
        capture_output=True,
        text=True,
    )
    if proc.returncode:
        raise RuntimeError(f"bench.tasks {name} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _alternate(ours: tuple, bare: tuple, repeat: int) -> tuple[list[dict], list[dict]]:
    a, b = [], []
    for _ in range(repeat):
        b.append(run_task(*bare))
        a.append(run_task(*ours))
    return a, b


def _median(results: list[dict], key: str = "seconds") -> float:
    return statistics.median(r[key] for r in results)


def import_rows(quick: bool) -> list[Row]:
    WORK.mkdir(parents=True, exist_ok=True)
    count = gen.QUICK_ARTICLES if quick else gen.FULL_ARTICLES
    sets = [
        ("corpus", gen.corpus_folder(), 1 if quick else 3),
        (f"gen{count}", gen.generated_folder(count), 1),
    ]
    rows = []
    for name, folder, repeat in sets:
        files = sorted(folder.glob("*.txt"))
        chars = sum(len(p.read_text(encoding="utf-8")) for p in files)  # also warms the cache
        ours, bare = _alternate(
            ("import_ours", folder, WORK / "import-ours.annot"),
            ("import_bare", folder, WORK / "import-bare.sqlite"),
            repeat,
        )
        if ours[0]["documents"] + ours[0]["skipped"] != len(files):
            raise RuntimeError(f"import of {folder} stored {ours[0]} of {len(files)} files")
        t_ours, t_bare = _median(ours), _median(bare)
        rows.append(
            Row(
                scenario="import",
                data=f"{len(files):,} .txt files, {chars / 1e6:.1f} M chars ({name})",
                ours=f"{t_ours:.2f} s ({chars / t_ours / 1e6:.1f} M chars/s)",
                baseline=f"{t_bare:.2f} s (sqlite3 executemany)",
                ratio=t_ours / t_bare,
                budget="≤ 3.0× (≥ 1/3 speed)",
                ok=t_ours <= 3 * t_bare,
                details={
                    "ours": ours,
                    "baseline": bare,
                    "files": len(files),
                    "chars": chars,
                    "peak_rss_mb_ours": max(r["peak_rss_mb"] for r in ours),
                },
            )
        )
    return rows


def export_rows(quick: bool) -> list[Row]:
    WORK.mkdir(parents=True, exist_ok=True)
    articles, spans = (gen.QUICK_ARTICLES, 100_000) if quick else (gen.FULL_ARTICLES, 1_000_000)
    db = projects.export_project(articles, spans)
    ours, bare = _alternate(
        ("export_ours", db, WORK / "export-ours.jsonl"),
        ("export_bare", db, WORK / "export-bare.jsonl"),
        1,
    )
    t_ours, t_bare = _median(ours), _median(bare)
    peak = max(r["peak_rss_mb"] for r in ours)
    same = ours[0]["sha256"] == bare[0]["sha256"]
    for p in WORK.glob("export-*.jsonl"):
        p.unlink()  # hundreds of MB each
    return [
        Row(
            scenario="export",
            data=f"{spans:,} spans over {articles:,} docs → JSONL "
            f"({ours[0]['bytes'] / 1e6:.0f} MB)",
            ours=f"{t_ours:.2f} s, peak {peak:.0f} MB",
            baseline=f"{t_bare:.2f} s, peak {bare[0]['peak_rss_mb']:.0f} MB (SELECT + orjson)",
            ratio=t_ours / t_bare,
            budget="≤ 2.0× (≥ 1/2 speed); peak < 300 MB",
            ok=t_ours <= 2 * t_bare and peak < 300,
            details={"ours": ours, "baseline": bare, "identical_output": same},
            note="" if same else "output differs from the baseline's",
        )
    ]


def search_rows(quick: bool) -> list[Row]:
    """Project-wide search over the generated articles: the first search (which builds the
    index), then single- and two-word queries, beside a bare FTS5 MATCH on the same index."""
    import random
    import shutil
    import sqlite3
    import time

    from annotator import Project

    WORK.mkdir(parents=True, exist_ok=True)
    articles, spans = (gen.QUICK_ARTICLES, 100_000) if quick else (gen.FULL_ARTICLES, 1_000_000)
    db = WORK / "search.annot"
    for suffix in ("", "-wal", "-shm"):
        (WORK / f"search.annot{suffix}").unlink(missing_ok=True)
    shutil.copyfile(projects.export_project(articles, spans), db)
    rng = random.Random(gen.SEED + 99)
    words = [w for w in gen._WORDS if len(w) >= 3]
    queries = [rng.choice(words) for _ in range(20)]
    queries += [f"{rng.choice(words)} {rng.choice(words)}" for _ in range(10)]
    with Project.open(db) as project:
        t = time.perf_counter()
        project.search(queries[0])
        first = time.perf_counter() - t
        ours = []
        for q in queries:
            t = time.perf_counter()
            hits = project.search(q)
            ours.append(time.perf_counter() - t)
            assert hits, f"no document found for {q!r}"
    bare = []
    conn = sqlite3.connect(db)
    from annotator.text import search_fold

    for q in queries:
        match = " AND ".join(f'"{w}"' for w in search_fold(q).split())
        t = time.perf_counter()
        conn.execute(
            "SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT 200",
            (match,),
        ).fetchall()
        bare.append(time.perf_counter() - t)
    conn.close()
    for suffix in ("", "-wal", "-shm"):
        (WORK / f"search.annot{suffix}").unlink(missing_ok=True)
    p50, p95 = statistics.median(ours) * 1000, sorted(ours)[int(0.95 * len(ours))] * 1000
    b95 = sorted(bare)[int(0.95 * len(bare))] * 1000
    return [
        Row(
            scenario="search",
            data=f"{articles:,} articles, {len(queries)} queries of common words (≤ 200 hits each)",
            ours=f"p50 {p50:.0f} / p95 {p95:.0f} / max {max(ours) * 1000:.0f} ms; "
            f"first search builds the index: {first:.1f} s",
            baseline=f"p95 {b95:.0f} ms (bare FTS5 MATCH, ids only)",
            ratio=p95 / b95 if b95 else None,
            budget="< 100 ms per query",
            ok=max(ours) < 0.1,
            details={"ours_s": ours, "bare_s": bare, "first_s": first, "queries": queries},
        )
    ]

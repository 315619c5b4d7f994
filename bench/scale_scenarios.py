"""Scenarios at real scale (issue 11), each beside its bare baseline.

- import with spans: 29,000 articles with about 287,000 word spans in our native JSONL;
- a big JSONL: 200,000 short records (about 92 MB), time and peak memory;
- 15 MB articles, in one paragraph and in many: open time, GUI-thread freezes, tag p95, memory.

Inputs come from ``bench/scale_data.py`` (seeded, generated on first use).
"""

from __future__ import annotations

import statistics

from annotator import Project

from . import projects
from . import scale_data as data
from .core_scenarios import WORK, _alternate, _median
from .result import Row
from .ui_scenarios import _app_missing, _na, ui_task


def _import_row(label: str, jsonl, repeat: int, memory_budget: bool) -> Row:
    WORK.mkdir(parents=True, exist_ok=True)
    ours, bare = _alternate(
        ("import_jsonl_ours", jsonl, WORK / "jsonl-ours.annot"),
        ("import_jsonl_bare", jsonl, WORK / "jsonl-bare.sqlite"),
        repeat,
    )
    for p in WORK.glob("jsonl-*"):
        p.unlink()
    if ours[0]["documents"] != bare[0]["documents"] or ours[0]["spans"] != bare[0]["spans"]:
        raise RuntimeError(f"import of {jsonl} stored {ours[0]}, the baseline {bare[0]}")
    t_ours, t_bare = _median(ours), _median(bare)
    peak = max(r["peak_rss_mb"] for r in ours)
    peak_bare = max(r["peak_rss_mb"] for r in bare)
    spans = ours[0]["spans"]
    size = jsonl.stat().st_size / 1e6
    rate = f", {spans / t_ours:,.0f} spans/s" if spans else ""
    ok = t_ours <= 3 * t_bare and (peak < 300 or not memory_budget)
    return Row(
        scenario="import JSONL",
        data=f"{label}: {ours[0]['documents']:,} records, {spans:,} spans, {size:.0f} MB",
        ours=f"{t_ours:.1f} s{rate}, peak {peak:.0f} MB",
        baseline=f"{t_bare:.1f} s, peak {peak_bare:.0f} MB (json.loads + executemany)",
        ratio=t_ours / t_bare,
        budget="≤ 3.0×" + ("; peak < 300 MB" if memory_budget else ""),
        ok=ok,
        details={"ours": ours, "baseline": bare},
    )


def import_spans_rows(quick: bool) -> list[Row]:
    return [_import_row("native, with spans", data.spans_jsonl(quick), 1, False)]


def big_jsonl_rows(quick: bool) -> list[Row]:
    return [_import_row("text-only records", data.records_jsonl(quick), 1, True)]


def _long_project(kind: str):
    txt, spans_file = data.long_article(kind)
    path = projects.FOLDER / f"long-{kind}.annot"

    def build(p) -> None:
        import json

        from . import generate as gen

        small = gen.generated_article(0, 2_000)
        text = txt.read_text(encoding="utf-8")
        with Project.create(p) as project:
            project.add_documents(
                [
                    projects._record("short.txt", small, []),
                    projects._record(txt.name, text, json.loads(spans_file.read_text())),
                ]
            )

    return projects._cached(path, {"long": kind, "bytes": data.LONG_BYTES}, build), txt


def long_article_rows(quick: bool) -> list[Row]:
    if why := _app_missing():
        return _na("15 MB article", why)
    presses = 20 if quick else 60
    rows = []
    for kind, what in (("one", "one paragraph"), ("lines", "many paragraphs")):
        source, txt = _long_project(kind)
        base = ui_task("long_bare", txt, timeout=600)
        ours = ui_task(
            "long_ours", projects.scratch_copy(source, f"long-{kind}.annot"), presses, timeout=900
        )
        opened, freeze = statistics.median(ours["open_ms"]), max(ours["freeze_ms"])
        tag = ours["tag"]
        ok = freeze <= 100 and tag["p95"] <= 16 and ours["peak_rss_mb"] < 300
        rows.append(
            Row(
                scenario="15 MB article",
                data=f"{what}, {ours['chars']:,} chars, 2,000 spans",
                ours=f"open {opened:,.0f} ms, longest freeze {freeze:,.0f} ms, tag p95 "
                f"{tag['p95']:.1f} ms, {ours['rss_mb']:.0f} MB (peak {ours['peak_rss_mb']:.0f})",
                baseline=f"open {base['open_ms'][0]:,.0f} ms, "
                f"freeze {base['freeze_ms'][0]:,.0f} ms, "
                f"{base['rss_mb']:.0f} MB (bare QPlainTextEdit)",
                ratio=opened / base["open_ms"][0],
                budget="freeze ≤ 100 ms; tag p95 ≤ 16 ms; < 300 MB",
                ok=ok,
                details={"ours": ours, "baseline": base},
            )
        )
    return rows

"""Run every benchmark scenario beside its bare baseline, print the table, save the results.

    /work/venv/bin/python bench/run.py            # the full suite (under 10 minutes)
    /work/venv/bin/python -m bench --quick        # smaller data, fewer repetitions
    /work/venv/bin/python -m bench --only import export

Writes ``bench/results.json`` (every raw figure) and, after a full run of every scenario,
``bench/RESULTS.md`` (the table and the machine). Input data is generated on first use into
``bench/data/`` (seeded; see ``bench/generate.py``) and reused afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
import traceback
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``bench`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import core_scenarios, generate, scale_scenarios, ui_scenarios  # noqa: E402
from bench.result import Row, machine, markdown_table, text_table  # noqa: E402

HERE = Path(__file__).resolve().parent
NOTES_MARK = "<!-- notes: kept across runs -->"

SCENARIOS = {
    "cold-start": ui_scenarios.cold_start_rows,
    "tag-latency": ui_scenarios.tag_latency_rows,
    "tag-link-latency": ui_scenarios.tag_link_rows,
    "tag-latency-project": ui_scenarios.tag_in_big_project_rows,
    "open-document": ui_scenarios.open_document_rows,
    "import": core_scenarios.import_rows,
    "export": core_scenarios.export_rows,
    "memory": ui_scenarios.memory_rows,
    "search": core_scenarios.search_rows,
    "import-spans": scale_scenarios.import_spans_rows,
    "big-jsonl": scale_scenarios.big_jsonl_rows,
    "long-article": scale_scenarios.long_article_rows,
}


def _failed(name: str, error: BaseException) -> Row:
    return Row(
        name,
        "",
        "error",
        "",
        None,
        "",
        False,
        details={"error": "".join(traceback.format_exception(error))},
        note=f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}",
    )


def write_results_md(rows: list[Row], info: dict, seconds: float, code: str) -> Path:
    path = HERE / "RESULTS.md"
    kept = ""
    if path.exists() and NOTES_MARK in path.read_text(encoding="utf-8"):
        kept = path.read_text(encoding="utf-8").split(NOTES_MARK, 1)[1]
    text = f"""# Benchmark results

Latest full run: {info["date"]}, `/work/venv/bin/python bench/run.py`, {seconds / 60:.1f} minutes,
measuring {code}.

Machine: {info["cpu"]}, {info["cores"]} cores (shared with other work while this ran),
{info["ram"]} RAM, {info["os"]}; Python {info["python"]}, PySide6 {info["pyside6"]},
SQLite {info["sqlite"]}.

Ratio is ours ÷ baseline in time, both measured in the same run (lower is better); "≥ 1/3
speed" means a ratio ≤ 3. Raw figures: `bench/results.json`. Data: `bench/generate.py`.

{markdown_table(rows)}

{NOTES_MARK}{kept or chr(10)}"""
    path.write_text(text, encoding="utf-8")
    return path


def use_committed_code() -> str:
    """Make every measured subprocess import ``annotator`` and ``ui`` as committed at HEAD.

    Other people edit the working tree while benchmarks run; a snapshot of HEAD (``git
    archive``) keeps a half-saved file out of the figures. Returns the commit measured.
    """
    root = HERE.parent
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    src = generate.DATA / "src"
    shutil.rmtree(src, ignore_errors=True)
    src.mkdir(parents=True)
    archive = subprocess.run(
        ["git", "archive", "HEAD", "annotator", "ui", "seeds", "resources"],
        cwd=root,
        capture_output=True,
        check=True,
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(src)], input=archive, check=True)
    # -P semantics: the child's working folder (the repo) must not shadow the snapshot.
    os.environ["PYTHONSAFEPATH"] = "1"
    os.environ["PYTHONPATH"] = os.pathsep.join([str(src), str(root)])
    return commit


def code_state() -> str:
    root = HERE.parent
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True, text=True
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "annotator", "ui"],
        cwd=root,
        capture_output=True,
        text=True,
    ).stdout.strip()
    return f"the working tree at {commit}" + (" with uncommitted changes" if dirty else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run the benchmark suite.")
    parser.add_argument("--quick", action="store_true", help="smaller data, fewer repetitions")
    parser.add_argument(
        "--only",
        nargs="+",
        choices=list(SCENARIOS),
        metavar="SCENARIO",
        help=f"run only these ({', '.join(SCENARIOS)})",
    )
    parser.add_argument(
        "--committed",
        action="store_true",
        help="measure annotator/ and ui/ as committed at HEAD, not as edited",
    )
    args = parser.parse_args(argv)
    code = f"commit {use_committed_code()} (a snapshot of HEAD)" if args.committed else code_state()
    print(f"measuring {code}", flush=True)
    names = args.only or list(SCENARIOS)
    started = time.perf_counter()
    print("preparing data …", flush=True)
    prepared = generate.generate(args.quick)
    rows: list[Row] = []
    for name in names:
        print(f"{name} …", flush=True)
        t = time.perf_counter()
        try:
            got = SCENARIOS[name](args.quick)
        except Exception as e:  # one broken scenario must not hide the others' figures
            got = [_failed(name, e)]
        for row in got:
            row.details["scenario_seconds"] = round(time.perf_counter() - t, 1)
            print(f"  {row.ours}  vs  {row.baseline}  → {row.verdict} {row.note}", flush=True)
        rows += got
    seconds = time.perf_counter() - started
    info = machine()
    print()
    print(text_table(rows))
    print(
        f"\n{'quick' if args.quick else 'full'} run: {seconds:.0f} s on {info['cpu']}, "
        f"{info['cores']} cores"
    )
    (HERE / "results.json").write_text(
        json.dumps(
            {
                "mode": "quick" if args.quick else "full",
                "seconds": seconds,
                "machine": info,
                "code": code,
                "data": prepared,
                "rows": [r.as_dict() for r in rows],
            },
            indent=1,
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    if not args.quick and not args.only:
        print(f"wrote {write_results_md(rows, info, seconds, code)}")
    return 0 if all(r.ok is not False for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())

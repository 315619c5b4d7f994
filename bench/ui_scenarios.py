"""Scenarios of the desktop app: cold start, tag latency, opening a document, memory.

Each runs in fresh subprocesses with Qt offscreen and a private HOME (so the app reads and
writes no real settings and a "first run" really is one), beside a bare Qt baseline run the
same way in the same scenario.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from . import generate as gen
from . import projects
from .result import Row

SEED = gen.ROOT / "seeds" / "000_288b31e3134d6df4.txt"


def _env(home: Path, display: str | None = None) -> dict:
    """A private HOME; Qt offscreen, or on X server ``display`` (xcb) when given."""
    platform = {"QT_QPA_PLATFORM": "xcb", "DISPLAY": display} if display else {}
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        ANNOTATOR_USER="bench",
    )
    env.update(platform)
    env.pop("ANNOTATOR_SELF_TEST", None)
    return env


def _app_missing() -> str | None:
    try:
        import importlib.util

        if importlib.util.find_spec("ui.app") and importlib.util.find_spec("ui.main_window"):
            return None
    except ImportError as e:
        return str(e)
    return "ui/app.py or ui/main_window.py is not there yet"


def _na(name: str, why: str) -> list[Row]:
    return [Row(name, "", "n/a", "", None, "", None, note=f"app not available: {why}")]


def ui_task(name: str, *args, home: Path | None = None, timeout: float = 300) -> dict:
    """Run ``bench.ui_tasks`` NAME ARGS in a fresh interpreter with a private HOME."""
    with tempfile.TemporaryDirectory(prefix="bench-home-") as tmp:
        proc = subprocess.run(
            [sys.executable, "-m", "bench.ui_tasks", name, *map(str, args)],
            cwd=gen.ROOT,
            env=_env(home or Path(tmp)),
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    lines = proc.stdout.strip().splitlines()
    if proc.returncode or not lines:
        raise RuntimeError(f"bench.ui_tasks {name} failed:\n{proc.stderr[-3000:]}")
    return json.loads(lines[-1])


# --- cold start ------------------------------------------------------------------------------


def _needle() -> str:
    """A phrase of the seed article's second paragraph (no line break in it)."""
    lines = [x for x in SEED.read_text(encoding="utf-8").splitlines() if x.strip()]
    return lines[1][:40]


def _compile_measured_code(home: Path) -> None:
    """Byte-compile ``annotator`` and ``ui`` (the copies the timed processes import).

    An installed app starts from bytecode (pip compiles at install, the frozen build ships
    .pyc); a source tree run with PYTHONDONTWRITEBYTECODE=1, as on the machine where these
    figures are taken, would compile every module on every start (~35 ms) and time that.
    ``import ui.app`` here also keeps the bytecode of PySide6's support code beside the app's
    (``ui/pyside_bytecode.py``), as the first start of an app its user can write to does.
    """
    code = (
        "import compileall, sys, annotator, ui, ui.app; sys.exit(0 if all(compileall.compile_dir("
        "p.__path__[0], quiet=1) for p in (annotator, ui)) else 1)"
    )
    env = _env(home)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run(
        [sys.executable, "-c", code],
        cwd=gen.ROOT,
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )


def _time_to_shown(mode: str, args: list[str], home: Path, display: str | None = None) -> float:
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "bench.startup", _needle(), mode, *args],
        cwd=gen.ROOT,
        env=_env(home, display),
        capture_output=True,
        text=True,
        timeout=120,
    )
    shown = [x for x in proc.stdout.splitlines() if x.startswith("shown ")]
    if not shown:
        raise RuntimeError(
            f"{mode} never showed the seed article (exit {proc.returncode}):\n{proc.stderr[-2000:]}"
        )
    return (float(shown[0].split()[1]) - started) * 1000


@contextlib.contextmanager
def xvfb():
    """A private Xvfb server for the run; yields its display name (":N")."""
    number = next(
        n
        for n in range(91, 200)
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists()
    )
    display = f":{number}"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1600x1000x24", "-noreset", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"Xvfb {display} did not start")
            time.sleep(0.05)
        yield display
    finally:
        server.terminate()
        server.wait(10)


def _cold_start(runs: int, display: str | None) -> list[Row]:
    bare, first, later = [], [], []
    with tempfile.TemporaryDirectory(prefix="bench-start-") as tmp:
        kept = Path(tmp) / "kept"  # a data folder whose default project already exists
        kept.mkdir()
        _compile_measured_code(kept)
        _time_to_shown("app", [], kept, display)
        _time_to_shown("bare", [str(SEED)], Path(tmp), display)  # both start with warm caches
        for i in range(runs):
            bare.append(_time_to_shown("bare", [str(SEED)], Path(tmp), display))
            fresh = Path(tmp) / f"fresh{i}"
            fresh.mkdir()
            first.append(_time_to_shown("app", [], fresh, display))
            later.append(_time_to_shown("app", [], kept, display))
            shutil.rmtree(fresh)
    b = statistics.median(bare)
    where = "Xvfb (xcb): first mapped frame showing it" if display else "offscreen"
    rows = []
    for what, times in (
        ("first run: creates the default project", first),
        ("later run: reopens it", later),
    ):
        m = statistics.median(times)
        rows.append(
            Row(
                scenario="cold start",
                data=f"seed article, {where}; {what}",
                ours=f"{m:.0f} ms (median of {runs})",
                baseline=f"{b:.0f} ms (bare QTextEdit)",
                ratio=m / b,
                budget="≤ 1.5×",
                ok=m <= 1.5 * b,
                details={"ours_ms": times, "baseline_ms": bare, "display": display},
            )
        )
    return rows


def cold_start_rows(quick: bool) -> list[Row]:
    if why := _app_missing():
        return _na("cold start", why)
    runs = 3 if quick else 7
    rows = _cold_start(runs, None)
    if not shutil.which("Xvfb"):
        note = "Xvfb is not installed"
        return [*rows, Row("cold start", "Xvfb (xcb)", "n/a", "", None, "≤ 1.5×", None, note=note)]
    with xvfb() as display:
        return rows + _cold_start(runs, display)


# --- tag latency -----------------------------------------------------------------------------


def _ms(s: dict) -> str:
    return f"p50 {s['p50']:.1f} / p95 {s['p95']:.1f} / max {s['max']:.1f} ms"


def tag_latency_rows(quick: bool) -> list[Row]:
    if why := _app_missing():
        return _na("tag latency", why)
    presses = 40 if quick else 150
    cases = [
        (
            "corpus",
            "largest corpus article (9,871 chars), 2,000 spans",
            projects.tagging_project("corpus"),
        ),
        (
            "big",
            "generated 1 MiB article (572 k chars), 10,000 spans",
            projects.tagging_project("big"),
        ),
    ]
    sqlite_base = ui_task("tag_bare_sqlite", gen.DATA / "work" / "bare-tag.sqlite", presses)
    rows = []
    for which, data, source in cases:
        txt, spans = projects.article_files(which)
        qt_base = ui_task("tag_bare_qt", txt, spans, presses)
        ours = ui_task("tag", projects.scratch_copy(source, f"tag-{which}.annot"), presses)
        base = qt_base["p95"] + sqlite_base["p95"]
        rows.append(
            Row(
                scenario="tag latency",
                data=data,
                ours=_ms(ours),
                baseline=f"p95 {qt_base['p95']:.1f} ms Qt key+paint + {sqlite_base['p95']:.2f} ms "
                "sqlite commit",
                ratio=ours["p95"] / base,
                budget="p95 ≤ 16 ms",
                ok=ours["p95"] <= 16,
                details={"ours": ours, "baseline_qt": qt_base, "baseline_sqlite": sqlite_base},
            )
        )
    return rows


def tag_link_rows(quick: bool) -> list[Row]:
    """Tag a claim and link it to the nearest speaker before it: '2', R, Enter (issue 13)."""
    if why := _app_missing():
        return _na("tag → link latency", why)
    presses = 15 if quick else 40
    which, data = "corpus", "largest corpus article (9,871 chars), 2,000 spans + speakers"
    txt, spans = projects.article_files(which)
    qt_base = ui_task("tag_bare_qt", txt, spans, presses)
    sqlite_base = ui_task("tag_bare_sqlite", gen.DATA / "work" / "bare-link.sqlite", presses)
    source = projects.tagging_project(which)
    ours = ui_task(
        "tag_link", projects.scratch_copy(source, f"link-{which}.annot"), presses, timeout=900
    )
    # Three key presses with a repaint each, two commits (the span, the relation).
    base = 3 * qt_base["p95"] + 2 * sqlite_base["p95"]
    per_key = ours["per_key"]
    return [
        Row(
            scenario="tag → link latency",
            data=data,
            ours=_ms(ours)
            + " for 2, R, Enter ("
            + ", ".join(f"{k} p95 {v['p95']:.1f}" for k, v in per_key.items())
            + " ms)",
            baseline=f"3 × p95 {qt_base['p95']:.1f} ms Qt key+paint + 2 × "
            f"{sqlite_base['p95']:.2f} ms sqlite commit",
            ratio=ours["p95"] / base,
            budget="each key p95 ≤ 16 ms",
            ok=all(v["p95"] <= 16 for v in per_key.values()),
            details={"ours": ours, "baseline_qt": qt_base, "baseline_sqlite": sqlite_base},
        )
    ]


def tag_in_big_project_rows(quick: bool) -> list[Row]:
    """Extra: the same key press in the 30,000-article project, where it is really used."""
    if why := _app_missing():
        return _na("tag latency (big project)", why)
    articles, spans = (gen.QUICK_ARTICLES, 100_000) if quick else (gen.FULL_ARTICLES, 1_000_000)
    source = projects.memory_project(articles, spans)
    # The window opens the project's first unfinished article, a generated one: tag that.
    ours = ui_task("tag", projects.scratch_copy(source, "tag-project.annot"), 20 if quick else 60)
    return [
        Row(
            scenario="tag latency (extra)",
            data=f"first article of the {articles:,}-article project ({spans:,} spans)",
            ours=_ms(ours),
            baseline="",
            ratio=None,
            budget="p95 ≤ 16 ms",
            ok=ours["p95"] <= 16,
            details={"ours": ours},
        )
    ]


# --- open document ---------------------------------------------------------------------------


def open_document_rows(quick: bool) -> list[Row]:
    if why := _app_missing():
        return _na("open document", why)
    repeat = 3 if quick else 7
    txt, spans = projects.article_files("big")
    base = ui_task("open_bare", txt, spans, repeat)
    ours = ui_task("open_document", projects.switching_project(), repeat)
    return [
        Row(
            scenario="open document",
            data=f"switch to the 1 MiB article ({ours['chars']:,} chars), {ours['spans']:,} spans",
            ours=f"median {ours['p50']:.0f} / max {ours['max']:.0f} ms",
            baseline=f"median {base['p50']:.0f} ms (bare QPlainTextEdit setPlainText + paint)",
            ratio=ours["p50"] / base["p50"],
            budget="≤ 300 ms",
            ok=ours["p50"] <= 300,
            details={"ours": ours, "baseline": base},
        )
    ]


# --- memory ----------------------------------------------------------------------------------


def memory_rows(quick: bool) -> list[Row]:
    if why := _app_missing():
        return _na("memory", why)
    articles, spans = (gen.QUICK_ARTICLES, 100_000) if quick else (gen.FULL_ARTICLES, 1_000_000)
    db = projects.memory_project(articles, spans)
    txt, _ = projects.article_files("big")
    base = ui_task("memory_bare", txt)
    ours = ui_task("memory", db)  # opened for writing, as the app does, but not changed
    return [
        Row(
            scenario="memory",
            data=f"{ours['documents']:,}-article project ({spans:,} spans) open, "
            "1 MiB article shown",
            ours=f"{ours['rss_mb']:.0f} MB resident (peak {ours['peak_rss_mb']:.0f} MB)",
            baseline=f"{base['rss_mb']:.0f} MB (bare QPlainTextEdit with the 1 MiB article)",
            ratio=ours["rss_mb"] / base["rss_mb"],
            budget="< 300 MB",
            ok=ours["rss_mb"] < 300,
            details={"ours": ours, "baseline": base},
        )
    ]

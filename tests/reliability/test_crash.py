"""No acknowledged tag is lost when the app is killed.

A writer process tags spans and acknowledges each one after the core's add_span returns; we
kill it with SIGKILL after a random number of acknowledgements (so it is usually in the
middle of its next transaction), reopen the project, and check that every acknowledged span
is there and the file passes integrity_check. The normal suite runs a few kills; the full run
is ``CRASH_KILLS=100 python -m pytest tests/reliability/test_crash.py`` (see README).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from annotator import Project, import_paths
from tests.conftest import ROOT, SEED

KILLS = int(os.environ.get("CRASH_KILLS", "6"))


def _make_project(tmp_path: Path) -> Path:
    path = tmp_path / "crash.annot"
    with Project.create(path) as project:
        import_paths(project, [SEED])
    return path


def _run_and_kill(path: Path, seed: int, acks_before_kill: int, batch: int = 0) -> list[tuple]:
    cmd = [
        sys.executable,
        str(Path(__file__).with_name("crash_writer.py")),
        str(path),
        "--seed",
        str(seed),
    ]
    if batch:
        cmd += ["--batch", str(batch)]
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    acked = []
    # A writer that stops acknowledging (a hang, or every tag refused) must fail the test,
    # not block it: kill it after a generous bound and let the assertion below report it.
    watchdog = threading.Timer(60, proc.kill)
    watchdog.start()
    try:
        for line in proc.stdout:
            if line.startswith("ACK "):
                acked.append(tuple(int(x) for x in line.split()[1:]))
                if len(acked) >= acks_before_kill:
                    break
    finally:
        watchdog.cancel()
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert len(acked) >= acks_before_kill, proc.stderr.read()
    return acked


def _lost(path: Path, acked: list[tuple]) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = set(conn.execute("SELECT id, start, end, label_id FROM spans"))
    finally:
        conn.close()
    return [a for a in acked if a not in rows]


def test_every_acknowledged_tag_survives_sigkill(tmp_path):
    path = _make_project(tmp_path)
    rng = random.Random(20261130)
    total_acked = []
    for kill in range(KILLS):
        acked = _run_and_kill(path, seed=kill, acks_before_kill=rng.randint(1, 60))
        total_acked += acked
        # Reopening through the core (as the app does after a crash) must work too.
        with Project.open(path) as project:
            assert project.check() == []
        assert _lost(path, total_acked) == [], f"lost acknowledged spans after kill {kill + 1}"
    assert len(total_acked) >= KILLS


def test_crash_check_catches_a_writer_that_acknowledges_before_committing(tmp_path):
    """Negative control: a writer that batches commits loses acknowledged tags; we see it."""
    path = _make_project(tmp_path)
    acked = _run_and_kill(path, seed=1, acks_before_kill=25, batch=1000)
    with pytest.raises(AssertionError):
        assert _lost(path, acked) == []

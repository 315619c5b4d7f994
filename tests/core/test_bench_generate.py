"""bench/generate.py without the corpus: one line saying where it looked and what to pass."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_generate_without_the_corpus_says_where_it_looked_in_one_line(tmp_path):
    missing = tmp_path / "nowhere" / "corpus.json"
    env = {**os.environ, "ANNOTATOR_CORPUS": str(missing)}
    done = subprocess.run(
        [sys.executable, "-m", "bench.generate", "--quick"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr  # no traceback
    assert str(missing) in lines[0]
    assert "ANNOTATOR_CORPUS=" in lines[0]

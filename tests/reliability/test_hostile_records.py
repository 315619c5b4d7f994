"""Import records that would make the project unexportable, or that lie about their hash,
are refused (the line named, nothing imported) or stored as what they are; the CLI answers
every one with one clear line, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.conftest import run_cli

TEXT = "قال المتحدث باسم الوزارة إن النمو في الرياض بلغ"


def _import(tmp_path: Path, *lines: str):
    path = tmp_path / "p.annot"
    records = tmp_path / "in.jsonl"
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, run_cli("import", path, records)


GOOD = json.dumps({"name": "good", "text": TEXT})


def _line(meta: str) -> str:
    return '{"name": "a", "text": "' + TEXT + '", "meta": ' + meta + "}"


@pytest.mark.parametrize(
    "line, reason",
    [
        (_line('{"n": 18446744073709551616}'), "64-bit"),
        (_line('{"n": ' + "9" * 5000 + "}"), "64-bit"),
        (_line('{"n": NaN}'), "NaN"),
        (_line('{"n": -Infinity}'), "Infinity"),
        (_line('{"n": 1e999}'), "too large"),
        (_line("[" * 300 + "]" * 300), "nested"),
        (_line("[" * 100000 + "]" * 100000), "nested"),
    ],
    ids=["2**64", "5000-digits", "NaN", "-Infinity", "1e999", "300-deep", "100000-deep"],
)
def test_a_record_that_would_make_the_project_unexportable_is_refused(tmp_path, line, reason):
    path, done = _import(tmp_path, GOOD, line)
    err = done.stderr.decode()
    assert done.returncode == 1, err
    assert "in.jsonl" in err and "line 2" in err and reason in err, err
    assert "Traceback" not in err
    assert not path.exists()  # nothing half-done: not even the new project


@pytest.mark.parametrize("command", ["export", "show", "stats", "labels", "claims"])
def test_disk_full_on_standard_output_is_one_line(tmp_path, command):
    path, done = _import(tmp_path, GOOD)
    assert done.returncode == 0
    # Buffered, as a user's shell runs it (PYTHONUNBUFFERED would write at each print).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "annotator.cli", command, str(path)],
            stdout=full,
            stderr=subprocess.PIPE,
            env=env,
            timeout=60,
        )
    err = done.stderr.decode()
    assert done.returncode == 1, err
    assert "standard output" in err and "Traceback" not in err and "Exception" not in err
    assert len(err.strip().splitlines()) == 1, err

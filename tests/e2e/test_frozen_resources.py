"""Resources are found by package path, never the current folder: from source and frozen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json
from annotator.paths import resource, seed_articles
print(json.dumps({
    "seeds": [str(p) for p in seed_articles()],
    "icon": str(resource("icons/annotator.svg")),
    "png": str(resource("icons/annotator.png")),
    "licence": str(resource("licenses/NotoNaskhArabic.txt")),
    "desktop": str(resource("annotator.desktop")),
}))
"""


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        args,
        cwd=cwd,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=180,
    )


def test_paths_helpers_return_existing_files_from_another_folder(tmp_path):
    result = _run([sys.executable, "-c", PROBE], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert [Path(p).name for p in found["seeds"]] == ["000_288b31e3134d6df4.txt"]
    for path in [*found["seeds"], found["icon"], found["png"], found["licence"], found["desktop"]]:
        assert Path(path).is_file(), path
        assert Path(path).is_relative_to(ROOT), path  # the package's files, not the cwd's


def test_the_app_checks_itself_from_another_folder(tmp_path):
    result = _run([sys.executable, "-m", "annotator", "gui", "--self-test"], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1])["ok"] is True
    assert list(tmp_path.iterdir()) == []  # nothing written into the current folder


# The frozen build's own self-test (the same --self-test, run from another folder) is in
# scripts/build-and-test, which .ci/run calls after the test suite.

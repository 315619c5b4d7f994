"""A non-editable install (``pip install .``) carries every package and data file.

The editable install the README uses finds everything in the source tree, so a package or a
data file missing from ``pyproject.toml`` goes unseen there; a user who runs ``pip install .``
(or a wheel built from it) gets an ``annotator`` that cannot start. This test installs the
tracked files into a fresh virtual environment, runs the installed ``annotator --help`` from an
empty folder, imports every package and looks for every data file, all from the install.

Cheap on purpose (a few seconds): the new environment sees the test environment's
dependencies through a ``.pth`` file instead of installing PySide6 again, and the wheel is built
without build isolation (setuptools comes with the test extra), so nothing is downloaded.
"""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE_ROOTS = ("annotator", "ui", "resources", "seeds")

pytestmark = pytest.mark.slow


def _tracked_files() -> list[str]:
    """The files a clone has: git's list when there is one, else the tree without build output."""
    if (ROOT / ".git").exists() and shutil.which("git"):
        out = subprocess.run(
            ["git", "ls-files", "-z", "--", *PACKAGE_ROOTS, "pyproject.toml", "README.md"],
            cwd=ROOT,
            capture_output=True,
            check=True,
        ).stdout
        return [name for name in out.decode().split("\0") if name and (ROOT / name).is_file()]
    found = []
    for top in PACKAGE_ROOTS:
        for path in (ROOT / top).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                found.append(str(path.relative_to(ROOT)))
    return found + ["pyproject.toml", "README.md"]


def _packages(files: list[str]) -> list[str]:
    return sorted(
        str(Path(name).parent).replace("/", ".")
        for name in files
        if Path(name).name == "__init__.py"
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """(venv python, tracked files) after ``pip install --no-deps`` of a copy of the tree."""
    tmp = tmp_path_factory.mktemp("install")
    source = tmp / "source"
    files = _tracked_files()
    for name in files:
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, source / name)
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / ("Scripts" if os.name == "nt" else "bin") / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # The dependencies come from this environment. Only the site folders themselves are
    # listed: the editable install's own .pth (which maps `annotator` to the source tree)
    # is not read from a folder added this way.
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    ours.update(site.getsitepackages())
    Path(purelib, "_test_dependencies.pth").write_text("\n".join(sorted(ours)) + "\n")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps"]
        + ["--no-build-isolation", "--no-index", str(source)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return python, files, Path(purelib)


def _clean_env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def test_the_installed_command_runs_from_an_empty_folder(installed, tmp_path):
    python, _, _ = installed
    command = python.parent / ("annotator.exe" if os.name == "nt" else "annotator")
    assert command.is_file(), "pip did not install the annotator command"
    run = subprocess.run(
        [str(command), "--help"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=_clean_env(tmp_path),
    )
    assert run.returncode == 0, run.stderr
    assert "import" in run.stdout and "export" in run.stdout
    # A command that needs the store, the formats and the seeds: a project with the sample.
    seed = next(ROOT.glob("seeds/*.txt"))
    project = tmp_path / "p.annot"
    run = subprocess.run(
        [str(command), "import", str(project), str(seed)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=_clean_env(tmp_path),
    )
    assert run.returncode == 0, run.stderr
    run = subprocess.run(
        [str(command), "export", str(project), "--format", "brat", "-o", str(tmp_path / "b")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=_clean_env(tmp_path),
    )
    assert run.returncode == 0, run.stderr


def test_every_package_and_data_file_is_installed(installed, tmp_path):
    python, files, purelib = installed
    packages = _packages(files)
    assert {
        "annotator.store",
        "annotator.formats",
        "annotator.extract",
        "annotator.suggest",
    } <= set(packages)
    data = [
        name for name in files if name.split("/")[0] in PACKAGE_ROOTS and not name.endswith(".py")
    ]
    assert data  # rules, the catalogue, icons, the seed
    probe = (
        "import importlib, sys\n"
        "for name in sys.argv[1:]:\n"
        "    module = importlib.import_module(name)\n"
        "    print(name, module.__file__)\n"
    )
    run = subprocess.run(
        [str(python), "-c", probe, *packages],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=_clean_env(tmp_path),
    )
    assert run.returncode == 0, run.stderr[-3000:]
    where = dict(line.split(" ", 1) for line in run.stdout.splitlines())
    outside = {name: path for name, path in where.items() if not path.startswith(str(purelib))}
    assert outside == {}, "imported from outside the install"
    missing = [name for name in data if not (purelib / name).is_file()]
    assert missing == []
    # The suggestion rules load their JSON by package path, as the app does.
    run = subprocess.run(
        [str(python), "-c", "from annotator.suggest import load_rules; print(load_rules().source)"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=_clean_env(tmp_path),
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stdout.strip().startswith(str(purelib))

"""Shared test set-up: Qt offscreen, and no test touches the real settings or data folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Before any Qt import: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_288b31e3134d6df4.txt"
CORPUS = ROOT.parent / "shared" / "corpus" / "saudinewsnet-2015-07-23.json"


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory, monkeypatch):
    """Point HOME and the XDG folders at a temporary folder for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("ANNOTATOR_USER", "tester")


@pytest.fixture
def seed_text() -> str:
    with open(SEED, encoding="utf-8", newline="") as f:
        return f.read()


@pytest.fixture(scope="session")
def corpus() -> list[dict]:
    """The 1,318 real articles in ../shared/corpus (the test fails if they are missing)."""
    import json

    assert CORPUS.exists(), f"the shared corpus is missing: {CORPUS}"
    with open(CORPUS, encoding="utf-8") as f:
        return json.load(f)

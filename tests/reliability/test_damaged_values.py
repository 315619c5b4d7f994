"""A project whose values no version writes where the app does not judge them on opening (a
document's details or text, read only when the document is): the article still opens, and an
export says which document is damaged instead of failing with a traceback."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotator import Project
from tests.core.conftest import add_text, run_cli
from tests.ui.app_fixtures import OFFSCREEN_NOISE, open_window, settings_files  # noqa: F401

ARTICLE = "قال المتحدث باسم الوزارة إن النمو في الرياض بلغ ٣٫٥٪ هذا العام"


def _project(path: Path, sql: str) -> int:
    with Project.create(path) as p:
        doc = add_text(p, ARTICLE)
        p.add_span(doc, 0, 3, p.labels()[0].id)
    conn = sqlite3.connect(path)
    conn.executescript(sql)
    conn.close()
    return doc


DAMAGED = {
    "meta": ("UPDATE documents SET meta = '{not json';", "its details (meta) are damaged"),
    "deep meta": (
        "UPDATE documents SET meta = printf('%.*c', 100000, '[');",
        "its details (meta) are damaged",
    ),
    "text": ("UPDATE documents SET text = CAST(text AS BLOB);", "its text is damaged"),
}


@pytest.mark.parametrize("what", DAMAGED)
def test_a_damaged_document_opens_and_its_export_says_which(tmp_path, what):
    sql, reason = DAMAGED[what]
    path = tmp_path / "gift.annot"
    doc = _project(path, sql)
    with Project.open(path) as p:
        document = p.document(doc)
        assert document.text == ARTICLE and isinstance(document.meta, dict)
        assert p.read_text(doc) == ARTICLE
    done = run_cli("export", path, "-o", tmp_path / "out.jsonl")
    err = done.stderr.decode()
    assert done.returncode == 1 and f"document {doc}: {reason}" in err, err
    assert "Traceback" not in err
    done = run_cli("check", path)  # lists it
    out, err = done.stdout.decode(), done.stderr.decode()
    assert done.returncode == 1 and f"document {doc}: {reason}" in out, out + err


def test_check_lists_a_length_that_is_not_the_text_s(tmp_path):
    path = tmp_path / "gift.annot"
    doc = _project(path, "UPDATE documents SET length = 1000;")
    done = run_cli("check", path)
    out = done.stdout.decode()
    assert done.returncode == 1 and f"document {doc}: its length is 1000, its text" in out, out


@OFFSCREEN_NOISE
def test_the_app_opens_a_project_with_a_damaged_document(qtbot, open_window, tmp_path):  # noqa: F811
    path = tmp_path / "gift.annot"
    _project(path, DAMAGED["meta"][0] + DAMAGED["text"][0])
    window = open_window(project_path=path)
    assert window.view.text() == ARTICLE


def test_show_lists_a_relation_whose_span_is_missing(tmp_path):
    path = tmp_path / "gift.annot"
    doc = _project(
        path,
        "PRAGMA foreign_keys = OFF; INSERT INTO relations (document_id, from_span_id, "
        "to_span_id, type_id, created_at) VALUES (1, 1, 999, 1, 'x');",
    )
    done = run_cli("show", path, str(doc))
    out, err = done.stdout.decode(), done.stderr.decode()
    assert done.returncode == 0 and "Traceback" not in err, err
    assert "1 → 999" in out and out.rstrip().endswith("→ ?")

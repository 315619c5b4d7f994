"""A crafted project with bytes (a BLOB) where this version writes only text, in each column
in turn: opening refuses it (the small tables) or the window says so (a document's spans);
``export`` says so in one line, never a ``TypeError`` from the JSON writer; ``check`` names
the column. Before: an attribute's key as bytes broke the window's actions after the first
frame, and a span's note, a relation's annotator or a document's hash as bytes ended an
export in a traceback while ``check`` said all was well."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from annotator import AnnotatorError, Project
from annotator import cli as cli_module
from annotator.errors import UntrustedProjectError
from annotator.store.schema_check import _text_columns
from annotator.suggest import suggest

DATA = Path(__file__).parent / "data"  # files the earlier releases wrote
BYTES = bytes.fromhex("c3a9ff41")  # not UTF-8
TEXT = "قال الوزير إن النمو بلغ 5% في الرياض"
#: Columns whose bytes the opening refuses (tables read whole at every opening).
REFUSED_AT_OPEN = {
    ("labels", "name"), ("labels", "color"), ("labels", "key"), ("labels", "letter"),
    ("documents", "name"), ("relation_types", "name"), ("relation_types", "color"),
    ("attributes", "name"), ("attributes", "key"), ("attribute_values", "value"),
}  # fmt: skip


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """A project with a document, two spans with a note, a said link, an attribute value
    and suggestions: a row in every table with a text column."""
    path = tmp_path_factory.mktemp("base") / "base.annot"
    with Project.create(path) as p:
        p.add_documents([{"name": "a.txt", "text": TEXT, "sha256": "0" * 64}])
        (doc,) = [d.id for d in p.documents()]
        labels = {label.name: label.id for label in p.labels()}
        speaker = p.add_span(doc, 0, 3, labels["speaker"], annotator="a", note="n")
        claim = p.add_span(doc, 4, 10, labels["claim"], annotator="a", note="n")
        p.add_relation(claim, speaker, annotator="a")
        attribute = next(a for a in p.attributes() if a.values)
        span = speaker if attribute.label_id == labels["speaker"] else claim
        p.set_span_attribute(span.id, attribute.name, attribute.values[0])
        p.add_suggestions(doc, suggest(TEXT), source="rules")
    conn = sqlite3.connect(path)  # a curation decision (what a team merge records)
    with conn:
        conn.execute(
            "INSERT INTO decisions (document_id, start, end, choice, versions, span_ids, "
            "decided_by, decided_at) VALUES (1, 0, 3, 'speaker', '[]', '[]', 'a', 'now')"
        )
    conn.close()
    return path


def _crafted(base, tmp_path, table: str, column: str):
    path = tmp_path / f"{table}.{column}.annot"
    shutil.copy(base, path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        changed = conn.execute(
            f"UPDATE {table} SET {column} = ? WHERE rowid = (SELECT min(rowid) FROM {table})",
            (BYTES,),
        ).rowcount
    conn.close()
    return path if changed else None


def _columns():
    checked = {("document_state", "status"), ("relation_type_labels", "side")}  # CHECK-ed
    pairs = [(table, column) for table, names in _text_columns().items() for column in names]
    return [c for c in pairs if c not in checked]


@pytest.mark.parametrize(("table", "column"), _columns(), ids=lambda v: v)
def test_bytes_in_a_text_column_are_refused_or_told_never_a_traceback(
    base, tmp_path, capsys, table, column
):
    path = _crafted(base, tmp_path, table, column)
    if path is None:
        pytest.skip(f"{table} has no row in the base project")  # pragma: no cover
    if (table, column) in REFUSED_AT_OPEN:
        with pytest.raises(UntrustedProjectError):
            Project.open(path).close()
    assert cli_module.main(["check", str(path)]) == 1
    assert f"{table}.{column} holds 1 value stored as bytes, not text" in capsys.readouterr().out
    try:
        with Project.open(path, readonly=True) as p:
            from annotator.formats import export

            with open(tmp_path / "out.jsonl", "wb") as out:
                export(p, out)
    except AnnotatorError:
        pass  # said in one line (the CLI prints it); a TypeError would fail the test


def test_every_column_of_the_base_project_is_crafted(base, tmp_path):
    """The test above covers every text column (none skipped for lack of a row)."""
    assert all(_crafted(base, tmp_path, t, c) for t, c in _columns())


def test_a_fresh_project_holds_no_values_its_opening_would_refuse(tmp_path):
    with Project.create(tmp_path / "p.annot") as p:
        assert p.check() == []


@pytest.mark.parametrize("version", [5, 6])
def test_an_older_file_is_checked_before_its_upgrade(tmp_path, version):
    """Schema 5 and 6 files have these tables too: their values are refused before the
    upgrade (which would have carried them into a current file unchecked)."""
    path = tmp_path / "old.annot"
    shutil.copy(DATA / f"schema{version}_release.annot", path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "UPDATE attributes SET key = ? WHERE id = (SELECT min(id) FROM attributes)", (BYTES,)
        )
        conn.execute("UPDATE relation_types SET color = 'red'")
    conn.close()
    made = path.read_bytes()
    with pytest.raises(UntrustedProjectError, match="has a key that is not one character"):
        Project.open(path).close()
    assert path.read_bytes() == made  # not upgraded


def test_check_lists_a_missing_text_column_instead_of_failing_on_it(tmp_path, capsys):
    path = tmp_path / "p.annot"
    Project.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE spans DROP COLUMN note")
    conn.commit()
    conn.close()
    assert cli_module.main(["check", str(path)]) == 1
    assert "table spans lacks columns note" in capsys.readouterr().out

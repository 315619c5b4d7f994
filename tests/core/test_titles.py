"""Document titles: the article's first line, or the title of JSON input, and renaming."""

from __future__ import annotations

import json
import sqlite3

import pytest

from annotator import DocumentError, Project, import_paths

from .conftest import add_text


def test_a_text_article_is_listed_by_its_first_line(project):
    add_text(project, "\n  كازاخستان:  نجونا من محاولة انقلاب  \nقال الرئيس", "000_288b31e3.txt")
    (info,) = project.documents()
    assert info.title == "كازاخستان: نجونا من محاولة انقلاب"
    assert info.name == "000_288b31e3.txt"
    assert project.document_title(info.id) == info.title
    assert project.document_info(info.id).title == ""  # an edit's quick read leaves it out


def test_a_long_first_line_is_cut(project):
    add_text(project, "كلمة " * 200)
    (info,) = project.documents()
    assert len(info.title) == 120 and info.title.endswith("…")


def test_json_input_is_listed_by_its_title(project, tmp_path):
    corpus = tmp_path / "articles.json"
    corpus.write_text(
        json.dumps([{"title": "عنوان الخبر", "content": "نص الخبر الأول\nسطر"}]), "utf-8"
    )
    lines = tmp_path / "native.jsonl"
    lines.write_text(json.dumps({"title": "عنوان آخر", "text": "نص آخر"}) + "\n", "utf-8")
    import_paths(project, [corpus, lines])
    assert sorted(d.title for d in project.documents()) == ["عنوان آخر", "عنوان الخبر"]


def test_renaming_is_kept_and_undone_by_renaming_back(project, project_path):
    doc = add_text(project, "السطر الأول\nالثاني")
    assert project.rename_document(doc, "  خبر   مهم ") is None
    with Project.open(project_path, readonly=True) as other:
        assert other.document_title(doc) == "خبر مهم"
        assert other.document(doc).meta["title"] == "خبر مهم"  # exported with the document
    assert project.rename_document(doc, None) == "خبر مهم"
    assert project.document_title(doc) == "السطر الأول"
    with pytest.raises(DocumentError):
        project.rename_document(999, "x")


def test_damaged_details_do_not_break_the_list(project, project_path):
    doc = add_text(project, "السطر الأول")
    with sqlite3.connect(project_path) as conn:
        conn.execute("UPDATE documents SET meta = '{not json' WHERE id = ?", (doc,))
    conn.close()
    assert project.documents()[0].title == "السطر الأول"
    with pytest.raises(DocumentError, match="damaged"):
        project.rename_document(doc, "x")

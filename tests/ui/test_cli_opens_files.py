"""`annotator FILE...` and `annotator gui FILE` (a file manager's double-click) reach the app."""

from __future__ import annotations

import pytest

from annotator import cli


@pytest.fixture
def started(monkeypatch):
    import ui.app

    calls = []
    monkeypatch.setattr(
        ui.app, "run", lambda project, files, self_test=None: calls.append((project, files)) or 0
    )
    return calls


def test_an_article_given_to_gui_is_imported_into_the_default_project(tmp_path, started):
    article = tmp_path / "a.txt"
    article.write_text("قال الرئيس", encoding="utf-8")
    assert cli.main(["gui", str(article)]) == 0
    assert started == [(None, [str(article)])]


def test_plain_annotator_with_articles_starts_the_app_on_them(tmp_path, started):
    a, b = tmp_path / "a.txt", tmp_path / "b.jsonl"
    a.write_text("x", encoding="utf-8")
    b.write_text("{}", encoding="utf-8")
    assert cli.main([str(a), str(b)]) == 0
    assert started == [(None, [str(a), str(b)])]


def test_a_project_and_articles_open_that_project(tmp_path, started):
    article = tmp_path / "a.txt"
    article.write_text("x", encoding="utf-8")
    project = str(tmp_path / "news.annot")
    assert cli.main([project, str(article)]) == 0
    assert cli.main(["gui", project, str(article)]) == 0
    assert started == [(project, [str(article)])] * 2


def test_a_mistyped_command_is_an_error_not_a_new_project(tmp_path, started, capsys):
    with pytest.raises(SystemExit) as e:
        cli.main(["exprot", "p.annot"])
    assert e.value.code == 2 and started == []
    assert "invalid choice" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["page.html", "report.docx", "agency.pdf", "Page.HTM"])
def test_web_pages_word_files_and_pdfs_start_the_app_on_them(tmp_path, started, name):
    article = tmp_path / name
    article.write_bytes(b"x")
    assert cli.main([str(article)]) == 0
    assert cli.main(["gui", str(article)]) == 0
    assert started == [(None, [str(article)])] * 2

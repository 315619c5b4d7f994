"""Searching a project: every word must be there; harakat, tatweel and letter forms don't
matter; a word is found inside longer ones (with its clitics)."""

from __future__ import annotations

import sqlite3

from annotator import Project
from tests.core.conftest import add_text, run_cli

VOCALISED = "قالَ الرَّئيسُ إنَّ المدرسةَ في كازاخستان مغلقة"
PLAIN = "أعلنت الوزارة أن مدارس وكازاخستان ستفتح، وقال مسؤول إن المـــدرسة جاهزة"
OTHER = "خبر عن الطقس في الرياض"


def _project(path):
    p = Project.create(path)
    ids = [add_text(p, t) for t in (VOCALISED, PLAIN, OTHER)]
    return p, ids


def test_search_ignores_harakat_tatweel_and_letter_forms(project_path):
    p, (vocalised, plain, _) = _project(project_path)
    with p:
        found = {h.document_id: h for h in p.search("المدرسه")}  # ه for ة, no harakat
        assert set(found) == {vocalised, plain}
        hit = found[vocalised]
        assert p.document(vocalised).text[hit.start : hit.end] == "المدرسةَ"
        assert p.document(plain).text[found[plain].start : found[plain].end] == "المـــدرسة"
        assert {h.document_id for h in p.search("الرئيس")} == {vocalised}
        assert {h.document_id for h in p.search("اعلنت")} == {plain}  # ا for أ


def test_every_word_must_be_there_and_is_found_inside_longer_words(project_path):
    p, (vocalised, plain, other) = _project(project_path)
    with p:
        assert {h.document_id for h in p.search("كازاخستان")} == {vocalised, plain}
        assert {h.document_id for h in p.search("كازاخستان مغلقة")} == {vocalised}
        assert p.search("كازاخستان الطقس") == []
        assert p.search("في") == []  # words under three letters are not searched


def test_the_index_follows_imports_and_deletions(project_path):
    p, (vocalised, plain, other) = _project(project_path)
    with p:
        assert {h.document_id for h in p.search("الرياض")} == {other}
        assert {h.document_id for h in p.search("الطقس")} == {other}  # known to be complete
        later = add_text(p, "وصل الوفد إلى الرياض أمس")
        assert {h.document_id for h in p.search("الرياض")} == {other, later}
        p.delete_document(other)
        assert {h.document_id for h in p.search("الرياض")} == {later}
        assert p.check() == []


def test_a_read_only_project_without_an_index_is_searched_by_a_scan(project_path):
    p, (vocalised, plain, _) = _project(project_path)
    p.close()
    with Project.open(project_path, readonly=True) as ro:
        assert {h.document_id for h in ro.search("المدرسة")} == {vocalised, plain}


def test_search_on_the_command_line(project_path):
    p, (vocalised, plain, _) = _project(project_path)
    p.close()
    done = run_cli("search", project_path, "كازاخستان", "مغلقة")
    assert done.returncode == 0, done.stderr.decode()
    out = done.stdout.decode()
    assert out.split()[0] == str(vocalised) and "1 document found" in done.stderr.decode()


def test_a_read_only_view_finds_documents_the_index_does_not_cover_yet(project_path):
    p, (vocalised, plain, other) = _project(project_path)
    with p:
        p.search("الرياض")  # builds the index
        later = add_text(p, "وصل الوفد إلى الرياض أمس")  # not indexed until the next search
        with Project.open(project_path, readonly=True) as ro:
            assert {h.document_id for h in ro.search("الرياض")} == {other, later}


def test_a_read_only_view_sees_that_another_connection_added_a_document_since_its_last_search(
    project_path,
):
    p, (vocalised, plain, other) = _project(project_path)
    with p:
        p.search("الرياض")  # builds the index
        with Project.open(project_path, readonly=True) as ro:
            assert {h.document_id for h in ro.search("الرياض")} == {other}  # index complete
            later = add_text(p, "وصل الوفد إلى الرياض أمس")  # not indexed until p searches
            # ro changed no row since: SQLite's data_version tells it the file did change
            assert {h.document_id for h in ro.search("الرياض")} == {other, later}


def test_best_first_the_word_often_in_a_short_article_before_once_in_a_long_one(project_path):
    filler = " ".join(["خبر عن الطقس في مدينة بعيدة"] * 30)
    with Project.create(project_path) as p:
        once_long = add_text(p, f"{filler} وقال الناطق إن الفيضانات انحسرت {filler}", "long")
        once_short = add_text(p, "وقال الناطق إن الفيضانات انحسرت أمس", "short")
        often = add_text(p, "الفيضانات ثم الفيضانات: حذر من الفيضانات في الوادي", "often")
        assert [h.document_id for h in p.search("الفيضانات")] == [often, once_short, once_long]
        assert [h.matches for h in p.search("الفيضانات")] == [3, 1, 1]
        # the limit keeps the best, not the first stored
        assert [h.document_id for h in p.search("الفيضانات", limit=1)] == [often]


def test_a_search_waits_for_no_writer_once_the_index_is_up_to_date(project_path):
    p, (vocalised, plain, _) = _project(project_path)
    with p:
        p.search("المدرسة")  # builds the index
        other = sqlite3.connect(project_path, timeout=0)
        try:
            other.execute("BEGIN IMMEDIATE")  # another process is saving a long import
            # before: the search took the write lock to look for new documents, waited
            # the busy timeout (5 s) and failed with "cannot save"
            assert {h.document_id for h in p.search("المدرسة")} == {vocalised, plain}
        finally:
            other.rollback()
            other.close()


def _many(p: Project, n: int = 60) -> None:
    """``n`` short articles drawn from a few words: most hold each word, some often."""
    import random

    rng = random.Random(n)
    words = ["الفيضانات", "الوزارة", "مدرسة", "الرياض", "أمس", "وقال", "خبر", "الطقس"]
    for i in range(n):
        add_text(p, " ".join(rng.choices(words, k=rng.randint(3, 40))), f"a{i}")


def _ranked_by_one_statement(p: Project, query: str, limit: int) -> list:
    from annotator.store import search

    split_from = search.SPLIT_FROM
    search.SPLIT_FROM = 10**9
    try:
        return p.search(query, limit=limit)
    finally:
        search.SPLIT_FROM = split_from


def test_a_large_index_ranked_in_two_halves_at_once_gives_the_one_statement_order(
    project_path, monkeypatch
):
    from annotator.store import file, search

    with Project.create(project_path) as p:
        _many(p)
        queries = ["الفيضانات", "الوزاره", "مدرسه الرياض", "خبر امس الطقس"]
        expected = {(q, n): _ranked_by_one_statement(p, q, n) for q in queries for n in (5, 200)}
        opened = []
        connect = file.connect
        monkeypatch.setattr(search, "SPLIT_FROM", 1)
        monkeypatch.setattr(search.os, "cpu_count", lambda: 2)
        monkeypatch.setattr(file, "connect", lambda *a, **k: opened.append(a) or connect(*a, **k))
        for (q, n), hits in expected.items():
            assert hits and p.search(q, limit=n) == hits
        # the upper half ranked on a connection of its own, opened once and kept
        assert len(opened) == 1


def test_closing_the_project_closes_the_second_connection_of_its_searches(
    project_path, monkeypatch
):
    from pathlib import Path

    from annotator.store import search

    monkeypatch.setattr(search, "SPLIT_FROM", 1)
    monkeypatch.setattr(search.os, "cpu_count", lambda: 2)
    with Project.create(project_path) as p:
        _many(p)
        p.search("الفيضانات")  # builds the index
        p.search("الوزاره")  # ranks the upper half on the second connection, kept open
        assert p._search_conn is not None
    # the last connection to the file closed: SQLite removed the WAL and its index
    assert not Path(f"{project_path}-wal").exists()
    assert not Path(f"{project_path}-shm").exists()


def test_the_upper_half_is_not_ranked_in_another_file_now_at_the_project_path(
    project_path, tmp_path, monkeypatch
):
    from annotator.store import search

    other_path = tmp_path / "other.annot"
    for path, n in ((other_path, 80), (project_path, 60)):
        with Project.create(path) as p:
            _many(p, n)  # the same words in other documents: other hits
            p.search("الفيضانات")  # builds the index
    with Project.open(project_path, readonly=True) as p:
        expected = _ranked_by_one_statement(p, "الفيضانات", 200)
        monkeypatch.setattr(search, "SPLIT_FROM", 1)
        monkeypatch.setattr(search.os, "cpu_count", lambda: 2)
        other_path.replace(project_path)  # p still reads its own file, now nameless
        assert p.search("الفيضانات", limit=200) == expected


def test_the_upper_half_is_not_ranked_in_a_copy_holding_a_trigger(
    project_path, tmp_path, monkeypatch
):
    import shutil

    from annotator.store import search
    from annotator.text import search_fold

    with Project.create(project_path) as p:
        _many(p)
        p.search("الفيضانات")  # builds the index
        last = p.document(60)
    forged = tmp_path / "forged.annot"
    shutil.copyfile(project_path, forged)  # same identity, same count of writes
    conn = sqlite3.connect(forged)
    with conn:  # the last article leaves the copy's index; a trigger comes in
        conn.execute(
            "INSERT INTO search_index (search_index, rowid, body) VALUES ('delete', 60, ?)",
            (search_fold(last.text),),
        )
        conn.execute("CREATE TRIGGER t AFTER INSERT ON labels BEGIN SELECT 1; END")
    conn.close()
    with Project.open(project_path, readonly=True) as p:
        expected = _ranked_by_one_statement(p, "الفيضانات", 200)
        assert 60 in {h.document_id for h in expected}
        monkeypatch.setattr(search, "SPLIT_FROM", 1)
        monkeypatch.setattr(search.os, "cpu_count", lambda: 2)
        forged.replace(project_path)
        assert p.search("الفيضانات", limit=200) == expected

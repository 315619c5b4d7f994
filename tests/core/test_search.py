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

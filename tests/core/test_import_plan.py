"""The import plan: every file read once, and what is skipped said as a kind with its data.

Also the entry points that once let a lone surrogate through to SQLite (a traceback), and
a BOM kept when the encoding is named.
"""

from __future__ import annotations

import codecs
import json
import os

import arabic_reshaper
import pytest

from annotator import FormatError, Project
from annotator.importer import apply_plan, import_paths, plan_import
from annotator.model import SkipKind

from .conftest import fingerprint, run_cli

TEXT = "قال المتحدث إن النمو في الرياض بلغ 3.5%"
RESHAPED = arabic_reshaper.reshape("قال الوزير إن الاجتماع انتهى")


def _jsonl(path, *records):
    lines = (r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records)
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _labels(project) -> set[str]:
    return {label.name for label in project.labels()}


@pytest.fixture
def files(tmp_path):
    """One file of every kind the plan tells apart."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "plain.txt").write_text(TEXT, encoding="utf-8")
    (folder / "reshaped.txt").write_text(RESHAPED, encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    _jsonl(folder / "broken.jsonl", {"text": "خبر سليم"}, "{oops", {"text": 5})
    _jsonl(
        folder / "quotes.jsonl",
        {"text": "خبر أول", "label": [[0, 3, "quote"], [4, 7, "speaker"]]},
        {"text": "خبر ثان", "label": [[0, 3, "source"], [4, 7, "quote"]]},
    )
    return folder


def test_the_plan_says_what_is_skipped_as_kinds_with_their_data(project, files):
    plan = plan_import([files], _labels(project))
    by_name = {skip.source.rsplit("/", 1)[-1]: skip for skip in plan.skipped}
    assert {name: s.kind for name, s in by_name.items()} == {
        "binary.txt": SkipKind.UNREADABLE,
        "broken.jsonl": SkipKind.MALFORMED,
    }
    assert [line for line, _ in by_name["broken.jsonl"].problems] == [2, 3]
    assert plan.missing_labels() == {str(files / "quotes.jsonl"): ["quote", "source"]}
    assert plan.presentation_forms == [str(files / "reshaped.txt")]
    assert plan.document_count == 4  # plain, reshaped, the two quotes records
    assert project.document_count() == 0  # planning stores nothing


def test_missing_labels_are_a_skip_with_the_labels_unless_created(project, files):
    plan = plan_import([files], _labels(project))
    result = apply_plan(project, plan, skip_bad=True)
    skips = {s.kind: s for s in result.skipped}
    missing = skips[SkipKind.MISSING_LABELS]
    assert missing.source == str(files / "quotes.jsonl")
    assert missing.labels == ("quote", "source")
    assert [line for line, _ in missing.problems] == [1, 2]
    assert "span 1: unknown label 'quote'" in missing.problems[0][1]
    assert len(result.added) == 2 and "quote" not in _labels(project)

    again = apply_plan(project, plan, skip_bad=True, create_labels=True)
    assert len(again.added) == 2 and again.spans_added == 4
    assert {"quote", "source"} <= _labels(project)
    kinds = sorted(s.kind.value for s in again.skipped)
    assert kinds == ["already_in_project", "already_in_project", "malformed", "unreadable"]


def test_a_plan_is_stored_without_reading_any_file_again(project, files):
    plan = plan_import([files], _labels(project))
    for f in files.iterdir():
        f.unlink()  # the plan holds what it read
    result = apply_plan(
        project, plan, skip_bad=True, create_labels=True, repair_presentation_forms=True
    )
    assert len(result.added) == 4
    texts = {project.document(i).text for i in result.added}
    assert "قال الوزير إن الاجتماع انتهى" in texts and RESHAPED not in texts


def test_labels_added_after_planning_are_not_missing_when_stored(project, files):
    plan = plan_import([files / "quotes.jsonl"], _labels(project))
    project.add_label("quote", "#123456")
    project.add_label("source", "#654321")
    assert plan.missing_labels(_labels(project)) == {}
    result = apply_plan(project, plan)
    assert len(result.added) == 2 and result.skipped == []


def test_without_skip_bad_one_bad_file_stores_nothing(project, files):
    plan = plan_import([files], _labels(project))
    with pytest.raises(FormatError) as e:
        apply_plan(project, plan)
    assert "nothing was imported" in str(e.value)
    assert project.document_count() == 0


def test_duplicates_and_documents_already_there_are_their_own_kinds(project, tmp_path):
    a = tmp_path / "a.txt"
    a.write_text(TEXT, encoding="utf-8")
    same = tmp_path / "same.txt"
    same.write_bytes(a.read_bytes())
    first = import_paths(project, [a, same])
    assert [(s.source, s.kind) for s in first.skipped] == [("same.txt", SkipKind.DUPLICATE)]
    again = import_paths(project, [a])
    assert [s.kind for s in again.skipped] == [SkipKind.ALREADY_IN_PROJECT]
    assert not any(s.kind.is_problem for s in [*first.skipped, *again.skipped])


def test_cli_exit_status_comes_from_the_kind_not_the_words(tmp_path):
    # The reason of this bad file holds the word "duplicate" (duplicate ids): once taken for a
    # harmless duplicate article, it made `--skip-bad` exit 0.
    bad = _jsonl(tmp_path / "ids.jsonl", {"id": 1, "text": "خبر"}, {"id": 1, "text": "آخر"})
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    done = run_cli("import", tmp_path / "p.annot", "--skip-bad", good, bad)
    err = done.stderr.decode()
    assert "duplicate id 1" in err and "imported 1 document" in err
    assert done.returncode == 1, err
    again = run_cli("import", tmp_path / "p.annot", good)
    assert again.returncode == 0 and "already in the project" in again.stderr.decode()


# --- lone surrogates: refused or replaced where they enter, never a traceback ---------------


@pytest.mark.parametrize(
    "record",
    [
        '{"text": "قال الرئيس", "name": "x\\ud800y"}',
        '{"text": "قال الرئيس", "meta": {"source": "v\\udc00"}}',
        '{"text": "قال الرئيس", "meta": {"k\\ud800": 1}}',
        '{"text": "قال الرئيس", "spans": [{"start": 0, "end": 3, "label": "speaker", '
        '"note": "n\\udc00"}]}',
        '{"text": "قال الرئيس", "spans": [{"start": 0, "end": 3, "label": "spe\\ud800"}]}',
    ],
    ids=["name", "meta-value", "meta-key", "note", "label"],
)
def test_a_lone_surrogate_in_a_record_is_refused_naming_its_line(tmp_path, record):
    path = _jsonl(tmp_path / "in.jsonl", {"text": "خبر سليم"}, record)
    project = tmp_path / "p.annot"
    Project.create(project).close()
    before = fingerprint(project)
    done = run_cli("import", project, "--create-labels", path)
    err = done.stderr.decode()
    assert done.returncode == 1 and "Traceback" not in err
    assert "  line 2: contains" in err and "surrogate pair" in err
    assert fingerprint(project) == before


@pytest.mark.skipif(os.name != "posix", reason="file names are bytes only on POSIX")
def test_a_file_name_that_is_not_utf8_imports_under_a_replacement_character(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / os.fsdecode(b"\xff\xfe-news.txt")).write_text(TEXT, encoding="utf-8")
    done = run_cli("import", tmp_path / "p.annot", folder)
    assert done.returncode == 0, done.stderr.decode()
    with Project.open(tmp_path / "p.annot", readonly=True) as p:
        assert [d.name for d in p.documents()] == ["\ufffd\ufffd-news.txt"]


@pytest.mark.parametrize("args", [["add"], ["set", "speaker", "--rename"]])
def test_a_label_name_that_is_not_utf8_is_refused_not_a_traceback(tmp_path, args):
    project = tmp_path / "p.annot"
    Project.create(project).close()
    before = fingerprint(project)
    done = run_cli("labels", project, *args, os.fsdecode(b"x\xff"))
    err = done.stderr.decode()
    assert done.returncode == 1 and "Traceback" not in err
    assert "is not valid text" in err
    assert fingerprint(project) == before


# --- a BOM is not text, whoever named the encoding ----------------------------------------


@pytest.mark.parametrize(
    "encoding, bom",
    [
        ("utf-8", codecs.BOM_UTF8),
        ("utf-8-sig", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-16", codecs.BOM_UTF16_LE),
    ],
)
def test_a_bom_is_dropped_when_the_encoding_is_named(project, tmp_path, encoding, bom):
    article = tmp_path / "a.txt"
    codec = "utf-16-le" if encoding == "utf-16" else encoding.replace("-sig", "")
    article.write_bytes(bom + TEXT.encode(codec))
    (doc_id,) = import_paths(project, [article], encoding=encoding).added
    text = project.document(doc_id).text
    assert text == TEXT  # a kept U+FEFF would move every offset by one
    start = text.index("المتحدث")
    span = project.add_span(doc_id, start, start + 7, project.label_by_name("speaker").id)
    assert text[span.start : span.end] == "المتحدث"


def test_records_in_presentation_forms_are_warned_about_but_never_repaired(project, tmp_path):
    # Repairing would change the text's length under the record's own span offsets: only text
    # articles are offered a repair, and a repair leaves records as they are.
    path = _jsonl(
        tmp_path / "shaped.jsonl",
        {"text": RESHAPED, "spans": [{"start": 0, "end": 3, "label": "speaker"}]},
    )
    plan = plan_import([path], _labels(project))
    assert plan.presentation_forms == []
    result = apply_plan(project, plan, repair_presentation_forms=True)
    (doc,) = result.added
    assert project.document(doc).text == RESHAPED
    (span,) = project.spans(doc)
    assert (span.start, span.end) == (0, 3)
    assert [w.kind for _, w in result.warnings] == ["presentation_forms"]


def test_an_article_one_byte_over_the_limit_is_refused_unread(project, tmp_path, monkeypatch):
    from annotator import reading

    monkeypatch.setattr(reading, "MAX_ARTICLE_BYTES", 1000)
    at_limit, over = tmp_path / "at.txt", tmp_path / "over.txt"
    at_limit.write_bytes(("ا" * 500).encode("utf-8"))  # 1,000 bytes
    over.write_bytes(("ا" * 500 + " ").encode("utf-8"))
    plan = plan_import([at_limit, over], _labels(project))
    assert [f.path for f in plan.files] == [at_limit]
    ((path, _name, error),) = plan.failed
    assert path == over and "too large for an article" in str(error)

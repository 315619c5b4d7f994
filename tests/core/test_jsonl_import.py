"""JSONL and JSON imports: native, doccano and Prodigy shapes with spans; all-or-nothing."""

from __future__ import annotations

import json

import pytest

from annotator import AnnotatorError, FormatError, Project, import_paths
from annotator.importer import read_records, sha256_text

from .conftest import fingerprint, run_cli

TEXT = "قال المتحدث إن النمو في الرياض بلغ 3.5%"


def _at(part: str, text: str = TEXT) -> tuple[int, int]:
    i = text.index(part)
    return i, i + len(part)


def _jsonl(path, *records) -> str:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


def _spans(project: Project, doc_id: int) -> set[tuple[str, str]]:
    text = project.document(doc_id).text
    return {(s.label, text[s.start : s.end]) for s in project.spans(doc_id)}


SHAPES = {
    "native": {
        "text": TEXT,
        "offset_unit": "codepoint",
        "spans": [
            {
                "start": _at("المتحدث")[0],
                "end": _at("المتحدث")[1],
                "label": "speaker",
                "text": "المتحدث",
                "annotator": "model-v1",
            },
            {"start": _at("الرياض")[0], "end": _at("الرياض")[1], "label": "location"},
        ],
    },
    "doccano-label": {
        "text": TEXT,
        "label": [[*_at("المتحدث"), "speaker"], [*_at("الرياض"), "location"]],
    },
    "doccano-entities": {
        "text": TEXT,
        "entities": [
            {
                "id": 7,
                "label": "speaker",
                "start_offset": _at("المتحدث")[0],
                "end_offset": _at("المتحدث")[1],
            },
            {
                "id": 8,
                "label": "location",
                "start_offset": _at("الرياض")[0],
                "end_offset": _at("الرياض")[1],
            },
        ],
    },
    "prodigy": {
        "text": TEXT,
        "spans": [
            {
                "start": _at("المتحدث")[0],
                "end": _at("المتحدث")[1],
                "label": "speaker",
                "token_start": 1,
                "token_end": 1,
            },
            {
                "start": _at("الرياض")[0],
                "end": _at("الرياض")[1],
                "label": "location",
                "token_start": 5,
                "token_end": 5,
            },
        ],
        "meta": {"source": "model"},
        "_input_hash": 12345,
    },
}


@pytest.mark.parametrize("shape", list(SHAPES))
def test_jsonl_record_with_spans_becomes_a_document_with_those_spans(project, tmp_path, shape):
    result = import_paths(project, [_jsonl(tmp_path / "pre.jsonl", SHAPES[shape])])
    [doc_id] = result.added
    assert result.spans_added == 2
    assert project.document(doc_id).text == TEXT
    assert _spans(project, doc_id) == {("speaker", "المتحدث"), ("location", "الرياض")}


def test_native_span_fields_come_in_too(project, tmp_path):
    import_paths(project, [_jsonl(tmp_path / "pre.jsonl", SHAPES["native"])])
    speaker = [s for s in project.spans(1) if s.label == "speaker"][0]
    assert speaker.annotator == "model-v1"


def test_a_record_status_comes_in_only_when_it_is_one_of_ours(project, tmp_path):
    path = tmp_path / "in.jsonl"
    rows = [{"text": "قال الوزير", "status": "done"}, {"text": "قال الرئيس", "status": "finished"}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    import_paths(project, [path])
    assert [d.status for d in project.documents()] == ["done", "new"]


def test_crlf_in_jsonl_text_moves_span_offsets_onto_the_canonical_text(project, tmp_path):
    text = "سطر أول\r\nقال المتحدث\r\n\r\nفي الرياض"
    records = {
        "text": text,
        "spans": [
            {"start": text.index("المتحدث"), "end": text.index("المتحدث") + 7, "label": "speaker"},
            {"start": text.index("قال"), "end": len(text), "label": "claim"},
        ],
    }
    [doc_id] = import_paths(project, [_jsonl(tmp_path / "crlf.jsonl", records)]).added
    canonical = project.document(doc_id).text
    assert canonical == text.replace("\r\n", "\n")
    assert _spans(project, doc_id) == {
        ("speaker", "المتحدث"),
        ("claim", "قال المتحدث\n\nفي الرياض"),
    }


def test_many_records_each_become_a_document(project, tmp_path):
    records = [{"text": f"خبر رقم {n}", "name": f"خبر {n}"} for n in range(50)]
    result = import_paths(project, [_jsonl(tmp_path / "many.jsonl", *records)])
    assert len(result.added) == 50
    assert [d.name for d in project.documents()] == [f"خبر {n}" for n in range(50)]


#: A bad record, and the reason the refusal must give for it (not only its line).
BAD_RECORDS = {
    "not-json": ("{not json", "not valid JSON"),
    "no-text": ({"spans": []}, "'text' is missing or not a string"),
    "unknown-label": (
        {"text": TEXT, "label": [[0, 3, "villain"]]},
        "span 1: unknown label 'villain'",
    ),
    "span-out-of-range": (
        {"text": TEXT, "label": [[0, 999, "speaker"]]},
        "span 1: 0–999 is empty, reversed or outside the text",
    ),
    "empty-span": (
        {"text": TEXT, "label": [[4, 4, "speaker"]]},
        "span 1: 4–4 is empty, reversed or outside the text",
    ),
    "blank-text": ({"text": " \n\t\u3000"}, "'text' is empty"),
    "empty-text": ({"text": ""}, "'text' is empty"),
    "span-starts-between-a-letter-and-its-mark": (
        {"text": "قَالَ الوزير", "label": [[1, 4, "speaker"]]},
        "span 1: offset 1 cuts a letter from its marks",
    ),
    "span-cuts-a-letter-from-its-mark": (
        {"text": "قَالَ", "label": [[0, 1, "speaker"]]},
        "span 1: offset 1 cuts a letter from its marks",
    ),
    # Offsets counted in UTF-16 (the emoji is two units): in range in code points, so only the
    # span's own text can tell, and the refusal must say that.
    "span-text-disagrees (UTF-16 offsets)": (
        {
            "text": "😀 قال الوزير",
            "spans": [{"start": 2 + 1, "end": 2 + 1 + 3, "label": "speaker", "text": "قال"}],
        },
        "span 1: its text 'قال' is not text[3:6] ('ال '); were the offsets counted in another",
    ),
    "offsets-in-another-unit": (
        {"text": TEXT, "offset_unit": "utf16", "spans": []},
        "offset_unit 'utf16' is not supported",
    ),
    "start-not-a-number": (
        {"text": TEXT, "label": [["0", 3, "speaker"]]},
        "span 1: 'start' must be a whole number, not '0'",
    ),
}


@pytest.mark.parametrize("kind", list(BAD_RECORDS))
def test_bad_record_refuses_the_whole_file_with_its_line_number_and_reason(tmp_path, kind):
    project = tmp_path / "p.annot"
    Project.create(project).close()
    bad, reason = BAD_RECORDS[kind]
    path = tmp_path / "pre.jsonl"
    path.write_text(
        json.dumps({"text": "خبر سليم"}, ensure_ascii=False)
        + "\n"
        + (bad if isinstance(bad, str) else json.dumps(bad, ensure_ascii=False))
        + "\n",
        "utf-8",
    )
    before = fingerprint(project)
    done = run_cli("import", project, path)
    assert done.returncode == 1
    message = done.stderr.decode()
    assert "pre.jsonl" in message and "Traceback" not in message
    assert f"  line 2: {reason}" in message, message
    assert "line 1:" not in message
    assert fingerprint(project) == before


def test_bad_records_are_each_listed_with_their_line(project, tmp_path):
    path = tmp_path / "pre.jsonl"
    path.write_text('{"text": "خبر"}\n{oops\n{"text": 5}\n', "utf-8")
    with pytest.raises(AnnotatorError) as e:
        import_paths(project, [path])
    assert "line 2: not valid JSON" in str(e.value)
    assert "line 3: 'text' is missing" in str(e.value)
    assert project.document_count() == 0
    with pytest.raises(FormatError) as e:
        read_records(path, "pre.jsonl", {"speaker"}, False, None)
    assert [n for n, _ in e.value.problems] == [2, 3]


def test_unknown_labels_can_be_created_on_import(project, tmp_path):
    path = _jsonl(tmp_path / "pre.jsonl", {"text": TEXT, "label": [[0, 3, "villain"]]})
    result = import_paths(project, [path], create_labels=True)
    assert result.spans_added == 1
    villain = project.label_by_name("villain")
    assert villain is not None and villain.color not in {lab.color for lab in project.labels()[:4]}


def test_same_jsonl_record_twice_makes_one_document(project, tmp_path):
    path = _jsonl(tmp_path / "pre.jsonl", {"text": TEXT}, {"text": "خبر آخر"})
    assert len(import_paths(project, [path]).added) == 2
    assert import_paths(project, [path]).added == []
    assert project.document_count() == 2
    assert project.documents()[0].id == project.document(1).id
    assert project.document(1).sha256 == sha256_text(TEXT)


def test_saudinewsnet_style_json_array_imports_titles_and_metadata(project, tmp_path):
    articles = [
        {
            "source": "aawsat",
            "url": "http://aawsat.com/1",
            "date_extracted": "2015-07-23 19:28:17",
            "title": "المالكي ونصيحة سعود الفيصل",
            "author": "",
            "content": "نص المقال الأول\r\nسطر",
        },
        {
            "source": "okaz",
            "url": "http://okaz.com/2",
            "date_extracted": "2015-07-23 20:00:00",
            "title": "خبر فارغ",
            "author": "",
            "content": "  ",
        },
        {
            "source": "sabq",
            "url": "http://sabq.org/3",
            "date_extracted": "2015-07-23 21:00:00",
            "title": "خبر ثالث",
            "author": "محرر",
            "content": "نص المقال الثالث",
        },
    ]
    path = tmp_path / "saudinewsnet.json"
    path.write_text(json.dumps(articles, ensure_ascii=False, indent=4), "utf-8")
    result = import_paths(project, [path])
    assert len(result.added) == 2
    docs = [project.document(i) for i in result.added]
    assert [d.name for d in docs] == ["المالكي ونصيحة سعود الفيصل", "خبر ثالث"]
    assert [d.text for d in docs] == ["نص المقال الأول\nسطر", "نص المقال الثالث"]
    assert docs[0].meta["source"] == "aawsat" and docs[0].meta["url"] == "http://aawsat.com/1"
    assert docs[1].meta["author"] == "محرر"


def test_an_offset_between_cr_and_lf_lands_before_the_line_break(project, tmp_path):
    # Another tool counting "\r" may end a span after it: the canonical text has no "\r",
    # so the span ends where the line does, without taking the line break with it.
    text = "قال\r\nالوزير\r\nفي الرياض"
    spans = [
        {"start": 0, "end": 4, "label": "speaker"},
        {"start": 4, "end": 11, "label": "claim"},
    ]
    [doc_id] = import_paths(
        project, [_jsonl(tmp_path / "cr.jsonl", {"text": text, "spans": spans})]
    ).added
    assert _spans(project, doc_id) == {("speaker", "قال"), ("claim", "\nالوزير")}


def test_a_span_of_only_the_cr_of_a_crlf_is_refused_not_stored_empty(project, tmp_path):
    # "\r\n" is stored as "\n": a span over the "\r" alone would be empty there. It was
    # counted as imported and silently left out of the file (a lost tag).
    text = "قال\r\nالوزير"
    spans = [{"start": 0, "end": 3, "label": "speaker"}, {"start": 3, "end": 4, "label": "claim"}]
    path = _jsonl(tmp_path / "cr.jsonl", {"text": text, "spans": spans})
    with pytest.raises(FormatError, match=r"span 2: 3–4 holds only the \\r"):
        import_paths(project, [path])
    assert project.documents() == []


@pytest.mark.parametrize("start", ["\ufeff", "\ufeff\n", "\ufeff\r\n\n"])
def test_a_byte_order_mark_before_the_first_line_is_dropped(tmp_path, start):
    path = tmp_path / "bom.jsonl"
    line = json.dumps({"name": "a", "text": "قال الرئيس"}, ensure_ascii=False)
    path.write_text(start + line + "\n\ufeff" + line.replace('"a"', '"b"') + "\n", "utf-8")
    with Project.create(tmp_path / "p.annot") as project:
        with pytest.raises(FormatError) as caught:  # a mark inside the file is no JSON
            import_paths(project, [path])
        assert [n for n, _ in caught.value.problems] == [start.count("\n") + 2]
        path.write_text(start + line + "\n", "utf-8")
        assert len(import_paths(project, [path]).added) == 1


def test_every_span_of_a_long_record_is_stored_with_its_own_fields(tmp_path, project_path):
    # Spans are written 100 rows a statement: 2 whole statements and a part, then a record
    # of a few, each value in its own column.
    words = [f"كلمة{i}" for i in range(257)]
    text = " ".join(words)
    starts = [sum(len(w) + 1 for w in words[:i]) for i in range(len(words))]
    labels = ["speaker", "claim", "location", "statistic"]
    spans = [
        {
            "id": 1000 + i,
            "start": s,
            "end": s + len(words[i]),
            "label": labels[i % 4],
            "annotator": f"a{i % 3}",
            "note": f"n{i}" if i % 5 == 0 else None,
            "uncertain": i % 7 == 0,
            "created_at": f"2026-01-01T00:00:{i % 60:02d}.000Z",
        }
        for i, s in enumerate(starts)
    ]
    path = _jsonl(
        tmp_path / "long.jsonl",
        {"text": text, "spans": spans},
        {"text": TEXT, "spans": [{"start": 0, "end": 3, "label": "claim"}]},
    )
    with Project.create(project_path) as p:
        result = import_paths(p, [path])
        assert result.spans_added == 258
        long_id, short_id = result.added
        got = sorted(p.spans(long_id), key=lambda s: s.start)
        assert [
            (s.id, s.start, s.end, s.label, s.annotator, s.note, s.uncertain, s.created_at)
            for s in got
        ] == [
            (
                x["id"],
                x["start"],
                x["end"],
                x["label"],
                x["annotator"],
                x["note"],
                x["uncertain"],
                x["created_at"],
            )
            for x in spans
        ]
        assert [(s.start, s.end, s.label) for s in p.spans(short_id)] == [(0, 3, "claim")]

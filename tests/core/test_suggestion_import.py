"""A model's predictions imported as suggestions (--as-suggestions): native, doccano, Prodigy
and Label Studio shapes, scores kept, nothing a span until accepted; `annotator suggest`."""

from __future__ import annotations

import io
import json
import subprocess
import sys

from annotator import export
from annotator.records import sha256_text
from annotator.store import Project
from annotator.suggest.predictions import import_predictions

TEXT = "قال المتحدث 😀 إن 3 طائرات وصلت إلى الرياض."


def _span(label: str, needle: str) -> tuple[int, int, str]:
    start = TEXT.index(needle)
    return start, start + len(needle), label


def _write(path, records) -> str:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), "utf-8")
    return str(path)


def _stored(p: Project) -> list[tuple]:
    (info,) = p.documents()
    return [(s.start, s.end, s.label, s.source, s.score) for s in p.suggestions(info.id)]


def test_native_predictions_become_suggestions_with_their_scores_not_spans(tmp_path):
    a, b, label = _span("location", "الرياض")
    src = _write(
        tmp_path / "model.jsonl",
        [{"text": TEXT, "spans": [{"start": a, "end": b, "label": label, "score": 0.93}]}],
    )
    with Project.create(tmp_path / "p.annot") as p:
        result = import_predictions(p, [src])
        assert (result.documents_added, result.suggestions_added) == (1, 1)
        assert _stored(p) == [(a, b, "location", "import:model.jsonl", 0.93)]
        assert p.spans(p.documents()[0].id) == []
        out = io.BytesIO()
        export(p, out, "native")
        assert json.loads(out.getvalue())["spans"] == []


def test_doccano_and_prodigy_predictions_attach_to_the_article_already_there(tmp_path):
    a, b, _ = _span("statistic", "3 طائرات")
    c, d, _ = _span("speaker", "المتحدث")
    src = _write(
        tmp_path / "preds.jsonl",
        [
            {"text": TEXT, "label": [[a, b, "statistic"]]},  # doccano
            {"text": TEXT, "spans": [{"start": c, "end": d, "label": "speaker"}]},  # Prodigy
        ],
    )
    with Project.create(tmp_path / "p.annot") as p:
        p.add_documents([{"name": "a.txt", "text": TEXT, "sha256": sha256_text(TEXT)}])
        result = import_predictions(p, [src])
        assert (result.documents_added, result.suggestions_added, result.records) == (0, 2, 2)
        assert sorted(_stored(p)) == sorted(
            [
                (a, b, "statistic", "import:preds.jsonl", None),
                (c, d, "speaker", "import:preds.jsonl", None),
            ]
        )


def test_label_studio_predictions_count_utf16_and_are_moved_to_code_points(tmp_path):
    a, b, _ = _span("location", "الرياض")
    # Label Studio counts the emoji before the place as two units.
    task = {
        "data": {"text": TEXT},
        "predictions": [
            {
                "model_version": "ner-1",
                "score": 0.7,
                "result": [
                    {
                        "from_name": "label",
                        "to_name": "text",
                        "type": "labels",
                        "value": {"start": a + 1, "end": b + 1, "labels": ["location"]},
                    }
                ],
            }
        ],
    }
    src = tmp_path / "ls.json"
    src.write_text(json.dumps([task], ensure_ascii=False), "utf-8")
    with Project.create(tmp_path / "p.annot") as p:
        import_predictions(p, [src])
        assert _stored(p) == [(a, b, "location", "import:ls.json", 0.7)]
        (info,) = p.documents()
        assert p.document(info.id).text[a:b] == "الرياض"


def test_bad_records_are_skipped_and_named(tmp_path):
    src = tmp_path / "bad.jsonl"
    src.write_text('{"text": 5}\nnot json\n' + json.dumps({"text": TEXT}) + "\n", "utf-8")
    with Project.create(tmp_path / "p.annot") as p:
        result = import_predictions(p, [src])
    assert [where for where, _ in result.skipped] == ["bad.jsonl:1", "bad.jsonl:2"]
    assert result.records == 1


def _cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "annotator", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_import_as_suggestions_and_suggest(tmp_path):
    a, b, label = _span("location", "الرياض")
    src = _write(
        tmp_path / "m.jsonl", [{"text": TEXT, "spans": [{"start": a, "end": b, "label": label}]}]
    )
    project = tmp_path / "p.annot"
    done = _cli("import", project, src, "--as-suggestions")
    assert done.returncode == 0, done.stderr
    assert "imported 1 suggestion from 1 record" in done.stderr
    done = _cli("suggest", project)
    assert done.returncode == 0, done.stderr
    with Project.open(project, readonly=True) as p:
        sources = {s[3] for s in _stored(p)}
        assert {"import:m.jsonl", "statistic.digits", "reporting.verb"} <= sources
        assert p.spans(p.documents()[0].id) == []


def test_with_a_format_the_interchange_reader_decides_the_offsets(tmp_path):
    # doccano's own unit is UTF-16: the place after the emoji is one unit further on.
    a, b, _ = _span("location", "الرياض")
    src = _write(tmp_path / "d.jsonl", [{"text": TEXT, "label": [[a + 1, b + 1, "location"]]}])
    with Project.create(tmp_path / "p.annot") as p:
        import_predictions(p, [src], fmt="doccano")
        assert _stored(p) == [(a, b, "location", "import:d.jsonl", None)]


def _ls_task(start: int, end: int, label: str = "location", **region) -> dict:
    result = {"type": "labels", "value": {"start": start, "end": end, "labels": [label]}}
    return {
        "data": {"text": TEXT},
        "predictions": [{"model_version": "m", "score": 0.4, "result": [{**result, **region}]}],
    }


def test_label_studio_by_format_reads_every_prediction_and_takes_a_region_score(tmp_path):
    a, b, _ = _span("location", "الرياض")
    c, d, _ = _span("statistic", "3 طائرات")
    task = _ls_task(a + 1, b + 1, score=0.95)
    task["predictions"].append(
        {
            "score": 0.6,
            "result": [{"value": {"start": c + 1, "end": d + 1, "labels": ["statistic"]}}],
        }
    )
    task["annotations"] = [{"result": []}]  # an analyst's empty set does not hide them
    src = tmp_path / "ls.json"
    src.write_text(json.dumps([task], ensure_ascii=False, indent=2), "utf-8")
    with Project.create(tmp_path / "p.annot") as p:
        import_predictions(p, [src], fmt="label-studio")
        assert sorted(_stored(p)) == [
            (c, d, "statistic", "import:ls.json", 0.6),
            (a, b, "location", "import:ls.json", 0.95),
        ]


def test_label_studio_offsets_in_code_points_on_request(tmp_path):
    a, b, _ = _span("location", "الرياض")
    src = tmp_path / "ls.json"
    src.write_text(json.dumps([_ls_task(a, b)], ensure_ascii=False), "utf-8")
    with Project.create(tmp_path / "p.annot") as p:
        import_predictions(p, [src], fmt="label-studio", offset_unit="codepoint")
        assert _stored(p) == [(a, b, "location", "import:ls.json", 0.4)]


def test_an_offset_inside_a_utf16_pair_is_refused_not_moved(tmp_path):
    emoji = TEXT.index("😀")  # one code point, two UTF-16 units: emoji + 1 is between them
    src = tmp_path / "ls.json"
    src.write_text(json.dumps([_ls_task(emoji + 1, emoji + 5)], ensure_ascii=False), "utf-8")
    with Project.create(tmp_path / "p.annot") as p:
        result = import_predictions(p, [src])
        assert result.records == 0 and p.documents() == []
    ((where, why),) = result.skipped
    assert where == "ls.json[0]" and "two units" in why


def test_prodigy_scores_are_kept_and_doccano_shape_without_format_counts_code_points(tmp_path):
    a, b, _ = _span("location", "الرياض")
    src = _write(
        tmp_path / "mix.jsonl",
        [
            {"text": TEXT, "spans": [{"start": a, "end": b, "label": "location", "score": 0.5}]},
            {"text": TEXT, "label": [[a, b, "claim"]]},  # as `annotator import` reads it
        ],
    )
    with Project.create(tmp_path / "p.annot") as p:
        import_predictions(p, [src])
        assert sorted(_stored(p)) == [
            (a, b, "claim", "import:mix.jsonl", None),
            (a, b, "location", "import:mix.jsonl", 0.5),
        ]


def test_a_native_record_in_another_unit_is_refused(tmp_path):
    src = _write(tmp_path / "n.jsonl", [{"text": TEXT, "offset_unit": "utf16", "spans": []}])
    with Project.create(tmp_path / "p.annot") as p:
        result = import_predictions(p, [src])
    assert result.records == 0 and "offset_unit" in result.skipped[0][1]


def test_cli_reports_a_file_that_is_not_json_in_one_line_and_makes_no_project(tmp_path):
    src = tmp_path / "ls.json"
    src.write_text("[{", "utf-8")
    done = _cli("import", tmp_path / "p.annot", src, "--as-suggestions")
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "not valid JSON" in done.stderr
    assert not (tmp_path / "p.annot").exists()  # nothing made from nothing


def test_cli_names_from_the_file_never_drive_the_terminal(tmp_path):
    src = _write(tmp_path / "m.jsonl", [{"text": 5, "name": "x"}])
    done = _cli("import", tmp_path / "p\u202e.annot", src, "--as-suggestions")
    assert done.returncode == 1
    assert "\u202e" not in done.stderr and "<RLO>" in done.stderr


def test_predictions_are_strict_json_nan_and_deep_nesting_refused_by_record(tmp_path):
    a, b, _ = _span("location", "الرياض")
    good = json.dumps({"text": TEXT, "spans": [{"start": a, "end": b, "label": "location"}]})
    nan = good.replace('"location"}]', '"location", "score": NaN}]')
    deep = "[" * 100_000 + "]" * 100_000
    src = tmp_path / "m.jsonl"
    src.write_text("\n".join([nan, deep, good]), "utf-8")
    with Project.create(tmp_path / "p.annot") as p:
        result = import_predictions(p, [src])
        assert [w for w, _ in result.skipped] == ["m.jsonl:1", "m.jsonl:2"]
        assert "NaN" in result.skipped[0][1] and "nested" in result.skipped[1][1]
        assert _stored(p) == [(a, b, "location", "import:m.jsonl", None)]


def test_suggesting_a_project_stores_in_batches_and_a_cancel_keeps_what_was_stored(
    tmp_path, monkeypatch
):
    from annotator.suggest import predictions

    monkeypatch.setattr(predictions, "BATCH", 2)
    texts = [f"وقال المتحدث إن {n} طائرات وصلت إلى جدة." for n in range(3, 8)]

    def stop_at_third(done, _total):
        if done == 3:
            raise KeyboardInterrupt  # what a cancelled task's progress raises, in kind

    with Project.create(tmp_path / "p.annot") as p:
        p.add_documents(
            [{"name": f"{i}", "text": t, "sha256": sha256_text(t)} for i, t in enumerate(texts)]
        )
        try:
            predictions.suggest_project(p, stop_at_third)
        except KeyboardInterrupt:
            pass
        stored = [bool(p.suggestions(d.id)) for d in p.documents()]
        assert stored == [True, True, False, False, False]
        documents, added = predictions.suggest_project(p)  # run again: the rest
        assert documents == 5 and added > 0 and all(p.suggestions(d.id) for d in p.documents())
        assert predictions.suggest_project(p) == (5, 0)  # nothing new a third time

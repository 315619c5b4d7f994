"""``import_paths`` stores each record as it reads it (``annotator.import_pass``); its outcome
must be that of ``apply_plan(plan_import(...))`` on the same files: the same documents, ids,
spans and labels, the same skips, warnings and refusals word for word, and nothing stored at
all when a file is bad without ``skip_bad``, even a bad line after good ones."""

from __future__ import annotations

import json
import sqlite3

import pytest

from annotator import Project, import_paths
from annotator.errors import AnnotatorError
from annotator.importer import apply_plan, plan_import

TEXT = "قال الرئيس إن الاقتصاد ينمو"


def _record(n: int, label: str = "speaker", **extra) -> dict:
    text = f"{TEXT} {n}"
    return {
        "name": f"r{n}",
        "text": text,
        "spans": [{"start": 0, "end": 3, "label": label}],
        **extra,
    }


def _write(path, *lines) -> None:
    path.write_text(
        "".join(
            (x if isinstance(x, str) else json.dumps(x, ensure_ascii=False)) + "\n" for x in lines
        ),
        "utf-8",
    )


def _folder(tmp_path, case: str):
    folder = tmp_path / case
    folder.mkdir()
    _write(folder / "a-good.jsonl", _record(1), _record(2), {**_record(3), "id": 7})
    (folder / "b-article.txt").write_text(f"{TEXT} 1", "utf-8")  # the same text as r1
    if case == "bad-line-late":
        with_id = [{"start": 0, "end": 3, "label": "speaker", "id": 500}]
        _write(folder / "c-late.jsonl", {**_record(4), "spans": with_id}, _record(5), "{oops")
        _write(folder / "e-ids.jsonl", {**_record(6), "spans": with_id})  # keeps span id 500
    if case == "missing-label":
        _write(folder / "c-labels.jsonl", _record(4), _record(5, "quote"), _record(6, "quote"))
    if case == "look-alike":  # a new label with a zero-width space: refused even if created
        _write(folder / "c-labels.jsonl", _record(4, "quote"), _record(5, "spea\u200bker"))
        # "quote" was judged good in a refused file: "QUOTE" looks like it, "quote" is fine.
        _write(folder / "e-case.jsonl", _record(9, "QUOTE"))
        _write(folder / "f-later.jsonl", _record(10, "quote"))
    if case == "duplicate-id":
        _write(folder / "c-ids.jsonl", {**_record(4), "id": 9}, {**_record(5), "id": 9})
    _write(folder / "d-after.jsonl", _record(8), _record(2))  # r2 again: a duplicate
    return folder


def _outcome(project_path, folder, how: str, **options):
    with Project.create(project_path) as project:
        project.add_documents(
            [{"name": "old", "text": f"{TEXT} 8", "sha256": _sha(f"{TEXT} 8")}]
        )  # r8 is already in the project
        try:
            if how == "one pass":
                result = import_paths(project, [folder], **options)
            else:
                known = {x.name for x in project.labels()}
                result = apply_plan(project, plan_import([folder], known), **options)
        except AnnotatorError as e:
            outcome = ("refused", type(e).__name__, str(e), getattr(e, "problems", None))
        else:
            outcome = (
                "stored",
                result.added,
                result.spans_added,
                [(s.source, s.kind, s.reason, s.labels, s.problems) for s in result.skipped],
                result.warnings,
                result.encodings,
            )
    conn = sqlite3.connect(project_path)
    stored = (
        conn.execute("SELECT id, name, text, meta FROM documents ORDER BY id").fetchall(),
        conn.execute("SELECT * FROM spans ORDER BY id").fetchall(),
        conn.execute("SELECT * FROM labels ORDER BY id").fetchall(),
    )
    conn.close()
    return outcome, stored


def _sha(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@pytest.mark.parametrize(
    "case", ["good", "bad-line-late", "missing-label", "look-alike", "duplicate-id"]
)
@pytest.mark.parametrize("skip_bad", [False, True])
@pytest.mark.parametrize("create_labels", [False, True])
def test_one_pass_stores_and_refuses_exactly_as_plan_then_apply(
    tmp_path, case, skip_bad, create_labels
):
    folder = _folder(tmp_path, case)
    options = {"skip_bad": skip_bad, "create_labels": create_labels}
    one = _outcome(tmp_path / "one.annot", folder, "one pass", **options)
    planned = _outcome(tmp_path / "planned.annot", folder, "plan", **options)
    assert one[0] == planned[0]
    # Timestamps differ between the two runs; everything else is the same.
    assert [row[:3] for row in one[1][0]] == [row[:3] for row in planned[1][0]]
    assert [row[:-1] for row in one[1][1]] == [row[:-1] for row in planned[1][1]]
    assert one[1][2] == planned[1][2]


def test_a_bad_line_after_good_ones_leaves_nothing_stored(tmp_path):
    folder = _folder(tmp_path, "bad-line-late")
    with Project.create(tmp_path / "p.annot") as project:
        with pytest.raises(AnnotatorError, match="nothing was imported") as caught:
            import_paths(project, [folder])
        assert caught.value.problems == [(3, "not valid JSON (Expecting property name "
                                          "enclosed in double quotes at column 2)")]  # fmt: skip
        assert project.document_count() == 0


def test_with_skip_bad_a_file_bad_at_its_end_is_taken_back_alone(tmp_path):
    folder = _folder(tmp_path, "bad-line-late")
    with Project.create(tmp_path / "p.annot") as project:
        result = import_paths(project, [folder], skip_bad=True)
        names = {d.name for d in project.documents()}
    assert names == {"r1", "r2", "r3", "r6", "r8"}  # r4, r5 came before the bad line: not kept
    assert [s.source for s in result.skipped][0].endswith("c-late.jsonl")


def test_labels_created_by_a_file_taken_back_are_taken_back_too(tmp_path):
    folder = _folder(tmp_path, "look-alike")
    with Project.create(tmp_path / "p.annot") as project:
        before = [x.name for x in project.labels()]
        import_paths(project, [folder], skip_bad=True, create_labels=True)
        # "quote" went with c-labels.jsonl; f-later.jsonl created it again.
        assert [x.name for x in project.labels()] == [*before, "quote"]
        quoted = {
            project.document(s.document_id).name
            for d in project.documents()
            for s in project.spans(d.id)
            if s.label == "quote"
        }
    assert quoted == {"r10"}

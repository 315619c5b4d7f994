"""Peer files of the wrong shape: each is refused with a message naming the task, line or
file (never a Python traceback), and nothing is read as something it is not (a string as a
list of its letters, the second of two regions with one id over the first)."""

from __future__ import annotations

import json
import zipfile

import pytest

from annotator import FormatError, Project
from annotator.importer import import_paths

TEXT = "قال الرئيس"


def _label_studio(tmp_path, result, annotations=None) -> str:
    task = {"data": {"text": TEXT}, "annotations": [{"result": result}]}
    if annotations is not None:
        task["annotations"] = annotations
    path = tmp_path / "tasks.json"
    path.write_text(json.dumps([task], ensure_ascii=False), "utf-8")
    return str(path)


def _region(ref, start, end, labels):
    return {"id": ref, "type": "labels", "value": {"start": start, "end": end, "labels": labels}}


@pytest.fixture
def project(tmp_path):
    with Project.create(tmp_path / "p.annot") as p:
        yield p


@pytest.mark.parametrize(
    "result, annotations",
    [
        (None, ["x"]),  # an annotation that is not an object
        (None, 5),  # annotations that are not a list
        ([{"id": "a", "type": "labels", "value": [1]}], None),  # a value that is not an object
        ([{**_region("a", 0, 3, ["speaker"]), "id": ["a"]}], None),  # an id that is a list
        ([_region("a", 0, 3, {"k": 1})], None),  # labels that are an object
        ([_region("a", 0, 3, "speaker")], None),  # labels as a bare string (was "s")
        (
            [
                _region("a", 0, 3, ["speaker"]),
                {"id": "a", "type": "textarea", "value": {"text": [1]}},
            ],
            None,
        ),  # fmt: skip
        (
            [
                _region("a", 0, 3, ["speaker"]),
                {"id": "a", "type": "textarea", "value": {"text": "note"}},
            ],
            None,
        ),  # fmt: skip
        (
            [
                _region("a", 0, 3, ["speaker"]),
                _region("b", 4, 10, ["claim"]),
                {"type": "relation", "from_id": "a", "to_id": "b", "labels": "said"},
            ],
            None,
        ),  # fmt: skip
        (
            [
                _region("a", 0, 3, ["speaker"]),
                {"id": "a", "type": "choices", "from_name": "x", "value": {"choices": "yes"}},
            ],
            None,
        ),  # fmt: skip
    ],
)
def test_a_label_studio_task_of_the_wrong_shape_is_refused_by_name(
    project, tmp_path, result, annotations
):
    path = _label_studio(tmp_path, result or [], annotations)
    with pytest.raises(FormatError) as caught:
        import_paths(project, [path], fmt="label-studio", create_labels=True)
    assert "task 1" in str(caught.value) or caught.value.problems
    assert project.documents() == []


def test_a_label_studio_region_with_two_labels_keeps_both(project, tmp_path):
    result = [_region("a", 0, 3, ["speaker", "claim"])]
    import_paths(project, [_label_studio(tmp_path, result)], fmt="label-studio")
    [doc] = project.documents()
    names = {lb.id: lb.name for lb in project.labels()}
    assert sorted((s.start, s.end, names[s.label_id]) for s in project.spans(doc.id)) == [
        (0, 3, "claim"),
        (0, 3, "speaker"),
    ]


def test_two_label_studio_regions_with_one_id_are_refused_not_merged(project, tmp_path):
    result = [_region("a", 0, 3, ["speaker"]), _region("a", 4, 10, ["claim"])]
    with pytest.raises(FormatError, match="another region has the id 'a'"):
        import_paths(project, [_label_studio(tmp_path, result)], fmt="label-studio")
    assert project.documents() == []


@pytest.mark.parametrize("ann", ["R1\t\n", "T1\tspeaker 0 3\tقال\nA1\tfoo\n"])
def test_a_brat_line_too_short_is_refused_by_name(project, tmp_path, ann):
    path = tmp_path / "d.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("d.txt", TEXT)
        z.writestr("d.ann", ann)
    with pytest.raises(FormatError):
        import_paths(project, [str(path)], fmt="brat", create_labels=True)
    assert project.documents() == []


def test_a_brat_file_named_by_a_5000_digit_number_is_read_or_refused_cleanly(project, tmp_path):
    path = tmp_path / "d.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("9" * 5000 + "_d.txt", TEXT)
        z.writestr("9" * 5000 + "_d.ann", "T1\tspeaker 0 3\tقال\n")
    try:
        import_paths(project, [str(path)], fmt="brat", create_labels=True)
    except FormatError:
        assert project.documents() == []
    else:
        [doc] = project.documents()
        assert [(s.start, s.end) for s in project.spans(doc.id)] == [(0, 3)]


@pytest.mark.parametrize("content", [5, ["a"], {"a": 1}])
def test_a_json_array_record_whose_content_is_not_text_is_refused(project, tmp_path, content):
    path = tmp_path / "records.json"
    path.write_text(json.dumps([{"content": content}]), "utf-8")
    with pytest.raises(FormatError):
        import_paths(project, [str(path)])
    assert project.documents() == []

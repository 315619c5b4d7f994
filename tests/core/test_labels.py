"""The label set: stored in the project, defaults, and changes (add, rename, recolour, re-key)."""

from __future__ import annotations

import pytest

from annotator import LabelError, Project

from .conftest import add_text, run_cli


def test_default_labels_are_the_four_with_keys_and_letters(project):
    labels = project.labels()
    assert [(lab.name, lab.key, lab.letter) for lab in labels] == [
        ("speaker", "1", "s"),
        ("claim", "2", "c"),
        ("location", "3", "l"),
        ("statistic", "4", "t"),
    ]


def test_default_label_colours_are_distinct_okabe_ito_colours(project):
    colours = [lab.color for lab in project.labels()]
    assert len(set(colours)) == 4
    # Okabe–Ito: the palette told apart under every common colour-vision deficiency.
    okabe_ito = {"#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7"}
    assert set(colours) <= okabe_ito


def test_label_changes_are_stored_in_the_project(project_path):
    with Project.create(project_path) as p:
        added = p.add_label("source", "#0072B2", key="5", letter="o")
        claim = p.label_by_name("claim")
        p.update_label(claim.id, name="assertion", color="#D55E00", key="9", letter="a")
    with Project.open(project_path, readonly=True) as p:
        labels = {lab.name: lab for lab in p.labels()}
        assert set(labels) == {"speaker", "assertion", "location", "statistic", "source"}
        assert (labels["source"].color, labels["source"].key, labels["source"].letter) == (
            "#0072b2",
            "5",
            "o",
        )
        assert labels["source"].id == added.id
        assert [lab.name for lab in p.labels()][-1] == "source"
        assert (labels["assertion"].color, labels["assertion"].key, labels["assertion"].letter) == (
            "#d55e00",
            "9",
            "a",
        )


def test_renaming_a_label_renames_it_on_existing_spans(project):
    doc = add_text(project, "قال الوزير")
    claim = project.label_by_name("claim")
    span = project.add_span(doc, 0, 3, claim.id)
    project.update_label(claim.id, name="assertion")
    assert project.span(span.id).label == "assertion"


@pytest.mark.parametrize(
    "change, message",
    [
        ({"name": "speaker"}, "already a label called"),
        ({"key": "1"}, "already tags 'speaker'"),
        ({"letter": "s"}, "already tags 'speaker'"),
        ({"key": "s"}, "already tags 'speaker'"),
        ({"key": "7", "letter": "7"}, "must differ"),
        ({"key": "12"}, "one letter or digit"),
        ({"key": "S"}, "already tags 'speaker'"),  # keys match without case, as shortcuts do
        ({"key": "]"}, "one letter or digit"),  # punctuation keys are the app's commands
        ({"color": "red"}, "#rrggbb"),
        ({"color": "#12345"}, "#rrggbb"),
        ({"name": "  "}, "needs a name"),
    ],
)
def test_label_collisions_and_bad_values_are_refused_and_change_nothing(project, change, message):
    before = project.labels()
    claim = project.label_by_name("claim")
    with pytest.raises(LabelError, match=message):
        project.update_label(claim.id, **change)
    fields = {"name": "source", "color": "#0072b2", "key": "5", "letter": "o", **change}
    with pytest.raises(LabelError, match=message):
        project.add_label(**fields)
    assert project.labels() == before


def test_a_label_keeps_its_own_key_when_changed(project):
    claim = project.label_by_name("claim")
    updated = project.update_label(claim.id, color="#0072b2")
    assert (updated.key, updated.letter, updated.color) == ("2", "c", "#0072b2")


def test_a_used_label_cannot_be_deleted_but_an_unused_one_can(project):
    doc = add_text(project, "قال الوزير")
    speaker = project.label_by_name("speaker")
    project.add_span(doc, 0, 3, speaker.id)
    with pytest.raises(LabelError, match="used by 1 span; relabel or delete it first"):
        project.delete_label(speaker.id)
    project.delete_label(project.label_by_name("statistic").id)
    assert [lab.name for lab in project.labels()] == ["speaker", "claim", "location"]


def _export(project) -> list[dict]:
    import io
    import json

    from annotator import export

    out = io.BytesIO()
    export(project, out, "native")
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_removing_a_label_takes_its_spans_and_undo_puts_everything_back(project, project_path):
    import sqlite3

    from .conftest import add_text

    first = add_text(project, "قال رئيس كازاخستان قاسم جومارت توكاييف", "a.txt")
    second = add_text(project, "أعلن الوزير أن النمو بلغ 3.5%", "b.txt")
    speaker, claim = project.label_by_name("speaker"), project.label_by_name("claim")
    who = project.add_span(first, 20, 38, speaker.id)
    said = project.add_span(first, 0, 3, claim.id)
    project.add_span(second, 0, 11, claim.id)
    project.add_relation(said.id, who.id, "said")  # the claim's link to its speaker
    before = _export(project)
    assert project.label_usage(claim.id) == (2, 2)

    removed = project.remove_label(claim.id)
    assert removed.span_count == 2
    assert project.label_by_name("claim") is None
    assert [s.label for s in project.spans(first)] == ["speaker"]
    assert project.spans(second) == []
    with sqlite3.connect(project_path) as conn:
        assert conn.execute("SELECT count(*) FROM relations").fetchone()[0] == 0
    conn.close()

    project.restore_label(removed)
    assert project.label_by_name("claim") == claim  # same id, colour, keys, position
    assert _export(project) == before
    with sqlite3.connect(project_path) as conn:
        assert conn.execute("SELECT from_span_id, to_span_id FROM relations").fetchall() == [
            (said.id, who.id)
        ]
    conn.close()
    assert project.check() == []


def test_a_removed_label_cannot_come_back_over_a_new_one_with_its_name(project):
    claim = project.label_by_name("claim")
    removed = project.remove_label(claim.id)
    project.add_label("claim", "#123456")
    with pytest.raises(LabelError, match="cannot be put back"):
        project.restore_label(removed)
    assert [label.name for label in project.labels()].count("claim") == 1


def test_listing_labels_reads_a_project_another_window_has_open(project_path):
    # Listing only reads: it opens read-only, so the app holding the project does not stop it.
    with Project.create(project_path):
        done = run_cli("labels", project_path)
    assert done.returncode == 0, done.stderr.decode()
    assert "speaker" in done.stdout.decode()

"""Merging projects into layers, agreement from a project, adjudication into a gold layer."""

from __future__ import annotations

import json

import pytest

from annotator import Project
from annotator.agreement import project_agreement
from annotator.cli import main
from annotator.curation import GOLD, compare, resolve
from annotator.errors import ProjectError
from annotator.merge import merge_projects

TEXT_A = "قال الرئيس إن الاقتصاد ينمو بنسبة 3.5% في الرياض"
TEXT_B = "أعلنت الوزارة أن 200 طالب سافروا إلى جدة"


def _project(path, annotator, tags, renamed=()):
    """A project with both articles (imported in the given order) and ``annotator``'s tags."""
    project = Project.create(path)
    project.annotator = annotator
    texts = [TEXT_B, TEXT_A] if "reverse" in renamed else [TEXT_A, TEXT_B]
    from annotator.records import sha256_text

    project.add_documents(
        [
            {"name": f"{annotator}-{i}.txt", "text": t, "sha256": sha256_text(t)}
            for i, t in enumerate(texts)
        ]
    )
    ids = {doc.name.split("-")[1]: doc.id for doc in project.documents()}
    by_text = {project.document(i).text: i for i in ids.values()}
    for text, start, end, label in tags:
        project.add_span(by_text[text], start, end, project.label_by_name(label).id)
    project.close()
    return path


@pytest.fixture
def two_analysts(tmp_path):
    amal = _project(
        tmp_path / "amal.annot",
        "amal",
        [
            (TEXT_A, 4, 10, "speaker"),
            (TEXT_A, 14, 37, "claim"),
            (TEXT_A, 34, 38, "statistic"),
            (TEXT_B, 0, 13, "speaker"),
        ],
    )
    omar = _project(
        tmp_path / "omar.annot",
        "omar",
        [
            (TEXT_A, 4, 10, "speaker"),
            (TEXT_A, 11, 37, "claim"),
            (TEXT_A, 42, 48, "location"),
            (TEXT_B, 0, 13, "speaker"),
        ],
        renamed=("reverse",),
    )
    return amal, omar


def _lines(path):
    with Project.open(path, readonly=True) as project:
        from annotator.formats import iter_records

        return [
            (
                r["sha256"],
                sorted((s["start"], s["end"], s["label"], s["annotator"]) for s in r["spans"]),
            )
            for r in iter_records(project)
        ]


def test_documents_match_by_text_and_each_annotator_keeps_a_layer(two_analysts, tmp_path):
    amal, omar = two_analysts
    before = [p.read_bytes() for p in two_analysts]
    report = merge_projects(tmp_path / "team.annot", [amal, omar])
    assert (report.documents_new, report.documents_matched) == (2, 2)
    assert report.spans_added == 8
    assert report.layers == {"amal": 4, "omar": 4}
    # The identical speaker span of both analysts is kept twice: once per layer.
    with Project.open(tmp_path / "team.annot", readonly=True) as team:
        doc = next(d for d in team.documents() if team.document(d.id).text == TEXT_A)
        layers = team.layer_spans(doc.id)
        assert [(s.start, s.end) for s in layers["amal"] if s.label == "speaker"] == [(4, 10)]
        assert [(s.start, s.end) for s in layers["omar"] if s.label == "speaker"] == [(4, 10)]
        assert team.check() == []
    assert [p.read_bytes() for p in two_analysts] == before  # inputs untouched


def test_merging_twice_gives_the_same_project(two_analysts, tmp_path):
    out = tmp_path / "team.annot"
    merge_projects(out, list(two_analysts))
    first = _lines(out)
    again = merge_projects(out, list(two_analysts))
    assert again.spans_added == 0 and again.documents_new == 0
    assert _lines(out) == first


def test_a_label_colour_conflict_is_reported_not_resolved(two_analysts, tmp_path):
    amal, omar = two_analysts
    with Project.open(omar) as project:
        project.update_label(project.label_by_name("claim").id, color="#123456")
        project.add_label("event", "#654321", key="5")
    report = merge_projects(tmp_path / "team.annot", [amal, omar])
    assert any("'claim'" in c and "#123456" in c for c in report.conflicts)
    with Project.open(tmp_path / "team.annot", readonly=True) as team:
        assert team.label_by_name("claim").color != "#123456"  # the first input's colour kept
        assert team.label_by_name("event").color == "#654321"  # a new label comes over


def test_merge_refuses_to_write_into_one_of_its_inputs(two_analysts):
    amal, omar = two_analysts
    with pytest.raises(ProjectError, match="output project itself"):
        merge_projects(amal, [amal, omar])


def test_agreement_of_a_merged_project(two_analysts, tmp_path):
    out = tmp_path / "team.annot"
    merge_projects(out, list(two_analysts))
    with Project.open(out, readonly=True) as team:
        report = project_agreement(team)
    pair = report.pairs[0]
    assert (pair.a, pair.b, report.documents) == ("amal", "omar", 2)
    assert pair.exact["speaker"].value == 1.0
    assert pair.exact["claim"].value == 0.0 and pair.overlap["claim"].value == 1.0
    assert pair.exact["*"].value == pytest.approx(2 * 2 / 8)


def test_adjudication_puts_decisions_in_a_gold_layer_and_undo_takes_them_back(
    two_analysts, tmp_path
):
    out = tmp_path / "team.annot"
    merge_projects(out, list(two_analysts))
    with Project.open(out) as team:
        team.annotator = "editor"
        doc = next(d for d in team.documents() if team.document(d.id).text == TEXT_A)
        keys = {
            n: [(s.start, s.end, s.label) for s in spans]
            for n, spans in team.layer_spans(doc.id).items()
        }
        comparison = compare(keys)
        claim = next(d for d in comparison.disagreements if d.versions["amal"][0][2] == "claim")
        decision = team.decide(
            doc.id, claim.start, claim.end, "omar", claim.versions, resolve(claim, "omar")
        )
        assert decision.decided_by == "editor"
        gold = team.layer_spans(doc.id)[GOLD]
        assert [(s.start, s.end, s.label) for s in gold] == [(11, 37, "claim")]
        assert [d.choice for d in team.decisions(doc.id)] == ["omar"]
        team.undo_decision(decision.id)
        assert GOLD not in team.layer_spans(doc.id)
        assert team.decisions(doc.id) == []


def test_cli_merge_agreement_and_accepting_identical_spans(two_analysts, tmp_path, capsys):
    out = tmp_path / "team.annot"
    assert main(["merge", str(out), *map(str, two_analysts)]) == 0
    assert "2 new documents" in capsys.readouterr().err
    assert main(["agreement", str(out), "--json"]) == 0
    numbers = json.loads(capsys.readouterr().out)
    assert numbers["average"]["exact"]["speaker"] == 1.0
    assert main(["agreement", str(out), "--by", "label"]) == 0
    table = capsys.readouterr().out
    assert "Krippendorff" in table and "speaker" in table
    assert main(["adjudicate", str(out), "--accept-identical"]) == 0
    capsys.readouterr()
    with Project.open(out, readonly=True) as team:
        assert team.layers()[GOLD] == 2  # the two identical speaker spans


def test_agreement_of_a_single_layer_project_says_what_to_do(tmp_path, capsys):
    path = _project(tmp_path / "solo.annot", "amal", [(TEXT_A, 4, 10, "speaker")])
    assert main(["agreement", str(path)]) == 1
    assert "merge projects first" in capsys.readouterr().err


def test_relations_attributes_and_flags_come_over_as_the_annotators_layer(tmp_path):
    amal = tmp_path / "amal.annot"
    with Project.create(amal) as p:
        p.annotator = "amal"
        from annotator.records import sha256_text

        p.add_documents([{"name": "a.txt", "text": TEXT_A, "sha256": sha256_text(TEXT_A)}])
        doc = p.documents()[0].id
        speaker = p.add_span(doc, 4, 10, p.label_by_name("speaker").id)
        claim = p.add_span(doc, 14, 37, p.label_by_name("claim").id)
        p.add_relation(claim.id, speaker.id, "said")
        p.set_span_note(claim.id, "منقول")
    out = tmp_path / "team.annot"
    report = merge_projects(out, [amal])
    assert report.relations_added == 1
    again = merge_projects(out, [amal])
    assert again.relations_added == 0  # merged twice: the same project
    with Project.open(out, readonly=True) as team:
        doc = team.documents()[0].id
        (relation,) = team.relations(doc)
        spans = {s.id: s for s in team.spans(doc)}
        assert (spans[relation.from_span].label, spans[relation.to_span].label) == (
            "claim",
            "speaker",
        )
        assert relation.annotator == "amal"
        assert spans[relation.from_span].note == "منقول"


def test_cli_team_counts_of_one_are_singular(tmp_path, capsys):
    amal = _project(tmp_path / "amal.annot", "amal", [(TEXT_A, 4, 10, "speaker")])
    omar = _project(tmp_path / "omar.annot", "omar", [(TEXT_A, 4, 10, "claim")])
    out = tmp_path / "team.annot"
    assert main(["merge", str(out), str(amal), str(omar)]) == 0
    said = capsys.readouterr().err
    assert "1 spans" not in said and "1 relations" not in said, said
    assert main(["adjudicate", str(out), "--accept-identical"]) == 0
    captured = capsys.readouterr()
    assert "\t1 disagreement\n" in captured.out, captured.out
    assert captured.err.endswith("into the gold layer in 1 document\n"), captured.err

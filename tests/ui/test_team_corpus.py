"""Issue 16 end to end on real articles (opt-in corpus): two analysts tag the same 20 articles
differently; their projects merge, agreement is checked against NLTK and the written-out
alpha_U, and a document is adjudicated by keyboard into the gold layer."""

from __future__ import annotations

import random

import pytest
from nltk.metrics.agreement import AnnotationTask
from PySide6.QtCore import Qt

from annotator.agreement import (
    AgreementDocument,
    AlphaTally,
    project_agreement,
    token_labels,
    word_tokens,
)
from annotator.curation import GOLD
from annotator.merge import merge_projects
from annotator.records import sha256_text
from annotator.store import Project
from annotator.text import normalise_newlines, snap_to_words
from tests.core.test_agreement import _brute_observed
from tests.ui.app_fixtures import OFFSCREEN_NOISE, press

pytestmark = OFFSCREEN_NOISE
LABELS = ("speaker", "claim", "location", "statistic")


def _tags(text: str, rng: random.Random, n: int) -> set[tuple[int, int, str]]:
    out = set()
    for _ in range(n):
        a = rng.randrange(len(text))
        snapped = snap_to_words(text, a, min(len(text), a + rng.randint(1, 30)))
        if snapped and "\n" not in text[snapped[0] : snapped[1]]:
            out.add((*snapped, rng.choice(LABELS)))
    return out


@pytest.fixture
def twenty(corpus, tmp_path):
    articles = [
        normalise_newlines(a["content"]) for a in corpus if (a.get("content") or "").strip()
    ]
    texts = articles[:20]
    rng = random.Random(16)
    layers = {"amal": [], "omar": []}
    for text in texts:
        amal = _tags(text, rng, 12)
        omar = {t for t in amal if rng.random() > 0.3} | _tags(text, rng, 4)
        layers["amal"].append(amal)
        layers["omar"].append(omar)
    paths = []
    for name, per_doc in layers.items():
        path = tmp_path / f"{name}.annot"
        with Project.create(path) as p:
            p.add_documents(
                [
                    {
                        "name": f"{i}.txt",
                        "text": t,
                        "sha256": sha256_text(t),
                        "spans": [
                            {"start": s, "end": e, "label": lab, "annotator": name}
                            for s, e, lab in sorted(tags)
                        ],
                    }
                    for i, (t, tags) in enumerate(zip(texts, per_doc, strict=True))
                ]
            )
        paths.append(path)
    return texts, layers, paths


def test_twenty_real_articles_merge_agree_and_adjudicate(twenty, qtbot, open_window, tmp_path):
    texts, layers, paths = twenty
    out = tmp_path / "team.annot"
    report = merge_projects(out, paths)
    assert report.documents_new == 20 and report.documents_matched == 20
    with Project.open(out, readonly=True) as team:
        result = project_agreement(team).pairs[0]

    docs = [
        AgreementDocument("", t, {"amal": sorted(a), "omar": sorted(o)})
        for t, a, o in zip(texts, layers["amal"], layers["omar"], strict=True)
        if a and o
    ]
    for label in LABELS:
        # kappa: NLTK over the same token decisions.
        data = []
        for d_i, d in enumerate(docs):
            tokens = word_tokens(d.text)
            for who in ("amal", "omar"):
                for t_i, inside in enumerate(token_labels(tokens, d.spans[who], label)):
                    data.append((who, (d_i, t_i), inside))
        assert result.kappa[label] == pytest.approx(AnnotationTask(data=data).kappa(), abs=1e-9)
        # alpha_U's observed disagreement: the double sum written out, document by document.
        observed = 0.0
        total = sum(len(d.text) for d in docs)
        for d in docs:
            units = [[(s, e) for s, e, lab in d.spans[w] if lab == label] for w in ("amal", "omar")]
            observed += _brute_observed(units, len(d.text)) * 2 * len(d.text) ** 2
        expected_do = observed / (2 * total**2)
        tally = AlphaTally(2)
        for d in docs:
            tally.add(
                [[(s, e) for s, e, lab in d.spans[w] if lab == label] for w in ("amal", "omar")],
                len(d.text),
            )
        assert tally.parts()[0] == pytest.approx(expected_do)

    # Adjudicate the first article by keyboard: amal's version every time.
    window = open_window(project_path=out)
    doc_id = next(
        d.id
        for d in window.session.project.documents()
        if window.session.project.document(d.id).text == texts[0]
    )
    window.open_document(doc_id)
    press(
        qtbot,
        window,
        Qt.Key.Key_J,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    panel = window.curation
    waiting = [
        panel.list.item(r).data(Qt.ItemDataRole.UserRole + 1) for r in range(panel.list.count())
    ]
    assert waiting and all(waiting)
    for _ in waiting:
        press(qtbot, window, Qt.Key.Key_1)
    assert panel.summary.text().startswith("0 to decide")
    with Project.open(out, readonly=True) as team:
        gold = {(s.start, s.end, s.label) for s in team.layer_spans(doc_id).get(GOLD, ())}
    wanted = {k for item in waiting for k in item.versions["amal"]}
    assert gold == wanted

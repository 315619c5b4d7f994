"""The peers' own parsers on our exports. spaCy is in the test extra and always runs; the
heavy peers (label-studio-sdk, pybrat) are an opt-in: ``scripts/check-peers`` installs the
``peers`` extra and sets ANNOTATOR_PEERS=1; without it those tests are deselected."""

from __future__ import annotations

import os

import pytest

PEERS_OPTED_IN = bool(os.environ.get("ANNOTATOR_PEERS"))


def pytest_collection_modifyitems(config, items):
    chosen, left_out = [], []
    for item in items:
        if item.get_closest_marker("peers") and not PEERS_OPTED_IN:
            left_out.append(item)
        else:
            chosen.append(item)
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = chosen


@pytest.fixture
def hostile_project(tmp_path):
    """A project whose articles hold what breaks offsets: emoji with ZWJ, flags, harakat,
    bidi marks, CRLF (made LF), and nested and adjacent spans of every label."""
    from annotator import Project
    from annotator.records import sha256_text

    texts = [
        "قالَ المتحدّث 👨\u200d👩\u200d👧 باسم الوزارة إن النمو في 🇸🇦 الرياض بلغ 3.5٪\n\nنهاية",
        "\u200fأعلن \u2067وزير\u2069 المالية 😀 أن العجز تراجع إلى ٢٫٥٪ في جدة",
    ]
    project = Project.create(tmp_path / "peers.annot")
    ids = {label.name: label.id for label in project.labels()}
    for n, text in enumerate(texts):
        [(doc, _)] = project.add_documents(
            [{"name": f"خبر {n}.txt", "text": text, "sha256": sha256_text(text)}]
        )
        words = [(i, i + len(w)) for i, w in _words(text)]
        project.add_span(doc, words[0][0], words[-1][1], ids["claim"])
        project.add_span(doc, words[1][0], words[1][1], ids["speaker"])
        project.add_span(doc, words[1][0], words[3][1], ids["speaker"])  # nested, same label
        project.add_span(doc, words[-1][0], words[-1][1], ids["location"])
        project.add_span(doc, words[-4][0], words[-3][1], ids["statistic"])
    yield project
    project.close()


def _words(text: str):
    import re

    return [(m.start(), m.group()) for m in re.finditer(r"\S+", text)]

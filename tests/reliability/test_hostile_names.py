"""Names from files someone else made are shown safely: in the CLI no control character
reaches the terminal, no bidi control reorders a row; label names that only look like
another label are refused."""

from __future__ import annotations

import json

import pytest

from annotator import LabelError, Project
from tests.core.conftest import add_text, run_cli

TEXT = "قال المتحدث باسم الوزارة إن النمو في الرياض بلغ"
EVIL = "invoice\u202egpj.exe.txt"
TERMINAL = "ok\x1b]0;pwned\x07\nfake row\t1"


@pytest.fixture
def hostile(tmp_path):
    path = tmp_path / "p.annot"
    records = tmp_path / "in.jsonl"
    rows = [
        {"name": EVIL, "text": TEXT, "spans": []},
        {"name": TERMINAL, "text": TEXT + " هذا العام", "spans": []},
    ]
    records.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    done = run_cli("import", path, records)
    assert done.returncode == 0, done.stderr.decode()
    return path


def test_cli_never_prints_control_or_bidi_characters_from_names(hostile):
    done = run_cli("show", hostile)
    out = done.stdout.decode()
    assert done.returncode == 0
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "invoice<RLO>gpj.exe.txt" in out
    assert "ok<U+001B>]0;pwned<U+0007><U+000A>fake row 1" in out
    assert len(out.strip().splitlines()) == 2  # one row per document: no forged row


def test_cli_error_messages_are_safe_too(tmp_path):
    done = run_cli("stats", tmp_path / "missing\x1b[31m.annot")
    err = done.stderr.decode()
    assert done.returncode == 1 and "\x1b" not in err and "<U+001B>[31m" in err


@pytest.mark.parametrize(
    "name",
    [
        "spea\u200bker",  # zero-width space
        "\u202espeaker",  # bidi override
        "SPEAKER",  # case
        "cIaim",  # Latin capital I for l
        "ｓｐｅａｋｅｒ",  # fullwidth forms
        "quo\u200bte",  # a new name with an invisible character, like no other
        "\u2066note\u2069",  # a new name with bidi isolates
        "tab\x1bname",  # a control character
    ],
)
def test_a_label_name_that_looks_like_another_is_refused(tmp_path, name):
    with Project.create(tmp_path / "p.annot") as p:
        with pytest.raises(LabelError):
            p.add_label(name, "#123456")
        assert [label.name for label in p.labels()] == ["speaker", "claim", "location", "statistic"]


def test_arabic_yeh_forms_make_one_label_name(tmp_path):
    with Project.create(tmp_path / "p.annot") as p:
        p.add_label("رأي", "#123456")  # Arabic yeh
        for lookalike in ("رأی", "رأى"):  # Persian yeh, alef maksura
            with pytest.raises(LabelError, match="looks like"):
                p.add_label(lookalike, "#654321")
        doc = add_text(p, TEXT)
        assert p.spans(doc) == []


@pytest.mark.parametrize(
    "existing, lookalike",
    [
        ("مصدر", "مَصْدَر"),  # harakat
        ("مصدر", "مصـدر"),  # tatweel
        ("كاتب", "کاتب"),  # keheh for kaf
        ("جهة", "جهه"),  # heh for teh marbuta
        ("أثر", "اثر"),  # alef without hamza
        ("عدد ٤", "عدد ۴"),  # Persian digit four
    ],
)
def test_arabic_spellings_that_read_alike_make_one_label_name(tmp_path, existing, lookalike):
    with Project.create(tmp_path / "p.annot") as p:
        p.add_label(existing, "#123456")
        with pytest.raises(LabelError, match="looks like"):
            p.add_label(lookalike, "#654321")


def test_a_label_keeps_its_name_when_recoloured(tmp_path):
    with Project.create(tmp_path / "p.annot") as p:
        label = p.add_label("رأي", "#123456")
        assert p.update_label(label.id, color="#654321").color == "#654321"


def test_import_does_not_create_a_label_that_looks_like_another(tmp_path):
    path = tmp_path / "p.annot"
    records = tmp_path / "in.jsonl"
    rows = [
        {"text": TEXT, "spans": [{"start": 0, "end": 3, "label": "quote"}]},
        {"text": TEXT + " هذا", "spans": [{"start": 0, "end": 3, "label": "spea\u200bker"}]},
        {"text": TEXT + " ذلك", "spans": [{"start": 0, "end": 3, "label": "qu0te"}]},
    ]
    records.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    done = run_cli("import", "--create-labels", path, records)
    err = done.stderr.decode()
    assert done.returncode == 1, err
    assert "line 2: a label's name cannot hold invisible" in err and "<ZWSP>" in err, err
    assert "line 3: 'qu0te' looks like the label 'quote'" in err, err
    assert not path.exists()

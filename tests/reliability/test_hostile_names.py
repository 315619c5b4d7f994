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


RAW = ("\x1b", "\x07", "\u202e")


@pytest.fixture
def hostile_project(tmp_path):
    """A project from someone else: its label, relation type, annotator, note and attribute
    value carry a bidi override, a terminal title sequence and a newline."""
    import sqlite3

    path = tmp_path / "p.annot"
    records = tmp_path / "in.jsonl"
    spans = [
        {"id": 1, "start": 0, "end": 3, "label": "claim", "annotator": TERMINAL, "note": EVIL},
        {"id": 2, "start": 4, "end": 11, "label": "speaker", "annotator": EVIL},
    ]
    relations = [{"from": 1, "to": 2, "type": "said"}]
    row = {"name": EVIL, "text": TEXT, "spans": spans, "relations": relations}
    records.write_text(json.dumps(row) + "\n", encoding="utf-8")
    done = run_cli("import", path, records)
    assert done.returncode == 0, done.stderr.decode()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE labels SET name = ? WHERE name = 'speaker'", (EVIL,))
        conn.execute("UPDATE relation_types SET name = ? WHERE name = 'said'", (TERMINAL,))
    conn.close()
    return path


@pytest.mark.parametrize(
    "command",
    [["labels"], ["stats"], ["relations"], ["show"], ["show", "1"], ["claims"], ["search", "قال"]],
    ids=lambda c: " ".join(c),
)
def test_no_command_prints_a_raw_control_from_a_hostile_project(hostile_project, command):
    done = run_cli(command[0], hostile_project, *command[1:])
    out, err = done.stdout.decode(), done.stderr.decode()
    assert done.returncode == 0, err
    if command != ["claims"]:  # CSV piped to a file is the data as it is (see the tty test)
        assert not any(ch in out for ch in RAW), out
    assert not any(ch in err for ch in RAW), err
    if command[0] in ("labels", "show", "relations"):
        assert "<RLO>" in out or "<U+001B>" in out, out


def test_claims_on_a_terminal_are_made_safe(hostile_project):
    import os
    import pty
    import subprocess
    import sys

    leader, follower = pty.openpty()
    with subprocess.Popen(
        [sys.executable, "-m", "annotator.cli", "claims", str(hostile_project)],
        stdout=follower,
        stderr=subprocess.PIPE,
    ) as proc:
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the follower closed: all was read
                break
            if not chunk:
                break
            chunks.append(chunk)
        assert proc.wait(timeout=60) == 0
    os.close(leader)
    out = b"".join(chunks).decode()
    assert "<RLO>" in out and not any(ch in out for ch in RAW), out


def test_show_prints_article_text_as_it_is_but_for_control_characters(tmp_path):
    path, records = tmp_path / "p.annot", tmp_path / "in.jsonl"
    text = "می\u200cخواهد \u200fقال\x1b]0;pwned\x07 المتحدث\nسطر"  # ZWNJ, RLM, ESC, BEL
    records.write_text(json.dumps({"name": "a", "text": text}) + "\n", encoding="utf-8")
    assert run_cli("import", path, records).returncode == 0
    out = run_cli("show", path, "1").stdout.decode()
    assert out.startswith("می\u200cخواهد \u200fقال<U+001B>]0;pwned<U+0007> المتحدث\nسطر\n"), out

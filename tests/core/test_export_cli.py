"""Export streaming and the command line: help, stdout/stderr, exit status, -o, --visual."""

from __future__ import annotations

import inspect
import json
import os
import stat
import unicodedata

import arabic_reshaper
import pytest

from annotator import AnnotatorError, Project, iter_records
from annotator import cli as cli_module
from annotator.text import presentation_forms_share

from .conftest import add_text, run_cli


def test_export_yields_records_lazily_one_document_at_a_time(project):
    for n in range(30):
        add_text(project, f"خبر رقم {n}")
    progress = []
    records = iter_records(project, "native", progress=lambda done, total: progress.append(done))
    assert inspect.isgenerator(records)
    assert progress == []  # nothing read before the first record is asked for
    first = next(records)
    assert first["text"] == "خبر رقم 0" and progress == []
    second = next(records)
    assert second["text"] == "خبر رقم 1" and progress == [1]
    records.close()


def test_export_reads_a_snapshot_while_the_project_keeps_changing(project):
    docs = [add_text(project, f"خبر رقم {n}") for n in range(5)]
    records = iter_records(project)
    next(records)
    project.add_span(docs[3], 0, 3, project.labels()[0].id)  # after the snapshot began
    rest = list(records)
    assert len(rest) == 4 and all(r["spans"] == [] for r in rest)


def test_native_export_declares_code_points_and_is_not_ascii_escaped(project_path, tmp_path):
    with Project.create(project_path) as p:
        doc = add_text(p, "😀 قال الوزير")
        p.add_span(doc, 2, 5, p.label_by_name("speaker").id)
    done = run_cli("export", project_path)
    assert done.returncode == 0
    line = done.stdout.decode("utf-8")
    assert "قال" in line and "\\u" not in line and line.count("\n") == 1
    rec = json.loads(line)
    assert rec["offset_unit"] == "codepoint"
    [span] = rec["spans"]
    assert {"start", "end", "label", "text", "annotator", "created_at"} <= set(span)
    assert (span["start"], span["end"], span["text"], span["annotator"]) == (2, 5, "قال", "tester")


COMMANDS = ["import", "export", "stats", "check", "labels", "show", "backup", "gui"]


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_works_for_every_command(command):
    done = run_cli(*([command] if command else []), "--help")
    assert done.returncode == 0
    assert b"usage: annotator" in done.stdout
    assert done.stderr == b""


def test_mistaken_command_line_exits_2_with_usage_on_stderr():
    done = run_cli("export")
    assert done.returncode == 2
    assert done.stdout == b"" and b"usage:" in done.stderr


def test_stats_prints_data_on_stdout_and_fails_on_a_missing_project(project_path, tmp_path):
    with Project.create(project_path) as p:
        doc = add_text(p, "قال الوزير")
        p.add_span(doc, 0, 3, p.labels()[0].id)
    done = run_cli("stats", project_path, "--json")
    assert done.returncode == 0 and done.stderr == b""
    stats = json.loads(done.stdout)
    assert stats["documents"] == 1 and stats["spans_by_label"]["speaker"] == 1
    missing = run_cli("stats", tmp_path / "missing.annot")
    assert missing.returncode == 1 and missing.stdout == b""
    assert b"missing.annot" in missing.stderr
    assert not (tmp_path / "missing.annot").exists()


def test_check_reports_ok_for_a_sound_project(project_path):
    Project.create(project_path).close()
    done = run_cli("check", project_path)
    assert done.returncode == 0 and done.stdout == b"" and b"ok" in done.stderr


def test_visual_shapes_and_reorders_only_when_asked(project_path):
    with Project.create(project_path) as p:
        doc = add_text(p, "قال الوزير إن النمو بلغ")
    plain = run_cli("show", project_path, str(doc))
    visual = run_cli("show", project_path, str(doc), "--visual")
    assert plain.returncode == visual.returncode == 0
    plain_text, visual_text = plain.stdout.decode(), visual.stdout.decode()
    assert "قال الوزير إن النمو بلغ" in plain_text
    assert presentation_forms_share(plain_text) == 0
    assert presentation_forms_share(visual_text) > 0.9
    # Reordered for a left-to-right terminal: the line reads backwards, so قال comes last.
    line = visual_text.splitlines()[0].strip()
    assert line == arabic_reshaper.reshape("قال الوزير إن النمو بلغ")[::-1]
    assert line.endswith("\ufedd\ufe8e\ufed7")  # ﻗ ﺎ ﻝ written right to left


def _clusters(shown: str) -> list[tuple[str, str]]:
    """(letter, its marks) as a terminal draws them: a mark sits on the character before it.
    Zero-width joiners are left out: the bidi algorithm drops them (rule X9) once the
    reshaper has used them to pick the letters' shapes."""
    out: list[tuple[str, str]] = []
    for c in shown:
        if c in "\u200c\u200d":
            continue
        if unicodedata.category(c) == "Mn" and out:
            out[-1] = (out[-1][0], out[-1][1] + c)
        else:
            out.append((unicodedata.normalize("NFKC", c), ""))
    return out


@pytest.mark.parametrize(
    "line, shapes",
    [
        ("قَالَ الرَّئِيسُ إِنَّ النُّمُوَّ بَلَغَ", ""),
        ("مُحَمَّـــدٌ", "\ufee3\u0640"),  # tatweel kept, م joined to it
        ("مي\u200cخواهم", "\ufef2\ufea7"),  # ZWNJ: ي final, خ initial (not joined)
        ("ب\u200d جُمْهُورِيَّة", "\ufe91"),  # ZWJ: ب initial, joined to nothing
    ],
)
def test_visual_keeps_harakat_on_their_letters_and_keeps_joiners(project_path, line, shapes):
    with Project.create(project_path) as p:
        doc = add_text(p, line)
    visual = run_cli("show", project_path, str(doc), "--visual")
    assert visual.returncode == 0
    shown = visual.stdout.decode().splitlines()[0].strip()
    # Read right to left, the terminal shows the same letters with the same marks on them.
    assert _clusters(shown)[::-1] == _clusters(line)
    assert presentation_forms_share(shown.replace("\u0640", "")) > 0.9  # tatweel has no forms
    assert all(shape in shown for shape in shapes)


def test_export_to_a_file_writes_it_and_leaves_no_temporary_file(project_path, tmp_path):
    with Project.create(project_path) as p:
        add_text(p, "قال الوزير")
    out = tmp_path / "out" / "export.jsonl"
    out.parent.mkdir()
    out.write_text("old contents")
    done = run_cli("export", project_path, "-o", out, "--format", "prodigy")
    assert done.returncode == 0 and done.stdout == b""
    assert b"exported 1 document (prodigy)" in done.stderr
    assert json.loads(out.read_text("utf-8"))["text"] == "قال الوزير"
    assert [p.name for p in out.parent.iterdir()] == ["export.jsonl"]


@pytest.mark.parametrize("umask", [0o022, 0o027, 0o002])
def test_an_exported_file_gets_the_mode_of_any_new_file(project_path, tmp_path, umask):
    """Written through a private temporary file (0600), the export must still be readable by
    whoever the analyst's umask lets read new files: the NLP team's account, a web server."""
    from annotator import export_to_path

    with Project.create(project_path) as p:
        add_text(p, "قال الوزير")
        old = os.umask(umask)
        try:
            export_to_path(p, tmp_path / "export.jsonl")
        finally:
            os.umask(old)
    assert stat.S_IMODE((tmp_path / "export.jsonl").stat().st_mode) == 0o666 & ~umask


def test_failed_export_to_a_file_leaves_the_old_file_untouched(project_path, tmp_path, monkeypatch):
    with Project.create(project_path) as p:
        add_text(p, "قال الوزير")
    out = tmp_path / "out" / "export.jsonl"
    out.parent.mkdir()
    out.write_text("old contents")

    def half_then_fail(project, stream, fmt="native", progress=None, **options):
        stream.write(b'{"text": "half a li')
        raise AnnotatorError("the disk is full")

    import annotator.formats

    monkeypatch.setattr(annotator.formats, "export", half_then_fail)
    assert cli_module.main(["export", str(project_path), "-o", str(out)]) == 1
    assert out.read_text() == "old contents"
    assert [p.name for p in out.parent.iterdir()] == ["export.jsonl"]


def test_running_out_of_memory_in_any_command_is_one_line(project_path, monkeypatch, capsys):
    import annotator.formats

    def out_of_memory(*args, **kwargs):
        raise MemoryError

    Project.create(project_path).close()
    monkeypatch.setattr(annotator.formats, "export", out_of_memory)
    assert cli_module.main(["export", str(project_path)]) == 1
    assert capsys.readouterr().err == "annotator: ran out of memory; nothing was changed\n"


def test_unknown_export_format_is_refused():
    done = run_cli("export", "x.annot", "--format", "csv")
    assert done.returncode == 2 and b"invalid choice" in done.stderr


def test_export_refuses_to_write_over_the_project_file(project_path):
    with Project.create(project_path) as p:
        add_text(p, "قال الوزير")
    before = project_path.read_bytes()
    done = run_cli("export", project_path, "-o", project_path)
    assert done.returncode == 1 and b"the project file itself" in done.stderr
    assert project_path.read_bytes() == before


def test_export_into_a_missing_folder_is_a_message_not_a_traceback(project_path, tmp_path):
    with Project.create(project_path) as p:
        add_text(p, "قال الوزير")
    done = run_cli("export", project_path, "-o", tmp_path / "nowhere" / "out.jsonl")
    assert done.returncode == 1 and b"does not exist" in done.stderr
    assert b"Traceback" not in done.stderr


def test_counts_of_one_are_singular_in_check_and_show(project_path, capsys):
    import sqlite3

    with Project.create(project_path) as p:
        doc = add_text(p, "قال الوزير إن النمو بلغ")
        p.add_span(doc, 0, 3, p.labels()[0].id)
    conn = sqlite3.connect(project_path)
    conn.execute("CREATE INDEX spans_by_note ON spans (note)")
    conn.commit()
    conn.close()
    assert cli_module.main(["check", str(project_path)]) == 1
    assert capsys.readouterr().err.endswith(": 1 problem\n")
    assert cli_module.main(["show", str(project_path)]) == 0
    out = capsys.readouterr().out
    assert "    1 span   " in out and "spans" not in out

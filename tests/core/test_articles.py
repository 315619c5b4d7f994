"""Opening article files: encodings, canonical text, bad input, folders, duplicates."""

from __future__ import annotations

import codecs
import hashlib
import json

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from annotator import AnnotatorError, Project, import_paths
from annotator.text import decode_article

from .conftest import fingerprint, run_cli

#: An article with everything canonical text must keep: harakat, shadda, tatweel, ZWNJ,
#: bidi marks, a no-break space, Arabic-Indic digits and punctuation, CRLF line ends.
ARTICLE = (
    "قالَ المتحدّث باســم الوزارة\u200c إن النمو بلغ 3.5% هذا العام،\r\n"
    "وأضاف: «الرياض\u00a0أولاً» \u200fفي التقرير\u200e (2015).\r\n"
    "\r\n"
    "نهاية الخبر؟"
)
CANONICAL = ARTICLE.replace("\r\n", "\n")

ENCODINGS = {
    "utf-8": lambda t: t.encode("utf-8"),
    "utf-8-sig": lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    "utf-16-le": lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
    "utf-16-be": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    "cp1256": lambda t: t.encode("cp1256"),
}


def _export_lines(project_path, fmt="native") -> list[dict]:
    done = run_cli("export", project_path, "--format", fmt)
    assert done.returncode == 0, done.stderr.decode()
    return [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]


@pytest.mark.parametrize("encoding", list(ENCODINGS))
def test_cli_import_then_export_gives_the_article_decoded_with_newline_ends(tmp_path, encoding):
    data = ENCODINGS[encoding](ARTICLE)
    article = tmp_path / "a.txt"
    article.write_bytes(data)
    project = tmp_path / "p.annot"
    done = run_cli("import", project, article)
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout == b""  # messages go to standard error
    assert f"read as {encoding}" in done.stderr.decode()
    [line] = _export_lines(project)
    assert line["text"] == CANONICAL
    assert line["encoding"] == encoding
    assert line["sha256"] == hashlib.sha256(data).hexdigest()
    assert line["name"] == "a.txt"


@pytest.mark.parametrize("encoding", list(ENCODINGS))
def test_decode_article_reports_the_encoding_used(encoding):
    decoded = decode_article(ENCODINGS[encoding](ARTICLE))
    assert (decoded.text, decoded.encoding) == (CANONICAL, encoding)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16-le", "utf-16-be"])
def test_a_byte_order_mark_is_dropped_when_the_encoding_is_named(encoding):
    # Named, the codec keeps the BOM as U+FEFF: left in, every offset would be one too far.
    bom = {"utf-8": codecs.BOM_UTF8, "utf-16-le": codecs.BOM_UTF16_LE}.get(
        encoding, codecs.BOM_UTF16_BE
    )
    decoded = decode_article(bom + ARTICLE.encode(encoding), encoding=encoding)
    assert decoded.text == CANONICAL


def test_lone_cr_line_ends_become_newlines():
    assert decode_article("سطر\rسطر\r\nسطر\n".encode()).text == "سطر\nسطر\nسطر\n"


def test_canonical_text_is_not_normalised():
    # Decomposed alef-madda and e-acute, presentation forms: kept exactly as they came.
    text = "٣٫٥٪ ا\u0653لان caf\u00e9 cafe\u0301 \ufefb \u0640\u0640 \u200d\u2066x\u2069"
    assert decode_article(text.encode("utf-8")).text == text


def test_encoding_override_decodes_what_guessing_cannot(tmp_path):
    article = tmp_path / "fr.txt"
    article.write_bytes("Le café est très célèbre à Paris.".encode("cp1252"))
    project = tmp_path / "p.annot"
    Project.create(project).close()
    guessed = run_cli("import", project, article)
    assert guessed.returncode == 1
    assert "fr.txt" in guessed.stderr.decode() and "--encoding" in guessed.stderr.decode()
    forced = run_cli("import", project, article, "--encoding", "cp1252")
    assert forced.returncode == 0, forced.stderr.decode()
    assert "read as cp1252" in forced.stderr.decode()
    [line] = _export_lines(project)
    assert line["text"] == "Le café est très célèbre à Paris."


def test_encoding_override_that_does_not_fit_is_an_error(tmp_path):
    article = tmp_path / "a.txt"
    article.write_bytes(ARTICLE.encode("cp1256"))
    project = tmp_path / "p.annot"
    Project.create(project).close()
    before = fingerprint(project)
    done = run_cli("import", project, article, "--encoding", "utf-8")
    assert done.returncode == 1
    assert "a.txt" in done.stderr.decode() and "utf-8" in done.stderr.decode()
    assert fingerprint(project) == before


PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000") + bytes(64)
BAD_ARTICLES = {
    "empty": b"",
    "whitespace-only": b" \r\n\t\n ",
    "png-image": PNG,
    "random-bytes": bytes(range(256)) * 4,
    "control-characters": bytes(b % 31 + 1 for b in range(2000)),
    "bad-utf8-after-bom": codecs.BOM_UTF8 + b"\xd9\x82\xff\xfe\xd9",
    "odd-utf16": codecs.BOM_UTF16_LE + "قال".encode("utf-16-le") + b"\x00",
    "latin-1-not-arabic": "Résumé, déjà vu".encode("latin-1"),
}


@pytest.mark.parametrize("kind", list(BAD_ARTICLES))
def test_bad_article_is_refused_and_the_project_is_unchanged(tmp_path, kind):
    project = tmp_path / "p.annot"
    with Project.create(project) as p:
        import_paths(p, [_write(tmp_path / "good.txt", ARTICLE.encode())])
    bad = _write(tmp_path / f"{kind}.txt", BAD_ARTICLES[kind])
    before = fingerprint(project)
    done = run_cli("import", project, bad)
    assert done.returncode == 1
    assert f"{kind}.txt" in done.stderr.decode()
    assert "nothing was imported" in done.stderr.decode()
    assert "Traceback" not in done.stderr.decode()
    assert fingerprint(project) == before
    with Project.open(project, readonly=True) as p:
        assert p.document_count() == 1


@pytest.mark.parametrize("kind", ["empty", "png-image", "latin-1-not-arabic"])
def test_bad_article_into_a_new_project_leaves_no_project_behind(tmp_path, kind):
    bad = _write(tmp_path / f"{kind}.txt", BAD_ARTICLES[kind])
    done = run_cli("import", tmp_path / "new.annot", bad)
    assert done.returncode == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [bad.name]


def test_one_bad_file_means_nothing_is_imported_unless_skip_bad(tmp_path):
    good = _write(tmp_path / "in" / "good.txt", ARTICLE.encode())
    bad = _write(tmp_path / "in" / "bad.txt", PNG)
    with Project.create(tmp_path / "p.annot") as p:
        with pytest.raises(AnnotatorError, match="bad.txt"):
            import_paths(p, [good, bad])
        assert p.document_count() == 0
        result = import_paths(p, [good, bad], skip_bad=True)
        assert len(result.added) == 1 and [s.source for s in result.skipped] == [str(bad)]
        assert p.document(result.added[0]).text == CANONICAL


def test_folder_import_takes_every_article_in_it(tmp_path):
    folder = tmp_path / "archive"
    _write(folder / "a.txt", ARTICLE.encode("utf-8"))
    _write(folder / "old" / "b.txt", ("قديم " + ARTICLE).encode("cp1256"))
    _write(folder / "old" / "c.text", codecs.BOM_UTF16_BE + ("جديد " + ARTICLE).encode("utf-16-be"))
    _write(folder / "records.jsonl", json.dumps({"text": "سجل"}, ensure_ascii=False).encode())
    _write(folder / ".hidden.txt", b"secret")
    _write(folder / "notes.md", b"# not an article")
    project = tmp_path / "p.annot"
    done = run_cli("import", project, folder)
    assert done.returncode == 0, done.stderr.decode()
    lines = _export_lines(project)
    assert sorted(line["name"] for line in lines) == [
        "a.txt",
        "old/b.txt",
        "old/c.text",
        "records.jsonl:1",
    ]
    texts = {line["name"]: line["text"] for line in lines}
    assert texts["old/b.txt"] == "قديم " + CANONICAL
    assert texts["old/c.text"] == "جديد " + CANONICAL
    assert "read as cp1256" in done.stderr.decode() and "read as utf-16-be" in done.stderr.decode()


def test_same_file_twice_makes_one_document(tmp_path):
    article = _write(tmp_path / "a.txt", ARTICLE.encode("cp1256"))
    copy = _write(tmp_path / "copy-of-a.txt", ARTICLE.encode("cp1256"))
    with Project.create(tmp_path / "p.annot") as p:
        first = import_paths(p, [article])
        again = import_paths(p, [article, copy])
        assert len(first.added) == 1 and again.added == []
        assert p.document_count() == 1
        assert p.document(first.added[0]).sha256 == hashlib.sha256(article.read_bytes()).hexdigest()


def test_missing_path_is_an_error_naming_it(tmp_path):
    done = run_cli("import", tmp_path / "p.annot", tmp_path / "nope.txt")
    assert done.returncode == 1
    assert "nope.txt" in done.stderr.decode()


def _write(path, data: bytes):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


@given(
    text=st.text(
        alphabet="قال \u0640\n\r\t\x0b\x0c\x00\x01\x08\x0e\x1f\x7f\x85\u00a0a", max_size=60
    ),
    bom=st.booleans(),
)
@example(text="قال" + "\x01" * 9, bom=False)
@example(text="قال" + "\x01" * 8, bom=True)
def test_utf8_articles_with_control_characters_are_judged_as_the_text_says(text, bom):
    # The bytes of a UTF-8 article clear it of controls in one pass; what they do not
    # clear is judged on the text as before: the same article accepted, the same refused.
    data = (codecs.BOM_UTF8 if bom else b"") + text.encode("utf-8")

    def reference():
        from annotator.text.decoding import _reject_binary, normalise_newlines

        if not data:
            return "the file is empty"
        if "\x00" in text and not bom:
            return "looks like a binary file (it contains NUL bytes)"
        try:
            _reject_binary(text, "a")
        except AnnotatorError as e:
            return str(e).removeprefix("a: ")
        canonical = normalise_newlines(text)
        return canonical if canonical.strip() else "the article has no text (only whitespace)"

    try:
        got = decode_article(data, name="a").text
    except AnnotatorError as e:
        got = str(e).removeprefix("a: ")
    assert got == reference()

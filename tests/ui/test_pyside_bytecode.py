"""PySide6's support code is compiled once and its bytecode kept (ui/pyside_bytecode.py): the
next start answers PySide6's compile calls from the kept file, and nothing else changes."""

from __future__ import annotations

import builtins
import itertools
import marshal
import os
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from ui import pyside_bytecode
from ui.pyside_bytecode import HEADER, kept_bytecode

ROOT = Path(__file__).resolve().parents[2]
SOURCE = b"answer = 6 * 7\n"
NAME = "shibokensupport/signature/example.py"
BOOTSTRAP = "signature_bootstrap.py"


@pytest.fixture
def writes_bytecode(monkeypatch):
    """Python writing bytecode, whatever the machine running the tests says."""
    monkeypatch.setattr(sys, "dont_write_bytecode", False)


def _run(code) -> dict:
    namespace: dict = {}
    exec(code, namespace)
    return namespace


def test_support_code_is_compiled_once_then_answered_from_the_kept_file(tmp_path, writes_bytecode):
    path = tmp_path / "kept.bin"
    with kept_bytecode(path):
        first = compile(SOURCE, NAME, "exec")
    assert pyside_bytecode.last_import == {"kept": 0, "compiled": 1}
    assert path.read_bytes().startswith(HEADER)

    with kept_bytecode(path):
        second = compile(SOURCE, NAME, "exec")
    assert pyside_bytecode.last_import == {"kept": 1, "compiled": 0}
    with kept_bytecode(path):  # the bootstrap that imports them: kept too
        compile(SOURCE, BOOTSTRAP, "exec")
    with kept_bytecode(path):
        compile(SOURCE, BOOTSTRAP, "exec")
    assert pyside_bytecode.last_import == {"kept": 1, "compiled": 0}
    assert second is not first and second.co_filename == NAME
    assert _run(second)["answer"] == 42


def test_a_changed_source_is_compiled_and_only_what_was_used_is_kept(tmp_path, writes_bytecode):
    path = tmp_path / "kept.bin"
    with kept_bytecode(path):
        compile(SOURCE, NAME, "exec")
    with kept_bytecode(path):  # another PySide6: the same module, another source
        code = compile(b"answer = 7\n", NAME, "exec")
    assert pyside_bytecode.last_import == {"kept": 0, "compiled": 1}
    assert _run(code)["answer"] == 7
    assert pyside_bytecode._read(path)[NAME][0] == b"answer = 7\n"  # the old source is gone


def test_every_other_compile_call_is_pythons_own(tmp_path, writes_bytecode):
    path = tmp_path / "kept.bin"
    original = builtins.compile
    before = dict(pyside_bytecode.last_import)
    with kept_bytecode(path):
        assert builtins.compile is not original
        assert _run(compile("x = 1", "<string>", "exec"))["x"] == 1
        assert _run(compile(b"x = 2", "elsewhere.py", "exec"))["x"] == 2
        assert eval(compile("3", NAME, "eval")) == 3  # not a module's source
        assert _run(compile(SOURCE, NAME, "exec", optimize=2))["answer"] == 42
    assert builtins.compile is original
    assert pyside_bytecode.last_import == before  # it counts PySide6's first import only
    assert not path.exists()  # nothing of PySide6's was compiled: nothing to keep


def test_compile_is_pythons_own_again_when_the_import_fails(tmp_path, writes_bytecode):
    original = builtins.compile
    with pytest.raises(ImportError), kept_bytecode(tmp_path / "kept.bin"):
        compile(SOURCE, NAME, "exec")
        raise ImportError("PySide6 broke half way")
    assert builtins.compile is original


def test_nothing_is_written_when_python_writes_no_bytecode(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    path = tmp_path / "kept.bin"
    with kept_bytecode(path):
        compile(SOURCE, NAME, "exec")
    assert not path.exists()


def _with_checksum(body: bytes) -> bytes:
    return HEADER + zlib.crc32(body).to_bytes(4, "little") + body


def _code_marshal_refuses() -> bytes:
    """A kept file whose checksum is right but whose bytecode ``marshal`` refuses with a
    ``SystemError`` (a damaged code object), found by trying one byte at a time."""
    body = marshal.dumps({NAME: (SOURCE, compile(SOURCE, NAME, "exec"))})
    for at, value in itertools.product(range(len(body)), (0x73, 0x7A, 0x29, 0x4E)):
        damaged = body[:at] + bytes([value]) + body[at + 1 :]
        try:
            marshal.loads(damaged)
        except SystemError:
            return _with_checksum(damaged)
        except Exception:  # noqa: BLE001 - another refusal: try the next byte
            continue
    raise AssertionError("no damage marshal refuses with a SystemError")


def _flipped() -> bytes:
    """A kept file with one byte of its bytecode changed, the checksum left as it was: the
    constant 42 made 43. ``marshal`` loads it, and its source still matches."""
    body = marshal.dumps({NAME: (SOURCE, compile(SOURCE, NAME, "exec"))})
    at = body.index(b"*\x00\x00\x00")  # 42, a 32-bit int
    return HEADER + zlib.crc32(body).to_bytes(4, "little") + body[:at] + b"+" + body[at + 1 :]


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not ours at all",
        HEADER + b"\x00garbage",
        b"annotator-pyside-bytecode-2\nXXXX" + b"{",
        _flipped(),
        _code_marshal_refuses(),
    ],
    ids=["empty", "foreign", "damaged", "another Python", "a byte changed", "SystemError"],
)
def test_a_file_that_cannot_be_read_is_compiled_past_and_written_again(
    tmp_path, writes_bytecode, content
):
    path = tmp_path / "kept.bin"
    path.write_bytes(content)
    with kept_bytecode(path):
        code = compile(SOURCE, NAME, "exec")
    assert _run(code)["answer"] == 42
    assert pyside_bytecode.last_import == {"kept": 0, "compiled": 1}
    assert path.read_bytes().startswith(HEADER)


def test_a_place_that_cannot_be_written_keeps_nothing_and_breaks_nothing(tmp_path, writes_bytecode):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    path = blocker / "__pycache__" / "kept.bin"
    with kept_bytecode(path):
        code = compile(SOURCE, NAME, "exec")
    assert _run(code)["answer"] == 42
    assert not path.exists() and sorted(os.listdir(tmp_path)) == ["a-file"]


def test_the_standalone_build_reads_its_bundled_file_and_writes_nothing(
    tmp_path, monkeypatch, writes_bytecode
):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    path = pyside_bytecode.cache_path()
    assert path == tmp_path / pyside_bytecode.BUNDLED_NAME
    with kept_bytecode():
        compile(SOURCE, NAME, "exec")
    assert not path.exists()  # a build without the file: compiled, nothing written
    with kept_bytecode(path, write=True):  # what build.spec does, in short
        compile(SOURCE, NAME, "exec")
    made = path.read_bytes()
    with kept_bytecode():
        compile(SOURCE, NAME, "exec")
    assert pyside_bytecode.last_import == {"kept": 1, "compiled": 0}
    assert path.read_bytes() == made


def test_the_file_sits_with_the_apps_bytecode():
    path = pyside_bytecode.cache_path()
    assert path is not None and path.suffix == ".bin"
    assert path.name.startswith(f"pyside_support.{sys.implementation.cache_tag}")


_START = """
import ui.app  # imports PySide6 for the first time, keeping its bytecode
from ui import pyside_bytecode
from PySide6.QtCore import QObject
try:
    QObject().setObjectName(1)
except TypeError as e:
    told = str(e)
print(pyside_bytecode.last_import["kept"], pyside_bytecode.last_import["compiled"])
print("Supported signatures" in told and "setObjectName(name: str" in told)
"""


def test_a_second_start_compiles_none_of_pysides_support_code_and_it_still_works(tmp_path):
    """The real PySide6, in fresh interpreters: the first start compiles its support modules
    and keeps them; the second compiles none, and PySide6's signature support (which words
    a wrong call's error) works from the kept bytecode."""
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(tmp_path / "pycache"), PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    kept, compiled, works = _start(_START, env)
    assert kept == 0 and compiled > 0 and works
    assert _start(_START, env) == (compiled, 0, True)


def _run_python(code: str, env: dict, *args: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout


def _start(code: str, env: dict) -> tuple[int, int, bool]:
    """(modules kept, modules compiled, PySide6's signature support working) of a start."""
    out = _run_python(code, env).split("\n")
    kept, compiled = map(int, out[0].split())
    return kept, compiled, out[1] == "True"


def test_the_build_writes_the_file_that_a_frozen_start_then_reads(tmp_path):
    """build.spec's step (``write_file`` in a fresh interpreter), then a start that believes
    it is frozen with that file in its bundle: every support module comes from the file."""
    path = tmp_path / "bundle" / pyside_bytecode.BUNDLED_NAME
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    write = "import sys; from ui.pyside_bytecode import write_file; print(write_file(sys.argv[1]))"
    assert "'compiled': 0" not in _run_python(write, env, str(path)) and path.is_file()
    made = path.read_bytes()
    frozen_start = f"import sys; sys.frozen = True; sys._MEIPASS = {str(path.parent)!r}\n" + _START
    kept, compiled, works = _start(frozen_start, env)
    assert kept > 0 and compiled == 0 and works
    assert path.read_bytes() == made


def test_the_support_code_is_compiled_with_its_callers_future_statements(tmp_path, writes_bytecode):
    """``compile`` inherits the calling code's ``from __future__`` statements: the caller's
    (PySide6's importer), not this module's (``annotations``), which once leaked into it."""
    caller = compile("code = compile(src, name, 'exec')", "<importer>", "exec", dont_inherit=True)
    names = {"src": b"def f(x: undefined_name): pass\n", "name": NAME}
    for _start_again in range(2):  # compiled, then kept
        with kept_bytecode(tmp_path / "kept.bin"):
            exec(caller, names)
        with pytest.raises(NameError):  # the annotation is evaluated: no future import
            exec(names["code"], {})
    assert pyside_bytecode.last_import == {"kept": 1, "compiled": 0}

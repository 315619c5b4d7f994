"""Every shortcut on real X11 keyboard layouts: Arabic only, Arabic + Latin, AZERTY, and
Arabic with Arabic-Indic digits. Xvfb runs with -noreset (without it the server resets when
setxkbmap disconnects, and the layout with it); xdotool presses keys by keycode, i.e. the
physical key, whatever character the layout makes of it (layout_probe.py does the pressing).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_288b31e3134d6df4.txt"
PROBE = Path(__file__).with_name("layout_probe.py")
NEEDED = ("Xvfb", "xdotool", "setxkbmap")


@pytest.fixture(scope="module")
def display():
    """A private Xvfb display that keeps its keyboard layout between clients."""
    missing = [tool for tool in NEEDED if not shutil.which(tool)]
    assert not missing, f"missing {missing}: apt-get install xvfb xdotool x11-xkb-utils (README)"
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-noreset", "-nolisten", "tcp",
         "-screen", "0", "1280x800x24"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write)
    with os.fdopen(read) as f:
        number = f.readline().strip()  # Xvfb writes it once it accepts connections
    assert number, "Xvfb did not start"
    yield f":{number}"
    server.terminate()
    server.wait(timeout=30)


def run_on_layout(display: str, tmp_path: Path, layout: str, variant: str = "") -> dict:
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
    subprocess.run(
        ["setxkbmap", layout, *(["-variant", variant] if variant else [])], env=env, check=True
    )
    query = subprocess.run(["setxkbmap", "-query"], env=env, capture_output=True, text=True)
    assert f"layout:     {layout}" in query.stdout, query.stdout  # it stuck (-noreset)
    out = subprocess.run(
        [sys.executable, str(PROBE), str(tmp_path / "p.annot"), str(SEED)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert out.returncode == 0, out.stderr
    assert "Ambiguous shortcut" not in out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    print(result)
    assert result["platform"] == "xcb"
    return result


LAYOUTS = [
    # (setxkbmap layout, variant, the label the L key tags)
    ("ara", "", "source"),  # L types م: the label whose letter is م
    ("ara,us", "", "source"),
    ("fr", "", "location"),  # AZERTY: L is l; the digit keys type & é without Shift
    ("ara", "digits", "source"),  # the digit keys type ١ ٢
]


@pytest.mark.parametrize(("layout", "variant", "l_label"), LAYOUTS)
def test_every_shortcut_works_on_the_layout(display, tmp_path, layout, variant, l_label):
    result = run_on_layout(display, tmp_path, layout, variant)
    assert result["S"][0] == "speaker"
    assert result["C"][0] == "claim"
    assert result["L"][0] == l_label
    assert result["T"][0] == "statistic"
    assert result["1"][0] == "speaker"
    assert result["2"][0] == "claim"
    # Shift + the physical S tags exactly the selected characters, not the whole word.
    assert result["Shift+S"] == ["speaker", *result["exact_selection"]]
    assert result["Ctrl+F"] is True
    assert result["Escape"] is True
    assert result["]"] is True
    assert result["Ctrl+D"] is True

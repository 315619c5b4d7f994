"""Names and quotes made safe to show: the shortcut for text with nothing to show (the span
list asks for every cell on every paint) gives what the character-by-character rule gives."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from annotator.display import BIDI_CONTROLS, INVISIBLE, for_terminal, is_hidden, visible_text


def _for_terminal_by_character(text: str, keep_newlines: bool) -> str:
    out = []
    for ch in text:
        if keep_newlines and ch == "\n":
            out.append(ch)
        elif ch == "\t":
            out.append(" ")
        elif is_hidden(ch):
            out.append(f"<{INVISIBLE.get(ch) or f'U+{ord(ch):04X}'}>")
        else:
            out.append(ch)
    return "".join(out)


def _visible_text_by_character(text: str) -> str:
    out = []
    for ch in text:
        if ch in BIDI_CONTROLS:
            out.append(f"<{INVISIBLE[ch]}>")
        elif unicodedata.category(ch) == "Cc" and ch not in "\n\t":
            out.append(f"<U+{ord(ch):04X}>")
        else:
            out.append(ch)
    return "".join(out)


# Arabic with its marks and joiners, Latin, digits, every kind of space, controls, bidi
# controls and the invisible characters the app names.
_ALPHABET = st.one_of(
    st.sampled_from("كازاخستان قال ٢٠٣٠ 250 abc\u064b\u0651\u200c\u200d"),
    st.sampled_from(sorted(INVISIBLE) + sorted(BIDI_CONTROLS)),
    st.sampled_from("\t\n\r\x00\x1b\x7f\x85\u00a0\u2028\u2029\u3000\ud800"),
    st.characters(),
)


@given(st.text(_ALPHABET, max_size=40), st.booleans())
def test_for_terminal_shows_exactly_what_each_character_rule_shows(text, keep_newlines):
    assert for_terminal(text, keep_newlines) == _for_terminal_by_character(text, keep_newlines)


@given(st.text(_ALPHABET, max_size=40))
def test_visible_text_shows_exactly_what_each_character_rule_shows(text):
    assert visible_text(text) == _visible_text_by_character(text)


def test_plain_arabic_comes_back_as_it_is_and_a_hidden_character_is_named():
    assert for_terminal("قال المتحدث") == "قال المتحدث"
    assert for_terminal("قال\u202eالمتحدث") == "قال<RLO>المتحدث"
    assert visible_text("قال\u200cالمتحدث") == "قال\u200cالمتحدث"  # a joiner is the text's
    assert visible_text("قال\u2066x") == "قال<LRI>x"

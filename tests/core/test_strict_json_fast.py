"""``strict_json`` takes orjson's way when nothing could be refused on other grounds: whatever
the input, it must answer exactly as the json module's way (same value, or a refusal)."""

from __future__ import annotations

import json

from hypothesis import example, given, settings
from hypothesis import strategies as st

from annotator.errors import FormatError
from annotator.strict_json import MAX_DEPTH, _strict_json_slow, strict_json, strict_json_line

scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=30,
)


def answer(read, text):
    try:
        return ("value", read(text))
    except (FormatError, json.JSONDecodeError, ValueError) as e:
        return ("refused", type(e).__name__)


@settings(max_examples=300, deadline=None)
@given(value=values)
@example(value=2**63 - 1)
@example(value=2**63)
@example(value=-(2**63) - 1)
@example(value=[[[[1]]]])
@example(value={"text": "\ud800"})
def test_fast_and_slow_ways_agree_on_json_values(value):
    text = json.dumps(value, ensure_ascii=bool(hash(str(value)) % 2))
    assert answer(strict_json, text) == answer(_strict_json_slow, text)


@given(text=st.text(alphabet='[]{}":,0123456789eE+-.nulrtfaNIy \\u', max_size=40))
@example(text="1e400")
@example(text="NaN")
@example(text="18446744073709551615")
@example(text='{"a": 1, "a": 2}')
@example(text="[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1))
@example(text='"\\ud800"')
def test_fast_and_slow_ways_agree_on_any_text(text):
    fast, slow = answer(strict_json, text), answer(_strict_json_slow, text)
    assert fast[0] == slow[0] and (fast[0] == "refused" or fast == slow)


@given(
    mantissa=st.integers(-(10**20), 10**20),
    exponent=st.integers(-500, 500),
    digits=st.text(alphabet="0123456789", min_size=1, max_size=25),
)
def test_fast_and_slow_ways_agree_on_numbers(mantissa, exponent, digits):
    for text in (f"{mantissa}e{exponent}", f"[{mantissa}.5E{exponent}]", digits, f"-{digits}"):
        assert answer(strict_json, text) == answer(_strict_json_slow, text)


@given(
    text=st.text(alphabet='[]{}":,0123456789eE+-.nulrtfaNIy \\u\r\n', max_size=40),
    ending=st.sampled_from(["", "\n", "\r\n", "\r"]),
)
@example(text='{"a": [1, 2', ending="\n")
@example(text="[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1), ending="\r\n")
def test_a_jsonl_line_is_read_with_its_ending_as_without_it(text, ending):
    line = text.rstrip("\r\n") + ending
    with_ending = answer(strict_json_line, line)
    without = answer(strict_json, line.rstrip("\r\n"))
    assert with_ending == without or (with_ending[0] == without[0] == "refused")
    if with_ending[0] == "refused":  # the same words: a column counted on the line alone
        assert _message(strict_json_line, line) == _message(strict_json, line.rstrip("\r\n"))


def _message(read, text):
    try:
        read(text)
    except (FormatError, json.JSONDecodeError, ValueError) as e:
        return str(e)
    return None

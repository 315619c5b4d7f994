"""JSON read strictly: what would make a project unexportable or a reader run out of stack is
refused where it enters (NaN and Infinity, integers beyond 64 bits, floats that overflow,
nesting deeper than ``MAX_DEPTH``), and a refusal in a JSON array names its item's line.
``strict_value`` holds a value read by another parser (msgpack) to the same rules."""

from __future__ import annotations

import json
import re

import orjson

from .errors import FormatError

#: Nesting deeper than this is refused at import: export (orjson) stops at 254 levels, and
#: no article record needs more than a few.
MAX_DEPTH = 64
_INT_MIN, _INT_MAX = -(2**63), 2**63 - 1  # what SQLite and every JSON reader hold exactly


def _refuse_constant(name: str) -> float:
    raise FormatError(f"{name} is not a number JSON allows (refused, not turned into null)")


def _bounded_int(digits: str) -> int:
    if len(digits.lstrip("-")) > 19 or not _INT_MIN <= int(digits) <= _INT_MAX:
        shown = digits if len(digits) <= 24 else f"{digits[:12]}… ({len(digits)} digits)"
        raise FormatError(f"the number {shown} is beyond 64-bit integers")
    return int(digits)


def _finite_float(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        shown = text if len(text) <= 24 else f"{text[:12]}…"
        raise FormatError(f"the number {shown} is too large for a 64-bit float")
    return value


def strict_json(text: str) -> object:
    """``json.loads`` that refuses what would make the project unexportable: NaN and
    Infinity, integers beyond 64 bits, nesting deeper than ``MAX_DEPTH``."""
    # orjson refuses NaN, Infinity, overflowing floats and integers past 64 bits (unsigned)
    # by itself, three times faster than json with a hook on every number. What it takes
    # is walked once for what it allows and we do not: nesting past MAX_DEPTH, integers
    # past signed 64 bits. Anything refused goes the json module's way, which names it.
    try:
        value = orjson.loads(text)
    except orjson.JSONDecodeError:
        return _strict_json_slow(text)
    if _within_limits(value):
        return value
    return _strict_json_slow(text)


def strict_json_line(line: str | bytes) -> object:
    """``strict_json`` of one line of a JSONL file (text, or UTF-8 bytes: a line that is not
    UTF-8 raises ``UnicodeDecodeError``), its line ending included: the usual line is read
    as it is (JSON allows the trailing whitespace); a refused one without its ending, so
    that a refusal's column counts characters on that line."""
    try:
        value = orjson.loads(line)
    except orjson.JSONDecodeError:
        return _strict_json_slow(_text(line).rstrip("\r\n"))
    if _within_limits(value):
        return value
    return _strict_json_slow(_text(line).rstrip("\r\n"))


def _text(line: str | bytes) -> str:
    return line.decode("utf-8") if isinstance(line, bytes) else line


_BIG_FLOAT = float(2**63)


def _within_limits(value: object) -> bool:
    """No container nested past ``MAX_DEPTH``, no integer past signed 64 bits."""
    kind = type(value)
    if kind is not dict and kind is not list:
        return _numbers_within([value] if kind is int else [], [value] if kind is float else [])
    stack = [(value, 1)]
    ints: list[int] = []
    floats: list[float] = []
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            return False
        for v in item.values() if type(item) is dict else item:
            kind = type(v)
            if kind is str:
                continue
            if kind is dict or kind is list:
                stack.append((v, depth + 1))
            elif kind is int:
                ints.append(v)
            elif kind is float:
                floats.append(v)
    return _numbers_within(ints, floats)


def _numbers_within(ints: list[int], floats: list[float]) -> bool:
    # orjson reads an integer past 64 bits as a float: such a float is for json to judge.
    # min and max at C speed, not a test per number.
    return (not ints or (_INT_MIN <= min(ints) and max(ints) <= _INT_MAX)) and (
        not floats or (-_BIG_FLOAT < min(floats) and max(floats) < _BIG_FLOAT)
    )


def _strict_json_slow(text: str) -> object:
    """``strict_json`` by the json module alone (the reference the fast path must agree with)."""
    try:
        value = json.loads(
            text,
            parse_constant=_refuse_constant,
            parse_int=_bounded_int,
            parse_float=_finite_float,
        )
    except RecursionError:
        raise FormatError(f"nested deeper than {MAX_DEPTH} levels") from None
    if _too_deep(value, MAX_DEPTH):
        raise FormatError(f"nested deeper than {MAX_DEPTH} levels")
    return value


#: A decoder with the same refusals, for reading a JSON array one item at a time.
_STRICT = json.JSONDecoder(
    parse_constant=_refuse_constant, parse_int=_bounded_int, parse_float=_finite_float
)
_SPACE = re.compile(r"[ \t\n\r]*")


def strict_json_file(text: str) -> object:
    """``strict_json`` for a whole JSON file; a refusal names the line where the refused
    item of the array (or the value) starts: ``line 12: NaN is not a number ...``."""
    try:
        return strict_json(text)
    except FormatError as e:
        raise FormatError(f"line {_refused_line(text)}: {e}") from None


def _refused_line(text: str) -> int:
    """The line where the first item of a JSON array that ``strict_json`` refuses starts
    (items are decoded one by one with ``raw_decode``); 1 when it is not an array."""
    i = _SPACE.match(text).end()
    if not text.startswith("[", i):
        return text.count("\n", 0, i) + 1
    i = _SPACE.match(text, i + 1).end()
    while i < len(text) and text[i] != "]":
        try:
            value, end = _STRICT.raw_decode(text, i)
            refused = _too_deep(value, MAX_DEPTH - 1)
        except (FormatError, RecursionError):
            refused = True
        except json.JSONDecodeError:
            break
        if refused:
            return text.count("\n", 0, i) + 1
        i = _SPACE.match(text, end).end()
        if text.startswith(",", i):
            i = _SPACE.match(text, i + 1).end()
    return 1


def strict_value(value: object) -> object:
    """``value`` (read by another parser than JSON's: a spaCy DocBin's msgpack) held to
    ``strict_json``'s rules, or ``FormatError``: no NaN or infinity, integers within 64 bits,
    nesting at most ``MAX_DEPTH``."""
    if _too_deep(value, MAX_DEPTH):
        raise FormatError(f"nested deeper than {MAX_DEPTH} levels")
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, dict):
            stack.extend(v.values())
        elif isinstance(v, (list, tuple)):
            stack.extend(v)
        elif isinstance(v, float) and v != v:
            raise FormatError("NaN is not a number JSON allows (refused, not turned into null)")
        elif isinstance(v, float) and v in (float("inf"), float("-inf")):
            raise FormatError(
                "Infinity is not a number JSON allows (refused, not turned into null)"
            )
        elif isinstance(v, int) and not isinstance(v, bool) and not _INT_MIN <= v <= _INT_MAX:
            raise FormatError(f"the number {v} is beyond 64-bit integers")
    return value


def _too_deep(value: object, room: int) -> bool:
    if isinstance(value, dict):
        value = list(value.values())
    elif not isinstance(value, (list, tuple)):
        return False
    if room == 0:
        return True
    return any(_too_deep(v, room - 1) for v in value if isinstance(v, (dict, list, tuple)))

"""Label Studio JSON: a list of tasks as its JSON export writes them.

Each task has ``data.text`` and ``annotations`` (on import also ``predictions``) whose
``result`` holds a ``labels`` result per span (``value``: ``start``, ``end``, ``text``,
``labels``), per-region results with the same ``id`` for notes (``textarea``) and attributes
(``choices``, named by the attribute), and ``relation`` results (``from_id``, ``to_id``,
``labels``). Label Studio's text regions count code points since 2021 (label-studio-frontend
``src/utils/selection-tools.js``: ``charsToCodePoints``, "text with emoji breaks region
offsets", #308); ``--offset-unit utf16`` is for files from older releases.

The matching labelling config: ``<Labels name="label" toName="text">``, ``<Text name="text"
value="$text"/>``, ``<Relations>``, and per-region ``<TextArea name="note" perRegion="true">``
and ``<Choices name="ATTRIBUTE" perRegion="true">`` (``uncertain``: the choice ``yes``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from ..errors import ArticleError, FormatError
from ..record_files import check_objects
from ..records import strict_json_file
from .base import CODEPOINT, UTF16, Context, Format, Offsets, shown_name

FROM, TO = "label", "text"
UNCERTAIN = "uncertain"  # a per-region <Choices name="uncertain"> with the choice "yes"


def _region(ref: str, kind: str, name: str, value: dict) -> dict:
    return {"id": ref, "type": kind, "from_name": name, "to_name": TO, "value": value}


def task(record: dict, ctx: Context) -> dict:
    at = Offsets(record["text"], ctx.unit)
    result = []
    refs = {}
    for k, s in enumerate(record["spans"], 1):
        # By position, not the project's span id: ids are renumbered on import, and a second
        # export must give the same regions.
        ref = refs[s.get("id", k)] = f"s{k}"
        where = {"start": at.out(s["start"]), "end": at.out(s["end"]), "text": s["text"]}
        result.append(_region(ref, "labels", FROM, {**where, "labels": [s["label"]]}))
        if s.get("note"):
            result.append(_region(ref, "textarea", "note", {**where, "text": [s["note"]]}))
        for name, value in (s.get("attributes") or {}).items():
            result.append(_region(ref, "choices", name, {**where, "choices": [value]}))
        if s.get("uncertain"):
            result.append(_region(ref, "choices", UNCERTAIN, {**where, "choices": ["yes"]}))
    for r in record.get("relations", ()):
        result.append(
            {
                "from_id": refs[r["from"]],
                "to_id": refs[r["to"]],
                "type": "relation",
                "direction": "right",
                "labels": [r["type"]],
            }
        )
    return {
        "id": record["id"],
        "data": {"text": record["text"], "name": record["name"], "meta": record.get("meta", {})},
        "annotations": [{"result": result}],
    }


def write(records: Iterable[dict], out: BinaryIO, ctx: Context) -> int:
    """A JSON array, streamed one task at a time."""
    count = 0
    out.write(b"[")
    for record in records:
        out.write(b",\n" if count else b"\n")
        out.write(json.dumps(task(record, ctx), ensure_ascii=False).encode("utf-8"))
        count += 1
    out.write(b"\n]\n")
    return count


def _objects(value: object, what: str) -> list[dict]:
    """``value`` as a list of objects (absent or empty: none); anything else is refused."""
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise FormatError(f"'{what}' must be a list of objects")
    return value


def _strings(value: object, where: str, field: str) -> list[str]:
    """``value`` as a list of strings; anything else (a bare string included) is refused."""
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise FormatError(f"{where}: '{field}' must be a list of strings")
    return value


def to_native(obj: object, unit: str) -> object:
    """A Label Studio task as our record: its first annotation, or its first prediction.

    A region with several labels (``<Labels choice="multiple">``) becomes one span per
    label over the same range; its relations, note and choices go with the first. Values of
    the wrong type are refused, naming the result, never read as something else."""
    if not isinstance(obj, dict) or not isinstance(obj.get("data"), dict):
        raise FormatError("a task must be an object with 'data'")
    data = obj["data"]
    text = data.get("text")
    if not isinstance(text, str):
        raise FormatError("'data.text' is missing or not a string")
    sets = [
        a for a in _objects(obj.get("annotations"), "annotations") if not a.get("was_cancelled")
    ]
    sets = sets or _objects(obj.get("predictions"), "predictions")
    result = _objects(sets[0].get("result"), "result") if sets else []
    at = Offsets(text, unit)
    spans: dict[object, dict] = {}
    relations = []
    for k, r in enumerate(result, 1):
        where = f"result {k}"
        kind, value = r.get("type"), r.get("value")
        value = {} if value is None else value
        if not isinstance(value, dict):
            raise FormatError(f"{where}: 'value' must be an object")
        if kind == "relation":
            labels = r.get("labels")
            for label in _strings(labels, where, "labels") if labels else ["related"]:
                relations.append({"from": r.get("from_id"), "to": r.get("to_id"), "type": label})
            continue
        ref = r.get("id", f"#{k}")
        if not isinstance(ref, str | int) or isinstance(ref, bool):
            raise FormatError(f"{where}: 'id' must be a string")
        span = spans.setdefault(ref, {"id": ref})
        if kind in ("labels", "hypertextlabels"):
            named = value.get("labels") or value.get("hypertextlabels")
            labels = _strings(named, where, "labels") if named else [None]
            start = at.back(value.get("start"), where)
            end = at.back(value.get("end"), where)
            if "label" not in span:
                span.update(label=labels[0], start=start, end=end, more=labels[1:])
            elif (span["start"], span["end"]) == (start, end):  # a second labels control
                span["more"] += labels  # (repeats dropped by _one_per_label)
            else:
                raise FormatError(f"{where}: another region has the id {ref!r}")
            if "text" in value:
                span["text"] = value["text"]
        elif kind == "textarea":
            notes = value.get("text")
            span["note"] = "\n".join(_strings(notes, where, "text")) if notes else ""
        elif kind == "choices":
            choices = value.get("choices")
            if not choices:
                continue
            choices = _strings(choices, where, "choices")
            if r.get("from_name") == UNCERTAIN:
                span["uncertain"] = choices == ["yes"]
            else:
                name = r.get("from_name")
                if not isinstance(name, str):
                    raise FormatError(f"{where}: 'from_name' must be a string")
                span.setdefault("attributes", {})[name] = choices[0]
    out = {
        "text": text,
        "name": data.get("name"),
        "spans": [s for span in spans.values() if "label" in span for s in _one_per_label(span)],
        "relations": relations,
    }
    if isinstance(data.get("meta"), dict):
        out["meta"] = data["meta"]
    if isinstance(obj.get("id"), int):
        out["id"] = obj["id"]
    return out


def _one_per_label(span: dict) -> list[dict]:
    """The region's span, then one more over the same range for each further label."""
    more = span.pop("more")
    extra = {k: span[k] for k in ("start", "end", "text") if k in span}
    seen = {span["label"]}
    out = [span]
    for n, label in enumerate(more, 2):
        if label not in seen:
            seen.add(label)
            out.append({**extra, "id": f"{span['id']}#{n}", "label": label})
    return out


def read(path: Path, labels: set[str], create_labels: bool, ctx: Context) -> list[dict]:
    try:
        with open(path, encoding="utf-8-sig") as f:
            tasks = strict_json_file(f.read())
    except OSError as e:
        raise ArticleError(f"{path}: cannot read ({e.strerror})") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise FormatError(f"{shown_name(path)}: not a Label Studio JSON export ({e})") from None
    except FormatError as e:  # NaN, a number beyond 64 bits, nesting too deep: the line named
        raise FormatError(f"{shown_name(path)}: {e}") from None
    except MemoryError:
        raise FormatError(f"{shown_name(path)}: too large to read in memory") from None
    if isinstance(tasks, dict):
        tasks = [tasks]
    if not isinstance(tasks, list):
        raise FormatError(f"{shown_name(path)}: expected a list of tasks")
    items = []
    for n, obj in enumerate(tasks, 1):
        try:
            items.append((n, to_native(obj, ctx.unit)))
        except FormatError as e:
            items.append((n, e))
    return check_objects(path, items, labels, create_labels)


FORMAT = Format(
    "label-studio",
    "Label Studio JSON",
    ".json",
    write,
    read,
    units=(CODEPOINT, UTF16),
    relations=True,
    attributes=True,
    notes=True,
)

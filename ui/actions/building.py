"""From specs to ``QAction``s: the label and attribute actions of a project, literal key
sequences, building an action, and the checks on shortcuts (collisions, reserved keys)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from annotator.display import display_name
from annotator.model import Attribute, Label

from ..label_names import label_name
from ..plain import plain_tooltip
from .spec import ActionSpec, spec_text, tr_action
from .table import ACTIONS


def label_action_specs(labels: Iterable[Label]) -> list[ActionSpec]:
    """Two actions per label: its key and letter tag (snapped to words); Shift+ tags exactly."""
    specs = []
    for label in labels:
        keys = tuple(k.upper() for k in (label.key, label.letter) if k)
        # Isolated in the menu too: "Tag as" + an Arabic name with a marker inside would
        # otherwise lay the name's pieces out left to right.
        shown = label_name(label.name)
        name = shown.replace("&", "&&")
        specs.append(
            ActionSpec(
                f"tag-label-{label.id}",
                QCoreApplication.translate("Actions", "Tag as {label}").format(label=name),
                keys,
                "tagger.tag_with",
                "Tag",
                args=(label.id, False),
                tip=QCoreApplication.translate(
                    "Actions", "Tag the selection (whole words) as {label}"
                ).format(label=shown),
                translated=True,
            )
        )
        specs.append(
            ActionSpec(
                f"tag-label-{label.id}-exact",
                QCoreApplication.translate("Actions", "Tag exact characters as {label}").format(
                    label=name
                ),
                tuple(f"Shift+{k}" for k in keys),
                "tagger.tag_with",
                None,
                args=(label.id, True),
                tip=QCoreApplication.translate(
                    "Actions", "Tag exactly the selected characters as {label}"
                ).format(label=shown),
                translated=True,
            )
        )
    return specs


def attribute_action_specs(attributes: Iterable[Attribute]) -> list[ActionSpec]:
    """One action per attribute key: it steps the current span's attribute with that key
    through its values (attributes of different labels may share a key)."""
    by_key: dict[str, list[Attribute]] = {}
    for attribute in attributes:
        if attribute.key:
            by_key.setdefault(attribute.key, []).append(attribute)
    specs = []
    for key, group in by_key.items():
        names = " / ".join(
            f"{display_name(a.name)} ({label_name(a.label)})" for a in group
        ).replace("&", "&&")
        specs.append(
            ActionSpec(
                f"attribute-key-{key}",
                QCoreApplication.translate("Actions", "Next {names}").format(names=names),
                (key.upper(),),
                "attribution.step_attribute",
                "Tag",
                args=(key,),
                tip="; ".join(
                    f"{display_name(a.name)} ({label_name(a.label)}): "
                    + ", ".join(map(display_name, a.values))
                    for a in group
                ),
                translated=True,
            )
        )
    return specs


#: Actions that only work while linking (enabled then, so their keys are free otherwise).
LINKING_ACTIONS = ("link-accept", "link-next", "link-previous")
#: Actions enabled only while a suggestion is selected in the article (never while linking).
TRIAGE_ACTIONS = ("accept-suggestion", "reject-suggestion", "accept-rule")
#: Actions of two states that are never on together may share a key (Enter links while
#: linking, and accepts a suggestion while one is selected).
_STATE = {**dict.fromkeys(LINKING_ACTIONS, "linking"), **dict.fromkeys(TRIAGE_ACTIONS, "triage")}


def may_share(first: str, second: str) -> bool:
    """Whether two actions may have the same key: each is on only in its own state."""
    states = {_STATE.get(first), _STATE.get(second)}
    return None not in states and len(states) == 2


def key_sequences(spec: ActionSpec) -> list[QKeySequence]:
    """The spec's shortcuts as key sequences, the same on every platform."""
    out: list[QKeySequence] = []
    for shortcut in spec.shortcuts:
        if not isinstance(shortcut, str):
            raise TypeError(
                f"{spec.id}: shortcut {shortcut!r} is not a literal key sequence "
                "(standard keys expand differently per platform)"
            )
        out.append(QKeySequence(shortcut))
    unique: list[QKeySequence] = []
    for seq in out:
        if seq not in unique:
            unique.append(seq)
    return unique


def resolve(window: QObject, dotted: str):
    target = window
    for part in dotted.split("."):
        target = getattr(target, part)
    return target


def build_action(window: QObject, spec: ActionSpec, action: QAction | None = None) -> QAction:
    """Create (or dress an existing, e.g. an undo group's) action from ``spec``."""
    if action is None:
        action = QAction(spec_text(spec), window)
        if spec.handler:
            handler_path, args = spec.handler, spec.args
            if spec.checkable:
                action.setCheckable(True)
                action.toggled.connect(lambda checked: resolve(window, handler_path)(checked))
            else:
                action.triggered.connect(lambda: resolve(window, handler_path)(*args))
    action.setObjectName(spec.id)
    action.setShortcuts(key_sequences(spec))
    text = spec_text(spec)
    tip = spec.tip if spec.translated else tr_action(spec.tip)
    tip = tip or text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    shortcut = action.shortcut().toString(QKeySequence.NativeText)
    action.setToolTip(plain_tooltip(f"{tip} ({shortcut})" if shortcut else tip))
    action.setStatusTip(tip)
    return action


def shortcut_collisions(specs: Iterable[ActionSpec]) -> list[tuple[str, str, str]]:
    """(shortcut, first id, second id) for every shortcut two specs share."""
    seen: dict[str, str] = {}
    clashes = []
    for spec in specs:
        for seq in key_sequences(spec):
            text = seq.toString(QKeySequence.PortableText)
            first = seen.get(text)
            if first not in (None, spec.id) and not may_share(first, spec.id):
                clashes.append((text, first, spec.id))
            seen.setdefault(text, spec.id)
    return clashes


def reserved_keys() -> set[str]:
    """Single keys the fixed actions use, which a label may not take."""
    keys = set()
    for spec in ACTIONS:
        for seq in key_sequences(spec):
            text = seq.toString(QKeySequence.PortableText)
            if len(text) == 1:
                keys.add(text.lower())
    return keys

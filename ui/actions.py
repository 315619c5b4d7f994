"""Every action and shortcut of the app, from one table.

``ACTIONS`` lists the fixed actions; ``label_action_specs`` adds two per label (tag snapped to
words, and tag exact characters with Shift). ``build_action`` turns a spec into a ``QAction``
whose ``objectName`` is the spec's id, so tests and the cheat sheet find actions by name.

Shortcuts are literal key sequences, never ``QKeySequence.StandardKey``: a standard key
expands differently per platform theme (Delete is [Del, Ctrl+D] on X11, colliding with
Mark done; Undo brings F14 and the media key "Undo"), and the offscreen platform the tests
run on expands it to fewer keys than X11 does, so a collision there goes unseen.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from annotator.display import display_name
from annotator.model import Attribute, Label

from .plain import plain_tooltip

MENUS = ("File", "Edit", "Tag", "Document", "View", "Help")
#: The menu titles as shown (lupdate reads these; ``menu_title`` translates).
MENU_TITLES = {
    "File": QT_TRANSLATE_NOOP("Menus", "&File"),
    "Edit": QT_TRANSLATE_NOOP("Menus", "&Edit"),
    "Tag": QT_TRANSLATE_NOOP("Menus", "&Tag"),
    "Document": QT_TRANSLATE_NOOP("Menus", "&Document"),
    "View": QT_TRANSLATE_NOOP("Menus", "&View"),
    "Help": QT_TRANSLATE_NOOP("Menus", "&Help"),
}


def tr_action(text: str) -> str:
    """An action's text or tip in the interface language."""
    return QCoreApplication.translate("Actions", text) if text else text


def spec_text(spec: ActionSpec) -> str:
    """An action's text as shown."""
    return spec.text if spec.translated else tr_action(spec.text)


def menu_title(menu: str) -> str:
    return QCoreApplication.translate("Menus", MENU_TITLES[menu])


@dataclass(frozen=True)
class ActionSpec:
    """One action: ``handler`` is a dotted attribute path on the main window."""

    id: str
    text: str
    shortcuts: tuple[str, ...] = ()
    handler: str | None = None
    menu: str | None = None
    args: tuple = ()
    checkable: bool = False
    tip: str = ""
    separator_before: bool = False
    extra: dict = field(default_factory=dict)
    #: text and tip are already in the interface language (label and attribute actions,
    #: written with the label's name): not looked up in the catalogue again
    translated: bool = False


ACTIONS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec(
        "open-articles",
        QT_TRANSLATE_NOOP("Actions", "&Open articles…"),
        ("Ctrl+O",),
        "files.open_articles",
        "File",
        tip=QT_TRANSLATE_NOOP("Actions", "Import article files into the project"),
    ),
    ActionSpec(
        "open-folder",
        QT_TRANSLATE_NOOP("Actions", "Open a &folder of articles…"),
        ("Ctrl+Alt+O",),
        "files.open_folder",
        "File",
    ),
    ActionSpec(
        "merge-projects",
        QT_TRANSLATE_NOOP("Actions", "&Merge projects…"),
        (),
        "team.merge_projects",
        "File",
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Bring colleagues' project files together, each annotator as a layer"
        ),
    ),
    ActionSpec(
        "new-project",
        QT_TRANSLATE_NOOP("Actions", "&New project…"),
        ("Ctrl+N",),
        "files.new_project",
        "File",
        separator_before=True,
    ),
    ActionSpec(
        "open-project",
        QT_TRANSLATE_NOOP("Actions", "Open &project…"),
        ("Ctrl+Shift+O",),
        "files.open_project",
        "File",
    ),
    ActionSpec(
        "export-jsonl",
        QT_TRANSLATE_NOOP("Actions", "&Export JSONL…"),
        ("Ctrl+E",),
        "files.export_jsonl",
        "File",
        separator_before=True,
        tip=QT_TRANSLATE_NOOP("Actions", "Write every document and its spans as JSONL"),
    ),
    ActionSpec(
        "quit",
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        ("Ctrl+Q",),
        "close",
        "File",
        separator_before=True,
    ),
    # Edit
    ActionSpec("undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), ("Ctrl+Z",), None, "Edit"),
    ActionSpec(
        "redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), ("Ctrl+Shift+Z", "Ctrl+Y"), None, "Edit"
    ),
    ActionSpec(
        "find",
        QT_TRANSLATE_NOOP("Actions", "&Find…"),
        ("Ctrl+F",),
        "find_bar.start",
        "Edit",
        separator_before=True,
    ),
    ActionSpec(
        "find-next",
        QT_TRANSLATE_NOOP("Actions", "Find &next"),
        ("F3",),
        "find_bar.find_next",
        "Edit",
    ),
    ActionSpec(
        "search-all",
        QT_TRANSLATE_NOOP("Actions", "&Search all documents…"),
        ("Ctrl+Shift+F",),
        "start_search",
        "Edit",
    ),
    ActionSpec(
        "find-previous",
        QT_TRANSLATE_NOOP("Actions", "Find pre&vious"),
        ("Shift+F3",),
        "find_bar.find_previous",
        "Edit",
    ),
    ActionSpec(
        "select-word-left",
        QT_TRANSLATE_NOOP("Actions", "Select a word to the left"),
        ("Ctrl+Shift+Left",),
        "word_selection.step_left",
        "Edit",
        separator_before=True,
        tip=QT_TRANSLATE_NOOP(
            "Actions",
            "Extend the selection by a whole word to the left (after a find: from the match)",
        ),
    ),
    ActionSpec(
        "select-word-right",
        QT_TRANSLATE_NOOP("Actions", "Select a word to the right"),
        ("Ctrl+Shift+Right",),
        "word_selection.step_right",
        "Edit",
        tip=QT_TRANSLATE_NOOP(
            "Actions",
            "Extend the selection by a whole word to the right (after a find: from the match)",
        ),
    ),
    ActionSpec(
        "edit-labels",
        QT_TRANSLATE_NOOP("Actions", "Edit &labels…"),
        ("Ctrl+Shift+L",),
        "edit_labels",
        "Edit",
        separator_before=True,
    ),
    ActionSpec(
        "preferences",
        QT_TRANSLATE_NOOP("Actions", "&Preferences…"),
        ("Ctrl+,",),
        "show_preferences",
        "Edit",
        tip=QT_TRANSLATE_NOOP("Actions", "The interface language, and your name on spans"),
    ),
    ActionSpec(
        "edit-relation-types",
        QT_TRANSLATE_NOOP("Actions", "Edit &relation types…"),
        ("Ctrl+Shift+R",),
        "edit_relation_types",
        "Edit",
        tip=QT_TRANSLATE_NOOP(
            "Actions",
            "Name, colour and which labels each relation type joins (said: claim → speaker)",
        ),
    ),
    ActionSpec(
        "exact-characters",
        QT_TRANSLATE_NOOP("Actions", "Tag e&xact characters"),
        ("Ctrl+Shift+X",),
        "tagger.set_exact_characters",
        "Edit",
        checkable=True,
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Tag exactly the selected characters instead of whole words"
        ),
    ),
    # Tag (the label actions are inserted at the top of this menu)
    ActionSpec(
        "next-span",
        QT_TRANSLATE_NOOP("Actions", "Ne&xt span (while linking: next candidate)"),
        ("Alt+Down", "]"),
        "attribution.next",
        "Tag",
        separator_before=True,
    ),
    ActionSpec(
        "previous-span",
        QT_TRANSLATE_NOOP("Actions", "P&revious span (while linking: previous candidate)"),
        ("Alt+Up", "["),
        "attribution.previous",
        "Tag",
    ),
    ActionSpec(
        "widen-span-right",
        QT_TRANSLATE_NOOP("Actions", "&Widen the span on the right"),
        ("Alt+Right",),
        "tagger.widen_right",
        "Tag",
        separator_before=True,
        tip=QT_TRANSLATE_NOOP(
            "Actions",
            "Add the next word on the right to the current span (a character in exact mode)",
        ),
    ),
    ActionSpec(
        "widen-span-left",
        QT_TRANSLATE_NOOP("Actions", "Widen the span on the &left"),
        ("Alt+Left",),
        "tagger.widen_left",
        "Tag",
        tip=QT_TRANSLATE_NOOP(
            "Actions",
            "Add the next word on the left to the current span (a character in exact mode)",
        ),
    ),
    ActionSpec(
        "narrow-span-right",
        QT_TRANSLATE_NOOP("Actions", "Narrow the span from the ri&ght"),
        ("Alt+Shift+Right",),
        "tagger.narrow_right",
        "Tag",
        tip=QT_TRANSLATE_NOOP(
            "Actions",
            "Take the word on the right out of the current span (a character in exact mode)",
        ),
    ),
    ActionSpec(
        "narrow-span-left",
        QT_TRANSLATE_NOOP("Actions", "Narrow the span from the l&eft"),
        ("Alt+Shift+Left",),
        "tagger.narrow_left",
        "Tag",
        tip=QT_TRANSLATE_NOOP(
            "Actions",
            "Take the word on the left out of the current span (a character in exact mode)",
        ),
    ),
    ActionSpec(
        "delete-span",
        QT_TRANSLATE_NOOP("Actions", "&Delete span"),
        ("Del",),
        "tagger.delete_current",
        "Tag",
        separator_before=True,
    ),
    ActionSpec(
        "clear-selection",
        QT_TRANSLATE_NOOP("Actions", "&Clear selection (while linking: cancel)"),
        ("Escape",),
        "attribution.escape",
        "Tag",
    ),
    # Attribution: links, notes, flags (attribute keys are added per project, like labels)
    ActionSpec(
        "link-span",
        QT_TRANSLATE_NOOP("Actions", "&Link the current span…"),
        ("R",),
        "attribution.start",
        "Tag",
        separator_before=True,
        tip=QT_TRANSLATE_NOOP(
            "Actions",
            "Link the current claim to a speaker (or a speaker to a claim): the nearest is "
            "proposed; Enter links, ] or [ choose another, Esc cancels; R again: next type",
        ),
    ),
    ActionSpec(
        "link-accept",
        QT_TRANSLATE_NOOP("Actions", "Link to the proposed span (Enter while linking)"),
        ("Return", "Enter"),
        "attribution.accept",
        "Tag",
    ),
    ActionSpec(
        "link-next",
        QT_TRANSLATE_NOOP("Actions", "Next link candidate"),
        ("Down", "Left"),
        "attribution.next",
        "Tag",
    ),
    ActionSpec(
        "link-previous",
        QT_TRANSLATE_NOOP("Actions", "Previous link candidate"),
        ("Up", "Right"),
        "attribution.previous",
        "Tag",
    ),
    ActionSpec(
        "edit-note",
        QT_TRANSLATE_NOOP("Actions", "&Note on the current span…"),
        ("N",),
        "attribution.edit_note",
        "Tag",
    ),
    ActionSpec(
        "toggle-uncertain",
        QT_TRANSLATE_NOOP("Actions", "Mark the current span &uncertain / certain"),
        ("U",),
        "attribution.toggle_uncertain",
        "Tag",
    ),
    # Suggestions (``ui/suggestions.py``): Enter, Backspace and Ctrl+Shift+Enter are live in
    # the article only while a suggestion is selected there (TRIAGE_ACTIONS)
    ActionSpec(
        "next-suggestion",
        QT_TRANSLATE_NOOP("Actions", "Next s&uggestion"),
        ("F8",),
        "suggestions.next",
        "Tag",
        separator_before=True,
        tip=QT_TRANSLATE_NOOP(
            "Actions",
            "Select the next suggestion: Enter accepts it, a label key accepts it as that "
            "label, Backspace rejects it",
        ),
    ),
    ActionSpec(
        "previous-suggestion",
        QT_TRANSLATE_NOOP("Actions", "Previous su&ggestion"),
        ("Shift+F8",),
        "suggestions.previous",
        "Tag",
    ),
    ActionSpec(
        "accept-suggestion",
        QT_TRANSLATE_NOOP("Actions", "Accept the suggestion"),
        ("Return", "Enter"),
        "suggestions.accept",
        "Tag",
    ),
    ActionSpec(
        "reject-suggestion",
        QT_TRANSLATE_NOOP("Actions", "Reject the suggestion"),
        ("Backspace",),
        "suggestions.reject",
        "Tag",
    ),
    ActionSpec(
        "accept-rule",
        QT_TRANSLATE_NOOP("Actions", "Accept every suggestion of this rule"),
        ("Ctrl+Shift+Return", "Ctrl+Shift+Enter"),
        "suggestions.accept_rule",
        "Tag",
        tip=QT_TRANSLATE_NOOP(
            "Actions",
            "Accept every suggestion in this document made by the current one's rule, each "
            "with its label, a claim linked to its speaker (one undo step)",
        ),
    ),
    ActionSpec(
        "suggest-all",
        QT_TRANSLATE_NOOP("Actions", "Suggest in &all documents"),
        (),
        "suggestions.run_all",
        "Tag",
        tip=QT_TRANSLATE_NOOP(
            "Actions",
            "Run the suggestion rules over every document of the project, in the background",
        ),
    ),
    # Document
    ActionSpec(
        "next-document",
        QT_TRANSLATE_NOOP("Actions", "&Next document"),
        ("Ctrl+PgDown",),
        "next_document",
        "Document",
    ),
    ActionSpec(
        "previous-document",
        QT_TRANSLATE_NOOP("Actions", "&Previous document"),
        ("Ctrl+PgUp",),
        "previous_document",
        "Document",
    ),
    ActionSpec(
        "rename-document",
        QT_TRANSLATE_NOOP("Actions", "&Rename document…"),
        ("F2",),
        "document_ops.rename",
        "Document",
        separator_before=True,
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Give the document the title the list shows (its first line until then)"
        ),
    ),
    ActionSpec(
        "reopen-encoding",
        QT_TRANSLATE_NOOP("Actions", "Reopen with another &encoding…"),
        (),
        "files.reopener.reopen",
        "Document",
        tip=QT_TRANSLATE_NOOP(
            "Actions",
            "Read the article's file again with an encoding you choose (when letters look wrong)",
        ),
    ),
    ActionSpec(
        "mark-done",
        QT_TRANSLATE_NOOP("Actions", "Mark &done / not done"),
        ("Ctrl+D", "Ctrl+Return"),
        "toggle_done",
        "Document",
        separator_before=True,
    ),
    ActionSpec(
        "agreement-report",
        QT_TRANSLATE_NOOP("Actions", "&Agreement between annotators…"),
        (),
        "team.show_agreement",
        "Document",
        separator_before=True,
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Span F1, Krippendorff's alpha_U and Cohen's kappa between the layers"
        ),
    ),
    ActionSpec(
        "curation",
        QT_TRANSLATE_NOOP("Actions", "&Curate disagreements"),
        ("Ctrl+Shift+J",),
        "show_curation",
        "Document",
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Settle where the annotators disagree into the gold layer"
        ),
    ),
    # View
    ActionSpec(
        "zoom-in", QT_TRANSLATE_NOOP("Actions", "Zoom &in"), ("Ctrl++", "Ctrl+="), "zoom_in", "View"
    ),
    ActionSpec(
        "zoom-out", QT_TRANSLATE_NOOP("Actions", "Zoom &out"), ("Ctrl+-",), "zoom_out", "View"
    ),
    ActionSpec(
        "zoom-reset",
        QT_TRANSLATE_NOOP("Actions", "&Actual size"),
        ("Ctrl+0",),
        "zoom_reset",
        "View",
    ),
    ActionSpec(
        "focus-documents",
        QT_TRANSLATE_NOOP("Actions", "Go to the &document list"),
        ("Ctrl+1",),
        "focus_documents",
        "View",
        separator_before=True,
    ),
    ActionSpec(
        "focus-article",
        QT_TRANSLATE_NOOP("Actions", "Go to the &article"),
        ("Ctrl+2",),
        "focus_article",
        "View",
    ),
    ActionSpec(
        "focus-spans",
        QT_TRANSLATE_NOOP("Actions", "Go to the &span list"),
        ("Ctrl+3",),
        "focus_spans",
        "View",
    ),
    ActionSpec(
        "focus-claims",
        QT_TRANSLATE_NOOP("Actions", "Go to the &claims list"),
        ("Ctrl+4",),
        "focus_claims",
        "View",
    ),
    # Help
    ActionSpec(
        "shortcuts",
        QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"),
        ("F1",),
        "show_shortcuts",
        "Help",
    ),
    ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "&About"), (), "show_about", "Help"),
)


def label_action_specs(labels: Iterable[Label]) -> list[ActionSpec]:
    """Two actions per label: its key and letter tag (snapped to words); Shift+ tags exactly."""
    specs = []
    for label in labels:
        keys = tuple(k.upper() for k in (label.key, label.letter) if k)
        # Isolated in the menu too: "Tag as" + an Arabic name with a marker inside would
        # otherwise lay the name's pieces out left to right.
        shown = display_name(label.name)
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
            f"{display_name(a.name)} ({display_name(a.label)})" for a in group
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
                    f"{display_name(a.name)} ({display_name(a.label)}): "
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

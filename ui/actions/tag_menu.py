"""The Tag menu's fixed actions: stepping through spans, resizing and deleting them, and
attribution (links, notes, the uncertain flag), and suggestions (F8, accept, reject); the
label and attribute keys are added per project (``building``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .spec import ActionSpec

TAG: tuple[ActionSpec, ...] = (
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
)

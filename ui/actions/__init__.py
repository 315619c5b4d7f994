"""Every action and shortcut of the app, from one table.

``ACTIONS`` lists the fixed actions; ``label_action_specs`` adds two per label (tag snapped to
words, and tag exact characters with Shift). ``build_action`` turns a spec into a ``QAction``
whose ``objectName`` is the spec's id, so tests and the cheat sheet find actions by name.

Shortcuts are literal key sequences, never ``QKeySequence.StandardKey``: a standard key
expands differently per platform theme (Delete is [Del, Ctrl+D] on X11, colliding with
Mark done; Undo brings F14 and the media key "Undo"), and the offscreen platform the tests
run on expands it to fewer keys than X11 does, so a collision there goes unseen.

The table is one module per menu (``file_menu``, ``edit_menu``, ``tag_menu``,
``document_menu``, ``view_menu``), joined in menu order in ``table``; ``spec`` says what an
action is, ``building`` makes ``QAction``s and checks shortcuts. Import from ``ui.actions``.
"""

# Loaded on first use (PEP 562): the window needs the menu titles (``spec``) for its first
# frame and builds the actions right after it, so ``ui.actions.spec`` alone must not load the
# table and the builders.
_HOME = {
    **dict.fromkeys(
        (
            "LINKING_ACTIONS",
            "TRIAGE_ACTIONS",
            "attribute_action_specs",
            "build_action",
            "key_sequences",
            "label_action_specs",
            "may_share",
            "reserved_keys",
            "resolve",
            "shortcut_collisions",
        ),
        "building",
    ),
    **dict.fromkeys(
        ("MENU_TITLES", "MENUS", "ActionSpec", "menu_title", "spec_text", "tr_action"), "spec"
    ),
    "ACTIONS": "table",
}


def __getattr__(name: str):
    # Plain import statements, not importlib: PyInstaller finds a module to freeze by the
    # import statements in the code, and missed ``table`` when it was named in a string.
    home = _HOME.get(name)
    if home == "building":
        from . import building as module
    elif home == "spec":
        from . import spec as module
    elif home == "table":
        from . import table as module
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(module, name)
    globals()[name] = value
    return value


__all__ = [
    "ACTIONS",
    "LINKING_ACTIONS",
    "TRIAGE_ACTIONS",
    "MENUS",
    "MENU_TITLES",
    "ActionSpec",
    "attribute_action_specs",
    "build_action",
    "key_sequences",
    "label_action_specs",
    "may_share",
    "menu_title",
    "reserved_keys",
    "resolve",
    "shortcut_collisions",
    "spec_text",
    "tr_action",
]

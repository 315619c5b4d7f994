"""Shortcuts that work whatever keyboard layout is active.

Qt matches a shortcut against the character the layout produces. On an Arabic-only layout the
S key gives س and Ctrl+F gives Ctrl+ب, so the label letters, Ctrl+F and ] [ matched nothing;
on AZERTY the digit keys give & é " '. On Arabic + Latin Qt tries both characters of a key,
so a label lettered م and one lettered l made the L key ambiguous: it did nothing.

``LayoutRouter``, an event filter on the focused widget (it moves with the focus), reads a
character key press in this order and triggers the first enabled action of the focused window
bound to a reading (same modifiers):

1. the character as typed (an explicit label key or letter always wins: م tags the label
   lettered م, even on a layout that also has l on that key);
2. the key at the same physical place on a US keyboard, from the native scan code, unless the
   layout typed a Latin letter (AZERTY's A means A, never the Q at its place);
3. the Latin letter on that key of the Arabic (101) layout, or the Arabic letter on that key
   (for labels lettered in Arabic), and the digit in the other digit sets (1 ١ ۱).

It claims the press at the ShortcutOverride stage, so Qt's own matching (and its ambiguity)
never runs for it; keys it finds nothing for go to Qt as before. In a field the analyst types
into, only presses with Ctrl, Alt or Meta are re-read, and only after Qt found nothing.

Scan codes are known for X11 and Wayland (evdev + 8), Windows (set 1) and macOS (virtual key
codes); only X11 is tested (tests/e2e/test_keyboard_layouts.py, under Xvfb with setxkbmap).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:  # made at the first key press: its enums need not delay the first frame
    from PySide6.QtGui import QKeySequence

#: The US keys in evdev order from KEY_1 (2) on: Windows set-1 scan codes are the same numbers,
#: X11 and Wayland keycodes are 8 more. "\0" marks a code that is not a character key.
_EVDEV_FROM_2 = "1234567890-=\0\0qwertyuiop[]\0\0asdfghjkl;'`\0\\zxcvbnm,./"
_US_BY_EVDEV = {i + 2: c for i, c in enumerate(_EVDEV_FROM_2) if c != "\0"}
#: macOS kVK_ANSI_* virtual key codes.
_US_BY_MAC_VK = dict(enumerate("asdfhgzxcv\0bqweryt123465=97-80]ou[ip\0lj'k;\\,/nm.\0\0`"))
_US_BY_MAC_VK = {k: c for k, c in _US_BY_MAC_VK.items() if c != "\0"}

#: Level 1 of the Arabic (101) layout (X11 "ara", Windows "Arabic (101)") by US key.
ARABIC_BY_LATIN = {
    **dict(zip("qwertyuiop[]", "ضصثقفغعهخحجد", strict=True)),
    **dict(zip("asdfghjkl;'", "شسيبلاتنمكط", strict=True)),
    **dict(zip("zxcvbnm,./`", "ئءؤرﻻىةوزظذ", strict=True)),
}
LATIN_BY_ARABIC = {a: latin for latin, a in ARABIC_BY_LATIN.items()}

_DIGIT_SETS = ("0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹")  # Western, Arabic-Indic, Persian
_WESTERN_DIGIT = {d: str(i) for digits in _DIGIT_SETS for i, d in enumerate(digits)}


def western_digit(char: str) -> str:
    """``char`` with an Arabic-Indic or Persian digit turned into 0-9 (else unchanged)."""
    return _WESTERN_DIGIT.get(char, char)


def physical_latin(event: QKeyEvent, platform: str | None = None) -> str | None:
    """The character the pressed key gives on a US keyboard, from the native key code."""
    platform = platform or QGuiApplication.platformName()
    if platform in ("xcb", "wayland"):
        return _US_BY_EVDEV.get(event.nativeScanCode() - 8)
    if platform == "windows":
        return _US_BY_EVDEV.get(event.nativeScanCode())
    if platform == "cocoa":
        return _US_BY_MAC_VK.get(event.nativeVirtualKey())
    return None


_MODIFIERS = (
    Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


_DEAD_KEYS = range(Qt.Key.Key_Dead_Grave.value, Qt.Key.Key_Dead_Longsolidusoverlay.value + 1)


def _char_of(event: QKeyEvent) -> str:
    """The pressed key as a lower-case character; "\0" for a dead key; "" for other keys."""
    key = event.key()
    if 0x20 < key < 0x110000:
        return chr(key).lower()
    return "\0" if key in _DEAD_KEYS else ""


def readings(event: QKeyEvent, platform: str | None = None) -> list[QKeySequence]:
    """The key sequences a character key press may mean, in the order they are tried."""
    char = _char_of(event)
    if not char:
        return []
    modifiers = event.modifiers() & _MODIFIERS
    chars = [] if char == "\0" else [char]
    physical = physical_latin(event, platform)
    if physical and not ("a" <= char <= "z"):
        chars.append(physical)
    for c in list(chars):
        chars += [LATIN_BY_ARABIC.get(c, ""), ARABIC_BY_LATIN.get(c, "")]
        if c in _WESTERN_DIGIT:
            i = int(_WESTERN_DIGIT[c])
            chars += [digits[i] for digits in _DIGIT_SETS]
    from PySide6.QtGui import QKeySequence

    out: list[QKeySequence] = []
    for c in chars:
        if c:
            # From the int: Qt.Key(ord("١")) is no member, and PySide6 makes an enum class
            # for such a value on first use (~1 ms at a first tag).
            seq = QKeySequence(modifiers.value | ord(c.upper()))
            if seq not in out:
                out.append(seq)
    return out


def leaves_to_window(event: QKeyEvent) -> bool:
    """True for a key a read-only text view must leave to the window's actions: a printable
    character (label keys, letters) or Delete, Backspace, Escape, without Ctrl, Alt or Meta."""
    blocking = (
        Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.AltModifier
        | Qt.KeyboardModifier.MetaModifier
    )
    if event.modifiers() & blocking:
        return False
    if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Escape):
        return True
    text = event.text()
    return bool(text) and text.isprintable() and not text.isspace()


def _takes_text(widget: QWidget | None) -> bool:
    """True for a widget the analyst types into (line edits, editable text, spin boxes)."""
    return widget is not None and widget.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)


def _claims(widget: QWidget, event: QKeyEvent) -> bool:
    """True when the focused widget keeps this key for itself (a ``claims_key(event)``
    method: the curation list's 1-9, B and X choose versions there, they do not tag)."""
    claims = getattr(widget, "claims_key", None)
    return bool(claims and claims(event))


def _actions_for(widget: QWidget) -> list[QAction]:
    """The actions whose shortcuts are live for ``widget``: its own, its parents', its window's."""
    found: list[QAction] = []
    current: QWidget | None = widget
    while current is not None:
        found += QWidget.actions(current)  # unbound: MainWindow.actions is its dict
        if current.isWindow():
            break
        current = current.parentWidget()
    return found


def _action_for(widget: QWidget, sequences: list[QKeySequence]) -> QAction | None:
    actions = [a for a in _actions_for(widget) if a.isEnabled()]
    for seq in sequences:
        for action in actions:
            if seq in action.shortcuts():
                return action
    return None


class LayoutRouter(QObject):
    """Reads key presses whatever the layout (see module doc), as the event filter of the
    focused widget.

    Key presses and shortcut overrides go to the focused widget, so filtering it alone sees
    every press the router needs. An application filter would see them too, but PySide6 then
    calls Python for every event of every object (wrapping each one first): a cost on every
    frame, and a large part of the start-up."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._claimed: tuple[int, int, QAction] | None = None  # (key, modifiers, action)

    def follow_focus(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None:
            old.removeEventFilter(self)
        if new is not None:
            new.installEventFilter(self)  # (again:) first of the widget's filters

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(watched, QWidget) or watched is not QApplication.focusWidget():
            return False  # the window's QWindow, or the press on its way up to the parents
        if kind == QEvent.Type.ShortcutOverride:
            self._claimed = None
            finish_start = getattr(watched.window(), "finish_start", None)
            if finish_start is not None:  # a key before the window built its actions
                finish_start()
            if _takes_text(watched) or _claims(watched, event):
                return False
            action = _action_for(watched, readings(event))
            if action is None:
                return False
            # Claimed: Qt skips its own shortcut matching and delivers the press.
            self._claimed = (event.key(), event.modifiers().value, action)
            event.accept()
            return True
        claimed, self._claimed = self._claimed, None
        if claimed and claimed[:2] == (event.key(), event.modifiers().value):
            claimed[2].trigger()
            return True
        if _takes_text(watched) and event.modifiers() & _COMMAND_MODIFIERS:
            action = _action_for(watched, readings(event)[1:])  # the literal one Qt tried
            if action is not None:
                action.trigger()
                return True
        return False


def install(app: QApplication) -> None:
    """Install the router once per application: on the focused widget, then on each widget
    that takes the focus."""
    if getattr(app, "_layout_router", None) is None:
        router = LayoutRouter(app)
        app.focusChanged.connect(router.follow_focus)
        router.follow_focus(None, app.focusWidget())
        app._layout_router = router  # noqa: SLF001 - kept alive with the application

"""A list's scroll bar that repaints only where its slider was and is, over a kept groove.

A tag inserts a row into the span list and the list jumps to it: the bar's range and value
change and Qt repainted the whole bar. Fusion fills the groove with a gradient and draws its
edge the bar's full height; the raster engine cuts any fill taller than ~96 lines into pieces
for Qt's GUI thread pool and the window's thread waits for them (``QT_THREAD_PARALLEL_FILLS``
in qdrawhelper.cpp): about 100 hand-overs to the pool per tag, each a wake-up of a thread
that may not get a core at once, and the dock, panel and window under the bar (it is not
opaque) repainted with it.

Here a change marks only the slider's old and new places for repainting, and a paint draws
the groove and arrows from a picture kept while the bar's size and look stay the same, with
the slider drawn by the style over it: the same pixels (tests/ui/test_list_scroll_bar.py).
It does so only where that is known to hold: Qt's Fusion style, a plain background under the
bar, no mouse over or on it (hovered and pressed parts are Qt's private state), the slider
clear of the arrows (at an end it touches them, and Fusion draws the arrows after it). Any
other paint is Qt's own.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QScrollBar

#: Filled right after the bar's first paint: QStyle (~560 enum values) is not made before
#: the first frame for this.
_qt: dict = {}


def _load() -> dict:
    if not _qt:
        from PySide6.QtGui import QPixmap, QRegion
        from PySide6.QtWidgets import QStyle, QStyleOptionSlider

        _qt.update(
            QPixmap=QPixmap,
            QRegion=QRegion,
            QStyleOptionSlider=QStyleOptionSlider,
            bar=QStyle.ComplexControl.CC_ScrollBar,
            slider=QStyle.SubControl.SC_ScrollBarSlider,
            groove=QStyle.SubControl.SC_ScrollBarGroove,
            not_slider=QStyle.SubControl.SC_All & ~QStyle.SubControl.SC_ScrollBarSlider,
        )
    return _qt


class ListScrollBar(QScrollBar):
    """A scroll bar whose changes repaint the slider's old and new places only."""

    def __init__(self, orientation: Qt.Orientation, parent=None):
        super().__init__(orientation, parent)
        self._fill_own_background()
        self.armed = False  # once the first paint (Qt's own) is over
        self._arming = False
        self._painted = None  # the slider's rect in the last paint
        self._groove_key: tuple | None = None
        self._groove = None  # the bar without its slider, over its background
        self.kept_paints = 0  # paints drawn over the kept groove, for tests

    def sliderChange(self, change) -> None:  # noqa: N802 (Qt override)
        # QAbstractSlider::sliderChange only calls update().
        old = self._painted
        if old is None or change == QScrollBar.SliderChange.SliderOrientationChange:
            self.update()
            return
        qt = _qt
        slider = self.style().subControlRect(qt["bar"], self._option(), qt["slider"], self)
        if slider != old:  # Fusion draws the slider a pixel past its rect: 2 px of margin
            region = qt["QRegion"](old.adjusted(-2, -2, 2, 2))
            self.update(region + qt["QRegion"](slider.adjusted(-2, -2, 2, 2)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        self._groove_key = self._groove = None  # style, palette, direction, enabled: drawn anew
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._fill_own_background()
        super().changeEvent(event)

    def _fill_own_background(self) -> None:
        """Paint the bar's own background when it is one colour (the window's, inherited).

        The bar is not opaque: a repaint of it repainted the dock, the panel, the list's frame
        and the window under it as well, where the slider moved. Filled with the same colour
        they paint, it is opaque and they are left alone."""
        brush = self.palette().brush(self.backgroundRole())
        self.setAutoFillBackground(brush.style() == Qt.BrushStyle.SolidPattern)

    def _option(self):
        option = _qt["QStyleOptionSlider"]()
        self.initStyleOption(option)
        return option

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if not self.armed:
            super().paintEvent(event)
            if not self._arming:
                self._arming = True
                QTimer.singleShot(0, self, self._arm)
            return
        qt = _load()
        option = self._option()
        style = self.style()
        slider = style.subControlRect(qt["bar"], option, qt["slider"], self)
        self._painted = slider
        groove = self._kept_groove(option, style, slider)
        if groove is None:
            super().paintEvent(event)
            return
        self.kept_paints += 1
        painter = QPainter(self)
        try:
            painter.drawPixmap(0, 0, groove)
            option.subControls = qt["slider"]
            style.drawComplexControl(qt["bar"], option, painter, self)
        finally:
            painter.end()

    def _arm(self) -> None:
        """Right after the first paint (Qt's own): from now on paint over a kept groove, and
        draw it at once, not at the first tag (with QStyle's enums, made on first use)."""
        _load()
        self.armed = True
        self.update()

    def _kept_groove(self, option, style, slider):
        """The bar without its slider, kept while it looks the same; None where Qt must
        paint the bar itself."""
        if style.name() != "fusion" or self.underMouse() or QApplication.mouseButtons():
            return None
        background = self.palette().brush(self.backgroundRole())
        if background.style() != Qt.BrushStyle.SolidPattern:
            return None
        dpr = self.devicePixelRatioF()
        key = (
            self.width(),
            self.height(),
            dpr,
            self.palette().cacheKey(),
            option.state,
            option.direction,
            option.orientation,
        )
        if key != self._groove_key:
            pixmap = _qt["QPixmap"](
                max(1, math.ceil(self.width() * dpr)), max(1, math.ceil(self.height() * dpr))
            )
            pixmap.setDevicePixelRatio(dpr)
            pixmap.fill(background.color())
            painter = QPainter(pixmap)
            try:
                option.subControls = _qt["not_slider"]
                style.drawComplexControl(_qt["bar"], option, painter, self)
            finally:
                painter.end()
            self._groove_key, self._groove = key, pixmap
        # Kept even while the slider touches an arrow (as at the list's top, where it opens):
        # the next paint with it clear, the first tag's jump, finds it drawn.
        groove = style.subControlRect(_qt["bar"], option, _qt["groove"], self)
        if self.orientation() == Qt.Orientation.Vertical:
            clear = groove.top() < slider.top() - 1 and slider.bottom() + 1 < groove.bottom()
        else:
            clear = groove.left() < slider.left() - 1 and slider.right() + 1 < groove.right()
        return self._groove if clear else None

"""Small drawn flowables for forms filled in by hand: tick boxes, rating boxes, writing lines."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from peerdesk.i18n import _
from peerdesk.reports import styles
from peerdesk.reports.fonts import SANS, FontSet, fonts


class TickBox(Flowable):
    """An empty square to tick, centred in its cell; ``height`` reserves room (a row to sign in)."""

    def __init__(self, size: float = 4.2 * mm, height: float | None = None):
        super().__init__()
        self.size = size
        self.box_height = height or size

    def wrap(self, available_width, available_height):
        self.cell_width = available_width
        return available_width, self.box_height

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(styles.INK)
        c.setLineWidth(0.8)
        x = (self.cell_width - self.size) / 2
        y = (self.box_height - self.size) / 2
        c.rect(x, y, self.size, self.size, stroke=1, fill=0)


class WritingLines(Flowable):
    """Ruled lines to write on, optionally with a label before the first ("Department")."""

    def __init__(self, lines: int = 1, gap: float = 8 * mm, label: str = "",
                 fontset: FontSet | None = None, width: float | None = None):
        super().__init__()
        self.lines = lines
        self.gap = gap
        self.label = label
        self.fonts = fontset or fonts()
        self.fixed_width = width

    def wrap(self, available_width, available_height):
        self.line_width = self.fixed_width or available_width
        return self.line_width, self.lines * self.gap

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(styles.RULE)
        c.setLineWidth(0.6)
        start = 0.0
        if self.label:
            c.setFillColor(styles.MUTED)
            start = self.fonts.draw(c, 0, 2, self.label, SANS, 9) + 2 * mm
        for n in range(self.lines):
            y = (self.lines - n - 1) * self.gap
            c.line(start if n == 0 else 0, y, self.line_width, y)


class SignatureLines(Flowable):
    """Labelled lines side by side: Name, Signature, Date."""

    def __init__(self, labels: tuple[str, ...] | None = None,
                 shares: tuple[float, ...] = (0.38, 0.38, 0.24), fontset: FontSet | None = None):
        super().__init__()
        # In the document's language, which is in force while the document is built.
        self.labels = labels or (_("Name"), _("Signature"), _("Date"))
        self.shares = shares
        self.fonts = fontset or fonts()

    def wrap(self, available_width, available_height):
        self.total_width = available_width
        return available_width, 14 * mm

    def draw(self) -> None:
        c = self.canv
        x = 0.0
        for label, share in zip(self.labels, self.shares, strict=True):
            w = self.total_width * share
            c.setStrokeColor(styles.INK)
            c.setLineWidth(0.6)
            c.line(x, 6 * mm, x + w - 6 * mm, 6 * mm)
            c.setFillColor(styles.MUTED)
            self.fonts.draw(c, x, 2.5 * mm, label, SANS, 8)
            x += w


class ScaleBoxes(Flowable):
    """Numbered boxes from ``low`` to ``high`` to tick one, with words under both ends."""

    def __init__(self, low: int, high: int, low_label: str = "", high_label: str = "",
                 fontset: FontSet | None = None):
        super().__init__()
        self.low, self.high = low, high
        self.low_label, self.high_label = low_label, high_label
        self.fonts = fontset or fonts()
        self.box = 6.5 * mm

    def wrap(self, available_width, available_height):
        count = self.high - self.low + 1
        self.step = min(14 * mm, (available_width - self.box) / max(count - 1, 1))
        self.total_width = self.step * (count - 1) + self.box
        return available_width, self.box + 8 * mm

    def draw(self) -> None:
        c = self.canv
        box_y = 8 * mm
        for n, value in enumerate(range(self.low, self.high + 1)):
            x = n * self.step
            c.setStrokeColor(styles.INK)
            c.setLineWidth(0.8)
            c.roundRect(x, box_y, self.box, self.box, 1.2, stroke=1, fill=0)
            c.setFillColor(styles.INK)
            self.fonts.draw(c, x + self.box / 2, box_y - 3.6 * mm, str(value), SANS, 8,
                            align="centre")
        c.setFillColor(styles.MUTED)
        if self.low_label:
            self.fonts.draw(c, 0, 0.6 * mm, self.low_label, SANS, 7.5)
        if self.high_label:
            self.fonts.draw(c, self.total_width, 0.6 * mm, self.high_label, SANS, 7.5,
                            align="right")

"""One Alt+letter, one thing: the window's access keys never clash with the menu bar's.

Each language chooses its own underlined letters, and a form's "&Service" (Alt+S) lands on
the same key as the menu bar's "&Séances": Qt then alternates between the two on each press,
and a button under a clashing key is only focused, never pressed. After the tabs are built,
:func:`settle` keeps the menu bar's letters and moves a clashing ``&`` in a label (with a
buddy), a button or a sub-tab to the first letter of its text still free, the start of a
word first, as KDE's accelerator manager does. Each tab page is settled on its own (only one
shows at a time), against the menu bar and whatever is always on screen beside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtWidgets import QAbstractButton, QLabel, QMainWindow, QMenu, QTabWidget, QWidget

_MARK = re.compile(r"&(?!&)(.)")


def letter(text: str) -> str | None:
    """The access key of a text ("Sa&ve" -> "v"), or None."""
    found = _MARK.search(text.replace("&&", "\0\0"))
    return found.group(1).casefold() if found and found.group(1).isalnum() else None


def moved(text: str, taken: set[str]) -> str | None:
    """The text with its ``&`` on the first free letter (a word's first letter before the
    others), or None when every letter is taken."""
    plain = text.replace("&&", "\0\0")
    at = plain.find("&")
    if at < 0:
        return None
    bare = plain[:at] + plain[at + 1:]
    starts = [i for i, c in enumerate(bare) if c.isalnum() and (i == 0 or not bare[i - 1].isalnum())]
    rest = [i for i, c in enumerate(bare) if c.isalnum() and i not in starts]
    for i in [*starts, *rest]:
        if bare[i].casefold() not in taken:
            return (bare[:i] + "&" + bare[i:]).replace("\0\0", "&&")
    return None


class _Keyed:
    """A widget with an access key in its text: a buddied label, a button, or a tab's title."""

    def __init__(self, widget: QWidget, tab: int | None = None):
        self.widget, self.tab = widget, tab

    def text(self) -> str:
        if self.tab is not None:
            assert isinstance(self.widget, QTabWidget)
            return self.widget.tabText(self.tab)
        assert isinstance(self.widget, (QLabel, QAbstractButton))
        return self.widget.text()

    def set_text(self, text: str) -> None:
        if self.tab is not None:
            assert isinstance(self.widget, QTabWidget)
            self.widget.setTabText(self.tab, text)
        else:
            assert isinstance(self.widget, (QLabel, QAbstractButton))
            self.widget.setText(text)


def keyed(root: QWidget) -> list[_Keyed]:
    """Everything under ``root`` whose text gives an access key, in the order it was made."""
    found: list[_Keyed] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QTabWidget):
            found += [_Keyed(widget, i) for i in range(widget.count())]
        elif (isinstance(widget, QLabel) and widget.buddy() is not None) or \
                isinstance(widget, QAbstractButton):
            found.append(_Keyed(widget))
    return [k for k in found if letter(k.text())]


def _rank(item: _Keyed) -> int:
    """Buttons first (their key presses them), then sub-tabs, then labels (their key only
    moves the focus)."""
    if item.tab is not None:
        return 1
    return 0 if isinstance(item.widget, QAbstractButton) else 2


def resolve(items: Iterable[_Keyed], reserved: set[str]) -> set[str]:
    """Give each item a letter not reserved and not used by another, buttons before sub-tabs
    before labels, each keeping its own letter when it can; the letters used. An item left
    with no free letter loses its ``&``: a key that did two things did neither well (Qt only
    focuses a button whose key is shared, and alternates with the menu)."""
    taken = set(reserved)
    ranked = sorted(items, key=_rank)
    for rank in (0, 1, 2):
        group = [item for item in ranked if _rank(item) == rank]
        clashing = []
        for item in group:
            key = letter(item.text())
            if key is None:
                continue
            if key in taken:
                clashing.append(item)
            else:
                taken.add(key)
        for item in clashing:
            text = moved(item.text(), taken)
            if text is None:
                plain = item.text().replace("&&", "\0\0").replace("&", "", 1)
                item.set_text(plain.replace("\0\0", "&&"))
                continue
            item.set_text(text)
            key = letter(text)
            if key is not None:
                taken.add(key)
    return taken


def settle_menu(menu: QMenu) -> None:
    """Within one menu (and each submenu) one letter per entry: a later entry whose letter an
    earlier one has moves to a free one (Spanish: "F&ijar" and "&Intercambiar")."""
    taken: set[str] = set()
    for action in menu.actions():
        if isinstance(sub := action.menu(), QMenu):
            settle_menu(sub)
        key = letter(action.text())
        if key is None:
            continue
        if key in taken:
            text = moved(action.text(), taken)
            if text is None:
                continue
            action.setText(text)
            key = letter(text)
        if key is not None:
            taken.add(key)


def settle(window: QMainWindow, pages: Iterable[QWidget], always_shown: Iterable[QWidget]) -> None:
    """Keep the menu bar's letters; settle each menu's entries, what is always on screen
    (docks, toolbar), then each page against both."""
    for action in window.menuBar().actions():
        if isinstance(menu := action.menu(), QMenu):
            settle_menu(menu)
    reserved = {k for a in window.menuBar().actions() if (k := letter(a.text()))}
    for widget in always_shown:
        reserved = resolve(keyed(widget), reserved)
    for page in pages:
        resolve(keyed(page), reserved)


def settle_dialog(dialog: QWidget) -> None:
    """One Alt+letter per control of a dialog, whatever its language chose (buttons first)."""
    resolve(keyed(dialog), set())

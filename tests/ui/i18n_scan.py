"""Find user-visible text in ``peerdesk/ui`` that does not go through Qt's translation.

A string literal (or f-string) handed straight to a call that puts text on the screen —
a widget's constructor, ``setText``/``setToolTip``/``setWindowTitle``…, a message box, a
file dialog, one of ``ui/dialogs.py``'s helpers, or the undo text of ``ctx.perform`` — is
untranslated text. Wrapped in ``self.tr(...)`` or ``QCoreApplication.translate(...)`` it is
no longer a bare literal, so the scan passes. Used by ``test_translations_marked.py``.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "peerdesk" / "ui"

ALL = None  # every positional string argument is text
# Callee name -> which positional arguments are text (None: all of them).
TEXT_CALLS: dict[str, tuple[int, ...] | None] = {
    # widgets and actions built with their text
    "QLabel": (0,), "QPushButton": ALL, "QCheckBox": (0,), "QRadioButton": (0,),
    "QGroupBox": (0,), "QToolButton": ALL, "QAction": ALL, "QMenu": (0,),
    "QCommandLinkButton": ALL, "QProgressDialog": (0, 1),
    # setters
    "setText": (0,), "setToolTip": (0,), "setStatusTip": (0,), "setWhatsThis": (0,),
    "setWindowTitle": (0,), "setPlaceholderText": (0,), "setTitle": (0,),
    "setTabText": (1,), "setTabToolTip": (1,), "setItemText": (1,),
    "setSpecialValueText": (0,), "setSuffix": (0,), "setPrefix": (0,),
    "setAccessibleName": (0,), "setAccessibleDescription": (0,),
    "setLabelText": (0,), "setCancelButtonText": (0,), "setInformativeText": (0,),
    "setDetailedText": (0,), "setWindowIconText": (0,), "setHtml": (0,),
    "setHeaderLabels": (0,), "setHorizontalHeaderLabels": (0,), "setVerticalHeaderLabels": (0,),
    "showMessage": (0,), "setEmptyText": (0,), "setStrings": (0,),
    # adders
    "addTab": ALL, "insertTab": ALL, "addAction": ALL, "addMenu": ALL, "addItem": (0,),
    "insertItem": (1,), "addItems": (0,), "addButton": (0,), "addRow": (0,),
    "addSeparator": ALL, "addSection": ALL,
    # message boxes and pickers (Qt's and ours in ui/dialogs.py)
    "critical": ALL, "warning": ALL, "information": ALL, "question": ALL, "about": ALL,
    "getText": ALL, "getItem": (1, 2), "getInt": (1, 2), "getOpenFileName": (1, 3),
    "getSaveFileName": (1, 3), "getExistingDirectory": (1,), "getOpenFileNames": (1, 3),
    "error": (1, 2), "warn": (1, 2), "info": (1, 2), "confirm": ALL, "choose": ALL,
    "ask_text": ALL, "pick": (1, 2), "open_file": (1, 2), "save_file": (1, 2),
    "choose_folder": (1,),
    # the undo stack's text ("Undo Rename Ana")
    "perform": (0,), "setUndoText": (0,),
}

# (file relative to ui/, the literal): text that is deliberately not translated.
ALLOWED: set[tuple[str, str]] = {
    ("app.py", "PeerDesk"),  # the product's name
}


@dataclass(frozen=True)
class Bare:
    path: str
    line: int
    call: str
    text: str

    def __str__(self) -> str:
        return f"ui/{self.path}:{self.line}: {self.call}({self.text!r}) is not marked for translation"


def _callee(node: ast.Call) -> str:
    f = node.func
    if isinstance(f, ast.Attribute):
        return f.attr
    if isinstance(f, ast.Name):
        return f.id
    return ""


def _literal_text(node: ast.AST) -> str | None:
    """The text of a bare literal that a reader would see, or None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values
                       if isinstance(v, ast.Constant) and isinstance(v.value, str))
    elif isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return _literal_text(node.left) or _literal_text(node.right)
    elif isinstance(node, (ast.List, ast.Tuple)):
        texts = [t for t in (_literal_text(e) for e in node.elts) if t]
        return " | ".join(texts) if texts else None
    else:
        return None
    return text if any(c.isalpha() for c in text) else None


def scan_source(source: str, rel: str) -> list[Bare]:
    found: list[Bare] = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _callee(node)
        if name not in TEXT_CALLS:
            continue
        positions = TEXT_CALLS[name]
        args = list(enumerate(node.args))
        if positions is not None:
            args = [(i, a) for i, a in args if i in positions]
        candidates = [a for _, a in args]
        # keyword arguments that carry text (yes="Delete", caption="Open")
        candidates += [k.value for k in node.keywords
                       if k.arg in {"text", "title", "caption", "yes", "label", "toolTip"}]
        for arg in candidates:
            text = _literal_text(arg)
            if text is not None and (rel, text) not in ALLOWED:
                found.append(Bare(rel, arg.lineno, name, text))
    return found


def scan(root: Path = UI) -> list[Bare]:
    found: list[Bare] = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        found += scan_source(path.read_text(encoding="utf-8"), rel)
    return found


if __name__ == "__main__":
    for bare in scan():
        print(bare)

"""Find user-visible strings in the core that are not marked for translation.

A string is user-visible here when it is what the user reads: the message of an exception
raised (``raise CommandError("...")``), a validation problem (``Problem(field, "...")``),
something printed (``print(...)``), a paragraph of a document (``self.p("...")``,
``self.pm(...)``) or an option's help (``help="..."``). It is marked when it goes through
``_()``, ``ngettext()``, ``pgettext()``, ``N_()`` or ``M_()`` (``.format`` after one is
fine). An f-string or literal without a word in it ("  {table}: {n}") needs no marking.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

MARKERS = {"_", "gettext", "ngettext", "pgettext", "npgettext", "N_", "M_", "gettext_noop"}
WORD = re.compile(r"[A-Za-z]{2,}")
SHOWN_CALLS = {"print", "p", "pm"}  # the first argument is shown
RAISED_TO_USER = re.compile(r"(Error|Problem)$")
# (field or kind, message): the message is the second argument
SECOND_ARGUMENT = {"Problem", "ProgramFileError"}


def _unprefixed(text: str) -> str:
    """Without the program's name before a message ("peerdesk: {exc}"): not a word to
    translate."""
    return text.replace("peerdesk:", "")


def has_words(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(WORD.search(_unprefixed(node.value)))
    if isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values
                       if isinstance(v, ast.Constant) and isinstance(v.value, str))
        return bool(WORD.search(_unprefixed(text)))
    return False


def is_marker(node: ast.AST) -> bool:
    """A call to a marker, or ``.format(...)`` on one."""
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    if name in MARKERS:
        return True
    return name == "format" and isinstance(func, ast.Attribute) and is_marker(func.value)


def bare(node: ast.AST) -> bool:
    """Whether ``node`` shows words that no marker translates."""
    if is_marker(node):
        return False
    if has_words(node):
        return True
    if isinstance(node, ast.BinOp):
        return bare(node.left) or bare(node.right)
    if isinstance(node, ast.IfExp):
        return bare(node.body) or bare(node.orelse)
    return False


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def unmarked(path: Path) -> list[tuple[int, str]]:
    """(line, the call's name) for each user-visible string left unmarked in ``path``."""
    tree = ast.parse(path.read_text("utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node)
        shown: list[ast.AST] = []
        if name in SHOWN_CALLS and node.args:
            shown.append(node.args[0])
        elif name in SECOND_ARGUMENT and len(node.args) > 1:
            shown.append(node.args[1])
        elif RAISED_TO_USER.search(name) and node.args:
            shown.append(node.args[0])
        shown += [k.value for k in node.keywords if k.arg in ("help", "description", "message")]
        found += [(node.lineno, name) for value in shown if bare(value)]
    return found

"""Find user-visible strings in the core that are not marked for translation.

A string is user-visible here when it is what the user reads: the message of an exception
raised (``raise CommandError("...")``), a validation problem (``Problem(field, "...")``),
something printed (``print(...)``), a paragraph of a document (``self.p("...")``,
``self.pm(...)``) or an option's help (``help="..."``). Wider (issue 19): words passed to a row's problem
(``RowProblem(row, column, "...")``, ``bad(field, "...")``), a note or warning object, an
``append``/``insert``/``extend`` onto a list of problems, notices or warnings, a progress
callback's step (``progress(done, total, "Writing")``); and sentences (two words and a space)
assigned to, returned as, or given as the default of a message-like name (``message``,
``text``, ``reason``, ``notice``...) or returned from a function. It is marked when it goes through
``_()``, ``ngettext()``, ``pgettext()``, ``N_()`` or ``M_()`` (``.format`` after one is
fine). An f-string or literal without a word in it ("  {table}: {n}") needs no marking.

Wider still (issue 19, the last English left): the words of a table of names (a constant
``…_NAMES``, ``…_LABELS``, ``…_TITLES``, ``TEXTS``, ``FIELDS``, ``META``: its values), a dict
of words looked up on the spot (``{"pairs": "Pairs", ...}[kind]``: a draft's file name),
strftime's English month and day names (``%b``, ``%B``, ``%a``, ``%A`` in a format or
``strftime``), Unicode's English character names (``unicodedata.name`` outside the places
that read a script from it), and a package or file name inside a message (``fonts-noto-core``
belongs in a placeholder, so a translator cannot break it).
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
# Every argument of these is shown: a problem, note or warning object, or a row's problem.
SHOWN_OBJECT = re.compile(r"(Problem|Warning|Notice|Note|Message)$")
SHOWN_ANY_ARGUMENT = {"bad", "warn", "note", "notice", "problem"}
STEP_CALLS = {"progress"}  # progress(done, total, step): the step is shown
# ``x.append("...")`` onto a list the user reads.
SHOWN_LIST = re.compile(r"(problems|blocking|notices|warnings|notes|messages|errors|lines|what|changed)$")
# A function's ``out`` list is often what it returns to be shown (``session_warnings``, a feedback
# import's questions): a sentence appended there is shown; a key ("teams") is not.
OUT_LIST = re.compile(r"^_?out$")
ADDING = {"append", "insert", "extend"}
# A name that holds words for the user when a sentence is put into it.
MESSAGE_NAME = re.compile(r"(^|_)(message|msg|text|notice|warning|reason|summary|hint|"
                          r"problem|note|label|title|detail)s?$")
SENTENCE = re.compile(r"[A-Za-z]{2,}[,;:.!?)”]*\s+\S*[A-Za-z]")
# A constant holding words shown by name: a table of labels, titles or wordings.
WORD_TABLE = re.compile(r"^_?[A-Z][A-Z_]*(NAMES|LABELS|TITLES|TEXTS|HEADINGS)$|^_?(FIELDS|META)$")
# strftime's English names of months and days.
ENGLISH_DATE = re.compile(r"%[-#]?[bBaAhc]")
# A Debian package (or similar code) in a message: it goes in through a placeholder.
PACKAGE_IN_MESSAGE = re.compile(r"\bfonts-[a-z0-9-]+|\b(?:python3|lib[a-z0-9]+)-[a-z0-9-]+")


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


def _text(node: ast.AST) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return " ".join(v.value for v in node.values
                        if isinstance(v, ast.Constant) and isinstance(v.value, str))
    return ""


def is_sentence(node: ast.AST) -> bool:
    """Words with a space between them (a literal, f-string, sum or choice of them)."""
    if is_marker(node):
        return False
    if isinstance(node, ast.BinOp):
        return is_sentence(node.left) or is_sentence(node.right)
    if isinstance(node, ast.IfExp):
        return is_sentence(node.body) or is_sentence(node.orelse)
    return bool(SENTENCE.search(_unprefixed(_text(node))))


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


def _target(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _shown_by_call(node: ast.Call) -> list[ast.AST]:
    name = _name(node)
    shown: list[ast.AST] = []
    if name in SHOWN_CALLS and node.args:
        shown.append(node.args[0])
    elif name in SECOND_ARGUMENT and len(node.args) > 1:
        shown.append(node.args[1])
    elif RAISED_TO_USER.search(name) and node.args:
        shown.append(node.args[0])
    if name in STEP_CALLS and len(node.args) > 2:
        shown.append(node.args[2])
    if name in ADDING and isinstance(node.func, ast.Attribute) \
            and SHOWN_LIST.search(_target(node.func.value)):
        for a in node.args:
            shown += a.elts if isinstance(a, (ast.List, ast.Tuple)) else [a]
    if name in ADDING and isinstance(node.func, ast.Attribute) \
            and OUT_LIST.search(_target(node.func.value)):
        shown += [a for a in node.args if is_sentence(a)]
    shown += [k.value for k in node.keywords if k.arg in ("help", "description", "message")]
    return shown


def _sentences_in_call(node: ast.Call) -> list[ast.AST]:
    """Sentences among the arguments of a problem, note or warning (their other arguments are
    codes: a field, a kind), or given to a message-like keyword."""
    name = _name(node)
    args = list(node.args) if SHOWN_OBJECT.search(name) or name in SHOWN_ANY_ARGUMENT else []
    args += [k.value for k in node.keywords if k.arg and MESSAGE_NAME.search(k.arg)]
    return args


# Methods whose result is read by the user: every word they assign or return is shown.
SAYING = {"__str__", "describe", "summary", "message"}


def _said(node: ast.AST) -> list[ast.AST]:
    """What a ``__str__``/``describe``/``summary`` method assigns or returns."""
    if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) or node.name not in SAYING:
        return []
    return [n.value for n in ast.walk(node)
            if isinstance(n, (ast.Assign, ast.AugAssign, ast.Return)) and n.value is not None]


def _sentences(node: ast.AST) -> list[ast.AST]:
    """Sentences put into a message-like name, returned, or a message-like default."""
    if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        if node.value is not None and any(MESSAGE_NAME.search(_target(t)) for t in targets):
            return [node.value]
    elif isinstance(node, ast.Return) and node.value is not None:
        return [node.value]
    elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        args = node.args.posonlyargs + node.args.args
        named = list(zip(args[len(args) - len(node.args.defaults):], node.args.defaults, strict=True))
        named += [(a, d) for a, d in zip(node.args.kwonlyargs, node.args.kw_defaults, strict=True)
                  if d is not None]
        return [d for a, d in named if MESSAGE_NAME.search(a.arg)]
    return []


def _table_values(node: ast.AST) -> list[ast.AST]:
    """The values of a word table (``KIND_NAMES = {...}``), which must be marked."""
    if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        if any(WORD_TABLE.search(_target(t)) for t in targets):
            value = node.value
            if isinstance(value, ast.Dict):  # field -> label: the labels are words
                return [v for v in value.values if v is not None and _wordy(v)]
            if isinstance(value, (ast.Tuple, ast.List)) and not any(
                    _target(t).lstrip("_") in ("FIELDS", "META") for t in targets):
                return [v for v in value.elts if _wordy(v)]  # a tuple of FIELDS is codes
    return []


CODE = re.compile(r"[a-z0-9]+(?:[_.-][a-z0-9]+)*|[A-Z0-9]+(?:-[A-Z0-9]+)*")


def _wordy(node: ast.AST) -> bool:
    """Words, not a code ("job_title", "utf-8", "UTF-16") nor a term kept in every language
    (no two lower-case letters together: "eNPS")."""
    text = _text(node)
    code = CODE.fullmatch(text) or not re.search("[a-z]{2}", text)
    return not (isinstance(node, ast.Constant) and code)


def _looked_up_words(node: ast.AST) -> list[ast.AST]:
    """``{"pairs": "Pairs", "session": "Invitation"}[kind]``: words picked on the spot."""
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Dict):
        values = [v for v in node.value.values if v is not None]
        if values and all(isinstance(v, ast.Constant) and isinstance(v.value, str)
                          for v in values) and any(v.value[:1].isupper() for v in values):
            return values
    return []


def _english_dates(node: ast.AST) -> bool:
    """``f"{d:%d %b}"`` or ``d.strftime("%B")``: month and day names only in English."""
    if isinstance(node, ast.FormattedValue) and node.format_spec is not None:
        return bool(ENGLISH_DATE.search(_text(node.format_spec)))
    if isinstance(node, ast.Call) and _name(node) == "strftime" and node.args:
        return bool(ENGLISH_DATE.search(_text(node.args[0])))
    return False


def _unicode_name(node: ast.AST) -> bool:
    func = node.func if isinstance(node, ast.Call) else None
    return isinstance(func, ast.Attribute) and func.attr == "name" \
        and getattr(func.value, "id", "") == "unicodedata"


def _code_in_message(node: ast.AST) -> bool:
    """A marked message with a package name inside (the translator could break it)."""
    if is_marker(node) and isinstance(node, ast.Call) and _name(node) != "format":
        return any(PACKAGE_IN_MESSAGE.search(_text(a)) for a in node.args)
    return False


def unmarked(path: Path) -> list[tuple[int, str]]:
    """(line, what shows it) for each user-visible string left unmarked in ``path``."""
    tree = ast.parse(path.read_text("utf-8"))
    found = []
    for node in ast.walk(tree):
        found += [(v.lineno, "word table") for v in _table_values(node) if bare(v)]
        found += [(v.lineno, "looked-up words") for v in _looked_up_words(node) if bare(v)]
        if _english_dates(node):
            found.append((node.lineno, "strftime's English"))
        if _unicode_name(node):
            found.append((node.lineno, "unicodedata.name"))
        if _code_in_message(node):
            found.append((node.lineno, "a package name inside a message"))
        if isinstance(node, ast.Call):
            found += [(v.lineno, _name(node)) for v in _shown_by_call(node) if bare(v)]
            found += [(v.lineno, _name(node)) for v in _sentences_in_call(node)
                      if is_sentence(v)]
        else:
            found += [(v.lineno, type(node).__name__) for v in _sentences(node)
                      if is_sentence(v)]
            found += [(v.lineno, getattr(node, "name", "")) for v in _said(node) if bare(v)]
    return sorted(set(found))

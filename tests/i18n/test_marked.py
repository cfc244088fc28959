"""No user-visible string in the core, the command line or the documents is left unmarked."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.i18n.marked_strings import bare, unmarked

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "peerdesk"

# Not words for the user: programmer errors and markup (file, the line's start).
ALLOWED = {
    ("core/agenda.py", 'raise IndexError(f"no agenda item at'),
    ("core/attendance.py", 'raise ValueError(f"unknown attendance status'),
    ("core/reasons.py", 'raise ValueError(f"unknown reason code'),
    ("core/models.py", 'raise ValueError("this record has not been saved to the program file'),
    ("core/skills.py", 'raise ValueError(f"“{into}” is not one of the names in this group'),
    ("reports/canvas.py", 'raise TypeError("PeerDesk\'s page furniture draws only on'),
    ("reports/cycle_report.py", 'raise ValueError("this cycle report is made without charts")'),
    ("reports/fonts.py", 'raise TypeError(f"{name} is not a TrueType font")'),
    ("reports/pdftext.py", 'raise TypeError(f"{font_name} is not a TrueType font")'),
    ("reports/shaping.py", 'raise TypeError(f"{font_name} is not a TrueType font")'),
    ("reports/textblock.py", 'raise ValueError("a paragraph is laid out only after make()'),
    ("reports/pack.py", "[[self.pm(f'<a href=\"#{key}\""),
    ("store/program.py", 'raise sqlite3.IntegrityError(f"a new row got the key'),
    ("cli/intake.py", 'print(f"{m.describe()}\\n  peerdesk skills merge'),
    ("store/atomic.py", 'raise ValueError(f"open_atomic writes a new file; mode'),
    ("store/feedback_questions.py", 'raise ValueError("update_question needs a question with an id")'),
    ("store/feedback_forms.py", 'raise ValueError("replace_paper_form needs a form with an id")'),
    ("store/participants.py", 'raise ValueError("update_participant needs a participant with'),
    # kind codes ("extra", "changed", "missing"), worded by SchemaProblem.message
    ("store/trust.py", 'problems.append(SchemaProblem("extra"'),
    ("store/trust.py", 'problems.append(SchemaProblem("changed"'),
    ("store/trust.py", 'problems += [SchemaProblem("missing"'),
    ("store/trust.py", 'kind = self.kind if self.kind in ("extra", "changed") else "missing"'),
    ("reports/bidi.py", "return body if base == style.fontName else f'<font name="),
    ("store/journal.py", 'return f"{_host()}\\nfile {_file_identity(path)}'),
    # Unicode's names read for the script a letter belongs to, never shown
    ("reports/fontfind.py", 'name = unicodedata.name(ch, "")'),
    ("io/encodings.py", 'script = unicodedata.name(char, "? ").split()[0]'),
    ("io/people_import.py", 'return bool(text) and all(unicodedata.name(c, "").startswith('),
}

# English left in files another engineer owns this round: each entry must still be there,
# so the list only shrinks.
LEFT_TO_OWNERS: set[tuple[str, str]] = set()

# Modules whose messages are not marked yet (issue 19 goes on): each entry must still have
# an unmarked string, so the list only shrinks.
# The widened scan (issue 19: problems, notes, progress steps, summaries and returned sentences)
# found these after the people import was marked.
NOT_YET: set[str] = set()
SCANNED = ("core", "cli", "reports", "io", "store")


def _left(rel: str, allowed: set[tuple[str, str]] = ALLOWED | LEFT_TO_OWNERS) -> list[str]:
    path = PACKAGE / rel
    lines = path.read_text("utf-8").splitlines()
    return [f"peerdesk/{rel}:{line}: {lines[line - 1].strip()}"
            for line, _name in unmarked(path)
            if not any(rel == f and lines[line - 1].strip().startswith(s) for f, s in allowed)]


def test_user_visible_strings_are_marked():
    left = []
    for folder in SCANNED:
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            rel = path.relative_to(PACKAGE).as_posix()
            if rel not in NOT_YET:
                left += _left(rel)
    assert not left, "wrap these in _() or ngettext() (see CONTRIBUTING.md):\n" + "\n".join(left)


def test_what_is_left_to_its_owner_is_still_there():
    """Once the owner marks it, its entry goes (the list only shrinks)."""
    for rel, start in LEFT_TO_OWNERS:
        left = _left(rel, ALLOWED)
        assert any(f": {start}" in line for line in left), \
            f"marked now: remove {(rel, start)} from LEFT_TO_OWNERS in {__file__}"


def test_the_not_yet_list_only_shrinks():
    done = sorted(rel for rel in NOT_YET if not _left(rel))
    assert not done, f"all marked now: remove from NOT_YET in {__file__}: {done}"


def _expr(code: str) -> ast.AST:
    return ast.parse(code, mode="eval").body


def test_the_scanner_finds_what_it_should():
    """The adversary: each shape of an unmarked message is caught, each marked one passes."""
    assert bare(_expr('"A name is required."'))
    assert bare(_expr('f"{n} people invited"'))
    assert bare(_expr('_("Pairs") + " and more"'))
    assert bare(_expr('"one" if n == 1 else _("many")'))
    assert not bare(_expr('_("A name is required.")'))
    assert not bare(_expr('_("{n} left").format(n=n)'))
    assert not bare(_expr('ngettext("{n} pair", "{n} pairs", n).format(n=n)'))
    assert not bare(_expr('f"  {table}: {n}"'))


def test_the_scanner_reads_calls(tmp_path):
    path = tmp_path / "m.py"
    path.write_text('raise CommandError(f"No file {x}.")\n'
                    'print(_("Fine."))\n'
                    'problems.append(Problem("name", "Bare."))\n'
                    'p.add_argument("--x", help="bare help")\n'
                    'self.p("Agenda", "title")\n', "utf-8")
    assert sorted(line for line, _name in unmarked(path)) == [1, 3, 4, 5]


def test_the_wider_scan_finds_the_people_import_shapes(tmp_path):
    """Issue 19: the shapes the people import used, each caught; marked or code ones pass."""
    path = tmp_path / "m.py"
    path.write_text(
        'plan.blocking.append("No column holds the names.")\n'            # 1
        'plan.problems.append(RowProblem(n, "", f"has {k} fields but"))\n'  # 2
        'bad("email", f"{email} is also on row {r}.")\n'                  # 3
        'progress(i, total, "Writing")\n'                                 # 4
        'def apply(reason: str = "No longer in the file"): pass\n'        # 5
        'text = f"{a} added, {b} updated"\n'                              # 6
        'def f():\n    return "A person cannot be their own manager."\n'  # 8
        'plan.notices.append(f"Row {n}: {x}")\n'                          # 9
        'title = "Sign-in sheet"\n'                                       # 10
        'bad("email", _("{email} is also on row {r}.").format(email=e, r=r))\n'
        'problems.append(Problem("title", _("A title is needed.")))\n'
        'plan.problems.append(RowProblem(n, "email", str(exc)))\n'
        'text = "; ".join(parts)\n'
        'def g():\n    return "times"\n'
        'progress(i, total, _("Checking rows"))\n'
        'class P:\n    def __str__(self):\n        where = f"Row {self.row}"\n'   # 20
        '        return f"{where}: {self.message}"\n', "utf-8")
    assert sorted({line for line, _name in unmarked(path)}) == [1, 2, 3, 4, 5, 6, 8, 9, 10, 20]


def test_the_scan_finds_the_last_english_shapes(tmp_path):
    """Issue 19's last English: a table of labels, words looked up on the spot, strftime's
    month names, Unicode's character names, a package name inside a message; each caught,
    and the marked or code-only forms pass."""
    path = tmp_path / "m.py"
    path.write_text(
        'KIND_NAMES = {"g": "Google Forms export", "p": "plain table"}\n'          # 1
        'FIELDS = {"name": "Full name", "email": M_("Email")}\n'                   # 2
        'prefix = {"pairs": "Pairs", "session": "Invitation"}[kind]\n'             # 3
        'at = f"{since:%d %b %H:%M}"\n'                                            # 4
        'day = when.strftime("%A")\n'                                              # 5
        'name = unicodedata.name(char, "?").lower()\n'                             # 6
        'hint = _("a Noto font (Debian/Ubuntu: fonts-noto-core)")\n'               # 7
        'MEASURE_NAMES = {"forms": M_("forms returned"), "enps": "eNPS"}\n'
        'ENCODING_NAMES = {"utf-8": "UTF-8", "cp": N_("Windows-1252 (Western)")}\n'
        '_FIELDS = ("employee_id", "name", "email")\n'
        'code = {"a": "alpha_1", "b": "beta-2"}[k]\n'
        'at = f"{since:%H:%M}"\n'
        'hint = _("a Noto font (Debian/Ubuntu: {package})").format(package=p)\n'
        'prefix = {"pairs": pgettext("draft file name", "Pairs")}[kind]\n', "utf-8")
    assert sorted({line for line, _name in unmarked(path)}) == [1, 2, 3, 4, 5, 6, 7]

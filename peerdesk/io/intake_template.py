"""The intake template: an .xlsx to fill in, one row per person, with the program's
questions as headings and drop-down lists where there are choices.

Every form (this template, the PDF, the questions to paste) is written in the program's
document language: render it inside ``form_language(program).active()``."""

from __future__ import annotations

from pathlib import Path

from peerdesk.core import intake as q
from peerdesk.i18n import Translation, _, translation_for
from peerdesk.store import participants as people_store
from peerdesk.store import skills as skills_store
from peerdesk.store.atomic import open_atomic
from peerdesk.store.program import Program


def form_language(program: Program) -> Translation:
    """The language the program's intake form is handed out in: its document language (the
    import recognises every language, whichever this is)."""
    return translation_for(program.settings().language)


def program_questions(program: Program) -> list[q.IntakeQuestion]:
    """The program's questions, worded in the language in force."""
    return q.questions(people_store.list_skills(program), skills_store.active_departments(program))


def headings(qs: list[q.IntakeQuestion]) -> list[str]:
    """The columns of the template, and of a Google Forms export of the same form."""
    out = []
    for item in qs:
        if item.grid:
            out += [f"{item.text} [{skill}]" for skill in item.rows]
        else:
            out.append(item.text)
    return out


def write_template(qs: list[q.IntakeQuestion], path: Path | str, program_name: str = "") -> None:
    """An .xlsx to fill in: one row per person, drop-down lists where there are choices."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.worksheet import Worksheet

    wb = Workbook()
    ws = wb.active
    assert isinstance(ws, Worksheet)  # a new workbook's one sheet
    answers_sheet = _("Answers")
    ws.title = _sheet_title(answers_sheet)
    lists = wb.create_sheet(_sheet_title(_("Choices")))
    column = 1
    for item in qs:
        texts = [f"{item.text} [{s}]" for s in item.rows] if item.grid else [item.text]
        for text in texts:
            cell = ws.cell(row=1, column=column, value=text)
            cell.data_type = "s"  # a skill named "=…" stays text, never a formula
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            letter = cell.column_letter
            ws.column_dimensions[letter].width = 16 if item.grid else min(40, max(18, len(text) // 2))
            note = item.help
            choices: tuple[str, ...] = item.choices
            if item.key == q.LEARN and item.choices:
                note = _("Several, separated by commas. Choices: {choices}; other skills in "
                         "your own words too.").format(choices=", ".join(item.choices))
                choices = ()
            if item.key == q.CONSENT:
                choices = (q.yes(),)
                note = _("{consent} Write {yes} to agree.").format(consent=_(q.CONSENT_TEXT),
                                                                   yes=q.yes())
            if choices and not item.other:
                lists.cell(row=1, column=column, value=text).data_type = "s"
                for i, choice in enumerate(choices, start=2):
                    lists.cell(row=i, column=column, value=choice).data_type = "s"
                ref = f"{_quoted(lists.title)}!${letter}$2:${letter}${len(choices) + 1}"
                rule = DataValidation(type="list", formula1=ref, allow_blank=True)
                rule.error = _("Choose one of the listed answers.")
                ws.add_data_validation(rule)
                rule.add(f"{letter}2:{letter}1000")
            if note:
                cell.comment = Comment(note, "PeerDesk")
            column += 1
    ws.freeze_panes = "A2"
    ws.row_dimensions[1].height = 60
    lists.sheet_state = "hidden"
    how = wb.create_sheet(_sheet_title(_("How to fill in")), 1)
    how["A1"] = (_("Intake form — {program}").format(program=program_name) if program_name
                 else _("Intake form"))
    how["A1"].font = Font(bold=True, size=14)
    basic, good, expert = q.levels()
    lines = [_("One row per person on the “{sheet}” sheet. Keep the headings as they are: "
               "PeerDesk reads them when the answers are imported (File > Import Intake).")
             .format(sheet=answers_sheet),
             # TRANSLATORS: Negotiation is an example skill.
             _("Skills you could teach: choose {basic}, {good} or {expert} in the skill's "
               "column; other skills in “{question}” as “Negotiation ({expert})”.").format(
                 basic=basic, good=good, expert=expert, question=q.text(q.TEACH_OTHER)),
             _("Several answers in one cell are separated by commas.")]
    for i, line in enumerate(lines, start=3):
        how.cell(row=i, column=1, value=line)
    how.column_dimensions["A"].width = 110
    with open_atomic(path) as fh:
        wb.save(fh)


def _sheet_title(name: str) -> str:
    """A sheet's name as Excel allows it: 31 characters at most, none of []:*?/\\."""
    return "".join(" " if c in "[]:*?/\\" else c for c in name)[:31].strip() or "Sheet"


def _quoted(title: str) -> str:
    """A sheet's name in a formula: quoted, since a translated name may hold spaces."""
    return "'" + title.replace("'", "''") + "'"

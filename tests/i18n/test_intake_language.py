"""The intake form in the program's language, and its answers recognised in every language.

A German program hands out a German form (the questions to paste, the PDF, the .xlsx
template) and imports it back; a Portuguese export goes into an English program; a file
whose headings and answers mix languages is read as well. The oracle is what the
participants wrote, never the importer's own idea of it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from peerdesk.cli import run
from peerdesk.core import intake as q
from peerdesk.i18n import LANGUAGES, translation_for
from peerdesk.io import intake
from peerdesk.io.tabular import read_table
from peerdesk.store import participants as people
from peerdesk.store.program import Program
from tests import samples
from tests.pdftext import pdf_text

# The English wordings a form in another language must not show (its questions and words).
ENGLISH = [q.TEXTS[k] for k in q.TEXTS if k != q.CONSENT] + [
    "Short answer", "Multiple choice", "Checkboxes", "Leave a row empty", "(required)",
    "Basic", "Make a new form", "Description:", "Options:"]


def _set_language(program: Program, code: str) -> None:
    program.save_settings(replace(program.settings(), language=code))


def _everyone(program):
    return [p for p in people.list_participants(program, include_archived=False) if p.email]


def test_each_language_has_its_own_wordings():
    """Every question, level, yes and no is translated in every catalogue, and no two
    questions share a wording in any language (the import could not tell them apart)."""
    said = q.texts_in_every_language()
    for key, wordings in said.items():
        assert len(wordings) == len(LANGUAGES), (key, wordings)  # translated everywhere
    for code in LANGUAGES:
        with translation_for(code).active():
            texts = [q.text(k) for k in q.TEXTS]
            assert len(set(texts)) == len(texts), code
            assert len({x.casefold() for x in q.levels()}) == 3
            assert q.yes().casefold() in q.yes_words()
    levels = [w for code in LANGUAGES
              for w in (translation_for(code).pgettext("skill level", x) for x in q.LEVELS)]
    assert len(set(levels)) >= 10  # a real word in each language, not English copied


@pytest.mark.parametrize("code", [c for c in LANGUAGES if c != "en"])
def test_the_form_to_paste_is_in_the_program_language(demo_program, code):
    _set_language(demo_program, code)
    language = intake.form_language(demo_program)
    assert language.code == code
    with language.active():
        text = q.paste_text(intake.program_questions(demo_program), demo_program.name)
        wording = q.text(q.TEACH)
        basic = q.levels()[0]
    assert wording in text and basic in text
    left = [w for w in ENGLISH if w in text]
    assert not left, (code, left)


def _fill_template(path: Path, code: str, everyone) -> dict[str, dict]:
    """Fill the template's "Answers" sheet as participants would, in ``code``'s words (the
    drop-down lists offer those); returns what each wrote, by email."""
    from openpyxl import load_workbook

    wb = load_workbook(path)
    ws = wb.worksheets[0]
    headers = [c.value for c in ws[1]]
    with translation_for(code).active():
        basic, good, expert = q.levels()
        yes, no = q.yes(), translation_for(code).gettext(q.NO)
        col = {q.text(k): i for k in q.TEXTS for i, h in enumerate(headers) if h == q.text(k)}
    grid = [(i, h) for i, h in enumerate(headers) if h.endswith("]")]
    assert len(grid) >= 3, headers
    wrote: dict[str, dict] = {}
    with translation_for(code).active():
        other_col = col[q.text(q.TEACH_OTHER)]
        for n, person in enumerate(everyone[:6], start=2):
            row: list = [""] * len(headers)
            row[col[q.text(q.NAME)]] = person.name
            row[col[q.text(q.EMAIL)]] = person.email
            level_words = (basic, good, expert)
            teach = {}
            for j, (i, heading) in enumerate(grid[:3]):
                if (n + j) % 2 == 0:
                    row[i] = level_words[(n + j) % 3]
                    teach[heading[heading.rindex("[") + 1:-1]] = (n + j) % 3 + 1
            row[other_col] = f"Kochen ({expert})"
            teach["Kochen"] = 3
            row[col[q.text(q.CAPACITY)]] = str(n % 3)
            row[col[q.text(q.AVAILABILITY)]] = "Di, Do"
            row[col[q.text(q.OPT_IN)]] = yes if n % 2 else no
            row[col[q.text(q.CONSENT)]] = yes
            for i, value in enumerate(row, start=1):
                ws.cell(row=n, column=i, value=value)
            wrote[person.email] = {"teach": teach, "capacity": n % 3, "opted_in": bool(n % 2)}
    wb.save(path)
    return wrote


def test_a_german_template_filled_in_imports_into_the_same_program(tmp_path, capsys,
                                                                  monkeypatch):
    """End to end on the command line: a German program writes its template, people fill it
    in German (levels "Profi", "Gut"; "Ja"/"Nein"), and the import reads every answer."""
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    path = tmp_path / "berlin.peerdesk"
    assert run(["new", str(path), "--demo"]) == 0
    template, paste, pdf = tmp_path / "aufnahme.xlsx", tmp_path / "fragen.txt", tmp_path / "bogen.pdf"
    assert run(["intake", "form", str(path), "-o", str(template), "-o", str(paste),
                "-o", str(pdf)]) == 0
    capsys.readouterr()
    with translation_for("de").active():
        teach_de = q.text(q.TEACH)
    assert teach_de.startswith("Was könntest du")
    assert teach_de in paste.read_text("utf-8")
    printed = " ".join(pdf_text(pdf.read_bytes()).split())
    assert "Was würdest du gern lernen?" in printed and "Grundlagen" in printed
    assert not [w for w in ("What would you like to learn?", "Basic", "Expert") if w in printed]
    table = read_table(template)
    assert table.sheet == "Antworten"
    with Program.open(path) as program:
        everyone = _everyone(program)
    wrote = _fill_template(template, "de", everyone)
    assert run(["import", "intake", str(path), str(template)]) == 0
    out = capsys.readouterr().out
    assert "→ ignoriert" not in out and "Importiert" in out
    assert "Mentoring-Kapazität, Fähigkeiten" in out  # what changed, in German words too
    assert not [w for w in ("skills", "availability", "capacity") if w in out]
    with Program.open(path, read_only=True) as program:
        for email, said in wrote.items():
            person = people.find_by_email(program, email)
            teaches = person.teaches()
            for skill, level in said["teach"].items():
                assert teaches.get(skill) == level, (email, skill, teaches)
            assert person.capacity == said["capacity"]
            assert person.opted_in == said["opted_in"]


def test_a_portuguese_export_imports_into_an_english_program(demo_program, tmp_path):
    """A Google Forms export of the Portuguese form (headings, grid columns, levels and
    "Sim" in Portuguese) goes into a program whose language is English."""
    assert demo_program.settings().language == "en"
    vocabulary = people.list_skills(demo_program)[:2]
    everyone = _everyone(demo_program)[:4]
    with translation_for("pt_PT").active():
        teach = q.text(q.TEACH)
        basic, good, expert = q.levels()
        questions = [q.text(q.NAME), f"{teach} [{vocabulary[0]}]", f"{teach} [{vocabulary[1]}]",
                     q.text(q.TEACH_OTHER), q.text(q.LEARN), q.text(q.CAPACITY),
                     q.text(q.AVAILABILITY), q.text(q.OPT_IN), q.text(q.CONSENT)]
        consent = translation_for("pt_PT").gettext(q.CONSENT_TEXT)
        rows = [[p.name, [basic, good, expert, ""][i], [expert, "", basic, good][i],
                 f"Negociação ({good})", "SQL", str(i % 3), "terças", q.yes(), consent]
                for i, p in enumerate(everyone)]
    path = samples.google_forms_csv(tmp_path / "respostas.csv", questions, rows,
                                    emails=[p.email for p in everyone])
    path_text = Path(path).read_text("utf-8")
    assert "Carimbo" not in path_text  # the tool's own columns stay English in this sample
    table = read_table(path)
    plan = intake.build_plan(demo_program, table)
    assert not plan.blocking and not plan.problems, (plan.blocking, plan.problems)
    assert [h for h, m in zip(table.headers, plan.mapping, strict=True) if not m] == ["Timestamp"]
    intake.apply_plan(demo_program, plan)
    for i, p in enumerate(everyone):
        person = people.find_by_email(demo_program, p.email)
        teaches = person.teaches()
        expected = {vocabulary[0]: [1, 2, 3, None][i], vocabulary[1]: [3, None, 1, 2][i],
                    "Negociação": 2}
        for skill, level in expected.items():
            assert teaches.get(skill) == level, (p.email, skill, teaches)
        assert person.capacity == i % 3 and person.opted_in and "SQL" in person.learns()


def test_a_file_mixing_languages(demo_program, tmp_path):
    """Headings in four languages in one file, levels and yes/no in a fifth: each column is
    recognised, each answer read."""
    everyone = _everyone(demo_program)[:3]
    skill = people.list_skills(demo_program)[0]
    t = {code: translation_for(code) for code in LANGUAGES}

    def said(code, key):
        with t[code].active():
            return q.text(key)

    headers = ["E-Mail-Adresse", said("fr", q.NAME), f"{said('es', q.TEACH)} [{skill}]",
               said("de", q.CAPACITY), said("pt_PT", q.OPT_IN), said("en", q.LEARN_FROM),
               said("fr", q.CONSENT)]
    with t["es"].active():
        levels, yes = q.levels(), q.yes()
    with t["fr"].active():
        non = t["fr"].gettext(q.NO)
    rows = [[p.email, p.name, levels[i], str(i + 1), [yes, non, "Oui"][i], "", "Ja"]
            for i, p in enumerate(everyone)]
    path = samples.write_csv(tmp_path / "mixed.csv", headers, rows, encoding="utf-8",
                             delimiter=",")
    table = read_table(path)
    mapping = intake.map_columns(table.headers)
    assert mapping == [q.EMAIL, q.NAME, intake.GRID + skill, q.CAPACITY, q.OPT_IN,
                       q.LEARN_FROM, q.CONSENT]
    plan = intake.build_plan(demo_program, table, mapping)
    assert not plan.problems and not plan.notes, (plan.problems, plan.notes)
    intake.apply_plan(demo_program, plan)
    for i, p in enumerate(everyone):
        person = people.find_by_email(demo_program, p.email)
        assert person.teaches().get(skill) == i + 1
        assert person.capacity == i + 1 and person.opted_in == (i != 1)


def test_a_level_in_no_language_is_refused_in_the_users_words(demo_program, tmp_path):
    skill = people.list_skills(demo_program)[0]
    person = _everyone(demo_program)[0]
    headers = ["Email", f"{q.TEXTS[q.TEACH]} [{skill}]"]
    path = samples.write_csv(tmp_path / "bad.csv", headers, [[person.email, "Halbwegs"]],
                             encoding="utf-8", delimiter=",")
    with translation_for("de").active():  # a German facilitator's window or command line
        plan = intake.build_plan(demo_program, read_table(path))
        said = [str(p) for p in plan.problems]
    assert len(said) == 1 and "„Halbwegs“ ist keine Stufe" in said[0]
    assert "Grundlagen, Gut oder Profi" in said[0]


def test_other_skills_with_a_level_in_any_language(demo_program):
    from peerdesk.core.skills import split_answer

    entries = split_answer("Kochen (Profi), Negociação: Especialista, Excel (bon niveau), "
                           "Git - básico, SQL (Intermedio)")
    assert [(e.name, e.level) for e in entries] == [
        ("Kochen", 3), ("Negociação", 3), ("Excel", 2), ("Git", 1), ("SQL", 2)]


def test_the_template_in_french_keeps_its_drop_downs(demo_program, tmp_path):
    """A translated sheet name holds spaces or accents: the drop-down lists still point at it."""
    from openpyxl import load_workbook

    _set_language(demo_program, "fr")
    path = tmp_path / "modele.xlsx"
    with intake.form_language(demo_program).active():
        intake.write_template(intake.program_questions(demo_program), path, demo_program.name)
        consent, yes = q.text(q.CONSENT), q.yes()
    wb = load_workbook(path)
    answers = wb.worksheets[0]
    assert answers.title == "Réponses" and wb.sheetnames[1] == "Comment remplir"
    rules = answers.data_validations.dataValidation
    assert rules and all(r.formula1.startswith("'Choix'!") for r in rules)
    choices = wb["Choix"]
    headers = [c.value for c in answers[1]]
    column = headers.index(consent) + 1
    assert choices.cell(row=2, column=column).value == yes == "Oui"


def test_map_accepts_field_names_in_the_interface_language_and_english(tmp_path, capsys):
    path = tmp_path / "p.peerdesk"
    assert run(["new", str(path), "--demo"]) == 0
    with Program.open(path, read_only=True) as program:
        person = _everyone(program)[0]
    source = samples.write_csv(tmp_path / "a.csv", ["Adresse", "Wann"],
                               [[person.email, "Montags"]], encoding="utf-8", delimiter=",")
    capsys.readouterr()
    assert run(["--lang", "de", "import", "intake", str(path), str(source), "--dry-run",
                "--map", "Adresse=E-Mail", "--map", "Wann=Availability"]) == 0
    out = capsys.readouterr().out
    assert "Adresse → E-Mail" in out and "Wann → Verfügbarkeit" in out
    assert run(["--lang", "de", "import", "intake", str(path), str(source), "--dry-run",
                "--map", "Adresse=Verfügbarkeit", "--map", "Wann=email"]) == 1  # Montags: no email
    assert "Adresse → Verfügbarkeit" in capsys.readouterr().out
    assert run(["--lang", "de", "import", "intake", str(path), str(source),
                "--map", "Adresse=Hausnummer"]) == 1
    err = capsys.readouterr().err
    assert "„Hausnummer“" in err and "Vollständiger Name (name)" in err
    with pytest.raises(SystemExit):
        run(["--lang", "de", "import", "intake", "--help"])
    shown = " ".join(capsys.readouterr().out.split())
    assert "Verfügbarkeit (availability)" in shown and "Einwilligung (consent)" in shown
    with pytest.raises(SystemExit):
        run(["--lang", "fr", "import", "participants", "--help"])
    assert "Matricule (employee_id)" in " ".join(capsys.readouterr().out.split())


@pytest.mark.parametrize("heading", [
    "Wie wahrscheinlich ist es, dass du das Programm weiterempfiehlst? (0-10)",
    "Recomendaria o programa a um colega? (0-10)",
    "¿Recomendarías el programa a un compañero? (0-10)",
    "Recommanderiez-vous le programme à un collègue ? (0-10)",
])
def test_a_new_recommend_question_is_enps_in_every_language(heading):
    from peerdesk.core.question_match import suggest_question

    assert suggest_question(heading, ["9", "3"]).kind == "nps"
    assert suggest_question(heading.replace("0-10", "1-5"), ["4"]).kind == "scale"

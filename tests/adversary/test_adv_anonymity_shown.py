"""Red team, issue 12, what is SHOWN: an adversary who can run every view (figures --json,
status, the cycle report, the Feedback tab) and knows who attended (the sessions view)
combines the figures to recover an answer or the fact that someone answered.

Each test passes when the promise holds and fails when the attack works."""

from __future__ import annotations

import json
from fractions import Fraction

import pytest
from adversary_world import (
    ANSWERS,
    add_session,
    cli,
    figures,
    find,
    finish,
    forms_csv,
    new_program,
    ok,
    paper_form,
    present,
    published,
    set_min_group,
)
from disclosure_auditor import Leak, audit

from peerdesk.store.feedback import load_feedback_data
from peerdesk.store.program import Program

FIRST_SEVEN = [a for a in ANSWERS if a[0] != "Hana Sato"]  # Sales x3, Eng x4
DEPT = {"Ana Ribeiro": "Sales", "Ben Okafor": "Sales", "Chen Wei": "Sales", "Dora Kim": "Eng",
        "Eli Stone": "Eng", "Fay Lund": "Eng", "Gus Moro": "Eng", "Hana Sato": "Legal"}


def total(f: dict) -> Fraction:
    """What a shown figure tells: the sum of its answers."""
    return Fraction(f["exact"]) * (f["n"] if f["measure"] not in ("forms", "comments") else 1)


def quoted(path) -> list[str]:
    """The comments the Feedback tab and the cycle report quote for the cycle."""
    from peerdesk.core import feedback as fb

    data = data_of(path)
    return fb.comments(data, fb.Scope(cycle_ids=tuple(c.id for c in data.cycles))).comments


def data_of(path):
    p = Program.open(path, read_only=True)
    try:
        return load_feedback_data(p)
    finally:
        p.close()


# -- (c) differencing over time ----------------------------------------------------------


def test_figures_read_before_and_after_one_more_form_do_not_give_it_away(tmp_path):
    """Import 7 forms of a Google Forms export, read the figures; the next export has one
    more row, import it, read again. The two readings are figures PeerDesk showed for the
    program; their difference is the 8th form."""
    path = new_program(tmp_path)
    session = add_session(path, "2026-03-04", "Kick-off")
    present(path, session, [a[0] for a in ANSWERS])
    ok("import", "feedback", path, forms_csv(tmp_path / "f7.csv", ANSWERS[:7]), "--session",
       session, "--ignore-unmatched", "--keep-open")
    before, said_before = figures(path), quoted(path)
    ok("import", "feedback", path, forms_csv(tmp_path / "f8.csv", ANSWERS), "--session",
       session, "--ignore-unmatched")
    after, said_after = figures(path), quoted(path)
    leaks = []
    for measure in ("usefulness", "enps", "safety", "forms", "response_rate"):
        for s in (None, session):
            b, a = find(before, measure, s), find(after, measure, s)
            if b["value"] is not None and a["value"] is not None and 0 < a["n"] - b["n"] < 5:
                leaks.append(f"{measure} (session={s}): {a['n']}*{a['exact']} - "
                             f"{b['n']}*{b['exact']} = {total(a) - total(b)} over "
                             f"{a['n'] - b['n']} new form(s)")
    new_comments = sorted(set(said_after) - set(said_before))
    if said_before and 0 < len(new_comments) < 5:
        leaks.append(f"comments quoted after, not before: {new_comments}")
    # Hana Sato's answer was usefulness 1, recommend 2 (a detractor: eNPS total -100)
    assert not leaks, "the 8th form is the difference of two readings: " + "; ".join(leaks)


def test_a_late_form_is_refused_and_the_figures_stay(tmp_path):
    """Hana hands in her form after the session's feedback was closed: it is refused and
    not stored (it would join on its own), and the figures stay as they were."""
    path = new_program(tmp_path)
    session = add_session(path, "2026-03-04", "Kick-off")
    for _who, u, r, _c in ANSWERS[:6]:
        paper_form(path, session, usefulness=u, recommend=r)
    finish(path, session)
    first = figures(path)
    late = cli("feedback", "add", path, "--session", session, "usefulness=1", "recommend=2")
    assert late.code == 1 and "closed" in late.err, late
    assert figures(path) == first


# -- (c) k changes -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def three_sessions(tmp_path_factory):
    """Session 1: 5 Sales forms; session 2: none; session 3: 4 Eng forms and 1 Sales form."""
    tmp = tmp_path_factory.mktemp("k")
    path = new_program(tmp)
    s1 = add_session(path, "2026-03-04", "One")
    s2 = add_session(path, "2026-03-11", "Two")
    s3 = add_session(path, "2026-03-18", "Three")
    for u in (4, 5, 3, 4, 4):
        paper_form(path, s1, "Sales", usefulness=u)
    for u in (5, 4, 4, 5):
        paper_form(path, s3, "Eng", usefulness=u)
    paper_form(path, s3, "Sales", usefulness=1)  # the one to find
    for s in (s1, s2, s3):
        cli("feedback", "finish", path, "--session", s)
    return path, (s1, s2, s3)


def test_changing_the_smallest_group_does_not_give_an_answer_away(three_sessions):
    """The cycle report goes out at k=5; the facilitator then sets k=3 (allowed) to see
    departments and exports again. Both sets of figures were shown for the program."""
    path, (s1, _s2, _s3) = three_sessions
    set_min_group(path, 5)
    at5 = published(path)
    set_min_group(path, 3)
    at3 = published(path)
    set_min_group(path, 5)
    union: dict[tuple, dict] = {}
    for row in at5["figures"] + at3["figures"]:
        key = (row["measure"], row["phase"], row["cycle_id"], row["session_id"],
               row.get("department"), row.get("skill"))
        if row["value"] is not None:
            union[key] = row
    shown = list(union.values())
    s1_5 = find(shown, "usefulness", s1) if any(
        r["measure"] == "usefulness" and r["session_id"] == s1 for r in shown) else None
    sales = next((r for r in shown if r["measure"] == "usefulness" and r["session_id"] is None
                  and r["cycle"] == "Spring" and r.get("department") == "Sales"), None)
    hint = ""
    if s1_5 and sales:
        hint = (f" e.g. usefulness Sales (k=3) {sales['n']}*{sales['exact']} - session One "
                f"(k=5) {s1_5['n']}*{s1_5['exact']} = {total(sales) - total(s1_5)}: the one "
                "Sales form of session Three")
    try:
        audit(data_of(path), {"min_group_size": 3, "figures": shown})
    except Leak as exc:
        pytest.fail(f"figures shown at k=5 and at k=3 together: {exc}.{hint}")


# -- (c)/(e) zero or some: the lone attendee and the one-person department -------------------


def _world(tmp, hana_answers: bool, ivo_present: bool = True):
    """Hana's form (if any) is typed and finished first, so that nothing holds it back;
    without Ivo, everyone present at the kick-off answered: with the bound 'forms <=
    people present', a cycle total of 8 would say the 8th came from the make-up session."""
    path = new_program(tmp, "w.peerdesk")
    a = add_session(path, "2026-03-04", "Kick-off")
    b = add_session(path, "2026-03-18", "Make-up")  # Hana could only come to this one
    present(path, a, [x[0] for x in FIRST_SEVEN] + (["Ivo Pek"] if ivo_present else []))
    present(path, b, ["Hana Sato"])
    for who, u, r, c in FIRST_SEVEN:
        paper_form(path, a, DEPT[who], usefulness=u, recommend=r, **({"comment": c} if c else {}))
    if hana_answers:
        paper_form(path, b, "Legal", usefulness=1, recommend=2, comment="Hated the room")
        finish(path, b)
    finish(path, a)
    return path, a, b


@pytest.fixture(scope="module")
def worlds(tmp_path_factory):
    """The same program twice: Hana Sato (alone at the make-up session, alone in Legal)
    returned her form in one, not in the other."""
    return {answered: _world(tmp_path_factory.mktemp(f"w{answered}"), answered, False)
            for answered in (True, False)}


def _pdf_text(path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


@pytest.fixture(scope="module")
def printed(worlds, tmp_path_factory):
    """The cycle report and the eNPS chart of each world, as text read back with pypdf."""
    out = {}
    for answered, (path, _a, _b) in worlds.items():
        folder = tmp_path_factory.mktemp(f"printed{answered}")
        ok("export", "report", path, "--cycle", "Spring", "-o", folder / "report.pdf")
        ok("chart", path, "--kind", "enps", "--cycle", "Spring", "-o", folder / "enps.pdf")
        out[answered] = (_pdf_text(folder / "report.pdf"), _pdf_text(folder / "enps.pdf"))
    return out


def _strip(rows):
    return sorted(json.dumps({k: v for k, v in r.items() if k not in ("cycle_id",)},
                             sort_keys=True) for r in rows)


def test_a_lone_attendee_is_not_told_to_have_answered(worlds, printed):
    """Sessions view: only Hana was present at the make-up session. Does any view say
    whether its forms figure is zero or not?"""
    views = {}
    for answered, (path, _a, b) in worlds.items():
        rows = [r for r in figures(path) if r["session_id"] == b]
        status = json.loads(ok("status", path, "--json").out)
        step = next(s for s in status["steps"] if s["title"] == "Collect feedback")
        views[answered] = (_strip(rows), json.dumps(step, sort_keys=True))
    said = {a: next(json.loads(r)["reason"] for r in views[a][0]
                    if json.loads(r)["measure"] == "forms") for a in views}
    told = []
    if views[True][0] != views[False][0]:
        told.append("figures --json for the make-up session: forms reason "
                    f"{said[True]!r} when Hana answered, {said[False]!r} when she did not")
    if views[True][1] != views[False][1]:
        told.append(f"peerdesk status --json, Collect feedback: {views[True][1]} when Hana "
                    f"answered; {views[False][1]} when not")
    for i, view in enumerate(("peerdesk export report", "peerdesk chart --kind enps")):
        few = {a: printed[a][i].lower().count("too few") for a in printed}
        if few[True] != few[False]:
            told.append(f"{view}: 'too few' printed {few[True]} times when Hana answered, "
                        f"{few[False]} when not (the make-up session's column)")
    assert not told, "; ".join(told)


def test_a_one_person_department_is_not_told_to_have_answered(worlds):
    """The form asks for the department; Legal is Hana alone. The departments figures
    --json lists (and which measures they have rows for) must not depend on her answer."""
    depts = {}
    for answered, (path, _a, _b) in worlds.items():
        depts[answered] = sorted({(r["measure"], r.get("department")) for r in figures(path)
                                  if r.get("department")})
    extra = sorted(set(depts[True]) - set(depts[False]))
    assert depts[True] == depts[False], (
        f"rows for these (measure, department) appear only when Hana answered: {extra}")


def test_feedback_tab_session_picker_does_not_tell_zero_from_few(worlds, qtbot):
    """The Feedback tab's session list shows a count per session."""
    from peerdesk.ui.context import ProgramContext
    from peerdesk.ui.feedback import FeedbackTab

    labels = {}
    for answered, (path, _a, b) in worlds.items():
        ctx = ProgramContext()
        ctx.set_program(Program.open(path, read_only=True))
        tab = FeedbackTab(ctx)
        qtbot.addWidget(tab)
        index = next(i for i in range(tab.session.count())
                     if tab.session.itemData(i) == ("session", b))
        labels[answered] = tab.session.itemText(index)
        ctx.set_program(None)
    assert labels[True] == labels[False], (
        f"session picker: {labels[True]!r} when Hana answered, {labels[False]!r} when not")


# -- (c) subtraction across scopes on a facilitator-built program ----------------------------


def test_shown_figures_pass_the_auditor_on_a_program_built_from_the_command_line(tmp_path):
    """Cycle vs sessions, all vs departments, eNPS, counts, response rates, skill
    confidence before and after, at once."""
    path = new_program(tmp_path)
    s1 = add_session(path, "2026-03-04", "One")
    s2 = add_session(path, "2026-03-11", "Two")
    s3 = add_session(path, "2026-03-18", "Three")
    present(path, s1, ["Ana Ribeiro", "Ben Okafor", "Chen Wei", "Dora Kim", "Eli Stone",
                       "Fay Lund"])
    present(path, s2, ["Ana Ribeiro", "Ben Okafor", "Dora Kim", "Eli Stone", "Fay Lund",
                       "Gus Moro", "Hana Sato"])
    present(path, s3, ["Jo Mars"])
    plan = {s1: [("Sales", 4, 9), ("Sales", 5, 10), ("Sales", 3, 6), ("Eng", 4, 8),
                 ("Eng", 2, 5), ("Eng", 5, 9)],
            s2: [("Eng", 4, 10), ("Eng", 3, 7), ("Eng", 5, 9), ("Eng", 4, 9), ("Sales", 2, 3),
                 ("Sales", 4, 8), ("Legal", 1, 0)],
            s3: [("Eng", 5, 10)]}
    for s, forms in plan.items():
        for dept, u, r in forms:
            paper_form(path, s, dept, usefulness=u, recommend=r, comment=f"c{u}{r}")
        finish(path, s)
    for phase, rounds in (("--before", [("SQL", 2)] * 5 + [("Excel", 1)]),
                          ("--after", [("SQL", 4)] * 4 + [("Excel", 5), ("Excel", 3)])):
        for skill, value in rounds:
            ok("feedback", "add", path, phase, "Spring", "--skill", skill, f"confidence={value}")
        ok("feedback", "finish", path, phase, "Spring")
    shown = published(path)
    audit(data_of(path), shown)
    for measure in ("usefulness", "enps"):
        legal = find(shown["figures"], measure, None, "Legal")
        assert legal["value"] is None and legal["n"] is None


# -- skill confidence: answers are not forms ---------------------------------------------------


def test_a_confidence_figure_rests_on_k_forms_not_k_answers(tmp_path):
    """The facilitator adds two more skill-confidence questions (a short self-assessment);
    two people return a 'before' form for SQL. Shown is a mean over 6 answers from 2 people:
    either one, knowing their own answers, reads the other's."""
    path = new_program(tmp_path)
    ok("questions", "add", path, "How confident are you teaching it?", "--kind", "confidence",
       "--min", "1", "--max", "5", "--key", "conf_teach")
    ok("questions", "add", path, "How confident are you using it alone?", "--kind",
       "confidence", "--min", "1", "--max", "5", "--key", "conf_alone")
    for values in ((2, 2, 3), (4, 5, 5)):
        ok("feedback", "add", path, "--before", "Spring", "--skill", "SQL",
           *[f"{k}={v}" for k, v in zip(("confidence", "conf_teach", "conf_alone"), values,
                                        strict=True)])
    ok("feedback", "finish", path, "--before", "Spring")
    sql = find(figures(path), "confidence", phase="before", skill="SQL")
    assert sql["value"] is None, (
        f"skill confidence before, SQL: n={sql['n']}, mean {sql['exact']} shown, from 2 forms "
        "(k=5 counts answers, not people)")


# -- (d) comments --------------------------------------------------------------------------


def test_report_quotes_comments_sorted_and_without_labels(printed):
    """The cycle report PDF, read back with pypdf: comments in alphabetical order, not in the
    order the forms were typed, and never beside a department or session."""
    text = printed[True][0]
    said = [c for who, *_, c in ANSWERS if c and who != "Hana Sato"]
    # Hana was alone at the make-up session: her form, comment included, counts nowhere.
    assert "Hated the room" not in text
    where = {c: text.find(c) for c in said}
    assert all(v >= 0 for v in where.values()), f"comments missing from the report: {where}"
    in_report = sorted(said, key=lambda c: where[c])
    assert in_report == sorted(said, key=str.casefold), in_report
    for c in said:
        line = next(ln for ln in text.splitlines() if c in ln)
        assert not any(d in line for d in ("Sales", "Eng", "Legal", "Kick-off", "Make-up",
                                           "Mar")), line

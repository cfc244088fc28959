"""Red team, issue 12: the order forms joined, read back from the figures' history.

The adversary holds the program file only: sqlite3 over every table (the history's
``disclosure_classes``, ``disclosure_facts`` and ``disclosure_readings`` too),
``sqlite_sequence``, the rowids, and the file's raw bytes (free space included). The
facilitator typed a session's paper forms in two batches (other sessions closing between them), the way
forms come in; one department has a single member. What the file may say is the forms of
the session, never which batch a form joined with (the issue: nothing "finer than its
session").

What holds (plain tests): the history's numbers and row order are made from what the
classes and facts are, so relabelling them in memory writes the same rows; nothing counts
the changes; no earlier history lingers in the bytes.

What closes the rest (issue 12's "one join per session"): a session's forms wait while
its feedback is open and join the figures once, when it is closed; a closed session takes
no more forms. So the *structure* of the history, which the check over every reading
needs, can no longer tell a form of a small department that came with the first batch
from one that came with the second: every form of the session joined in the same step.
Two tests say so: the two worlds above, and every placement of two lone departments'
forms over the batches (the first imported and kept open, the second typed), compared
table by table.

Why a finer history could not be hidden (kept for whoever reopens it). Storing, for a small department's atom,
a class for every batch into its session, empty or not, with only the atom's total,
makes the file the same for every placement; the check must then hold for every split
of that total over those classes. For the test of a set of fewer than k answers that is
cheap and sound: count each such class as holding no answer unless the combination holds
all of the atom's classes (a lower bound). For a withheld group it is not: a combination
of shown figures can equal the group on the classes that hold answers and differ only on
empty ones (W = Eng + Legal; "Eng + Legal's first-batch part" shown; a leak exactly when
Legal's form came first). Leaving those classes out altogether is sound but finds every
group made only of small departments "worked out"; the exact test asks for one class per
small atom that holds her forms, chosen so the group is in the span: a search over
every small atom's batches at once, exponential over a program. While the program is
open the history now follows forms by id (exact), so such a conservative check would
only be needed for a history read from the file.
"""

from __future__ import annotations

import itertools
import random
import sqlite3
from pathlib import Path

from adversary_world import add_session, new_program, paper_form, set_min_group

from peerdesk.core.disclosure_classes import History, Klass, TableHistory
from peerdesk.store.disclosure_history import load_history, save_history
from peerdesk.store.program import Program

# Two one-person departments (Legal, HR) beside two larger ones.
STAFF = [("Ana Ribeiro", "ana@acme.example", "Sales", "E001"),
         ("Ben Okafor", "ben@acme.example", "Sales", "E002"),
         ("Chen Wei", "chen@acme.example", "Sales", "E003"),
         ("Dora Kim", "dora@acme.example", "Eng", "E004"),
         ("Eli Stone", "eli@acme.example", "Eng", "E005"),
         ("Fay Lund", "fay@acme.example", "Eng", "E006"),
         ("Gus Moro", "gus@acme.example", "Eng", "E007"),
         ("Hana Sato", "hana@acme.example", "Legal", "E008"),
         ("Ivo Pek", "ivo@acme.example", "HR", "E009"),
         ("Jo Mars", "jo@acme.example", "Sales", "E010"),
         ("Kai Berg", "kai@acme.example", "Sales", "E011"),
         ("Lu Chan", "lu@acme.example", "Sales", "E012"),
         ("Mo Diaz", "mo@acme.example", "Eng", "E013"),
         ("Nia Obi", "nia@acme.example", "Eng", "E014")]
HISTORY_TABLES = ("disclosure_classes", "disclosure_facts", "disclosure_readings")


def _program(tmp: Path, batches: list[list[str]], name: str = "p.peerdesk",
             after_each=None) -> Path:
    """One session under test, everyone present, k = 3; its forms typed in batches while
    its feedback is open, and closed once at the end. Between batches another session's
    feedback is closed (so the history takes several readings while the forms wait):
    every batch joins with the close, the scenario one a facilitator meets."""
    from adversary_world import cli, ok

    path = new_program(tmp, name, people=STAFF)
    set_min_group(path, 3)
    session = add_session(path, "2026-03-04", "Kick-off")
    everyone = [p[1] for p in STAFF]
    ok("attendance", path, "--session", session, "--present", *everyone)
    answer = 0
    for b, batch in enumerate(batches):
        for department in batch:
            answer += 1
            paper_form(path, session, department=department, usefulness=1 + answer % 5,
                       recommend=answer % 11)
        if b < len(batches) - 1:  # another session's forms join meanwhile
            other = add_session(path, f"2026-03-{11 + 7 * b:02d}", f"Other {b}")
            ok("attendance", path, "--session", other, "--present", *everyone)
            for i in range(6):
                paper_form(path, other, department=("Sales", "Eng")[i % 2],
                           usefulness=1 + (i + b) % 5, recommend=(i + b) % 11)
            result = cli("feedback", "finish", path, "--session", other)
        else:
            result = cli("feedback", "finish", path, "--session", session)
        assert result.code == 0 and "wait" not in result.out.lower(), result.out + result.err
        if after_each is not None:
            after_each(path)
    return path


def _raw(path: Path) -> dict[str, list[tuple]]:
    """The history as the file holds it, rowids included, and sqlite_sequence."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        out = {t: conn.execute(f"SELECT rowid, * FROM {t} ORDER BY rowid").fetchall()
               for t in HISTORY_TABLES}
        has_sequence = conn.execute("SELECT 1 FROM sqlite_master WHERE name = "
                                    "'sqlite_sequence'").fetchone()
        out["sqlite_sequence"] = conn.execute(
            "SELECT * FROM sqlite_sequence WHERE name LIKE 'disclosure%'").fetchall() \
            if has_sequence else []
    finally:
        conn.close()
    return out


def _relabelled(history: History, rng: random.Random) -> History:
    """The same history with its class ids drawn again and its facts in another order."""
    out = History(readings=history.readings + rng.randint(1, 9), next_id=1)
    ids = list(range(1, 1 + sum(len(t.classes) for t in history.tables.values())))
    rng.shuffle(ids)
    fresh = iter(ids)
    for key, table in history.tables.items():
        new = {cid: next(fresh) for cid in table.classes}
        shown = [frozenset(new[c] for c in f) for f in table.shown]
        withheld = [frozenset(new[c] for c in f) for f in table.withheld]
        rng.shuffle(shown)
        rng.shuffle(withheld)
        out.tables[key] = TableHistory(
            {new[c]: Klass(k.atom, k.n, k.last) for c, k in table.classes.items()},
            shown, withheld)
    out.next_id = max(ids, default=0) + 1
    return out


BATCHES = [["Sales", "Sales", "Sales", "Eng", "Eng", "Eng", "Legal"],
           ["Sales", "Sales", "Sales", "Eng", "Eng", "Eng", "HR"]]


def test_the_history_rows_are_numbered_by_what_they_are_not_by_when(tmp_path):
    """Today's attack: class ids were drawn as classes were made (new forms first, then
    the older ones), and facts were written reading by reading, so the id order inside a
    department, and the facts' rowids, said which forms joined first. Written again from
    the same history with every id drawn afresh and the facts shuffled, the file must
    hold the very same rows, rowids and all."""
    path = _program(tmp_path, BATCHES)
    before = _raw(path)
    assert before["disclosure_classes"] and before["disclosure_facts"]
    with Program.open(path) as program:
        history = load_history(program)
        for seed in range(5):
            save_history(program, _relabelled(history, random.Random(seed)))
            assert _raw(path) == before, f"relabelling {seed} wrote other rows"


def test_nothing_in_the_file_counts_the_changes(tmp_path):
    """How many readings there were (two per change) would count the batches: not kept.
    The next class number is the number of classes plus one, and no AUTOINCREMENT
    counter remembers rows that came and went."""
    path = _program(tmp_path, BATCHES)
    raw = _raw(path)
    ((rowid, one, readings, next_class),) = raw["disclosure_readings"]
    assert (rowid, one, readings) == (1, 1, 0)
    assert next_class == len(raw["disclosure_classes"]) + 1
    assert [r[1] for r in raw["disclosure_classes"]] == list(
        range(1, len(raw["disclosure_classes"]) + 1))
    assert [r[0] for r in raw["disclosure_facts"]] == list(
        range(1, len(raw["disclosure_facts"]) + 1))
    assert raw["sqlite_sequence"] == []


def _record(measure: str, phase: str, shown: int, classes: str) -> bytes:
    """A fact row's record as SQLite lays it in a page: the header (its size, then each
    column's serial type: the id is the rowid, stored as NULL; 8/9 are the constants 0/1;
    13 + 2n a text of n bytes), then the texts (all short here: one-byte varints)."""
    texts = [measure.encode(), phase.encode(), classes.encode()]
    types = [0, 13 + 2 * len(texts[0]), 13 + 2 * len(texts[1]), 8 + shown,
             13 + 2 * len(texts[2])]
    assert all(t < 128 for t in types)
    return bytes([len(types) + 1, *types]) + b"".join(texts)


def test_no_earlier_history_lingers_in_the_file_bytes(tmp_path):
    """The history is written whole after each change: the rows it replaces (the
    history after the first batch, which alone says what the first batch held) must not
    stay in the file's free space."""
    kept: list[set[bytes]] = []

    def facts(path: Path) -> None:
        kept.append({_record(*r[2:]) for r in _raw(path)["disclosure_facts"]})

    path = _program(tmp_path, BATCHES, after_each=facts)
    gone = kept[0] - kept[-1]
    assert gone, "the scenario should leave facts of the first batch behind"
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    data += wal.read_bytes() if wal.exists() else b""
    assert all(f in data for f in kept[-1])  # the reader finds the rows there are
    assert not [f for f in gone if f in data]


def test_the_file_does_not_say_which_batch_a_lone_department_form_joined_with(tmp_path):
    """Two worlds, alike in every batch's size and in every larger department's share:
    in one Legal's single member answered with the first batch and HR's with the second,
    in the other the other way round. An adversary holding the file tells them apart
    if the two files' histories differ."""
    legal_first = _program(tmp_path, BATCHES, name="a.peerdesk")
    swapped = [[("HR" if d == "Legal" else "Legal" if d == "HR" else d) for d in b]
               for b in BATCHES]
    hr_first = _program(tmp_path, swapped, name="b.peerdesk")
    assert _raw(legal_first) == _raw(hr_first)


# -- every order a small department's forms could have joined in -------------------------

# The same twelve big-department forms in every world (six per batch), and one form each
# from Legal and HR (one-person departments): only the batch each small form joins with
# differs between worlds.
BIG = [[("Sales", 4, 9), ("Sales", 2, 6), ("Sales", 5, 10), ("Eng", 3, 7), ("Eng", 4, 8),
        ("Eng", 1, 3)],
       [("Sales", 3, 5), ("Sales", 5, 9), ("Sales", 2, 4), ("Eng", 4, 10), ("Eng", 5, 8),
        ("Eng", 3, 6)]]
SMALL = [("Legal", 1, 2), ("HR", 5, 0)]


def _world(tmp: Path, placement: tuple[int, ...], name: str) -> dict[str, list] | None:
    """The file after the two batches, the small forms placed as ``placement`` says
    (the batch of each of SMALL); None if a batch had to wait (not a history this
    scenario can have)."""
    from adversary_world import cli, ok

    path = new_program(tmp, name, people=STAFF)
    set_min_group(path, 3)
    session = add_session(path, "2026-03-04", "Kick-off")
    ok("attendance", path, "--session", session, "--present", *[p[1] for p in STAFF])
    for b, batch in enumerate(BIG):
        forms = batch + [f for f, at in zip(SMALL, placement, strict=True) if at == b]
        if b == 0:  # the first batch comes as a survey export, the session kept open
            if not _import_open(tmp, path, session, forms, name):
                return None
            continue
        for department, useful, recommend in forms:
            paper_form(path, session, department=department, usefulness=useful,
                       recommend=recommend)
    result = cli("feedback", "finish", path, "--session", session)
    if result.code != 0 or "wait" in result.out.lower():
        return None
    return _everything(path)


def _import_open(tmp: Path, path: Path, session: int, forms, name: str) -> bool:
    """Import ``forms`` as a plain CSV export (department, two answers), keeping the
    session's feedback open."""
    import csv

    from adversary_world import cli

    source = tmp / f"{name}.export.csv"
    with source.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Department", "usefulness", "recommend"])
        w.writerows(forms)
    result = cli("import", "feedback", path, source, "--session", session, "--keep-open",
                 "--yes")
    return result.code == 0 and "nothing imported" not in result.out.lower()


def _everything(path: Path) -> dict[str, list]:
    """What the file holds, as an adversary reads it with sqlite3: the history's tables
    exactly (rowids and row order), sqlite_sequence, and the forms and their answers as
    a multiset of their columns (their ids are drawn at random, differently in every
    world even for the same order: another test shows they do not follow the order)."""
    out: dict[str, list] = dict(_raw(path))
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        out["forms"] = sorted(
            (tuple(sorted((q, v) for q, v in conn.execute(
                "SELECT q.key, a.value_num FROM feedback_answers a JOIN feedback_questions q "
                "ON q.id = a.question_id WHERE a.response_id = ?", [rid]))), dept, draft)
            for rid, dept, draft in conn.execute(
                "SELECT id, department, draft FROM feedback_responses"))
    finally:
        conn.close()
    return out


def test_no_order_of_the_small_departments_forms_is_told_by_the_file(tmp_path):
    """The adversary's test of the design issue 12 asks for: someone with the file, the
    participant list and unlimited time. Every placement of Legal's and HR's single
    forms over the two batches that the rule lets join is built; the files must say the
    same, so that no placement can be told from another."""
    worlds = {}
    for placement in itertools.product(range(len(BIG)), repeat=len(SMALL)):
        name = "w" + "".join(map(str, placement)) + ".peerdesk"
        seen = _world(tmp_path, placement, name)
        if seen is not None:
            worlds[placement] = seen
    assert len(worlds) >= 2, f"only {sorted(worlds)} joined: no order to hide"
    first = next(iter(worlds.values()))
    differ = [p for p, seen in worlds.items() if seen != first]
    assert not differ, f"the file tells placements {sorted(worlds)} apart: {differ}"

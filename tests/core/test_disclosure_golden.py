"""The anonymity rule gives the same figures after it was made faster (issue 18).

``disclosure_golden.json`` was written by the rule as it stood before the speed work
(commit 977d715): for each program below, a digest of everything ``figure_rows`` says
(shown or withheld, values, n, reasons, in order; not the
cycles' and sessions' names, words the rule does not decide) and, readable, the list of withheld
figures. Every program must still give exactly that.

Programs: 60 random ones (tests/core/test_disclosure_auditor.random_program, the same
seeds every run), the dashboard benchmark's 20 cycles of 20,000 forms, and the demo made
on a fixed day. Each entry also holds a digest of the program itself, so a change to a
generator is told apart from a change to the rule.

Written with ``python tests/core/test_disclosure_golden.py --write`` (only ever from
code whose rule is known to be the old one).
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from datetime import date
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for extra in (ROOT, HERE, ROOT / "tests" / "benchmarks"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

from peerdesk.core.disclosure import figure_book, figure_rows  # noqa: E402
from peerdesk.core.feedback import FeedbackData  # noqa: E402

GOLDEN = HERE / "disclosure_golden.json"
RANDOM_SEEDS = list(range(50)) + list(range(1000, 1010))
DEMO_DAY = date(2027, 3, 3)


def _random(seed: int) -> FeedbackData:
    from test_disclosure_auditor import random_program

    return random_program(seed, k=3) if seed >= 1000 else random_program(seed)


def _bench() -> FeedbackData:
    from bench_charts import make_data

    return make_data()


def _demo() -> FeedbackData:
    from peerdesk.store import demo
    from peerdesk.store.feedback import load_feedback_data
    from peerdesk.store.program import Program

    with tempfile.TemporaryDirectory() as folder:
        program = Program.create(Path(folder) / "demo.peerdesk")
        try:
            demo.populate(program, today=DEMO_DAY)
            return load_feedback_data(program)
        finally:
            program.close()


def programs() -> dict[str, object]:
    """Name -> a function making the program (made only when its test runs)."""
    found: dict[str, object] = {f"random-{s}": (lambda s=s: _random(s)) for s in RANDOM_SEEDS}
    found["bench-20-cycles"] = _bench
    found["demo-2027-03-03"] = _demo
    return found


def _digest(value: object) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True, default=str).encode()).hexdigest()


def _form(r) -> str:
    """A form as the rule reads it (the store keeps a form's answers in no fixed order)."""
    return repr((r.cycle_id, r.session_id, r.department, r.phase, sorted(r.values.items()),
                 sorted(r.confidence), len(r.comments)))


def program_digest(data: FeedbackData) -> str:
    """What the rule reads of a program, as a digest."""
    return _digest([repr(x) for x in (data.cycles, data.sessions, data.questions,
                                      sorted(map(_form, data.responses)),
                                      sorted(map(repr, data.attendance)), data.people,
                                      data.min_group_size)])


def summary(data: FeedbackData) -> dict[str, object]:
    # The rule's output, without the cycles' and sessions' names (words, in the language
    # in force, that the rule does not decide).
    rows = [{f: v for f, v in row.items() if f not in ("cycle", "session")}
            for row in figure_rows(figure_book(data))]
    withheld = sorted("/".join(str(row.get(f)) for f in
                               ("measure", "phase", "cycle_id", "session_id", "department",
                                "skill") if f in row)
                      for row in rows if row["value"] is None and row["reason"] != "no responses")
    return {"program": program_digest(data), "rows": len(rows), "digest": _digest(rows),
            "withheld": withheld}


@pytest.fixture(scope="module")
def golden() -> dict[str, dict]:
    return json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_the_golden_file_covers_every_program(golden):
    assert set(golden) == set(programs())


@pytest.mark.parametrize("name", list(programs()))
def test_the_rule_gives_the_same_figures_as_before(name, golden):
    data = programs()[name]()  # type: ignore[operator]
    expected = golden[name]
    if program_digest(data) != expected["program"]:
        if name.startswith("demo"):
            pytest.skip("the demo itself changed since the golden file was written")
        pytest.fail(f"{name}: the program generator changed, not the rule; the golden file "
                    "must be written again from code with the old rule")
    got = summary(data)
    assert got["withheld"] == expected["withheld"]  # readable first: which figures differ
    assert got["rows"] == expected["rows"]
    assert got["digest"] == expected["digest"]


if __name__ == "__main__" and "--write" in sys.argv:
    out = {name: summary(make()) for name, make in programs().items()}  # type: ignore[operator]
    GOLDEN.write_text(json.dumps(out, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {len(out)} programs to {GOLDEN}")

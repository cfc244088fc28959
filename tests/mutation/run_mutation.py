"""Mutation testing of the core: how many deliberate mistakes do the core's tests catch?

    python tests/mutation/run_mutation.py rules scoring      # these modules of peerdesk/core
    python tests/mutation/run_mutation.py --report rules     # the table from the last run only
    python tests/mutation/run_mutation.py --again rules      # only the last run's survivors

For each module, mutmut (configured in pyproject.toml, [tool.mutmut]) makes small changes
to the code one at a time (a ``<`` for a ``<=``, a 3 for a 4, a dropped line) and runs
the tests of tests/core that reach the changed function; a change no test notices is a
survivor. The script runs one module at a time (a busy two-core machine), then prints
killed/total and the score per module and overall, and exits 1 when a score is under
``--min-score`` (90 % unless told).

Mutants that cannot change what the code does (equivalent mutants) are listed with the
reason in tests/mutation/equivalent.txt and left out of the total. Timeouts count as
killed (the mutant hung the tests, so they noticed). Not part of the default pytest run:
a module takes from minutes to an hour.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MUTANTS = ROOT / "mutants"
EQUIVALENT = Path(__file__).with_name("equivalent.txt")
KILLED = {1, 3, 37, -11, -9}  # a test failed, pytest broke, the type check failed, a crash
TIMEOUT = {36, 24, -24, 152, 255}
# The sweeps that audit thousands of programs run small here: each mutant runs them again.
SMALL = {"PEERDESK_MUTATION": "1", "PEERDESK_AUDIT_EXAMPLES": "10", "PEERDESK_AUDIT_SEEDS": "20",
         "PEERDESK_ORACLE_PROGRAMS": "5"}


@dataclass
class Score:
    module: str
    killed: int = 0
    timeout: int = 0
    survived: int = 0
    untested: int = 0
    unchecked: int = 0
    equivalent: int = 0

    @property
    def total(self) -> int:
        return self.killed + self.timeout + self.survived + self.untested + self.unchecked

    @property
    def score(self) -> float:
        return 100.0 * (self.killed + self.timeout) / self.total if self.total else 100.0


def equivalent_mutants() -> dict[str, str]:
    """``mutant name  reason`` lines of equivalent.txt (``#`` starts a comment)."""
    out: dict[str, str] = {}
    if EQUIVALENT.exists():
        for line in EQUIVALENT.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                name, _, why = line.partition(" ")
                out[name] = why.strip()
    return out


def sync_tests() -> None:
    """mutmut copies tests/ once; a test written since must reach its copy too."""
    if (MUTANTS / "tests").exists():
        shutil.copytree(ROOT / "tests", MUTANTS / "tests", dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns("__pycache__"))


def run_module(module: str, children: int, names: list[str] | None = None) -> int:
    """mutmut on every mutant of ``module``, or on ``names`` only."""
    env = {**os.environ, **SMALL}
    log = MUTANTS / f"{module}.log"
    MUTANTS.mkdir(exist_ok=True)
    with log.open("w", encoding="utf-8") as out:
        done = subprocess.run([sys.executable, "-m", "mutmut", "run", "--max-children", str(children),
                               *(names or [f"peerdesk.core.{module}.*"])], cwd=ROOT, env=env,
                              stdout=out,
                              stderr=subprocess.STDOUT)
    return done.returncode


def score_of(module: str, equivalent: dict[str, str]) -> Score:
    meta = MUTANTS / "peerdesk" / "core" / f"{module}.py.meta"
    score = Score(module)
    if not meta.exists():
        return score
    codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
    for name, code in codes.items():
        if name in equivalent:
            score.equivalent += 1
        elif code in KILLED:
            score.killed += 1
        elif code in TIMEOUT:
            score.timeout += 1
        elif code == 0:
            score.survived += 1
        elif code is None:
            score.unchecked += 1
        else:  # 33/5: no test reaches the function; anything else mutmut could not judge
            score.untested += 1
    return score


def survivors(module: str, equivalent: dict[str, str]) -> list[str]:
    meta = MUTANTS / "peerdesk" / "core" / f"{module}.py.meta"
    if not meta.exists():
        return []
    codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
    return sorted(n for n, c in codes.items()
                  if n not in equivalent and c not in KILLED | TIMEOUT)


def table(scores: list[Score]) -> str:
    rows = [f"{'module':<22}{'killed':>8}{'timeout':>9}{'survived':>10}{'untested':>10}"
            f"{'equiv.':>8}{'killed/total':>14}{'score':>9}"]
    for s in scores:
        rows.append(f"{s.module:<22}{s.killed:>8}{s.timeout:>9}{s.survived + s.unchecked:>10}"
                    f"{s.untested:>10}{s.equivalent:>8}"
                    f"{f'{s.killed + s.timeout}/{s.total}':>14}{s.score:>8.1f}%")
    caught = sum(s.killed + s.timeout for s in scores)
    total = sum(s.total for s in scores)
    overall = 100.0 * caught / total if total else 100.0
    rows.append(f"{'overall':<22}{'':>8}{'':>9}{'':>10}{'':>10}{'':>8}"
                f"{f'{caught}/{total}':>14}{overall:>8.1f}%")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="+", help="modules of peerdesk/core, e.g. rules scoring")
    parser.add_argument("--min-score", type=float, default=90.0)
    parser.add_argument("--max-children", type=int, default=1,
                        help="mutants tested at once (default 1: the machine is shared)")
    parser.add_argument("--report", action="store_true", help="print the last run's table only")
    parser.add_argument("--survivors", action="store_true", help="list the mutants no test caught")
    parser.add_argument("--again", action="store_true",
                        help="test only the last run's survivors again (after writing tests)")
    args = parser.parse_args(argv)
    modules = [m.removesuffix(".py").split("/")[-1] for m in args.modules]
    missing = [m for m in modules if not (ROOT / "peerdesk" / "core" / f"{m}.py").exists()]
    if missing:
        print(f"No such module in peerdesk/core: {', '.join(missing)}", file=sys.stderr)
        return 2
    equivalent = equivalent_mutants()
    scores = []
    for module in modules:
        if not args.report:
            sync_tests()
            print(f"mutating peerdesk/core/{module}.py ...", flush=True)
            names = survivors(module, equivalent) if args.again else None
            code = run_module(module, args.max_children, names) if names != [] else 0
            if code not in (0, None):
                print(f"mutmut stopped with exit code {code}: see mutants/{module}.log",
                      file=sys.stderr)
                return 2
        scores.append(score_of(module, equivalent))
        if args.survivors:
            for name in survivors(module, equivalent):
                print("  survived:", name)
    print(table(scores))
    low = [s.module for s in scores if s.score < args.min_score]
    if low:
        print(f"Under {args.min_score:g} %: {', '.join(low)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

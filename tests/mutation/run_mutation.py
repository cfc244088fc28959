"""Mutation testing of the core: how many deliberate mistakes do the core's tests catch?

    python tests/mutation/run_mutation.py rules scoring      # these modules of peerdesk/core
    python tests/mutation/run_mutation.py disclosure.book    # a module of a package of core/
    python tests/mutation/run_mutation.py --report rules     # the table from the last run only
    python tests/mutation/run_mutation.py --again rules      # only the last run's survivors
    python tests/mutation/run_mutation.py --sample 350 --seed 1   # a random sample of all of core/

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

All of core/ at once is ~12,000 mutants, about nine hours on a shared two-core machine
(2.8 s a mutant on average: a killed one stops at its first failing test). ``--sample N
--seed S`` measures it by sampling instead: it lists every mutant of every module of
peerdesk/core, draws N of them at random (stratified by module, each module's share in
proportion to its number of mutants, at least one each; ``random.Random(S)`` over the
sorted names, so the same code, mutmut version, N and S give the same sample on any
machine), runs only those, and prints per module and overall the killed/sampled count,
the estimated score (overall: each module's score weighted by its share of all mutants)
and a 95 % Wilson interval, then the survivors. Sampled mutants listed in equivalent.txt
leave the sample (and the population they estimate). The sample's names are kept in
``mutants/sample-<seed>-<N>.json``; ``--report`` and ``--again`` work on it too. A mutant
already judged in mutants/ (an earlier run of the same code) keeps its result and is not
run again (a kill stands when tests are only added; ``--again`` re-runs the survivors);
remove mutants/ for a clean run.
Figures measured so far: tests/mutation/README.md.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
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
    meta = meta_path(module)
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
    meta = meta_path(module)
    if not meta.exists():
        return []
    codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
    return sorted(n for n, c in codes.items()
                  if n not in equivalent and c not in KILLED | TIMEOUT)


def mutant_module(name: str) -> str:
    """``peerdesk.core.rules.xǁRulesǁf__mutmut_3`` -> ``rules``; a module of a package
    keeps its package: ``peerdesk.core.disclosure.book.x_f__mutmut_1`` -> ``disclosure.book``."""
    parts = name.split(".")[2:]
    end = next(i for i, p in enumerate(parts) if p.startswith(("x_", "xǁ")))
    return ".".join(parts[:end])


def meta_path(module: str) -> Path:
    """mutmut's results for a module (``disclosure.book``: core/disclosure/book.py.meta)."""
    return MUTANTS / "peerdesk" / "core" / f"{module.replace('.', '/')}.py.meta"


def population() -> dict[str, list[str]]:
    """Every mutant of every module of peerdesk/core, by module (sorted, so a seed replays)."""
    out: dict[str, list[str]] = {}
    core = MUTANTS / "peerdesk" / "core"
    for meta in sorted(core.rglob("*.py.meta")):  # packages too (core/disclosure/)
        names = sorted(json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"])
        if names:
            module = meta.relative_to(core).as_posix().removesuffix(".py.meta")
            out[module.replace("/", ".")] = names
    return out


def generate_mutants() -> None:
    """mutmut's own first step (copy the package, write every mutant), without running tests."""
    code = ("from mutmut.__main__ import copy_src_dir, copy_also_copy_files, setup_source_paths, "
            "store_lines_covered_by_tests, create_mutants, set_mutant_under_test\n"
            "set_mutant_under_test('mutant_generation')\n"
            "copy_src_dir(); copy_also_copy_files(); setup_source_paths()\n"
            "store_lines_covered_by_tests(); create_mutants(1)\n")
    MUTANTS.mkdir(exist_ok=True)
    with (MUTANTS / "generate.log").open("w", encoding="utf-8") as out:
        subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, stdout=out,
                       stderr=subprocess.STDOUT)


def draw(pop: dict[str, list[str]], size: int, seed: int) -> list[str]:
    """A stratified random sample: each module's share of ``size`` in proportion to its
    number of mutants (largest remainders), at least one; uniform within a module."""
    total = sum(len(v) for v in pop.values())
    exact = {m: size * len(v) / total for m, v in pop.items()}
    share = {m: int(x) for m, x in exact.items()}
    for m in sorted(pop, key=lambda m: (share[m] - exact[m], m))[:size - sum(share.values())]:
        share[m] += 1
    rng = random.Random(seed)
    picked: list[str] = []
    for m in sorted(pop):
        picked += rng.sample(pop[m], min(len(pop[m]), max(1, share[m])))
    return sorted(picked)


def wilson(caught: float, n: float, z: float = 1.96) -> tuple[float, float]:
    """The 95 % Wilson score interval of a proportion caught/n."""
    if n == 0:
        return 0.0, 1.0
    p = caught / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def codes_of(names: list[str]) -> dict[str, int | None]:
    """mutmut's exit code for each named mutant (None: not run yet)."""
    out: dict[str, int | None] = {}
    for module in sorted({mutant_module(n) for n in names}):
        meta = meta_path(module)
        codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        out.update({n: codes.get(n) for n in names if mutant_module(n) == module})
    return out


def sample_table(names: list[str], pop: dict[str, list[str]], equivalent: dict[str, str]
                 ) -> tuple[str, float, list[str]]:
    """Per module and overall: killed/sampled, estimated score and 95 % Wilson interval."""
    codes = codes_of(names)
    total = sum(len(v) for v in pop.values())
    rows = [f"{'module':<22}{'mutants':>8}{'sampled':>8}{'equiv.':>7}{'killed':>8}"
            f"{'estimate':>10}{'95 % interval':>18}"]
    caught_all = n_all = 0
    weighted = 0.0
    lost: list[str] = []
    for module in sorted(pop):
        mine = [n for n in names if mutant_module(n) == module]
        judged = [n for n in mine if n not in equivalent]
        caught = sum(1 for n in judged if codes[n] in KILLED | TIMEOUT)
        lost += [n for n in judged if codes[n] not in KILLED | TIMEOUT]
        caught_all += caught
        n_all += len(judged)
        p = caught / len(judged) if judged else 1.0
        weighted += p * len(pop[module]) / total
        low, high = wilson(caught, len(judged))
        rows.append(f"{module:<22}{len(pop[module]):>8}{len(mine):>8}{len(mine) - len(judged):>7}"
                    f"{f'{caught}/{len(judged)}':>8}{100 * p:>9.1f}%"
                    f"{f'{100 * low:.1f} - {100 * high:.1f} %':>18}")
    # the interval of the weighted estimate: Wilson at the whole sample's size (proportional
    # allocation, so this is the simple random sample's interval, a little wide if anything)
    low, high = wilson(weighted * n_all, n_all)
    rows.append(f"{'overall':<22}{total:>8}{len(names):>8}{len(names) - n_all:>7}"
                f"{f'{caught_all}/{n_all}':>8}{100 * weighted:>9.1f}%"
                f"{f'{100 * low:.1f} - {100 * high:.1f} %':>18}")
    return "\n".join(rows), 100 * weighted, sorted(lost)


def run_sample(args: argparse.Namespace, equivalent: dict[str, str]) -> int:
    """--sample N --seed S: draw (or reload), run, and print the estimate."""
    if not args.report:  # the mutants of the code as it is now (unchanged files are kept)
        print("writing the mutants of peerdesk/core (mutmut's first step) ...", flush=True)
        generate_mutants()
    pop = population()
    kept = MUTANTS / f"sample-{args.seed}-{args.sample}.json"
    if kept.exists():
        names = json.loads(kept.read_text(encoding="utf-8"))
    else:
        names = draw(pop, args.sample, args.seed)
        kept.write_text(json.dumps(names, indent=0, ensure_ascii=False), encoding="utf-8")
    if not args.report:
        sync_tests()
        codes = codes_of(names)
        todo = [n for n in names if n not in equivalent
                and (codes[n] is None or (args.again and codes[n] not in KILLED | TIMEOUT))]
        print(f"sample of {len(names)} mutants of peerdesk/core (seed {args.seed}): "
              f"{len(todo)} to run, one at a time ...", flush=True)
        if todo:
            code = run_module(f"sample-{args.seed}-{args.sample}", args.max_children, todo)
            if code not in (0, None):
                print(f"mutmut stopped with exit code {code}: see mutants/"
                      f"sample-{args.seed}-{args.sample}.log", file=sys.stderr)
                return 2
    text, score, lost = sample_table(names, pop, equivalent)
    print(text)
    for name in lost:
        print("  survived:", name)
    if score < args.min_score:
        print(f"Estimated score under {args.min_score:g} %", file=sys.stderr)
        return 1
    return 0


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
    parser.add_argument("modules", nargs="*", help="modules of peerdesk/core, e.g. rules scoring")
    parser.add_argument("--min-score", type=float, default=90.0)
    parser.add_argument("--max-children", type=int, default=1,
                        help="mutants tested at once (default 1: the machine is shared)")
    parser.add_argument("--report", action="store_true", help="print the last run's table only")
    parser.add_argument("--survivors", action="store_true", help="list the mutants no test caught")
    parser.add_argument("--again", action="store_true",
                        help="test only the last run's survivors again (after writing tests)")
    parser.add_argument("--sample", type=int, metavar="N",
                        help="estimate all of core/ from N mutants drawn at random")
    parser.add_argument("--seed", type=int, default=1, help="the sample's seed (default 1)")
    args = parser.parse_args(argv)
    if args.sample:
        return run_sample(args, equivalent_mutants())
    if not args.modules:
        parser.error("name modules of peerdesk/core, or --sample N")
    # "rules", "rules.py", "peerdesk/core/rules.py", "disclosure/book" or "disclosure.book"
    modules = [m.removesuffix(".py").removeprefix("peerdesk/core/").replace("/", ".")
               for m in args.modules]
    missing = [m for m in modules
               if not (ROOT / "peerdesk" / "core" / f"{m.replace('.', '/')}.py").exists()]
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

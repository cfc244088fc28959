"""An auditor of everything ``peerdesk figures`` shows, written apart from the rule it audits.

It reads only the published figures (the rows ``peerdesk figures --json`` prints) and the
raw forms, and proves with exact :class:`~fractions.Fraction` arithmetic that the shown
figures, taken together, pin down no answer and nobody's having answered.

How. For one measure (say usefulness), every answer is an unknown number x_u. A shown
figure over a group of answers P tells two linear facts: how many answers P holds (a
sum of 1s over P) and their total (the mean times n, a sum of the x_u over P). So what
an adversary can work out from all shown figures is exactly the linear span of their
groups' indicator vectors: a sum over a set S of answers (or the number of answers in S)
is determined if and only if the indicator of S lies in that span.

Answers that every shown figure either holds together or leaves out together can never be
told apart, so the auditor groups them into classes and works over classes. It then
checks, for every measure:

- no shown figure rests on 1 to k-1 answers;
- no set of answers smaller than k (a single response, or a handful) has a determined
  total or count: its value, and whether it exists at all, stay unknown. A determined
  vector is constant on each class, so such a set is a union of whole classes; the
  auditor takes a basis Z of the null space of the shown figures (a vector is in their
  span exactly when it is orthogonal to Z) and searches every union of small classes
  below k for one whose rows of Z sum to zero;
- no withheld figure's group is determined.

It also recomputes every shown value from the raw forms (an independent oracle) and
checks each response rate is shown only over a shown count and at least k people present.
"""

from __future__ import annotations

from collections import defaultdict
from fractions import Fraction

SAFETY_KEYS = {"safe_to_ask": False, "ps_mistake_held": True, "ps_raise_problems": False,
               "ps_risk": True, "ps_ask_help": False}  # key -> reverse-scored (1-5)


def _present(data) -> dict[int, int]:
    """People recorded present per session (only sessions with attendance recorded)."""
    out: dict[int, int] = {}
    for a in data.attendance:
        out[a.session_id] = out.get(a.session_id, 0) + (a.status == "present")
    return out


def _k(data) -> int:
    return max(3, int(data.min_group_size))


def _units(data, measure: str, phase: str) -> list[tuple[tuple, Fraction]]:
    """Each answer of the measure as ((cycle, session, group), value), from the raw forms.

    The published rule leaves out the forms of a session with fewer than k people
    recorded present (they count in no figure), so they are not answers of any figure."""
    reverse = {q.key: q.reverse for q in data.questions if q.group == "safety"}
    nps = next((q.key for q in data.questions if q.kind == "nps"), None)
    present, k = _present(data), _k(data)
    out = []
    for r in data.responses:
        if r.phase != phase:
            continue
        if phase == "session" and r.session_id in present and present[r.session_id] < k:
            continue
        if phase != "session":  # one unit per form and skill: the mean of its answers
            per_skill: dict[str, list[Fraction]] = defaultdict(list)
            for skill, v in r.confidence:
                per_skill[skill or "Skill not named"].append(Fraction(v).limit_denominator(1000))
            out += [((r.cycle_id, None, skill), sum(vs) / len(vs))
                    for skill, vs in per_skill.items()]
            continue
        where = (r.cycle_id, r.session_id, r.department)
        if measure == "forms":
            out.append((where, Fraction(1)))
        elif measure == "usefulness" and "usefulness" in r.values:
            out.append((where, Fraction(r.values["usefulness"]).limit_denominator(1000)))
        elif measure == "enps" and nps in r.values:
            v = r.values[nps]
            out.append((where, Fraction(100 if v >= 9 else -100 if v <= 6 else 0)))
        elif measure == "safety":
            items = [(6 - Fraction(r.values[k]) if reverse[k] else Fraction(r.values[k]))
                     for k in reverse if k in r.values]
            if items:
                out.append((where, sum(items) / len(items)))
    return out


def _holds(row: dict, where: tuple) -> bool:
    cycle, session, group = where
    want_group = row.get("department", row.get("skill"))
    return ((row["cycle_id"] is None or row["cycle_id"] == cycle)
            and (row["session_id"] is None or row["session_id"] == session)
            and (want_group is None or want_group == group))


class Span:
    """Row space over the rationals, kept in reduced echelon form."""

    def __init__(self) -> None:
        self.rows: dict[int, dict[int, Fraction]] = {}

    def reduce(self, vec: dict[int, Fraction]) -> dict[int, Fraction]:
        vec = {c: Fraction(v) for c, v in vec.items() if v}
        for col in sorted(c for c in list(vec) if c in self.rows):
            f = vec.get(col)
            if f:
                for c, v in self.rows[col].items():
                    nv = vec.get(c, Fraction(0)) - f * v
                    if nv:
                        vec[c] = nv
                    else:
                        vec.pop(c, None)
        return vec

    def add(self, vec: dict[int, Fraction]) -> None:
        vec = self.reduce(vec)
        if not vec:
            return
        col = min(vec)
        pivot = vec[col]
        vec = {c: v / pivot for c, v in vec.items()}
        for row in self.rows.values():
            f = row.get(col)
            if f:
                for c, v in vec.items():
                    nv = row.get(c, Fraction(0)) - f * v
                    if nv:
                        row[c] = nv
                    else:
                        row.pop(c, None)
        self.rows[col] = vec

    def determines(self, vec: dict[int, Fraction]) -> bool:
        return not self.reduce(vec)

    def null_rows(self, columns: list[int]) -> dict[int, dict[int, Fraction]]:
        """For each column c, row c of a null-space basis (indexed by the free columns)."""
        free = [c for c in columns if c not in self.rows]
        out: dict[int, dict[int, Fraction]] = {c: {c: Fraction(1)} for c in free}
        for p, row in self.rows.items():
            out[p] = {f: -row[f] for f in free if row.get(f)}
        return out


def small_determined_set(span: Span, sizes: dict[int, int], k: int) -> list[int] | None:
    """A union of classes below k answers whose total the span determines, if any.

    The rows of Z over a determined union sum to zero, so every column one of them
    touches must be cancelled by another: grow each candidate union only by classes that
    share its first uncancelled column."""
    z = span.null_rows(list(sizes))
    having: dict[int, list[int]] = defaultdict(list)
    for c, row in z.items():
        if sizes[c] < k:
            for f in row:
                having[f].append(c)

    def grow(chosen: list[int], total: dict[int, Fraction], size: int):
        if not total:
            return chosen
        col = min(total)
        for c in having.get(col, ()):
            if c in chosen or size + sizes[c] >= k:
                continue
            summed = dict(total)
            for f, v in z[c].items():
                nv = summed.get(f, Fraction(0)) + v
                if nv:
                    summed[f] = nv
                else:
                    summed.pop(f, None)
            found = grow([*chosen, c], summed, size + sizes[c])
            if found:
                return found
        return None

    for c, n in sizes.items():
        if n < k:
            found = grow([c], dict(z[c]), n)
            if found:
                return found
    return None


class Leak(AssertionError):
    pass


def audit(data, published: dict) -> dict:
    """Raise :class:`Leak` with the reason if the published figures give anything away;
    return counts of what was checked."""
    k = published["min_group_size"]
    rows = published["figures"]
    checked: dict[str, int] = defaultdict(int)
    by_measure: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for row in rows:
        by_measure[row["measure"], row["phase"]].append(row)
    forms_shown = {}
    for (measure, phase), figures in by_measure.items():
        if measure == "response_rate":
            continue
        # answers at the same place (cycle, session, group) are alike to every figure
        places: dict[tuple, list[Fraction]] = defaultdict(list)
        for where, value in _units(data, measure, phase):
            places[where].append(value)
        inside = {id(f): [w for w in places if _holds(f, w)] for f in figures}
        shown = [f for f in figures if f["value"] is not None]
        for f in figures:
            members = [v for w in inside[id(f)] for v in places[w]]
            if f["value"] is None:
                if members and f["n"] is not None:
                    raise Leak(f"a withheld figure still shows its count: {f}")
                continue
            if 0 < f["n"] < k:
                raise Leak(f"a figure rests on {f['n']} answers: {f}")
            if f["n"] != len(members):
                raise Leak(f"n is not the number of answers: {f}")
            total = sum(members, Fraction(0))
            expected = total if measure == "forms" else (
                total / len(members) if members else None)
            if members and Fraction(f["exact"]) != expected:
                raise Leak(f"the value is not what the forms say ({expected}): {f}")
            if measure == "forms":
                forms_shown[f["cycle_id"], f["session_id"], f.get("department")] = f["n"]
        # classes: answers no shown figure tells apart
        signature: dict[tuple, tuple] = {w: () for w in places}
        for j, f in enumerate(shown):
            for w in inside[id(f)]:
                signature[w] += (j,)
        classes: dict[tuple, list[tuple]] = defaultdict(list)
        for w, sig in signature.items():
            classes[sig].append(w)
        class_ids = {sig: c for c, sig in enumerate(classes)}
        span = Span()
        for f in shown:
            span.add({class_ids[signature[w]]: Fraction(1) for w in inside[id(f)]})
        sizes = {class_ids[sig]: sum(len(places[w]) for w in ws) for sig, ws in classes.items()}
        checked["small groups"] += sum(1 for n in sizes.values() if n < k)
        found = small_determined_set(span, sizes, k)
        if found:
            raise Leak(f"{measure} ({phase}): {sum(sizes[c] for c in found)} answers in "
                       f"{len(found)} group(s) have a determined total")
        for f in figures:
            if f["value"] is not None or not inside[id(f)]:
                continue
            checked["withheld figures"] += 1
            sigs = {signature[w] for w in inside[id(f)]}
            whole = all(_holds(f, w) for sig in sigs for w in classes[sig])
            if whole and span.determines({class_ids[sig]: Fraction(1) for sig in sigs}):
                raise Leak(f"a withheld figure can be worked out: {f}")
        checked["answers"] += sum(len(v) for v in places.values())
    checked["bounds"] += _bounds(data, by_measure.get(("forms", "session"), []), k)
    for row in by_measure.get(("response_rate", "session"), []):
        if row["value"] is None:
            continue
        n = forms_shown.get((row["cycle_id"], row["session_id"], row.get("department")))
        if n is None or n != row["n"] or n < k:
            raise Leak(f"a response rate over a count that is not shown: {row}")
    return dict(checked)


def _bounds(data, forms_rows: list[dict], k: int) -> int:
    """Whether someone answered, from the shown counts *and* what the adversary knows
    besides: a session's forms are at most the people recorded present, and a
    department's forms in a session at most its people (who signed the sheet).

    Every place (cycle, session, department or none) of every session of a known cycle is
    a count x >= 0, including places with no forms (the world where nobody there
    answered); each shown forms figure fixes the sum of its places. For each small group
    (a session with 1 to k-1 present, a department of 1 to k-1 people, in one cycle or
    all), linear programming finds the least and the most forms it can hold: the least
    must be 0 and the most at least 1, or the figures tell that someone in it did, or did
    not, answer. The constraint matrix (two nested partitions) is totally unimodular, so
    the linear bounds are the integer ones."""
    import numpy as np
    from scipy.optimize import linprog

    present = _present(data)
    people_in: dict[str, int] = defaultdict(int)
    for p in data.people:
        if p.department:
            people_in[p.department] += 1
    cycles = {c.id for c in data.cycles}
    groups = [*sorted(people_in), None]
    places = [(s.cycle_id, s.id, g) for s in data.sessions if s.cycle_id in cycles for g in groups]
    if not places:
        return 0
    index = {p: i for i, p in enumerate(places)}
    actual = defaultdict(int)
    for where, _ in _units(data, "forms", "session"):
        c, s, g = where
        actual[c, s, g or None] += 1
    a_eq, b_eq = [], []
    for row in forms_rows:
        if row["value"] is None:
            continue
        vec = np.zeros(len(places))
        for (c, s, g), i in index.items():  # a session with fewer than k present counts nowhere
            if _holds(row, (c, s, g)) and not 0 <= present.get(s, k) < k:
                vec[i] = 1
        a_eq.append(vec)
        b_eq.append(row["n"])
    bounds, a_ub, b_ub = [], [], []
    for c, s, g in places:
        cap = people_in[g] if g is not None else None
        if cap is not None and actual[c, s, g] > cap:
            cap = None  # a department typed on more forms than it has people: no bound
        bounds.append((0, cap))
    for s in data.sessions:
        if s.id in present and s.cycle_id in cycles:
            vec = np.zeros(len(places))
            for g in groups:
                vec[index[s.cycle_id, s.id, g]] = 1
            if sum(actual[s.cycle_id, s.id, g] for g in groups) <= present[s.id]:
                a_ub.append(vec)
                b_ub.append(present[s.id])
    small = []
    for s in data.sessions:
        if s.cycle_id in cycles and 0 < present.get(s.id, k) < k:
            small.append((f"session {s.id} ({present[s.id]} present)",
                          [index[s.cycle_id, s.id, g] for g in groups]))
    for g, n in people_in.items():
        if 0 < n < k:
            for c in [*cycles, None]:
                small.append((f"department {g} ({n} people), cycle {c}",
                              [index[p] for p in places if p[2] == g
                               and (c is None or p[0] == c)]))
    if not a_eq:
        return len(small)
    kw = {"A_eq": np.array(a_eq), "b_eq": np.array(b_eq), "bounds": bounds, "method": "highs"}
    if a_ub:
        kw.update(A_ub=np.array(a_ub), b_ub=np.array(b_ub))
    def interval(ids: list[int]) -> tuple[int, int]:
        vec = np.zeros(len(places))
        vec[ids] = 1
        low, high = linprog(vec, **kw), linprog(-vec, **kw)
        if low.status != 0 or high.status not in (0, 3):  # 3: no upper bound at all
            raise Leak(f"the shown counts do not fit the forms and attendance ({ids})")
        return round(low.fun), (round(-high.fun) if high.status == 0 else 1 << 30)

    # The two limits inherent in showing any count (README, Confidentiality): a group of
    # k or more whose count is known to be all of its people present (everyone there
    # answered), or known to be none (nobody did), says so of every smaller group in it.
    full, empty = set(), set()
    for s in data.sessions:
        if s.cycle_id in cycles and present.get(s.id, 0) >= k:
            ids = [index[s.cycle_id, s.id, g] for g in groups]
            least, most = interval(ids)
            if least == present[s.id]:
                full.update(ids)
            if most == 0:
                empty.update(ids)
    for name, ids in small:
        if not ids:
            continue
        least, most = interval(ids)
        if (least >= 1 and not full & set(ids)) or (most == 0 and not set(ids) <= empty):
            raise Leak(f"{name}: the shown counts and the attendance say it holds "
                       f"{'at least one form' if least >= 1 else 'no form'}")
    return len(small)


def audit_history(data, steps: list[tuple[int, dict]], only: set[str] | None = None) -> dict:
    """Everything shown over time, taken together: ``data.responses`` in the order the
    forms joined the figures, and ``steps`` the publications, each (how many of those
    forms it counted, what ``figures`` printed then). A reader who kept every
    publication knows each figure over the forms of its moment; so every answer is an
    unknown of its place *and* of the publication it first joined, each shown figure of
    publication j holds the answers of its group that joined at j or before, and no set
    of fewer than k answers, and no figure withheld at any moment, may be determined."""
    k = steps[-1][1]["min_group_size"] if steps else 3
    checked: dict[str, int] = defaultdict(int)
    bounds = [m for m, _ in steps]
    block_of = []
    for i in range(len(data.responses)):
        block_of.append(next((j for j, m in enumerate(bounds) if i < m), len(bounds)))
    measures = {(row["measure"], row["phase"]) for _, pub in steps for row in pub["figures"]
                if row["measure"] != "response_rate" and (only is None or row["measure"] in only)}
    for measure, phase in sorted(measures):
        places: dict[tuple, int] = defaultdict(int)
        for i, r in enumerate(data.responses):
            one = _Only(data, r)
            for where, _ in _units(one, measure, phase):
                places[where, block_of[i]] += 1
        facts, withheld = [], []
        for j, (_, pub) in enumerate(steps):
            for row in pub["figures"]:
                if (row["measure"], row["phase"]) != (measure, phase):
                    continue
                inside = [p for p in places if p[1] <= j and _holds(row, p[0])]
                (facts if row["value"] is not None else withheld).append(inside)
        ids = {p: c for c, p in enumerate(places)}
        span = Span()
        for inside in facts:
            span.add({ids[p]: Fraction(1) for p in inside})
        sizes = {ids[p]: n for p, n in places.items()}
        found = small_determined_set(span, sizes, k)
        if found:
            where = [p for p, c in ids.items() if c in found]
            raise Leak(f"{measure} ({phase}) over time: {sum(sizes[c] for c in found)} "
                       f"answer(s) at {where} (place, publication) have a determined total")
        for inside in withheld:
            if inside and span.determines({ids[p]: Fraction(1) for p in inside}):
                raise Leak(f"{measure} ({phase}) over time: a withheld figure can be worked "
                           f"out from the figures of other moments ({inside})")
            checked["withheld figures"] += 1
        checked["answers"] += sum(places.values())
    return dict(checked)


class _Only:
    """``data`` holding one form (for :func:`_units`, answer by answer)."""

    def __init__(self, data, response):
        self.questions, self.attendance = data.questions, data.attendance
        self.min_group_size, self.responses = data.min_group_size, [response]


def audit_change(before, after, forms, pub_before: dict, pub_after: dict) -> dict:
    """Two publications around a change that is not (only) new forms: attendance marked,
    a session deleted. ``forms`` is every form as (record in ``before`` or None, record
    in ``after`` or None). Each answer is an unknown of its place before *and* its place
    after (a form counted at one moment and not the other has None there), every shown
    figure of either moment holds the answers of its group then, and no set of fewer
    than k answers and no withheld figure of either moment may be determined. Written
    from the raw forms and the published rows, apart from the rule."""
    k = pub_after["min_group_size"]
    checked: dict[str, int] = defaultdict(int)
    measures = {(row["measure"], row["phase"]) for pub in (pub_before, pub_after)
                for row in pub["figures"] if row["measure"] != "response_rate"}
    for measure, phase in sorted(measures):
        places: dict[tuple, int] = defaultdict(int)
        for rb, ra in forms:
            was = [w for w, _ in _units(_Only(before, rb), measure, phase)] if rb else []
            now = [w for w, _ in _units(_Only(after, ra), measure, phase)] if ra else []
            if len(was) == len(now):
                for w, n in zip(was, now, strict=True):
                    places[w, n] += 1
            else:
                for w in was:
                    places[w, None] += 1
                for n in now:
                    places[None, n] += 1
        ids = {p: c for c, p in enumerate(places)}
        span, withheld = Span(), []
        for side, pub in ((0, pub_before), (1, pub_after)):
            for row in pub["figures"]:
                if (row["measure"], row["phase"]) != (measure, phase):
                    continue
                inside = [p for p in places if p[side] is not None and _holds(row, p[side])]
                if row["value"] is not None:
                    span.add({ids[p]: Fraction(1) for p in inside})
                elif inside:
                    withheld.append(inside)
        sizes = {ids[p]: n for p, n in places.items()}
        found = small_determined_set(span, sizes, k)
        if found:
            where = [p for p, c in ids.items() if c in found]
            raise Leak(f"{measure} ({phase}) across the change: "
                       f"{sum(sizes[c] for c in found)} answer(s) at {where} "
                       "(place before, place after) have a determined total")
        for inside in withheld:
            if span.determines({ids[p]: Fraction(1) for p in inside}):
                raise Leak(f"{measure} ({phase}) across the change: a withheld figure can "
                           f"be worked out ({inside})")
            checked["withheld figures"] += 1
        checked["answers"] += sum(places.values())
    return dict(checked)


def audit_timeline(timeline: list[tuple[object, dict, dict]], only: set[str] | None = None
                   ) -> dict:
    """Everything shown over a history with any kind of change (forms joining, moving to
    another place, leaving the figures, coming back), taken together.

    ``timeline`` is every publication in order: (the program then, its forms then as
    {form id: record}, what ``figures`` printed then). A form's answers are followed by
    the form id (and, for skill confidence, the skill), so each answer has a *trajectory*:
    where it sat at each publication (None where it counted in no figure). A shown figure
    of publication j holds the answers whose place at j lies in its group. Answers with
    the same trajectory are alike to every figure: they form one class. Then, as in
    :func:`audit_history`: no set of fewer than k answers, and no figure withheld at any
    publication, may be determined by all shown figures together. Written from the raw
    forms and the published rows, apart from the rule."""
    k = timeline[-1][2]["min_group_size"] if timeline else 3
    checked: dict[str, int] = defaultdict(int)
    measures = {(row["measure"], row["phase"]) for _, _, pub in timeline
                for row in pub["figures"]
                if row["measure"] != "response_rate" and (only is None or row["measure"] in only)}
    for measure, phase in sorted(measures):
        places: dict[object, list] = {}
        for j, (data, records, _pub) in enumerate(timeline):
            for fid, record in records.items():
                for where, _v in _units(_Only(data, record), measure, phase):
                    unit = (fid, where[2] if phase != "session" else None)
                    places.setdefault(unit, [None] * len(timeline))[j] = where
        classes: dict[tuple, int] = defaultdict(int)
        for trajectory in places.values():
            classes[tuple(trajectory)] += 1
        ids = {t: c for c, t in enumerate(classes)}
        span, withheld = Span(), []
        for j, (_data, _records, pub) in enumerate(timeline):
            for row in pub["figures"]:
                if (row["measure"], row["phase"]) != (measure, phase):
                    continue
                inside = [t for t in classes if t[j] is not None and _holds(row, t[j])]
                if row["value"] is not None:
                    span.add({ids[t]: Fraction(1) for t in inside})
                elif inside:
                    withheld.append((j, inside))
        sizes = {ids[t]: n for t, n in classes.items()}
        found = small_determined_set(span, sizes, k)
        if found:
            where = [t for t, c in ids.items() if c in found]
            raise Leak(f"{measure} ({phase}) over the timeline: "
                       f"{sum(sizes[c] for c in found)} answer(s) with trajectories {where} "
                       "have a determined total")
        for j, inside in withheld:
            if span.determines({ids[t]: Fraction(1) for t in inside}):
                raise Leak(f"{measure} ({phase}) over the timeline: a figure withheld at "
                           f"publication {j} can be worked out ({inside})")
            checked["withheld figures"] += 1
        checked["answers"] += len(places)
    return dict(checked)

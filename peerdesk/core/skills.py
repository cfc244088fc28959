"""Skill names as people type them, brought to one vocabulary.

Answers to "what could you teach?" come back as "Python", "python programming",
"Python (basic)", "Pyhton" and "SQL/databases". Two kinds of sameness are told apart:

* **sure**: the names are the same once case, accents, a level in brackets and filler
  words ("programming", "skills", "basic"...) are set aside, or one is a "/" or "&"
  alternative of the other ("SQL/databases" holds "SQL");
* **likely**: the names are a typo apart, judged by rapidfuzz's ``fuzz.ratio`` word by
  word (so "UX design" and "UI design" differ in the word that matters). The threshold
  :data:`TYPO_THRESHOLD` is the best F1 on the labelled set in
  ``tests/core/test_skills.py``; what it still proposes wrongly ("Sales"/"Scales") is shown
  to the user, who accepts or rejects every merge.

Nothing here writes: :func:`propose_merges` returns proposals; the store applies the ones
the user accepted.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from peerdesk.i18n import _

# Word-by-word fuzz.ratio at or above this proposes a merge (see the module docstring).
TYPO_THRESHOLD = 82.0
# Words shorter than this are compared exactly: "Go"/"Git", "C"/"R", "UX"/"UI".
MIN_FUZZY_LENGTH = 4

SURE, LIKELY = "sure", "likely"

_LEVEL_WORDS = {
    "basic": 1, "basics": 1, "beginner": 1, "novice": 1, "some": 1, "learning": 1,
    "intro": 1, "introductory": 1, "junior": 1,
    "good": 2, "intermediate": 2, "medium": 2, "working": 2, "solid": 2,
    "expert": 3, "advanced": 3, "senior": 3, "fluent": 3, "strong": 3, "master": 3,
}
# Words that say nothing about which skill it is.
_FILLER = {"programming", "language", "languages", "skills", "skill", "the", "of",
           "fundamentals", "knowledge", "level", "in", "with", "experience"} | set(_LEVEL_WORDS)
_SPLIT = re.compile(r"\s*(?:/|&|\+| and | or )\s*", re.IGNORECASE)
_TRAILING_LEVEL = re.compile(r"^(?P<name>.*?)\s*(?:[:\-–=]\s*|\(\s*)(?P<level>[1-3]|[^\W\d_]+)\s*\)?$",
                             re.IGNORECASE)
_BRACKETS = re.compile(r"\(([^)]*)\)|\[([^\]]*)\]")
# A level given as a number that is not 1-3: "SQL (7)", "Excel: 10".
_BAD_NUMBER = re.compile(r"(?:\s*[:=]\s*|\s+[\-–]\s*|\(\s*|\[\s*)(?P<level>\d+)\s*[)\]]?\s*$")


class LevelError(ValueError):
    """A skill written with a level number outside 1-3; the message says what to write."""


@dataclass(slots=True)
class SkillEntry:
    """One skill as a person wrote it: the name kept for display, and a level if said."""

    name: str
    level: int | None = None


@dataclass(slots=True)
class Merge:
    """Names to write as ``into``; ``kind`` is SURE or LIKELY, ``reason`` says why."""

    into: str
    names: list[str]  # the other names, each becoming ``into``
    kind: str
    reason: str
    score: float = 100.0
    accepted: bool = field(default=False)

    def describe(self) -> str:
        shown = ", ".join(f"“{n}”" for n in self.names)
        return f"{shown} → “{self.into}” ({self.reason})"

    def with_target(self, into: str) -> Merge:
        """The same group kept under another of its names (the user's choice)."""
        group = [self.into, *self.names]
        if into not in group:
            raise ValueError(f"“{into}” is not one of the names in this group")
        others = sorted((n for n in group if n != into), key=str.casefold)
        return Merge(into, others, self.kind, _reason(others, into), self.score, self.accepted)


def clean(name: str) -> str:
    """The name as it will be stored: Unicode-normalised, spaces squeezed."""
    return " ".join(unicodedata.normalize("NFC", str(name)).split())


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


@lru_cache(maxsize=8192)
def key(name: str) -> str:
    """What two names must share to be the same skill for sure."""
    text = _fold(clean(name))
    text = _BRACKETS.sub(" ", text)
    words = re.findall(r"[\w#+.]+", text)
    words = [w.strip(".") for w in words]
    kept = [w for w in words if w and w not in _FILLER]
    return " ".join(kept or [w for w in words if w])


def alternatives(name: str) -> list[str]:
    """The keys of "SQL/databases", "Excel & Sheets": each side on its own."""
    return list(_alternatives(name))


@lru_cache(maxsize=8192)
def _alternatives(name: str) -> tuple[str, ...]:
    parts = [p for p in _SPLIT.split(_BRACKETS.sub(" ", clean(name))) if p.strip()]
    return tuple(key(p) for p in parts) if len(parts) > 1 else ()


def _level_word(said: str) -> int | None:
    """The level a word names: English's many words, and the intake form's level names in
    every language PeerDesk speaks ("Experte", "Básico")."""
    from peerdesk.core.intake import level_words

    return _LEVEL_WORDS.get(said) or level_words().get(said)


def parse_entry(text: str) -> SkillEntry | None:
    """"Python (expert)", "SQL: 2", "Excel - basic" -> the name and the level said."""
    text = clean(text)
    if not text:
        return None
    bad = _BAD_NUMBER.search(text)
    if bad and not 1 <= int(bad.group("level")) <= 3 and text[:bad.start()].strip():
        raise LevelError(_("“{text}”: the level {level} is not one of 1 basic, 2 good, "
                           "3 expert.").format(text=text, level=bad.group("level")))
    level = None
    m = _TRAILING_LEVEL.match(text)
    if m and m.group("name").strip():
        said = m.group("level").casefold()
        level = int(said) if said.isdigit() else _level_word(said)
        if level is not None:
            text = m.group("name").strip()
    if level is None:
        for inside in _BRACKETS.finditer(text):
            word = (inside.group(1) or inside.group(2) or "").strip().casefold()
            level = _level_word(word)
            if level is not None:
                text = clean(text[:inside.start()] + text[inside.end():])
                break
    return SkillEntry(text, level) if text else None


def split_answer(text: str) -> list[SkillEntry]:
    """A free-text answer listing skills: commas, semicolons or new lines between them.
    A "/" stays inside one skill ("SQL/databases"): merging decides what it means.
    Raises :class:`LevelError` for a level number outside 1-3 (never silently changed)."""
    out: list[SkillEntry] = []
    seen: set[str] = set()
    for part in re.split(r"[,;\n]+", str(text or "")):
        entry = parse_entry(part)
        if entry is not None and entry.name.casefold() not in seen:
            seen.add(entry.name.casefold())
            out.append(entry)
    return out


def similarity(a: str, b: str) -> float:
    """0-100: 100 for the same key, else the weakest word's fuzz.ratio (typos are in
    one word), 0 when a short word differs or the word counts differ."""
    ka, kb = key(a), key(b)
    if ka == kb:
        return 100.0
    # fuzz.ratio >= TYPO_THRESHOLD needs lengths within that ratio of each other.
    if 200 * min(len(ka), len(kb)) < TYPO_THRESHOLD * (len(ka) + len(kb)) and \
            ka.replace(" ", "") != kb.replace(" ", ""):
        return 0.0
    wa, wb = ka.split(), kb.split()
    if len(wa) != len(wb):
        joined_a, joined_b = ka.replace(" ", ""), kb.replace(" ", "")
        return 100.0 if joined_a == joined_b else 0.0  # "machine learning"/"machinelearning"
    worst = 100.0
    for x, y in zip(wa, wb, strict=True):
        if x == y:
            continue
        if min(len(x), len(y)) < MIN_FUZZY_LENGTH or any(c.isdigit() for c in x + y):
            return 0.0
        worst = min(worst, fuzz.ratio(x, y))
    return worst


def same_skill(a: str, b: str) -> tuple[str, float] | None:
    """(kind, score) when ``a`` and ``b`` should be proposed as one skill, else None."""
    if key(a) == key(b):
        return SURE, 100.0
    alt_a, alt_b = _alternatives(a), _alternatives(b)
    if (alt_a and key(b) in alt_a) or (alt_b and key(a) in alt_b):
        return SURE, 95.0
    score = similarity(a, b)
    if score >= TYPO_THRESHOLD:
        return LIKELY, score
    return None


def _reason(names: list[str], into: str) -> str:
    """Why each name is proposed: written differently, an alternative, or a likely typo."""
    said: dict[str, list[str]] = {}
    for n in names:
        found = same_skill(n, into)
        if found is None or found[0] == LIKELY:
            why = "likely a typo"
        elif key(n) == key(into):
            why = "written differently"
        else:
            why = "names it as an alternative"
        said.setdefault(why, []).append(f"“{n}”")
    return "; ".join(f"{', '.join(ns)}: {why}" for why, ns in said.items())


def propose_merges(names: Iterable[str], vocabulary: Iterable[str] = (),
                   uses: Counter[str] | None = None, only_touching: Iterable[str] | None = None
                   ) -> list[Merge]:
    """Groups of names that look like one skill, each with the name to keep.

    ``vocabulary`` are the program's skills (a group keeps a vocabulary name when it has
    one); ``uses`` counts how often each name is used (the commonest wins next);
    ``only_touching`` limits the answer to groups holding one of those names (the new
    ones of an import). A name joins
    every group linked to it (so a chain of likenesses is one proposal)."""
    vocab = [clean(v) for v in vocabulary if clean(v)]
    vocab_fold = {v.casefold() for v in vocab}
    everyone: dict[str, str] = {}
    for n in [*vocab, *(clean(x) for x in names)]:
        if n and n.casefold() not in everyone:
            everyone[n.casefold()] = n
    items = list(everyone.values())
    uses = uses or Counter()
    count = Counter({n: uses.get(n, 0) for n in items})
    for name, c in uses.items():
        folded = clean(name).casefold()
        if folded in everyone:
            count[everyone[folded]] = max(count[everyone[folded]], c)

    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    kinds: dict[tuple[int, int], tuple[str, float]] = {}
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            found = same_skill(items[i], items[j])
            if found is not None:
                kinds[(i, j)] = found
                parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for i in range(len(items)):
        groups.setdefault(find(i), []).append(i)
    touching = None if only_touching is None else {clean(n).casefold() for n in only_touching}
    merges = []
    for members in groups.values():
        if len(members) < 2:
            continue
        group = [items[i] for i in members]
        if touching is not None and not any(n.casefold() in touching for n in group):
            continue
        # Kept: a vocabulary name, then the one most used counting the names written
        # differently that share its words, then the plainest.
        support = {n: sum(count[o] + 1 for o in group if key(o) == key(n)) for n in group}
        into = min(group, key=lambda n: (n.casefold() not in vocab_fold, -support[n], -count[n],
                                         len(key(n).split()) if not alternatives(n) else 99,
                                         len(n), not n[:1].isupper(), n.casefold()))
        links = [kinds[(i, j)] for i in members for j in members if (i, j) in kinds]
        kind = LIKELY if any(k == LIKELY for k, _ in links) else SURE
        score = min(s for _, s in links)
        others = sorted((n for n in group if n != into), key=str.casefold)
        merges.append(Merge(into, others, kind, _reason(others, into), score,
                            accepted=(kind == SURE)))
    merges.sort(key=lambda m: m.into.casefold())
    return merges



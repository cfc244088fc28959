"""Why a pair was made, as language-neutral data: a code and its values.

The engine says why it paired two people ("Ana teaches SQL, Ben wants SQL"; "same office
(Lisbon)"). Those reasons are kept in the program file and shown later: in the window in
the window's language, in a document in the program's. So a reason is stored as a code
with its values (:func:`to_data`, :func:`from_data`) and worded only when shown
(:func:`render`, in the language in force).

A :class:`Reason` is also a ``str``: its English wording. Everything that read reasons as
English text before (the pairing list's short forms, the slips, tests) goes on reading the
same words; what shows a reason to a person calls :func:`render`. A reason stored as plain
text by an older PeerDesk stays a plain ``str`` and is shown as it was written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from peerdesk.i18n import N_, _, current, translation_for

# The words the values carry: tenure bands, skill levels and days, each shown in the
# language in force.
_BANDS = {"new recruit": N_("new recruit"), "between": N_("between"),
          "seasoned": N_("seasoned")}
_DAYS = {"mon": N_("Monday"), "tue": N_("Tuesday"), "wed": N_("Wednesday"),
         "thu": N_("Thursday"), "fri": N_("Friday"), "mornings": N_("mornings"),
         "afternoons": N_("afternoons"), "evenings": N_("evenings")}


class Reason(str):
    """One reason: ``code`` and ``values`` (strings, numbers, other reasons, or lists of
    reasons); as a ``str``, its English words."""

    code: str
    values: dict[str, Any]

    def __new__(cls, code: str, **values: Any) -> Reason:
        with translation_for("en").active():
            english = _words(code, values)
        return cls._made(english, code, values)

    @classmethod
    def _made(cls, english: str, code: str, values: dict[str, Any]) -> Reason:
        self = super().__new__(cls, english)
        self.code = code
        self.values = values
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # copy and pickle keep the code and values
        return (_rebuild, (self.code, self.values))

    def render(self) -> str:
        """The reason in the language in force."""
        return _words(self.code, self.values)


def _rebuild(code: str, values: dict[str, Any]) -> Reason:
    return Reason(code, **values)


def _shown(value: Any) -> str:
    if isinstance(value, Reason):
        return value.render()
    if isinstance(value, list):
        return "; ".join(_shown(v) for v in value)
    return str(value)


def _points(v: Mapping[str, Any]) -> str:
    """"+4.5" as the language in force writes it ("+4,5" in German); the English as stored."""
    units = v.get("units")
    t = current()
    if not isinstance(units, int) or t.code == "en":
        return str(v.get("points", ""))
    return ("+" if units >= 0 else "-") + t.format_number(abs(units) / 100)


def _teaches(v: Mapping[str, Any], s: dict[str, str]) -> str:
    level = v.get("level", 2)
    if level == 1:
        text = _("{teacher} teaches {skill} (basics), {learner} wants {skill}")
    elif level == 3:
        text = _("{teacher} teaches {skill} (expert), {learner} wants {skill}")
    else:
        text = _("{teacher} teaches {skill}, {learner} wants {skill}")
    return text.format(**s)


def _tenure(v: Mapping[str, Any], s: dict[str, str]) -> str:
    return _("different tenure ({a}, {b})").format(
        a=_BANDS.get(s["a"], s["a"]), b=_BANDS.get(s["b"], s["b"]))


def _available(v: Mapping[str, Any], s: dict[str, str]) -> str:
    days = ", ".join(str(_DAYS.get(d, d)) for d in v.get("days", ()))
    return _("both available: {days}").format(days=days)


def _link(v: Mapping[str, Any], s: dict[str, str]) -> str:  # one line for each two of a trio
    said = s["parts"] if v.get("parts") else _("nothing in common to score")
    return _("{a} & {b} ({points}): {reasons}").format(
        a=s["a"], b=s["b"], points=s["points"], reasons=said)


# The codes this PeerDesk knows, each with its wording: one translatable text with named
# values (``v`` as given, ``s`` as shown). A code not here came from a newer PeerDesk.
_WORDING: dict[str, Callable[[Mapping[str, Any], dict[str, str]], str]] = {
    "teaches": _teaches,
    "departments": lambda v, s: _("different departments ({a}, {b})").format(**s),
    "new_with_seasoned": lambda v, s: _("a new recruit with a seasoned colleague"),
    "tenure": _tenure,
    "office": lambda v, s: _("same office ({office})").format(**s),
    "available": _available,
    "any_time": lambda v, s: _("compatible availability (one is free any time)"),
    "asked": lambda v, s: _("{learner} asked to learn from {teacher}").format(**s),
    # "+3 Ana teaches SQL, Ben wants SQL"
    "scored": lambda v, s: _("{points} {reason}").format(points=s["points"], reason=s["part"]),
    "buddy": lambda v, s: _("{buddy} (seasoned) is the buddy of {recruits} (new recruit)"
                            ).format(**s),
    "nothing": lambda v, s: _(
        "Nothing in their profiles adds to the score (no skill to teach or learn, same "
        "department and tenure, no office or time in common): paired so that neither is "
        "left out"),
    "link": _link,
}

_CODES = frozenset(_WORDING)


def _words(code: str, v: Mapping[str, Any]) -> str:
    """The wording of ``code`` with its values, in the language in force."""
    wording = _WORDING.get(code)
    if wording is None:
        raise ValueError(f"unknown reason code {code!r}")  # a newer PeerDesk's: see from_data
    s = {k: _shown(x) for k, x in v.items()}
    if "points" in s:
        s["points"] = _points(v)
    return wording(v, s)


def render(reason: str) -> str:
    """A stored reason in the language in force; plain text (from an older file) as it is."""
    return reason.render() if isinstance(reason, Reason) else str(reason)


def render_all(reasons: Iterable[str]) -> list[str]:
    return [render(r) for r in reasons]


# -- in the program file -------------------------------------------------------------------

def to_data(reason: str, english: bool = True) -> Any:
    """A reason as JSON-ready data: ``{"code": ..., "values": {...}, "text": English}``
    (the English kept for a reader that does not know the code), or the plain text."""
    if not isinstance(reason, Reason):
        return str(reason)
    data = {"code": reason.code,
            "values": {k: _value_data(x) for k, x in reason.values.items()}}
    if english:
        data["text"] = str(reason)
    return data


def _value_data(value: Any) -> Any:
    if isinstance(value, Reason):
        return to_data(value, english=False)
    if isinstance(value, list | tuple):
        return [_value_data(x) for x in value]
    return value


def from_data(data: Any) -> str:
    """What :func:`to_data` wrote, back as a :class:`Reason`; text stays text, and a code
    this PeerDesk does not know (a newer one wrote it) is kept as its stored English."""
    if isinstance(data, Mapping) and isinstance(data.get("code"), str):
        values = {k: _value_from(x) for k, x in dict(data.get("values") or {}).items()}
        try:
            if _known_code(data["code"]) and isinstance(data.get("text"), str):
                # the English as stored: wording it again (a switch of language per
                # reason) doubled the time a 300-person pack spent reading the pairs
                return Reason._made(data["text"], data["code"], values)
            return Reason(data["code"], **values)
        except (ValueError, KeyError, TypeError):
            return str(data.get("text") or data["code"])
    return str(data)


def _known_code(code: str) -> bool:
    return code in _CODES


def _value_from(value: Any) -> Any:
    if isinstance(value, Mapping):
        return from_data(value)
    if isinstance(value, list):
        return [_value_from(x) for x in value]
    return value

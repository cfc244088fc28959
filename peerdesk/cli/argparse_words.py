"""argparse's own words ("usage:", "error:", "the following arguments are required") in the
interface language.

argparse looks its messages up through ``gettext`` with the "argparse" domain, for which
Python ships no catalogue. :func:`install` points argparse's two look-ups at PeerDesk's
catalogues, which carry the messages below (marked here so that extraction finds them).
A Python whose argparse words a message differently simply shows it in English.
"""

from __future__ import annotations

import argparse

from peerdesk.i18n import _
from peerdesk.i18n import gettext_noop as M_
from peerdesk.i18n import ngettext as _ngettext

WORDS = (
    M_("usage: "),
    M_("positional arguments"),
    M_("options"),
    M_("show this help message and exit"),
    M_("show program's version number and exit"),
    M_("%(prog)s: error: %(message)s\n"),
    M_("the following arguments are required: %s"),
    M_("unrecognized arguments: %s"),
    M_("argument %(argument_name)s: %(message)s"),
    M_("invalid choice: %(value)r (choose from %(choices)s)"),
    M_("invalid %(type)s value: %(value)r"),
    M_("expected one argument"),
    M_("expected at least one argument"),
    M_("expected at most one argument"),
    M_("ambiguous option: %(option)s could match %(matches)s"),
    M_("not allowed with argument %s"),
    M_("one of the arguments %s is required"),
    M_("can't open '%(filename)s': %(error)s"),
)


def _plural(singular: str, plural: str, n: int) -> str:
    return _ngettext(singular, plural, n)


def install() -> None:
    """From now on argparse asks PeerDesk's catalogues (in the language in force)."""
    argparse._ = _  # type: ignore[attr-defined]  # argparse imports these from gettext; typeshed omits them
    argparse.ngettext = _plural  # type: ignore[attr-defined]  # (as above)

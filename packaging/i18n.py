"""The core's message catalogues: extract, update, compile, check.

    python packaging/i18n.py extract   # re-extract peerdesk/locale/peerdesk.pot from the code
                                       # and merge it into every language's .po
    python packaging/i18n.py compile   # every .po -> .mo (shipped as package data)
    python packaging/i18n.py check     # exit 1 when a .mo is missing or older than its .po's
                                       # content, or a catalogue has an empty or fuzzy entry

Babel does the work (``pybabel extract/update/compile`` with babel.cfg); this script only
fixes the options, so everyone extracts the same way.
"""

from __future__ import annotations

import sys
from io import BytesIO
from pathlib import Path

from babel.messages.frontend import CommandLineInterface
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "peerdesk" / "locale"
POT = LOCALE / "peerdesk.pot"
LANGUAGES = ("de", "pt_PT", "es", "fr")


def pybabel(*args: str) -> None:
    CommandLineInterface().run(["pybabel", "-q", *args])


def extract() -> None:
    LOCALE.mkdir(parents=True, exist_ok=True)
    pybabel("extract", "-F", str(ROOT / "babel.cfg"), "-o", str(POT), "--no-location",
            "--sort-output", "--project", "PeerDesk", "--copyright-holder", "PeerDesk",
            "--msgid-bugs-address", "-", "-c", "TRANSLATORS:", "-k", "gettext_noop", "-k", "M_", "--width", "100", str(ROOT))
    for lang in LANGUAGES:
        po = LOCALE / lang / "LC_MESSAGES" / "peerdesk.po"
        if po.exists():
            pybabel("update", "-D", "peerdesk", "-i", str(POT), "-d", str(LOCALE), "-l", lang,
                    "--no-fuzzy-matching", "--ignore-obsolete", "--width", "100")
        else:
            pybabel("init", "-D", "peerdesk", "-i", str(POT), "-d", str(LOCALE), "-l", lang,
                    "--width", "100")


def compiled(po: Path) -> bytes:
    """The .mo bytes the .po compiles to (fuzzy entries left out, as gettext does)."""
    with po.open("rb") as fh:
        catalog = read_po(fh, locale=po.parent.parent.name)
    out = BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def compile_all() -> None:
    for lang in LANGUAGES:
        po = LOCALE / lang / "LC_MESSAGES" / "peerdesk.po"
        po.with_suffix(".mo").write_bytes(compiled(po))


def check() -> list[str]:
    problems = []
    for lang in LANGUAGES:
        po = LOCALE / lang / "LC_MESSAGES" / "peerdesk.po"
        mo = po.with_suffix(".mo")
        if not po.exists():
            problems.append(f"{lang}: no catalogue {po.relative_to(ROOT)}")
            continue
        if not mo.exists() or mo.read_bytes() != compiled(po):
            problems.append(f"{lang}: {mo.relative_to(ROOT)} is out of date with its .po; "
                            "run python packaging/i18n.py compile")
    return problems


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "extract":
        extract()
    elif command == "compile":
        compile_all()
    elif command == "check":
        problems = check()
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

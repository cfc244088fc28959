"""The window's translations: update the .ts from the code, compile them to .qm, check.

    python packaging/translations.py            # update every .ts from peerdesk/ui, compile
    python packaging/translations.py update     # only re-extract the words into the .ts
    python packaging/translations.py compile    # only make the .qm from the .ts
    python packaging/translations.py check      # exit 1 when a .qm is older than its .ts

The tools are Qt's, shipped in pip's ``pyside6-essentials``: ``pyside6-lupdate`` reads
``self.tr(...)``, ``QCoreApplication.translate(...)`` and ``QT_TRANSLATE_NOOP(...)`` in the
Python files; ``pyside6-lrelease`` compiles. The .ts and .qm live in
``resources/translations`` (the package ``peerdesk.resources`` once installed, so they are
in the wheel and the bundle). ``peerdesk_en.ts`` holds only the plural forms ("%n pair(s)"
-> "1 pair", "2 pairs"); ``qtwords_<lang>.ts`` are written by hand: the words of Qt's own dialogs
that Qt's catalogue lacks (Qt ships Brazilian Portuguese only; Portugal says some differently).
Translate with Qt Linguist (``pyside6-linguist resources/translations/peerdesk_de.ts``) or
any editor; then run this script again and commit the .ts and the .qm.
"""

from __future__ import annotations

import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "peerdesk" / "ui"
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("de", "pt_PT", "es", "fr")
PLURALS_ONLY = ("en",)


def tool(name: str) -> str:
    """A Qt tool from PySide6: on the PATH, or beside this Python (a venv not activated)."""
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        raise SystemExit(f"{name} not found: it comes with pyside6-essentials "
                         "(pip install pyside6-essentials)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def ts_files() -> list[Path]:
    return sorted(FOLDER.glob("*.ts"))


def update(folder: Path = FOLDER) -> None:
    """Re-extract the window's words into every catalogue, keeping the translations made
    (no line numbers, so an edit elsewhere in a file does not touch the .ts)."""
    folder.mkdir(parents=True, exist_ok=True)
    common = [tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
              "-silent"]
    for lang in LANGUAGES:
        _run([*common, "-source-language", "en", "-target-language", lang,
              "-ts", str(folder / f"peerdesk_{lang}.ts")])
    for lang in PLURALS_ONLY:
        _run([*common, "-pluralonly", "-source-language", "en", "-target-language", lang,
              "-ts", str(folder / f"peerdesk_{lang}.ts")])


def compile_all(out: Path = FOLDER, folder: Path = FOLDER) -> list[Path]:
    made = []
    for ts in sorted(folder.glob("*.ts")):
        qm = out / ts.with_suffix(".qm").name
        _run([tool("pyside6-lrelease"), "-silent", "-removeidentical" if ts.stem.endswith("_en")
              else "-nounfinished", str(ts), "-qm", str(qm)])
        made.append(qm)
    return made


def stale() -> list[str]:
    """The .qm that differ from what their .ts compile to now (or are missing)."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = compile_all(Path(tmp))
        return [qm.name for qm in fresh
                if not (FOLDER / qm.name).is_file()
                or not filecmp.cmp(qm, FOLDER / qm.name, shallow=False)]


def _run(command: list[str]) -> None:
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{Path(command[0]).name} failed:\n{done.stdout}{done.stderr}")


def main(argv: list[str]) -> int:
    what = argv[0] if argv else "all"
    if what in ("update", "all"):
        update()
    if what in ("compile", "all"):
        compile_all()
    if what == "check":
        old = stale()
        if old:
            print("Out of date (run python packaging/translations.py compile): "
                  + ", ".join(old))
            return 1
    if what not in ("update", "compile", "all", "check"):
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

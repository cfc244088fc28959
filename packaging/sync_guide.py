"""Copy README.md's "A short guide" into resources/guide/quick-guide.md (Help > Quick Guide).

Run ``python packaging/sync_guide.py`` after editing the guide in the README; a test fails
while the two differ.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "resources" / "guide" / "quick-guide.md"


def readme_guide(readme: Path = ROOT / "README.md") -> str:
    """The README's "A short guide" section, as the app ships it (no screenshots)."""
    text = readme.read_text(encoding="utf-8")
    section = text[text.index("## A short guide\n"):text.index("### From the command line")]
    section = section.replace("## A short guide", "# PeerDesk: a short guide", 1).rstrip() + "\n"
    section = re.sub(r"\n!\[[^\n]*\)\n", "\n", section)
    return re.sub(r"\n{3,}", "\n\n", section)


if __name__ == "__main__":
    TARGET.write_text(readme_guide(), encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")

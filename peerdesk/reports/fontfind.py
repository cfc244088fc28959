"""Which installed font draws a script, and which font to install when none does.

The machine's fonts are listed by matplotlib's font manager (fontconfig on Linux, the
system font folders on Windows and macOS). For each script a name may use, the Noto
family for it is preferred (the recommended install, one package on Linux), then the
fonts each operating system ships for it; failing those, any installed TrueType font
whose character map holds the character (read with fontTools, cheaply, before reportlab
is asked to load it). reportlab embeds TrueType outlines only, so CFF-flavoured OpenType
fonts (most .otf files, the Noto CJK collections) and colour-bitmap emoji fonts are of no
use to it and are skipped.
"""

from __future__ import annotations

import io
import threading
import unicodedata
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from peerdesk.i18n import _

# Script (the first word of the Unicode character name) -> file name stems of fonts that
# draw it, best first, matched case-insensitively; and the font to tell the user to install.
_NOTO_CORE = "Debian/Ubuntu package fonts-noto-core"
SCRIPT_FONTS: dict[str, tuple[tuple[str, ...], str]] = {
    "DEVANAGARI": (("NotoSansDevanagari-Regular", "NotoSansDevanagariUI-Regular", "Nirmala",
                    "mangal"), f"Noto Sans Devanagari ({_NOTO_CORE})"),
    "BENGALI": (("NotoSansBengali-Regular", "Nirmala", "vrinda"),
                f"Noto Sans Bengali ({_NOTO_CORE})"),
    "GURMUKHI": (("NotoSansGurmukhi-Regular", "Nirmala", "raavi"),
                 f"Noto Sans Gurmukhi ({_NOTO_CORE})"),
    "GUJARATI": (("NotoSansGujarati-Regular", "Nirmala", "shruti"),
                 f"Noto Sans Gujarati ({_NOTO_CORE})"),
    "TAMIL": (("NotoSansTamil-Regular", "Nirmala", "latha"), f"Noto Sans Tamil ({_NOTO_CORE})"),
    "TELUGU": (("NotoSansTelugu-Regular", "Nirmala", "gautami"),
               f"Noto Sans Telugu ({_NOTO_CORE})"),
    "KANNADA": (("NotoSansKannada-Regular", "Nirmala", "tunga"),
                f"Noto Sans Kannada ({_NOTO_CORE})"),
    "MALAYALAM": (("NotoSansMalayalam-Regular", "Nirmala", "kartika"),
                  f"Noto Sans Malayalam ({_NOTO_CORE})"),
    "ORIYA": (("NotoSansOriya-Regular", "Nirmala"), f"Noto Sans Oriya ({_NOTO_CORE})"),
    "SINHALA": (("NotoSansSinhala-Regular", "Nirmala"), f"Noto Sans Sinhala ({_NOTO_CORE})"),
    "THAI": (("NotoSansThai-Regular", "NotoSansThaiUI-Regular", "LeelawUI", "leelawad",
              "tahoma"), f"Noto Sans Thai ({_NOTO_CORE})"),
    "LAO": (("NotoSansLao-Regular", "LeelawUI"), f"Noto Sans Lao ({_NOTO_CORE})"),
    "KHMER": (("NotoSansKhmer-Regular", "LeelawUI"), f"Noto Sans Khmer ({_NOTO_CORE})"),
    "MYANMAR": (("NotoSansMyanmar-Regular", "mmrtext"), f"Noto Sans Myanmar ({_NOTO_CORE})"),
    "TIBETAN": (("NotoSerifTibetan-Regular", "himalaya"), f"Noto Serif Tibetan ({_NOTO_CORE})"),
    "ETHIOPIC": (("NotoSansEthiopic-Regular", "ebrima"), f"Noto Sans Ethiopic ({_NOTO_CORE})"),
    "GEORGIAN": (("NotoSansGeorgian-Regular", "sylfaen"), f"Noto Sans Georgian ({_NOTO_CORE})"),
    "ARMENIAN": (("NotoSansArmenian-Regular", "sylfaen"), f"Noto Sans Armenian ({_NOTO_CORE})"),
    "ARABIC": (("NotoSansArabic-Regular", "NotoNaskhArabic-Regular", "segoeui", "arial"),
               f"Noto Sans Arabic ({_NOTO_CORE})"),
    "HEBREW": (("NotoSansHebrew-Regular", "segoeui", "arial"), f"Noto Sans Hebrew ({_NOTO_CORE})"),
    "CJK": (("wqy-microhei", "wqy-zenhei", "msyh", "msjh", "simhei", "simsun", "yugothr",
             "meiryo", "msgothic", "malgun", "gulim", "pingfang", "hiragino sans gb",
             "applesdgothicneo", "droidsansfallbackfull", "droidsansfallback", "nanumgothic",
             "ipagp", "ipag", "takaopgothic", "uming", "ukai", "arial unicode", "arialuni"),
            "a TrueType CJK font such as WenQuanYi Micro Hei (Debian/Ubuntu package "
            "fonts-wqy-microhei) or Microsoft YaHei"),
    "EMOJI": (("Symbola", "Symbola_hint", "NotoEmoji-Regular", "seguiemj", "seguisym"),
              "an outline emoji font such as Symbola (Debian/Ubuntu package fonts-symbola)"),
}
_CJK_WORDS = {"CJK": "CJK", "HIRAGANA": "CJK", "KATAKANA": "CJK", "HANGUL": "CJK",
              "BOPOMOFO": "CJK", "IDEOGRAPHIC": "CJK", "HALFWIDTH": "CJK", "FULLWIDTH": "CJK",
              "KANGXI": "CJK"}

# Scripts whose letters change shape or order in context: drawn through HarfBuzz.
COMPLEX_SCRIPTS = frozenset({
    "DEVANAGARI", "BENGALI", "GURMUKHI", "GUJARATI", "TAMIL", "TELUGU", "KANNADA",
    "MALAYALAM", "ORIYA", "SINHALA", "THAI", "LAO", "KHMER", "MYANMAR", "TIBETAN",
})

_EMOJI_RANGES = ((0x1F000, 0x1FAFF), (0x2600, 0x27BF), (0x2B00, 0x2BFF))


def is_emoji(ch: str) -> bool:
    """A pictograph (😀, ⚽ ...) or an emoji modifier: printed where a font has it, else
    dropped, never shown as "?"."""
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in _EMOJI_RANGES) or code in (0x200D, 0x20E3)


def is_variation(ch: str) -> bool:
    """A variation selector (the emoji/text presentation switch): draws nothing itself."""
    code = ord(ch)
    return 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF


@cache
def script_of(ch: str) -> str:
    """The script a character belongs to, by its Unicode name ("DEVANAGARI", "CJK",
    "EMOJI" ...); "" when it has no name."""
    if is_emoji(ch):
        return "EMOJI"
    name = unicodedata.name(ch, "")
    word = name.split(" ", 1)[0] if name else ""
    return _CJK_WORDS.get(word, word)


def install_hint(ch: str) -> str:
    """The font to install so ``ch`` prints, in words for the user."""
    entry = SCRIPT_FONTS.get(script_of(ch))
    if entry:
        return entry[1]
    return _("a font from the Noto family that covers this script (Debian/Ubuntu: "
             "fonts-noto-core)")


def install_advice(unprintable: Sequence[tuple[str, str]]) -> str:
    """"Install Noto Sans Devanagari (...), then export again.": one font per script, for
    (name, missing letters) pairs."""
    hints = list(dict.fromkeys(install_hint(ch) for _name, chars in unprintable for ch in chars))
    if not hints:
        return ""
    fonts = hints[0] if len(hints) == 1 else _("{names} and {last}").format(
        names=", ".join(hints[:-1]), last=hints[-1])
    return _("Install {fonts}, then export again.").format(fonts=fonts)


_lock = threading.Lock()
_system: list[Path] | None = None


def system_fonts() -> list[Path]:
    """Every TrueType font file installed on this machine (matplotlib's font manager)."""
    global _system
    with _lock:
        if _system is None:
            from matplotlib import font_manager

            files = {Path(f) for f in font_manager.findSystemFonts()}
            _system = sorted((f for f in files if f.suffix.lower() in (".ttf", ".ttc")),
                             key=_general_rank)
        return _system


def _general_rank(path: Path) -> tuple[int, str]:
    """For the last-resort search: regular Noto Sans faces first, bold and serif last."""
    stem = path.stem.lower()
    score = 0 if stem.startswith("notosans") else 1
    if any(word in stem for word in ("bold", "italic", "oblique", "light", "black", "thin")):
        score += 2
    return score, stem


def preferred_fonts(script: str, files: list[Path] | None = None) -> list[Path]:
    """Installed files of the fonts named for ``script`` in :data:`SCRIPT_FONTS`, best first."""
    entry = SCRIPT_FONTS.get(script)
    if not entry:
        return []
    wanted = [stem.lower() for stem in entry[0]]
    found: dict[str, Path] = {}
    for path in files if files is not None else system_fonts():
        key = path.stem.lower()
        if key in wanted and key not in found:
            found[key] = path
    return [found[k] for k in wanted if k in found]


def covers(path: Path, code: int) -> bool:
    """Whether the TrueType font at ``path`` (any face of a collection) maps ``code``;
    False for CFF outlines, which reportlab cannot embed."""
    return code in _cmap_of(path)


@cache
def _cmap_of(path: Path) -> frozenset[int]:
    from fontTools.ttLib import TTCollection, TTFont

    try:
        with open(path, "rb") as fh:
            data = fh.read()

        if path.suffix.lower() == ".ttc":
            faces = TTCollection(io.BytesIO(data)).fonts
        else:
            faces = [TTFont(io.BytesIO(data))]
        codes: set[int] = set()
        for face in faces:
            if "glyf" not in face:
                continue
            codes.update(face["cmap"].getBestCmap() or {})
        return frozenset(codes)
    except Exception:
        return frozenset()

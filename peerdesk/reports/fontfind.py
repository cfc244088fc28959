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
# draw it, best first, matched case-insensitively; and the font to tell the user to install
# (its Debian/Ubuntu package in _PACKAGES, fonts-noto-core when not named there).
_NOTO_CORE = "fonts-noto-core"
SCRIPT_FONTS: dict[str, tuple[tuple[str, ...], str]] = {
    "DEVANAGARI": (("NotoSansDevanagari-Regular", "NotoSansDevanagariUI-Regular", "Nirmala",
                    "mangal"), "Noto Sans Devanagari"),
    "BENGALI": (("NotoSansBengali-Regular", "Nirmala", "vrinda"),
                "Noto Sans Bengali"),
    "GURMUKHI": (("NotoSansGurmukhi-Regular", "Nirmala", "raavi"),
                 "Noto Sans Gurmukhi"),
    "GUJARATI": (("NotoSansGujarati-Regular", "Nirmala", "shruti"),
                 "Noto Sans Gujarati"),
    "TAMIL": (("NotoSansTamil-Regular", "Nirmala", "latha"), "Noto Sans Tamil"),
    "TELUGU": (("NotoSansTelugu-Regular", "Nirmala", "gautami"),
               "Noto Sans Telugu"),
    "KANNADA": (("NotoSansKannada-Regular", "Nirmala", "tunga"),
                "Noto Sans Kannada"),
    "MALAYALAM": (("NotoSansMalayalam-Regular", "Nirmala", "kartika"),
                  "Noto Sans Malayalam"),
    "ORIYA": (("NotoSansOriya-Regular", "Nirmala"), "Noto Sans Oriya"),
    "SINHALA": (("NotoSansSinhala-Regular", "Nirmala"), "Noto Sans Sinhala"),
    "THAI": (("NotoSansThai-Regular", "NotoSansThaiUI-Regular", "LeelawUI", "leelawad",
              "tahoma"), "Noto Sans Thai"),
    "LAO": (("NotoSansLao-Regular", "LeelawUI"), "Noto Sans Lao"),
    "KHMER": (("NotoSansKhmer-Regular", "LeelawUI"), "Noto Sans Khmer"),
    "MYANMAR": (("NotoSansMyanmar-Regular", "mmrtext"), "Noto Sans Myanmar"),
    "TIBETAN": (("NotoSerifTibetan-Regular", "himalaya"), "Noto Serif Tibetan"),
    "ETHIOPIC": (("NotoSansEthiopic-Regular", "ebrima"), "Noto Sans Ethiopic"),
    "GEORGIAN": (("NotoSansGeorgian-Regular", "sylfaen"), "Noto Sans Georgian"),
    "ARMENIAN": (("NotoSansArmenian-Regular", "sylfaen"), "Noto Sans Armenian"),
    "ARABIC": (("NotoSansArabic-Regular", "NotoNaskhArabic-Regular", "segoeui", "arial"),
               "Noto Sans Arabic"),
    "HEBREW": (("NotoSansHebrew-Regular", "segoeui", "arial"), "Noto Sans Hebrew"),
    "CJK": (("wqy-microhei", "wqy-zenhei", "msyh", "msjh", "simhei", "simsun", "yugothr",
             "meiryo", "msgothic", "malgun", "gulim", "pingfang", "hiragino sans gb",
             "applesdgothicneo", "droidsansfallbackfull", "droidsansfallback", "nanumgothic",
             "ipagp", "ipag", "takaopgothic", "uming", "ukai", "arial unicode", "arialuni"),
            "WenQuanYi Micro Hei"),
    "EMOJI": (("Symbola", "Symbola_hint", "NotoEmoji-Regular", "seguiemj", "seguisym"),
              "Symbola"),
}
_PACKAGES = {"CJK": "fonts-wqy-microhei", "EMOJI": "fonts-symbola"}
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
    """The font to install so ``ch`` prints, in words for the user (the package's name is
    no word to translate: it goes in as it is)."""
    script = script_of(ch)
    entry = SCRIPT_FONTS.get(script)
    if entry is None:
        return _("a font from the Noto family that covers this script (Debian/Ubuntu: "
                 "{package})").format(package=_NOTO_CORE)
    font, package = entry[1], _PACKAGES.get(script, _NOTO_CORE)
    if script == "CJK":
        return _("a TrueType CJK font such as {font} (Debian/Ubuntu package {package}) or "
                 "{other}").format(font=font, package=package, other="Microsoft YaHei")
    if script == "EMOJI":
        return _("an outline emoji font such as {font} (Debian/Ubuntu package {package})").format(
            font=font, package=package)
    return _("{font} (Debian/Ubuntu package {package})").format(font=font, package=package)


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

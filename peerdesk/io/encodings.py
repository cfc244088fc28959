"""Which text encoding a CSV file was written in.

The byte-order mark, then strict UTF-8, then charset-normalizer's candidates judged
again on how the names read in each (a short file often ranks a sibling code page first).
"""

from __future__ import annotations

import codecs
import itertools
import re
import unicodedata

from peerdesk.i18n import _
from peerdesk.io.table import ENCODING_NAMES, TabularError

# Offered to the user when the detection is wrong.
COMMON_ENCODINGS = ("utf-8-sig", "utf-8", "utf-16", "cp1252", "latin-1", "cp1250", "cp1251",
                    "cp1253", "cp1256", "cp1258", "gb18030", "big5", "shift_jis")
SNIFF_BYTES = 64 * 1024
_SCORE_BYTES = 32 * 1024
# Judged even when charset-normalizer leaves them out; they win only on fewer odd words.
_FALLBACKS = ("cp1250", "cp1251", "cp1253", "cp1254", "cp1256", "gb18030", "big5", "shift_jis")


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The text and the encoding it was read with: the byte-order mark, then strict UTF-8,
    then charset-normalizer's guess (Windows-1252 preferred among equally likely ones)."""
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError as exc:
            raise TabularError(_("“{encoding}” is not an encoding this computer knows.").format(
                encoding=encoding)) from exc
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            raise TabularError(_("The file cannot be read as {encoding}: {reason} at byte "
                                 "{byte}. Choose another encoding.").format(
                                     encoding=encoding, reason=exc.reason, byte=exc.start)) from exc
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    guess = _guess(data)
    if guess is None:
        raise TabularError(_("The file's text encoding could not be recognised. Save it from "
                             "your spreadsheet as “CSV UTF-8”, or choose the encoding by hand."))
    return _strict(data, guess), guess


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise TabularError(_("The file says it is {encoding} but byte {byte} is not valid there: "
                             "the file is damaged.").format(
                                 encoding=ENCODING_NAMES.get(encoding, encoding), byte=exc.start)) from exc


def _guess(data: bytes) -> str | None:
    """charset-normalizer's candidates, judged again on how names read in each.

    On a short file it often ranks a sibling code page first (cp1250 for cp1252, cp949
    for GB18030). Each candidate's text is scored by its words that mix scripts or
    stick a symbol to letters (“£ukasz”, “珙렐”): the one with fewest wins, cp1252 on a
    tie, as Western Windows spreadsheets are the commonest."""
    from charset_normalizer import from_bytes

    sample = data[:SNIFF_BYTES]
    results = list(from_bytes(sample))[:12]
    sample = data[:_SCORE_BYTES]
    ranks: dict[str, int] = {}
    for i, r in enumerate(results):
        ranks.setdefault(r.encoding, i + 1)
    if results and any(r.chaos <= results[0].chaos + 0.01 and "cp1252" in r.could_be_from_charset
                       for r in results):
        ranks["cp1252"] = 0  # as likely as the best: the commonest wins
    scored = []
    for encoding in dict.fromkeys(["cp1252", *(r.encoding for r in results), *_FALLBACKS]):
        text = _decode_sample(sample, encoding, partial=len(sample) < len(data))
        if text is not None:
            scored.append((_mojibake(text), ranks.get(encoding, len(results) + 1), encoding))
    if not scored:
        return None
    return min(scored)[2]


def _decode_sample(sample: bytes, encoding: str, partial: bool) -> str | None:
    """The sample's text, or None; a partial sample may end inside a character."""
    for cut in range(4 if partial else 1):
        try:
            return sample[: len(sample) - cut].decode(encoding)
        except UnicodeDecodeError:
            continue
        except LookupError:
            return None
    return None


_SCRIPT_CACHE: dict[str, str] = {}
_WORD_BREAK = re.compile(r"[\s!-/:-@\[-`{-~0-9]+")  # spaces, ASCII punctuation and digits
_FINE_PUNCTUATION = set("’‘–—«»„“”·€°§\u00a0")


def _script(char: str) -> str:
    """A letter's script, "" for a letter-neutral mark, "?" for a symbol or control."""
    script = _SCRIPT_CACHE.get(char)
    if script is None:
        category = unicodedata.category(char)
        if char in _FINE_PUNCTUATION or category.startswith("Z") or category == "Nd":
            script = ""
        elif category[0] in "LM":
            script = unicodedata.name(char, "? ").split()[0]
            script = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "IDEOGRAPHIC": "CJK",
                      "COMBINING": "", "MODIFIER": ""}.get(script, script)
        else:
            script = "?"
        _SCRIPT_CACHE[char] = script
    return script


def _mojibake(text: str) -> int:
    """How many words look mis-decoded: several scripts, or a symbol among letters."""
    bad = 0
    for word in {w for w in _WORD_BREAK.split(text) if not w.isascii()}:
        scripts = {_script(c) for c in word if not c.isascii()}
        scripts.discard("")
        if "?" in scripts:
            bad += any(c.isalpha() for c in word)
            continue
        letters = [c for c in word if c.isalpha()]
        accented = sum(1 for c in letters if not c.isascii())
        latin_ascii = accented < len(letters)
        if len(scripts) > 1 or (latin_ascii and scripts - {"LATIN"}):
            bad += 1
        elif scripts == {"LATIN"} and len(letters) >= 4 and accented * 2 > len(letters):
            bad += 1  # “Àííà”: Cyrillic, Greek or Arabic read as Western accents
        elif any(a.islower() and b.isupper() and not b.isascii()
                 for a, b in itertools.pairwise(letters)):
            bad += 1  # “гНгП”: capitals inside a word, as mis-read Arabic looks
    return bad

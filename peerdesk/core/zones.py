"""Time zones by their IANA names: the computer's own, the list to choose from, a check.

A program, and each session in it, keeps the zone it happens in ("Europe/Lisbon"), so a
calendar invitation means the same moment on every computer that imports it. A new
program starts in the zone of the computer it is made on (read with ``tzlocal``, which
knows where Linux, macOS and Windows keep that setting).
"""

from __future__ import annotations

import warnings
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

FALLBACK_ZONE = "UTC"
_UTC_ALIASES = {"Etc/UTC", "Etc/UCT", "Etc/Universal", "Etc/Zulu", "UCT", "Universal", "Zulu",
                "Etc/GMT", "Etc/GMT0", "Etc/GMT+0", "Etc/GMT-0", "GMT", "GMT0", "Etc/Greenwich"}


def is_zone(name: str) -> bool:
    """True for a zone name the IANA database knows ("Asia/Tokyo"); False for anything else."""
    if not name or name != name.strip():
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def system_zone() -> str:
    """The IANA name of this computer's time zone, or UTC when it has none we can name."""
    import tzlocal

    with warnings.catch_warnings():  # tzlocal warns, then falls back, on a bare system
        warnings.simplefilter("ignore")
        try:
            name = tzlocal.get_localzone_name()
        except Exception:  # tzlocal raises for a configuration it cannot read
            return FALLBACK_ZONE
    if name in _UTC_ALIASES:  # how many servers and containers name it
        return "UTC"
    return name if name and is_zone(name) else FALLBACK_ZONE


@lru_cache(maxsize=1)
def zone_names() -> tuple[str, ...]:
    """The zones a person would pick from: "Region/City" names, sorted, plus UTC."""
    names = sorted(z for z in available_timezones()
                   if "/" in z and not z.startswith(("Etc/", "SystemV/", "posix/", "right/")))
    return (*names, "UTC")

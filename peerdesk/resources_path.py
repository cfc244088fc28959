"""Find files under resources/, installed (peerdesk.resources), frozen or from the source tree."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_root() -> Path:
    try:
        root = Path(str(resources.files("peerdesk.resources")))
        if root.is_dir():
            return root
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)

"""No widget in ``peerdesk/ui`` is built by one long constructor.

A widget's ``__init__`` (and each ``_build_*`` step it calls) stays within ~60 lines: past
that, split it into named ``_build_*`` steps (the toolbar, the table, the empty state, the
layout...), as ``main_window.py`` does, so a reader finds a piece of the window by its name.

``ALLOWED_FOR_NOW`` lists the constructors not yet split. It may only shrink: an entry that
has come down to the limit (or is gone) fails the test, and no new one can join it unnoticed.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import pkgutil
import sys
from types import ModuleType

from PySide6.QtWidgets import QWidget

import peerdesk.ui

LIMIT = 60

ALLOWED_FOR_NOW: set[str] = set()  # every widget constructor is split now


def is_built_there(name: str) -> bool:
    """The methods that build a widget: its constructor and its named building steps."""
    return name == "__init__" or name.startswith("_build")


def long_builders(modules: list[ModuleType], limit: int = LIMIT) -> dict[str, int]:
    """``{module.Class.method: lines}`` for every widget class defined in ``modules`` whose
    constructor or ``_build_*`` step is longer than ``limit`` lines (its ``def`` included)."""
    found = {}
    for module in modules:
        for class_name, cls in vars(module).items():
            if not (inspect.isclass(cls) and cls.__module__ == module.__name__
                    and issubclass(cls, QWidget)):
                continue
            for name, member in vars(cls).items():
                if is_built_there(name) and inspect.isfunction(member):
                    lines = len(inspect.getsourcelines(member)[0])
                    if lines > limit:
                        found[f"{module.__name__}.{class_name}.{name}"] = lines
    return found


def ui_modules() -> list[ModuleType]:
    return [importlib.import_module(info.name)
            for info in pkgutil.walk_packages(peerdesk.ui.__path__, "peerdesk.ui.")]


def test_no_widget_constructor_over_the_limit_outside_the_allow_list():
    new = {name: lines for name, lines in long_builders(ui_modules()).items()
           if name not in ALLOWED_FOR_NOW}
    assert not new, (
        f"widget constructors over {LIMIT} lines (split them into named _build_* steps): "
        + ", ".join(f"{name} ({lines})" for name, lines in sorted(new.items())))


def test_the_allow_list_only_shrinks():
    long = long_builders(ui_modules())
    stale = sorted(name for name in ALLOWED_FOR_NOW if name not in long)
    assert not stale, f"no longer over {LIMIT} lines or gone, remove from ALLOWED_FOR_NOW: {stale}"


def test_the_check_sees_a_long_constructor_and_a_long_step(tmp_path):
    body = "".join(f"        self.x{i} = {i}\n" for i in range(LIMIT))
    (tmp_path / "fake_widgets.py").write_text(
        "from PySide6.QtWidgets import QDialog, QWidget\n\n\n"
        "class Long(QDialog):\n    def __init__(self):\n" + body + "\n"
        "class Fits(QWidget):\n    def __init__(self):\n" + body[: -len(body) // LIMIT] + "\n"
        "class Steps(QWidget):\n    def _build_table(self):\n" + body + "\n"
        "    def reload(self):\n" + body + "\n"
        "class NotAWidget:\n    def __init__(self):\n" + body,
        encoding="utf-8")
    spec = importlib.util.spec_from_file_location("fake_widgets", tmp_path / "fake_widgets.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["fake_widgets"] = module
    try:
        spec.loader.exec_module(module)
        assert long_builders([module]) == {"fake_widgets.Long.__init__": LIMIT + 1,
                                           "fake_widgets.Steps._build_table": LIMIT + 1}
    finally:
        del sys.modules["fake_widgets"]

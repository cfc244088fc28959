import pytest

from peerdesk.ui import dialogs


class Answers:
    """Records what the app asked and answers dialogs without showing them."""

    def __init__(self):
        self.errors: list[tuple[str, str]] = []
        self.infos: list[tuple[str, str]] = []
        self.confirm = True
        self.text: str | None = None
        self.open_path: str | None = None
        self.save_path: str | None = None
        self.dialog = None  # a callable(dialog) -> bool for our own QDialogs
        self.choice: str | None = None  # the button chosen in dialogs.choose
        self.pick: int | None = None  # the row chosen in dialogs.pick
        self.asked: list[str] = []


@pytest.fixture(autouse=True, scope="session")
def _window_in_english(qapp):
    """The window's English catalogue, as at start-up: it holds the plural forms ("1 pair",
    "2 pairs") of the messages written "%n pair(s)" in the code."""
    from peerdesk.ui import language

    language.install("en", qapp, core=False)


@pytest.fixture
def answers(monkeypatch):
    a = Answers()
    monkeypatch.setattr(dialogs, "error", lambda parent, title, text: a.errors.append((title, text)))
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: a.errors.append((title, text)))
    monkeypatch.setattr(dialogs, "info", lambda parent, title, text: a.infos.append((title, text)))
    monkeypatch.setattr(dialogs, "confirm", lambda *args, **kw: a.confirm)
    monkeypatch.setattr(dialogs, "ask_text", lambda *args, **kw: a.text)
    monkeypatch.setattr(dialogs, "choose",
                        lambda parent, title, text, options: (a.asked.append(text), a.choice)[1])
    monkeypatch.setattr(dialogs, "pick", lambda *args, **kw: a.pick)
    monkeypatch.setattr(dialogs, "open_file", lambda *args, **kw: a.open_path)
    monkeypatch.setattr(dialogs, "save_file", lambda *args, **kw: a.save_path)

    def run_dialog(dialog):
        if a.dialog is None:
            raise AssertionError(f"unexpected dialog {dialog.windowTitle()}")
        return a.dialog(dialog)

    monkeypatch.setattr(dialogs, "run_dialog", run_dialog)
    return a


@pytest.fixture
def window(qtbot, answers, tmp_path):
    """The main window on a copy of the demo program."""
    from peerdesk.store import demo
    from peerdesk.store.program import Program
    from peerdesk.ui.main_window import MainWindow

    path = tmp_path / "demo.peerdesk"
    p = Program.create(path)
    demo.populate(p)
    p.close()
    w = MainWindow()
    qtbot.addWidget(w)
    w.open_path(str(path))
    w.show()
    w.finish_building()
    return w

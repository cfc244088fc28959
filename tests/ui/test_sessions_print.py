import pytest

pytestmark = pytest.mark.gui


def test_print_button_opens_the_pack_for_the_selected_session(window, answers):
    window.show_tab("sessions")
    tab = window.tab_pages["sessions"]
    session_id = window.ctx.program.db.execute("SELECT id FROM sessions ORDER BY id LIMIT 1").fetchone()[0]
    assert tab.select_session(session_id)
    seen = []

    def look(dialog):
        seen.append((dialog.kind.currentData(), dialog.session.currentData()))
        return False

    answers.dialog = look
    tab.session_pane.print_button.click()
    assert seen == [("pack", session_id)]

"""Code-of-conduct versions and acknowledgements."""

from __future__ import annotations

from datetime import date

import pytest

from peerdesk.core.defaults import DEFAULT_CONDUCT
from peerdesk.core.models import Participant
from peerdesk.core.validation import ValidationError
from peerdesk.store import conduct
from peerdesk.store.participants import add_participant, archive_participant


def _people(program, *names):
    return [add_participant(program, Participant(name=n)) for n in names]


def test_a_new_program_starts_from_the_default(program):
    current = conduct.current_version(program)
    assert current.version == 1
    assert "stays in the session" in current.text
    assert current.text == DEFAULT_CONDUCT


def test_changing_the_text_makes_a_new_version_and_same_text_does_not(program):
    v1 = conduct.current_version(program)
    same = conduct.save_text(program, v1.text.replace("\n", "\r\n") + "\n\n")
    assert same.id == v1.id
    v2 = conduct.save_text(program, v1.text + "8. Phones on silent.\n", on=date(2027, 3, 1))
    assert (v2.version, v2.created_on) == (2, date(2027, 3, 1))
    assert [v.version for v in conduct.list_versions(program)] == [1, 2]
    assert conduct.current_version(program).text.endswith("8. Phones on silent.\n")
    assert conduct.get_version(program, 1).text == v1.text


def test_empty_text_is_refused(program):
    with pytest.raises(ValidationError, match="cannot be empty"):
        conduct.save_text(program, "  \n ")


def test_acknowledgements_stay_with_the_version_signed(program):
    ana, bo, _cy = _people(program, "Ana", "Bo", "Cy")
    v1 = conduct.current_version(program)
    conduct.set_acknowledged(program, [ana, bo], True, on=date(2027, 1, 5))
    assert conduct.acknowledgements(program) == {ana: date(2027, 1, 5), bo: date(2027, 1, 5)}
    assert [p.name for p in conduct.not_signed(program)] == ["Cy"]
    conduct.save_text(program, "Be kind.")
    assert [p.name for p in conduct.not_signed(program)] == ["Ana", "Bo", "Cy"]
    assert set(conduct.acknowledgements(program, v1.id)) == {ana, bo}
    assert conduct.status(program) == (0, 3)


def test_untick_and_undo_restore_the_signing_date(program):
    ana, bo = _people(program, "Ana", "Bo")
    conduct.set_acknowledged(program, [ana], True, on=date(2027, 1, 5))
    version_id = conduct.current_version(program).id
    before = conduct.set_acknowledged(program, [ana, bo], False)
    assert before == {ana: date(2027, 1, 5)}
    assert conduct.acknowledgements(program) == {}
    conduct.restore_acknowledgements(program, version_id, [ana, bo], before)
    assert conduct.acknowledgements(program) == {ana: date(2027, 1, 5)}
    before = conduct.set_acknowledged(program, [bo], True, on=date(2027, 2, 1))
    conduct.restore_acknowledgements(program, version_id, [bo], before)
    assert bo not in conduct.acknowledgements(program)


def test_archived_and_opted_out_people_are_not_expected_to_sign(program):
    _ana, bo, cy = _people(program, "Ana", "Bo", "Cy")
    archive_participant(program, bo, "left")
    program.db["participants"].update(cy, {"opted_in": 0})
    assert [p.name for p in conduct.not_signed(program)] == ["Ana"]


def test_unknown_person_and_version(program):
    with pytest.raises(ValidationError, match="No participant"):
        conduct.set_acknowledged(program, [999], True)
    with pytest.raises(ValidationError, match="versions: 1"):
        conduct.get_version(program, 7)


def test_undo_of_a_new_version_removes_it(program):
    v2 = conduct.save_text(program, "Be kind.")
    conduct.delete_version(program, v2.id)
    assert conduct.current_version(program).version == 1

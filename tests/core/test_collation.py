"""Names in the order people expect (issue 17): Ł with L, Ø with O, Émile with E."""

from __future__ import annotations

from peerdesk.core.collation import initial, name_key, sort_by_name


def test_letters_with_marks_and_strokes_sort_with_their_base_letter():
    names = ["Zoë", "Łukasz", "Lucas", "Lyon", "Mia", "Ørsted", "Oscar", "Olga", "Émile", "Eva",
             "Ezra", "Fabio", "anna", "Ben"]
    ordered = sorted(names, key=name_key)
    assert ordered.index("Lucas") < ordered.index("Łukasz") < ordered.index("Lyon")
    assert ordered.index("Lyon") < ordered.index("Mia")
    assert ordered.index("Olga") < ordered.index("Ørsted") < ordered.index("Oscar")  # Orsted
    assert ordered.index("Émile") < ordered.index("Eva") < ordered.index("Fabio")
    assert ordered[:2] == ["anna", "Ben"]  # case does not move a name


def test_the_order_is_total_and_stable_for_equal_looking_names():
    assert sort_by_name(["b", "B", "b"], str) == sorted(["b", "B", "b"], key=name_key)
    assert name_key("Ana  Ruiz") == name_key("Ana Ruiz")  # doubled spaces do not matter
    assert name_key("Ana") != name_key("Aná")


def test_initial_is_the_letter_a_name_is_filed_under():
    assert [initial(n) for n in ("Émile", "łukasz", "Ørsted", "zoë", "王小明", " ", "ßabine")] \
        == ["E", "L", "O", "Z", "王", "", "S"]

"""People: roles from appositions, pre-modifiers and relative clauses; merging across sources."""

from __future__ import annotations

import pytest

from newsdiff import people
from newsdiff.document import analyze
from newsdiff.model import Mention, Source
from newsdiff.reported_speech import analyze as speech


def mentions_of(text: str, source: str = "t"):
    doc = analyze(Source(id=source, path=source, text=text))
    return speech(doc).mentions


# (text, name, role)
ROLE_CASES = [
    ('"We are ready," said Lee Dong-hyun, a spokesman for the Defense Ministry.',
     "Lee Dong-hyun", "spokesman for the Defense Ministry"),
    ('"We are ready," Defense Ministry spokeswoman Lee Dong-hyun said.', "Lee Dong-hyun", "Defense Ministry spokeswoman"),
    ('Sara Holm, who fled the war and is now a children\'s rights activist, said: "Listen."',
     "Sara Holm", "children's rights activist"),
    ('Sara Holm, spokesperson of the Nordic Council, said: "Listen."', "Sara Holm", "spokesperson of the Nordic Council"),
]


@pytest.mark.parametrize("text, name, role", ROLE_CASES)
def test_roles(text, name, role):
    found = {m.name: m.role for m in mentions_of(text)}
    assert found.get(name) == role


def test_no_role_for_a_bare_name():
    found = {m.name: m.role for m in mentions_of('"We are ready," Sara Holm said.')}
    assert found == {"Sara Holm": None}


def test_acronym_defined_in_text_is_an_alias():
    text = 'The Coastal Safety Council (CSC) said the beach was closed. "Stay away," the CSC said.'
    (m,) = [m for m in mentions_of(text) if m.name == "Coastal Safety Council"]
    assert "CSC" in m.aliases


MERGE_CASES = [
    # (names in two sources, expected number of people)
    (("Koo Byoung-sam", "Koo Byoungsam"), 1),
    (("José Álvarez", "Jose Alvarez"), 1),
    (("HRW", "Human Rights Watch"), 1),
    (("Kim Yo-jong", "Kim Jong-un"), 2),
    (("Anna Berg", "Anna Berger"), 2),
]


@pytest.mark.parametrize("names, count", MERGE_CASES)
def test_merge_spelling_variants(names, count):
    mentions = [Mention(f"s{i}", n, "person") for i, n in enumerate(names)]
    persons, _ = people.merge(mentions)
    assert len(persons) == count


def test_surname_alias_does_not_merge_across_sources():
    mentions = [Mention("a", "Kim Hyuk", "person", ("Kim",)), Mention("b", "Kim", "person")]
    persons, _ = people.merge(mentions)
    assert len(persons) == 2


def test_merge_keeps_roles_per_source_and_canonical_spelling():
    mentions = [
        Mention("a", "Koo Byoung-sam", "person", ("Koo",), "spokesman"),
        Mention("b", "Koo Byoung-sam", "person", (), "spokeswoman"),
        Mention("c", "Koo Byoungsam", "person", (), "spokesperson"),
    ]
    (p,), canonical = people.merge(mentions)
    assert p.name == "Koo Byoung-sam"
    assert [(r.source, r.role) for r in p.roles] == [("a", "spokesman"), ("b", "spokeswoman"), ("c", "spokesperson")]
    assert canonical("c", "Koo Byoungsam") == "Koo Byoung-sam"
    assert canonical("a", "Koo") == "Koo Byoung-sam"


@pytest.mark.parametrize(
    "query, expected",
    [("Koo", True), ("koo byoungsam", True), ("KOO BYOUNG-SAM", True), ("Byoung", False), ("Wang", False)],
)
def test_name_matches(query, expected):
    assert people.name_matches("Koo Byoung-sam", query) is expected

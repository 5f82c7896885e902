"""Role comparison: facets of one person, broader titles, clauses that are no roles, values that
point at the quote whose speaker mention holds them. Sentences written for these tests."""

import pytest

from newsdiff.compare import roles
from newsdiff.model import Person, Quote, Role, Status

PAIRS = [
    # (role in one source, role in another, expected status)
    ("spokesperson", "constable", Status.COMPATIBLE),  # a function and a rank
    ("police spokesman", "Sergeant", Status.COMPATIBLE),
    ("press officer", "inspector", Status.COMPATIBLE),
    ("Riverside Police spokesman Constable", "constable", Status.COMPATIBLE),
    ("police officer", "constable", Status.COMPATIBLE),  # a rank is a kind of officer
    ("Deputy District Attorney", "prosecutor", Status.COMPATIBLE),  # narrower and broader
    ("head coach", "coach", Status.COMPATIBLE),
    ("spokesman", "spokesperson", Status.COMPATIBLE),
    ("spokesman", "spokesman", Status.AGREE),
    # two offices at the head of one body: one person often holds both
    ("general manager", "Team president", Status.COMPATIBLE),
    ("Acme chairman", "chief executive", Status.COMPATIBLE),
    ("club owner", "general manager", Status.COMPATIBLE),
    # negatives: different jobs or ranks still conflict
    ("constable", "sergeant", Status.CONFLICT),
    ("spokesman", "spokeswoman", Status.CONFLICT),
    ("finance minister", "spokesperson", Status.CONFLICT),
    # negatives: an office and a job of another kind, or two public offices, still differ
    ("general manager", "head coach", Status.CONFLICT),
    ("company president", "spokeswoman", Status.CONFLICT),
    ("mayor", "governor", Status.CONFLICT),
    ("general manager", "Sergeant", Status.CONFLICT),
    ("spokesman for the Harbour Authority", "spokesman for the Rail Union", Status.CONFLICT),
    # a generic word for a kind of body ("team", "company") names no particular one
    ("Rovers spokesman", "Team spokesman", Status.COMPATIBLE),
    ("company spokeswoman", "Acme spokeswoman", Status.COMPATIBLE),
    ("Rovers spokesman", "United spokesman", Status.CONFLICT),
    # a generic body in the possessive points back at one named elsewhere
    ("company's senior risk analyst", "analyst at the bank Harbour Trust", Status.COMPATIBLE),
    ("Harbour Trust's senior risk analyst", "analyst at Acme Insurance", Status.CONFLICT),
    # a reporting verb left capitalised at the start of a sentence is no organization
    ("Said Commissioner", "Harbour Police Commissioner", Status.COMPATIBLE),
]


BRIDGED = [
    # (role, role, the person's other descriptions, expected status): another description naming
    # both organizations together makes them one body
    ("Metro spokesman", "police spokesman", ["Metro Police spokesman"], Status.COMPATIBLE),
    ("Metro spokesman", "police spokesman", [], Status.CONFLICT),
    ("Metro spokesman", "police spokesman", ["Metro Transit spokesman"], Status.CONFLICT),
]


@pytest.mark.parametrize(("a", "b", "others", "expected"), BRIDGED)
def test_organizations_named_together_elsewhere_are_one_body(a, b, others, expected):
    assert roles.compare_roles(a, b, [a, b, *others])[0] == expected


NAMES_ANOTHER = [
    # (role, words of the person's own name, names someone else?)
    ("Mayor Dana Pike", {"tom", "reyes"}, True),
    ("Mayor Tom Reyes", {"tom", "reyes"}, False),
    ("Harbour Police Commissioner", {"tom", "reyes"}, False),
    ("assistant to Harbour Counsel Dana Pike", {"tom", "reyes"}, False),  # the title is the other's
    ("CEO of Acme", {"tom", "reyes"}, False),
    ("KCPD Chief", {"tom", "reyes"}, False),
]


@pytest.mark.parametrize(("role", "own", "expected"), NAMES_ANOTHER)
def test_a_role_naming_someone_else_after_its_title(role, own, expected):
    assert roles.names_another(role, own) is expected


def test_a_role_naming_someone_else_is_left_out_of_claims():
    person = Person("p1", "Tom Reyes", "person", roles=(Role("a", "Mayor Dana Pike"), Role("b", "Governor")))
    [claim] = roles.build([person], ["a", "b"], {"a": 0, "b": 1})
    assert [v.value for v in claim.values] == ["Governor"]


@pytest.mark.parametrize(("a", "b", "expected"), PAIRS)
def test_two_descriptions_of_one_person(a, b, expected):
    assert roles.compare_roles(a, b)[0] == expected
    assert roles.compare_roles(b, a)[0] == expected


ROLE_STRINGS = [
    ("spokesman for the harbour authority", True),
    ("Britain-based rights activist", True),
    ("former commander for crowd training at the Police Department", True),
    ("acting director", True),
    ("elected official", True),
    ("state senator", True),
    # clauses and verbs
    ("who was arrested on Sunday", False),
    ("said", False),
    ("agency said", False),
    ("wrote in the Gazette last year", False),
    ("man accused of stealing two cars", False),
    ("neighbour seen carrying a ladder", False),
    ("killed by a falling tree", False),
    ("according to the Gazette", False),
    ("from the fire brigade", False),
    ("it's a hard job", False),
    ("which has run the port since 1990", False),
    ("along with their son Sam", False),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_STRINGS)
def test_clauses_and_verbs_are_no_roles(text, expected):
    assert roles.is_role(text) is expected


def test_clause_roles_are_left_out_of_claims():
    person = Person("p1", "Dana Reyes", "person", roles=(Role("a", "who was arrested on Sunday"), Role("b", "baker")))
    [claim] = roles.build([person], ["a", "b"], {"a": 0, "b": 1})
    assert [v.value for v in claim.values] == ["baker"]
    assert claim.status == Status.SINGLE


def _quote(source, qid, speaker, speaker_text):
    return Quote(id=qid, source=source, text="We will reopen the bridge", start=0, end=25, sentence=0,
                 speaker=speaker, speaker_text=speaker_text, speaker_start=30, speaker_end=30 + len(speaker_text))


def test_role_value_points_at_the_quote_whose_speaker_mention_holds_it():
    person = Person("p1", "Dana Reyes", "person", aliases=("Reyes",),
                    roles=(Role("a", "Harbour Authority spokeswoman"), Role("b", "spokesperson")))
    facts = [
        _quote("a", "a:q1", "Dana Reyes", "Harbour Authority spokeswoman Dana Reyes"),
        _quote("b", "b:q1", "Dana Reyes", "Reyes"),  # the role is written elsewhere in b
        _quote("b", "b:q2", "Lee Park", "spokesperson Lee Park"),  # another person's mention
    ]
    [claim] = roles.build([person], ["a", "b"], {"a": 0, "b": 1}, facts)
    assert [(v.source, v.fact, v.display) for v in claim.values] == [
        ("a", "a:q1", "Harbour Authority spokeswoman"),
        ("b", None, "spokesperson"),
    ]
    assert claim.facts == ("a:q1",)
    assert claim.status == Status.COMPATIBLE

"""Filters shrink a result's lists and keep claims consistent with the facts that remain."""

from newsdiff.compare import filters
from newsdiff.model import Claim, ClaimValue, Number, Person, Quote, Result


def sample_result() -> Result:
    facts = [
        Quote(id="a:q1", source="a", text="We protest", start=0, end=10, sentence=0, speaker="Jane Doe"),
        Quote(id="b:q1", source="b", text="We protest", start=0, end=10, sentence=0, speaker="John Roe"),
        Number(id="a:n1", source="a", text="12", start=20, end=22, sentence=1, value=12, low=12, high=12),
    ]
    claims = [
        Claim(id="c1", kind="quote", label="q", status="conflict", facts=("a:q1", "b:q1"),
              values=(ClaimValue("a", "We protest", fact="a:q1"), ClaimValue("b", "We protest", fact="b:q1"))),
        Claim(id="c2", kind="number", label="n", status="single", facts=("a:n1",),
              values=(ClaimValue("a", 12, fact="a:n1"),)),
        Claim(id="c3", kind="role", label="r", status="conflict", facts=(), values=(ClaimValue("a", "spokesman"),)),
    ]
    people = [Person(id="jane-doe", name="Jane Doe", type="person", aliases=("Doe",)),
              Person(id="john-roe", name="John Roe", type="person")]
    return Result(facts=tuple(facts), claims=tuple(claims), people=tuple(people))


def test_narrow_trims_claims_to_the_facts_that_remain():
    result = filters.narrow(sample_result(), lambda f: f.source == "a")
    assert [f.id for f in result.facts] == ["a:q1", "a:n1"]
    quote_claim = next(c for c in result.claims if c.id == "c1")
    assert quote_claim.facts == ("a:q1",) and [v.fact for v in quote_claim.values] == ["a:q1"]


def test_narrow_drops_claims_whose_facts_are_all_gone_but_keeps_fact_free_ones():
    result = filters.narrow(sample_result(), lambda f: f.kind == "quote")
    assert [c.id for c in result.claims] == ["c1", "c3"]


def test_claim_filter_applies_without_a_fact_filter():
    result = filters.narrow(sample_result(), None, lambda c: c.status == "conflict")
    assert [c.id for c in result.claims] == ["c1", "c3"] and len(result.facts) == 3


def test_by_speaker_matches_a_surname_and_keeps_only_that_person():
    result = filters.by_speaker(sample_result(), "doe")
    assert [f.id for f in result.facts] == ["a:q1"]
    assert [p.name for p in result.people] == ["Jane Doe"]
    assert [c.facts for c in result.claims] == [("a:q1",)]


def test_by_speaker_with_no_match_gives_empty_lists_not_an_error():
    result = filters.by_speaker(sample_result(), "Nobody Here")
    assert result.facts == () and result.people == () and result.claims == ()


def test_narrow_returns_a_new_result_and_leaves_its_input_alone():
    original = sample_result()
    narrowed = filters.narrow(original, lambda f: f.source == "a", lambda c: c.kind == "quote")
    assert len(original.facts) == 3 and len(original.claims) == 3
    assert len(narrowed.facts) == 2 and [c.id for c in narrowed.claims] == ["c1"]

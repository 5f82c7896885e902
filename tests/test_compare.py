"""The comparison step on facts built by hand: claims, statuses, stories, copies, determinism."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsdiff.compare import comparison
from newsdiff.compare import dates as claims_dates
from newsdiff.compare import roles as claims_roles
from newsdiff.compare.common import event_class
from newsdiff.model import Attribution, DateFact, Number, Person, Quote, Role, Source

SOURCES = [Source(sid, f"{sid}.txt", "") for sid in ("a", "b", "c", "d")]


def num(src, n, text, low, high, subject, event, claimant=None, unit=None, context=()):
    return Number(id=f"{src}:n{n}", source=src, text=text, start=n * 100, end=n * 100 + len(text),
                  sentence=n, value=low if low is not None else high, low=low, high=high,
                  subject=subject, event=event, claimant=claimant, unit=unit, context=context)


def date(src, n, text, value, event, claimant=None, type_="DATE"):
    return DateFact(id=f"{src}:d{n}", source=src, text=text, start=n * 100 + 50, end=n * 100 + 50 + len(text),
                    sentence=n, type=type_, value=value, event=event, claimant=claimant)


def quote(src, n, text, speaker, partial=False):
    return Quote(id=f"{src}:q{n}", source=src, text=text, start=n * 100 + 20, end=n * 100 + 20 + len(text),
                 sentence=n, speaker=speaker, partial=partial)


def claims_of(facts, people=(), sources=SOURCES):
    return list(comparison.compare_sources(sources, facts, list(people)).claims)


def multi(claims, kind):
    """Claims of a kind that involve more than one source."""
    return [c for c in claims if c.kind == kind and c.status != "single"]


# -- numbers ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "a, b, expected",
    [
        # (text, low, high) in source a and b -> status
        (("as many as 600", None, 600), ("more than 500", 500, None), "compatible"),
        (("nearly 600", 570, 600), ("some 600", 540, 660), "compatible"),
        (("600", 600, 600), ("600", 600, 600), "agree"),
        (("five", 5, 5), ("six", 6, 6), "conflict"),
        (("more than 500", 500, None), ("almost 170", 150, 170), "conflict"),
        (("hundreds", 200, 999), ("some 2,000", 1800, 2200), "conflict"),
    ],
)
def test_number_status_from_intervals(a, b, expected):
    # A conflict needs the clauses worded alike (`numbers.SAME_WORDING`): the two clauses share
    # their content words but for the verb.
    shared = ("border", "china", "guards", "koreans", "north", "week")
    facts = [num("a", 1, a[0], a[1], a[2], "North Koreans", "sent back", context=shared + ("sent",)),
             num("b", 1, b[0], b[1], b[2], "North Koreans", "repatriated", context=shared + ("repatriated",))]
    (claim,) = multi(claims_of(facts), "number")
    assert claim.status == expected


@pytest.mark.parametrize(
    "subject_b, event_b, unit_b, merged",
    [
        ("North Korean defectors", "deported", None, True),  # same class, overlapping subject
        ("North Koreans", "held", None, False),  # held is another quantity
        ("border crossings", "sent back", None, False),  # different thing counted
        ("North Koreans", "sent back", "%", False),  # a percentage is not a count
        (None, "returned", None, True),  # no subject: the event decides
        ("people returned", "returned", None, True),  # "people" says only humans
    ],
)
def test_number_blocking(subject_b, event_b, unit_b, merged):
    facts = [num("a", 1, "600", 600, 600, "North Koreans", "sent back"),
             num("b", 1, "600", 600, 600, subject_b, event_b, unit=unit_b)]
    assert bool(multi(claims_of(facts), "number")) is merged


@pytest.mark.parametrize(
    "subject_a, event_a, subject_b, event_b, merged",
    [
        # A nationality and a situation noun of the same event: one crowd named two ways.
        ("North Koreans sent back", "sent back", "escapees returned", "returned", True),
        ("Syrians", "deported", "refugees", "deported", True),
        # Two near-synonyms of one situation.
        ("defectors", "repatriated", "escapees", "returned", True),
        ("asylum seekers", "deported", "migrants", "expelled", True),
        # Negatives: two different nationalities, two different situations, another event class,
        # kinds of people that exclude each other, a thing rather than people, no event at all.
        ("Syrians", "deported", "Afghans", "deported", False),
        ("refugees", "evacuated", "residents", "evacuated", False),
        ("North Koreans", "sent back", "escapees", "held", False),
        ("soldiers", "killed", "civilians", "killed", False),
        ("North Koreans", "killed", "soldiers", "killed", False),
        ("North Koreans", "sent back", "border crossings", "sent back", False),
        ("North Koreans", None, "escapees", None, False),
    ],
)
def test_number_subjects_naming_one_crowd(subject_a, event_a, subject_b, event_b, merged):
    facts = [num("a", 1, "as many as 600", None, 600, subject_a, event_a),
             num("b", 1, "hundreds", 200, 999, subject_b, event_b)]
    assert bool(multi(claims_of(facts), "number")) is merged


def test_a_crowd_named_otherwise_never_joins_a_value_its_source_contradicts():
    # Source a already says 600 were sent back; its "almost 170 escapees" is another quantity.
    facts = [num("a", 1, "as many as 600", 590, 600, "North Koreans", "sent back"),
             num("a", 2, "almost 170", 150, 170, "escapees", "returned"),
             num("b", 1, "nearly 600", 570, 600, "North Koreans", "repatriated")]
    claims = claims_of(facts)
    (shared,) = multi(claims, "number")
    assert set(shared.facts) == {"a:n1", "b:n1"}


def test_sent_back_and_held_are_two_claims_never_merged():
    facts = [
        num("a", 1, "as many as 600", None, 600, "North Koreans sent back", "send back"),
        num("a", 2, "some 2,000", 1800, 2200, "North Koreans held in China", "hold"),
        num("b", 1, "nearly 600", 570, 600, "North Koreans repatriated", "repatriate"),
        num("b", 2, "around 2,000", 1800, 2200, "North Korean defectors imprisoned", "imprison"),
        num("c", 1, "could exceed 2,000", 2000, None, "North Koreans detained", "detain"),
    ]
    claims = multi(claims_of(facts), "number")
    assert sorted(sorted(c.facts) for c in claims) == [["a:n1", "b:n1"], ["a:n2", "b:n2", "c:n1"]]
    assert {c.status for c in claims} == {"compatible"}


@pytest.mark.parametrize(
    "subject, merged",
    # "five jurors" in two sources with nothing else around: one value of one counted noun is
    # cheap evidence of agreement (issue 9: asymmetric thresholds); it used to stay apart.
    [("border crossings", True), ("jurors", True), ("life sentences", True)],
)
def test_eventless_numbers_merge_only_on_a_full_identical_subject(subject, merged):
    facts = [num("a", 1, "five", 5, 5, subject, None), num("b", 1, "five", 5, 5, subject, None)]
    assert bool(multi(claims_of(facts), "number")) is merged


def test_a_source_never_contradicts_itself_within_one_claim():
    facts = [num("a", 1, "seven", 7, 7, "life sentences", "sentenced"),
             num("a", 2, "four", 4, 4, "life sentences", "sentenced"),
             num("b", 1, "seven", 7, 7, "life sentences", "sentenced")]
    claims = multi(claims_of(facts), "number")
    assert [(c.status, c.facts) for c in claims] == [("agree", ("a:n1", "b:n1"))]


def test_number_values_keep_their_claimants():
    facts = [num("a", 1, "more than 500", 500, None, "North Koreans", "sent back", claimant="HRW"),
             num("b", 1, "nearly 600", 570, 600, "North Koreans", "sent back", claimant="Chosun Ilbo")]
    (claim,) = multi(claims_of(facts), "number")
    assert [(v.source, v.claimant, v.display) for v in claim.values] == [
        ("a", "HRW", "more than 500"), ("b", "Chosun Ilbo", "nearly 600")]


def test_number_in_one_source_is_single():
    claims = claims_of([num("a", 1, "600", 600, 600, "North Koreans", "sent back")])
    assert [c.status for c in claims] == ["single"]


# -- dates -----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("2023-10-09TNI", "2023-10-09TNI", "agree"),  # Monday night / the night of October 9
        ("XXXX-WXX-1TNI", "2023-10-09TNI", "agree"),  # unresolved weekday on the right day
        ("XXXX-WXX-1", "XXXX-WXX-1", "agree"),
        ("XXXX-WXX-1", "XXXX-WXX-2", "conflict"),
        ("XXXX-WXX-1", "2023-10-10", "conflict"),  # a Tuesday
        ("2023-10-09", "2023-10-10", "conflict"),
        ("2023-10-09", "2023-10-09TNI", "compatible"),  # one gives the time of day
        ("2023-W41", "2023-10-09", "compatible"),  # this week contains Monday
        ("2023-10", "2023-10-09", "compatible"),
        ("2023-10", "2023-11", "conflict"),
        ("XXXX-10-09", "2023-10-09", "agree"),
        ("2013-05-02", "2013-05-03T01:30", "compatible"),  # late Thursday / 1:30 a.m. Friday
        ("XXXX-WXX-4", "2013-05-03T01:30", "compatible"),
        ("2013-05-02TMO", "2013-05-03T01:30", "conflict"),  # a morning does not run past midnight
        ("2013-05-02", "2013-05-03T09:30", "conflict"),
    ],
)
def test_date_pair_status(a, b, expected):
    status, _ = claims_dates.compare_pair(claims_dates.parse(a), claims_dates.parse(b))
    assert status == expected


@pytest.mark.parametrize("value", ["P25Y", "PRESENT_REF", "", None, "2023-13-45"])
def test_dates_that_cannot_be_compared_parse_to_none(value):
    assert claims_dates.parse(value) is None


def test_dates_of_one_event_across_sources():
    facts = [date("a", 1, "Monday night", "2023-10-09TNI", "sent"),
             date("b", 1, "the night of October 9", "2023-10-09TNI", "repatriated"),
             date("c", 1, "earlier this week", "2023-W41", "sent back"),
             date("c", 2, "Monday night", "2023-10-09TNI", "transported")]
    (claim,) = multi(claims_of(facts), "date")
    assert claim.status == "agree"  # c's vaguer "this week" is judged by its own "Monday night"
    assert len(claim.values) == 4


def test_speaking_dates_compare_only_for_one_speaker():
    facts = [date("a", 1, "on Friday", "2023-10-13", "said", claimant="Seoul"),
             date("b", 1, "on Thursday", "2023-10-12", "said", claimant="Wang Wenbin"),
             date("c", 1, "on Wednesday", "2023-10-11", "said", claimant="Wang Wenbin")]
    (claim,) = multi(claims_of(facts), "date")
    assert claim.status == "conflict" and set(claim.facts) == {"b:d1", "c:d1"}


def test_dates_years_apart_are_different_occurrences_not_a_conflict():
    facts = [date("a", 1, "in 1998", "1998", "fled"), date("b", 1, "in 2001", "2001", "fled")]
    assert multi(claims_of(facts), "date") == []


def said(src, n, text, claimant):
    """An attribution in sentence n (the sentence a date of test `date(src, n, ...)` sits in)."""
    return Attribution(id=f"{src}:a{n}", source=src, text=text, start=n * 100, end=n * 100 + 40,
                       sentence=n, claimant=claimant)


@pytest.mark.parametrize(
    "event, mates_a, mates_b, one_claim",
    [
        # A generic verb needs evidence from the date's sentence: a shared name ...
        ("checked in", [said("a", 1, "Lohan entered the Betty Ford clinic", "Heller")],
         [said("b", 1, "the actress went to Betty Ford", "police")], True),
        # ... or the same counted thing or number.
        ("arrived", [num("a", 1, "26", 26, 26, "migrants", None)], [num("b", 1, "26", 26, 26, "migrants", None)], True),
        # Negatives: nothing in common, or nothing at all, keeps two check-ins apart.
        ("checked in", [said("a", 1, "Lohan entered the Betty Ford clinic", "Heller")],
         [said("b", 1, "Reid went to Promises in Malibu", "her publicist")], False),
        ("checked in", [], [], False),
        ("met", [], [], False),
        # The same words resolved to the same value are evidence enough.
        ("checked in", [], [date("b", 2, "Thursday night", "2013-05-02TNI", "checked in")], True),
        # A specific event needs no such evidence.
        ("were sent back", [], [], True),
    ],
)
def test_generic_event_dates_need_evidence_from_their_sentence(event, mates_a, mates_b, one_claim):
    facts = [date("a", 1, "Thursday night", "2013-05-02TNI", event), *mates_a,
             date("b", 1, "Friday", "2013-05-03", event), *mates_b]
    assert bool(multi(claims_of(facts), "date")) is one_claim


def test_one_source_dating_an_event_class_twice_gives_two_occurrences():
    # Source a: checked in on Thursday morning (one place) and late Thursday night (another).
    facts = [date("a", 1, "Thursday morning", "2013-05-02TMO", "checked in"), said("a", 1, "Heller said Morningside", "Heller"),
             date("a", 2, "late Thursday night", "2013-05-02TNI", "checked in"), said("a", 2, "the Betty Ford clinic", "Heller"),
             date("b", 1, "Thursday night", "2013-05-02TNI", "checked in"), said("b", 1, "went to Betty Ford", "police")]
    (claim,) = multi(claims_of(facts), "date")
    assert set(claim.facts) == {"a:d2", "b:d1"} and claim.status == "agree"


def test_a_source_dating_an_event_class_years_apart_still_lines_up_each_year():
    # Source a: won in 2005 and in 2004; b: won in 2004. Years apart are occurrences, each one
    # lined up across sources (not a source contradicting itself).
    facts = [date("a", 1, "2005", "2005", "won"), date("a", 2, "2004", "2004", "won"),
             date("b", 1, "2004", "2004", "won")]
    (claim,) = multi(claims_of(facts), "date")
    assert set(claim.facts) == {"a:d2", "b:d1"} and claim.status == "agree"


def test_durations_and_vague_event_dates_make_no_claim():
    facts = [date("a", 1, "25 years", "P25Y", "spent", type_="DURATION"),
             date("c", 1, "June 13", "XXXX-06-13", "published"),
             date("d", 1, "May 3, 2013", "2013-05-03", "published"),
             date("c", 2, "on Friday", "2013-08-02", "made"),
             date("d", 2, "March 2", "XXXX-03-02", "made")]
    assert [c for c in claims_of(facts) if c.kind == "date"] == []


def test_a_date_with_no_event_makes_a_claim_only_when_its_clause_links_it():
    # Nothing says what it dates: no claim. Its frame shared with another source's date of the
    # same day: one claim (frames come from extraction; here they are written by hand).
    alone = [date("b", 1, "on Monday", "XXXX-WXX-1", None)]
    assert [c for c in claims_of(alone) if c.kind == "date"] == []
    linked = [replace(date("a", 1, "on Monday", "2023-10-09", None), participants=("koo", "seoul"), context=("koo", "seoul", "ministry")),
              replace(date("b", 1, "Monday", "2023-10-09", None), participants=("koo", "seoul"), context=("koo", "seoul", "ministry"))]
    (claim,) = multi(claims_of(linked), "date")
    assert claim.status == "agree" and "koo" in claim.basis


# -- quotes ----------------------------------------------------------------------------------

KOO = "Koo Byoung-sam"
UNDER_NO = ("The government's position is that under no circumstances should North Koreans living abroad "
            "be forcibly repatriated against their will")


@pytest.mark.parametrize(
    "b_text, b_speaker, expected",
    [
        (UNDER_NO, KOO, "agree"),
        (UNDER_NO, "Koo Byoungsam", "agree"),  # a spelling variant is the same person
        ("under no circumstances should North Koreans living abroad be forcibly repatriated", KOO, "compatible"),
        ("Under no circumstances should North Korean refugees who are staying abroad be forced to return "
         "against their will", KOO, "compatible"),
        (UNDER_NO, "Wang Wenbin", "conflict"),  # the same words given to someone else
        (UNDER_NO, None, "agree"),  # no named speaker: no conflict
        (UNDER_NO, "the spokesperson", "agree"),  # a description is not a name
        (UNDER_NO, "Koo Min-jun", "conflict"),  # the same surname is not the same person
        (UNDER_NO, "Ministry spokesman Koo Byoung-sam", "agree"),  # a title before the same name
    ],
)
def test_quote_status(b_text, b_speaker, expected):
    facts = [quote("a", 1, UNDER_NO, KOO), quote("b", 1, b_text, b_speaker)]
    (claim,) = multi(claims_of(facts), "quote")
    assert claim.status == expected


def test_compatible_quote_note_names_the_differing_words():
    facts = [quote("a", 1, "Our government regrets this situation and has seriously raised this issue", KOO),
             quote("b", 1, "Our government expresses regret for this situation and has seriously raised this issue", KOO)]
    (claim,) = multi(claims_of(facts), "quote")
    assert claim.status == "compatible"
    assert "a words it differently: “regrets” for “expresses regret for”" in claim.note


@pytest.mark.parametrize(
    "a, b",
    [
        ("Our government regrets this situation", "The rapporteur will visit Seoul next month to meet defectors"),
        ("properly", "we dealt with the situation properly"),  # one word, speakers unknown
    ],
)
def test_different_statements_are_not_lined_up(a, b):
    facts = [quote("a", 1, a, None), quote("b", 1, b, None)]
    assert multi(claims_of(facts), "quote") == []


def test_short_identical_phrase_from_two_speakers_is_no_conflict():
    facts = [quote("a", 1, "economic migrants", "China"), quote("b", 1, "economic migrants", "Human Rights Watch")]
    assert [c.status for c in claims_of(facts) if c.kind == "quote"] == ["single", "single"]


def test_spokesperson_and_the_body_they_speak_for_are_one_voice():
    people = [Person("p1", KOO, "person", (), (Role("a", "spokesman for the Unification Ministry"),)),
              Person("p2", "Unification Ministry", "organization")]
    facts = [quote("a", 1, UNDER_NO, KOO), quote("b", 1, UNDER_NO, "Unification Ministry")]
    (claim,) = multi(claims_of(facts, people), "quote")
    assert claim.status == "agree"


# -- roles -----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("a spokesman for the South's Unification Ministry", "a spokeswoman for South Korea's Unification Ministry",
         "conflict"),
        ("spokesman", "spokesperson", "compatible"),
        ("Unification Ministry spokesperson", "spokesperson of South Korea's Unification Ministry", "compatible"),
        ("China's foreign ministry spokesman", "Chinese Foreign Ministry spokesman", "agree"),
        ("foreign ministry spokesman", "defence ministry spokesman", "conflict"),
        ("foreign minister", "foreign ministry spokesperson", "conflict"),
        ("UN special rapporteur", "UN special rapporteur", "agree"),
        # one title a kind of the other: less specific, not contradictory
        ("prosecutor", "Chief Deputy City Attorney", "compatible"),
        ("a lawyer for the family", "the family's attorney", "compatible"),
        ("a ministry official", "ministry spokesman", "compatible"),
        ("senator", "lawmaker", "compatible"),
        # different jobs, neither a kind of the other
        ("prosecutor", "judge", "conflict"),
        ("senator", "governor", "conflict"),
    ],
)
def test_role_pairs(a, b, expected):
    assert claims_roles.compare_roles(a, b)[0] == expected


def test_role_claim_per_person_across_sources():
    people = [Person("p1", KOO, "person", ("Koo",), (Role("a", "spokesman"), Role("b", "spokesman"),
                                                     Role("c", "spokeswoman")))]
    (claim,) = [c for c in claims_of([], people) if c.kind == "role"]
    assert claim.status == "conflict" and claim.label.startswith(KOO)
    assert "male vs female" in claim.note


# -- events ----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "a, b, same",
    [
        ("were sent back", "repatriated", True),
        ("forcibly returned", "deported", True),
        ("are being held", "imprisoned", True),
        ("sent back", "held", False),
        ("killed", "injured", False),
        ("escaped", "fled", True),
        ("were expelled", "deported", True),  # a doubled final l of the inflection
        ("killed", "slain", True),  # a doubled final l of the stem
        ("expelled", "killed", False),
    ],
)
def test_event_classes(a, b, same):
    assert (event_class(a) == event_class(b)) is same


# -- stories, copies, ids, determinism --------------------------------------------------------

def _story_facts(src, speaker, other, place, rewrite=False):
    if rewrite:  # an independent report of the same story: same names, other words (not a copy)
        return [quote(src, 1, f"Rebuilding {place} is our first task", speaker),
                quote(src, 2, f"The plan for {place} has the backing of {other}", other)]
    return [quote(src, 1, f"We will rebuild {place} within a year", speaker),
            quote(src, 2, f"{other} and {place} agreed on the plan", other)]


def test_two_stories_in_one_folder_are_compared_apart():
    facts = (_story_facts("a", "Maria Lopez", "Juan Ortega", "Valparaiso")
             + _story_facts("b", "Maria Lopez", "Juan Ortega", "Valparaiso", rewrite=True)
             + _story_facts("c", "Tara Reid", "Promises Treatment Center", "Malibu")
             + _story_facts("d", "Tara Reid", "Promises Treatment Center", "Malibu", rewrite=True))
    found = comparison.compare_sources(SOURCES, facts, [])
    stories = found.stories
    assert stories["a"] == stories["b"] != stories["c"] == stories["d"]
    for claim in found.claims:
        assert len({stories[v.source] for v in claim.values}) == 1


def test_copies_follow_their_original_into_its_story():
    # Two unrelated reports, each reprinted once: a reprint is one voice, so it adds no evidence
    # of structure and the grouping is the one of the originals alone (one story: nothing links
    # the two originals, and two sources are never split on no evidence).
    facts = (_story_facts("a", "Maria Lopez", "Juan Ortega", "Valparaiso")
             + _story_facts("c", "Tara Reid", "Promises Treatment Center", "Malibu"))
    alone = comparison.compare_sources([SOURCES[0], SOURCES[2]], facts, [])
    doubled = comparison.compare_sources(SOURCES, facts + _reprint(facts, {"a": "b", "c": "d"}), [])
    assert doubled.copies == {"a": "a", "b": "a", "c": "c", "d": "c"}
    assert doubled.stories["b"] == doubled.stories["a"] and doubled.stories["d"] == doubled.stories["c"]
    assert {alone.stories["a"], alone.stories["c"]} == {doubled.stories["a"], doubled.stories["c"]}


def _reprint(facts, renamed):
    """The same facts in other sources (an identical reprint): `renamed` maps old to new source."""
    return [type(f)(**{**f.__dict__, "id": f.id.replace(f.source + ":", renamed[f.source] + ":"),
                       "source": renamed[f.source]}) for f in facts if f.source in renamed]


def test_sources_without_names_stay_in_the_one_story():
    stories = comparison.compare_sources(SOURCES, [], []).stories
    assert set(stories.values()) == {"s1"}


def test_copies_are_marked_and_not_independent_confirmation():
    body = [quote("a", 1, UNDER_NO, KOO),
            num("a", 2, "as many as 600", None, 600, "North Koreans sent back", "send back"),
            quote("a", 3, "Forced repatriation against one's will is a violation of the international norm", KOO)]
    copy = [type(f)(**{**f.__dict__, "id": f.id.replace("a:", "b:"), "source": "b"}) for f in body]
    result = comparison.compare_sources(SOURCES, body + copy, [])
    assert result.copies == {"a": "a", "b": "a"}
    shared = [c for c in result.claims if c.status != "single"]
    assert shared and all(c.status == "agree" for c in shared)
    assert all("not independent confirmation" in c.note for c in shared)


def test_sources_sharing_one_quote_are_not_copies():
    facts = [quote("a", 1, UNDER_NO, KOO), num("a", 2, "as many as 600", None, 600, "North Koreans", "send back"),
             quote("b", 1, UNDER_NO, KOO), num("b", 2, "nearly 600", 570, 600, "North Koreans", "send back"),
             quote("b", 3, "Our government regrets this situation and has seriously raised this issue", KOO)]
    assert comparison.compare_sources(SOURCES, facts, []).copies == {}


def test_claim_ids_come_from_content_and_output_is_deterministic():
    facts = [num("b", 1, "600", 600, 600, "North Koreans", "sent back"),
             num("a", 1, "600", 600, 600, "North Koreans", "sent back"),
             date("a", 2, "Monday", "XXXX-WXX-1", "sent back"),
             quote("c", 1, UNDER_NO, KOO)]
    first = claims_of(facts)
    again = claims_of(list(reversed(facts)))
    assert first == again
    # The number claim's id depends only on its facts: the same facts alone give the same id.
    (numbers,) = [c for c in first if c.kind == "number"]
    (alone,) = claims_of(facts[:2])
    assert alone.id == numbers.id and len({c.id for c in first}) == len(first)


# -- copies fold into the same claims ----------------------------------------------------------

def _brief(src):
    """A short report with one fact of each kind, one number that can never line up (no subject,
    no event) and a spokesperson's role."""
    return [num(src, 1, "as many as 600", None, 600, "North Koreans sent back", "send back"),
            num(src, 2, "26", 26, 26, None, None),
            date(src, 3, "Monday night", "2023-10-09TNI", "sent back"),
            quote(src, 4, UNDER_NO, KOO)]


@pytest.mark.parametrize("reprints", [1, 3, 12])
def test_identical_reprints_fold_into_the_same_claims(reprints):
    others = [Source(f"r{i}", f"r{i}.txt", "") for i in range(reprints)]
    people = [Person("p1", KOO, "person", roles=(Role("a", "spokesman"),))]
    alone = claims_of(_brief("a"), people, SOURCES[:1])
    copies_ = [f for i in range(reprints) for f in _reprint(_brief("a"), {"a": f"r{i}"})]
    people_all = [Person("p1", KOO, "person", roles=tuple(Role(s.id, "spokesman") for s in SOURCES[:1] + others))]
    doubled = claims_of(_brief("a") + copies_, people_all, SOURCES[:1] + others)
    assert len(doubled) == len(alone)
    assert [c.label for c in doubled] == [c.label for c in alone]
    # Every claim now holds the original and each reprint, and they agree (not independently).
    for claim in doubled:
        assert len({v.source for v in claim.values}) == reprints + 1
        assert claim.status == "agree"
    assert all(v.copy_of == "a" for c in doubled for v in c.values)


def _in(src, facts):
    return _reprint(facts, {f.source: src for f in facts})


SHORT_QUOTE = quote("a", 4, "we regret this deeply and", KOO)


@pytest.mark.parametrize(
    "facts_a, facts_b, copies_expected",
    [
        (_brief("a"), _in("b", _brief("a")), True),  # every fact the same, in order: a reprint
        (_brief("a")[:3], _in("b", _brief("a")[:3]), True),  # however short, when it says a few words
        (_brief("a")[2:3], _in("b", _brief("a")[2:3]), False),  # one two-word date: chance
        ([SHORT_QUOTE] * 2, _in("b", [SHORT_QUOTE] * 2), False),  # quotes only: outlets quote alike
        (_brief("a"), _in("b", _brief("a")[:3]), False),  # a fact missing: not identical, too short
    ],
)
def test_identical_fact_streams_make_copies_only_with_evidence(facts_a, facts_b, copies_expected):
    result = comparison.compare_sources(SOURCES[:2], facts_a + facts_b, [])
    assert bool(result.copies) is copies_expected

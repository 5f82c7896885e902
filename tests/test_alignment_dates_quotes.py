"""Cross-source alignment of dates, quotes, roles and stories (issue 9): tables of constructed
facts with sentences written for these tests, each rule with its negatives."""

from __future__ import annotations

import pytest

from newsdiff.compare import comparison, stories
from newsdiff.compare import dates as claims_dates
from newsdiff.compare import quotes as claims_quotes
from newsdiff.compare import roles as claims_roles
from newsdiff.model import DateFact, Quote, Source, Status

SOURCES = [Source(sid, f"{sid}.txt", "") for sid in ("a", "b", "c", "d")]


def dated(src, n, text, value, event=None, anchor=None, context=(), participants=(), claimant=None):
    """A date fact as the extractor gives it: words, TIMEX3 value, anchor and the clause's frame."""
    return DateFact(id=f"{src}:d{n}", source=src, text=text, start=n * 100, end=n * 100 + len(text),
                    sentence=n, value=value, event=event, anchor=anchor, context=tuple(context),
                    participants=tuple(participants), claimant=claimant)


def conflicts(facts, sources=SOURCES):
    claims = comparison.compare_sources(sources, facts, []).claims
    return [c for c in claims if c.status == Status.CONFLICT]


# -- what was written, not the resolver's guess -----------------------------------------------

@pytest.mark.parametrize(
    "a, b, expected",
    [
        # Two articles' "Saturday", resolved against publication dates a week apart: one weekday.
        (("Saturday", "2015-11-21", "published"), ("Saturday", "2015-11-28", "published"), "agree"),
        (("Saturday", "2015-11-21", "published"), ("November 28, 2015", "2015-11-28", None), "agree"),
        (("Saturday", "2015-11-21", "published"), ("Sunday", "2015-11-22", "published"), "conflict"),
        (("late Saturday", "2015-11-28", "published"), ("Tuesday, Nov. 24, 2015", "2015-11-24", None), "conflict"),
        # A month and day without a year: the year was guessed, the day was written.
        (("June 24", "2013-06-24", "published"), ("June 24, 2012", "2012-06-24", None), "agree"),
        (("June 24", "2013-06-24", "published"), ("June 27, 2013", "2013-06-27", None), "conflict"),
        # A day read from the publication date alone ("today", a bare clock time) never conflicts.
        (("today", "2015-11-27", "published"), ("Thursday", "2015-11-26", "published"), "compatible"),
        (("5:04 p.m.", "2015-11-27T17:04", "published"), ("12:30 p.m. Saturday", "2015-11-28T12:30", "published"),
         "compatible"),
        (("today", "2015-11-27", "published"), ("Friday", "2015-11-27", "published"), "agree"),
        # A night and the next day with no time given: the same night either side of midnight.
        (("Sunday night", "XXXX-WXX-7TNI", None), ("Monday", "XXXX-WXX-1", None), "compatible"),
        (("Sunday", "XXXX-WXX-7", None), ("Monday", "XXXX-WXX-1", None), "conflict"),
        (("Sunday afternoon", "XXXX-WXX-7TAF", None), ("Monday", "XXXX-WXX-1", None), "conflict"),
        (("late Sunday night", "XXXX-WXX-7TNI", None), ("early Monday morning", "XXXX-WXX-1TMO", None), "compatible"),
        (("Sunday evening", "XXXX-WXX-7TEV", None), ("Monday morning", "XXXX-WXX-1TMO", None), "conflict"),
        # Written in full on both sides: compared as resolved.
        (("Oct. 9, 2023", "2023-10-09", None), ("Oct. 10, 2023", "2023-10-10", None), "conflict"),
    ],
)
def test_anchored_dates_compare_on_what_was_written(a, b, expected):
    wa = claims_dates.written(dated("a", 1, a[0], a[1], anchor=a[2]))
    wb = claims_dates.written(dated("b", 1, b[0], b[1], anchor=b[2]))
    assert claims_dates.compare_pair(wa, wb)[0] == expected


# -- the event a date belongs to ----------------------------------------------------------------

@pytest.mark.parametrize(
    "event, context, participants, expected",
    [
        (None, ("gunman", "saturday's", "shooting"), (), {"shoot"}),  # "Saturday's shooting"
        ("shot", ("vigil", "candles"), (), {"shoot"}),  # the verb wins over nouns of its clause
        ("allowed", ("fire", "homes", "residents"), (), {"burn", "allow"}),  # unknown verb: its nouns too
        (None, ("deaths", "crash"), (), {"kill", "crash"}),
        (None, ("injuries", "killings", "riders"), (), {"injure", "kill"}),  # plurals read by frame.singular
        # Negatives: a film title is not a fire; a clause naming no event gives none.
        (None, ("catching", "fire", "sequel"), ("catching", "fire"), set()),
        (None, ("roads", "closed", "area"), (), set()),
    ],
)
def test_events_of_a_date_from_its_verb_or_its_clause_nouns(event, context, participants, expected):
    fact = dated("a", 1, "Saturday", "XXXX-WXX-6", event=event, context=context, participants=participants)
    assert claims_dates._events(fact) == expected


@pytest.mark.parametrize("verb, expected", [("was", ""), ("shot", "shoot"), ("said", "say")])
def test_the_event_of_a_date_is_empty_for_a_verb_with_no_lemma(verb, expected):
    fact = dated("a", 1, "Saturday", "XXXX-WXX-6", event=verb)
    assert claims_dates._event(fact) == expected


@pytest.mark.parametrize(
    "event, one_claim",
    [
        ("left", True),  # a verb too general to name the event: the clause still lines the dates up
        ("took", True),
        ("was published", False),  # a date of the page itself makes no claim
        ("updated", False),
    ],
)
def test_general_verbs_leave_a_date_to_its_clause_and_page_dates_make_no_claim(event, one_claim):
    clause = ("tore", "ligament", "knee", "loss", "seattle")
    facts = [dated("a", 1, "Sunday", "XXXX-WXX-7", event, context=clause, participants=("seattle",)),
             dated("b", 1, "Sunday", "XXXX-WXX-7", event, context=clause, participants=("seattle",))]
    claims = [c for c in comparison.compare_sources(SOURCES, facts, []).claims if c.kind == "date"]
    assert bool(claims) is one_claim


def test_a_noun_event_and_a_verb_event_meet_and_conflict():
    # a: "Saturday's shooting outside the Blue Heron bar"; b: "was shot on Sunday outside the bar".
    facts = [dated("a", 1, "Saturday", "XXXX-WXX-6", None, context=("shooting", "outside", "heron", "bar"),
                   participants=("blue", "heron")),
             dated("b", 1, "Sunday", "XXXX-WXX-7", "was shot", context=("outside", "heron", "bar"),
                   participants=("blue", "heron"))]
    (claim,) = conflicts(facts)
    assert set(claim.facts) == {"a:d1", "b:d1"} and "same event (shoot)" in claim.basis


def test_dates_of_different_events_of_one_story_stay_apart():
    # a: "a vigil was planned for Monday"; b: "the shooting early Saturday" (same names around).
    facts = [dated("a", 1, "Monday", "XXXX-WXX-1", "planned", context=("vigil", "victims", "heron"),
                   participants=("heron",)),
             dated("b", 1, "early Saturday", "XXXX-WXX-6", "was shot", context=("bar", "heron"),
                   participants=("heron",))]
    assert conflicts(facts) == []


@pytest.mark.parametrize(
    "context_a, context_b, decisive",
    [
        # Verbs of no known event: names and words decide only when the clauses share several.
        (("three", "hospital"), ("three", "patients"), False),  # one rare word ("three")
        (("harbor", "ferry"), ("harbor", "ferry", "pier"), False),  # two
        (("harbor", "ferry", "capsized", "pier"), ("harbor", "ferry", "capsized", "pier"), True),
    ],
)
def test_names_and_words_alone_decide_only_when_several_are_shared(context_a, context_b, decisive):
    a = dated("a", 1, "Monday", "XXXX-WXX-1", "remained", context=context_a)
    b = dated("b", 1, "Tuesday", "XXXX-WXX-2", "lingered", context=context_b)
    # A story of many dates, so that each of these words is rare in it.
    others = [{f"filler{i}"} for i in range(60)]
    rarity = claims_dates.Rarity([*others, set(context_a), set(context_b)])
    when_of = {f.id: claims_dates.written(f) for f in (a, b)}
    link = claims_dates._evidence(a, b, claims_dates._Story(when_of, rarity, {}, {}))
    assert link is not None and link.decisive is decisive


@pytest.mark.parametrize(
    "verb_b, context_b, decisive",
    [
        # Two different verbs of no known class ("reopened" / "inspected"): three shared rare
        # words are not enough for a conflict; four are.
        ("inspected", ("pawnshop", "riverside", "ledger"), False),
        ("inspected", ("pawnshop", "riverside", "ledger", "auction"), True),
        # The other date's clause names the first one's verb ("... inspected the pawnshop Friday,
        # before it reopened"): the extractor may have given it a neighbouring verb, three do.
        ("inspected", ("pawnshop", "riverside", "ledger", "reopened"), True),
        # No verb at all on one side: three shared words decide, as before.
        (None, ("pawnshop", "riverside", "ledger"), True),
    ],
)
def test_different_verbs_need_one_more_shared_word(verb_b, context_b, decisive):
    # a: "the Riverside pawnshop reopened Monday, its ledger ..."
    a = dated("a", 1, "Monday", "XXXX-WXX-1", "reopened", context=("pawnshop", "riverside", "ledger", "auction"))
    b = dated("b", 1, "Friday", "XXXX-WXX-5", verb_b, context=context_b)
    others = [{f"filler{i}"} for i in range(60)]
    rarity = claims_dates.Rarity([*others, set(a.context), set(b.context)])
    when_of = {f.id: claims_dates.written(f) for f in (a, b)}
    link = claims_dates._evidence(a, b, claims_dates._Story(when_of, rarity, {}, {}))
    assert link is not None and link.decisive is decisive


@pytest.mark.parametrize(
    "verb_a, context_a, decisive",
    [
        # "checked out of the Lakeview clinic on Thursday" / "checked into the Lakeview clinic
        # early Friday": a date's own verb ("checked" in "checked out") is not the other's event
        # named in its clause; three shared words do not make a conflict of two verbs.
        ("checked out", ("checked", "clinic", "lakeview", "harmon"), False),
        # ... while a clause that names the other verb besides its own does.
        ("discharged", ("checked", "clinic", "lakeview", "harmon"), True),
    ],
)
def test_a_dates_own_verb_is_not_another_event_of_its_clause(verb_a, context_a, decisive):
    a = dated("a", 1, "Thursday", "XXXX-WXX-4", verb_a, context=context_a)
    b = dated("b", 1, "early Friday", "XXXX-WXX-5", "checked", context=("clinic", "lakeview", "harmon"))
    others = [{f"filler{i}"} for i in range(60)]
    rarity = claims_dates.Rarity([*others, set(a.context), set(b.context)])
    when_of = {f.id: claims_dates.written(f) for f in (a, b)}
    link = claims_dates._evidence(a, b, claims_dates._Story(when_of, rarity, {}, {}))
    assert link is not None and link.decisive is decisive


@pytest.mark.parametrize(
    "names_a, names_b, other_agents",
    [
        # "Creighton defeated Drake on Friday" / "Drake had defeated Bradley on Thursday": each
        # source names both teams somewhere, and ties its date to a different one.
        ({"creighton", "bradley", "drake"}, {"bradley", "creighton", "drake"}, True),
        # The other outlet never names the place or person nearest the date ("voters in Ashgabat
        # cast ballots Sunday" / "Turkmenistan voted Sunday"): no sign of another occasion.
        ({"creighton", "drake"}, {"bradley", "drake"}, False),
        ({"creighton", "bradley"}, {"bradley"}, False),
    ],
)
def test_other_agents_only_when_each_source_knows_the_other_name(names_a, names_b, other_agents):
    a = dated("a", 1, "Friday", "XXXX-WXX-5", "defeated", participants=("creighton", "drake"))
    b = dated("b", 1, "Thursday", "XXXX-WXX-4", "defeated", participants=("bradley", "drake"))
    story = claims_dates._Story({}, claims_dates.Rarity([]), {}, {"a": names_a, "b": names_b})
    assert claims_dates._other_agents(a, b, story) is other_agents


def test_a_place_named_by_one_outlet_only_does_not_keep_one_event_apart():
    # a: "Voters in Harbourton cast their ballots on Sunday in the parliamentary election";
    # b: "Veloria voted Sunday in a parliamentary election": a Wednesday in b (an error) conflicts.
    facts = [dated("a", 1, "Sunday", "XXXX-WXX-7", "cast", context=("ballots", "parliamentary", "election", "harbourton"),
                   participants=("harbourton",)),
             dated("b", 1, "Wednesday", "XXXX-WXX-3", "voted", context=("parliamentary", "election", "veloria"),
                   participants=("veloria",))]
    (claim,) = conflicts(facts)
    assert {"a:d1", "b:d1"} <= set(claim.facts)


FILLERS = [dated("d", n, str(1950 + n), str(1950 + n), context=(f"topic{n}",)) for n in range(2, 42)]


@pytest.mark.parametrize("third_shares, one_claim", [(("parliament", "sham", "reclusive"), True), ((), False)])
def test_a_third_source_vouches_for_a_weak_pair_of_a_conflict(third_shares, one_claim):
    # a: "Veloria voted Wednesday in a parliamentary election" (an error for Sunday);
    # c: "Voters in Veloria cast ballots Sunday for a parliament critics call a sham";
    # b: "a parliament Sunday in a vote heralded by the reclusive government, a sham to critics":
    # a and b share little (b's verb is not a's), c is plainly both a's and b's fact.
    a = dated("a", 1, "Wednesday", "XXXX-WXX-3", "voted", context=("parliamentary", "election", "veloria"),
              participants=("veloria",))
    c = dated("c", 1, "Sunday", "XXXX-WXX-7", "cast", context=("parliamentary", "election", "veloria", *third_shares),
              participants=("veloria",))
    b = dated("b", 1, "Sunday", "XXXX-WXX-7", "heralded", context=("parliament", "sham", "reclusive", "veloria"),
              participants=("veloria",))
    claims = conflicts([a, b, c, *FILLERS])
    assert any({"a:d1", "b:d1"} <= set(claim.facts) for claim in claims) is one_claim


@pytest.mark.parametrize("noun", ["game", "match", "playoff"])
def test_a_game_named_by_a_noun_is_not_an_arrest(noun):
    # a: "the status of receiver Jones for Sunday's {noun}"; b: "receiver Jones was arrested
    # Tuesday on suspicion ...": the same names around two events of the story.
    a = dated("a", 1, "Sunday", "XXXX-WXX-7", None, context=(noun, "status", "receiver", "jones"),
              participants=("jones",))
    b = dated("b", 1, "Tuesday", "XXXX-WXX-2", "was arrested", context=("suspicion", "receiver", "jones"),
              participants=("jones",))
    assert conflicts([a, b, *FILLERS]) == []
    # Negative: with no event named by a's clause, the same names and words make a conflict.
    a_bare = dated("a", 1, "Sunday", "XXXX-WXX-7", None, context=("status", "receiver", "jones"), participants=("jones",))
    assert conflicts([a_bare, b, *FILLERS]) != []


@pytest.mark.parametrize(
    "a, b, far",
    [
        # A month and day with no year against a full date: compared within the year.
        (("March 20", "XXXX-03-20", None), ("June 24, 2005", "2005-06-24", None), True),
        (("Jan. 6", "XXXX-01-06", None), ("Sunday, February 1, 2009", "2009-02-01", None), True),
        (("Dec. 30", "XXXX-12-30", None), ("Jan. 2, 2009", "2009-01-02", None), False),  # across New Year
        (("June 24", "XXXX-06-24", None), ("June 27, 2005", "2005-06-27", None), False),
        # a year guessed from the publication date is not a year apart from the one written
        (("June 24", "2013-06-24", "published"), ("June 24, 2012", "2012-06-24", None), False),
        # both written in full: as resolved
        (("June 24, 2005", "2005-06-24", None), ("June 24, 2006", "2006-06-24", None), True),
        # a weekday with no anchor has no place in the year
        (("Sunday", "XXXX-WXX-7", None), ("June 24, 2005", "2005-06-24", None), False),
    ],
)
def test_dates_far_apart_are_two_occurrences(a, b, far):
    wa = claims_dates.written(dated("a", 1, a[0], a[1], anchor=a[2]))
    wb = claims_dates.written(dated("b", 1, b[0], b[1], anchor=b[2]))
    assert claims_dates._far_apart(wa, wb) is far


@pytest.mark.parametrize(
    "extra_a, extra_b, decisive",
    [
        # "Two dock workers were arrested ..., police said Tuesday" / "..., officials announced
        # Friday": both sentences report the same counted thing, one announcement of one piece of news.
        ({"thing:dock", "thing:worker", "value:2"}, {"thing:dock", "thing:worker", "value:2"}, True),
        # Unnamed speakers sharing only names and words ("Harbor", "said"): often two statements
        # made on two days; they may share a claim, never a conflict.
        ({"name:harbor", "name:rivert"}, {"name:harbor", "name:rivert"}, False),
        ({"value:2"}, {"value:2"}, False),
    ],
)
def test_unnamed_speakers_conflict_only_over_the_same_reported_fact(extra_a, extra_b, decisive):
    a = dated("a", 1, "Tuesday", "XXXX-WXX-2", "said", context=("police", "said", "harbor", "rivertown"))
    b = dated("b", 1, "Friday", "XXXX-WXX-5", "announced", context=("officials", "announced", "harbor", "rivertown"))
    extra = {"a:d1": frozenset(extra_a), "b:d1": frozenset(extra_b)}
    others = [{f"filler{i}"} for i in range(60)]
    rarity = claims_dates.Rarity([*others, claims_dates._bag(a, extra), claims_dates._bag(b, extra)])
    when_of = {f.id: claims_dates.written(f) for f in (a, b)}
    link = claims_dates._evidence(a, b, claims_dates._Story(when_of, rarity, extra, {}))
    assert link is not None and link.decisive is decisive


def test_a_conflict_needs_the_disagreeing_dates_themselves_linked():
    # a and b date one arrest (same event, same names); c shares several words with b's clause
    # but nothing with a's: c's Friday may not join a's Monday through b.
    facts = [dated("a", 1, "Monday", "XXXX-WXX-1", "arrested", context=("suspect", "jane", "roe"),
                   participants=("jane", "roe")),
             dated("b", 1, "Monday", "XXXX-WXX-1", "arrested",
                   context=("suspect", "jane", "roe", "pawnshop", "riverside", "ledger"),
                   participants=("riverside", "jane", "roe")),
             dated("c", 1, "Friday", "XXXX-WXX-5", "reopened", context=("pawnshop", "riverside", "ledger"),
                   participants=("riverside",)),
             # Other dates of the story (years apart, of other things), so that those words are rare.
             *(dated("d", n, str(1950 + n), str(1950 + n), context=(f"topic{n}",)) for n in range(2, 42))]
    assert all(not {"a:d1", "c:d1"} <= set(c.facts) for c in conflicts(facts))


# -- quotes carry why they were joined -----------------------------------------------------------

@pytest.mark.parametrize(
    "text_a, text_b, basis_part",
    [
        ("We will rebuild every school before winter comes", "We will rebuild every school before winter comes",
         "the same words"),
        ("We will rebuild every school before winter comes", "rebuild every school", "a fragment of the other"),
        ("We will rebuild every single school before the winter comes", "We will rebuild every school before winter comes",
         "in the same order"),
    ],
)
def test_quote_claims_say_why_their_quotes_were_joined(text_a, text_b, basis_part):
    facts = [Quote(id="a:q1", source="a", text=text_a, start=0, end=len(text_a), sentence=0, speaker="Ana Ruiz"),
             Quote(id="b:q1", source="b", text=text_b, start=0, end=len(text_b), sentence=0, speaker="Ana Ruiz")]
    (claim,) = claims_quotes.build(facts, [], {"a": 0, "b": 1})
    assert basis_part in claim.basis and "speaker: Ana Ruiz" in claim.basis


def test_a_quote_in_one_source_has_no_basis():
    fact = Quote(id="a:q1", source="a", text="We will rebuild", start=0, end=15, sentence=0, speaker="Ana Ruiz")
    (claim,) = claims_quotes.build([fact], [], {"a": 0})
    assert claim.basis == ""


# -- roles ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("KCPD Chief", "Kansas City Police Chief", "compatible"),  # the initials of the same force
        ("NYPD spokesman", "police spokesman", "compatible"),
        ("Foreign Ministry spokesman", "Defense Ministry spokesman", "conflict"),  # negative
        ("CEO of Apple", "CEO of Microsoft", "conflict"),  # a title in capitals is not initials
    ],
)
def test_an_organization_in_initials_never_conflicts(a, b, expected):
    assert claims_roles.compare_roles(a, b)[0] == expected


# -- stories -------------------------------------------------------------------------------------

def _said(source, n, text):
    return Quote(id=f"{source}:q{n}", source=source, text=text, start=n, end=n + 1, sentence=n)


def test_follow_up_reports_join_the_first_reports_as_a_group():
    # a and b: the first reports (they share two names); c and d: follow-ups (two other names).
    # No source of one group shares two keys with a source of the other, but the groups share two
    # names between them (b and c name Ilse Brandt, a and d Omar Kessler).
    facts = [_said("a", 1, "we saw Dana Pruitt at Maple Court"), _said("a", 2, "ask Omar Kessler"),
             _said("b", 1, "ask Dana Pruitt about Maple Court"), _said("b", 2, "ask Ilse Brandt"),
             _said("c", 1, "ask Ruth Oyelaran about Tobias Wren"), _said("c", 2, "ask Ilse Brandt"),
             _said("d", 1, "ask Ruth Oyelaran about Tobias Wren"), _said("d", 2, "ask Omar Kessler")]
    story = stories.group(SOURCES, facts, [], copy_of={s.id: s.id for s in SOURCES})
    assert len(set(story.values())) == 1


def test_groups_sharing_no_key_stay_two_stories():
    facts = [_said("a", 1, "Mayor Elena Sorvino opened the Harbor Line tram"),
             _said("b", 1, "Mayor Elena Sorvino praised the Harbor Line tram"),
             _said("c", 1, "Coach Piet Varga signed striker Ines Kowal"),
             _said("d", 1, "Coach Piet Varga said striker Ines Kowal will start")]
    story = stories.group(SOURCES, facts, [], copy_of={s.id: s.id for s in SOURCES})
    assert story["a"] == story["b"] != story["c"] == story["d"]


@pytest.mark.parametrize("a_also_says_sunday, conflict", [(True, False), (False, True)])
def test_a_source_that_also_gives_the_other_day_of_the_event_does_not_disagree(a_also_says_sunday, conflict):
    # a: "Saturday's shooting outside the Blue Heron bar", and (or not) "a shooting Sunday at a
    # Riverton gas station" later on; b: "was shot on Sunday outside the Blue Heron bar". When a
    # dates a shooting to Sunday itself, its Saturday is another occasion, not a disagreement.
    a = dated("a", 1, "Saturday", "XXXX-WXX-6", None, context=("shooting", "outside", "heron", "bar"),
              participants=("blue", "heron"))
    b = dated("b", 1, "Sunday", "XXXX-WXX-7", "was shot", context=("outside", "heron", "bar"),
              participants=("blue", "heron"))
    also = [dated("a", 2, "Sunday", "XXXX-WXX-7", None, context=("shooting", "gas", "station"),
                  participants=("riverton",))] if a_also_says_sunday else []
    found = conflicts([a, b, *also])
    assert any({"a:d1", "b:d1"} <= set(claim.facts) for claim in found) is conflict


def _link(a, b, extra=None):
    """The evidence between two date facts of a story of 60 other, unrelated facts."""
    extra = extra or {}
    others = [{f"filler{i}"} for i in range(60)]
    rarity = claims_dates.Rarity([*others, claims_dates._bag(a, extra), claims_dates._bag(b, extra)])
    when_of = {f.id: claims_dates.written(f) for f in (a, b)}
    return claims_dates._evidence(a, b, claims_dates._Story(when_of, rarity, extra, {}))


@pytest.mark.parametrize(
    "event, planned",
    [
        ("meet", True),  # "the finalists will meet on Saturday"
        ("vote", True),  # "is due to vote on Monday"
        ("defeated", False),
        ("held", False),
        ("set", False),  # its past form is its base: read as past ("the fire was set Monday")
        ("said", False),  # a date of speaking is never a plan
        (None, False),
    ],
)
def test_a_base_form_verb_dates_a_plan(event, planned):
    fact = dated("a", 1, "Saturday", "XXXX-WXX-6", event)
    assert claims_dates._planned(fact) is planned


@pytest.mark.parametrize(
    "verb_b, decisive",
    [
        # "will meet the Hawks in the final Saturday" / "beat the Hawks Friday": a plan and what
        # happened, never one event however many names they share
        ("meet", False),
        # negatives: two past forms of no known class, or two plans, decide on shared names
        ("outplayed", True),
        ("play", True),
    ],
)
def test_what_happened_and_what_is_planned_are_two_events(verb_b, decisive):
    names = ("hawks", "riverton", "falcons")
    a = dated("a", 1, "Friday", "XXXX-WXX-5", "outlasted" if verb_b != "play" else "face",
              context=("final", "hawks", "riverton", "falcons", "arena"), participants=names)
    b = dated("b", 1, "Saturday", "XXXX-WXX-6", verb_b,
              context=("final", "hawks", "riverton", "falcons", "arena"), participants=names)
    link = _link(a, b)
    assert link is not None and link.decisive is decisive


@pytest.mark.parametrize(
    "verb_a, verb_b, names_b, decisive",
    [
        # "The film academy announced Friday that Ada Lark will host" / "Lark was announced Monday
        # as host by the academy": one announcement of one piece of news
        ("announced", "announced", ("academy", "lark"), True),
        # negatives: only one name in common, different verbs, or plain saying: unnamed people
        # say things on many days
        ("announced", "announced", ("lark",), False),
        ("announced", "said", ("academy", "lark"), False),
        ("said", "said", ("academy", "lark"), False),
    ],
)
def test_unnamed_announcements_of_the_same_news_conflict(verb_a, verb_b, names_b, decisive):
    a = dated("a", 1, "Friday", "XXXX-WXX-5", verb_a, context=("academy", "lark", "host", "ceremony"),
              participants=("academy", "lark"))
    b = dated("b", 1, "Monday", "XXXX-WXX-1", verb_b, context=("academy", "lark", "host", "ceremony"),
              participants=names_b)
    link = _link(a, b)
    assert link is not None and link.decisive is decisive


@pytest.mark.parametrize(
    "third_text, third_value, one_claim",
    [
        ("Sunday", "XXXX-WXX-7", True),
        # the third gives the same day in other words: a time of day, or a full date on a Sunday
        ("Sunday evening", "XXXX-WXX-7TEV", True),
        ("June 7, 2015", "2015-06-07", True),
        # negative: the third gives another day, so it vouches for neither's day
        ("Saturday evening", "XXXX-WXX-6TEV", False),
    ],
)
def test_a_third_source_vouches_for_the_day_in_any_wording(third_text, third_value, one_claim):
    # The pair of `test_a_third_source_vouches_for_a_weak_pair_of_a_conflict`; the third source
    # writes the day its own way.
    a = dated("a", 1, "Wednesday", "XXXX-WXX-3", "voted", context=("parliamentary", "election", "veloria"),
              participants=("veloria",))
    c = dated("c", 1, third_text, third_value, "cast",
              context=("parliamentary", "election", "veloria", "parliament", "sham", "reclusive"), participants=("veloria",))
    b = dated("b", 1, "Sunday", "XXXX-WXX-7", "heralded", context=("parliament", "sham", "reclusive", "veloria"),
              participants=("veloria",))
    claims = conflicts([a, b, c, *FILLERS])
    assert any({"a:d1", "b:d1"} <= set(claim.facts) for claim in claims) is one_claim

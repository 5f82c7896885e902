"""Story grouping rules (newsdiff.compare.stories), each on constructed facts with a negative."""

from itertools import combinations, permutations

import pytest

from newsdiff.compare import stories
from newsdiff.model import DateFact, Number, Quote


def _date(source, value, anchor=None):
    return DateFact(id=f"{source}:d{value}", source=source, text=value, start=0, end=1, sentence=0,
                    value=value, anchor=anchor)


@pytest.mark.parametrize("dates, expected", [
    ([("2013-05-02", None), ("2013-05-02", None), ("2010-01-01", None)], {(2013, 5, 2)}),
    ([("XXXX-12-09", None)], {(None, 12, 9)}),
    ([("2013-05-02", "reference")], set()),  # resolved against the reference date: not the text's
    ([("2013", None), ("2013-05", None)], set()),  # not day-precise
])
def test_event_dates_are_the_most_frequent_written_days(dates, expected):
    facts = [_date("a", v, anchor) for v, anchor in dates]
    assert stories.event_dates(facts) == expected


@pytest.mark.parametrize("a, b, shared, conflict", [
    ({(2008, 12, 9)}, {(2013, 5, 3)}, False, True),  # years apart
    ({(2013, 5, 2)}, {(2013, 5, 3)}, False, False),  # a day apart: same event
    ({(2008, 12, 9)}, {(2013, 5, 3)}, True, False),  # a shared full date: no conflict
    ({(None, 2, 24)}, {(2013, 8, 12)}, False, True),  # no year: months round the calendar
    ({(None, 12, 30)}, {(2013, 1, 5)}, False, False),  # no year, close across new year
    (set(), {(2013, 5, 3)}, False, False),  # one group without a main date: no evidence
])
def test_eras_conflict_only_when_all_main_dates_are_far(a, b, shared, conflict):
    dates_a = {"date:2013-05-03"} if shared else {"date:2008-12-09"}
    dates_b = {"date:2013-05-03"}
    assert stories.eras_conflict(a, b, dates_a, dates_b) is conflict


@pytest.mark.parametrize("held, key, weight", [
    ([{"x", "t"}, {"x", "t"}, {"t"}, {"t"}], "t", 0.0),  # in every source: the subject, weighs nothing
    ([{"x", "t"}, {"x", "t"}, {"t"}, {"t"}], "x", 1.0),  # only two sources hold it: the unit
    ([{"x", "t"}, {"x", "t"}, {"x", "t"}, {"t"}], "x", pytest.approx(0.415, abs=1e-3)),  # log(4/3) / log(4/2)
])
def test_key_weights_favour_rare_keys(held, key, weight):
    assert stories.key_weights(held)[key] == weight


@pytest.mark.parametrize("n, holders, weight", [
    (4, 2, 1.0), (40, 2, 1.0), (4000, 2, 1.0),  # a key only a pair holds weighs the same at any size
    (4, 4, 0.0), (4000, 4000, 0.0),  # a key every source holds weighs nothing at any size
    (40, 20, pytest.approx(0.231, abs=1e-3)),  # half the sources: far below a pair's key
    (4000, 200, pytest.approx(0.394, abs=1e-3)),  # one in twenty among thousands: still below the unit
])
def test_key_weights_do_not_grow_with_the_number_of_sources(n, holders, weight):
    held = [{"k", f"own{i}"} if i < holders else {f"own{i}"} for i in range(n)]
    assert stories.key_weights(held)["k"] == weight


@pytest.mark.parametrize("a, size_a, b, size_b, expected", [
    ({"x": 1, "y": 1}, 1, {"x": 1, "y": 1}, 1, 2.0),  # two sources: their link score
    ({"x": 2}, 2, {"x": 1}, 1, 1.0),  # both members hold the key: every pair shares it
    ({"x": 1}, 2, {"x": 1}, 1, 0.5),  # one member of two holds it: half the pairs share it
    ({"x": 1}, 3, {"z": 3}, 3, 0.0),  # nothing in common
])
def test_average_link_score_between_groups(a, size_a, b, size_b, expected):
    from collections import Counter
    weight = {"x": 1.0, "y": 1.0, "z": 1.0}
    assert stories._average(Counter(a), size_a, Counter(b), size_b, weight) == pytest.approx(expected)


def _quote(source, n, text):
    return Quote(id=f"{source}:q{n}", source=source, text=text, start=0, end=1, sentence=0)


def _number(source, n, value, subject):
    return Number(id=f"{source}:n{n}", source=source, text=str(value), start=0, end=1, sentence=0,
                  value=value, subject=subject)


@pytest.mark.parametrize("fact, key", [
    (_quote("a", 1, "we will never give up on the people of this town"),
     "quote:we will never give up on the people of this town"),
    (_number("a", 1, 46.0, "KOs"), "number:46 kos"),
])
def test_quotes_and_numbers_with_subject_are_keys(fact, key):
    assert key in stories.source_keys([fact], [], "a")


@pytest.mark.parametrize("fact, prefix", [
    (_quote("a", 1, "no comment at all"), "quote:"),  # too short to be evidence
    (_number("a", 1, 46.0, None), "number:"),  # a number without subject says nothing
])
def test_short_quotes_and_bare_numbers_are_not_keys(fact, prefix):
    assert not any(k.startswith(prefix) for k in stories.source_keys([fact], [], "a"))


def _event(source, day, place):
    """A source reporting an event at `place` on `day`, with names shared by both events."""
    return [_date(source, day), _date(source, day),
            _quote(source, 1, f"Tara Reid checked into Promises Treatment Center in {place}"),
            _quote(source, 2, f"Jack Ketsoyan said the stay at {place} would be short")]


def test_groups_with_main_dates_years_apart_are_two_stories():
    from newsdiff.model import Source
    sources = [Source(s, s, "") for s in "abcd"]
    facts = (_event("a", "2008-12-09", "Malibu Beach") + _event("b", "2008-12-09", "Malibu Beach")
             + _event("c", "2013-05-03", "Newport Beach") + _event("d", "2013-05-03", "Newport Beach"))
    story = stories.group(sources, facts, [], copy_of={s.id: s.id for s in sources})
    assert story["a"] == story["b"] != story["c"] == story["d"]


def test_groups_with_close_main_dates_stay_one_story():
    from newsdiff.model import Source
    sources = [Source(s, s, "") for s in "abcd"]
    facts = (_event("a", "2013-05-02", "Malibu Beach") + _event("b", "2013-05-02", "Malibu Beach")
             + _event("c", "2013-05-03", "Malibu Beach") + _event("d", "2013-05-03", "Malibu Beach"))
    story = stories.group(sources, facts, [], copy_of={s.id: s.id for s in sources})
    assert len(set(story.values())) == 1


def _attribution(source, n, text, claimant=None):
    from newsdiff.model import Attribution
    return Attribution(id=f"{source}:a{n}", source=source, text=text, start=0, end=1, sentence=0,
                       claimant=claimant)


def _count(source, n, value, subject, participants=()):
    return Number(id=f"{source}:n{n}", source=source, text=str(value), start=0, end=1, sentence=0,
                  value=value, subject=subject, dimension="count", participants=participants)


@pytest.mark.parametrize("fact, key, kept", [
    (_quote("a", 1, "Ana Lopez said it", ), "name:ana lopez", True),
    (_attribution("a", 1, "the fire spread. But crews held the line", claimant="He"), "name:he", False),
    (_attribution("a", 1, "the fire spread. But crews held the line"), "name:but", False),
    (_attribution("a", 1, "crews from Marlow held the line"), "name:marlow", True),
    (_attribution("a", 1, "the market reopened on Monday in July"), "name:monday", False),
    (_attribution("a", 1, "the vote was set for Feb. 20 in Dorset"), "name:feb", False),
    (_attribution("a", 1, "the vote was set for Feb. 20 in Dorset"), "name:dorset", True),
    (_attribution("a", 1, "deputies of the County searched the area"), "name:county", False),
    (_attribution("a", 1, "deputies of Brant County searched the area"), "name:brant county", True),
    (_count("a", 1, 3.0, "people killed"), "number:3 people killed", False),  # counts recur in every event
    (_number("a", 1, 61.0, "Ana Lopez"), "number:61 ana lopez", True),  # not a count
    (_count("a", 1, 3.0, "people killed", ("ferrow", "county")), "name:ferrow", True),  # a participant
    (_count("a", 1, 3.0, "people killed", ("ferrow", "county")), "name:county", False),
])
def test_story_keys_leave_out_names_that_name_nothing_and_counts(fact, key, kept):
    assert (key in stories.source_keys([fact], [], "a")) is kept


def _report(source, people, place, day):
    """A report of one event: two people quoted, the place named, the day written twice."""
    return [_date(source, day), _date(source, day),
            _quote(source, 1, f"{people[0]} said the shots came from a car near {place} Avenue"),
            _quote(source, 2, f"{people[1]} said the family of {people[0]} was at {place} Park"),
            _count(source, 3, 3.0, "people killed")]


def _group(facts, names):
    from newsdiff.model import Source
    sources = [Source(s, s, "") for s in names]
    return stories.group(sources, facts, [], copy_of={s.id: s.id for s in sources})


def test_two_events_of_one_kind_with_equal_counts_are_two_stories():
    facts = (_report("a", ("Ana Lopez", "Ben Ortiz"), "Carver", "2016-07-04")
             + _report("b", ("Ana Lopez", "Ben Ortiz"), "Carver", "2016-07-04")
             + _report("c", ("Dora Quinn", "Eli Vance"), "Mercer", "2016-07-09")
             + _report("d", ("Dora Quinn", "Eli Vance"), "Mercer", "2016-07-09"))
    story = _group(facts, "abcd")
    assert story["a"] == story["b"] != story["c"] == story["d"]


def _follow_up(source, person, day):
    """A short later article naming only people and places the first reports never name."""
    return [_date(source, day), _quote(source, 1, f"{person} pleaded guilty before Judge Ruth Hale in Dunmore")]


@pytest.mark.parametrize("person, day, one_story", [
    ("Cal Mott", "2016-07-07", True),  # names nothing of the story, days later: too thin to tell apart
    ("Ana Lopez", "2017-01-24", True),  # months later, naming the story's own person in full
    ("Cal Mott", "2017-01-24", False),  # months later and naming nothing of the story: another event
    ("Cal Mott", "2016-08-09", False),  # five weeks later, nothing shared
])
def test_a_lone_thin_article_joins_the_only_story_unless_it_shares_nothing_and_is_dated_weeks_away(
        person, day, one_story):
    facts = (_report("a", ("Ana Lopez", "Ben Ortiz"), "Carver", "2016-07-04")
             + _report("b", ("Ana Lopez", "Ben Ortiz"), "Carver", "2016-07-04")
             + _follow_up("c", person, day))
    story = _group(facts, "abc")
    assert story["a"] == story["b"]
    assert (story["c"] == story["a"]) is one_story


@pytest.mark.parametrize("a, b, window, far", [
    ({(2016, 7, 4)}, {(2016, 7, 20)}, 14, True),  # sixteen days apart
    ({(2016, 7, 4)}, {(2016, 7, 10)}, 14, False),  # within the window
    ({(2016, 7, 4)}, {(2016, 7, 20)}, None, False),  # the year-long rule alone: same era
    ({(None, 12, 28)}, {(2017, 1, 3)}, 14, False),  # no year: close across the new year
    ({(None, 3, 1)}, {(2017, 4, 2)}, 14, True),  # no year, a month apart
])
def test_eras_conflict_within_a_window(a, b, window, far):
    assert stories.eras_conflict(a, b, set(), set(), window) is far


def test_a_lone_article_sharing_nothing_stays_apart_when_the_folder_holds_two_stories():
    facts = (_report("a", ("Ana Lopez", "Ben Ortiz"), "Carver", "2016-07-04")
             + _report("b", ("Ana Lopez", "Ben Ortiz"), "Carver", "2016-07-04")
             + _report("c", ("Dora Quinn", "Eli Vance"), "Mercer", "2016-07-09")
             + _report("d", ("Dora Quinn", "Eli Vance"), "Mercer", "2016-07-09")
             + _follow_up("e", "Cal Mott", "2016-07-20"))
    story = _group(facts, "abcde")
    assert story["e"] not in {story["a"], story["c"]}


def test_a_lone_article_joins_the_story_whose_names_it_shares():
    facts = (_report("a", ("Ana Lopez", "Ben Ortiz"), "Carver", "2016-07-04")
             + _report("b", ("Ana Lopez", "Ben Ortiz"), "Carver", "2016-07-04")
             + _report("c", ("Dora Quinn", "Eli Vance"), "Mercer", "2016-07-09")
             + _report("d", ("Dora Quinn", "Eli Vance"), "Mercer", "2016-07-09")
             + [_date("e", "2016-07-20"), _quote("e", 1, "Eli Vance spoke at the vigil on Mercer Avenue")])
    story = _group(facts, "abcde")
    assert story["e"] == story["c"] != story["a"]


def test_a_lone_article_years_later_stays_apart_from_the_only_story():
    facts = (_report("a", ("Ana Lopez", "Ben Ortiz"), "Carver", "2016-07-04")
             + _report("b", ("Ana Lopez", "Ben Ortiz"), "Carver", "2016-07-04")
             + _follow_up("c", "Cal Mott", "2019-03-02") + [_date("c", "2019-03-02")])
    story = _group(facts, "abc")
    assert story["a"] == story["b"] != story["c"]


FIRST = ("Ada", "Bram", "Cora", "Dell", "Enzo", "Faye", "Gus", "Hana", "Ivo", "Jude", "Kai", "Lula", "Milo", "Nell", "Otto", "Pia")


def test_a_lone_article_full_of_other_names_stays_apart_from_the_only_story():
    stray = [_quote("c", n, f"{first} Harrow said the harbour tax vote in Quill Bay was delayed")
             for n, first in enumerate(FIRST)]
    facts = (_report("a", ("Ana Lopez", "Ben Ortiz"), "Carver", "2016-07-04")
             + _report("b", ("Ana Lopez", "Ben Ortiz"), "Carver", "2016-07-04") + stray)
    story = _group(facts, "abc")
    assert story["a"] == story["b"] != story["c"]


def test_a_lone_article_holding_mostly_the_storys_names_joins_it_whatever_its_date_says():
    # The lone article's dates (a file photo's caption, say) are years away, but nearly every
    # name it gives is the story's own: the names are the article, the date one detail of it.
    mayor = [_quote(s, 8, "Mayor Ruth Hale visited the families in Carver Park on Friday") for s in "ab"]
    facts = (_report("a", ("Ana Lopez", "Ben Ortiz"), "Carver", "2016-07-04")
             + _report("b", ("Ana Lopez", "Ben Ortiz"), "Carver", "2016-07-04") + mayor
             + _report("c", ("Ana Lopez", "Ben Ortiz"), "Carver", "2013-04-15"))
    assert len(set(_group(facts, "abc").values())) == 1


def test_a_lone_article_sharing_few_names_stays_apart_when_its_date_is_years_away():
    # The negative: the same far date with mostly other names keeps the article apart.
    other = [_quote("c", n, f"{first} Harrow spoke in Quill Bay about the Carver case")
             for n, first in enumerate(FIRST[:8])] + [_date("c", "2013-04-15"), _date("c", "2013-04-15")]
    facts = (_report("a", ("Ana Lopez", "Ben Ortiz"), "Carver", "2016-07-04")
             + _report("b", ("Ana Lopez", "Ben Ortiz"), "Carver", "2016-07-04") + other)
    story = _group(facts, "abc")
    assert story["a"] == story["b"] != story["c"]


def _link(score, a, b):
    # A link as `_group` sorts them: negated score, the sources' input positions, the sources.
    return (-score, ord(a), ord(b), a, b)


@pytest.mark.parametrize("links, kept", [
    # "h" links weakly to a report of each of two events; every report's three strongest links
    # are to its own event, so h's links are dropped and cannot chain a-b-c-d to w-x-y-z.
    ([_link(9, p, q) for p, q in combinations("abcd", 2)] + [_link(8, p, q) for p, q in combinations("wxyz", 2)]
     + [_link(3, "c", "h"), _link(3, "h", "z")],
     set(combinations("abcd", 2)) | set(combinations("wxyz", 2))),
    # Negative: a source with few links keeps them all, however weak.
    ([_link(9, "a", "b"), _link(3, "b", "c")], {("a", "b"), ("b", "c")}),
    # Ties at the cut are all kept.
    ([_link(5, "a", "b"), _link(5, "a", "c"), _link(5, "a", "d"), _link(5, "a", "e")],
     {("a", "b"), ("a", "c"), ("a", "d"), ("a", "e")}),
])
def test_links_are_kept_only_among_the_strongest_of_both_sources(links, kept):
    assert {(e[3], e[4]) for e in stories._mutual(sorted(links))} == kept


FAMILY = ("Quill", "Rook", "Sable", "Thorne", "Umber", "Vane", "Wren", "Yarrow", "Zeal", "Abbot")


def _neighbours(source, index, shared):
    """Source `index` of a chain: it shares its names only with the sources just before and after it."""
    def names(link):
        return [f"{first} {FAMILY[link]}" for first in FIRST[:3]] if shared is None else list(shared)
    return [_quote(source, n, f"{name} spoke outside") for n, name in enumerate(names(index) + names(index + 1))]


@pytest.mark.parametrize("shared, one_story", [
    # Each article shares three names with its neighbours only: each link is strong, but the ends of
    # the chain share nothing, so it is not one story.
    (None, False),
    # Negative: every article gives the same names, one story.
    (("Ada Quill", "Bram Rook", "Cora Sable"), True),
])
def test_a_chain_of_articles_sharing_names_only_with_their_neighbours_is_not_one_story(shared, one_story):
    names = "abcdefghi"
    facts = [f for i, s in enumerate(names) for f in _neighbours(s, i, shared)]
    assert (len(set(_group(facts, names).values())) == 1) is one_story


def test_a_lone_article_sharing_only_the_folders_subject_stays_apart_from_the_only_story():
    # "Carver" is in every article, the subject of the folder: it weighs nothing as evidence.
    stray = [_quote("c", n, f"{first} Harrow said the harbour tax vote in Carver was delayed")
             for n, first in enumerate(FIRST)]
    facts = (_report("a", ("Ana Lopez", "Ben Ortiz"), "Carver", "2016-07-04")
             + _report("b", ("Ana Lopez", "Ben Ortiz"), "Carver", "2016-07-04") + stray)
    story = _group(facts, "abc")
    assert story["a"] == story["b"] != story["c"]


def test_a_lone_article_joins_the_group_whose_members_all_share_its_names_not_the_biggest():
    # Four Carver reports (one of which also names Eli Vance once) and two Mercer reports: the lone
    # vigil article names Eli Vance and Mercer, given by both Mercer reports.
    facts = (_report("a", ("Ana Lopez", "Ben Ortiz"), "Carver", "2016-07-04")
             + _report("b", ("Ana Lopez", "Ben Ortiz"), "Carver", "2016-07-04")
             + _report("c", ("Ana Lopez", "Ben Ortiz"), "Carver", "2016-07-04")
             + _report("d", ("Ana Lopez", "Eli Vance"), "Carver", "2016-07-04")
             + _report("e", ("Dora Quinn", "Eli Vance"), "Mercer", "2016-07-09")
             + _report("f", ("Dora Quinn", "Eli Vance"), "Mercer", "2016-07-09")
             + [_date("g", "2016-07-12"), _quote("g", 1, "Eli Vance spoke at the vigil in Mercer Park")])
    story = _group(facts, "abcdefg")
    assert story["g"] == story["e"] != story["a"]


@pytest.mark.parametrize("named_by, apart", [
    # One report of eight names the harbour board the stray article is about: too little to join.
    (1, True),
    # Three of eight: still a side detail of the story, not what it is about.
    (3, True),
    # Negative: five reports of eight name it, part of the story's core: the lone article joins.
    (5, False),
])
def test_a_lone_article_sharing_one_name_with_few_of_the_storys_reports_stays_apart(named_by, apart):
    names = "abcdefgh"
    # Eight reports of one event, each giving the same witnesses: one story.
    facts = [f for s in names for f in _report(s, ("Ana Lopez", "Ben Ortiz"), "Carver", "2016-07-04")]
    facts += [_quote(s, 10 + n, f"{first} Marsh said the Carver crossing stays shut") for s in names for n, first in enumerate(FIRST[:8])]
    facts += [_quote(s, 9, "Ana Lopez said the Harbour Board met late") for s in names[:named_by]]
    facts += [_quote("z", n, f"{first} Harrow said the Harbour Board vote in Quill Bay was delayed")
              for n, first in enumerate(FIRST)]
    story = _group(facts, names + "z")
    assert (story["z"] != story["a"]) is apart


@pytest.mark.parametrize("keys, held_by, members, own_eras, core", [
    (["name:ana lopez"], {"name:ana lopez": 3}, 4, set(), True),  # a full name most reports give
    (["date:2016-07-04"], {"date:2016-07-04": 3}, 4, {(2016, 7, 4)}, True),  # the day most reports give, its own main day
    # A round-up naming that day among many others (a deadline in another item): not the core.
    (["date:2016-07-04"], {"date:2016-07-04": 3}, 4, {(2016, 6, 28)}, False),
    (["name:ana lopez"], {"name:ana lopez": 2}, 4, set(), False),  # half the reports: not the core
    (["name:carver"], {"name:carver": 4}, 4, set(), False),  # one word of a name: not strong
    (["name:quill bay"], {"name:ana lopez": 4}, 4, set(), False),  # the group's core, not held by the source
    ([], {"name:ana lopez": 4}, 4, set(), False),
])
def test_a_lone_source_shares_the_core_of_a_group_only_through_a_strong_key_most_members_hold(
        keys, held_by, members, own_eras, core):
    from collections import Counter
    assert bool(stories._core_keys(keys, Counter(held_by), members, own_eras)) is core


_STORY_DAY = {(2016, 7, 4)}


@pytest.mark.parametrize("held, shared, lone_eras, apart", [
    (20, ["name:ana lopez"], set(), True),  # enough keys to judge by its names
    (8, [], {(2016, 8, 20)}, True),  # nothing shared, dated weeks away
    (8, [], set(), True),  # nothing shared, undated, a handful of names of its own
    (8, [], {(2016, 7, 6)}, False),  # nothing shared but dated two days from the story: too thin to part
    (3, [], set(), False),  # three keys, nothing shared, undated: too thin to judge
    (8, ["name:ana lopez"], {(2016, 8, 20)}, False),  # weeks away, but names the story's person in full
    (8, ["name:carver"], {(2016, 8, 20)}, True),  # one word of a name is no strong key
    (8, ["name:carver"], set(), False),  # shares a key, undated: the folder's presumption holds
])
def test_a_lone_source_sharing_little_is_judged_apart_by_its_keys_and_dates(held, shared, lone_eras, apart):
    assert stories._judged_apart(held, shared, (_STORY_DAY, lone_eras, set(), set())) is apart


@pytest.mark.parametrize("lone, joins_mercer", [
    # Names one place of the Mercer story (below SINGLE_MIN) and nothing of the other: joins it.
    ([_date("e", "2016-07-10"), _quote("e", 1, "The vigil was held at Mercer Park on Sunday")], True),
    # Names one place of each story: nothing says which, so it stays apart.
    ([_date("e", "2016-07-10"), _quote("e", 1, "Vigils were held at Mercer Park and at Carver Park")], False),
    # Shares only a day the Mercer reports give, named in passing (its own main date is another).
    ([_date("e", "2016-07-30"), _date("e", "2016-07-30"), _date("e", "2016-07-09"),
      _quote("e", 1, "The council met at Hollin Hall to set the budget")], False),
])
def test_a_lone_article_sharing_a_little_with_only_one_of_two_stories_joins_it(lone, joins_mercer):
    facts = (_report("a", ("Ana Lopez", "Ben Ortiz"), "Carver", "2016-07-04")
             + _report("b", ("Ana Lopez", "Ben Ortiz"), "Carver", "2016-07-04")
             + _report("c", ("Dora Quinn", "Eli Vance"), "Mercer", "2016-07-09")
             + _report("d", ("Dora Quinn", "Eli Vance"), "Mercer", "2016-07-09") + lone)
    story = _group(facts, "abcde")
    assert story["a"] == story["b"] != story["c"] == story["d"]
    assert story["e"] != story["a"]
    assert (story["e"] == story["c"]) is joins_mercer


def _brief(source, person, place="Carver Park"):
    """A one-quote brief on a shooting near `place`: too little to link to another brief."""
    return [_quote(source, 1, f"{person} said the shots came from a car near {place}")]


@pytest.mark.parametrize("place, apart", [
    ("Quill Bay", True),  # full of other names, none of the folder's: another story
    ("Carver Park", False),  # other names, but the place every brief gives: the folder's story
])
def test_a_source_full_of_other_names_is_apart_even_when_no_two_sources_link(place, apart):
    stray = [_quote("d", n, f"{first} Harrow said the harbour tax vote in {place} was delayed")
             for n, first in enumerate(FIRST)]
    facts = _brief("a", "Ana Lopez") + _brief("b", "Ana Lopez") + _brief("c", "Ana Lopez") + stray
    story = _group(facts, "abcd")
    assert story["a"] == story["b"] == story["c"] == "s1"
    assert (story["d"] != story["a"]) is apart


def test_thin_unlinked_briefs_stay_one_story():
    # Each brief names another place, so nothing they share keeps them together: only their
    # thinness (`stories.THIN_KEYS`) does.
    facts = (_brief("a", "Ana Lopez", "Carver Park") + _brief("b", "Ben Ortiz", "Mercer Street")
             + _brief("c", "Dora Quinn", "Hollin Road"))
    assert set(_group(facts, "abc").values()) == {"s1"}


@pytest.mark.parametrize("keys, members, expected", [
    (["name:ana lopez", "name:ben ortiz", "name:carver", "date:2016-07-04"], 3, 2),  # full names most hold
    (["name:ana lopez", "name:ben ortiz"], 5, 0),  # held by two of five: not the group's own
    (["name:carver", "date:2016-07-04"], 3, 0),  # a one-word name and a date are not protagonists
])
def test_core_names_are_strong_names_most_of_a_group_holds(keys, members, expected):
    from collections import Counter
    held_by = Counter({"name:ana lopez": 2, "name:ben ortiz": 2, "name:carver": 2, "date:2016-07-04": 2})
    assert len(stories._core_keys(keys, held_by, members)) == expected


_STORY_KEYS = {"name:ana lopez", "name:carver", "name:navy"}
_MANY = [f"name:other{i} place" for i in range(20)]  # enough keys to judge (THIN_KEYS)


@pytest.mark.parametrize("keys, about_another", [
    # Its main names are not the story's, and it shares a one-word name only: another event.
    (["name:dora quinn", "name:mercer", "name:eli vance", "name:navy", *_MANY], True),
    # One of its main names is the story's: a report of the story.
    (["name:dora quinn", "name:carver", "name:eli vance", *_MANY], False),
    # It shares a full name with the story, further down: a report of the story.
    (["name:dora quinn", "name:mercer", "name:eli vance", "name:ana lopez", *_MANY], False),
    # Too thin to judge by its names.
    (["name:dora quinn", "name:mercer", "name:eli vance", "name:navy"], False),
    # Its most frequent keys are days: its main names come after them, and one is the story's.
    (["date:2016-07-04", "date:2016-07-05", "date:2016-07-06", "name:dora quinn", "name:carver", *_MANY], False),
    # Days first, then names none of which is the story's: another event.
    (["date:2016-07-04", "date:2016-07-05", "name:dora quinn", "name:mercer", "name:eli vance", "name:navy", *_MANY], True),
])
def test_a_lone_source_is_about_another_event_when_its_main_names_are_not_the_storys(keys, about_another):
    assert stories._about_another(keys, _STORY_KEYS) is about_another


def _partition(facts, names):
    """The stories of `_group` as sorted lists of sources, whatever their story ids."""
    parts: dict[str, list[str]] = {}
    for sid, story in _group(facts, names).items():
        parts.setdefault(story, []).append(sid)
    return sorted(sorted(members) for members in parts.values())


def _thin(source, day, participants):
    """A short report dated `day` (twice) naming a few one-word participants and nothing else."""
    return [_date(source, day), _date(source, day), _count(source, 9, 2.0, "people hurt", participants)]


_THREE_REPORTS = (_report("a", ("Ana Lopez", "Ben Ortiz"), "Carver", "2016-07-04")
                  + _report("b", ("Ana Lopez", "Ben Ortiz"), "Carver", "2016-07-04")
                  + _report("c", ("Ana Lopez", "Ben Ortiz"), "Carver", "2016-07-04"))
_OTHER_PLACE = ("harlow", "quarry", "ridgeway")


@pytest.mark.parametrize("lone", [
    # Three thin reports of another event whose main dates are months apart two by two but more
    # than a year apart at the ends: which of them end up together must not hang on which came first.
    _thin("d", "2016-01-01", _OTHER_PLACE) + _thin("e", "2017-03-01", _OTHER_PLACE) + _thin("f", "2016-08-01", _OTHER_PLACE),
    # Two of them share the other event's names, the third one only one word of them.
    _thin("d", "2016-09-01", _OTHER_PLACE) + _thin("e", "2016-09-02", _OTHER_PLACE)
    + _thin("f", "2016-09-03", ("harlow", "tamsin", "velder")),
])
def test_grouping_does_not_depend_on_the_order_of_the_sources(lone):
    facts = _THREE_REPORTS + lone
    assert len({str(_partition(facts, "".join(order))) for order in permutations("abcdef")}) == 1


def test_two_thin_strays_sharing_one_place_word_are_not_a_second_event():
    # Two unrelated briefs dated weeks from the story and from each other, naming one common place
    # word each ("london"): too little to make them one story, and each too far to join the story.
    facts = (_THREE_REPORTS + _thin("d", "2016-09-01", ("london", "quarry", "ridgeway"))
             + _thin("e", "2016-10-20", ("london", "tamsin", "velder")))
    assert _partition(facts, "abcde") == [["a", "b", "c"], ["d"], ["e"]]


def _check_in(source, day, clinic):
    """A lone report of a rehab check-in by the story's celebrity, naming her and her spokesman
    (the story's core names) and a clinic and doctor of its own."""
    return [_date(source, day), _date(source, day),
            _quote(source, 1, f"Tara Reid checked into a clinic in {clinic} again"),
            _quote(source, 2, "Jack Ketsoyan said she was doing well and thanked Kyle Mercer"),
            _quote(source, 3, f"Dr. Helen Ward of the {clinic} Clinic said stays last thirty days")]


@pytest.mark.parametrize("day, joins", [
    ("2008-12-11", True),  # two days after the story's check-in, naming its people: the story's own
    ("2013-05-03", False),  # five years later: a second check-in, however many names it shares
])
def test_a_lone_report_naming_the_storys_core_names_years_later_is_another_story(day, joins):
    facts = (_event("a", "2008-12-09", "Malibu Beach") + _event("b", "2008-12-09", "Malibu Beach")
             + _check_in("c", day, "Solace"))
    story = _group(facts, "abc")
    assert story["a"] == story["b"]
    assert (story["c"] == story["a"]) is joins


def _ferry_article(source, mercer_mentions):
    """A long article about a ferry at Quill Bay: its most frequent names are its own, and it names
    "Mercer" `mercer_mentions` times and "Hollin" once, one-word places two of the story's
    reports name each."""
    facts = [_quote(source, n, "Dora Quinn said the ferry from Quill Bay ran late") for n in range(3)]
    facts += [_quote(source, 10 + n, f"{first} Harrow saw the ferry dock") for n, first in enumerate(FIRST[:14])]
    facts += [_count(source, 30 + n, 2.0, "boats", ("mercer",)) for n in range(mercer_mentions)]
    facts.append(_count(source, 40, 2.0, "boats", ("hollin",)))
    return facts


@pytest.mark.parametrize("mercer_mentions, apart", [
    # Its main names are its own and it shares two one-word places with the story, each held by
    # one report of three (a mean link score between ONLY_GROUP_MIN and SINGLE_MIN): another event.
    (1, True),
    # Negative: the place it names most often is one of the story's: a report of the story.
    (3, False),
])
def test_a_lone_article_about_another_event_sharing_one_word_places_stays_apart(mercer_mentions, apart):
    facts = (_THREE_REPORTS + [_count("a", 20, 2.0, "cars", ("mercer",)), _count("b", 20, 2.0, "cars", ("hollin",))]
             + _ferry_article("z", mercer_mentions))
    story = _group(facts, "abcz")
    assert story["a"] == story["b"] == story["c"]
    assert (story["z"] != story["a"]) is apart


@pytest.mark.parametrize("keys, weight, late", [
    # Two of the story's own full names, one not given by every source of the folder: a late report.
    (["name:ana lopez", "name:ben ortiz", "name:ruth hale"], {"name:ana lopez": 0.24, "name:ben ortiz": 0.0}, True),
    # Two of its own names, but every source of the folder gives them: the folder's subject.
    (["name:ana lopez", "name:ben ortiz", "name:ruth hale"], {"name:ana lopez": 0.0, "name:ben ortiz": 0.0}, False),
    # One of its own names only (CORE_NAMES is two).
    (["name:ana lopez", "name:ruth hale"], {"name:ana lopez": 0.24}, False),
    # A one-word place and a day are no protagonists, however rare.
    (["name:ana lopez", "name:carver", "date:2016-07-04"], {"name:ana lopez": 0.24, "name:carver": 1.0, "date:2016-07-04": 1.0}, False),
])
def test_a_late_report_holds_two_of_the_storys_core_names_not_all_of_the_folders_subject(keys, weight, late):
    from collections import Counter
    held_by = Counter({"name:ana lopez": 3, "name:ben ortiz": 3, "name:carver": 3, "date:2016-07-04": 3})
    assert stories._late_report(keys, held_by, 3, weight) is late


def _trial_page(source, day):
    """A page on the trial, written long after the story's event, naming its two people."""
    return [_date(source, day), _date(source, day),
            _quote(source, 1, "Ana Lopez told the jury that Ben Ortiz had run toward the gate"),
            _quote(source, 2, "Judge Ruth Hale set the sentencing hearing for the spring")]


@pytest.mark.parametrize("with_other_article, joins", [
    # A folder also holding an article of another subject: the two names are the story's, not
    # the whole folder's, and the trial page two years on joins the story.
    (True, True),
    # Negative: alone with the story's reports, every source names them (the folder's subject):
    # the date rule decides, and two years keep it apart.
    (False, False),
])
def test_a_late_report_of_the_story_joins_it_across_years(with_other_article, joins):
    facts = _THREE_REPORTS + _trial_page("t", "2018-10-01")
    names = "abct"
    if with_other_article:
        facts += [_quote("z", 1, "Dora Quinn said the ferry from Quill Bay ran late")]
        names += "z"
    story = _group(facts, names)
    assert story["a"] == story["b"] == story["c"]
    assert (story["t"] == story["a"]) is joins

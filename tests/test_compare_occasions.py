"""Different occasions of one kind (`newsdiff.compare.occasions`): tables of sentences written for
these tests, each with its negatives, first for the signs one by one on extracted facts, then for
what two sources make of them: never a conflict between two occasions, still a conflict when one
outlet gets one figure of one occasion wrong.
"""

from __future__ import annotations

import pytest

from newsdiff import pipeline
from newsdiff.compare import occasions
from newsdiff.compare.dates import _events
from newsdiff.model import DateFact, Number, Source, Status
from newsdiff.options import Options


def _facts(text: str, source: str = "a") -> list:
    return list(pipeline.extract_source(Source(id=source, path=f"{source}.txt", text=text), Options()).facts)


def _number(text: str, written: str, source: str = "a") -> Number:
    found = [f for f in _facts(text, source) if isinstance(f, Number) and f.text == written]
    assert found, f"no number {written!r} in {text!r}"
    return found[0]


def _date(text: str, written: str, source: str = "a") -> DateFact:
    found = [f for f in _facts(text, source) if isinstance(f, DateFact) and f.text == written]
    assert found, f"no date {written!r} in {text!r}"
    return found[0]


def _sentences(*texts: tuple[str, str]) -> occasions.Sentences:
    facts = [f for text, source in texts for f in _facts(text, source) if isinstance(f, Number)]
    return occasions.Sentences(facts)


# (sentence a, number in a, sentence b, number in b, apart by other figures of the sentences?)
SIBLINGS = [
    # Two quakes on two named days: the magnitudes differ and the days do (both ways round: the
    # injury counts corroborate the days for the magnitudes, as the magnitudes do for them).
    ("A magnitude 6.3 quake hit the coast on Sunday, injuring eight people.", "eight",
     "A magnitude 4.9 quake hit the coast on Tuesday, injuring two people.", "two", True),
    ("A magnitude 6.3 quake hit the coast on Sunday, injuring eight people.", "6.3",
     "A magnitude 4.9 quake hit the coast on Tuesday, injuring two people.", "4.9", True),
    # The same two figures with one day named: one other figure disagreeing is no evidence alone.
    ("A magnitude 6.3 quake hit the coast on Sunday, injuring eight people.", "eight",
     "A magnitude 4.9 quake hit the coast, injuring two people.", "two", False),
    ("A magnitude 6.3 quake hit the coast on Sunday, injuring eight people.", "6.3",
     "A magnitude 4.9 quake hit the coast, injuring two people.", "4.9", False),
    # One quake, one outlet's count wrong: the magnitudes agree.
    ("A magnitude 6.3 quake hit the coast on Sunday, injuring eight people.", "eight",
     "A magnitude 6.3 quake hit the coast on Tuesday, injuring two people.", "two", False),
    # One quake read by two agencies: magnitude and depth both differ, each is no evidence for
    # the other.
    ("The quake of magnitude 6.1 struck at a depth of 10 kilometers, the agency said.", "6.1",
     "The quake of magnitude 5.8 struck at a depth of 35 kilometers, the agency said.", "5.8", False),
    ("The quake of magnitude 6.1 struck at a depth of 10 kilometers, the agency said.", "10 kilometers",
     "The quake of magnitude 5.8 struck at a depth of 35 kilometers, the agency said.", "35 kilometers", False),
    # A wildfire updated over time: acres and homes move together.
    ("The fire has burned 5,000 acres and destroyed 120 homes.", "5,000 acres",
     "The fire has burned 8,000 acres and destroyed 150 homes.", "8,000 acres", False),
    ("The fire has burned 5,000 acres and destroyed 120 homes.", "120",
     "The fire has burned 8,000 acres and destroyed 150 homes.", "150", False),
    # Two games of one player: points, rebounds and assists all differ.
    ("Dana Kell finished with 31 points, 12 rebounds and seven assists in the win.", "31",
     "Dana Kell finished with 18 points, five rebounds and two assists in the loss.", "18", True),
    # Points and rebounds only: one other figure, no evidence alone.
    ("Dana Kell finished with 31 points and 12 rebounds in the win.", "31",
     "Dana Kell finished with 18 points and five rebounds in the loss.", "18", False),
    # Only one figure differs: an outlet's mistake, not two games.
    ("Dana Kell finished with 31 points, 12 rebounds and seven assists in the win.", "31",
     "Dana Kell finished with 18 points, 12 rebounds and seven assists in the win.", "18", False),
    # Casualty counts move together as a story is updated: no sign of two occasions.
    ("The blast killed 12 people and injured 40 others.", "12",
     "The blast killed 15 people and injured 61 others.", "15", False),
    # A sentence with no other figure says nothing.
    ("The storm destroyed 80 houses in the valley.", "80",
     "The storm destroyed 120 houses in the valley, with 3 bridges down.", "120", False),
]


@pytest.mark.parametrize(("text_a", "num_a", "text_b", "num_b", "apart"), SIBLINGS)
def test_other_figures_of_the_sentence(text_a, num_a, text_b, num_b, apart):
    a, b = _number(text_a, num_a, "a"), _number(text_b, num_b, "b")
    sentences = _sentences((text_a, "a"), (text_b, "b"))
    assert occasions.other_sibling_values(a, b, sentences) is apart
    assert occasions.other_sibling_values(b, a, sentences) is apart


def test_siblings_are_bounded():
    nouns = ["trucks", "vans", "buses", "boats", "barges", "tractors", "cranes", "ferries", "planes",
             "trains", "sleds", "carts", "wagons", "rafts", "kayaks", "canoes", "yachts", "scooters"]
    text = "The depot held " + ", ".join(f"{n + 2} {noun}" for n, noun in enumerate(nouns)) + "."
    facts = [f for f in _facts(text) if isinstance(f, Number)]
    sentences = occasions.Sentences(facts)
    assert len(facts) > occasions.MAX_SIBLINGS + 1
    assert all(len(kept) <= occasions.MAX_SIBLINGS + 1 for kept in sentences.by_sentence.values())
    assert all(len(sentences.siblings(f)) <= occasions.MAX_SIBLINGS for f in facts)
    assert len(sentences.siblings(facts[0])) == occasions.MAX_SIBLINGS


# (sentence a, number in a, sentence b, number in b, two people?)
PEOPLE = [
    # A father and his son of the same name (the suffix right after the name).
    ("Officers found the 7-year-old Tom Vale Jr. in the back room.", "7-year-old",
     "Officers found the 39-year-old Tom Vale in the back room.", "39-year-old", True),
    ("Officers found the 7-year-old Tom Vale in the back room.", "7-year-old",
     "Officers found the 39-year-old Tom Vale in the back room.", "39-year-old", False),
    # One adult's age a year or two apart: a mistake of one outlet until shown otherwise.
    ("Police said Dana Kell, 34, was arrested on Elm Road.", "34",
     "Police said Dana Kell, 35, was arrested on Elm Road.", "35", False),
    ("Lee Brandt, 31, was arrested in Riverton.", "31",
     "A jury convicted Lee Brandt, 33, of the robbery.", "33", False),
    # A Roman numeral is no generational suffix here (regnal numbers, names of things).
    ("King Olaf III, 74, opened the bridge on Friday.", "74",
     "King Olaf, 73, opened the bridge on Friday.", "73", False),
    ("The 1,200 World War II veterans marched through the capital.", "1,200",
     "The 1,500 veterans marched through the capital.", "1,500", False),
    ("Phase II of the study enrolled 300 patients in Riverton.", "300",
     "The study enrolled 450 patients in Riverton.", "450", False),
]


@pytest.mark.parametrize(("text_a", "num_a", "text_b", "num_b", "apart"), PEOPLE)
def test_other_person(text_a, num_a, text_b, num_b, apart):
    assert occasions.other_person(_number(text_a, num_a, "a"), _number(text_b, num_b, "b")) is apart


def test_numbers_apart_reads_only_the_first_mentions():
    injured = _number("Four people were injured in the crash.", "Four", "a")
    hospitalized = _number("Three people were hospitalized after the crash.", "Three", "a")
    other = _number("Five people were injured in the crash.", "Five", "b")
    sentences = occasions.Sentences([injured, hospitalized, other])
    assert not occasions.numbers_apart([injured, hospitalized], [other], sentences, read=1)
    assert occasions.numbers_apart([injured, hospitalized], [other], sentences, read=2)


# (sentence a, age in a, sentence b, age in b, one adult's ages at two stages of a case?)
AGES = [
    # The age at the verdict beside the age at the arrest: a birthday between.
    ("Police said Dana Kell, 34, was arrested on Elm Road.", "34",
     "A jury found Dana Kell, 35, guilty of the robbery on Elm Road.", "35", True),
    ("Lee Brandt, 31, was arrested in Riverton.", "31",
     "Lee Brandt, 33, pleaded guilty to the robbery in Riverton.", "33", True),
    # Both at one stage: a conflict whatever the gap.
    ("Police said Dana Kell, 34, was arrested on Elm Road.", "34",
     "Police said Dana Kell, 35, was arrested on Elm Road.", "35", False),
    ("A jury found Dana Kell, 34, guilty of the robbery on Elm Road.", "34",
     "A jury found Dana Kell, 35, guilty of the robbery on Elm Road.", "35", False),
    # Charged within days of the crime: no later stage.
    ("Police said Dana Kell, 34, was arrested on Elm Road.", "34",
     "Dana Kell, 35, was charged with the robbery on Elm Road.", "35", False),
    # Too far apart for a birthday, or a child.
    ("Police said Dana Kell, 34, was arrested on Elm Road.", "34",
     "A jury found Dana Kell, 39, guilty of the robbery on Elm Road.", "39", False),
    ("Mia Kell, 6, was taken to hospital after the robbery.", "6",
     "A jury heard that Mia Kell, 7, was taken to hospital after the robbery.", "7", False),
]


@pytest.mark.parametrize(("text_a", "num_a", "text_b", "num_b", "apart"), AGES)
def test_age_at_later_stage(text_a, num_a, text_b, num_b, apart):
    a, b = _number(text_a, num_a, "a"), _number(text_b, num_b, "b")
    assert occasions.age_at_later_stage(a, b) is apart
    assert occasions.age_at_later_stage(b, a) is apart


# (sentence a, number in a, sentence b, number in b, a state beside the event?)
STATES = [
    ("Three people were hospitalized after the crash.", "Three",
     "Four people were injured in the crash.", "Four", True),
    ("Three people were injured in the crash.", "Three",
     "Four people were injured in the crash.", "Four", False),
    ("Three people were hospitalized after the crash.", "Three",
     "Four people were hospitalized after the crash.", "Four", False),
]


@pytest.mark.parametrize(("text_a", "num_a", "text_b", "num_b", "apart"), STATES)
def test_state_and_event(text_a, num_a, text_b, num_b, apart):
    assert occasions.state_and_event(_number(text_a, num_a, "a"), _number(text_b, num_b, "b")) is apart


# (sentence a, date in a, sentence b, date in b, different occasions?)
DATES = [
    # Two events dated by two verbs of no common class.
    ("The county sheriff's office released the names on Thursday.", "Thursday",
     "Deputies in the county arrested Dana Kell on Sunday.", "Sunday", True),
    ("The gunman opened fire at the county fair on Sunday.", "Sunday",
     "Hundreds of people marched through the county on Tuesday.", "Tuesday", True),
    # Names released after the shooting: the clause's "shooting" names the event that preceded.
    ("Police released the names of the victims of the shooting on Tuesday.", "Tuesday",
     "A gunman shot two men in the parking lot on Monday.", "Monday", True),
    # An aftermath verb and a date with no verb: the names released are their own occasion,
    # unless the verbless clause names that aftermath by a noun; two verbless dates are left to
    # the date comparison.
    ("Officials released the names of the dead on Thursday.", "Thursday",
     "Mourners outside the Elm Court apartments early Sunday.", "early Sunday", True),
    ("Kell was arraigned in court on Thursday.", "Thursday",
     "Kell is due at his arraignment on Friday.", "Friday", False),
    ("A vigil at the Elm Court apartments on Thursday.", "Thursday",
     "Mourners outside the Elm Court apartments early Sunday.", "early Sunday", False),
    # Two verbs of no common class, neither of the news that follows an event: often one event
    # told two ways, left to the date comparison.
    ("The club hired Dana Kell as coach on Monday.", "Monday",
     "Dana Kell joined the club as coach on Tuesday.", "Tuesday", False),
    # One event in two verbs of one class: still comparable.
    ("Deputies arrested Dana Kell on Sunday.", "Sunday",
     "Police apprehended Dana Kell on Monday.", "Monday", False),
    ("Deputies arrested Dana Kell on Sunday.", "Sunday",
     "Deputies arrested Dana Kell on Monday.", "Monday", False),
    # A date of speaking is left to the date comparison's own rules.
    ("The sheriff said on Thursday that Kell was arrested.", "Thursday",
     "Deputies arrested Dana Kell on Sunday.", "Sunday", False),
    # Two verbs of the news after one event, of one kin group: one occasion told two ways.
    ("Kell appeared in court in Riverton on Monday.", "Monday",
     "Kell was arraigned in Riverton on Tuesday.", "Tuesday", False),
    ("Hundreds of people marched through Riverton on Saturday.", "Saturday",
     "Hundreds of people rallied in Riverton on Sunday.", "Sunday", False),
    # An aftermath verb that is the event itself, told by another verb of its group.
    ("The rebels released 13 captives near the border on Friday.", "Friday",
     "The rebels freed 13 captives near the border on Saturday.", "Saturday", False),
    # Two aftermath verbs of different groups: neither is the other's event, but both may be
    # told of one day in court; not set apart.
    ("Kell testified in Riverton on Monday.", "Monday",
     "Kell was arraigned in Riverton on Tuesday.", "Tuesday", False),
    # "was tried" is a trial held, not an attempt.
    ("Kell was tried in Riverton on Monday.", "Monday",
     "The murder trial of Kell opened in Riverton on Tuesday.", "Tuesday", False),
    # What is planned or expected is not what happened, whatever the clauses share.
    ("The bakery on Elm Street will be closed on Friday.", "Friday",
     "A fire damaged the bakery on Elm Street on Wednesday.", "Wednesday", True),
    ("The driver is expected to be charged on Tuesday in the crash.", "Tuesday",
     "The driver struck a cyclist in the crash on Sunday.", "Sunday", True),
    ("The two leaders will meet in Geneva on Monday.", "Monday",
     "The two leaders met in Geneva on Saturday.", "Saturday", True),
    ("Kell awaits a court hearing scheduled for Monday in Riverton.", "Monday",
     "Kell has been held in the Riverton jail since his arrest on Friday.", "Friday", True),
    # negatives: two planned dates of one meeting may conflict, and a verbless date is left to
    # the date comparison
    ("The two leaders will meet in Geneva on Monday.", "Monday",
     "The two leaders will meet in Geneva on Tuesday.", "Tuesday", False),
    ("The bakery on Elm Street will be closed on Friday.", "Friday",
     "A sign on the bakery door on Elm Street on Thursday.", "Thursday", False),
    # What follows an event said by a noun ("a news conference", "a court appearance"), with no
    # verb or a light one: the aftermath's date, not the event's.
    ("On Monday the mayor of Halden hosted a briefing for reporters.", "Monday",
     "Deputies arrested Dana Kell in Riverton on Saturday.", "Saturday", True),
    ("The landlord of the Elm Court building gave a press conference on Thursday morning to reporters.", "Thursday morning",
     "The gunfight unfolded at the Elm Court apartments on Sunday.", "Sunday", True),
    ("Ori Tamsin during a court appearance in Halden, Monday, May 4.", "Monday, May 4",
     "Ori Tamsin barricaded himself in a farmhouse with two hostages on Saturday.", "Saturday", True),
    # ... and with a reporting verb after the appearance: what was said there is the aftermath too,
    # but the date is read as dating "said", a verb of no occasion
    pytest.param("Ori Tamsin, in a court appearance in Halden, Monday, May 4, said nothing.", "Monday, May 4",
                 "Ori Tamsin barricaded himself in a farmhouse with two hostages on Saturday.", "Saturday", True,
                 marks=pytest.mark.xfail(strict=True, reason="the date dates 'said'; a reporting verb at an aftermath "
                                         "noun ('in a court appearance') is not yet read as the aftermath")),
    ("Ori Tamsin appears before a Halden judge on Monday, May 4.", "Monday, May 4",
     "Ori Tamsin barricaded himself in a farmhouse with two hostages on Saturday.", "Saturday", True),
    # negatives: the clause's verb names the event, the clause names the event too, or the other
    # date is of an aftermath as well
    ("Two men were killed in Riverton on Sunday, the chief said at his press conference.", "Sunday",
     "Two men were killed in Riverton on Saturday.", "Saturday", False),
    ("Halden and Corby in the Northern Conference final, Monday night.", "Monday night",
     "Corby broke a club scoring record on Friday.", "Friday", False),
    ("Monday in Riverton: a briefing about the shooting at the mall.", "Monday",
     "A gunman shot two men in Riverton on Saturday.", "Saturday", False),
    ("On Monday the mayor of Halden hosted a briefing for reporters.", "Monday",
     "The mayor of Halden gave reporters a briefing on Tuesday.", "Tuesday", False),
    # ... but both naming an aftermath still leaves their verbs to decide: names released are not
    # the charging announced at a press conference
    ("The sheriff's office in Riverton released the timeline on Thursday.", "Thursday",
     "Kell was charged in Riverton on Sunday at a press conference.", "Sunday", True),
    # Two posts of one kind at clock times hours apart: two posts, not one misdated, on two days
    # or on one (a post is what an office does again and again).
    ("At 8:15 a.m. Sunday the fire department tweeted a warning about the smoke.", "8:15 a.m. Sunday",
     "At 5:40 p.m. Monday the fire department tweeted a warning about the smoke.", "5:40 p.m. Monday", True),
    ("At 8:15 a.m. Sunday the fire department tweeted a warning about the smoke.", "8:15 a.m. Sunday",
     "At 5:40 p.m. Sunday the fire department tweeted a warning about the smoke.", "5:40 p.m. Sunday", True),
    # Another aftermath verb hours apart on two days: two announcements.
    ("The governor announced the evacuation order at 10 a.m. Sunday.", "10 a.m. Sunday",
     "The governor announced the evacuation order at 2 p.m. Monday.", "2 p.m. Monday", True),
    # negatives: the same clock time on two days (one post misdated); one announcement two
    # outlets time differently on one day; an event that is no aftermath
    ("At 8:15 a.m. Sunday the fire department tweeted a warning about the smoke.", "8:15 a.m. Sunday",
     "At 8:15 a.m. Monday the fire department tweeted a warning about the smoke.", "8:15 a.m. Monday", False),
    ("The governor announced the evacuation order at 10 a.m. Sunday.", "10 a.m. Sunday",
     "The governor announced the evacuation order at 2 p.m. Sunday.", "2 p.m. Sunday", False),
    ("In a video, the mayor unveiled the flood plan at 9 a.m. Sunday.", "9 a.m. Sunday",
     "The mayor announced the flood plan at 3 p.m. Sunday.", "3 p.m. Sunday", False),
    ("A gunman shot two men in the parking lot at 2 a.m. Sunday.", "2 a.m. Sunday",
     "A gunman shot two men in the parking lot at 11 p.m. Monday.", "11 p.m. Monday", False),
    # A decision is not the deed it decides: the day the owner decided to fire the coach is not
    # the day the club fired him.
    ("The chairman of Halden United decided Saturday that the manager had to go.", "Saturday",
     "Halden United dismissed its manager on Monday.", "Monday", True),
    # negative: two dates of one decision still conflict
    ("The chairman of Halden United decided Saturday that the manager had to go.", "Saturday",
     "The chairman of Halden United decided Sunday that the manager had to go.", "Sunday", False),
    # An attempt is not the deed.
    ("Kell was convicted of the June 3 attempted robbery of a bank in Riverton.", "June 3",
     "Kell robbed a bank in Riverton on June 7.", "June 7", True),
]


@pytest.mark.parametrize(("text_a", "date_a", "text_b", "date_b", "apart"), DATES)
def test_dates_apart(text_a, date_a, text_b, date_b, apart):
    a, b = _date(text_a, date_a, "a"), _date(text_b, date_b, "b")
    assert occasions.dates_apart(a, b, _events) is apart


# (event lemmas in order, attempted, planned or threatened?)
MODAL = [
    (["attempt", "kill"], True),
    (["plot", "kill"], True),
    (["try", "rob"], True),  # "tried to rob"
    (["try"], False),  # "was tried": a trial
    (["decide"], True),  # "decided Saturday that the manager had to go": the decision, not the dismissal
    (["kill"], False),
    ([], False),
]


@pytest.mark.parametrize(("lemmas", "modal"), MODAL)
def test_is_modal(lemmas, modal):
    assert occasions.is_modal(lemmas) is modal


def test_modal_and_done_table():
    assert occasions.modal_and_done(["attempt", "kill"], ["kill"])
    assert not occasions.modal_and_done(["kill"], ["kill"])
    assert not occasions.modal_and_done(["attempt", "kill"], ["attempt"])
    assert not occasions.modal_and_done(["try"], ["kill"])


def _in_conflict(text_a: str, num_a: str, text_b: str, num_b: str) -> bool:
    """Whether `compare` shows number `num_a` of article a and `num_b` of article b in one conflict."""
    sources = [Source(id="s0", path="s0.txt", text=text_a), Source(id="s1", path="s1.txt", text=text_b)]
    result = pipeline.run(sources, Options())
    ids = {f.id for f in result.facts if isinstance(f, Number) and (f.source, f.text) in (("s0", num_a), ("s1", num_b))}
    return any(c.status == Status.CONFLICT and ids <= set(c.facts) for c in result.claims)


# Two articles each; whether `compare` shows the two numbers in one conflict. A one-edit
# variation of each apart case (one figure changed by one outlet) is still a conflict.
STORIES = [
    # Two quakes on two named days: neither the injury counts nor the magnitudes are a conflict.
    ("A magnitude 6.3 quake struck the island of Pelor on Sunday, injuring eight people, officials said.", "eight",
     "A magnitude 4.9 quake struck the island of Pelor on Tuesday, injuring two people, officials said.", "two", False),
    ("A magnitude 6.3 quake struck the island of Pelor on Sunday, injuring eight people, officials said.", "6.3",
     "A magnitude 4.9 quake struck the island of Pelor on Tuesday, injuring two people, officials said.", "4.9", False),
    # One day named: nothing but the two disagreeing figures, both conflicts shown.
    ("A magnitude 6.3 quake struck the island of Pelor on Sunday, injuring eight people, officials said.", "eight",
     "A magnitude 4.9 quake struck the island of Pelor, injuring two people, officials said.", "two", True),
    ("A magnitude 6.3 quake struck the island of Pelor on Sunday, injuring eight people, officials said.", "6.3",
     "A magnitude 4.9 quake struck the island of Pelor, injuring two people, officials said.", "4.9", True),
    ("A magnitude 6.3 quake struck the island of Pelor on Sunday, injuring eight people, officials said.", "eight",
     "A magnitude 6.3 quake struck the island of Pelor, injuring two people, officials said.", "two", True),
    # One quake read by two agencies: magnitude and depth each still a conflict.
    ("The quake of magnitude 6.1 struck the island of Pelor at a depth of 10 kilometers, the agency said.", "6.1",
     "The quake of magnitude 5.8 struck the island of Pelor at a depth of 35 kilometers, the agency said.", "5.8", True),
    # A father and his son of the same name are two people; one name's two ages a conflict.
    ("Officers found the 7-year-old Tom Vale Jr. and his mother in the house on Elm Road.", "7-year-old",
     "Officers found the 39-year-old Tom Vale and his wife in the house on Elm Road.", "39-year-old", False),
    ("Officers found Tom Vale, 39, and his wife in the house on Elm Road.", "39",
     "Officers found Tom Vale, 93, and his wife in the house on Elm Road.", "93", True),
    ("Police said Dana Kell, 34, was arrested at the house on Elm Road.", "34",
     "Police said Dana Kell, 35, was arrested at the house on Elm Road.", "35", True),
    ("Police said Dana Kell, 34, was arrested at the house on Elm Road.", "34",
     "A jury found Dana Kell, 35, guilty of the robbery at the house on Elm Road.", "35", False),
    # A Roman numeral in the subject is no second person.
    ("The 1,200 World War II veterans marched through the capital of Pelor.", "1,200",
     "The 1,500 veterans marched through the capital of Pelor.", "1,500", True),
]


@pytest.mark.parametrize(("text_a", "num_a", "text_b", "num_b", "conflict"), STORIES)
def test_two_sources(text_a, num_a, text_b, num_b, conflict):
    assert _in_conflict(text_a, num_a, text_b, num_b) is conflict


# (sentence a, date in a, sentence b, date in b, do the two dates share an event class?)
NOUN_AND_VERB = [
    # a noun names the event its verb names: "explosion" and "exploded", "blast" and "exploded"
    ("Inside a Halden bank, a parcel bomb exploded on Friday.", "Friday",
     "At the Halden bank, an explosion took place on Friday afternoon.", "Friday afternoon", True),
    ("Inside a Halden bank, a parcel bomb exploded on Friday.", "Friday",
     "The blast on Friday shattered windows in Halden.", "Friday", True),
    # ... and still the attack it first names
    ("Gunmen attacked a bank in Halden on Friday.", "Friday",
     "At the Halden bank, an explosion took place on Friday afternoon.", "Friday afternoon", True),
    # negatives: another event
    ("Police arrested a suspect in Halden on Monday.", "Monday",
     "At the Halden bank, an explosion took place on Friday afternoon.", "Friday afternoon", False),
]


@pytest.mark.parametrize(("text_a", "date_a", "text_b", "date_b", "shared"), NOUN_AND_VERB)
def test_event_nouns_meet_their_verbs(text_a, date_a, text_b, date_b, shared):
    a, b = _date(text_a, date_a, "a"), _date(text_b, date_b, "b")
    assert bool(_events(a) & _events(b)) is shared

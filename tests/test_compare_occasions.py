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


# (sentence a, number in a, sentence b, number in b, apart by another figure of the sentences?)
SIBLINGS = [
    # Two quakes: each sentence gives its own magnitude.
    ("A magnitude 6.3 quake hit the coast on Sunday, injuring eight people.", "eight",
     "A magnitude 4.9 quake hit the coast, injuring two people.", "two", True),
    # One quake, one outlet's count wrong: the magnitudes agree.
    ("A magnitude 6.3 quake hit the coast on Sunday, injuring eight people.", "eight",
     "A magnitude 6.3 quake hit the coast, injuring two people.", "two", False),
    # Two games of one player: points and rebounds both differ.
    ("Dana Kell finished with 31 points and 12 rebounds in the win.", "31",
     "Dana Kell finished with 18 points and five rebounds in the loss.", "18", True),
    # Only one figure differs: an outlet's mistake, not two games.
    ("Dana Kell finished with 31 points and 12 rebounds in the win.", "31",
     "Dana Kell finished with 18 points and 12 rebounds in the win.", "18", False),
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
    assert occasions.other_sibling_values(sentences.siblings(a), sentences.siblings(b)) is apart


# (sentence a, number in a, sentence b, number in b, two people or times?)
PEOPLE = [
    # A father and his son of the same name (the suffix is read where the frame keeps it: the
    # name after the age, "the 7-year-old Tom Vale Jr.").
    ("Officers found the 7-year-old Tom Vale Jr. in the back room.", "7-year-old",
     "Officers found the 39-year-old Tom Vale in the back room.", "39-year-old", True),
    ("Officers found the 7-year-old Tom Vale in the back room.", "7-year-old",
     "Officers found the 39-year-old Tom Vale in the back room.", "39-year-old", False),
    # One adult's age at the crime and at the trial.
    ("Lee Brandt, 31, was arrested in Riverton.", "31",
     "A jury convicted Lee Brandt, 33, of the robbery.", "33", True),
    # Ten years apart is a mistake, not a birthday.
    ("Lee Brandt, 31, was arrested in Riverton.", "31",
     "A jury convicted Lee Brandt, 41, of the robbery.", "41", False),
    # A child's age a year apart is not read as a birthday.
    ("Mia Kell, 6, was taken to hospital.", "6",
     "Mia Kell, 7, was taken to hospital.", "7", False),
]


@pytest.mark.parametrize(("text_a", "num_a", "text_b", "num_b", "apart"), PEOPLE)
def test_other_person(text_a, num_a, text_b, num_b, apart):
    assert occasions.other_person(_number(text_a, num_a, "a"), _number(text_b, num_b, "b")) is apart


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
    # An attempt is not the deed.
    ("Kell was convicted of the June 3 attempted robbery of a bank in Riverton.", "June 3",
     "Kell robbed a bank in Riverton on June 7.", "June 7", True),
]


@pytest.mark.parametrize(("text_a", "date_a", "text_b", "date_b", "apart"), DATES)
def test_dates_apart(text_a, date_a, text_b, date_b, apart):
    a, b = _date(text_a, date_a, "a"), _date(text_b, date_b, "b")
    assert occasions.dates_apart(a, b, _events) is apart


def test_modal_and_done_table():
    assert occasions.modal_and_done({"attempt", "kill"}, {"kill"})
    assert not occasions.modal_and_done({"kill"}, {"kill"})
    assert not occasions.modal_and_done({"attempt", "kill"}, {"attempt"})


def _in_conflict(text_a: str, num_a: str, text_b: str, num_b: str) -> bool:
    """Whether `compare` shows number `num_a` of article a and `num_b` of article b in one conflict."""
    sources = [Source(id="s0", path="s0.txt", text=text_a), Source(id="s1", path="s1.txt", text=text_b)]
    result = pipeline.run(sources, Options())
    ids = {f.id for f in result.facts if isinstance(f, Number) and (f.source, f.text) in (("s0", num_a), ("s1", num_b))}
    return any(c.status == Status.CONFLICT and ids <= set(c.facts) for c in result.claims)


# Two articles each; whether `compare` shows the two numbers in one conflict. A one-edit
# variation of each apart case (one figure changed by one outlet) is still a conflict.
STORIES = [
    ("A magnitude 6.3 quake struck the island of Pelor on Sunday, injuring eight people, officials said.", "eight",
     "A magnitude 4.9 quake struck the island of Pelor, injuring two people, officials said.", "two", False),
    ("A magnitude 6.3 quake struck the island of Pelor on Sunday, injuring eight people, officials said.", "eight",
     "A magnitude 6.3 quake struck the island of Pelor, injuring two people, officials said.", "two", True),
    ("Officers found the 7-year-old Tom Vale Jr. and his mother in the house on Elm Road.", "7-year-old",
     "Officers found the 39-year-old Tom Vale and his wife in the house on Elm Road.", "39-year-old", False),
    ("Officers found Tom Vale, 39, and his wife in the house on Elm Road.", "39",
     "Officers found Tom Vale, 93, and his wife in the house on Elm Road.", "93", True),
]


@pytest.mark.parametrize(("text_a", "num_a", "text_b", "num_b", "conflict"), STORIES)
def test_two_sources(text_a, num_a, text_b, num_b, conflict):
    assert _in_conflict(text_a, num_a, text_b, num_b) is conflict

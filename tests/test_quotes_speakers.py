"""Speaker rules beyond the basic orders: one table per rule, each with its negatives.

Every sentence here is written for the test; none is taken from an evaluation corpus.
"""

from __future__ import annotations

import pytest

from newsdiff.document import analyze
from newsdiff.model import Source
from newsdiff.reported_speech import analyze as speech


def quotes_of(text: str):
    doc = analyze(Source(id="t", path="t", text=text))
    return speech(doc).quotes


def speaker_texts(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_text) for q in quotes_of(text)]


# A capitalised reporting-verb form inside a name ("United States", "Secretary of State") is
# never a cue; the speaker is the subject of the real verb.
CAPITALISED_NAME_CASES = [
    ('Foreign Secretary Ann Cole said the United States would take "firm steps" soon.',
     [("firm steps", "Foreign Secretary Ann Cole")]),
    ('Secretary of State Ann Cole said allies would take "firm steps" soon.',
     [("firm steps", "Secretary of State Ann Cole")]),
    # negative: a capitalised past-tense verb after a name is still a cue
    ('Senator Lee Tweeted on Friday that the bill was "dead on arrival".',
     [("dead on arrival", "Senator Lee")]),
]


@pytest.mark.parametrize("text, expected", CAPITALISED_NAME_CASES)
def test_capitalised_words_of_a_name_are_not_cues(text, expected):
    assert speaker_texts(text) == expected


# An opening adverbial phrase ("Outside the hall,", "Alongside the protests,") is not the
# subject: a participle's speaker comes after its comma.
OPENER_CASES = [
    ('Outside the hall, the organizers gathered, chanting "Fair pay now."',
     [("Fair pay now.", "the organizers")]),
    ('Alongside the protests, even a party strategist spoke up, saying, "The pressure is rising."',
     [("The pressure is rising.", "a party strategist")]),
    # negative: a sentence that opens with its subject keeps it
    ('The organizers gathered outside, chanting "Fair pay now."',
     [("Fair pay now.", "The organizers")]),
]


@pytest.mark.parametrize("text, expected", OPENER_CASES)
def test_opening_adverbial_phrase_is_not_the_speaker(text, expected):
    assert speaker_texts(text) == expected


# After a question or an exclamation the sentence splitter ends the sentence at the closing
# mark, but a cue opening the next sentence still attributes the quote.
CROSSING_CASES = [
    ('"Did you read the report?" Nolan asked the minister.', [("Did you read the report?", "Nolan")]),
    ('"Enough is enough!" Rep. Dana Kirk, D-Ore., said of the delay.',
     [("Enough is enough!", "Rep. Dana Kirk")]),
    ('"Why now?" the former governor asked. "Nobody wanted this."',
     [("Why now?", "the former governor"), ("Nobody wanted this.", "the former governor")]),
    # negative: a new sentence whose cue comes late is not the quote's attribution
    ('"Why now?"\n\nThe long and winding budget debate in the capital dragged on, Nolan said.',
     [("Why now?", None)]),
]


@pytest.mark.parametrize("text, expected", CROSSING_CASES)
def test_attribution_after_a_question_or_exclamation(text, expected):
    assert speaker_texts(text) == expected

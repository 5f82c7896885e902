"""Every quotation-mark convention of English-language news and corpora, with exact offsets.

Every sentence here is written for the test; none is taken from an evaluation corpus.
"""

from __future__ import annotations

import pytest

from newsdiff.extract.speech.reported import find_speech as speech
from newsdiff.model import Source
from newsdiff.text.document import document_for


def quotes_of(text: str):
    doc = document_for(Source(id="t", path="t", text=text))
    return speech(doc).quotes


# (text, [(quoted words, speaker mention)]) per convention; negatives have no quote.
CONVENTION_CASES = [
    # Straight and curly double marks.
    ('"The road reopens Monday," said Pia Holm.', [("The road reopens Monday,", "Pia Holm")]),
    ("“The road reopens Monday,” said Pia Holm.", [("The road reopens Monday,", "Pia Holm")]),
    # Penn Treebank / wire archives: two backticks open, two apostrophes close.
    ("``We will not back down,'' said Jane Doe.", [("We will not back down,", "Jane Doe")]),
    ("``We will not back down,'' Jane Doe said.", [("We will not back down,", "Jane Doe")]),
    # The same, with the token spacing of text rebuilt from a treebank.
    ("`` We will not back down , '' said Jane Doe .", [("We will not back down ,", "Jane Doe")]),
    ("The mayor said: ``The bridge stays open.''", [("The bridge stays open.", "The mayor")]),
    # Two apostrophes on both sides, the old newspaper-archive convention.
    ("''The bridge stays open,'' the mayor said.", [("The bridge stays open,", "the mayor")]),
    # Guillemets.
    ("«We will rebuild the pier,» said Mayor Ann Lee.", [("We will rebuild the pier,", "Mayor Ann Lee")]),
    # Single marks around a headline-style quotation, and nesting inside double marks.
    ("‘We are not leaving’: dockers defy the port owner", [("We are not leaving", None)]),
    ('"They kept saying \'wait for the audit\' to us," said Omar Haddad.',
     [("They kept saying 'wait for the audit' to us,", "Omar Haddad")]),
    # Negatives: inch marks, feet and inches, possessives and decades are no quotations.
    ("The old model had a 12'' screen and cost less.", []),
    ("The players' union met in the '90s and again last year.", []),
    ("She is 5'10'' tall.", []),
]


@pytest.mark.parametrize("text, expected", CONVENTION_CASES)
def test_quotation_mark_conventions(text, expected):
    got = [(q.text, q.speaker_text) for q in quotes_of(text)]
    assert got == expected


@pytest.mark.parametrize("text, _expected", [c for c in CONVENTION_CASES if c[1]])
def test_offsets_are_exact(text, _expected):
    for q in quotes_of(text):
        assert text[q.start:q.end] == q.text
        assert q.speaker_start is None or text[q.speaker_start:q.speaker_end] == q.speaker_text


# A short attribution that is all that follows the quote speaks the whole sentence, even when
# the writer's lead-in has a verb of its own; "and" + another clause does not.
CLOSING_ATTRIBUTION_CASES = [
    ("The council believes that “the levy is fair,” he continued.", [("the levy is fair,", "he")]),
    ("Our members think the offer is “an insult,” said Ivo Marsh, the union's chairman.",
     [("an insult,", "Ivo Marsh")]),
    ("Lena Ortiz said the plan would “cost a fortune,” and the board voted it down.",
     [("cost a fortune,", "Lena Ortiz")]),
    ("Lena Ortiz said the plan would “cost a fortune,” and then Tom Bell said nothing.",
     [("cost a fortune,", "Lena Ortiz")]),
]


@pytest.mark.parametrize("text, expected", CLOSING_ATTRIBUTION_CASES)
def test_closing_attribution_speaks_the_sentence(text, expected):
    got = [(q.text, q.speaker_text) for q in quotes_of(text)]
    assert got == expected


def claimants_of(text: str) -> list[str]:
    doc = document_for(Source(id="t", path="t", text=text))
    return [text[a.claimant_start:a.claimant_end] for a in speech(doc).attributions if a.cue == "according to"]


# "according to" + evidence + by/from + source: the source is the claimant; a title or an
# organisation whose first word is also a verb ("state", "report") stays whole.
ACCORDING_TO_CASES = [
    ("Ticket sales fell by a fifth, according to the state Lottery Commission.", ["the state Lottery Commission"]),
    ("The levy would raise $40 million a year, according to calculations by Rosa Varga of the treasury.",
     ["Rosa Varga"]),
    ("The senator was in the room, according to audio provided by Lakeside Public Radio.",
     ["Lakeside Public Radio"]),
    ("According to firefighters, the blaze started in the kitchen.", ["firefighters"]),
    # Negative: no cue, no claimant.
    ("The blaze started in the kitchen, the report from the fire service said nothing more.", []),
]


@pytest.mark.parametrize("text, expected", ACCORDING_TO_CASES)
def test_according_to_claimants(text, expected):
    assert claimants_of(text) == expected

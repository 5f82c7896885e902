"""Quotations: marks, speakers, cues, partial quotes and stray marks (written sentences)."""

from __future__ import annotations

import pytest

from newsdiff.extract.speech.reported import find_speech as speech
from newsdiff.model import Source
from newsdiff.text.document import document_for


def quotes_of(text: str):
    doc = document_for(Source(id="t", path="t", text=text))
    return speech(doc).quotes


# (text, [(quoted words, speaker mention text, resolved speaker)]) — one row per sentence shape.
SPEAKER_CASES = [
    ('"We will appeal," said Maria Lopez, a lawyer for the family.',
     [("We will appeal,", "Maria Lopez", "Maria Lopez")]),
    ('"We will appeal," Maria Lopez said.', [("We will appeal,", "Maria Lopez", "Maria Lopez")]),
    ('Maria Lopez said: "We will appeal."', [("We will appeal.", "Maria Lopez", "Maria Lopez")]),
    ('Maria Lopez told Reuters "the ruling is wrong".', [("the ruling is wrong", "Maria Lopez", "Maria Lopez")]),
    ('"The ruling is wrong," Maria Lopez insisted on Tuesday.', [("The ruling is wrong,", "Maria Lopez", "Maria Lopez")]),
    ('"Nothing has changed," the minister wrote.', [("Nothing has changed,", "the minister", "minister")]),
    ('Tom Reyes, a spokesman for the city council, said: "The vote stands."',
     [("The vote stands.", "Tom Reyes", "Tom Reyes")]),
    ('"The vote stands," city council spokesman Tom Reyes told reporters.',
     [("The vote stands,", "city council spokesman Tom Reyes", "Tom Reyes")]),
    ('The union rejected the offer, noting "wages have not kept up".',
     [("wages have not kept up", "The union", "union")]),
    ('"The plan is dead," it said — no', []),  # unclosed mark, checked below
]


@pytest.mark.parametrize("text, expected", [c for c in SPEAKER_CASES if c[1]])
def test_speaker_mention_and_name(text, expected):
    got = [(q.text, q.speaker_text, q.speaker) for q in quotes_of(text)]
    assert got == expected


# A pronoun, surname and honorific resolve to the fullest name met before.
RESOLUTION_CASES = [
    ('Anna Berg, the mayor, spoke first.\n\n"We are ready," she said.', "Anna Berg"),
    ('Anna Berg, the mayor, spoke first.\n\n"We are ready," Berg said.', "Anna Berg"),
    ('Anna Berg, the mayor, spoke first.\n\n"We are ready," Ms Berg said.', "Anna Berg"),
    ('Park Min-jun said the talks had stalled.\n\n"We wait," Park added.', "Park Min-jun"),
    ('The Coastal Safety Council (CSC) said it was alarmed.\n\n"Act now," the CSC said.', "Coastal Safety Council"),
    ('Amnesty International said it was alarmed.\n\n"Act now," the group said.', "Amnesty International"),
]


@pytest.mark.parametrize("text, speaker", RESOLUTION_CASES)
def test_short_mentions_resolve_to_the_full_name(text, speaker):
    assert [q.speaker for q in quotes_of(text)] == [speaker]


def test_description_without_a_name_stays_the_description():
    text = 'A hospital spokeswoman said beds were full.\n\n"We are at capacity," the spokeswoman said.'
    (q,) = quotes_of(text)
    assert q.speaker_text == "the spokeswoman"
    assert q.speaker == "hospital spokeswoman"


def test_quote_split_by_its_attribution_keeps_one_speaker():
    text = '"We tried," Lena Ortiz said. "Nobody listened."'
    got = [(q.text, q.speaker) for q in quotes_of(text)]
    assert got == [("We tried,", "Lena Ortiz"), ("Nobody listened.", "Lena Ortiz")]


def test_quote_running_over_paragraphs_keeps_its_speaker():
    text = 'Lena Ortiz said: "We tried for years.\n\n"Nobody listened to us."'
    got = [(q.text, q.speaker) for q in quotes_of(text)]
    assert got == [("We tried for years.", "Lena Ortiz"), ("Nobody listened to us.", "Lena Ortiz")]


def test_speaker_on_a_dash_line_after_the_quote():
    text = '"The river keeps rising."\n\n— Omar Haddad, a farmer'
    (q,) = quotes_of(text)
    assert (q.speaker, q.cue) == ("Omar Haddad", "—")


# (text, quoted words, partial)
PARTIAL_CASES = [
    ('The board said it acted "properly" at all times.', "properly", True),
    ('Officials described the damage as "severe but local".', "severe but local", True),
    ('"We acted properly," the board said.', "We acted properly,", False),
    ('The board said: "We acted properly."', "We acted properly.", False),
]


@pytest.mark.parametrize("text, words, partial", PARTIAL_CASES)
def test_partial_quotes_are_marked(text, words, partial):
    (q,) = quotes_of(text)
    assert (q.text, q.partial) == (words, partial)


def test_single_quotes_nested_inside_double_are_one_quotation():
    text = "He said there was \"no such thing as so-called 'border crossers' here\"."
    assert [q.text for q in quotes_of(text)] == ["no such thing as so-called 'border crossers' here"]


# Apostrophes are never quotation marks.
@pytest.mark.parametrize(
    "text",
    [
        "It is one's duty to vote, the mayor's aide said.",
        "The farmers' union met in the '90s and again last year.",
        "Don't expect the workers' strike to end soon.",
    ],
)
def test_apostrophes_make_no_quotes(text):
    assert quotes_of(text) == ()


def test_single_quoted_headline_term_is_a_quote():
    assert [q.text for q in quotes_of("Mayor calls plan 'reckless' in letter")] == ["reckless"]


def test_stray_mark_ends_at_its_paragraph_with_a_note():
    text = 'The council said "the budget is final.\n\nThe next meeting is in May.'
    (q,) = quotes_of(text)
    assert q.text == "the budget is final."
    assert q.note == "unclosed quotation mark"
    assert "May" not in q.text


def test_inch_mark_is_not_a_quote():
    assert quotes_of('The suspect is 6\'2" tall, police said.') == ()


def test_quote_with_no_speaker_has_none():
    (q,) = quotes_of('"Large crowds" gather in the square\n\nThe rally began at noon.')
    assert (q.speaker, q.speaker_text, q.cue) == (None, None, None)


def test_offsets_are_exact():
    text = 'Intro line.\n\n"We are ready," said Anna Berg.'
    quotes = quotes_of(text)
    assert len(quotes) == 1
    (q,) = quotes
    assert q.text == "We are ready,"
    assert q.speaker_text == "Anna Berg"
    assert text[q.start:q.end] == q.text
    assert text[q.speaker_start:q.speaker_end] == q.speaker_text


# Long hostile inputs: every one is extracted (no timing here; /tmp benchmarks measure speed)
# and every quote and attribution points at its exact text.
HOSTILE = [
    "he said that " * 4000,
    '"a" said "b" ' * 3000,
    "X told Y " * 5000,
    "said Foo " * 5000,
    '"' * 50000,
    "“word " * 8000,
    "Mr. Koo said. " * 3000,
    "according to Foo, " * 3000,
    "Foo said, saying " * 3000,
    'Foo: "x" ' * 5000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=[t[:12] for t in HOSTILE])
def test_long_hostile_input_is_extracted_with_exact_offsets(text):
    result = speech(document_for(Source(id="x", path="x", text=text)))
    for fact in result.quotes + result.attributions:
        assert text[fact.start:fact.end] == fact.text
    for q in result.quotes:
        assert any(c.isalnum() for c in q.text)  # marks alone quote nobody
        if q.speaker_start is not None:
            assert text[q.speaker_start:q.speaker_end] == q.speaker_text
    if text.startswith('"' * 3):
        assert result.quotes == ()

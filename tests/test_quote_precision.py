"""Quotation marks that report nobody's words: markup attribute values, and a headline's echo of
a quote the story reports.

Every sentence here is written for the test; none is taken from an evaluation corpus.
"""

from __future__ import annotations

import pytest

from newsdiff.extract.speech import quote_marks
from newsdiff.extract.speech.reported import find_speech as speech
from newsdiff.model import Source
from newsdiff.text.document import document_for


def quoted(text: str) -> list[str]:
    doc = document_for(Source(id="t", path="t", text=text))
    return [q.text for q in speech(doc).quotes]


# (text, quoted words): marks inside a tag delimit attribute values; marks in its content,
# or around a tag-like run that is no tag, still quote.
MARKUP_CASES = [
    ('<post author="harbourcity" id="88120">The ferry runs again tomorrow.</post>', []),
    ("<post author='harbourcity' time='1700000000'>Ferries resume.</post>", []),
    ('<embed src="clip.mp4"/>\n\nThe clip shows the pier.', []),
    ('<post id="55">"We are back," the operator wrote.</post>',
     ["We are back,"]),
    ('<a href="https://example.org/pier">"The pier is safe," said Ana Ruiz.</a>',
     ["The pier is safe,"]),
    # Not markup: a comparison, and a lone angle bracket.
    ('Costs rose 3 < 5 percent, and "we are fine," said Ana Ruiz.', ["we are fine,"]),
    ('"Turnout was <40 percent," said Ana Ruiz.', ["Turnout was <40 percent,"]),
]


@pytest.mark.parametrize(("text", "expected"), MARKUP_CASES)
def test_marks_inside_markup_tags_are_not_quotations(text, expected):
    assert quoted(text) == expected


def test_markup_is_blanked_keeping_positions():
    text = 'A <b class="x">bold</b> "word" here'
    blanked = quote_marks.without_markup(text)
    assert len(blanked) == len(text)
    assert blanked.index('"word"') == text.index('"word"')
    assert "class" not in blanked
    assert quote_marks.without_markup("no tags at all") == "no tags at all"


# (article, quoted words): the first paragraph is the headline.
HEADLINE_CASES = [
    # The headline echoes a quote the story reports: the story's quotation is the fact.
    ("Mayor: bridge plan 'Dead On Arrival.'\n\n"
     'The bridge plan is "dead on arrival," Mayor Ann Lee said on Monday.',
     ["dead on arrival,"]),
    ('Port strike called a "last resort"\n\n'
     'Union leader Omar Haddad said the strike was "a last resort" for the dockers.',
     ["a last resort"]),
    # Negatives: a headline quote the story never quotes again is kept.
    ("Mayor: bridge plan 'Dead On Arrival.'\n\n"
     "The mayor spoke against the bridge plan on Monday.",
     ["Dead On Arrival."]),
    # Words repeated without marks in the story are not a quotation of them.
    ("Mayor: bridge plan 'Dead On Arrival.'\n\n"
     "The mayor said the plan was dead on arrival.",
     ["Dead On Arrival."]),
    # A headline quote longer than the story's quote is not its echo.
    ('"We will rebuild the pier by June," mayor says\n\n'
     '"We will rebuild the pier," said Mayor Ann Lee.',
     ["We will rebuild the pier by June,", "We will rebuild the pier,"]),
    # Only the headline: quotes of a later paragraph are never dropped as echoes.
    ("Ferries resume after storm\n\n"
     '"We are back," the operator said.\n\n'
     '"We are back," she said again.',
     ["We are back,", "We are back,"]),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINE_CASES)
def test_headline_echo_of_a_story_quote_is_dropped(text, expected):
    assert quoted(text) == expected

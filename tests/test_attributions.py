"""Indirect attributions: according to, said that, reported, citing chains, told X."""

from __future__ import annotations

import pytest

from newsdiff.document import analyze
from newsdiff.model import Source
from newsdiff.reported_speech import analyze as speech


def attributions_of(text: str):
    doc = analyze(Source(id="t", path="t", text=text))
    return speech(doc).attributions


# (text, [(claimant, cue, channel, content)])
CASES = [
    ("The bridge will close in May, according to the transport agency.",
     [("transport agency", "according to", None, "The bridge will close in May")]),
    ("According to Harbor Watch, the spill covered 40 square miles.",
     [("Harbor Watch", "according to", None, "the spill covered 40 square miles")]),
    ("The mayor said that the budget was balanced.",
     [("mayor", "said", None, "the budget was balanced")]),
    ("Local police reported that three people were hurt.",
     [("Local police", "reported", None, "three people were hurt")]),
    ("Nina Patel told Reuters that the plant would reopen.",
     [("Nina Patel", "told", "Reuters", "the plant would reopen")]),
    ("The fire spread quickly, as reported by the Daily Ledger.",
     [("Daily Ledger", "as reported by", None, "The fire spread quickly")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_attribution_shapes(text, expected):
    got = [(a.claimant, a.cue, a.channel, a.text) for a in attributions_of(text)]
    assert got == expected


def test_citing_chain_keeps_the_reporter_as_claimant_first():
    text = "The newspaper Coast Herald, citing fishermen, reported that nearly 300 boats were lost."
    got = [(a.claimant, a.cue, a.text) for a in attributions_of(text)]
    assert got == [
        ("Coast Herald", "reported", "nearly 300 boats were lost"),
        ("fishermen", "citing", "nearly 300 boats were lost"),
    ]


# Sentences that attribute nothing: nouns that look like verbs, a quote's own attribution.
@pytest.mark.parametrize(
    "text",
    [
        "This follows recent reports of flooding in the valley.",
        "His claims were dismissed by the court in March.",
        '"We will rebuild," she said during a visit to the site.',
        "The weather was mild for the season.",
    ],
)
def test_no_attribution(text):
    assert attributions_of(text) == ()


def test_claimant_offsets_point_at_the_mention():
    text = "The river rose overnight, according to the Weather Service."
    (a,) = attributions_of(text)
    assert text[a.claimant_start:a.claimant_end] == "the Weather Service"
    assert text[a.start:a.end] == a.text

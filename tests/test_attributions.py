"""Indirect attributions: according to, said that, reported, citing chains, told X."""

from __future__ import annotations

import pytest

from newsdiff.extract.speech.reported import find_speech as speech
from newsdiff.model import Source
from newsdiff.text.document import document_for


def attributions_of(text: str):
    doc = document_for(Source(id="t", path="t", text=text))
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


# (text, claimant, cue): shapes where the claimant is not the nearest noun phrase.
CLAIMANT_CASES = [
    # a long title before a name: the name is the claimant, the title its role
    ("UN special envoy on refugees in East Timor Maria Gomes estimates that some 900 families are stranded.",
     "Maria Gomes", "estimates"),
    # a relative clause with its own subject: "who rights groups claim face …"
    ("The arrest of dozens of miners, who aid groups claim face charges for striking, drew protests.",
     "aid groups", "claim"),
    # cited X as saying: X is the claimant
    ("The charity cited a nurse at the border clinic as saying that supplies ran out on Monday.",
     "nurse at the border clinic", "saying"),
    # a counted group with a compound noun after a nationality
    ("According to several Canadian farm groups that track prices, feed costs doubled this year.",
     "Canadian farm groups", "according to"),
]


@pytest.mark.parametrize("text, claimant, cue", CLAIMANT_CASES)
def test_claimant_is_the_right_phrase(text, claimant, cue):
    got = [(a.claimant, a.cue) for a in attributions_of(text)]
    assert (claimant, cue) in got


# Negatives: the relative pronoun's antecedent is still the claimant when nothing stands
# between it and the verb; a plain "quoted" with no "as saying" keeps its subject.
@pytest.mark.parametrize(
    "text, claimant, cue",
    [
        ("The miners, who claim the charges are false, marched on Friday.", "miners", "claim"),
        ("Ana Ruiz, a nurse who fled in 2001, claimed that the clinic had closed.", "Ana Ruiz", "claimed"),
    ],
)
def test_claimant_without_an_embedded_subject(text, claimant, cue):
    got = [(a.claimant, a.cue) for a in attributions_of(text)]
    assert (claimant, cue) in got

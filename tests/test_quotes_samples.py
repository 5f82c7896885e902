"""The issue's "done when" on the five sample articles: speakers a careful reader would name."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from newsdiff import people
from newsdiff.extract.speech.reported import find_speech as speech
from newsdiff.io import ingest
from newsdiff.text.document import document_for

from .conftest import SAMPLES


@pytest.fixture(scope="module")
def merged():
    sources, _, _ = ingest.read([str(SAMPLES)])
    quotes, mentions = [], []
    for source in sources:
        result = speech(document_for(source))
        quotes.extend(result.quotes)
        mentions.extend(result.mentions)
    persons, canonical = people.merge(mentions)
    named = [(q, canonical(q.source, q.speaker) if q.speaker else None) for q in quotes]
    return named, persons


def test_wang_wenbin_is_quoted_in_all_five_articles_and_only_his_words():
    result = subprocess.run(
        [sys.executable, "-m", "newsdiff", "quotes", str(SAMPLES), "--speaker", "Wang Wenbin", "--json"],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode in (0, 1), result.stderr  # 1: the samples' README is skipped
    quotes = [f for f in json.loads(result.stdout)["facts"] if f["kind"] == "quote"]
    assert quotes and {q["speaker"] for q in quotes} == {"Wang Wenbin"}
    assert len({q["source"] for q in quotes}) == 5


def test_koo_spellings_are_one_person_with_roles_that_differ(merged):
    _, persons = merged
    found = people.find(persons, "koo byoungsam")
    assert [p.name for p in found] == ["Koo Byoung-sam"]
    heads = {word for r in found[0].roles for word in r.role.split() if word.startswith("spokes")}
    assert heads == {"spokesman", "spokeswoman", "spokesperson"}


@pytest.mark.parametrize(
    "words, speaker",
    [
        ("Being sent to North Korea was", "Jihyun Park"),
        ("Especially, China", "Jihyun Park"),
        ("The Chinese government should allow UN", "Human Rights Watch"),
        ("denounce China's latest returns", "Human Rights Watch"),
        ("(Our) government’s position", "Koo Byoung-sam"),
        ("We call on all states", "U.S. State Department spokesperson"),
        ("economic migrants", "China"),  # 000: "It claims they are ..." after "China does not ..."
    ],
)
def test_sample_speakers(merged, words, speaker):
    named, _ = merged
    # "economic migrants" is also quoted in 003, where Chinese authorities use the term.
    found = {name for q, name in named if q.text.startswith(words) and not q.source.startswith("003")}
    assert found == {speaker}


def test_headline_quote_has_no_speaker(merged):
    named, _ = merged
    assert [name for q, name in named if q.text == "Large number"] == [None]

"""Bounded work on text with no sentence end: long runs are cut into bounded sentences."""

import datetime as dt
from itertools import pairwise

import pytest

from newsdiff.extract.dates import extractor as dates_extractor
from newsdiff.model import Source
from newsdiff.options import Options
from newsdiff.pipeline import extract_source
from newsdiff.text import segment
from newsdiff.text.normalize import fold


def _sentences(text):
    return [s for p in segment.paragraphs(text) for s in segment.sentences(text, p)]


def test_a_run_without_sentence_end_is_cut_at_spaces_into_bounded_sentences():
    text = "the minister said that " * 400  # 9,200 characters, no full stop
    sents = _sentences(text)
    assert len(sents) > 1
    assert all(len(s) <= segment.MAX_SENTENCE for s in sents)
    for before, after in pairwise(sents):
        assert text[before.end : after.start].strip() == ""  # cut at a space, nothing lost


def test_a_long_sentence_is_cut_after_a_comma_when_there_is_one():
    text = ("word " * 100 + "one, ") * 5
    first = _sentences(text)[0]
    assert text[first.start : first.end].endswith(",")


def test_a_line_without_any_space_is_cut_hard_and_still_tiles():
    text = "x" * 2500
    sents = _sentences(text)
    assert [len(s) for s in sents] == [600, 600, 600, 600, 100]


def test_ordinary_sentences_are_not_cut():
    text = "Officials said on Monday that about 600 people were sent back. " * 3
    assert len(_sentences(text)) == 3


def test_nested_attributions_stay_bounded_by_the_sentence_cap():
    text = "he said that " * 2000
    facts = extract_source(Source(id="x", path="x", text=text), Options()).facts
    assert facts and max(len(f.text) for f in facts) <= segment.MAX_SENTENCE


def test_ascii_fold_is_lower_case_and_other_text_keeps_the_full_fold():
    assert fold("KOO Byoung-Sam") == "koo byoung-sam"
    assert fold("Müller’s STRASSE") == "muller's strasse"


@pytest.mark.parametrize("sentence, has_date", [
    ("1. 2. 3.", False), ("12, 34, 56,", False), ("(1) (2)", False),
    ("In 2023.", True), ("At 10:30.", True), ("The '90s.", True), ("On Monday.", True),
])
def test_the_date_prefilter_skips_only_sentences_without_anything_date_like(sentence, has_date):
    assert bool(dates_extractor.find(sentence, dt.date(2023, 10, 13))) == has_date

"""Property tests: for any text, extraction never crashes, offsets are exact, output is stable."""

from itertools import pairwise

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdiff.extract.speech import reported as reported_speech
from newsdiff.model import Source
from newsdiff.options import Options
from newsdiff.pipeline import extract_source
from newsdiff.text import segment

# Pieces of news-like text, so random combinations reach the extractors' interesting paths.
PIECES = st.sampled_from([
    " ", "\n", "\n\n", ".", ",", '"', "“", "”", "'", "’", "(", ")", "—", "-", ":", "$", "%",
    "said", "told", "according to", "He", "she added", "Mr", "Dr.", "U.S.", "Koo", "Reuters",
    "600", "2,000", "1.5", "million", "nearly", "more than", "hundreds", "five", "one's",
    "Monday", "on Thursday", "October 9", "2023", "last week", "may", "March", "25 years",
    "Related", "Advertisement", "COVID-19", "a.m.", "The",
])
TEXTS = st.one_of(
    st.lists(PIECES, max_size=60).map(" ".join),
    st.lists(PIECES, max_size=60).map("".join),
    st.text(max_size=300),
)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(TEXTS)
def test_every_fact_points_at_its_exact_text(text):
    result = extract_source(Source(id="x", path="x", text=text), Options())
    for fact in result.facts:
        assert text[fact.start : fact.end] == fact.text
        assert 0 <= fact.start <= fact.end <= len(text)
        start = getattr(fact, "speaker_start", None) or getattr(fact, "claimant_start", None)
        if start is not None:
            assert 0 <= start <= len(text)


@SETTINGS
@given(TEXTS)
def test_extraction_is_deterministic(text):
    source = Source(id="x", path="x", text=text)
    first = extract_source(source, Options())
    reported_speech.cache_clear()  # else the second run reads the first one's quotes from the cache
    assert first == extract_source(source, Options())


@SETTINGS
@given(TEXTS)
def test_sentences_tile_their_paragraph_in_order(text):
    for para in segment.paragraphs(text):
        sents = segment.sentences(text, para)
        assert sents and sents[0].start == para.start and sents[-1].end == para.end
        for before, after in pairwise(sents):
            assert before.end <= after.start
            assert text[before.end : after.start].strip() == ""

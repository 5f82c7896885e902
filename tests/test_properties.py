"""Property tests: for any text, extraction never crashes, offsets are exact, output is stable,
and the whole pipeline gives the same answer whatever the order of its sources.

Examples per test come from the Hypothesis profile loaded in conftest.py (HYPOTHESIS_PROFILE;
"ci" by default: 250 a test, 2,000 in all over the eight tests here).
"""

import tempfile
from itertools import pairwise
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from newsdiff import pipeline
from newsdiff.extract.speech import reported as reported_speech
from newsdiff.io import decode as decoding
from newsdiff.io import ingest
from newsdiff.model import Source
from newsdiff.options import Options
from newsdiff.pipeline import extract_source
from newsdiff.render import json as json_render
from newsdiff.render.safe import safe
from newsdiff.text import segment

# Pieces of news-like text (quotes, numbers, dates, names, abbreviations, speech verbs), so random
# combinations reach the extractors' interesting paths.
PIECES = st.sampled_from([
    " ", "\n", "\n\n", ".", ",", '"', "“", "”", "'", "’", "(", ")", "—", "-", ":", "$", "%",
    "said", "told", "according to", "He", "she added", "Mr", "Dr.", "U.S.", "Koo", "Reuters",
    "Kim Jong Un", "the ministry", "a spokesman", "Wang Wenbin", "No.", "St.", "Jan.", "p.m.",
    "600", "2,000", "1.5", "million", "nearly", "more than", "hundreds", "five", "one's", "$3bn",
    "Monday", "on Thursday", "October 9", "2023", "last week", "may", "March", "25 years",
    "9999-12-31", "0001", "Related", "Advertisement", "COVID-19", "a.m.", "The", "1.", "\x1b[2J",
])
NEWS_CHUNK = st.one_of(st.lists(PIECES, max_size=60).map(" ".join), st.lists(PIECES, max_size=60).map("".join))
# Up to 20 KB: a chunk of news-like pieces or arbitrary text, repeated (long texts stay affordable:
# the repeats are what stress the linear-time paths).
TEXTS = st.one_of(
    NEWS_CHUNK,
    st.text(max_size=300),
    st.tuples(st.one_of(NEWS_CHUNK, st.text(min_size=1, max_size=200)), st.integers(1, 400))
    .map(lambda t: (t[0] * t[1])[:20_000]),
)


def _extract(text):
    return extract_source(Source(id="x", path="x", text=text), Options())


@given(TEXTS)
def test_every_fact_points_at_its_exact_text(text):
    for fact in _extract(text).facts:
        assert text[fact.start : fact.end] == fact.text
        assert 0 <= fact.start <= fact.end <= len(text)
        start = getattr(fact, "speaker_start", None) or getattr(fact, "claimant_start", None)
        if start is not None:
            assert 0 <= start <= len(text)


@given(st.text(max_size=2_000))
def test_arbitrary_text_never_raises_and_offsets_stay_exact(text):
    for fact in _extract(text).facts:
        assert text[fact.start : fact.end] == fact.text


@given(TEXTS)
def test_extraction_is_deterministic(text):
    first = _extract(text)
    reported_speech.cache_clear()  # else the second run reads the first one's quotes from the cache
    assert first == _extract(text)


@given(TEXTS)
def test_sentences_tile_their_paragraph_in_order_and_stay_bounded(text):
    for para in segment.paragraphs(text):
        sents = segment.sentences(text, para)
        assert sents and sents[0].start == para.start and sents[-1].end == para.end
        assert all(len(s) <= segment.MAX_SENTENCE for s in sents)
        for before, after in pairwise(sents):
            assert before.end <= after.start
            assert text[before.end : after.start].strip() == ""


@given(st.lists(NEWS_CHUNK.filter(str.strip), min_size=2, max_size=4), st.randoms(use_true_random=False))
def test_the_same_files_in_any_order_give_byte_identical_json(texts, rnd):
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for i, text in enumerate(texts):
            path = Path(folder) / f"{i}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(str(path))
        shuffled = list(paths)
        rnd.shuffle(shuffled)
        outputs = []
        for order in (paths, shuffled):
            sources, _, _ = ingest.read(order)  # the CLI's route: canonical order, then the pipeline
            outputs.append(json_render.dumps(pipeline.run(sources, Options())))
    assert outputs[0] == outputs[1]


@given(st.binary(max_size=3_000))
def test_decoding_any_bytes_gives_text_or_a_decode_error(data):
    try:
        decoded = decoding.decode(data)
    except decoding.DecodeError:
        return
    assert isinstance(decoded.text, str)
    decoded.text.encode("utf-8", errors="surrogatepass")


@given(st.text(max_size=500))
def test_safe_text_has_no_terminal_control_left(text):
    shown = safe(text)
    for ch in shown.replace("\r\n", "\n"):
        assert ch in "\n\t" or not (ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F or ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    assert safe(shown) == shown  # escaping is done once: already safe text is left alone


@given(st.lists(st.text(min_size=1, max_size=300).filter(str.strip), min_size=2, max_size=3))
def test_the_pipeline_never_raises_on_arbitrary_sources(texts):
    sources = [Source(id=f"s{i}", path=f"s{i}.txt", text=t) for i, t in enumerate(texts)]
    result = pipeline.run(sources, Options())
    assert result.skipped == () and len(result.sources) == len(texts)

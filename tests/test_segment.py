"""Sentence and paragraph segmentation: (text, expected sentences) tables, offsets exact."""

import pytest

from newsdiff.model import Span
from newsdiff.text import segment


def split(text: str) -> list[str]:
    out = []
    for para in segment.paragraphs(text):
        out.extend(text[s.start : s.end] for s in segment.sentences(text, para))
    return out


@pytest.mark.parametrize(
    "text, expected",
    [
        ("U.S. officials met on Monday. They left.", ["U.S. officials met on Monday.", "They left."]),
        ("Mr. Koo spoke first. Then Dr. Lee replied.", ["Mr. Koo spoke first.", "Then Dr. Lee replied."]),
        ("Mr Koo said South Korea protested. He declined.", ["Mr Koo said South Korea protested.", "He declined."]),
        ("The novel by J. K. Rowling sold well. Critics agreed.",
         ["The novel by J. K. Rowling sold well.", "Critics agreed."]),
        ("The IRS recovered $4.7 billion. Officials cheered.",
         ["The IRS recovered $4.7 billion.", "Officials cheered."]),
        ('"It is wrong. We protest," he said. Nobody replied.',
         ['"It is wrong. We protest," he said.', "Nobody replied."]),
        ("“A mistake. A big one,” she added. Then she left.",
         ["“A mistake. A big one,” she added.", "Then she left."]),
        ('He said it was "true." Then he left.', ['He said it was "true."', "Then he left."]),
        ("Is it over? Nobody knows! Wait and see.", ["Is it over?", "Nobody knows!", "Wait and see."]),
        ("They met at 9 a.m. on Friday. It ended late.", ["They met at 9 a.m. on Friday.", "It ended late."]),
        # a stray quotation mark does not glue the paragraph into one sentence
        ('He said "no. It ended. Then more.', ['He said "no.', "It ended.", "Then more."]),
        # lower-case after a period is not a boundary
        ("The vote was 5 vs. 3 in favour. Done.", ["The vote was 5 vs. 3 in favour.", "Done."]),
        ("He lives in the U.S. The rest stayed.", ["He lives in the U.S.", "The rest stayed."]),
        ("The U.S. State Department agreed.", ["The U.S. State Department agreed."]),
        ("Chairman G.K. Chesterton spoke. Then he sat.", ["Chairman G.K. Chesterton spoke.", "Then he sat."]),
        ("They met in Olympia, Wash. Officials were there.", ["They met in Olympia, Wash. Officials were there."]),
        ("It opened at 9 a.m. The queue was long.", ["It opened at 9 a.m.", "The queue was long."]),
        ("Read No. 10 first. Then No. 11.", ["Read No. 10 first.", "Then No. 11."]),
    ],
)
def test_sentences(text, expected):
    assert split(text) == expected


def test_every_line_is_a_paragraph_in_scraped_text():
    text = "Title line\nFirst paragraph here.\n\nSecond paragraph.\n"
    paras = [text[p.start : p.end] for p in segment.paragraphs(text)]
    assert paras == ["Title line", "First paragraph here.", "Second paragraph."]


def test_hard_wrapped_text_joins_lines_into_paragraphs():
    text = (
        "The ministry said on Friday that it had\nprotested to the embassy.\n\n"
        "Officials declined to say how many people\nwere sent back across the border.\n"
    )
    paras = [text[p.start : p.end] for p in segment.paragraphs(text)]
    assert len(paras) == 2
    assert paras[1].startswith("Officials") and paras[1].endswith("border.")


def test_offsets_are_exact_with_crlf_and_indentation():
    text = "  First one. Second one.\r\n\r\n\tThird one.\r\n"
    spans = [s for para in segment.paragraphs(text) for s in segment.sentences(text, para)]
    assert [(s.start, s.end) for s in spans] == [(2, 12), (13, 24), (29, 39)]
    assert [text[s.start : s.end] for s in spans] == ["First one.", "Second one.", "Third one."]


def test_quote_regions_ignore_an_unmatched_mark():
    text = 'He said “yes and then “maybe” later.'
    regions = segment.quote_regions(text, Span(0, len(text)))
    assert [text[r.start : r.end] for r in regions] == ["“maybe”"]

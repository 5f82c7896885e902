"""Page furniture is marked (not deleted), and never yields facts."""

import pytest

from newsdiff.model import Source
from newsdiff.text.document import document_for

from .conftest import SAMPLES


def marked_kinds(text: str) -> list[tuple[str, str]]:
    doc = document_for(Source(id="t", path="t", text=text))
    return [(f.kind, text[f.span.start : f.span.end]) for f in doc.furniture]


@pytest.mark.parametrize(
    "line, kind",
    [
        ("ADVERTISEMENT Advertisement", "advertisement"),
        ("Advertisement", "advertisement"),
        ("Story continues below advertisement", "advertisement"),
        ("Home > World > Asia", "breadcrumb"),
        ("Current:Home > NewsSome headline", "breadcrumb"),
        ("veryGood! (6873)", "counter"),
        ("1,204 comments", "counter"),
        ("Share", "interface"),
        ("Facebook Twitter Email", "interface"),
        ("Date:2025-04-12 09:31:28", "metadata"),
        ("Related article: Seoul expresses concern", "links"),
        ("READ MORE: Officials respond", "links"),
    ],
)
def test_whole_line_furniture(line, kind):
    text = f"Officials met on Friday to discuss it.\n{line}\nThey agreed on a plan.\n"
    assert (kind, line) in marked_kinds(text)


@pytest.mark.parametrize(
    "line",
    [
        "Officials met on Friday to discuss the plan.",
        "Share prices fell 5 percent on Monday after the report.",
        "The viewing deck was closed for 3 days.",
        "Home ministers from 12 countries met in Paris.",
    ],
)
def test_body_sentences_are_not_furniture(line):
    text = f"A first line of reporting here.\n{line}\n"
    assert marked_kinds(text) == []


def test_link_list_runs_until_body_text():
    body = "A" * 30 + " reporting continues with a long paragraph " + "x" * 200 + "."
    text = "Lead paragraph.\nRelated\n- Headline one\n- Headline two\n" + body + "\n"
    kinds = marked_kinds(text)
    assert [k for k, _ in kinds] == ["links", "links", "links"]
    assert all(piece != body for _, piece in kinds)


def test_photo_credit_is_marked_inside_a_caption():
    text = "(Photo: JANE DOE/AFP via Getty Images) In a photo taken on May 1, 2020 people walk.\nBody.\n"
    assert marked_kinds(text) == [("credit", "(Photo: JANE DOE/AFP via Getty Images)")]


def test_sample_004_headline_list_is_furniture():
    path = next(SAMPLES.glob("004_*.txt"))
    text = path.read_text(encoding="utf-8")
    doc = document_for(Source(id="004", path=str(path), text=text))
    cut = text.index("veryGood!")
    tail_paragraphs = [p for p in doc.paragraphs if p.start >= cut]
    marked = {f.span for f in doc.furniture}
    assert tail_paragraphs and all(p in marked for p in tail_paragraphs)
    # the article body before it is not furniture
    body = text.index("Koo said Seoul")
    assert not doc.is_furniture(type(tail_paragraphs[0])(body, body + 20))


def test_advertisement_marker_in_sample_000_is_furniture():
    path = next(SAMPLES.glob("000_*.txt"))
    text = path.read_text(encoding="utf-8")
    kinds = marked_kinds(text)
    assert ("advertisement", "ADVERTISEMENT Advertisement") in kinds

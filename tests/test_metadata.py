"""Title, publication date and outlet read from an article's own text."""

import pytest

from newsdiff.io.metadata import parse_date
from newsdiff.model import Source
from newsdiff.text.document import document_for


def meta(text: str):
    source = document_for(Source(id="t", path="t", text=text)).source
    return source.title, source.published, source.outlet


@pytest.mark.parametrize(
    "text, published",
    [
        ("Headline\nDate:2025-04-12 09:31:28\nBody text here.\n", "2025-04-12"),
        ("Headline\nPublished: October 13, 2023\nBody text here.\n", "2023-10-13"),
        ("Headline\nUpdated on: 13 Oct 2023, 10:02\nBody.\n", "2023-10-13"),
        ("WASHINGTON, Oct. 13, 2023 (Reuters) - Officials said.\n", "2023-10-13"),
        # no year: not a publication date we can trust
        ("Headline\nPublished: October 13\nBody.\n", None),
        ("Headline\nBody mentions 2023 but no date line.\n", None),
    ],
)
def test_publication_date(text, published):
    assert meta(text)[1] == published


@pytest.mark.parametrize(
    "text, outlet",
    [
        ("Headline\nSEOUL, South Korea (AP) — Officials said on Friday.\n", "Associated Press"),
        ("Headline\nLONDON (Reuters) - Shares fell.\n", "Reuters"),
        ("Headline\nBody of the story.\n\nThe British Broadcasting Corporation\n\nMore body.\n",
         "The British Broadcasting Corporation"),
        ("Headline\nBody of the story without any sign-off at all.\n", None),
    ],
)
def test_outlet(text, outlet):
    assert meta(text)[2] == outlet


def test_title_is_the_first_line_when_it_reads_like_a_headline():
    assert meta("Seoul protests returns\nBody text.\n")[0] == "Seoul protests returns"


def test_markdown_heading_marks_are_not_part_of_the_title():
    assert meta("# Seoul protests returns\n\nBody text.\n")[0] == "Seoul protests returns"


def test_photo_caption_is_not_a_title():
    text = "(Photo: A B/AFP via Getty Images) People on a deck.\nBody.\n"
    assert meta(text)[0] is None


@pytest.mark.parametrize("value, expected", [
    ("2023-10-13", "2023-10-13"), ("Oct 13, 2023", "2023-10-13"), ("13 October 2023", "2023-10-13"),
    ("October 2023", None), ("yesterday", None), ("2023", None),
])
def test_parse_date_refuses_to_guess(value, expected):
    assert parse_date(value) == expected

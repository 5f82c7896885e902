"""Expressions that point back at a date the article named before ("the following year", "that
day") are resolved against that date, not the publication date. Every sentence was written for
these tests; the negatives are the same words where nothing precise enough came before, or where
the words are no such expression.
"""

import pytest

from newsdiff.extract.dates.extractor import extract
from newsdiff.model import Source
from newsdiff.options import Options
from newsdiff.text.document import document_for

PUBLISHED = "2023-10-25"


def dates(text: str) -> dict[str, tuple[str, str, object]]:
    doc = document_for(Source(id="t", path="t", text=text, published=PUBLISHED))
    return {f.text: (f.type, f.value, f.anchor) for f in extract(doc, Options())}


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        ("The singer moved to Lisbon in 2004. The following year she recorded her first album.",
         "The following year", ("DATE", "2005", None)),
        ("The bakery opened in March 2011 and closed later that year.", "later that year", ("DATE", "2011", None)),
        ("Fishing boats left port on July 2, 2019. Earlier that day, the harbour master had warned them.",
         "Earlier that day", ("DATE", "2019-07-02", None)),
        ("The council voted on July 2, 2019. The next morning, the mayor resigned.",
         "The next morning", ("TIME", "2019-07-03TMO", None)),
        ("The plant shut in August 2015. The following month, the workers were let go.",
         "The following month", ("DATE", "2015-09", None)),
        ("The bank earned $3 million in the third quarter of 2021. Results for that quarter included a gain.",
         "that quarter", ("DATE", "2021-Q3", None)),
        ("The storm hit on Monday. The previous day, residents had left.",
         "The previous day", ("DATE", "2023-10-22", "published")),
        # negative: "the next week/month/year" is as often the coming one, read from publication
        ("The plant shut in August 2015. Over the next month, it sold its machines.",
         "the next month", ("DATE", "2023-11", "published")),
        # the expression just resolved is the reference of the next one
        ("The club was founded in 1990. The following year it won the cup, and that year it also moved.",
         "that year", ("DATE", "1991", None)),
    ],
)
def test_back_references_resolve_against_the_last_date_named(text, expression, expected):
    assert dates(text)[expression] == expected


@pytest.mark.parametrize(
    "text, absent",
    [
        # nothing precise enough named before: left out rather than read against publication
        ("The following year she recorded her first album.", "The following year"),
        ("The bakery opened in 2011. Earlier that day, the owner cut a ribbon.", "Earlier that day"),
        # not an expression of time
        ("The firm opened a day care center in 2010. It said that day care was popular.", "that day"),
        # "the prior year" from a background date: no base named for the figure
        ("The brewery, founded in 1998, said profit rose 5% from the prior year.", "the prior year"),
    ],
)
def test_no_back_reference_without_a_date_or_the_expression(text, absent):
    assert absent not in dates(text)


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        # "the following/previous <weekday>" counts from the last day the story named
        ("The talks opened on Oct. 2, 2019, and closed the following Friday.",
         "the following Friday", ("DATE", "2019-10-04", None)),
        ("Shares closed lower on Friday. The index was 3% below the previous Friday.",
         "the previous Friday", ("DATE", "2023-10-13", "published")),
        ("The ship docked on March 9, 2021. It had left the preceding Sunday.",
         "the preceding Sunday", ("DATE", "2021-03-07", None)),
        ("The judge ruled on Tuesday, June 6, 2017, and the appeal came the next Tuesday.",
         "the next Tuesday", ("DATE", "2017-06-13", None)),
    ],
)
def test_weekday_counted_from_the_story_day(text, expression, expected):
    assert dates(text)[expression] == expected


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        # negatives: no day named before, the publication date as before
        ("The index was 3% below the previous Friday.", "previous Friday", ("DATE", "2023-10-20", "published")),
        ("The council met on May 3, 2020. It meets again next Monday.", "next Monday", ("DATE", "2023-10-30", "published")),
        # a lower-case weekday is no weekday
        ("The talks opened on Oct. 2, 2019. The following friday was quiet.", "Oct. 2, 2019", ("DATE", "2019-10-02", None)),
    ],
)
def test_weekday_without_a_story_day(text, expression, expected):
    found = dates(text)
    assert found[expression] == expected
    assert not any(k.lower().startswith("the following friday") for k in found)


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        # "the previous year/month" counts from the story's last date, as "the prior year" does
        ("In 2010, exports rose 5% from the previous year.", "the previous year", ("DATE", "2009", None)),
        ("The mill closed in May 2015. The previous month, workers had struck.",
         "The previous month", ("DATE", "2015-04", None)),
        # negative: no date named before, the publication date as before
        ("Exports rose 5% from the previous year.", "the previous year", ("DATE", "2022", "published")),
        # negatives: a background date of an origin ("founded in", "since") or one named sentences
        # before is not the base of a figure; the publication's reading stays
        ("The brewery, founded in 1998, said profit rose 5% from the previous year.",
         "the previous year", ("DATE", "2022", "published")),
        ("The chain, which opened its first store in 2005, said sales fell from the previous year.",
         "the previous year", ("DATE", "2022", "published")),
        ("The mayor, in office since 2016, said crime fell from the previous year.",
         "the previous year", ("DATE", "2022", "published")),
        ("Exports rose in 2010. The port was rebuilt. Ships came. Trade fell from the previous year.",
         "the previous year", ("DATE", "2022", "published")),
        # a figure's own year in the sentence still counts, after "in" with no origin verb
        ("Sales in 2010 rose 5% from the prior year.", "the prior year", ("DATE", "2009", None)),
        # a date named before does not change "that year" found by no other rule
        ("The club was founded in 1990, and that year it won the cup.", "that year", ("DATE", "1990", None)),
    ],
)
def test_previous_period_counted_from_the_story_date(text, expression, expected):
    assert dates(text)[expression] == expected


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        # seasons point back too: "that summer", "the following spring", "the previous winter"
        ("The unrest began in 2019 and peaked the following spring.", "the following spring", ("DATE", "2020-SP", None)),
        ("The mill shut in May 2015 and reopened that summer.", "that summer", ("DATE", "2015-SU", None)),
        ("The mill shut in May 2015 and reopened the following fall.", "the following fall", ("DATE", "2015-FA", None)),
        ("The mill shut in April 2015. It had struggled the previous spring.", "the previous spring", ("DATE", "2014-SP", None)),
        ("The mill shut in September 2015. It had struggled the previous summer.",
         "the previous summer", ("DATE", "2015-SU", None)),
        # winter runs into the next year: in January 2015 the winter of 2014 is still under way
        ("The mill shut in January 2015. It had struggled the previous winter.",
         "the previous winter", ("DATE", "2013-WI", None)),
        ("The mill shut in March 2015. It had struggled the previous winter.",
         "the previous winter", ("DATE", "2014-WI", None)),
        ("The mill shut in January 2015 and reopened the following winter.",
         "the following winter", ("DATE", "2015-WI", None)),
        ("The mill shut in January 2015 and reopened that spring.", "that spring", ("DATE", "2015-SP", None)),
    ],
)
def test_seasons_point_back(text, expression, expected):
    assert dates(text)[expression] == expected


@pytest.mark.parametrize(
    "text, absent",
    [
        # "that fall" is as often a tumble; no season named back without a date before
        ("In 2019 she broke her hip; that fall ended her career.", "that fall"),
        ("The river flooded that summer.", "that summer"),
        # "spring" as a verb and "fall" as a decline after the same words
        ("In 2019, the council adopted rules that spring from old laws.", "that spring"),
        ("The report, published in 2019, raised questions that spring to mind.", "that spring"),
        ("Sales rose in 2018, reversing the previous fall in sales.", "the previous fall"),
        ("The party won in 2018, a year after the previous fall of the government.", "the previous fall"),
    ],
)
def test_no_season_back_reference(text, absent):
    assert not any(absent.lower().endswith(k.lower()) for k in dates(text))


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        # "last fall" with no determiner before it stays the season, "in" a place after it too
        ("The band toured last fall in Paris.", "last fall", ("DATE", "2023-FA", "published")),
        ("Prices have recovered since the previous fall.", "previous fall", ("DATE", "2023-FA", "published")),
    ],
)
def test_fall_as_a_season_after_a_shift_word(text, expression, expected):
    assert dates(text)[expression] == expected

"""Time expressions: (sentence, expected) tables over `dates.find`, plus extraction from documents.

The anchor in the tables is Friday 2023-10-13 unless a row says otherwise. Every sentence was
written for these tests in the shapes news uses; none is copied from annotated data.
"""

import datetime as dt

import pytest

from newsdiff.extract.dates import context as date_context
from newsdiff.extract.dates import extractor as dates
from newsdiff.extract.dates import timex
from newsdiff.model import Source
from newsdiff.options import Options
from newsdiff.text.document import document_for

FRIDAY = dt.date(2023, 10, 13)


def found(sentence: str, anchor=FRIDAY) -> dict[str, tuple[str, str]]:
    """Expression text -> (type, value)."""
    return {sentence[f.start : f.end]: (f.timex.type, f.timex.value) for f in dates.find(sentence, anchor)}


@pytest.mark.parametrize(
    "sentence, text, expected",
    [
        # weekdays: past tense looks back, "on Friday" in a Friday article is that day
        ("The ministry said on Thursday that it had protested.", "Thursday", ("DATE", "2023-10-12")),
        ("Officials confirmed the transfer on Friday.", "Friday", ("DATE", "2023-10-13")),
        ("Trucks left the camp Monday night, activists said.", "Monday night", ("TIME", "2023-10-09TNI")),
        ("At a Thursday briefing, the spokesman denied the report.", "Thursday", ("DATE", "2023-10-12")),
        ("The fire started late Wednesday and burned for hours.", "late Wednesday", ("DATE", "2023-10-11")),
        ("The two leaders will meet on Monday in Geneva.", "Monday", ("DATE", "2023-10-16")),
        ("Talks are due to resume Tuesday, diplomats said.", "Tuesday", ("DATE", "2023-10-17")),
        ("The court ruled last Friday that the law stands.", "last Friday", ("DATE", "2023-10-06")),
        ("Markets will reopen next Wednesday.", "next Wednesday", ("DATE", "2023-10-18")),
        # absolute dates, months and years
        ("The photo was taken on April 15, 2019 in the capital.", "April 15, 2019", ("DATE", "2019-04-15")),
        ("The deal was signed on 3 March 2020 in Paris.", "3 March 2020", ("DATE", "2020-03-03")),
        ("Since July 2021, the group has counted 170 cases.", "July 2021", ("DATE", "2021-07")),
        ("The borders reopened in August, the group said.", "August", ("DATE", "2023-08")),
        ("Hundreds were sent back on the night of October 9.", "the night of October 9", ("TIME", "2023-10-09TNI")),
        ("The filing is dated 2023-10-02.", "2023-10-02", ("DATE", "2023-10-02")),
        ("The vote is scheduled for Nov. 7.", "Nov. 7", ("DATE", "2023-11-07")),
        ("Elections will be held in May.", "May", ("DATE", "2024-05")),
        ("She first fled the country in 1998, during a famine.", "1998", ("DATE", "1998")),
        ("Under a 1986 border protocol, they are sent back.", "1986", ("DATE", "1986")),
        ("It came after the 2022 Asian Games ended.", "2022", ("DATE", "2022")),
        ("Prices have risen since the 1990s.", "the 1990s", ("DATE", "199")),
        # relative expressions
        ("The defectors were sent across the border earlier this week.", "earlier this week", ("DATE", "2023-W41")),
        ("The rally took place yesterday.", "yesterday", ("DATE", "2023-10-12")),
        ("The agency reported the figures last month.", "last month", ("DATE", "2023-09")),
        ("The company expects to hire more staff next year.", "next year", ("DATE", "2024")),
        ("The suspect was arrested two days ago.", "two days ago", ("DATE", "2023-10-11")),
        ("Prices have climbed in recent months.", "recent months", ("DURATION", "PXM")),
        ("He is now a lawyer in Seoul.", "now", ("DATE", "PRESENT_REF")),
        ("Profit rose in the third quarter.", "the third quarter", ("DATE", "2023-Q3")),
        ("Profit rose in the third quarter from $5 million a year ago.", "a year ago", ("DATE", "2022-Q3")),
        ("Profit rose in the third quarter from $5 million a year earlier.", "a year earlier", ("DATE", "2022-Q3")),
        ("Sales doubled last year.", "last year", ("DATE", "2022")),
        ("The law was repealed in the fourth quarter of 1984.", "the fourth quarter of 1984", ("DATE", "1984-Q4")),
        # in October the third quarter has just ended: a future clause reports on it, not next year's
        ("The bank will report third-quarter results on Tuesday.", "third-quarter", ("DATE", "2023-Q3")),
        ("The bank plans to cut jobs after a third-quarter loss.", "third-quarter", ("DATE", "2023-Q3")),
        # a quarter further back in a future clause is next year's
        ("The plant will reopen in the second quarter.", "the second quarter", ("DATE", "2024-Q2")),
        ("Sales were flat this summer.", "this summer", ("DATE", "2023-SU")),
        # durations and sets
        ("She had lived in China for 25 years.", "25 years", ("DURATION", "P25Y")),
        ("Six years later, she was arrested again.", "Six years later", ("DURATION", "P6Y")),
        ("He was sentenced to nearly 6 years in prison.", "nearly 6 years", ("DURATION", "P6Y")),
        ("The search lasted 2 1/2 hours.", "2 1/2 hours", ("DURATION", "PT2H30M")),
        ("The festival is held every year in the spring.", "every year", ("SET", "P1Y")),
        ("Protesters gather outside the embassy on Tuesdays.", "Tuesdays", ("SET", "XXXX-WXX-2")),
        # times
        ("The blast happened at 9 p.m. local time.", "9 p.m. local time", ("TIME", "2023-10-13T21:00")),
        ("The deadline passed at 1900 GMT.", "1900 GMT", ("TIME", "2023-10-13T19:00")),
        ("Polls closed at 8 p.m. Sunday.", "8 p.m. Sunday", ("TIME", "2023-10-08T20:00")),
    ],
)
def test_expression_is_found_with_its_value(sentence, text, expected):
    assert found(sentence).get(text) == expected


@pytest.mark.parametrize(
    "sentence, not_a_date",
    [
        ("Officials may decide to act later.", "may"),
        ("Thousands march through the capital every weekend.", "march"),
        ("Demonstrators plan to March on the capital.", "March"),
        ("Prime Minister Theresa May spoke to reporters.", "May"),
        ("The deadline passed at 1900 GMT.", "1900"),
        ("Some 2000 people attended the rally.", "2000"),
        ("The fund paid $2019 to each member.", "2019"),
        ("A 25-year-old man was detained.", "25-year-old"),
        ("A 25-year-old man was detained.", "25-year"),
        ("She escaped a second time in 2004.", "a second"),
        ("He took three-quarters of the vote.", "three-quarters"),
        ("The Daily Telegraph reported the story.", "Daily"),
        ("Figures are annually adjusted for inflation.", "annually"),
        ("The story ran in USA Today on Monday.", "Today"),
        ("Critics denounced the ruling, saying it ignores the will of voters.", "will"),
    ],
)
def test_words_that_are_not_dates_are_not_found(sentence, not_a_date):
    assert not_a_date not in found(sentence)


@pytest.mark.parametrize(
    "sentence, text, value",
    [
        ("The ministry said on Thursday that it had protested.", "Thursday", "XXXX-WXX-4"),
        ("Trucks left the camp Monday night.", "Monday night", "XXXX-WXX-1TNI"),
        ("The borders reopened in August.", "August", "XXXX-08"),
        ("The defectors were sent back this week.", "this week", "XXXX-WXX"),
        ("The photo was taken on April 15, 2019.", "April 15, 2019", "2019-04-15"),
    ],
)
def test_without_an_anchor_relative_dates_stay_underspecified(sentence, text, value):
    assert found(sentence, anchor=None)[text][1] == value


@pytest.mark.parametrize(
    "anchor, m, direction, expected",
    [
        (FRIDAY, 8, timex.PAST, 2023),
        (FRIDAY, 11, timex.PAST, 2023),  # a year back is too far: the nearest November is meant
        (FRIDAY, 11, timex.FUTURE, 2023),
        (FRIDAY, 2, timex.FUTURE, 2024),
        (FRIDAY, 2, timex.NEAREST, 2024),
        (FRIDAY, 5, timex.NEAREST, 2023),
        (dt.date(2024, 1, 5), 12, timex.PAST, 2023),
    ],
)
def test_month_without_year_follows_the_tense(anchor, m, direction, expected):
    assert timex.month_year(anchor, m, direction) == expected


@pytest.mark.parametrize(
    "weekday, direction, expected",
    [
        (5, timex.PAST, dt.date(2023, 10, 13)),  # same day counts as past
        (5, timex.FUTURE, dt.date(2023, 10, 13)),
        (4, timex.PAST, dt.date(2023, 10, 12)),
        (4, timex.FUTURE, dt.date(2023, 10, 19)),
        (1, timex.PAST, dt.date(2023, 10, 9)),
        (1, timex.FUTURE, dt.date(2023, 10, 16)),
    ],
)
def test_weekday_resolution(weekday, direction, expected):
    assert timex.weekday_date(FRIDAY, weekday, direction) == expected


@pytest.mark.parametrize(
    "amount, designator, time_unit, expected",
    [
        (25, "Y", False, "P25Y"),
        (None, "M", False, "PXM"),
        (2.5, "Y", False, "P2Y6M"),
        (16, "H", True, "PT16H"),
        (0.5, "H", True, "PT30M"),
        (1.5, "D", False, "P1DT12H"),
    ],
)
def test_duration_values(amount, designator, time_unit, expected):
    assert timex.duration(amount, designator, time_unit) == expected


@pytest.mark.parametrize(
    "sentence, text, event",
    [
        ("Hundreds were put on trucks and sent back to the border on Monday night.", "Monday night", "sent back"),
        ("The government transported the detainees in convoys Monday night.", "Monday night", "transported"),
        ("Six years later, she was arrested by the police.", "Six years later", "arrested"),
        ("Nearly 600 people were repatriated on the night of October 9.", "the night of October 9", "repatriated"),
        ("The two leaders will meet on Monday.", "Monday", "meet"),
        # a clock time's colon does not end the clause: the date still reaches its verb
        ("Crowds began to march at 7:30 a.m. on Sunday past the stadium, organisers said.", "Sunday", "march"),
        # a trailing reporting clause reports what is before its comma; it does not date it
        ("The ferry sank near the coast Tuesday, coast guard officials said.", "Tuesday", "sank"),
        ("The ferry was raised on Thursday in calm seas, said a port official.", "Thursday", "raised"),
        ("The museum reopened on Friday, its director said in a statement.", "Friday", "reopened"),
        # ... and a verb more than 12 words before the date still dates it when no verb is nearer
        ("The ferry sank with all of its cargo of grain, timber and steel near the rocky northern coast on Tuesday, officials said.", "Tuesday", "sank"),
        ("The ferry sank on Tuesday, officials said, with all its cargo.", "Tuesday", "sank"),
        # negatives: a date in the reporting clause itself is the date of speaking
        ("The ferry sank near the coast, coast guard officials said Tuesday.", "Tuesday", "said"),
        ("The mayor said Friday that the bridge would reopen.", "Friday", "said"),
        # negatives: a reporting verb followed by its own report is no trailing clause
        ("On Monday, the minister said the talks had failed.", "Monday", "said"),
        ("On Monday, the minister said that the talks had failed.", "Monday", "said"),
        ("On Monday, the minister said there were no talks.", "Monday", "said"),
        ("Since March 2020, it has confirmed the closure of nine mines.", "March 2020", "confirmed"),
        ("The vote in the northern villages on Sunday, officials said, was orderly.", "Sunday", "said"),
        # a date after a modal of the reported clause belongs to that clause, not to the saying
        ("The coach said he would be fit by Sunday.", "Sunday", None),
        ("The coach said the team will travel on Monday.", "Monday", "travel"),
        # negatives: no modal between, the date is the saying's
        ("The coach said Friday the team was ready.", "Friday", "said"),
        ("The coach said on Friday he would be fit.", "Friday", "said"),
        # a page's own timestamp: its label is the event (comparison drops dates of the page)
        ("Posted: Monday, May 4, 2020 9:10 AM Updated: Tuesday, May 5, 2020 8:00 AM", "Tuesday, May 5, 2020", "updated"),
        ("Posted: Monday, May 4, 2020 9:10 AM Updated: Tuesday, May 5, 2020 8:00 AM", "Monday, May 4, 2020", "posted"),
        ("Last modified on June 2, 2021 | Staff", "June 2, 2021", "modified"),
        # negatives: a label word far before the date, or a verb that only looks like one
        ("Updated figures on the flood damage were released Friday.", "Friday", "released"),
        ("The guards he posted at the gate left early Monday.", "Monday", "left"),
        # a past form after an article or a possessive is an adjective or a noun, not the verb
        ("The singer checked into a clinic on Friday for an unspecified illness.", "Friday", "checked"),
        ("She was named host on Monday, a marked change for the show.", "Monday", "named"),
        # negatives: after "those" it heads a clause of its own; with no article it is the verb
        ("The camp sheltered those evacuated on Friday from the valley.", "Friday", "evacuated"),
        ("The singer arrived on Friday and unpacked her bags.", "Friday", "arrived"),
        # a verb right of the date behind a clause opener ("after", "because", "which") is that
        # clause's: the date keeps the verb before it
        ("The finalists will meet in the final on Saturday after the holders outlasted the hosts.", "Saturday", "meet"),
        ("The ferry was cancelled on Monday because storms battered the coast.", "Monday", "cancelled"),
        ("Crews cleared the road on Sunday, which reopened traffic to the valley.", "Sunday", "cleared"),
        # a coordinated second predicate after the date is not the date's verb
        ("The architect was appointed by the board on March 3, 2019 and drew up new plans.", "March 3, 2019", "appointed"),
        ("The rebels seized the bridge on Saturday but withdrew.", "Saturday", "seized"),
        # negatives: with no opener, or no verb before the date, the nearest verb still wins
        ("On Saturday the holders outlasted the hosts.", "Saturday", "outlasted"),
        ("On Monday after the storm the ferry sailed.", "Monday", "sailed"),
        # a modal of the reported clause that bears no tense of its own ("should", "could") also
        # takes the date from the saying
        ("The utility said the power should be back by Dec. 18.", "Dec. 18", None),
        ("The utility said the crews might be home by Friday.", "Friday", None),
        # negatives: no modal between the saying and the date, or the modal's own verb nearer
        ("The utility said Friday the power was back.", "Friday", "said"),
        ("The utility said the crews could finish on Friday.", "Friday", "finish"),
        # a passive after a modal or "to" keeps its "be": a planned or expected event
        ("The bakery will be closed on Friday for the holiday.", "Friday", "be closed"),
        ("The driver is expected to be charged on Monday.", "Monday", "be charged"),
        # negatives: a passive after a tense of "be" or "have" is done, the participle alone
        ("The bakery was closed on Friday for the holiday.", "Friday", "closed"),
        ("The driver has been charged on Monday.", "Monday", "charged"),
        # a day a plan is set for: the planned event, read as planned
        ("He awaits a court hearing scheduled for Monday in the county.", "Monday", "be scheduled"),
        ("The ferry crossing is set for Friday.", "Friday", "be set"),
        # negative: a plan in the past may have been kept or dropped
        ("The ferry crossing was scheduled for Friday.", "Friday", None),
    ],
)
def test_event_is_the_verb_the_date_belongs_to(sentence, text, event):
    start = sentence.index(text)
    assert date_context.event(sentence, start, start + len(text)) == event


@pytest.mark.parametrize(
    "sentence, text, direction",
    [
        ("The talks will resume on Monday.", "Monday", timex.FUTURE),
        ("The talks resumed on Monday.", "Monday", timex.PAST),
        ("The trading is to resume Tuesday.", "Tuesday", timex.FUTURE),
        ("Monday night convoys", "Monday night", None),
        # a verb after a comma loses to the verb before the date
        ("The group began work in August, and officials may decide soon.", "August", timex.PAST),
        # "set" without "to"/"for" is the past tense; with them it schedules
        ("The index is near the record it set on Aug. 6.", "Aug. 6", timex.PAST),
        ("The vote is set for Aug. 6.", "Aug. 6", timex.FUTURE),
        # "due to" before a determiner is a cause, not a schedule
        ("The retailer cut its payout due to its slump in the third quarter.", "the third quarter", None),
        ("The board is due to meet in the third quarter.", "the third quarter", timex.FUTURE),
        # a plan made in the past points back
        ("The strike had been scheduled to end at noon Sunday.", "Sunday", timex.PAST),
        ("The offer was due to expire Friday evening.", "Friday evening", timex.PAST),
        ("The offer is scheduled to expire Friday.", "Friday", timex.FUTURE),
        # a participle after its noun ("untouched by") carries no tense; the modal before it does
        ("Airlines will double flights by August in markets untouched by the crisis.", "August", timex.FUTURE),
        ("Airlines doubled flights in August.", "August", timex.PAST),
    ],
)
def test_direction_comes_from_the_nearest_tense_word(sentence, text, direction):
    start = sentence.index(text)
    assert date_context.direction(sentence, start, start + len(text)) == direction


def _doc(text: str, published=None):
    return document_for(Source(id="s1", path="s1.txt", text=text, published=published))


@pytest.mark.parametrize(
    "published, reference, value, anchor",
    [
        ("2025-04-12", dt.date(2023, 10, 13), "2025-04-10", "published"),
        (None, dt.date(2023, 10, 13), "2023-10-12", "reference"),
        (None, None, "XXXX-WXX-4", None),
    ],
)
def test_extract_anchors_on_publication_then_reference_date(published, reference, value, anchor):
    doc = _doc("Officials met on Thursday to discuss the plan.\n", published)
    (fact,) = list(dates.extract(doc, Options(reference_date=reference)))
    assert (fact.value, fact.anchor) == (value, anchor)


def test_extracted_facts_keep_exact_offsets_and_sentence():
    text = "Seoul spoke first.\nChina denied it on Thursday, and again in July 2021.\n"
    doc = _doc(text)
    facts = list(dates.extract(doc, Options(reference_date=FRIDAY)))
    assert [(f.text, text[f.start : f.end], f.sentence) for f in facts] == [
        ("Thursday", "Thursday", 1),
        ("July 2021", "July 2021", 1),
    ]


def test_absolute_dates_carry_no_anchor():
    doc = _doc("The law was passed on April 15, 2019.\n")
    (fact,) = list(dates.extract(doc, Options(reference_date=FRIDAY)))
    assert (fact.value, fact.anchor) == ("2019-04-15", None)


def test_hostile_input_finishes():
    # Long runs of almost-matching material must not make any pattern backtrack for long.
    sentence = ("the past " * 400) + ("12 " * 400) + ("Monday, " * 300) + "a" * 5000
    assert isinstance(dates.find(sentence, FRIDAY), list)


@pytest.mark.parametrize(
    "sentence, text, expected",
    [
        # an explicit "last"/"this"/"next" before a month fixes its year, however far back
        ("The treaty was signed last November in Kyiv.", "last November", ("DATE", "2022-11")),
        ("The helicopters crashed last February.", "last February", ("DATE", "2023-02")),
        ("The vote is due this September, officials said.", "this September", ("DATE", "2023-09")),
        ("The plant will reopen next March.", "next March", ("DATE", "2024-03")),
        ("The talks resumed last October.", "last October", ("DATE", "2022-10")),
        # a month followed by its day is that day, after a shift word too
        ("The fire started this August 2nd near the mill.", "August 2nd", ("DATE", "2023-08-02")),
        # a month with a year in words is one month
        ("In June last year, the leadership fell out.", "June last year", ("DATE", "2022-06")),
        ("In January this year, the police closed the case.", "January this year", ("DATE", "2023-01")),
        ("January nineteen ninety-seven. A second bomb went off.", "January nineteen ninety-seven", ("DATE", "1997-01")),
        ("The plant opens in May next year.", "May next year", ("DATE", "2024-05")),
    ],
)
def test_months_with_shifts_and_year_words(sentence, text, expected):
    assert found(sentence).get(text) == expected


@pytest.mark.parametrize(
    "sentence, not_merged",
    [
        # a comma between the month and the year phrase keeps them apart
        ("In June, last year's champion lost again.", "June, last year"),
        ("She met him in June; last year he left.", "June; last year"),
    ],
)
def test_month_and_year_words_apart_are_not_merged(sentence, not_merged):
    assert not any(not_merged in text for text in found(sentence))


@pytest.mark.parametrize(
    "sentence, text, expected",
    [
        # the same period a year back
        ("Sales rose 5% from the same period last year.", "the same period last year", ("DATE", "2022")),
        ("Third-quarter sales rose 5% from the same period last year.", "the same period last year", ("DATE", "2022-Q3")),
        ("Third-quarter sales were $3 million, up from $2 million in last year's quarter.", "last year's quarter", ("DATE", "2022-Q3")),
        ("For the quarter a year ago, the bank earned $16 million.", "the quarter a year ago", ("DATE", "2022-Q3")),
        # a year-earlier comparison of figures is a date, not a span
        ("Home prices stood 6.2 percent above the level of a year earlier.", "a year earlier", ("DATE", "2022")),
        ("Profit for the nine months rose to $9 million from $7 million a year earlier.", "a year earlier", ("DATE", "2022")),
        # without figures it stays a span, as "six years later" does
        ("A year earlier, she had fled across the border.", "A year earlier", ("DURATION", "P1Y")),
    ],
)
def test_year_ago_comparisons(sentence, text, expected):
    assert found(sentence).get(text) == expected


@pytest.mark.parametrize(
    "line, text, value",
    [
        # the article reports on the third quarter: a bare year-ago comparison means that quarter
        ("Revenue fell to $85 million from $93 million a year earlier.", "a year earlier", "2022-Q3"),
        ("The lender earned $418,000, or seven cents a share, a year ago.", "a year ago", "2022-Q3"),
        # another period named in the sentence wins over the article's quarter
        ("For the nine months, net was $9 million, up from $7 million a year earlier.", "a year earlier", "2022"),
        # no figures compared: the year, not the quarter
        ("The chief executive joined the company a year ago.", "a year ago", "2022"),
    ],
)
def test_year_ago_in_a_quarterly_report_is_the_reported_quarter(line, text, value):
    doc = _doc("Acme Corp. reported a third-quarter loss of $5 million.\n" + line + "\n")
    facts = {f.text: f.value for f in dates.extract(doc, Options(reference_date=FRIDAY))}
    assert facts[text] == value


@pytest.mark.parametrize(
    "sentence, text, value",
    [
        # a possessive weekday names an event already reported, whatever the clause's tense
        ("Lawyers will appeal Wednesday's ruling.", "Wednesday", "2023-10-11"),
        ("The index rose above Thursday's close.", "Thursday", "2023-10-12"),
        # "as soon as" points forward
        ("The group could leave as soon as Tuesday, officials said.", "Tuesday", "2023-10-17"),
        # "until" after a verb that moves a deadline points forward
        ("Officials postponed until Tuesday morning any decision on the case.", "Tuesday morning", "2023-10-17TMO"),
        ("The agency extended its deadline until 9 a.m. Tuesday.", "9 a.m. Tuesday", "2023-10-17T09:00"),
        # "until" without such a verb keeps the past tense of its clause
        ("The protesters stayed in the square until Tuesday.", "Tuesday", "2023-10-10"),
        # plain past clause
        ("The court ruled on Wednesday.", "Wednesday", "2023-10-11"),
    ],
)
def test_weekday_direction_from_its_neighbours(sentence, text, value):
    assert found(sentence)[text][1] == value


@pytest.mark.parametrize(
    "sentence, text, expected",
    [
        # "current" and "recent" before a noun place it at the present or in the past
        ("The plant was delayed because of current market conditions.", "current", ("DATE", "PRESENT_REF")),
        ("The offer followed the recent sale of the unit.", "recent", ("DATE", "PAST_REF")),
        ("Recent declines in prices worried investors.", "Recent", ("DATE", "PAST_REF")),
        # a longer expression keeps its own value
        ("Profit will rise in the current quarter.", "the current quarter", ("DATE", "2023-Q4")),
        ("Prices have climbed in recent months.", "recent months", ("DURATION", "PXM")),
        # the latest period of an earnings report is its latest quarter
        ("Revenue for the latest period came to $2.3 billion.", "the latest period", ("DATE", "2023-Q3")),
    ],
)
def test_reference_adjectives_and_latest_period(sentence, text, expected):
    assert found(sentence).get(text) == expected


@pytest.mark.parametrize(
    "sentence, not_a_date",
    [
        ("The current account deficit widened.", "current"),
        ("The current-account deficit widened.", "current"),
        ("Swimmers were swept away by the current.", "current"),
        ("He is the most recent.", "recent"),
    ],
)
def test_current_and_recent_that_are_not_times(sentence, not_a_date):
    assert not_a_date not in found(sentence)


@pytest.mark.parametrize(
    "sentence, text, expected",
    [
        # "the year" alone is the article's own year
        ("For the year, the unit's volume was flat.", "the year", ("DATE", "2023")),
        ("Sales for the full year rose 13%.", "the full year", ("DATE", "2023")),
        ("The chain expects lower earnings for the fiscal year.", "the fiscal year", ("DATE", "2023")),
        # a year that ends on a stated day is a fiscal year: a one-year span
        ("Net income for the year ended June 30 rose to $4 million.", "the year", ("DURATION", "P1Y")),
        ("In the fiscal year ending March 31, revenue fell.", "the fiscal year", ("DURATION", "P1Y")),
    ],
)
def test_the_year_is_the_articles_year_or_a_fiscal_span(sentence, text, expected):
    assert found(sentence).get(text) == expected


@pytest.mark.parametrize(
    "sentence, not_a_date",
    [
        ("Sales fell to $3 million from $4 million the year before.", "the year"),
        ("She was named Person of the Year.", "the Year"),
        ("Preparations for the year 2000 began early.", "the year"),
        ("The year-earlier figure was restated.", "the year"),
    ],
)
def test_the_year_inside_longer_expressions_is_not_the_articles_year(sentence, not_a_date):
    assert not_a_date not in found(sentence)


@pytest.mark.parametrize(
    "sentence, text, direction",
    [
        # a modal perfect looks back
        ("On April 8, police wondered how the gunman could have escaped.", "April 8", timex.PAST),
        ("Officials said the wells may have been set afire on Monday.", "Monday", timex.PAST),
        # a modal alone, and the future perfect, still point forward
        ("Officials said the wells may burn until Monday.", "Monday", timex.FUTURE),
        ("By Monday the team will have finished the count.", "Monday", timex.FUTURE),
    ],
)
def test_modal_perfect_is_past(sentence, text, direction):
    start = sentence.index(text)
    assert date_context.direction(sentence, start, start + len(text)) == direction


@pytest.mark.parametrize(
    "sentence, has_now",
    [
        # "Now," opening a sentence is a discourse marker
        ("Now, let us turn to the figures.", False),
        ("\u201cNow, he says, it looks different.\u201d", False),
        # elsewhere, or without the comma, it is the present
        ("Now the mission is different.", True),
        ("Until now, the plan was secret.", True),
        ("The plan is now public, officials said.", True),
    ],
)
def test_sentence_opening_now_with_a_comma_is_a_discourse_marker(sentence, has_now):
    values = {text.lower(): value for text, (_, value) in found(sentence).items()}
    assert (values.get("now") == "PRESENT_REF") is has_now


@pytest.mark.parametrize(
    "sentence, text, expected",
    [
        # a frequency adjective before a noun is still a regular repetition (TimeML SET)
        ("She writes a weekly column for the paper.", "weekly", ("SET", "P1W")),
        ("The president gave his weekly radio address.", "weekly", ("SET", "P1W")),
        ("Average hourly earnings rose 4 cents.", "hourly", ("SET", "PT1H")),
        ("Crowds gather for a daily rally outside the house.", "daily", ("SET", "P1D")),
        ("Demonstrators gather daily outside the house.", "daily", ("SET", "P1D")),
    ],
)
def test_frequency_adjectives_are_sets(sentence, text, expected):
    assert found(sentence).get(text) == expected


@pytest.mark.parametrize(
    "sentence, not_a_set",
    [
        # a participle after it: the adverb qualifies the participle, not a repetition of events
        ("The agency released monthly adjusted figures.", "monthly"),
        ("The Daily Telegraph reported the story.", "Daily"),
        # "annually" is an adverb only; before a noun it qualifies something else
        ("The firm holds an annually renewable licence.", "annually"),
    ],
)
def test_frequency_words_that_are_not_sets(sentence, not_a_set):
    assert not_a_set not in found(sentence)


@pytest.mark.parametrize(
    "sentence, text, value",
    [
        # the news present of a scheduled event points forward
        ("The committee meets Tuesday to review the bill.", "Tuesday", "2023-10-17"),
        ("The two leaders meet separately Monday with the envoy.", "Monday", "2023-10-16"),
        ("Talks resume Monday in Geneva.", "Monday", "2023-10-16"),
        # a noun, an infinitive after a past verb, or a past form keeps the past
        ("The vote Tuesday went against the plan.", "Tuesday", "2023-10-10"),
        ("They agreed to meet Monday, officials said.", "Monday", "2023-10-09"),
        ("The committee met Tuesday to review the bill.", "Tuesday", "2023-10-10"),
        ("He did not testify Thursday.", "Thursday", "2023-10-12"),
    ],
)
def test_scheduled_events_in_the_present_point_forward(sentence, text, value):
    assert found(sentence)[text][1] == value


@pytest.mark.parametrize(
    "text, count, value",
    [
        # one sentence of 20,000 characters: thousands of expressions in one long clause
        ("5 years " * 2500, 2500, "P5Y"),
        ("they met on Monday and " * 900, 900, "2023-10-09"),
        ("on Friday " * 2000, 2000, "2023-10-13"),
        ("In 1998 and 1999 " * 1200, 2400, None),
    ],
)
def test_long_hostile_input_is_extracted_whole(text, count, value):
    # No timing assertion: the point is that it completes (the regex timeout once fired here)
    # and that every fact still points at its own characters.
    doc = _doc(text)
    facts = list(dates.extract(doc, Options(reference_date=FRIDAY)))
    assert len(facts) == count
    assert all(doc.text[f.start : f.end] == f.text for f in facts)
    assert value is None or all(f.value == value for f in facts)


@pytest.mark.parametrize(
    "sentence, day_text, value",
    [
        # the wire style of day, month and two-digit year: the day is the number before the month,
        # the year the two digits after it (00-68 the 2000s, 69-99 the 1900s, as POSIX `%y` reads them)
        ("The convoy came under fire on 4 Sep 13 near the port.", "4 Sep 13", "2013-09-04"),
        ("Talks ended on 21 Jun 22 without a deal.", "21 Jun 22", "2022-06-21"),
        ("They met on 10 Nov 11.", "10 Nov 11", "2011-11-10"),
        ("The archive entry is dated 30 Dec 99, the last of the decade.", "30 Dec 99", "1999-12-30"),
        # negatives: a month with its day and no day before it stays month-and-day
        ("Talks ended on June 22 without a deal.", "June 22", "2023-06-22"),
        ("Flight 93 crashed on Sept. 11 in a field.", "Sept. 11", "2023-09-11"),
        # negatives: a number of 1 to 31 before a month that is not its day (a game, a mission, a
        # ballot measure): the month's own day and year are read
        ("The home side lost Game 7 June 19, 2016, after extra time.", "June 19, 2016", "2016-06-19"),
        ("The crew of Apollo 11 July 20, 1969, walked on the moon.", "July 20, 1969", "1969-07-20"),
        ("Voters backed Measure 9 Nov. 4, 2008, by a wide margin.", "Nov. 4, 2008", "2008-11-04"),
        ("They drew Game 7 June 19 in the old arena.", "June 19", "2023-06-19"),
        ("Voters saw Proposition 8 Nov. 14 on the ballot.", "Nov. 14", "2023-11-14"),
        # a clock time after the month is no two-digit year
        ("The shift began on 4 Sep 13:30 sharp.", "4 Sep 13:30", "2023-09-04T13:30"),
    ],
)
def test_a_day_before_a_month_is_the_day(sentence, day_text, value):
    assert found(sentence).get(day_text, (None, None))[1] == value

"""`dates.triggers`: a rule is skipped only when it cannot match, so skipping changes no result.

The sentences were written for these tests; each holds time expressions whose unit word follows
a space, a hyphen or another kind of whitespace, and words that merely contain a unit ("Monday").
"""

import sys

import pytest
import regex

from newsdiff.extract.dates.patterns import PATTERNS
from newsdiff.extract.dates.triggers import _SPACES, possible_rules, present_roots

SENTENCES = [
    "The talks resumed on Monday after a 16-hour session.",
    "Workers have been on strike for days, and for weeks before that.",
    "The ferry sails twice a week and every other day in summer.",
    "She served three\u00a0years in prison; the appeal took two\tmonths.",
    "In recent\u2003weeks prices rose; the coming months look calmer.",
    "The day before yesterday, the markets closed early.",
    "Sunday's vote was held today, not on Tuesday or Saturday.",
    "Nothing here is a date at all.",
    "Profit rose in the third quarter from $5 million a year ago.",
    "The vote, set for Sept. 5 (or mid-March), moved to 9:30 a.m. EST on 10 March2010.",
    "Results for Q3 2011 came at 0930 GMT; the 1990s and the '90s were calmer.",
    "He filed on 2010-05-06, then on 5/6/2010, at 7 in the evening and at 6pm.",
    "\u0130n MARCH, \u017feptember and (Jan. 5) the 2010 quarter closed.",
    "Three-and-a-half years ago, weeks before Father's Day, the past few weeks and a 16-hour day.",
    "It ran for days; two years from now, every other week, last weekend, this past Monday.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_every_rule_that_matches_is_enabled(sentence):
    enabled = {name for name, _ in possible_rules(sentence, PATTERNS)}
    matching = {name for name, pattern in PATTERNS.items() if pattern.search(sentence)}
    assert matching <= enabled


@pytest.mark.parametrize(
    "sentence, rule, enabled",
    [
        ("The talks resumed on Monday.", "duration", False),  # "Monday" holds "day", not a unit
        ("The talks resumed today.", "unit_set", False),
        ("They talked for two days.", "duration", True),
        ("They talked for two\u00a0days.", "duration", True),
        ("A 16-hour session.", "duration", True),
        ("The ferry sails twice a week.", "unit_set", True),
        ("The ferry sailed for two weeks.", "unit_set", False),  # a unit, but no "every", "twice", "times"
        ("Prices rose in the past few weeks.", "vague_span", True),
        ("Prices rose for two weeks.", "vague_span", False),  # a unit, but nothing that makes it vague
    ],
)
def test_unit_rules_need_the_unit_as_a_word(sentence, rule, enabled):
    assert (rule in {name for name, _ in possible_rules(sentence, PATTERNS)}) == enabled


def test_every_whitespace_the_patterns_match_is_folded_to_a_space():
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    spaces = {ord(c) for c in regex.findall(r"\s", everything)} | {ord(c) for c in everything if c.isspace()}
    assert spaces <= set(_SPACES)


@pytest.mark.parametrize(
    "sentence, rule, enabled",
    [
        ("The market decided on a junior partner.", "month_day", False),  # "mar", "dec", "jun" inside words
        ("The market decided on a junior partner.", "month", False),
        ("The vote is on March 5.", "month_day", True),
        ("The vote is on Mar. 5.", "month_day", True),
        ("Profit rose 5 percent.", "clock_24", False),  # a digit, but no colon
        ("Profit rose 5 percent.", "iso_date", False),
        ("Profit rose 5 percent.", "quarter_code", False),
        ("It opens at 10:30.", "clock_24", True),
        ("Sales rose in Q3.", "quarter_code", True),
        ("Sales rose in the quarter.", "year_period", False),  # "quarter" but no digit
        ("Sales rose in the 2011 quarter.", "year_period", True),
        ("It is known for its Sunday markets.", "ago", False),  # "now" inside "known", no unit
        ("It opened two years ago.", "ago", True),
        ("The yearly fee rose.", "duration", False),  # "year" starts "yearly", no unit word
        ("The fee rose for two years.", "duration", True),
        ("The newspaper reported it.", "holiday", False),  # "new" inside "newspaper"
        ("The rally falls on New Year's Day.", "holiday", True),
        ("Sundays are quiet.", "weekday", False),  # the weekday rule needs the weekday alone
        ("Sundays are quiet.", "weekday_set", True),
    ],
)
def test_finer_triggers(sentence, rule, enabled):
    assert (rule in {name for name, _ in possible_rules(sentence, PATTERNS)}) == enabled


def test_an_articles_roots_enable_what_every_root_enables():
    # Keywords looked for once per article: each sentence gets the same rules as looking for all.
    roots = present_roots(SENTENCES)
    for sentence in SENTENCES:
        assert possible_rules(sentence, PATTERNS, roots) == possible_rules(sentence, PATTERNS)
    assert possible_rules("The vote is on Monday.", PATTERNS, present_roots(["Nothing here."])) == []

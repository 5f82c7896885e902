"""Which verb a date dates: a past form after a preposition is an adjective ("on injured
reserve"), and "to" after a verb that takes an infinitive opens the dated verb ("advances to
play Saturday"). Every sentence was written for these tests."""

import pytest

from newsdiff.extract.dates import context as C
from newsdiff.extract.dates.timex import FUTURE, PAST


@pytest.mark.parametrize(
    "sentence, expression, verb",
    [
        # a past form after a preposition modifies the noun after it
        ("The club placed its goalkeeper on injured reserve Tuesday.", "Tuesday", "placed"),
        ("Police charged the driver with attempted robbery on Friday.", "Friday", "charged"),
        # negatives: a past form after a noun or a pronoun stays the verb
        ("The goalkeeper injured his knee on Tuesday.", "Tuesday", "injured"),
        ("Those arrested Friday appeared in court.", "Friday", "arrested"),
        # an infinitive after a verb that takes one is the dated verb
        ("The champion advances to compete Saturday in the last heat.", "Saturday", "compete"),
        ("The two leaders agreed to meet Tuesday in the capital.", "Tuesday", "meet"),
        # a negation or an adverb between a modal and its verb is no verb
        pytest.param("Islanders will not meet on June 4 in the town hall.", "June 4", "meet",
                     marks=pytest.mark.xfail(strict=True, reason="the word after a modal is taken as its verb: 'not'; "
                                             "reading past it made a false date conflict on the conflicts bench")),
        # negative: "to" before a place is a preposition
        ("The minister travelled to Paris on Tuesday.", "Tuesday", "travelled"),
    ],
)
def test_the_dated_verb(sentence, expression, verb):
    start = sentence.index(expression)
    assert C.event(sentence, start, start + len(expression)) == verb


@pytest.mark.parametrize(
    "sentence, expression, direction",
    [
        # a verb whose past form is its base ("cast", "put", "hit") after a modal is a base form:
        # the modal gives the tense
        ("Islanders will cast their votes on June 4 in a second round.", "June 4", FUTURE),
        ("The club would put the lease up for sale on March 2.", "March 2", FUTURE),
        # ... a negation or an adverb between them, or the modal and its negation in one word
        ("Islanders will not cast their votes on June 4 in a second round.", "June 4", FUTURE),
        ("Islanders won't cast their votes on June 4 in a second round.", "June 4", FUTURE),
        ("Islanders will also cast their votes on June 4 in a second round.", "June 4", FUTURE),
        ("The club would quietly put the lease up for sale on March 2.", "March 2", FUTURE),
        # negatives: the same verbs as finite past forms
        ("Islanders cast their votes on June 4 in a second round.", "June 4", PAST),
        ("The storm hit the harbour on March 2.", "March 2", PAST),
        ("Islanders did not cast their votes on June 4 in a second round.", "June 4", PAST),
        ("Islanders also cast their votes on June 4 in a second round.", "June 4", PAST),
    ],
)
def test_a_modal_gives_the_tense_of_a_base_form(sentence, expression, direction):
    start = sentence.index(expression)
    assert C.direction(sentence, start, start + len(expression)) == direction


@pytest.mark.parametrize(
    "sentence, expression, verb",
    [
        # "May" the month is no modal: the word after it is no verb
        ("Two guards were injured on May 9 as the van crossed the bridge.", "May 9", "injured"),
        ("May 9 police arrested two men near the depot.", "May 9", "arrested"),
        ("The mayor resigned in May amid the scandal.", "May", "resigned"),
        ("The plant closed in May after the fire.", "May", "closed"),
        # negative: "may" the modal still makes the next word a verb
        ("The two clubs may meet on Tuesday.", "Tuesday", "meet"),
    ],
)
def test_the_month_may_is_no_modal(sentence, expression, verb):
    start = sentence.index(expression)
    assert C.event(sentence, start, start + len(expression)) == verb

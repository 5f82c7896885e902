"""A past auxiliary right before a marker of plans ("were planning to") is no past tense of its own.

The marker decides ("were planning" points forward, "were due to" is a plan made in the past).
Every sentence was written for these tests.
"""

import pytest

from newsdiff.extract.dates import context as C
from newsdiff.extract.dates.timex import FUTURE, PAST


@pytest.mark.parametrize(
    "sentence, direction",
    [
        # a past auxiliary before a marker of plans lets the marker decide
        ("Farmers staged a march on the capital on Saturday and were planning to return.", FUTURE),
        ("Farmers held a rally downtown near the old port on Saturday and were due to leave.", PAST),
        # on its own the auxiliary still makes the clause past
        ("Farmers held a rally downtown near the old port on Saturday and were tired.", PAST),
    ],
)
def test_a_past_auxiliary_defers_to_the_plan_after_it(sentence, direction):
    start = sentence.index("Saturday")
    assert C.direction(sentence, start, start + len("Saturday")) == direction


@pytest.mark.parametrize(
    "sentence, direction",
    [
        # "as planned" compares with a plan; the clause's own verb decides
        ("The town let the fireworks show go on as originally planned Saturday evening.", PAST),
        ("The crews finished the repairs as scheduled on Saturday.", PAST),
        ("The crews will finish the repairs as originally expected on Saturday.", FUTURE),
        # negatives: the marker still points forward when it is the clause's plan
        ("The crews have planned a march on Saturday.", FUTURE),
        ("A march is scheduled for Saturday.", FUTURE),
    ],
)
def test_as_planned_is_no_future_marker(sentence, direction):
    start = sentence.index("Saturday")
    assert C.direction(sentence, start, start + len("Saturday")) == direction

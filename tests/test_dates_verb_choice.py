"""Which verb a date dates: a past form after a preposition is an adjective ("on injured
reserve"), and "to" after a verb that takes an infinitive opens the dated verb ("advances to
play Saturday"). Every sentence was written for these tests."""

import pytest

from newsdiff.extract.dates import context as C


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
        # negative: "to" before a place is a preposition
        ("The minister travelled to Paris on Tuesday.", "Tuesday", "travelled"),
    ],
)
def test_the_dated_verb(sentence, expression, verb):
    start = sentence.index(expression)
    assert C.event(sentence, start, start + len(expression)) == verb

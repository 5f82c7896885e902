"""`context.Sentence` finds a clause's tense words and verbs once and bisects to the nearest ones.

The answers must be those of scanning the clause word by word outwards from the expression (the
rule `direction` and `event` document); `_scan_direction` and `_scan_event` below are that scan,
written out plainly, and the tables check the two agree on sentences written for these tests,
including long clauses with many expressions, where only verbs within `_REACH` words count.
"""

import itertools

import pytest

from newsdiff.extract.dates import context as C
from newsdiff.extract.dates.timex import FUTURE, PAST


def _scan_direction(sentence: C.Sentence, start: int, end: int):
    a, b, p, _, q = sentence._around(start, end)
    best = None
    for side, indices in ((0, range(p - 1, max(a, p - C._REACH) - 1, -1)), (1, range(q, min(b, q + C._REACH)))):
        for dist, i in enumerate(indices):
            s = max(a, i - 2)
            tense = C._tense_at(sentence.words[s : min(b, i + 3)], i - s)
            if tense is None:
                continue
            cost = dist * 2 + side
            if side and sentence._has_comma(end, sentence.words[i][0]):
                cost += C._COMMA_COST
            if best is None or cost < best[0]:
                best = (cost, tense)
            break
    return None if best is None else best[1]


def _scan_event(sentence: C.Sentence, start: int, end: int):
    a, b, p, p_start, q = sentence._around(start, end)
    best = None
    right_seen = False
    last_left = None  # the nearest verb on the left within reach
    for i in range(max(a, p_start - C._REACH - 1), p):
        s = max(a, i - 2)
        if C._verb_at(sentence.words[s : min(b, i + 3)], i - s) is not None:
            last_left = i
    first_cue = None
    for i in range(a, b):
        s = max(a, i - 2)
        window = sentence.words[s : min(b, i + 3)]
        if C._tense_at(window, i - s) is not None or C._verb_at(window, i - s) is not None:
            first_cue = i
            break
    for i in itertools.chain(range(max(a, p_start - C._REACH - 1), p), range(q, min(b, q + C._REACH + 1))):
        s = max(a, i - 2)
        verb = C._verb_at(sentence.words[s : min(b, i + 3)], i - s)
        if verb is None:
            continue
        ws, we, _ = sentence.words[i]
        left = we <= start
        if left and i != last_left:
            continue  # only the nearest verb on the left competes
        if left and sentence._reports_a_clause(sentence._clause_cues(a, b), i, p):
            continue  # "said he would be ready Tuesday": the date is the reported clause's
        if not left:
            if right_seen:
                break  # only the nearest verb on the right competes
            right_seen = True
            if sentence._has_comma(end, ws) and sentence.trailing_report(i, b, first_cue):
                break  # a trailing ", X said" claims no date before its comma
        between = (p_start - i - 1) if left else (i - q)
        opened = not left and any(sentence.words[j][2] in C._CLAUSE_OPENERS for j in range(q, i))
        cost = between + (C._COMMA_COST if not left and (sentence._has_comma(end, ws) or opened) else 0)
        key = (cost, 0 if left else 1, (start - we) if left else (ws - end))
        if best is None or key < best[0]:
            best = (key, verb)
    return best[1] if best else _scan_far_verb(sentence, a, b, p, p_start)


def _scan_far_verb(sentence: C.Sentence, a: int, b: int, p: int, p_start: int):
    """No verb within reach: the last verb before the date within the far reach, unless it
    reports a clause."""
    for i in reversed(range(max(a, p_start - C._FAR_REACH - 1), p)):
        s = max(a, i - 2)
        verb = C._verb_at(sentence.words[s : min(b, i + 3)], i - s)
        if verb is not None:
            return None if sentence._reports_a_clause(sentence._clause_cues(a, b), i, p) else verb
    return None


SENTENCES = [
    "The ministry said on Thursday that it had protested.",
    "The two leaders will meet on Monday in Geneva, officials said.",
    "On Friday, the council, which had met twice, voted; the mayor will sign it in May.",
    "Police arrested him in March and he was released, his lawyer said, on bail in April.",
    "Monday, " * 40 + "the talks resumed",  # only the last weekdays are within reach of the verb
    "the board will meet " + "Tuesday and " * 30 + "Wednesday",
    "He said that " * 20 + "on Sunday",
    "Turnout was high at 10:30 on Sunday in the capital, said observers from the mission.",
    "The bridge reopened Friday, the council said, and the ferry stopped running on Saturday.",
    "The coach said he would be fit on Sunday and told reporters the team will travel Monday.",
    "They will meet the champions on Saturday after the champions beat the hosts on Friday.",
    "The pier closed Monday because the storm that hit on Sunday had damaged it, which worried everyone.",
    "The minister said the road should be open on Tuesday, and the envoy will travel on Wednesday.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_nearest_cues_agree_with_a_word_by_word_scan(text):
    spans = [(s, s + n) for s in range(0, len(text), 3) for n in (1, 6, 14) if s + n <= len(text)]
    for start, end in spans:
        fast, plain = C.Sentence(text), C.Sentence(text)
        assert fast.direction(start, end) == _scan_direction(plain, start, end), (start, end)
        assert fast.event(start, end) == _scan_event(plain, start, end), (start, end)


@pytest.mark.parametrize(
    "text, word, direction",
    [
        ("Monday, " * 40 + "the talks resumed", "Monday", None),  # the first weekday: far from any verb
        ("Monday, " * 3 + "the talks resumed", "Monday", PAST),
        ("the board will meet " + "Tuesday and " * 30 + "Wednesday", "Wednesday", None),
        ("the board will meet Tuesday and Wednesday", "Wednesday", FUTURE),
    ],
)
def test_a_verb_beyond_reach_gives_no_direction(text, word, direction):
    start = text.rindex(word) if word == "Wednesday" else text.index(word)
    assert C.direction(text, start, start + len(word)) == direction

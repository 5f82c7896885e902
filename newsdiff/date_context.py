"""What the clause around a time expression says: its tense and the verb the date belongs to.

No parser: the words of the clause are scanned outwards from the expression and the nearest
verb-like word decides. That is right for the shapes news uses most ("said on Friday",
"will meet on Monday", "were sent back ... on Monday night", "Six years later, she was
arrested") and cheap enough to run on every expression.
"""

from __future__ import annotations

from typing import Optional

import regex

from . import date_words as W
from .timex import FUTURE, NEAREST, PAST

_WORD = regex.compile(r"[\p{L}][\p{L}'’-]{0,40}")
# Clause breaks a date does not reach across.
_CLAUSE_BREAK = regex.compile(r"[;:—–]|\s-\s|[\"“”]")
# Words after which "will" is the noun ("against their will").
_NOUN_WILL_AFTER = frozenset("their his her my our your its the a free own good political ill".split())
# Markers that only point forward when "to" or "for" follows ("due to meet", "set for Monday").
_NEEDS_TO = frozenset({"set", "due", "expected", "plan", "plans", "going"})
_AUXILIARIES = frozenset(
    "was were had did is are am has have be been being will would shall should can could may might must do does 'll ’ll".split()
)
_MODALS = frozenset("will would shall should can could may might must to 'll ’ll".split())
# Words after "due to" that make it a cause ("due to its loss"), not a schedule ("due to meet").
_DETERMINERS = frozenset("the a an its their his her our your my this that these those lower higher weak strong".split())
_COMMA_COST = 12  # words a comma between the date and a following verb is worth
_REACH = 12  # words either side; a verb further away rarely governs the date


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the clause around [start, end) inside `text` (one sentence)."""
    left = 0
    for m in _CLAUSE_BREAK.finditer(text, 0, start):
        left = m.end()
    right = len(text)
    m = _CLAUSE_BREAK.search(text, end)
    if m:
        right = m.start()
    return left, right


def _words(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0).lower()) for m in _WORD.finditer(text, lo, hi)]


def _is_past_verb(word: str) -> bool:
    if word in W.IRREGULAR_PAST:
        return True
    return len(word) >= 4 and word.endswith("ed") and word not in W.NOT_VERBS_ED and "-" not in word


def direction(text: str, start: int, end: int) -> Optional[int]:
    """PAST, FUTURE or NEAREST for the expression at [start, end) of sentence `text`.

    The nearest tense-bearing word in the clause decides (the left one on a tie); present-tense
    words give NEAREST; None when the clause has no tense-bearing word at all.
    """
    lo, hi = _clause(text, start, end)
    words = _words(text, lo, hi)
    before = [i for i, w in enumerate(words) if w[1] <= start][::-1][:_REACH]
    after = [i for i, w in enumerate(words) if w[0] >= end][:_REACH]
    best: Optional[tuple[int, int]] = None  # (cost, direction)
    for side, indices in ((0, before), (1, after)):
        for dist, i in enumerate(indices):
            tense = _tense_at(words, i)
            if tense is None:
                continue
            cost = dist * 2 + side
            if side and "," in text[end : words[i][0]]:
                cost += _COMMA_COST  # a later clause rarely governs a trailing "in August"
            if best is None or cost < best[0]:
                best = (cost, tense)
            break
    return None if best is None else best[1]


def _word(words: list[tuple[int, int, str]], i: int) -> str:
    return words[i][2] if 0 <= i < len(words) else ""


def _tense_at(words: list[tuple[int, int, str]], i: int) -> Optional[int]:
    word = words[i][2]
    previous = words[i - 1][2] if i > 0 else ""
    following = words[i + 1][2] if i + 1 < len(words) else ""
    if word == "will" and previous in _NOUN_WILL_AFTER:
        return None
    if word in _MODALS and word not in ("to", "will", "'ll", "’ll", "shall") and following == "have":
        return PAST  # a modal perfect looks back: "could have emerged", "may have been set"
    if word == "have" and previous in _MODALS:
        return None  # the modal before it carries the tense
    subject_side = _word(words, i - 2) if previous == "not" else previous
    if word in W.SCHEDULE_VERBS_PRESENT and subject_side not in W.NOT_SCHEDULE_AFTER and following != "of":
        return FUTURE  # a scheduled event in the news present: "the committee meets Tuesday"
    if word in ("is", "are", "was", "were") and following == "to":
        return FUTURE  # "is to resume trading Tuesday"
    if word in _NEEDS_TO or word in W.FUTURE_MARKERS:
        if word in _NEEDS_TO and following not in ("to", "for"):
            # "set" alone is the past tense ("the record it set on Aug. 6"); "due" alone is not a verb
            return PAST if word == "set" and previous not in _AUXILIARIES else None
        if word == "due" and following == "to" and _word(words, i + 2) in _DETERMINERS:
            return None  # "due to its loss": a cause, not a schedule
        if previous in ("been", "had") or (previous in ("was", "were") and word in _NEEDS_TO):
            return PAST  # a plan in the past: "had been scheduled to expire Friday", "was due to"
        return FUTURE
    if _is_past_verb(word) and previous in ("be", "been", "being", "has", "have", "had"):
        return None  # a participle: the auxiliary before it carries the tense ("will be held")
    if _is_past_verb(word) and following == "by" and previous not in _AUXILIARIES and word not in W.IRREGULAR_PAST:
        return None  # a participle after its noun: "markets untouched by the crisis"
    if word in W.PAST_AUXILIARIES or _is_past_verb(word):
        return PAST
    if word in W.PRESENT_WORDS:
        return NEAREST
    return None


def event(text: str, start: int, end: int) -> Optional[str]:
    """The verb (with its particle) the expression at [start, end) most likely dates, or None.

    Past forms ("transported", "sent back"), and base forms after a modal or "to"
    ("will meet"), are verbs; auxiliaries are skipped so "were repatriated" gives "repatriated".
    """
    lo, hi = _clause(text, start, end)
    words = _words(text, lo, hi)
    best = None
    for i, (ws, we, _word) in enumerate(words):
        if ws < end and we > start:
            continue  # inside the expression itself
        verb = _verb_at(words, i)
        if verb is None:
            continue
        dist = (start - we) if we <= start else (ws - end)
        # Words count more than characters; convert roughly, and prefer the left on ties.
        between = len([1 for w in words if (we <= w[0] < start) or (end <= w[0] < ws)])
        if between > _REACH:
            continue
        cost = between + (_COMMA_COST if ws >= end and "," in text[end:ws] else 0)
        key = (cost, 0 if we <= start else 1, dist)
        if best is None or key < best[0]:
            best = (key, verb)
    return best[1] if best else None


def _verb_at(words, i) -> Optional[str]:
    word = words[i][2]
    if word in _AUXILIARIES or word in W.FUTURE_MARKERS:
        return None
    prev_word = words[i - 1][2] if i > 0 else ""
    is_verb = _is_past_verb(word) or (prev_word in _MODALS and word not in ("be", "the", "a", "an") and prev_word != "to" or prev_word == "to" and _looks_base_verb(word, words, i))
    if not is_verb:
        return None
    if i + 1 < len(words) and words[i + 1][2] in W.VERB_PARTICLES and words[i + 1][0] - words[i][1] <= 1:
        return f"{word} {words[i + 1][2]}"
    return word


def _looks_base_verb(word: str, words, i) -> bool:
    # After "to": a verb when an auxiliary-like word ("due", "expected", "plans", "set", "going")
    # precedes the "to", else "to" is probably a preposition ("to North Korea").
    if i < 2:
        return False
    return words[i - 2][2] in _NEEDS_TO or words[i - 2][2] in ("able", "want", "wants", "wanted", "agreed", "decided", "tried", "hoped", "began", "refused", "promised", "vowed", "pledged")

"""What the clause around a time expression says: its tense and the verb the date belongs to.

No parser: the words of the clause are scanned outwards from the expression and the nearest
verb-like word decides. That is right for the shapes news uses most ("said on Friday",
"will meet on Monday", "were sent back ... on Monday night", "Six years later, she was
arrested") and cheap enough to run on every expression: `Sentence` tokenises a sentence once,
and each expression then reads at most `_REACH` words either side of it (plus two words of
context), so a sentence costs time linear in its length however many expressions it holds.
"""

from __future__ import annotations

import bisect
from typing import Optional

import regex

from newsdiff.extract.dates.timex import FUTURE, NEAREST, PAST
from newsdiff.lexicon import date_words as W
from newsdiff.text.lemma import is_past_form

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
_REACH = 12  # words either side; a verb further away rarely governs the date (the look-up bound)


def _words(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0).lower()) for m in _WORD.finditer(text, lo, hi)]


def _is_past_verb(word: str) -> bool:
    if is_past_form(word):
        return True
    return len(word) >= 4 and word.endswith("ed") and word not in W.NOT_VERBS_ED and "-" not in word


def direction(text: str, start: int, end: int) -> Optional[int]:
    """PAST, FUTURE or NEAREST for the expression at [start, end) of sentence `text`.

    The nearest tense-bearing word in the clause decides (the left one on a tie); present-tense
    words give NEAREST; None when the clause has no tense-bearing word at all. For many
    expressions in one sentence, build one `Sentence` and call its `direction`.
    """
    return Sentence(text).direction(start, end)


def _word(words: list[tuple[int, int, str]], i: int) -> str:
    return words[i][2] if 0 <= i < len(words) else ""


def _tense_at(words: list[tuple[int, int, str]], i: int) -> Optional[int]:  # noqa: PLR0911 - flat chain of tense cues (modal, will, have, be), one early return per cue
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
    if _is_past_verb(word) and following == "by" and previous not in _AUXILIARIES and not is_past_form(word):
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
    For many expressions in one sentence, build one `Sentence` and call its `event`.
    """
    return Sentence(text).event(start, end)


class Sentence:
    """One sentence tokenised once, answering `direction` and `event` for any span of it.

    The words, clause breaks and commas are found in one pass over the sentence; each question
    then bisects to the clause and looks at no more than `_REACH` words either side of the
    expression (plus the two words of context a word's test reads), so a sentence with n
    characters and k expressions costs O(n + k log n) however long its clauses are. The
    answers are those of scanning the clause word by word: a verb more than `_REACH` words
    away never decided the tense or the event, so the bound changes nothing.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.words = _words(text, 0, len(text))
        self._starts = [w[0] for w in self.words]
        self._ends = [w[1] for w in self.words]
        breaks = [m.span() for m in _CLAUSE_BREAK.finditer(text)]
        self._break_starts = [b[0] for b in breaks]
        self._break_ends = [b[1] for b in breaks]
        self._commas = [i for i, c in enumerate(text) if c == ","]
        self._tenses: dict[tuple[int, int, int], Optional[int]] = {}
        self._verbs: dict[tuple[int, int, int], Optional[str]] = {}

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """Bounds of the clause around [start, end): from the last break before the span to the
        first break after it."""
        text, b_starts, b_ends = self.text, self._break_starts, self._break_ends
        k = bisect.bisect_right(b_ends, start) - 1  # the last break ending at or before `start`
        left = b_ends[k] if k >= 0 else 0
        if k + 1 < len(b_starts) and b_starts[k + 1] < start:
            # a break straddles `start`: rescan the stretch as the sentence up to `start` reads
            for m in _CLAUSE_BREAK.finditer(text, left, start):
                left = m.end()
        j = bisect.bisect_left(b_starts, end)  # the first break starting at or after `end`
        right = b_starts[j] if j < len(b_starts) else len(text)
        if j > 0 and b_ends[j - 1] > end:
            m = _CLAUSE_BREAK.search(text, end)  # a break straddles `end`: search afresh
            right = m.start() if m else len(text)
        return left, right

    def _has_comma(self, lo: int, hi: int) -> bool:
        k = bisect.bisect_left(self._commas, lo)
        return k < len(self._commas) and self._commas[k] < hi

    def _around(self, start: int, end: int) -> tuple[int, int, int, int, int]:
        """Word indices: clause bounds [a, b); `p`, the words ending by `start`; `p_start`, the
        words starting before `start`; `q`, the first word starting at or after `end`."""
        lo, hi = self.clause(start, end)
        a = bisect.bisect_left(self._starts, lo)
        b = bisect.bisect_left(self._starts, hi)
        p = max(a, bisect.bisect_right(self._ends, start))
        p_start = max(a, bisect.bisect_left(self._starts, start))
        q = min(b, max(a, bisect.bisect_left(self._starts, end)))
        return a, b, p, p_start, q

    def _tense(self, i: int, a: int, b: int) -> Optional[int]:
        """`_tense_at` for word `i` of the clause of words [a, b), computed once."""
        key = (i, a, b)
        if key not in self._tenses:
            s = max(a, i - 2)  # two words of context either side; a window from `a` starts the clause
            self._tenses[key] = _tense_at(self.words[s : min(b, i + 3)], i - s)
        return self._tenses[key]

    def _verb(self, i: int, a: int, b: int) -> Optional[str]:
        """`_verb_at` for word `i` of the clause of words [a, b), computed once."""
        key = (i, a, b)
        if key not in self._verbs:
            s = max(a, i - 2)
            self._verbs[key] = _verb_at(self.words[s : min(b, i + 3)], i - s)
        return self._verbs[key]

    def direction(self, start: int, end: int) -> Optional[int]:
        """PAST, FUTURE or NEAREST for the expression at [start, end) (see `direction`)."""
        a, b, p, _, q = self._around(start, end)
        before = range(p - 1, max(a, p - _REACH) - 1, -1)
        after = range(q, min(b, q + _REACH))
        best: Optional[tuple[int, int]] = None  # (cost, direction)
        for side, indices in ((0, before), (1, after)):
            for dist, i in enumerate(indices):
                tense = self._tense(i, a, b)
                if tense is None:
                    continue
                cost = dist * 2 + side
                if side and self._has_comma(end, self.words[i][0]):
                    cost += _COMMA_COST  # a later clause rarely governs a trailing "in August"
                if best is None or cost < best[0]:
                    best = (cost, tense)
                break
        return None if best is None else best[1]

    def event(self, start: int, end: int) -> Optional[str]:
        """The verb the expression at [start, end) most likely dates (see `event`)."""
        a, b, p, p_start, q = self._around(start, end)
        # A word counts the words between it and the expression; more than `_REACH` rules it out.
        before = range(max(a, p_start - _REACH - 1), p)
        after = range(q, min(b, q + _REACH + 1))
        best = None
        for indices in (before, after):
            for i in indices:
                verb = self._verb(i, a, b)
                if verb is None:
                    continue
                ws, we, _ = self.words[i]
                left = we <= start
                dist = (start - we) if left else (ws - end)
                # Words count more than characters; convert roughly, and prefer the left on ties.
                between = (p_start - i - 1) if left else (i - q)
                cost = between + (_COMMA_COST if not left and self._has_comma(end, ws) else 0)
                key = (cost, 0 if left else 1, dist)
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

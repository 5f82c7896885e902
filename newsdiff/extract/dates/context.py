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
from functools import lru_cache
from typing import Optional

import regex

from newsdiff.extract.dates.timex import FUTURE, NEAREST, PAST
from newsdiff.extract.speech import quote_marks
from newsdiff.lexicon import date_words as W
from newsdiff.lexicon import load, load_set, load_table
from newsdiff.lexicon.speech_words import REPORTING_VERBS
from newsdiff.text.lemma import is_past_form
from newsdiff.text.tokens import letter_words

# A quotation mark of any convention the quotation finder knows (`quote_marks`): straight and
# curly doubles, guillemets, the Penn Treebank pair of wire archives (``…''), and single marks
# where they cannot be apostrophes: an opening one before a word after a space or bracket
# ('so-called 'Spring''), a closing one after the clause's punctuation (`Thursday,’ he said`).
# The quoted clause ends at its mark: in "will leave Thursday,'' he said" the reporting verb
# outside the quotation is no tense of the date inside it.
_QUOTE_MARK = (
    "["
    + regex.escape(quote_marks.DOUBLE_OPEN + quote_marks.DOUBLE_CLOSE + quote_marks.STRAIGHT)
    + "]|"
    + regex.escape(quote_marks.PTB_OPEN)
    + "|"
    + regex.escape(quote_marks.PTB_CLOSE)
    + r"|(?<=^|[\s(\[])[‘'](?=\p{L})|(?<=[,.!?])[’']"
)
# Clause breaks a date does not reach across. A colon between digits is a clock time ("8:00"),
# not a break: "began voting at 8:00 am on Sunday" is one clause.
_CLAUSE_BREAK = regex.compile(r"[;—–]|(?<!\d):|:(?!\d)|\s-\s|" + _QUOTE_MARK)
# Words after which "will" is the noun ("against their will").
_NOUN_WILL_AFTER = load_set("dates/noun_will_after")
# Markers that only point forward when "to" or "for" follows ("due to meet", "set for Monday").
_NEEDS_TO = load_set("dates/needs_to_markers")
_AUXILIARIES = load_set("dates/auxiliaries")
_MODALS = load_set("dates/modals")
# Verbs after which "to" opens an infinitive: "advances to play Saturday" dates the playing.
_INFINITIVE_TAKERS = load_set("dates/infinitive_takers")
# Words before a past form that make it a participle or an infinitive, not a finite past verb.
_BEFORE_PARTICIPLE = _AUXILIARIES | _MODALS
# Words after "due to" that make it a cause ("due to its loss"), not a schedule ("due to meet").
_DETERMINERS = load_set("dates/cause_determiners")
_COMMA_COST = 12  # words a comma (or a clause opener) between the date and a following verb is worth
# Words that open a subordinate or relative clause: a verb after one, right of the date, is
# another clause's ("meet them Saturday after the visitors won Friday").
_CLAUSE_OPENERS = load_set("date_clause_openers")
# A date that modifies the noun after it dates that noun, not the clause's verb: a possessive
# ("Sunday's rehearsal", "Friday's deadly crash": the first event noun of the next few words, none
# when none names an event) or a date between a determiner and a noun that names an event ("the
# May 9 robbery of the bakery": `lists/event_nouns.txt`). "The cast was tired after Sunday's
# rehearsal" dates the rehearsal, not the tiredness; "died on May 12 ... after the May 9 robbery"
# dates two events.
_EVENT_NOUNS = frozenset(noun for noun, _ in load_table("event_nouns"))
_ATTRIBUTIVE_BEFORE = load_set("dates/attributive_determiners")
_POSSESSIVE = regex.compile(r"['’]s(?=\s)")
_NOUN_WORDS = regex.compile(r"(?:\s{1,3}(\p{Ll}[\p{Ll}-]*)){1,3}")
# The event of such a date is written as the noun after "the" ("the practice", "the murder"):
# comparison tells it from a verb by this mark (`compare/dates`), and a reader of the label too.
NOUN_EVENT = "the "
_NOUN_REACH = 3  # words after a possessive date read for its event noun ("Saturday's fatal hit-and-run crash")
_REACH = 12  # words either side; a verb further away rarely governs the date (the look-up bound)
# ... unless no verb is nearer: a long clause of places before its date ("was shot outside his
# home in the 400 block of Elm Street in Cypress Park while on his way to work early Aug. 2").
_FAR_REACH = 30
# A trailing reporting clause (", officials said", ", said a spokesman"): at most this many words
# between its comma and the verb, and after the verb up to the next comma or the clause's end.
# Measured on the weekday expressions of the ECB+ articles (1,110): of the 186 reporting verbs
# after a comma that follows a clause of its own, 170 have at most 6 words before them (", the
# American Pie star's rep confirmed"); the few longer ones are long titles (", Area Commander
# Inspector Dave Gaskin said") or verbs of a clause that goes on ("..., offered a show of remorse
# before his sentence was announced"). Of their tails, 165 have at most 8 words ("told MTV News
# on Thursday evening"); longer ones are mostly reports of their own ("said it would not revise
# two air pollution standards"). Neither bound moves the injected date conflicts between 4 and 9
# words (subject) or 5 and 12 (tail); with no subject allowed, 2 control conflicts more appear.
_REPORT_SUBJECT = 6
_REPORT_TAIL = 8
# A page's own timestamp: a label of the page's life ("Updated:", "Posted on", "Last modified")
# right before the date, from `lists/page_events.txt` (lemmas) in their past forms. The label is
# the date's event, so comparison knows it dates the page, not the story.


def _past(lemma: str) -> str:
    if lemma.endswith("e"):
        return lemma + "d"  # update -> updated
    if lemma.endswith("y"):
        return lemma[:-1] + "ied"  # modify -> modified
    return lemma + "ed"  # post -> posted


_PAGE_LABELS = sorted({_past(lemma) for lemma in load("page_events")}, key=len, reverse=True)
_PAGE_LABEL = regex.compile(
    r"(?<![\p{L}])(" + "|".join(_PAGE_LABELS) + r")(?:\s{1,3}(?:on|at))?\s{0,3}[:|]?\s{0,3}$", regex.IGNORECASE
)
_LABEL_REACH = 24  # characters before a date where its label may end


def _words(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    return letter_words(text, lo, hi)  # the one tokeniser's words, numbers and marks left out


@lru_cache(maxsize=16_384)  # asked of every word of every clause with a date; news repeats its words
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


def _marker_tense(words: list[tuple[int, int, str]], i: int) -> Optional[int]:
    """The tense a marker of plans (word i: "scheduled", "due", "will") gives its clause."""
    word, previous, following = words[i][2], _word(words, i - 1), _word(words, i + 1)
    if word.endswith("ed") and _as_before(words, i):
        return None  # "as (previously) planned": a comparison with the plan, no tense of its own
    if word in _NEEDS_TO and following not in ("to", "for"):
        # "set" alone is the past tense ("the record it set on Aug. 6"); "due" alone is not a verb
        return PAST if word == "set" and previous not in _AUXILIARIES else None
    if word == "due" and following == "to" and _word(words, i + 2) in _DETERMINERS:
        return None  # "due to its loss": a cause, not a schedule
    if previous in ("been", "had") or (previous in ("was", "were") and word in _NEEDS_TO):
        return PAST  # a plan in the past: "had been scheduled to expire Friday", "was due to"
    return FUTURE


def _as_before(words: list[tuple[int, int, str]], i: int) -> bool:
    """True when "as" stands right before word i, or before an adverb right before it ("as
    originally scheduled")."""
    previous = _word(words, i - 1)
    return previous == "as" or (previous.endswith("ly") and _word(words, i - 2) == "as")


_AFTER_MODAL_WORDS = ("not", "also", "never", "still")  # between a modal and its verb: "will not cast"


def _after_modal(words: list[tuple[int, int, str]], i: int) -> bool:
    """True when a modal stands before word i, or before a negation or one adverb right before it
    ("will cast", "will not cast", "won't cast", "will also cast", "would quietly put")."""
    j = i - 2 if _word(words, i - 1) in _AFTER_MODAL_WORDS or _word(words, i - 1).endswith("ly") else i - 1
    modal = _word(words, j)
    stem = modal[:-3] if modal.endswith(("n't", "n’t")) else modal  # "wouldn't", "won't", "can't"
    return modal in _MODALS or stem in _MODALS or stem in ("wo", "ca", "sha")


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
    if word in ("was", "were") and following in W.FUTURE_MARKERS:
        return None  # "were planning to", "was due to": the marker after it decides (see below)
    if word in _NEEDS_TO or word in W.FUTURE_MARKERS:
        return _marker_tense(words, i)
    if _is_past_verb(word) and previous in ("be", "been", "being", "has", "have", "had"):
        return None  # a participle: the auxiliary before it carries the tense ("will be held")
    if _after_modal(words, i) and is_past_form(word) and not word.endswith("ed"):
        return None  # a base form that is also a past form: the modal carries the tense ("will cast", "to set")
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

    The words, clause breaks and commas are found in one pass over the sentence; the first
    question about a clause finds its tense-bearing words and verbs once (each word's test reads
    two words either side, within the clause), and each question then bisects to the nearest
    cue within `_REACH` words either side of the expression, so a sentence with n characters and
    k expressions costs O(n + k log n) however long its clauses are. The answers are those of
    scanning the clause word by word: a verb more than `_REACH` words away never decided the
    tense or the event, so the bound changes nothing.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.words = [_month_may(text, w) for w in _words(text, 0, len(text))]
        self._starts = [w[0] for w in self.words]
        self._ends = [w[1] for w in self.words]
        breaks = [m.span() for m in _CLAUSE_BREAK.finditer(text)]
        self._break_starts = [b[0] for b in breaks]
        self._break_ends = [b[1] for b in breaks]
        self._commas = _positions(text, ",")
        self._cues: dict[tuple[int, int], _ClauseCues] = {}
        self._spans: dict[tuple[int, int], tuple[int, int, int, int, int]] = {}

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
        words starting before `start`; `q`, the first word starting at or after `end`. Kept per
        span: `direction` and `event` both ask about each expression."""
        found = self._spans.get((start, end))
        if found is None:
            lo, hi = self.clause(start, end)
            a = bisect.bisect_left(self._starts, lo)
            b = bisect.bisect_left(self._starts, hi)
            p = max(a, bisect.bisect_right(self._ends, start))
            p_start = max(a, bisect.bisect_left(self._starts, start))
            q = min(b, max(a, bisect.bisect_left(self._starts, end)))
            found = self._spans[(start, end)] = (a, b, p, p_start, q)
        return found

    def _clause_cues(self, a: int, b: int) -> _ClauseCues:
        """The tense-bearing words and the verbs of the clause of words [a, b), found once.

        Every expression of the clause reads its nearest cues from these lists by bisection, so
        a clause with k expressions costs O(words + k log words), not O(k × `_REACH`) word tests:
        a sentence of thousands of weekdays ("Monday, Monday, ...") stays linear and cheap.
        """
        cues = self._cues.get((a, b))
        if cues is None:
            cues = _ClauseCues()
            first_cue: Optional[int] = None  # the clause's first verb or tense-bearing word
            words = self.words
            for i in range(a, b):
                if words[i][2] not in _CUE_WORDS and (i == a or words[i - 1][2] not in _MODALS) and not _is_past_verb(words[i][2]):
                    continue  # neither a tense-bearing word nor a verb (see `_CUE_WORDS`): most words
                s = max(a, i - 2)  # two words of context either side; a window from `a` starts the clause
                window = self.words[s : min(b, i + 3)]
                tense = _tense_at(window, i - s)
                if tense is not None:
                    cues.tense_at.append(i)
                    cues.tenses.append(tense)
                verb = _verb_at(window, i - s)
                if verb is not None:
                    cues.verb_at.append(i)
                    cues.verbs.append(verb)
                    cues.reports.append(self.trailing_report(i, b, first_cue))
                if first_cue is None and (tense is not None or verb is not None):
                    first_cue = i
            self._cues[(a, b)] = cues
        return cues

    def _reports_a_clause(self, cues: _ClauseCues, i: int, p: int) -> bool:
        """True when verb `i` is a reporting verb and a tense-bearing word of another predicate
        lies between it and the date (word `p` onwards): in "said he would be ready Tuesday" and
        "said the line should be back by Dec. 28" the date belongs to the reported clause."""
        if self.words[i][2] not in REPORTING_VERBS:
            return False
        k = bisect.bisect_right(cues.tense_at, i)
        if k < len(cues.tense_at) and cues.tense_at[k] < p and self.words[cues.tense_at[k]][2] in _MODALS:
            return True
        # a modal that bears no tense of its own ("should", "could", "might") opens the reported
        # predicate too: "said the situation should be back to normal by Dec. 28" (at most
        # `_REACH` words: the verb is that near the date)
        return any(self.words[j][2] in _MODALS and self.words[j][2] != "to" for j in range(i + 1, p))

    def trailing_report(self, i: int, b: int, first_cue: Optional[int]) -> bool:
        """True when word `i` is the verb of a reporting clause set off by a comma after what it
        reports: ", officials said", ", said a spokesman", ", police said in a statement,". What
        comes before that comma is the report, not the speaking, so its dates belong to its own
        verbs ("voted on Sunday, officials said"). At most `_REPORT_SUBJECT` words lie between the
        comma and the verb, and at most `_REPORT_TAIL` after it up to the next comma or the end
        of the clause of words [.., b), none of them "that" or a verb: ", police said the man fled"
        and ", he said that ..." go on to a report of their own. The clause before the comma must
        have a verb or tense word of its own (`first_cue`, the clause's first, is before the
        comma): "On Thursday, the minister said there were none" is no report of "On Thursday"."""
        ws, we, word = self.words[i]
        if word not in REPORTING_VERBS:
            return False
        k = bisect.bisect_left(self._commas, ws)
        comma = bisect.bisect_left(self._starts, self._commas[k - 1]) if k else i
        if i - comma > _REPORT_SUBJECT or first_cue is None or first_cue >= comma:
            return False
        k = bisect.bisect_left(self._commas, we)
        stop = self._commas[k] if k < len(self._commas) else len(self.text)
        last = min(b, bisect.bisect_left(self._starts, stop))
        if last - i - 1 > _REPORT_TAIL:
            return False
        for j in range(i + 1, last):  # at most `_REPORT_TAIL` words
            s = max(0, j - 2)
            if self.words[j][2] == "that" or _verb_at(self.words[s : min(last, j + 3)], j - s) is not None:
                return False  # "police said the man fled": the clause goes on to its own report
        return True

    def direction(self, start: int, end: int) -> Optional[int]:
        """PAST, FUTURE or NEAREST for the expression at [start, end) (see `direction`).

        The nearest tense-bearing word within `_REACH` words on each side competes: two cost
        units per word between, one more on the right, `_COMMA_COST` more for a right-hand word
        behind a comma; the cheaper one decides (the left one on a tie).
        """
        found = self._tense_cue(start, end)
        return None if found is None else found[1]

    def told_by_past_verb(self, start: int, end: int) -> bool:
        """True when a finite past verb of the clause's own decides `direction` for the
        expression at [start, end): a past form ("bought", "ended") that is no reporting verb, has
        no auxiliary or "to" right before it ("is heard", "been set") and no modal or "to"
        before it or between it and the expression ("subpoenaed him to testify on Feb. 10").
        Such a verb dates the expression itself, where "said" dates only the saying."""
        found = self._tense_cue(start, end)
        if found is None or found[1] != PAST:
            return False
        i = found[0]
        word = self.words[i][2]
        if word in REPORTING_VERBS or not _is_past_verb(word) or _word(self.words, i - 1) in _BEFORE_PARTICIPLE:
            return False
        a, _, _, _, q = self._around(start, end)
        # nor a modal or "to" anywhere before them in the clause: in "would be paid on a still
        # unspecified date in January" the past form is an adjective and the clause is "would"'s
        return not any(self._modal_at(j) for j in range(max(a, min(i, q) - _REACH), max(i, q)))

    def _modal_at(self, j: int) -> bool:
        """True for a modal, or "to" marking an infinitive: "to" before an article or a
        possessive is a preposition ("changed from a fiscal year to a calendar year")."""
        word = self.words[j][2]
        return word in _MODALS and not (word == "to" and _word(self.words, j + 1) in W.ADJECTIVE_AFTER)

    def _tense_cue(self, start: int, end: int) -> Optional[tuple[int, int]]:
        """(word index, direction) of the tense-bearing word that decides `direction`."""
        a, b, p, _, q = self._around(start, end)
        cues = self._clause_cues(a, b)
        best: Optional[tuple[int, int, int]] = None  # (cost, word index, direction)
        k = bisect.bisect_left(cues.tense_at, p) - 1  # the last cue before word p
        if k >= 0 and cues.tense_at[k] >= max(a, p - _REACH):
            best = ((p - 1 - cues.tense_at[k]) * 2, cues.tense_at[k], cues.tenses[k])
        k = bisect.bisect_left(cues.tense_at, q)  # the first cue at or after word q
        if k < len(cues.tense_at) and cues.tense_at[k] < min(b, q + _REACH):
            i = cues.tense_at[k]
            cost = (i - q) * 2 + 1
            if self._has_comma(end, self.words[i][0]):
                cost += _COMMA_COST  # a later clause rarely governs a trailing "in August"
            if best is None or cost < best[0]:
                best = (cost, i, cues.tenses[k])
        return None if best is None else (best[1], best[2])

    def event(self, start: int, end: int) -> Optional[str]:
        """The verb the expression at [start, end) most likely dates (see `event`).

        A verb costs the words between it and the expression (more than `_REACH` rules it out),
        plus `_COMMA_COST` for one on the right behind a comma; the cost grows with the distance
        on each side, so only the nearest verb on either side can win (the left one on a tie).
        A right-hand verb behind a comma that heads a trailing reporting clause
        (`trailing_report`) is no candidate: "voted on Sunday, officials said" dates the vote.
        """
        label = _PAGE_LABEL.search(self.text, max(0, start - _LABEL_REACH), start)
        if label:
            return label.group(1).lower()  # "Updated: Friday, May 2": the page's timestamp
        a, b, p, p_start, q = self._around(start, end)
        noun = self._modified_noun(end, a, p)
        if noun:
            return NOUN_EVENT + noun
        cues = self._clause_cues(a, b)
        best = None
        k = bisect.bisect_left(cues.verb_at, p) - 1  # the last verb ending by `start`
        if k >= 0 and cues.verb_at[k] >= max(a, p_start - _REACH - 1):
            i = cues.verb_at[k]
            if not self._reports_a_clause(cues, i, p):
                best = ((p_start - i - 1, 0, start - self.words[i][1]), cues.verbs[k])
        k = bisect.bisect_left(cues.verb_at, q)  # the first verb starting at or after `end`
        if k < len(cues.verb_at) and cues.verb_at[k] < min(b, q + _REACH + 1):
            i = cues.verb_at[k]
            ws = self.words[i][0]
            behind_comma = self._has_comma(end, ws)
            # a subordinate or relative clause opened between the date and the verb: the verb is
            # that clause's ("Saturday after the visitors won"), as costly as one behind a comma
            opened = any(self.words[j][2] in _CLAUSE_OPENERS for j in range(q, i))  # at most `_REACH` words
            cost = (i - q) + (_COMMA_COST if behind_comma or opened else 0)
            key = (cost, 1, ws - end)
            # a trailing ", X said" reports the clause before it: it never claims that clause's dates
            if (best is None or key < best[0]) and not (behind_comma and cues.reports[k]):
                best = (key, cues.verbs[k])
        if best is None:
            return self._far_verb(cues, a, p, p_start)
        return best[1]

    def _far_verb(self, cues: _ClauseCues, a: int, p: int, p_start: int) -> Optional[str]:
        """The clause's last verb before the expression between `_REACH` and `_FAR_REACH` words
        away, when no verb is nearer on either side: "was shot outside his home in the 400 block
        of Elm Street ... on his way to work early Aug. 2" dates the shooting. Not a verb that
        reports a clause, nor one behind a clause opener right before it ("the crew who cleared",
        "the clerk, who was robbed"): such a verb is a relative or subordinate clause's, and the
        expression is left undated rather than given it. A comma alone does not rule a verb out:
        a list ("its cargo of grain, timber and steel") stays in the verb's clause."""
        k = bisect.bisect_left(cues.verb_at, p) - 1
        if k < 0 or cues.verb_at[k] < max(a, p_start - _FAR_REACH - 1):
            return None
        i = cues.verb_at[k]
        if self._reports_a_clause(cues, i, p) or self._opened_before(i, a):
            return None
        return cues.verbs[k]

    def _opened_before(self, i: int, a: int) -> bool:
        """True when a clause opener stands right before word `i`, or one auxiliary before it
        ("who cleared", "which was sold"): the verb heads a subordinate or relative clause."""
        words = self.words
        if i - 1 >= a and words[i - 1][2] in _CLAUSE_OPENERS:
            return True
        return i - 2 >= a and words[i - 1][2] in _AUXILIARIES and words[i - 2][2] in _CLAUSE_OPENERS

    def _modified_noun(self, end: int, a: int, p: int) -> Optional[str]:
        """The noun a date at [.., end) modifies and so dates (see `_EVENT_NOUNS`), or None: the
        first event noun of the `_NOUN_REACH` lower-case words after a possessive date (none when
        none of them names an event: "Monday's paper", "Friday's close"), or the event noun right after a date
        that follows a determiner (`p`: the words ending before the date, `a`: the clause's first)."""
        text = self.text
        possessive = _POSSESSIVE.match(text, end)
        after = _NOUN_WORDS.match(text, possessive.end() if possessive else end)
        if not after:
            return None
        following = after.captures(1)[:_NOUN_REACH]
        if possessive:
            # only a noun that names an event: "Monday's paper said" keeps its verb "said"
            return next((w for w in following if _event_noun(w)), None)
        if p > a and self.words[p - 1][2] in _ATTRIBUTIVE_BEFORE and _event_noun(following[0]):
            return following[0]
        return None


def _event_noun(word: str) -> bool:
    """True for a noun of `lists/event_nouns.txt`, singular or plural ("shootings")."""
    return word in _EVENT_NOUNS or (word.endswith("s") and word[:-1] in _EVENT_NOUNS)


# "May" the month, not the modal: capitalised inside a sentence, or before a day's number ("May 9
# as the crew ..." would make "as" a verb after a modal).
_MONTH_MAY = regex.compile(r"May(?=\s{1,3}\d)|(?<=\S\s{0,3})May")
_MONTH_WORD = "(may)"  # the month's stand-in: no list holds it, so it is neither modal nor verb


def _month_may(text: str, word: tuple[int, int, str]) -> tuple[int, int, str]:
    """The word, or for the month "May" a stand-in that no tense or verb rule reads as the modal."""
    start, end, w = word
    if w == "may" and _MONTH_MAY.match(text, start, end + 4) and text[start:end] == "May":
        return start, end, _MONTH_WORD
    return word


def _positions(text: str, char: str) -> list[int]:
    """Every index of `char` in `text` (found by `str.find`, not a test per character)."""
    out = []
    i = text.find(char)
    while i >= 0:
        out.append(i)
        i = text.find(char, i + 1)
    return out


# Every word `_tense_at` may find tense-bearing other than a past verb: a word outside it, not a
# past verb (`_is_past_verb`) and not after a modal or "to" is neither a tense cue nor a verb
# (`_verb_at`), so `_ClauseCues` skips it without reading its window.
_CUE_WORDS = frozenset(
    _MODALS | _NEEDS_TO | W.SCHEDULE_VERBS_PRESENT | W.FUTURE_MARKERS | W.PAST_AUXILIARIES | W.PRESENT_WORDS
    | {"will", "have", "is", "are", "was", "were"}
)


class _ClauseCues:
    """Word indices of a clause's tense-bearing words and verbs, with their tense and verb, in order."""

    __slots__ = ("reports", "tense_at", "tenses", "verb_at", "verbs")

    def __init__(self) -> None:
        self.tense_at: list[int] = []
        self.tenses: list[int] = []
        self.verb_at: list[int] = []
        self.verbs: list[str] = []
        self.reports: list[bool] = []  # per verb: it heads a trailing reporting clause


# Words before a schedule marker that put the plan in the past ("was scheduled for Monday").
_PAST_PLAN_AFTER = frozenset(("was", "were", "had", "been"))
# Markers of a plan that take the planned day after "for" ("scheduled for", "set for", "due
# for"); modals never do.
_SCHEDULE_MARKERS = (_NEEDS_TO | W.FUTURE_MARKERS) - _MODALS - {"going", "upcoming"}


def _verb_at(words, i) -> Optional[str]:
    word = words[i][2]
    prev_word = words[i - 1][2] if i > 0 else ""
    if word in _SCHEDULE_MARKERS and _word(words, i + 1) == "for" and prev_word not in _PAST_PLAN_AFTER:
        # "an appearance scheduled for Monday", "is set for Friday": the event planned for that
        # day, read as planned (`compare/occasions.is_planned`) like "will be held"; after a past
        # tense ("was scheduled for Monday") the plan may have been kept or dropped: no event.
        return "be " + word
    if word in _AUXILIARIES or word in W.FUTURE_MARKERS:
        return None
    # "for an unspecified problem", "a marked departure": a past form after an article or a
    # possessive is an adjective or a noun, not the verb the date belongs to.
    is_verb = (_is_past_verb(word) and prev_word not in W.ADJECTIVE_AFTER) or (prev_word in _MODALS and word not in ("be", "the", "a", "an") and prev_word != "to" or prev_word == "to" and _looks_base_verb(word, words, i))
    if not is_verb:
        return None
    if i + 1 < len(words) and words[i + 1][2] in W.VERB_PARTICLES and words[i + 1][0] - words[i][1] <= 1:
        word = f"{word} {words[i + 1][2]}"
    if prev_word == "be" and i > 1 and words[i - 2][2] in _MODALS:
        # A passive after a modal or "to" ("would be closed", "expected to be charged") is planned
        # or expected, not done: its "be" is kept, so the event reads as a base form like "will
        # meet" does (`compare/occasions.is_planned`); "be" is no part of its lemma or class.
        return "be " + word
    return word


def _looks_base_verb(word: str, words, i) -> bool:
    # After "to": a verb when an auxiliary-like word ("due", "expected", "plans", "set", "going")
    # precedes the "to", else "to" is probably a preposition ("to North Korea").
    if i < 2:
        return False
    return words[i - 2][2] in _NEEDS_TO or words[i - 2][2] in _INFINITIVE_TAKERS

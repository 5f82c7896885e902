"""Who a quotation is attributed to: the mention and the cue, read from the words around it.

News writing attributes quotes in a handful of orders, tried here from the most to the least
specific:

1. right after a quote that ends its clause: `"…," said X`, `"…," X said`, `"…," X, a
   spokesman for Y, said`, `"…," according to X`, `"…" — X`;
2. right before it: `X said: "…"`, `X told Reuters "…"`, `X said that "…"`, `…, noting "…"`;
3. the nearest cue to the left in the same sentence, for partial quotes inside the writer's
   sentence (`X said Beijing had "forcibly sent back"`, `referring to them as "…"`);
4. a cue later in the same sentence (`A "large number" … were sent back, the ministry said`);
5. with no cue in the sentence: the speaker of the quotation it continues (a quote split by
   its attribution, or one running over paragraphs), or a speaker named in the sentence just
   before a paragraph that is all quotation.

Only text outside quotation marks is read. The result points at the mention (`he`, `Mr Koo`,
`the spokesperson`); resolving it to a name is `entities`' job.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Callable, Optional

import regex

from newsdiff.lexicon import load
from newsdiff.lexicon.speech_words import (
    ADVERBIAL_OPENERS,
    PREPOSITIONAL_CUES,
    REPORTING_PHRASES,
    REPORTING_VERBS,
    ROLE_NOUNS,
    SENTENCE_ADVERBS,
    SOURCE_NOUNS,
    TIME_WORDS,
    is_participle,
)
from newsdiff.text import phrases
from newsdiff.text.phrases import Phrase, Token

# Patterns used inside loops, compiled once (a pattern string passed to `regex.search` is
# looked up in the regex module's cache on every call).
_APOSTROPHE = regex.compile(r"['’]")
_POSSESSIVE_END = regex.compile(r"['’]s?$")
_INITIALS_AFFILIATION = regex.compile(r"\p{Lu}-\p{Lu}[\p{L}.]{0,4}")
_DISTRICT_NUMBER = regex.compile(r"\d{1,3}")
_WORD_CHAR_END = regex.compile(r"\w$")
_COLON_END = regex.compile(r":\s*$")
_COMMA_END = regex.compile(r",\s*$")
_CAPITAL_OR_BRACKET = regex.compile(r"[\[\p{Lu}]")


DASHES = "—–-―"
MAX_TRAIL_WORDS = 25  # "…," X, a spokesman for the South's Unification Ministry, said
# How far a search for a speaker or a cue reaches from where it starts, so that extraction stays
# linear in the article's length however long its sentences are: a subject more than
# MAX_REACH_WORDS words (or MAX_REACH_CHARS characters) left of its verb, or a cue that many
# words after a quotation ("A "large number" … were sent back, the ministry said"), is not
# found. News attributions sit well inside it.
MAX_REACH_WORDS = 40
MAX_REACH_CHARS = 400
MAX_REACH_TOKENS = 80  # tokens, punctuation and quoted words included: a run of marks is no clause
_SPACE = regex.compile(r"\s")
_SENTENCE_PUNCT = regex.compile(r"[;:.!?]")
_SEMICOLON_OR_COLON = regex.compile(r"[;:]")
_CLAUSE_PUNCT = ",;:()—–[]\"“”"
_RELATIVES = frozenset(load("speech/relatives"))
# Words that open a sentence with an adverbial phrase ending at the first comma ("On Thursday,",
# "Outside the arena,"), so the subject comes after it: `lexicon/lists/adverbial_openers.txt`.
_ADVERBIAL_OPENERS = ADVERBIAL_OPENERS
# Reporting-verb forms that news uses far more often as nouns ("state leaders", "federal
# charges"): cues only when "that" or a colon follows.
_NOUN_FIRST = frozenset(load("speech/noun_first"))
_FOCUS_ADVERBS = frozenset(load("speech/focus_adverbs"))
# Longest first so a longer verb wins; ties broken by spelling, never by set order (which varies per run).
_VERB_FORMS = sorted(REPORTING_VERBS, key=lambda verb: (-len(verb), verb))
# Cue phrases of more than one word by their first word, in the word lists' order.
_MULTIWORD: dict[str, list[list[str]]] = {}
for _phrase in PREPOSITIONAL_CUES + REPORTING_PHRASES:
    _words = _phrase.split()
    if len(_words) > 1:
        _MULTIWORD.setdefault(_words[0], []).append(_words)


@dataclass(frozen=True)
class Cue:
    """A reporting verb or cue phrase found in the text."""

    start: int
    end: int
    text: str

    @cached_property
    def lower(self) -> str:
        """The cue's words lower-cased (read once: rules ask a cue for it many times)."""
        return self.text.lower()


@dataclass(frozen=True)
class SpeakerCue:
    """A speaker mention and the cue that links it to some words."""

    speaker: Optional[Phrase]
    cue: Optional[str]
    cue_start: Optional[int] = None
    how: str = ""  # which rule found it, for debugging and evaluation


# The lower-cased words a cue can start with (`cues_in` looks closer only at these). No cue word
# holds an apostrophe, so a token's plain lower-casing can be compared with them.
_CUE_FIRST_WORDS = frozenset({*_MULTIWORD, *REPORTING_VERBS, *PREPOSITIONAL_CUES})
assert not any("'" in w or "’" in w for w in _CUE_FIRST_WORDS), "cues_in compares unstraightened words"


def cues_in(text: str, start: int, end: int) -> list[Cue]:
    """Reporting verbs and prepositional cues ("according to") in `text[start:end]`, in order."""
    art = phrases.tokenised(text) if 0 <= start < end else None
    window = art.between(start, end) if art is not None else None
    if art is None or window is None:  # a window that cuts a token: its own tokens
        toks = phrases.tokens(text, start, end)
        where = [k for k, t in enumerate(toks) if t.lower in _CUE_FIRST_WORDS]
        return _cues(text, toks.__getitem__, 0, len(toks), where)
    lo, hi = window
    # Only tokens whose words may start a cue become Token objects: most words are no cue.
    may_start = _cue_word_tokens(text)
    where = may_start[bisect_left(may_start, lo):bisect_left(may_start, hi)]
    return _cues(text, art.token, lo, hi, where)


@lru_cache(maxsize=2)
def _cue_word_tokens(text: str) -> list[int]:
    """The indices of the article's tokens whose word may start a cue, found once per article
    (`cues_in` is asked about every sentence, several times)."""
    art = phrases.tokenised(text)
    return [k for k, (s, e) in enumerate(zip(art.starts, art.ends, strict=True)) if text[s:e].lower() in _CUE_FIRST_WORDS]


def _cues(text: str, tok: Callable[[int], Token], lo: int, hi: int, where: list[int]) -> list[Cue]:  # noqa: C901 - one test per cue shape and per noun reading that rejects it
    """The cues among the tokens `tok(lo)` .. `tok(hi - 1)` that start at one of `where` (the
    tokens whose word may start a cue); a cue's words are never read again."""
    out: list[Cue] = []
    after = lo  # the first token not inside a cue found
    for k in where:
        if k < after:
            continue
        t = tok(k)
        found = None
        if t.is_word:
            for words in _MULTIWORD.get(t.lower, ()):
                if _words_at(tok, k, hi, words):
                    last = tok(k + len(words) - 1)
                    found = Cue(t.start, last.end, text[t.start:last.end])
                    break
            if found is None and (t.lower in REPORTING_VERBS or t.lower in PREPOSITIONAL_CUES) and not t.is_cap:
                found = Cue(t.start, t.end, t.text)
            elif found is None and t.is_cap and t.lower in PREPOSITIONAL_CUES and t.lower != "per":
                found = Cue(t.start, t.end, t.text)  # "Citing an activist account, ..."
            elif (found is None and t.is_cap and t.lower in REPORTING_VERBS and k > lo and tok(k - 1).is_word
                  and t.lower.endswith("ed") and not (k + 1 < hi and tok(k + 1).is_cap)):
                # "Jones … Posted on Monday"; never a word of a name ("United States",
                # "Secretary of State John Kerry").
                found = Cue(t.start, t.end, t.text)
        if found and k > lo and tok(k - 1).lower in phrases.DETERMINERS and not is_prepositional(found):
            found = None  # "his comment", "the reports": a noun
        elif found and k > lo and tok(k - 1).lower.endswith("'s") and not is_prepositional(found):
            found = None  # "Trump's charge", "the council's report": a noun after a possessive
        elif found and found.lower in _NOUN_FIRST and not (k + 1 < hi and tok(k + 1).lower in ("that", ":")):
            found = None  # "state leaders", "the charges": a verb only before "that" or a colon
        if found:
            out.append(found)
            after = k + len(found.text.split())
    return out


def _words_at(tok: Callable[[int], Token], k: int, hi: int, words: list[str]) -> bool:
    if k + len(words) > hi:
        return False
    return all(tok(k + j).lower == w for j, w in enumerate(words))


def is_prepositional(cue: Cue) -> bool:
    """True for cues whose claimant follows them: "according to X", "citing X"."""
    return cue.lower in PREPOSITIONAL_CUES


# The last article's text with its sentence subjects by (start, limit), as one pair: the same
# sentence is asked about once per pronoun after it and once per rule that reads it (a sentence of
# a hundred "he said" asked it a hundred times). Holding the text keeps its id from being reused;
# a caller reads the pair once, so two threads on two articles never share one table.
_SUBJECTS: list[tuple[Optional[str], dict[tuple[int, int], Optional[Phrase]]]] = [(None, {})]


def sentence_subject(text: str, start: int, limit: int) -> Optional[Phrase]:
    """The subject of the sentence that starts at `start`: its first noun phrase, after an
    opening adverbial phrase ("On Thursday, ...") if there is one."""
    memo = _SUBJECTS[0]
    if memo[0] is not text:
        memo = _SUBJECTS[0] = (text, {})
    known = memo[1]
    key = (start, limit)
    if key not in known:
        known[key] = _sentence_subject(text, start, limit)
    return known[key]


def _sentence_subject(text: str, start: int, limit: int, after_conjunction: bool = False) -> Optional[Phrase]:
    # `after_conjunction`: called from `_subject_after_conjunction`, which has already skipped
    # the opening conjunctions; it is never called again from there, so the depth is one.
    toks = phrases.first_tokens(text, start, limit, _SUBJECT_TOKENS)
    pos = start
    dash = _dateline_dash(toks)
    if dash is not None:
        # "DAYTON, Ohio, May 2 (AP) — The former mayor …": the subject follows the dateline.
        toks = toks[dash + 1:]
        pos = toks[0].start if toks else limit
    if len(toks) > 1 and toks[0].lower in SENTENCE_ADVERBS and (toks[1].text == "," or toks[1].is_cap):
        # "First, Trump called …", "Maybe Trump figures …"
        toks = toks[2:] if toks[1].text == "," else toks[1:]
        pos = toks[0].start if toks else limit
    opened = None if after_conjunction else _subject_after_conjunction(text, toks, limit)
    if opened is not None:
        return opened
    if toks and (toks[0].lower in _ADVERBIAL_OPENERS or _participial_opener(toks)):
        comma = next((t for t in toks[: 3 * phrases.MAX_PHRASE] if t.text == ","), None)
        if comma is None:
            return None
        pos = comma.end
    # "…, even a top strategist said": a focusing adverb before the subject is not part of it.
    lead = phrases.tokens(text, pos, min(limit, pos + 40))
    if lead and not lead[0].is_cap and lead[0].lower in _FOCUS_ADVERBS:
        pos = lead[0].end
    found = phrases.phrase_after(text, pos, limit)
    if found is not None and found.kind == "name" and pos != start:
        # "Speaking in Salem, New Hampshire, Trump went …": a place set off by commas closes the
        # opening phrase; the subject is the name after it.
        toks = phrases.tokens(text, found.end, min(limit, found.end + 3))
        if toks and toks[0].text == ",":
            nxt = phrases.phrase_after(text, toks[0].end, limit)
            after = phrases.tokens(text, nxt.end, min(limit, nxt.end + 30)) if nxt is not None else []
            if nxt is not None and nxt.kind == "name" and after and after[0].is_word and not after[0].is_cap:
                found = nxt
    if found is not None and found.kind == "name" and _capital_only_to_open(text, found, pos):
        # "Hours later, Trump …", "Often, families …", "Guns are …": a word capitalised only
        # because it opens the sentence is no name.
        toks = phrases.tokens(text, found.end, min(limit, found.end + 40))[:4]
        comma = next((t for t in toks if t.text == ","), None)
        if comma is None:
            return None
        found = phrases.phrase_after(text, comma.end, limit)
        if found is not None and found.kind == "name" and _capital_only_to_open(text, found, found.start):
            return None
    if found and found.kind == "description" and found.text.split()[0].lower() not in phrases.DETERMINERS:
        if not found.head:
            return None
    return found


def _subject_after_conjunction(text: str, toks: list[Token], limit: int) -> Optional[Phrase]:
    """The subject of a sentence that opens with "And" or "But" ("And he made a point of saying
    …", "But the mayor said …"): the sentence after the conjunction's. None when none is found
    or it is a time phrase ("But a few days later, …": an opener, read as the caller reads a
    sentence that opens with a capitalised word)."""
    if not toks or toks[0].lower not in _SENTENCE_CONJUNCTIONS:
        return None
    # A run of capitalised conjunctions ("And But …") is skipped in one loop, not by recursion:
    # a hostile sentence of a thousand "And"s costs one pass over the (bounded) tokens.
    k = 1
    while k < len(toks) and toks[k].is_cap and toks[k].lower in _SENTENCE_CONJUNCTIONS:
        k += 1
    if k >= len(toks) or not toks[k].is_word:
        return None
    if not (toks[k].is_cap or toks[k].lower in phrases.PRONOUNS or toks[k].lower in phrases.DETERMINERS):
        return None  # "But back at home, she …": an adverbial phrase follows
    found = _sentence_subject(text, toks[k].start, limit, after_conjunction=True)
    if found is None or any(w.strip(",.").lower() in TIME_WORDS for w in found.text.split()):
        return None
    return found


# Tokens of a sentence's opening that `sentence_subject` reads: a dateline (15), a sentence
# adverb and its comma (2), then an opening phrase up to its comma (3 * MAX_PHRASE).
_SUBJECT_TOKENS = 15 + 2 + 3 * phrases.MAX_PHRASE + 8


def _capital_only_to_open(text: str, found: Phrase, pos: int) -> bool:
    """True for a one-word "name" at `pos` that the article never capitalises inside a
    sentence: "Often", "Guns", "It's" are capitalised only because they open the sentence."""
    word = found.text
    if found.start != pos or " " in word or phrases.is_acronym(word) or word.lower() in phrases.PRONOUNS:
        return False
    if phrases.known_noun(word.lower()) or _APOSTROPHE.split(word.lower())[0] in phrases.PRONOUNS:
        return False  # "He's", "They're": a pronoun with a contraction
    if _POSSESSIVE_END.search(word):
        return False  # "Bornstein's earlier missive": a possessive is no sentence opener
    return not _written_inside(text, word)


# The space first and the letter, comma or semicolon before it looked behind: a pattern that opens
# with a literal is searched for that character, not tried at every position of the article.
_AFTER_LOWER = regex.compile(r"(?<=[\p{Ll},;]) (\w+)(\S*)")
_WORD_CHAR = regex.compile(r"\w")
_LEADING_WORD = regex.compile(r"\w+")


@lru_cache(maxsize=1)
def _inside_index(text: str) -> dict[str, set[str]]:
    """Every run of non-spaces written right after a lower-case letter, a comma or a semicolon
    and a space, by its leading word: the article's words that are not capitalised only to open
    a sentence. Built once per article (the cache holds the last one; see
    `reported_speech.cache_clear`)."""
    index: dict[str, set[str]] = {}
    for word, tail in _AFTER_LOWER.findall(text):
        index.setdefault(word, set()).add(tail)
    return index


def cache_clear() -> None:
    """Forget the per-article word index and sentence subjects."""
    _inside_index.cache_clear()
    _SUBJECTS[0] = (None, {})
    _cue_word_tokens.cache_clear()


def _written_inside(text: str, word: str) -> bool:
    """True when `text` has `word` (no spaces) after a lower-case letter, comma or semicolon and
    a space, ending at a word boundary (what searching the whole article for it with a regex
    found, read from the per-article index)."""
    lead = _LEADING_WORD.match(word)
    if lead is None:
        return regex.search(r"[\p{Ll},;] " + regex.escape(word) + r"\b", text) is not None
    rest = word[lead.end():]
    tails = _inside_index(text).get(lead.group())
    if not tails:
        return False
    if not rest:
        return True  # the run's leading word ends at a non-word character or a space
    last_is_word = _WORD_CHAR.match(word[-1]) is not None
    for tail in tails:
        if not tail.startswith(rest):
            continue
        if len(tail) == len(rest):
            if last_is_word:
                return True
        elif last_is_word != (_WORD_CHAR.match(tail[len(rest)]) is not None):
            return True
    return False


def _dateline_dash(toks: list[Token]) -> Optional[int]:
    # A dateline opens with a place in capitals and ends at a dash within a few words.
    if not toks or not (toks[0].text.isupper() and len(toks[0].text) > 2):
        return None
    for k, t in enumerate(toks[:15]):
        if t.text in "—–" or t.text == "-" and k + 1 < len(toks) and toks[k + 1].text == "-":
            return k + 1 if t.text == "-" else k
    return None


def _participial_opener(toks: list[Token]) -> bool:
    # "Flying home, she …", "Preceded by the sheriff, Trump …": a sentence that opens with an
    # -ing or -ed form followed by a lower-case word opens with a participial phrase.
    first = toks[0]
    return (len(toks) > 1 and first.is_cap and len(first.text) > 4 and first.lower.endswith(("ing", "ed"))
            and toks[1].is_word and not toks[1].is_cap)


def subject_of(text: str, floor: int, verb: int, sentence_start: int) -> Optional[Phrase]:  # noqa: C901, PLR0911, PLR0912 - right-to-left walk with one test per clause shape it skips (apposition, relative clause)
    """The speaker of the reporting verb at `verb`, looking left no further than `floor`.

    Skips appositions and relative clauses set off by commas ("X, a spokesman for Y, said",
    "X, who ..., said"), and climbs over a relative pronoun ("A defector who fled in 2001
    claimed"). Reads back at most MAX_REACH_WORDS words.
    """
    toks = _tokens_back(text, floor, verb)
    # The clause: back to the nearest clause punctuation.
    k = len(toks)
    while k > 0 and toks[k - 1].text not in _CLAUSE_PUNCT:
        k -= 1
    clause = toks[k:]
    words = [t for t in clause if t.is_word]
    rel = next((t for t in clause if t.lower in _RELATIVES), None)
    if rel is not None:
        # "…, who rights groups claim face …": a subject of its own between the relative
        # pronoun and the verb is the speaker.
        own = phrases.phrase_before(text, rel.end, verb)
        if own is not None and _after_preposition(text, rel.end, own):
            # "…, who has in the past described …": the object of "in" is no subject; one may
            # stand before the preposition ("which critics in the county call").
            prep = phrases.tokens(text, max(rel.end, own.start - 20), own.start)[-1]
            own = phrases.phrase_before(text, rel.end, prep.start)
        if own is not None and own.start > rel.start and own.kind != "pronoun" or (
            own is not None and own.kind == "pronoun" and own.start > rel.start
        ):
            return own
        found = phrases.phrase_before(text, floor, rel.start)
        if found is None:
            # "X, who said …", "X — who said …", "X - who said …": the name before the mark.
            mark = next((t for t in reversed(toks) if t.end <= rel.start), None)
            if mark is not None and (mark.text == "," or mark.text in DASHES) and text[mark.end:rel.start].isspace():
                found = phrases.phrase_before(text, floor, mark.start)
        return found
    # The clause's last word that is no filler (only it is read: the walk back stops there).
    last_meaningful = next((t for t in reversed(words) if not phrases._is_filler(t) or t.is_cap), None)
    if last_meaningful is not None and last_meaningful.lower in ("and", "but"):
        # "I laughed and said", "X did not confirm the reports but said": the clause's subject.
        found = phrases.phrase_after(text, clause[0].start, verb) if clause else None
        if found is not None and (found.kind != "description" or phrases.known_noun(found.head or "")):
            return found
        return sentence_subject(text, sentence_start, verb)
    if last_meaningful is not None:
        found = _skip_prepositional(text, floor, phrases.phrase_before(text, floor, verb))
        if found is not None:
            return found
        if words and words[0].lower in ("and", "but"):
            return sentence_subject(text, sentence_start, verb)
        return None
    if k > 0 and toks[k - 1].text == ")":
        # "Human Rights Watch (HRW) said": the name before the brackets.
        j = k - 1
        while j > 0 and toks[j].text != "(":
            j -= 1
        if j > 0 and k - 1 - j <= 6:
            return phrases.phrase_before(text, floor, toks[j].start)
        return None
    # Nothing but fillers since the last comma: skip comma-enclosed segments that are
    # appositions, relative clauses, participial or time phrases.
    end = k - 1  # index of the punctuation token
    for _ in range(3):
        if end < 0 or toks[end].text != ",":
            return None
        j = end
        while j > 0 and toks[j - 1].text not in _CLAUSE_PUNCT:
            j -= 1
        segment = toks[j:end]
        seg_words = [t for t in segment if t.is_word]
        if not seg_words and j > 0 and toks[j - 1].text == ")":
            # "Gov. Ann Lee (R-Ohio), said": the name before the brackets.
            b = j - 1
            while b > 0 and toks[b].text != "(" and j - 1 - b <= 6:
                b -= 1
            return phrases.phrase_before(text, floor, toks[b].start) if toks[b].text == "(" and b > 0 else None
        if not seg_words:
            return None
        first = seg_words[0].lower
        enclosed = j > 0 and toks[j - 1].text == ","
        affiliation = len(seg_words) == 1 and _INITIALS_AFFILIATION.fullmatch(seg_words[0].text)
        # "Quina Jones, 25, said": an age set off by commas.
        affiliation = affiliation or len(seg_words) == 1 and _DISTRICT_NUMBER.fullmatch(seg_words[0].text)
        skippable = affiliation or enclosed and (
            first in phrases.DETERMINERS
            or first in _RELATIVES
            or first.endswith("ing")
            or first in _ADVERBIAL_OPENERS
            or first in _AFFILIATION_PREPOSITIONS
            or not seg_words[0].is_cap and phrases.bare(first) in _role_or_org()
            or _possessive_role(seg_words)
        )
        if not skippable:
            return phrases.phrase_before(text, floor, toks[end].start)
        end = j - 1
    return None


def _possessive_role(seg_words: list[Token]) -> bool:
    """True for an apposition that opens with a possessive and names a role: "Ann Cole, [Smith's
    lawyer], said", "Ann Cole, [Acme's chief engineer], said": the speaker is the name before
    it, not the person the possessive names."""
    return (len(seg_words) >= 2 and _POSSESSIVE_END.search(seg_words[0].text) is not None
            and phrases.bare(seg_words[-1].lower) in ROLE_NOUNS)


_PP_BEFORE_VERB = frozenset(load("speech/pp_before_verb"))
_OBJECT_PREPOSITIONS = frozenset(load("speech/object_prepositions"))
_SENTENCE_CONJUNCTIONS = frozenset(load("speech/sentence_conjunctions"))
_AFFILIATION_PREPOSITIONS = frozenset(load("speech/affiliation_prepositions"))


def _after_preposition(text: str, floor: int, found: Phrase) -> bool:
    """True when the word right before `found` (not before `floor`) is a preposition, which
    makes `found` its object."""
    toks = phrases.tokens(text, max(floor, found.start - 20), found.start)
    return bool(toks) and toks[-1].is_word and toks[-1].lower in _OBJECT_PREPOSITIONS


def _skip_prepositional(text: str, floor: int, found: Optional[Phrase]) -> Optional[Phrase]:
    # "X in a statement said", "HRW in a report on Thursday alleged": the phrase found is the
    # object of a preposition; the speaker is the phrase before it.
    if found is None or found.kind != "description":
        return found  # only a description can be a preposition's object here: no need to read before it
    toks = phrases.tokens(text, max(floor, found.start - 20), found.start)
    if toks and toks[-1].lower in _PP_BEFORE_VERB:
        before = phrases.phrase_before(text, floor, toks[-1].start)
        if before is not None:
            return before
    return found


def _reach_back(text: str, floor: int, pos: int) -> int:
    """Where a backward search from `pos` starts: `floor`, or MAX_REACH_CHARS before `pos` at
    the next space (a token boundary, so the tokens after it are the article's own)."""
    start = pos - MAX_REACH_CHARS
    if start <= floor:
        return floor
    m = _SPACE.search(text, start, pos)
    return m.start() if m else pos


def _tokens_back(text: str, floor: int, pos: int) -> list[Token]:
    """The tokens of `text[floor:pos]` within reach of `pos`: at most MAX_REACH_WORDS words."""
    toks = phrases.tokens(text, _reach_back(text, floor, pos), pos)
    if len(toks) <= MAX_REACH_WORDS:
        return toks
    words = 0
    for k in range(len(toks) - 1, -1, -1):
        if toks[k].is_word:
            words += 1
            if words > MAX_REACH_WORDS:
                return toks[k + 1:]
    return toks


def _tokens_ahead(text: str, start: int, ceiling: int, max_words: int, quoted: tuple = ()) -> list[Token]:
    """The tokens of `text[start:ceiling]` up to the one before word `max_words + 1`, and no more
    than MAX_REACH_TOKENS of them. Words inside the `quoted` ranges do not count."""
    out: list[Token] = []
    words = 0
    q = bisect_right(quoted, (start, _INF)) - 1 if quoted else 0  # the quotation at or before `start`
    for t in phrases.iter_tokens(text, start, ceiling):
        while quoted and q + 1 < len(quoted) and quoted[q + 1][0] <= t.start:
            q += 1
        if t.is_word and not (quoted and q >= 0 and quoted[q][0] <= t.start < quoted[q][1]):
            words += 1
            if words > max_words:
                break
        out.append(t)
        if len(out) >= MAX_REACH_TOKENS:
            break
    return out


def inside(pos: int, ranges) -> bool:
    """True when `pos` lies in one of `ranges`, (start, end) pairs sorted and not overlapping."""
    k = bisect_right(ranges, (pos, _INF)) - 1
    return k >= 0 and ranges[k][0] <= pos < ranges[k][1]


_INF = float("inf")


def _role_or_org() -> frozenset:
    from newsdiff.lexicon.speech_words import ORGANIZATION_WORDS, ROLE_NOUNS

    return ROLE_NOUNS | ORGANIZATION_WORDS


_RELATIVE_SUBJECT = regex.compile(r"\b(?:who|which)\b(?=[^,;:.!?()\"“”]*$)", regex.IGNORECASE)
MAX_RELATIVE_CHARS = 160  # "X, who has in the past described Trump as …": the relative clause before its verb


def relative_mention(text: str, speaker: Optional[Phrase], cue_start: Optional[int]) -> Optional[Phrase]:
    """The relative pronoun that is the cue's subject when the speaker is its antecedent: in
    "Beck, who said there were "…"" the mention that attributes the quote is "who", which
    refers to Beck. None when no "who"/"which" opens the cue's clause after the speaker."""
    if speaker is None or cue_start is None or cue_start <= speaker.end or cue_start - speaker.end > MAX_RELATIVE_CHARS:
        return None
    m = None
    for found in _RELATIVE_SUBJECT.finditer(text, speaker.end, cue_start, timeout=1):
        m = found  # the last one: the pronoun of the clause that holds the cue
    if m is None:
        return None
    return Phrase(m.start(), m.end(), m.group(), "pronoun")


# Past participles that name a thing when they follow its noun: "a book called "…"", "a memo
# titled "…"", "a plan dubbed "…"".
_NAMING_PARTICIPLES = frozenset(load("speech/naming_participles"))
_NOT_A_NOUN = frozenset(load("speech/not_a_noun"))
_RELATIVE_OPENERS = frozenset(load("speech/relative_openers"))  # "what critics called "…""
_ARTICLE_ONLY = regex.compile(r"\s*(?:(?:the|a|an)\s+)?", regex.IGNORECASE)


def names_the_quote(text: str, cue: Cue, open_at: int) -> bool:
    """True for a naming participle right after a lower-case noun and right before the quote
    ("a website called "…"", "an inflation formula called the "…""): the quote is the thing's
    name and the noun is no speaker. An active verb has a subject or object of its own around
    it ("Trump called it "…"", "what he called "…"", "she was called "…"") and stays a cue."""
    if cue.lower not in _NAMING_PARTICIPLES or cue.text != cue.lower:
        return False
    m = _ARTICLE_ONLY.match(text, cue.end, open_at)
    if m is None or m.end() != open_at:
        return False
    before = phrases.tokens(text, max(0, cue.start - 40), cue.start)
    if not before or not before[-1].is_word:
        return False
    last = before[-1]
    return (not any(t.lower in _RELATIVE_OPENERS for t in before[-6:])
            and not last.is_cap and last.lower not in phrases.PRONOUNS and last.lower not in _NOT_A_NOUN
            and not last.lower.endswith("ly"))


_NOUN_CUES = frozenset(load("speech/noun_cues"))


def noun_like(cue: Cue) -> bool:
    """True for a cue word that is also a plural noun ("reports", "claims")."""
    # "reports", "claims", "estimates": also plural nouns ("This follows recent reports").
    return cue.lower.endswith("s") and (cue.lower in SOURCE_NOUNS or cue.lower[:-1] in SOURCE_NOUNS
                                         or cue.lower in _NOUN_CUES)


def speaker_of_cue(text: str, cue: Cue, floor: int, ceiling: int, sentence_start: int) -> Optional[Phrase]:  # noqa: C901 - one branch per cue form (prepositional, participle, verb) in order of precedence
    """The speaker a cue names: the phrase after "according to"/"citing", the main clause's
    subject for a participle ("..., saying"), else the verb's subject or, failing that, the
    phrase right after the verb ("said X")."""
    if is_prepositional(cue):
        return phrases.phrase_after(text, cue.end, ceiling, loose=True)
    if is_participle(cue.lower):
        cited = cited_as(text, floor, cue.start)
        if cited is not None:
            return cited
        # "…, with many marchers chanting": an absolute phrase names its own speaker.
        own = _absolute_subject(text, floor, cue.start) or _named_absolute(text, floor, cue.start)
        if own is not None:
            return own
        # "…, Nefzi said, adding …", "“…,” he said, adding": a participle right after a
        # reporting clause hangs from it, not from the sentence's first subject. Else "…,
        # saying", "issued a statement saying", "by tweeting that": the participle's speaker is
        # the subject of the clause it hangs from.
        found = (_reporting_clause_before(text, floor, cue, sentence_start)
                 or sentence_subject(text, sentence_start, cue.start))
        if found is not None:
            return found
        # "“…,” Trump told a rally, saying …": the participle hangs from the clause of the
        # reporting verb before it.
        for main in reversed(cues_in(text, _reach_back(text, floor, cue.start), cue.start)):
            if is_participle(main.lower) or is_prepositional(main):
                continue
            if _SENTENCE_PUNCT.search(text, main.end, cue.start):
                break
            found = speaker_of_cue(text, main, floor, cue.start, sentence_start)
            if found is not None:
                return found
            break
        return subject_of(text, floor, cue.start, sentence_start)
    inverted = _inverted_speaker(text, floor, cue, ceiling)
    if inverted is not None:
        return inverted
    if _passive(text, floor, cue):
        return None  # "the staffer was charged", "what is called": the subject did not say it
    found = subject_of(text, floor, cue.start, sentence_start)
    if found is not None and noun_like(cue) and found.kind == "description" and not phrases.known_noun(found.head or ""):
        return None
    if found is None:
        # "…," said X: the speaker follows a verb that opens its clause. After any other verb
        # the phrase that follows is its object ("accuse the campaign of …", "called the
        # Saudis …"), never the speaker.
        after = _titled_name_after(text, phrases.phrase_after(text, cue.end, ceiling), ceiling)
        if after is not None and _verb_first(text, floor, cue.start):
            return _named_apposition(text, after, ceiling)
        if _infinitive(text, floor, cue.start):
            # "took to Twitter to accuse …": the infinitive's speaker is the clause's subject.
            return sentence_subject(text, sentence_start, cue.start)
    return found


_IRREGULAR_PAST = frozenset(load("speech/irregular_reporting_past"))
# Between a reporting verb and a participle that hangs from it: a comma, or a few words and a
# comma ("said on Monday, adding").
_BEFORE_PARTICIPLE = regex.compile(r"(?:\s+[\p{L}\p{N}.]+){0,4},\s*")


def _reporting_clause_before(text: str, floor: int, cue: Cue, sentence_start: int) -> Optional[Phrase]:
    """The speaker of the reporting verb that the participle `cue` follows with only a comma
    (and a few words) between them ("…, Nefzi said, adding", "Lee added on Monday, saying")."""
    before = cues_in(text, _reach_back(text, floor, cue.start), cue.start)
    main = next((c for c in reversed(before) if not is_participle(c.lower) and not is_prepositional(c)), None)
    if main is None or not _BEFORE_PARTICIPLE.fullmatch(text, main.end, cue.start):
        return None
    if not (main.lower.endswith(("ed", "s")) or main.lower in _IRREGULAR_PAST):
        return None  # "posted a comment of her own, saying": a base form there is a noun
    return speaker_of_cue(text, main, floor, cue.start, sentence_start)


_BE_FORMS = frozenset(load("speech/be_forms"))


def _passive(text: str, floor: int, cue: Cue) -> bool:
    """True for a reporting verb in the passive ("was asked", "has been described", "is
    called"): its subject is who the words are about or addressed to, not who said them."""
    if not cue.lower.endswith("ed") or " " in cue.lower or cue.lower == "quoted":
        return False  # "X is quoted as saying": the subject is the speaker
    toks = phrases.tokens(text, max(floor, cue.start - 30), cue.start)
    toks = [t for t in toks if not (t.is_word and (t.lower.endswith("ly") or t.lower in ("not", "also", "then")))]
    return bool(toks) and toks[-1].lower in _BE_FORMS


def _inverted_speaker(text: str, floor: int, cue: Cue, ceiling: int) -> Optional[Phrase]:
    """"…, aside from X, said the bureau's director, James Doe, on Monday": a reporting verb
    right after a comma, followed by a name or a person's description that closes the clause,
    has its speaker after it (news writing's inverted attribution), not before the comma."""
    before = text[max(floor, cue.start - 3):cue.start]
    if not before.rstrip().endswith(",") or cue.lower not in _INVERTING_VERBS or cue.text != cue.lower:
        return None
    after = _titled_name_after(text, phrases.phrase_after(text, cue.end, ceiling), ceiling)
    if after is None or after.kind == "pronoun":
        return None
    if after.kind == "description" and not phrases.known_noun(after.head or ""):
        return None
    if not _WHITESPACE_ONLY.fullmatch(text, cue.end, after.start):
        return None  # "said on Monday the …": the phrase is no subject right after the verb
    words = after.text.split()
    if any(w.lower().strip(",.") in TIME_WORDS for w in words) or not words[0][:1].isalpha():
        return None  # "said Tuesday."
    if words[0].islower() and words[0] not in phrases.DETERMINERS:
        return None  # "said on Twitter", "said there were …"
    nxt = _NEXT_VISIBLE.match(text, after.end)
    if nxt is None or not (nxt.group(1) in ".,;!?" or nxt.group(1) == ""):
        return None
    return _named_apposition(text, after, ceiling)


def _named_apposition(text: str, after: Phrase, ceiling: int) -> Phrase:
    """For a description right after a reporting verb, the name set off after it by a comma
    that closes its clause ("…," said Smith's lawyer, Ann Cole.): the named person spoke, the
    description is their role. Otherwise `after` itself."""
    if after.kind != "description":
        return after
    comma = _NEXT_VISIBLE.match(text, after.end)
    if comma is None or comma.group(1) != ",":
        return after
    named = phrases.phrase_after(text, comma.end(), ceiling)
    if named is None or named.kind != "name" or any(w.lower().strip(",.") in TIME_WORDS for w in named.text.split()):
        return after
    close = _NEXT_VISIBLE.match(text, named.end)
    if close is None or close.group(1) not in ".,;!?":
        return after
    # One mention from the description to the name: the name says who, the words before it
    # are the role ("the director, Jane Doe" -> Jane Doe, director).
    return Phrase(after.start, named.end, text[after.start:named.end], "name",
                  named.name_start if named.name_start is not None else named.start,
                  named.name_end if named.name_end is not None else named.end, after.head)


MAX_TITLE_WORDS = 5  # lower-case words of a title before a name: "senior flood analyst"


def _titled_name_after(text: str, found: Optional[Phrase], ceiling: int) -> Optional[Phrase]:
    """`found` (the phrase right after a reporting verb) carried on to the person it describes:
    "said [the agency's] senior flood analyst John Carter", "said [Acme Weather] senior analyst
    John Carter". The phrase reader stops at a modifier no noun list knows ("senior",
    "threat"); a possessive or a name followed by a few lower-case words that end in a title
    noun and then a capitalised name is one description of that named person."""
    if found is None or found.kind == "pronoun":
        return found
    if not (found.kind == "name" or _POSSESSIVE_END.search(found.text)):
        return found
    toks = phrases.tokens(text, found.end, min(ceiling, found.end + 120))
    j = 0
    while j < len(toks) and j < MAX_TITLE_WORDS and toks[j].is_word and not toks[j].is_cap:
        j += 1
    if j == 0 or j >= len(toks) or not toks[j].is_cap or phrases.bare(toks[j - 1].lower) not in ROLE_NOUNS:
        return found
    if toks[j].lower in TIME_WORDS or any(t.lower in phrases.BOUNDARY_WORDS or t.lower in REPORTING_VERBS
                                          for t in toks[:j]):
        return found
    name = phrases.phrase_after(text, toks[j].start, ceiling)
    if name is None or name.kind != "name":
        return found
    extended = phrases._make(text, phrases.tokens(text, found.start, name.end))
    return extended if extended is not None and extended.kind == "name" else found


_WHITESPACE_ONLY = regex.compile(r"\s*")
_NEXT_VISIBLE = regex.compile(r"[ \t]*(\S|\n|$)")  # the phrase closes its sentence, line or clause
# Verbs that news writing puts before their subject ("…, said the director, Jane Doe."); never
# verbs that take an object ("told Reuters", "called it").
_INVERTING_VERBS = frozenset(load("speech/inverting_verbs"))


MAX_CITED_WORDS = 20
_CITED_AS = regex.compile(r"\b(?:cited|cites|cite|citing|quoted|quotes|quote|quoting)\s+([^,;:\"“”]{1,160}?)\s+as\s+$")


def cited_as(text: str, floor: int, pos: int) -> Optional[Phrase]:
    """"The group cited [a missionary with ties in the North] as saying …": the object of
    cite/quote is who says it."""
    window = text[max(floor, pos - 200):pos]
    tail = window.rstrip()  # str.isspace holds every character the pattern's \s matches
    if not (tail.endswith("as") and tail[-3:-2].isspace()) or ("cit" not in window and "quot" not in window):
        return None  # the pattern ends with " as " and holds a form of cite or quote: tested first, cheaply
    m = _CITED_AS.search(window, timeout=1)
    if m is None or len(m.group(1).split()) > MAX_CITED_WORDS:
        return None
    base = max(floor, pos - 200)
    start, end = base + m.start(1), base + m.end(1)
    head = phrases.phrase_after(text, start, end, loose=True)
    if head is None:
        return None
    if head.end >= end or head.kind == "pronoun":
        return head
    return Phrase(start, end, text[start:end], "description", head=head.head)


MAX_ABSOLUTE_WORDS = 8


def _absolute_subject(text: str, floor: int, pos: int) -> Optional[Phrase]:
    """The subject of an absolute phrase ending at the participle at `pos`: "with [many
    marchers and spectators] chanting", "with [the union] calling her …"."""
    toks = phrases.tokens(text, max(floor, pos - 120), pos)
    k = len(toks)
    while k > 0 and toks[k - 1].is_word and len(toks) - k < MAX_ABSOLUTE_WORDS and toks[k - 1].lower != "with":
        k -= 1
    if k == 0 or k == len(toks) or toks[k - 1].lower != "with":
        return None
    words = [t for t in toks[k:] if not phrases._is_filler(t) and not phrases._adverb(t.lower)]
    return phrases._make(text, words) if words else None


# What may stand before the name of an absolute phrase ("…, Lee saying …", "— Lee saying",
# "and Lee calling it …"): a clause boundary, so that the name is no verb's object.
_ABSOLUTE_OPENERS = frozenset(load("speech/absolute_openers"))


def _named_absolute(text: str, floor: int, pos: int) -> Optional[Phrase]:
    """The name right before the participle at `pos` that opens its own absolute phrase ("both
    issued statements – [Ryan] saying he was …, and [Trump] calling it …"): the participle's
    speaker is that name, not the sentence's subject. Only a name (a description there is as often
    the thing that says it: "a sign saying"), with nothing between it and the participle, after a
    clause boundary (after a verb it is the verb's object: "thanked Lee saying")."""
    found = phrases.phrase_before(text, floor, pos)
    if found is None or found.kind != "name" or not _WHITESPACE_ONLY.fullmatch(text, found.end, pos):
        return None
    toks = phrases.tokens(text, max(floor, found.start - 12), found.start)
    if not toks or toks[-1].lower not in _ABSOLUTE_OPENERS:
        return None
    return found


_INFINITIVE = regex.compile(r"\bto\s+$")


def _infinitive(text: str, floor: int, pos: int) -> bool:
    return bool(_INFINITIVE.search(text[max(floor, pos - 4):pos]))


def _verb_first(text: str, floor: int, pos: int) -> bool:
    # The cue opens its clause: "…," said he.
    return not _WORD_CHAR.search(text[max(floor, pos - 4):pos])


def _ends_clause(text: str, quote_end: int, close_at: Optional[int]) -> bool:
    # The quoted words end with , ! ? — or the closing mark is followed by a comma.
    if close_at is None:
        return False
    k = quote_end - 1
    while k > 0 and text[k] in "'’\")]" and quote_end - k < MAX_REACH_CHARS:
        k -= 1  # "… How do we win Loudoun?’""
    inner_last = text[k] if k >= 0 else ""
    after = text[close_at + 1:close_at + 2]
    return inner_last in ",!?—–-…" or after == ","


MAX_CLOSING_ATTRIBUTION_WORDS = 6  # "…," said the party's deputy leader, Ann Lee.


def _closes_sentence(text: str, start: int, found: SpeakerCue, ceiling: int) -> bool:
    """True when the attribution `found` right after a closing mark at `start` is all that is
    left of the clause: a few words, then the end of the sentence or a comma ("…," he continued.)."""
    if found.speaker is None or found.cue_start is None:
        return False
    end = max(found.speaker.end, found.cue_start + len(found.cue or ""))
    head = text[start:found.cue_start].strip(" ,\u00a0")
    if _WORD_CHAR.search(head) and found.speaker.start > found.cue_start:
        return False  # words before the verb that are not its speaker: "…," and then said Lee
    if len(_LEADING_WORD.findall(text[start:end])) > MAX_CLOSING_ATTRIBUTION_WORDS:
        return False
    rest = text[end:ceiling].lstrip(" \u00a0\"”'’")
    return rest == "" or rest[0] in ".!?;,"


def attribute(text: str, q, lead_floor: int, trail_ceiling: int, sentence_start: int,  # noqa: C901 - tries the lead, the trail and a crossing clause in order of precedence, one short test each
              sentence_end: Optional[int] = None, quoted: tuple = (), cross_at: Optional[int] = None
              ) -> SpeakerCue:
    """Find the speaker of quotation `q` (a `QuoteSpan`) from the clause text around it.

    `lead_floor` is where the text before the quote starts (the sentence start or the previous
    quotation's closing mark), `trail_ceiling` where the text after it ends. `cross_at`, for a
    quote ending in "?" or "!", is where the next sentence starts: its attribution may follow
    there ("“Why?” Todd asked.") when the cue opens that sentence.
    """
    close = q.close_at if q.close_at is not None else q.end
    trail_start = close + 1
    # 1. Right after a quote that ends its clause, unless the quote is a fragment of the
    # writer's clause that a cue before it already attributes ("Lee said the plan would
    # "cost a fortune," and Park vowed …").
    lead_text = text[lead_floor:q.open_at].rstrip()
    fragment = lead_text != "" and not lead_text.endswith((":", ",")) and _WORD_CHAR_END.search(lead_text)
    if fragment and _ends_clause(text, q.end, q.close_at):
        closing = _trail_attribution(text, trail_start, trail_ceiling, sentence_start, cross_at=cross_at)
        if closing is not None and _closes_sentence(text, trail_start, closing, trail_ceiling):
            # "South Korea believes that "…," he continued.": an attribution that is all that
            # follows the quote speaks the whole sentence, the writer's lead-in included.
            return closing
        for cue in reversed(cues_in(text, lead_floor, q.open_at)):
            if text[cue.end:q.open_at].strip() == "":
                break  # "…, she said "We …": the cue introduces the quote; read as before
            speaker = speaker_of_cue(text, cue, lead_floor, q.open_at, sentence_start)
            if speaker is not None:
                return SpeakerCue(speaker, cue.lower, cue.start, "lead")
    if _ends_clause(text, q.end, q.close_at) or text[lead_floor:q.open_at].strip() == "":
        found = _trail_attribution(text, trail_start, trail_ceiling, sentence_start, cross_at=cross_at)
        if found:
            return found
    if cross_at is not None:
        trail_ceiling = min(trail_ceiling, cross_at)
    # 2-3. The nearest cue to the left.
    lead_cues = cues_in(text, lead_floor, q.open_at)
    for n, cue in enumerate(reversed(lead_cues)):
        if names_the_quote(text, cue, q.open_at):
            continue  # "a book called "…"": the quote is a name, the noun before is no speaker
        speaker = speaker_of_cue(text, cue, lead_floor, q.open_at, sentence_start)
        if speaker is not None:
            outer = _outer_speaker(text, lead_cues[: len(lead_cues) - 1 - n], speaker, lead_floor, q.open_at,
                                   sentence_start)
            if outer is None and speaker.kind == "pronoun" and sentence_start < lead_floor and not _coordinated(
                    text, lead_floor, speaker):
                # "Lee said that she has begun "…" of Ross, whom she called a "…"": the
                # reporting clause that holds the pronoun may stand before an earlier quote of the
                # sentence; its cues outside quotation marks are read too.
                # Read back no further than any other speaker search (`_reach_back`), so a
                # sentence of many quotes stays linear.
                reach = _reach_back(text, sentence_start, lead_floor)
                before = [c for c in cues_in(text, reach, lead_floor) if not inside(c.start, quoted)]
                outer = _outer_speaker(text, before, speaker, sentence_start, q.open_at, sentence_start, named_only=True)
            if outer is not None:
                return outer
            return SpeakerCue(speaker, cue.lower, cue.start, "lead")
    # 4. A cue later in the sentence, reading past later quotations.
    found = _trail_attribution(text, trail_start, max(trail_ceiling, sentence_end or 0), sentence_start,
                               anywhere=True, quoted=quoted)
    if found:
        return found
    # A colon after a name introduces its words: "Trump on the wall: "…"".
    if _COLON_END.search(text[lead_floor:q.open_at]):
        subject = sentence_subject(text, sentence_start, q.open_at)
        if subject is not None:
            return SpeakerCue(subject, None, None, "colon")
    # A comma closing the writer's clause introduces a whole quoted sentence the same way:
    # "Clinton shared her worry with donors, "I do not know …"".
    if (_COMMA_END.search(text[lead_floor:q.open_at]) and _CAPITAL_OR_BRACKET.match(text[q.start:q.start + 1])
            and q.open_at - sentence_start > 0 and len(text[q.start:q.end].split()) >= MIN_COMMA_QUOTE_WORDS):
        subject = sentence_subject(text, sentence_start, q.open_at)
        if subject is not None and (subject.kind != "description" or phrases.known_noun(subject.head or "")) and (
                subject.kind != "pronoun" or subject.text.lower() != "it"):
            return SpeakerCue(subject, None, None, "comma")
    return SpeakerCue(None, None)


MIN_COMMA_QUOTE_WORDS = 4  # "his concert, "Girls, Girls, Girls."": a short capitalised quote is a title
MAX_CROSSING_WORDS = 6  # "“Why?” the former governor of Arkansas asked": the cue opens the sentence


def _coordinated(text: str, floor: int, speaker: Phrase) -> bool:
    """True when a pronoun opens a clause of its own after "and" or "but" ("…, but he said that
    …"): it is the subject of a new reporting clause, not a pronoun inside an earlier one's
    content."""
    toks = phrases.tokens(text, max(floor, speaker.start - 12), speaker.start)
    return bool(toks) and toks[-1].lower in _SENTENCE_CONJUNCTIONS


def _outer_speaker(text: str, earlier: list[Cue], speaker: Phrase, floor: int, ceiling: int,
                   sentence_start: int, named_only: bool = False) -> Optional[SpeakerCue]:
    """For a pronoun speaker inside reported content ("Trump said he believes it was "…"",
    "She said she recalls …"), the speaker of the reporting verb that holds it: the named
    mention attributes the whole sentence."""
    if speaker.kind != "pronoun" or speaker.text.lower() == "it":
        return None
    for cue in reversed(earlier):
        if speaker.start - cue.end > MAX_REACH_CHARS:
            break  # out of reach, as are all earlier ones
        if cue.end > speaker.start or _SEMICOLON_OR_COLON.search(text, cue.end, speaker.start):
            continue
        outer = speaker_of_cue(text, cue, floor, ceiling, sentence_start)
        if outer is not None and named_only and outer.kind == "pronoun":
            return None  # a pronoun for a pronoun: the nearer mention is as good
        if outer is not None and outer.end <= cue.start + len(cue.text) and outer.start < speaker.start:
            return SpeakerCue(outer, cue.lower, cue.start, "lead")
    return None


def _trail_attribution(text: str, start: int, ceiling: int, sentence_start: int, anywhere: bool = False,
                       quoted: tuple = (), cross_at: Optional[int] = None):
    # Right after the quote only the first cue counts, within MAX_TRAIL_WORDS words; "anywhere"
    # reads on to the first cue with a speaker, within MAX_REACH_WORDS of the writer's words
    # (later quotations' words do not count) and MAX_REACH_TOKENS tokens of the quote.
    if anywhere:
        toks = _tokens_ahead(text, start, ceiling, MAX_REACH_WORDS, quoted)
    else:
        toks = _tokens_ahead(text, start, ceiling, MAX_TRAIL_WORDS + 4)
    # A dash and a name on its own: "…" — John Smith
    if not anywhere and toks and toks[0].text in DASHES and len(toks) > 1:
        speaker = phrases.phrase_after(text, toks[0].end, ceiling)
        if speaker is not None and speaker.kind == "name":
            return SpeakerCue(speaker, "—", toks[0].start, "dash")
    reach = toks[-1].end if toks else start
    k = 0
    words = 0
    stopped = False  # a ";", "!" or "?" before the cue
    for cue in cues_in(text, start, reach):
        if quoted and inside(cue.start, quoted):
            continue
        while k < len(toks) and toks[k].end <= cue.start:
            words += toks[k].is_word
            stopped = stopped or toks[k].text in ";!?"
            k += 1
        if not anywhere and words > MAX_TRAIL_WORDS:
            break
        if stopped and not anywhere:
            break
        if cross_at is not None and cue.start >= cross_at and (words > MAX_CROSSING_WORDS or is_participle(cue.lower)
                                                              or is_prepositional(cue)):
            break
        speaker = speaker_of_cue(text, cue, start, ceiling, sentence_start)
        if speaker is not None:
            return SpeakerCue(speaker, cue.lower, cue.start, "trail" if not anywhere else "later")
        if not anywhere:
            break
    if not anywhere:
        return _unlisted_verb(text, start, ceiling)
    return None


def _unlisted_verb(text: str, start: int, ceiling: int) -> Optional[SpeakerCue]:
    """A quote that ends its clause followed by a speaker and a verb the word lists do not know:
    `"…," he surmised`, `"…," Trump barked`, `"…!" beamed Ann Lee`. Right after a closing
    quotation mark, a pronoun or name plus a past-tense verb (or the verb plus a name) that
    closes the clause is the quote's attribution in news writing."""
    toks = phrases.tokens(text, start, min(ceiling, start + 200))
    while toks and toks[0].text in ",":
        toks = toks[1:]
    if len(toks) < 2 or not toks[0].is_word:
        return None
    first, second = toks[0], toks[1]
    # "…," he surmised / "…," Trump barked
    if first.lower in phrases.PRONOUNS and first.lower != "it" and _verb_like(second) and _clause_ends(toks, 2):
        return SpeakerCue(phrases.Phrase(first.start, first.end, first.text, "pronoun"), second.lower,
                           second.start, "trail")
    speaker = phrases.phrase_after(text, first.start, ceiling)
    if speaker is not None and speaker.kind == "name" and first.is_cap:
        rest = [t for t in toks if t.start >= speaker.end]
        if rest and _verb_like(rest[0]) and _clause_ends(rest, 1):
            return SpeakerCue(speaker, rest[0].lower, rest[0].start, "trail")
    # "…!" beamed Ann Lee
    if _verb_like(first) and first.lower.endswith("ed"):
        speaker = phrases.phrase_after(text, first.end, ceiling)
        if speaker is not None and speaker.kind == "name":
            return SpeakerCue(speaker, first.lower, first.start, "trail")
    return None


def _verb_like(tok: Token) -> bool:
    # A lower-case past-tense or present-tense form: "surmised", "barked", "posts".
    low = tok.lower
    return (tok.is_word and not tok.is_cap and len(low) > 3 and low not in phrases.BOUNDARY_WORDS
            and low not in phrases.DETERMINERS and (low.endswith("ed") or low in REPORTING_VERBS))


def _clause_ends(toks: list[Token], k: int) -> bool:
    # The clause after the verb ends soon or goes on with a preposition, an adverb or "and":
    # "he surmised.", "Trump barked and …", "she posted on Twitter", "he wrote later".
    if k >= len(toks):
        return True
    nxt = toks[k]
    return not nxt.is_word or nxt.lower in phrases.BOUNDARY_WORDS or nxt.lower in ("on", "in", "at", "of", "via") or (
        nxt.lower.endswith("ly") or phrases._is_filler(nxt))


MAX_BARE_CUE_TOKENS = 12  # "Police spokesman Ken Lo said on Monday.": a bare cue is short
MAX_BARE_TAIL_WORDS = 4
_BARE_PREPOSITIONS = frozenset(load("speech/bare_prepositions"))
_BARE_ADVERBS = frozenset(load("speech/bare_adverbs"))
_NOT_SPEAKERS = frozenset(load("speech/not_speakers"))


def bare_attribution(text: str, start: int, end: int) -> Optional[SpeakerCue]:
    """The speaker of a sentence that is nothing but an attribution, for the quote that closes
    the sentence before it: `"Go now." Bob Green said.`, `… he added.`, `… said Ann Lee on
    Monday.`. The sentence holds a subject (a name, a personal pronoun or a person's
    description) and one reporting verb, in either order, optionally an adverb and a short
    time or place phrase ("in Paris", "on Monday", "later"), and ends with a period; anything
    more ("Bob Green said the plan was dead.", "He left.") is narration, not a cue."""
    toks = phrases.tokens(text, start, min(end, start + 200))
    if len(toks) < 3 or toks[-1].text != "." or len(toks) > MAX_BARE_CUE_TOKENS:
        return None
    toks = toks[:-1]
    if not all(t.is_word or t.text in ".’'" for t in toks):
        return None  # a comma, a quotation mark, a bracket: more than a bare cue
    cues = cues_in(text, start, toks[-1].end)
    if len(cues) != 1:
        return None
    cue = cues[0]
    if is_prepositional(cue) or is_participle(cue.lower) or cue.text != cue.lower or " " in cue.text:
        return None
    before = [t for t in toks if t.end <= cue.start]
    after = [t for t in toks if t.start >= cue.end]
    if before:
        subject = phrases.phrase_after(text, start, cue.start)
        if subject is None or subject.start != before[0].start:
            return None
        middle = [t for t in before if t.start >= subject.end]
        if any(not _bare_adverb(t) for t in middle):
            return None  # "Bob Green then left and said."
        tail = after
    else:
        subject = phrases.phrase_after(text, cue.end, end)
        if subject is None or not after or subject.start != after[0].start:
            return None
        tail = [t for t in after if t.start >= subject.end]
    if not _bare_speaker(subject) or not _bare_tail(tail):
        return None
    return SpeakerCue(subject, cue.lower, cue.start, "cue after")


def _bare_adverb(tok: Token) -> bool:
    return not tok.is_cap and (tok.lower in _BARE_ADVERBS or tok.lower in TIME_WORDS or tok.lower.endswith("ly"))


def _bare_speaker(subject: Phrase) -> bool:
    if subject.kind == "pronoun":
        return phrases.pronoun_base(subject.text.lower().replace("’", "'")) not in _NOT_SPEAKERS
    if subject.kind == "name":
        return not _POSSESSIVE_END.search(subject.text)
    first = subject.text.split()[0].lower()
    return first in phrases.DETERMINERS and phrases.known_noun(subject.head or "")


def _bare_tail(tail: list[Token]) -> bool:
    """Nothing, an adverb, or a short time or place phrase: "later", "on Monday", "in Paris"."""
    if not tail:
        return True
    if len(tail) == 1:
        return _bare_adverb(tail[0]) or tail[0].lower in TIME_WORDS
    if len(tail) > MAX_BARE_TAIL_WORDS or tail[0].lower not in _BARE_PREPOSITIONS:
        return False
    rest = tail[1:]
    if any(not (t.is_cap or t.lower in TIME_WORDS or t.lower in phrases.DETERMINERS) for t in rest):
        return False  # only dates and places ("on Monday", "in Paris"), never "in the end"
    return True

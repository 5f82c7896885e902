"""Words and noun phrases around a position, without a parser.

Speaker and claimant rules need "the noun phrase just left of this verb" and "the noun phrase
just right of it". English news attributions are short and regular, so a bounded walk over
word tokens is enough: names are runs of capitalised words (with `of`, `for`, `'s` inside),
descriptions run from a determiner to a noun ("the rights group", "a U.S. State Department
spokesperson"), and pronouns stand alone. Every walk is bounded by `MAX_PHRASE` words.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import Iterator, Optional

import regex

from newsdiff.lexicon import load
from newsdiff.lexicon.speech_words import (
    HONORIFICS,
    ORGANIZATION_WORDS,
    PRONOUNS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    SOURCE_NOUNS,
    SPEAKER_FILLERS,
    TIME_WORDS,
    TITLES,
)
from newsdiff.text import tokens as base_tokens

MAX_PHRASE = 12  # words: no speaker description in news runs longer ("UN special rapporteur on … Ann Lee")


# Closed-class words (grammar, not vocabulary): a description starts at a determiner; a phrase
# never crosses a conjunction, subordinator or relative pronoun; these may be capitalised only
# because they open a sentence.
DETERMINERS = frozenset(load("text/determiners"))
# Determiners that may stand alone for people: "…," said one. / "…," added another.
STANDALONE_DETERMINERS = frozenset(load("text/standalone_determiners"))
BOUNDARY_WORDS = frozenset(load("text/boundary_words"))
# Inside a name these lower-case words may join capitalised words: "Secretary of State",
# "Department for Education", "Bank of America", "Abu al-Baghdadi".
NAME_JOINERS = frozenset(load("text/name_joiners"))
_PREPOSITIONS = frozenset(load("text/prepositions"))
SENTENCE_OPENERS = frozenset(load("text/sentence_openers"))


class Token:
    """One word or punctuation mark with its offsets, and what the rules ask of it (read once,
    as a token is asked many times): `lower` (curly apostrophes straightened), `is_word`,
    `is_cap`."""

    __slots__ = ("start", "end", "text", "lower", "is_word", "is_cap")

    def __init__(self, start: int, end: int, text: str):
        self.start = start
        self.end = end
        self.text = text
        self.lower = text.lower().replace("’", "'")
        self.is_word = text[:1].isalnum()
        self.is_cap = text[:1].isupper()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Token):
            return NotImplemented
        return (self.start, self.end, self.text) == (other.start, other.end, other.text)

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.text))

    def __repr__(self) -> str:
        return f"Token(start={self.start!r}, end={self.end!r}, text={self.text!r})"


class Tokenised:
    """An article's tokens: `starts` and `ends` of every token, found once, and the `Token`
    objects made only for the tokens a rule asks for (most of an article's tokens are never
    asked for, and making an object costs more than finding the token)."""

    __slots__ = ("text", "starts", "ends", "made")

    def __init__(self, text: str):
        art = base_tokens.article(text)  # the base scan, shared with the other views
        self.text = text
        self.starts = art.starts
        self.ends = art.ends
        self.made: list[Optional[Token]] = [None] * len(art.starts)  # by index, once asked for

    def token(self, k: int) -> Token:
        """The `k`-th token of the article (the same object every time)."""
        made = self.made[k]
        if made is None:
            start, end = self.starts[k], self.ends[k]
            made = self.made[k] = Token(start, end, self.text[start:end])
        return made

    def between(self, start: int, end: int) -> Optional[tuple[int, int]]:
        """The index range of the tokens of `text[start:end]` when the window opens and closes
        between tokens (None when it cuts one: see `iter_tokens`)."""
        starts, ends = self.starts, self.ends
        g = bisect_left(starts, start)
        j = bisect_right(ends, end, lo=g)
        if (g > 0 and ends[g - 1] > start) or (j < len(starts) and starts[j] < end):
            return None
        return g, j


@lru_cache(maxsize=2)
def tokenised(text: str) -> Tokenised:
    """The article's tokens, found once per article (the cache holds the last two texts;
    `cache_clear` empties it)."""
    return Tokenised(text)


def cache_clear() -> None:
    """Forget the tokens of the last articles."""
    tokenised.cache_clear()
    base_tokens.cache_clear()


def iter_tokens(text: str, start: int, end: int) -> Iterator[Token]:
    """The tokens of `text[start:end]`, one at a time, for walks that stop early.

    The article is tokenised once (`newsdiff.text.tokens`): a window that starts and ends between
    tokens is a slice of that tokenisation (the token pattern looks nothing behind, and ahead only
    one character after a number's exponent or spaced thousands, so reading from a token boundary
    gives the same tokens). Only the part of a token cut by the window's edges is read
    again.
    """
    if start < 0 or end <= start:
        for a, b in base_tokens.scan(text, start, end):
            yield Token(a, b, text[a:b])
        return
    art = tokenised(text)
    starts, ends = art.starts, art.ends
    opening, g = _opening(art, text, start, end)
    yield from opening
    if g < 0:
        return
    j = bisect_right(ends, end, lo=g)
    for k in range(g, j):
        yield art.token(k)
    if j < len(starts) and starts[j] < end:
        # The window closes inside a token: the cut token is read again up to `end`.
        for a, b in base_tokens.scan(text, starts[j], end):
            yield Token(a, b, text[a:b])


def _opening(art: Tokenised, text: str, start: int, end: int) -> tuple[list[Token], int]:
    """Where a window of the article's tokens begins: the index of the first of the article's own
    tokens inside it, after the tokens read again when the window opens inside a token (read on
    until a token starts where one of the article's own does). The index is -1 when no token of
    the article's own starts before `end` (every token of the window was read again)."""
    starts, ends = art.starts, art.ends
    g = bisect_left(starts, start)
    if not (g > 0 and ends[g - 1] > start):
        return [], g
    out: list[Token] = []
    for a, b in base_tokens.scan(text, start, end):
        while g < len(starts) and starts[g] < a:
            g += 1
        if g < len(starts) and starts[g] == a:
            return out, g
        out.append(Token(a, b, text[a:b]))
    return out, -1


def tokens(text: str, start: int, end: int) -> list[Token]:
    """Word and punctuation tokens of `text[start:end]` (see `iter_tokens`)."""
    if start < 0 or end <= start:
        return [Token(a, b, text[a:b]) for a, b in base_tokens.scan(text, start, end)]
    art = tokenised(text)
    window = art.between(start, end)
    if window is None:
        return _cut_tokens(art, text, start, end)
    made = art.made
    return [made[k] or art.token(k) for k in range(*window)]


def _cut_tokens(art: Tokenised, text: str, start: int, end: int) -> list[Token]:
    """`list(iter_tokens(text, start, end))` for a window that cuts a token (most windows read
    back a fixed number of characters, so they open inside a word): the cut tokens read again as
    `iter_tokens` reads them, the whole ones between taken as one slice of the article's tokens,
    not one generator step each."""
    starts, ends = art.starts, art.ends
    out, g = _opening(art, text, start, end)
    if g < 0:
        return out
    j = bisect_right(ends, end, lo=g)
    made = art.made
    out += [made[k] or art.token(k) for k in range(g, j)]
    if j < len(starts) and starts[j] < end:
        out += [Token(a, b, text[a:b]) for a, b in base_tokens.scan(text, starts[j], end)]
    return out


def first_tokens(text: str, start: int, end: int, n: int) -> list[Token]:
    """The first `n` tokens of `text[start:end]`, without reading the rest."""
    if start < 0 or end <= start:
        return list(islice(iter_tokens(text, start, end), n))
    art = tokenised(text)
    g = bisect_left(art.starts, start)
    if g > 0 and art.ends[g - 1] > start:
        return list(islice(iter_tokens(text, start, end), n))  # opens inside a token: read it again
    # Opens between tokens: the article's own tokens, as one slice (`iter_tokens` gives the same).
    j = min(bisect_right(art.ends, end, lo=g), g + n)
    made = art.made
    out = [made[k] or art.token(k) for k in range(g, j)]
    if len(out) < n and j < len(art.starts) and art.starts[j] < end:
        out += islice((Token(a, b, text[a:b]) for a, b in base_tokens.scan(text, art.starts[j], end)), n - len(out))
    return out


_CONTRACTION = regex.compile(r"['’](?:d|m|s|ve|ll|re)$")


def pronoun_base(word: str) -> str:
    """A lower-case word without a contraction ending: "i'd" -> "i", "we're" -> "we"; other
    words unchanged."""
    return _CONTRACTION.sub("", word) if _CONTRACTION.search(word) else word


def bare(word: str) -> str:
    """A word without a possessive ending: "Korea's" -> "korea"."""
    w = word.lower().replace("’", "'")
    return w[:-2] if w.endswith("'s") else w


def is_acronym(word: str) -> bool:
    """"HRW", "VOA", "U.S." : two or more capitals and nothing lower-case."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@dataclass(frozen=True)
class Phrase:
    """A noun phrase: its span, and its name part (capitalised run) when it has one."""

    start: int
    end: int
    text: str
    kind: str  # "name", "pronoun" or "description"
    name_start: Optional[int] = None
    name_end: Optional[int] = None
    head: Optional[str] = None  # lower-case head noun of a description or pre-modified name


def _make(text: str, toks: list[Token]) -> Optional[Phrase]:  # noqa: C901, PLR0912 - flat chain of trims and rejections of one candidate phrase
    if not toks:
        return None
    while toks and not toks[-1].is_word:
        toks = toks[:-1]
    while toks and not toks[0].is_word:
        toks = toks[1:]
    if not toks:
        return None
    start, end = toks[0].start, toks[-1].end
    if len(toks) == 1 and pronoun_base(toks[0].lower) in PRONOUNS:
        # "I'd", "We're", "She's": a pronoun with a contraction is a pronoun, never a name.
        return Phrase(start, end, text[start:end], "pronoun")
    # The name is the capitalised run at the end (after the last lower-case word), with honorifics
    # and capitalised determiners ("The") left out.
    k = len(toks)
    while k > 0 and (toks[k - 1].is_cap or (toks[k - 1].lower in NAME_JOINERS and k < len(toks) and toks[k].is_cap
                                            and k - 1 > 0 and toks[k - 2].is_cap)):
        k -= 1
    while k < len(toks) and (toks[k].lower in DETERMINERS or toks[k].lower.rstrip(".") in HONORIFICS
                             and k + 1 < len(toks)):
        if toks[k].lower.rstrip(".") in HONORIFICS and toks[k].lower not in DETERMINERS:
            break  # keep the honorific inside the name run; resolution strips it
        k += 1
    # A descriptor written in capitals before a name ("the NGO Human Rights Watch").
    # "Sources in China", "a spokesman for Human Rights Watch": a name inside a prepositional
    # phrase belongs to a description.
    if 1 < k < len(toks) and toks[k - 1].lower in _PREPOSITIONS and (not toks[k - 2].is_cap or k == 2):
        split = _trailing_person(toks, k)
        if split is not None:
            # "special rapporteur on human rights in North Korea Elizabeth Salmon": a title
            # ending in a place, then a person's name.
            return Phrase(start, end, text[start:end], "name", toks[split].start, toks[-1].end,
                          _role_head(toks[:split]))
        return Phrase(start, end, text[start:end], "description", head=bare(toks[k - 2].text))
    if k == 1 and toks[0].lower in ("a", "an") and _demonym(toks[-1].text):
        # "A North Korean who fled …": an indefinite article and a nationality describe a person.
        return Phrase(start, end, text[start:end], "description", head=bare(toks[-1].text))
    # "the NGO", "the Ministry": a determiner and one capitalised common noun describe.
    if k == len(toks) - 1 and k > 0 and toks[k - 1].lower in DETERMINERS and known_noun(toks[k].lower):
        return Phrase(start, end, text[start:end], "description", head=bare(toks[k].text))
    head = None
    titled = after_title(toks, k) if k < len(toks) else k
    if titled > k:
        # "Comedian Ellen DeGeneres": the title is the role; the name is what follows it.
        head = next(bare(t.text.rstrip(".")) for t in reversed(toks[k:titled]) if t.is_word)
        return Phrase(start, end, text[start:end], "name", toks[titled].start, toks[-1].end,
                      head if head in ROLE_NOUNS else None)
    if k < len(toks) - 1 and is_acronym(toks[k].text) and bare(toks[k].text) in ORGANIZATION_WORDS:
        head = bare(toks[k].text)
        k += 1
    for t in reversed(toks[:k] if head is None else ()):
        if t.is_word and not t.is_cap and t.lower not in DETERMINERS:
            head = bare(t.text)
            break
    if k < len(toks):
        ns, ne = toks[k].start, toks[-1].end
        return Phrase(start, end, text[start:end], "name", ns, ne, head)
    last = bare(toks[-1].text)
    for a, b in zip(toks, toks[1:], strict=False):
        if b.lower in _PREPOSITIONS and bare(a.text) in ROLE_NOUNS:
            last = bare(a.text)  # "a spokesman for the ministry" is a spokesman
            break
    return Phrase(start, end, text[start:end], "description", head=last)


MAX_NAME_AFTER_TITLE = 4  # words: a person's name after a title ("Mary Ann de Vries Smith" at most)


def after_title(toks: list[Token], k: int = 0) -> int:
    """Where a person's name starts in the capitalised run `toks[k:]` once a title written before
    it is left out: "Comedian [Ellen DeGeneres]", "Academy President [Jo Smith]", "Police Lt.
    [Jeff Silva]". The name starts after the last title word (see `TITLES`, or an honorific
    after another capitalised word) when one to `MAX_NAME_AFTER_TITLE` capitalised words follow
    it that hold no organization word, joiner or acronym ("Minister's Office", "Judge Business
    School", "Secretary of State" keep their words). Returns `k` when there is no title."""
    last = None
    for j in range(k, len(toks) - 1):
        t = toks[j]
        low = t.lower.rstrip(".")
        if not t.is_word or "'" in t.lower:
            continue
        if t.is_cap and (low in TITLES or j > k and low in HONORIFICS and low not in _PERSONAL_HONORIFICS):
            last = j
    if last is None:
        return k
    rest = [t for t in toks[last + 1:] if t.is_word]
    if not rest or len(rest) > MAX_NAME_AFTER_TITLE:
        return k
    for t in rest:
        if not t.is_cap or bare(t.text) in ORGANIZATION_WORDS or t.lower in NAME_JOINERS or (
                is_acronym(t.text) and len(t.text) > 1) or t.lower.rstrip(".") in TITLES:
            return k
    return next(j for j in range(last + 1, len(toks)) if toks[j].is_word)


# Honorifics that are forms of address, kept with the name ("Mr Koo"), never a role.
_PERSONAL_HONORIFICS = frozenset(load("text/personal_honorifics"))


def _trailing_person(toks: list[Token], k: int) -> Optional[int]:
    # Index where a person's name starts at the end of a capitalised run toks[k:], when the run
    # is a place then a two- or three-word name after a role noun: no organization word in the
    # name, and a role noun before the preposition.
    run = toks[k:]
    if len(run) < 3 or not any(bare(t.text) in ROLE_NOUNS for t in toks[:k]):
        return None
    name = run[-2:]
    if any(bare(t.text) in ORGANIZATION_WORDS or t.text.endswith(("'s", "’s")) or is_acronym(t.text) for t in name):
        return None
    return len(toks) - 2


def _role_head(toks: list[Token]) -> Optional[str]:
    for t in toks:
        if bare(t.text) in ROLE_NOUNS:
            return bare(t.text)
    return None


def _demonym(word: str) -> bool:
    # "Korean", "Chinese", "Briton", "Pakistani": nationality words used as nouns for people.
    return word[:1].isupper() and word.lower().endswith(("an", "ese", "ish", "i", "on"))


def known_noun(word: str) -> bool:
    """True for a noun the word lists know: a role, an organization or a document."""
    w = bare(word)
    return w in ROLE_NOUNS or w in ORGANIZATION_WORDS or w in SOURCE_NOUNS or w.split("-")[-1] in ROLE_NOUNS


def _abbreviated(tok: Token) -> bool:
    # A title or an initial written with a period: "Rep.", "Sen.", "Dr.", "W.".
    return tok.lower in HONORIFICS or (len(tok.text) == 1 and tok.is_cap)


def _adverb(word: str) -> bool:
    # "Trump jokingly said": an -ly word right before the verb is an adverb, not the speaker.
    return word.endswith("ly") and len(word) > 4 and word not in ROLE_NOUNS


def _past_verb(word: str) -> bool:
    # A regular past tense ("gathered", "rallied"); a participle before a noun ("a retired
    # general") is only read as one after a determiner or an adverb, which callers check.
    return len(word) > 4 and word.endswith("ed") and not known_noun(word)


def _is_filler(tok: Token) -> bool:
    return tok.lower in SPEAKER_FILLERS or tok.lower in TIME_WORDS


def _coordinated_role(toks: list[Token], i: int) -> bool:
    # True when the words before the "and" at toks[i] are a determiner and a role noun ("the
    # comedian [and] …"): the coordination describes one person.
    return (i >= 2 and toks[i - 1].is_word and not toks[i - 1].is_cap and bare(toks[i - 1].lower) in ROLE_NOUNS
            and not toks[i - 1].lower.endswith("s") and toks[i - 2].lower in ("the", "a", "an"))


def phrase_before(text: str, floor: int, pos: int) -> Optional[Phrase]:  # noqa: C901, PLR0912, PLR0915 - right-to-left token walk with one test per stop condition
    """The noun phrase that ends right before `pos` (skipping adverbs and time words), or None.

    The walk stops at punctuation, a boundary word or `MAX_PHRASE` words. Lower-case words are
    kept only when the phrase reaches a determiner or is a single noun, so "urged governments"
    does not become a phrase.
    """
    toks = tokens(text, max(floor, pos - 200), pos)
    i = len(toks) - 1
    while i >= 0 and toks[i].is_word and not toks[i].is_cap and (_is_filler(toks[i]) or _adverb(toks[i].lower)):
        i -= 1
    # "X on Thursday said": a capitalised day or month after a time preposition is skipped too.
    while i >= 1 and toks[i].is_cap and toks[i].lower in TIME_WORDS:
        i -= 1
        while i >= 0 and toks[i].is_word and _is_filler(toks[i]) and not toks[i].is_cap:
            i -= 1
    # "DeGeneres said, joking": a verb right after a name or pronoun is not part of the phrase.
    if (i >= 1 and toks[i].is_word and not toks[i].is_cap and (toks[i].lower in REPORTING_VERBS or _past_verb(toks[i].lower))
            and not known_noun(toks[i].lower) and toks[i - 1].is_word and (toks[i - 1].is_cap or toks[i - 1].lower in PRONOUNS)):
        i -= 1
    end = i
    taken: list[Token] = []
    solid = None  # index in taken of the last safe cut (capitalised word or known noun)
    while i >= 0 and len(taken) < MAX_PHRASE:
        t = toks[i]
        low = t.lower
        if not t.is_word:
            if t.text in ".’'" and taken and i > 0 and toks[i - 1].is_word and t.end == taken[-1].start:
                pass  # "U.S." split oddly, or a possessive mark
            elif t.text == "." and taken and i > 0 and _abbreviated(toks[i - 1]):
                pass  # "Rep. Hakeem Jeffries", "George W. Bush"
            elif t.text in "-‐" and taken and i > 0 and toks[i - 1].is_word:
                pass
            else:
                break
        elif low in ("for", "of", "from", "at") and taken and i > 0 and bare(toks[i - 1].lower) in ROLE_NOUNS:
            taken.append(t)  # "a representative for the ministry": the role noun heads the phrase
        elif low == "and" and taken and not any(x.is_cap for x in taken) and _coordinated_role(toks, i):
            taken.append(t)  # "the comedian and talk show host": one person, two role nouns
        elif low in BOUNDARY_WORDS and not (low in NAME_JOINERS and taken and taken[-1].is_cap):
            break
        elif low in DETERMINERS and not t.is_cap or (t.is_cap and low in DETERMINERS and (i == 0 or not toks[i - 1].is_word)):
            taken.append(t)
            solid = len(taken)
            if i >= 2 and toks[i - 1].lower in ("for", "of", "from", "at") and bare(toks[i - 2].lower) in ROLE_NOUNS:
                i -= 1  # "a representative for [the ministry]": go on to the role noun
                continue
            break
        elif low in PRONOUNS and not taken:
            taken.append(t)
            solid = len(taken)
            break
        elif t.text[0].isdigit():
            break
        elif t.is_cap:
            if low in SENTENCE_OPENERS and (i == 0 or not toks[i - 1].is_word):
                break
            taken.append(t)
            solid = len(taken)
        else:
            if low in PRONOUNS or low.endswith("ly") and low not in ROLE_NOUNS:
                break
            taken.append(t)
            if bare(low) in ROLE_NOUNS or bare(low) in ORGANIZATION_WORDS:
                solid = len(taken)
        i -= 1
    if end < 0 or solid is None:
        return None
    # Stopped by a preposition or punctuation rather than a determiner: lower-case modifiers
    # before a known noun belong to it ("human rights groups").
    if len(taken) > solid and (i < 0 or not toks[i].is_word or toks[i].lower in BOUNDARY_WORDS):
        extra = taken[solid:]
        if len(extra) <= 3 and all(t.is_word and not t.is_cap and t.lower not in PRONOUNS for t in extra):
            solid = len(taken)
    chosen = list(reversed(taken[:solid]))

    # A lone lower-case word is a phrase only when it is a known noun ("officials said").
    if all(not t.is_cap for t in chosen) and chosen[0].lower not in DETERMINERS and chosen[0].lower not in PRONOUNS:
        if not any(bare(t.lower) in ROLE_NOUNS or bare(t.lower) in ORGANIZATION_WORDS for t in chosen):
            return None
    return _make(text, chosen)


def phrase_after(text: str, pos: int, ceiling: int, loose: bool = False) -> Optional[Phrase]:  # noqa: C901, PLR0912 - left-to-right token walk with one test per stop condition
    """The noun phrase that starts at `pos` (after spaces): "said [Koo Byoung-sam], a ...".

    With `loose`, lower-case words that run up to punctuation also make a phrase ("citing
    [fishermen],", "according to [experts].").
    """
    toks = tokens(text, pos, min(ceiling, pos + 200))
    taken: list[Token] = []
    for k, t in enumerate(toks):
        if len(taken) >= MAX_PHRASE:
            break
        low = t.lower
        if not t.is_word:
            if t.text in ".’'-‐" and taken and k + 1 < len(toks) and toks[k + 1].start == t.end and toks[k + 1].is_word:
                continue
            if t.text == "." and taken and (is_acronym(taken[-1].text + ".") or _abbreviated(taken[-1])):
                continue
            break
        if not taken:
            if low in PRONOUNS:
                taken.append(t)
                break
            taken.append(t)
            continue
        if low in NAME_JOINERS and k + 1 < len(toks) and toks[k + 1].is_word and (
            toks[k + 1].is_cap or toks[k + 1].lower in DETERMINERS
        ):
            taken.append(t)
            continue
        if (low in DETERMINERS and len(taken) >= 2 and taken[0].lower in DETERMINERS and taken[1].lower == "of"
                and all(x.lower in DETERMINERS for x in taken[2:])):
            taken.append(t)  # "one of [the] witnesses", "some of [these] delegates"
            continue
        if low in BOUNDARY_WORDS or _is_filler(t) and not t.is_cap or low in DETERMINERS:
            break
        if t.is_cap and low in TIME_WORDS:
            break
        if not t.is_cap and low in REPORTING_VERBS and not (
                taken[-1].lower in DETERMINERS and k + 1 < len(toks) and toks[k + 1].is_word and toks[k + 1].is_cap):
            break  # but after a determiner and before a name it is a noun: "the [state] Lottery Commission"

        prev = taken[-1]
        if not t.is_cap and _past_verb(low) and prev.lower not in DETERMINERS and not _adverb(prev.lower):
            break  # "the organizers [gathered] outside": an -ed word after a noun is its verb
        if not t.is_cap and not known_noun(low):
            # After a name or a known noun, a lower-case word that is no noun starts the verb
            # phrase: "Cruz [took] the stage", "The rights group [urged]" — unless a known noun
            # follows it ("South Korean [rights] groups").
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            compound = nxt is not None and nxt.is_word and not nxt.is_cap and known_noun(nxt.lower) and (
                low not in BOUNDARY_WORDS and low not in REPORTING_VERBS and not _past_verb(low))
            if (prev.is_cap and prev.lower not in DETERMINERS or known_noun(prev.lower)) and not compound:
                break
        taken.append(t)
    while taken and (taken[-1].lower in NAME_JOINERS or taken[-1].lower in DETERMINERS):
        if len(taken) == 1 and taken[0].lower in STANDALONE_DETERMINERS and not loose:
            break  # "read one", "said another": a determiner standing for a person
        taken.pop()
    if not taken:
        return None
    first = taken[0]
    if not first.is_cap and first.lower not in DETERMINERS and first.lower not in PRONOUNS:
        ends_at_punct = regex.match(r"\s*[,.;:]", text[taken[-1].end:taken[-1].end + 3])
        named = any(t.is_cap for t in taken[1:])  # "former Sen. Evan Bayh": modifiers before a name
        if not any(known_noun(t.lower) for t in taken) and not named and not (loose and ends_at_punct and len(taken) <= 3):
            return None
    return _make(text, taken)

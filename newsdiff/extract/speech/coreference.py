"""Who a mention means within one article: names, surnames, pronouns and descriptions.

News names a person in full once ("Koo Byoung-sam") and then shortens ("Koo", "Mr Koo", "he",
"the spokesman"). `Registry` keeps the people and organizations met so far in an article and
resolves each new mention to the fullest name it refers to:

- a surname or honorific + surname resolves to the fullest name in the article holding that
  word (Korean names put the surname first, so any word of the name counts);
- an acronym resolves to the name it was defined for ("Human Rights Watch (HRW)");
- he/she resolve to the most recent person who spoke and is not known to take the other
  pronoun (an honorific or a gendered title says so: "Mr Koo", "spokeswoman Ann Lee"; see
  `agreement`); it to the most recent organization;
- a definite description ("the spokesperson", "the NGO", "the rights group") resolves to the
  most recent speaker it was used for or whose role has that noun; an organization noun alone
  ("the group") to the most recent organization; a person's title ("the judge", "the
  spokeswoman") with no such speaker to the nearest person named before it with that title
  ("Superior Court Judge Ann Lee", "spokeswoman Ann Lee", "Ann Lee, the county's spokeswoman"),
  within `MAX_TITLE_REACH` characters. Otherwise the description is the speaker itself, never a
  guess.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
from dataclasses import dataclass, field, replace
from typing import Optional

import regex

from newsdiff.extract.speech import agreement, roles
from newsdiff.lexicon import alternation, load
from newsdiff.lexicon.speech_words import (
    HONORIFICS,
    ORGANIZATION_WORDS,
    PRONOUNS,
    ROLE_NOUNS,
    SOURCE_NOUNS,
    TIME_WORDS,
)
from newsdiff.model import Mention
from newsdiff.text import phrases
from newsdiff.text.document import Document
from newsdiff.text.normalize import name_key
from newsdiff.text.phrases import Phrase

# Patterns used inside loops, compiled once (a pattern string passed to `regex.search` is
# looked up in the regex module's cache on every call).
_SPACE_RUN = regex.compile(r"[\s]+")
_POSSESSIVE_END = regex.compile(r"['’]s$")

# Organization nouns general enough that "the group" can only mean the last organization named.
GENERIC_ORGANIZATION_NOUNS = frozenset(load("speech/generic_organization_nouns"))
_ACRONYM_DEF = regex.compile(r"\s*\(\s*(\p{Lu}[\p{Lu}&.\-]{1,9})\s*\)")
# How far before a description ("the judge said") a person named with its title is looked for: a
# few paragraphs, so the search stays bounded however long the article.
MAX_TITLE_REACH = 1500
# How far before a pronoun speaker ("…," she said) the people it may mean are looked for: its own
# sentence and the one before, at most PRONOUN_REACH_CHARS characters back. A pronoun is a sure
# reading of a person only when that person is the one of its pronoun named there (`pronoun_sure`).
PRONOUN_REACH_SENTENCES = 1
PRONOUN_REACH_CHARS = 600
MAX_TITLED_NAMES = 8  # places a full name is looked at for a title next to it (`_titles_of`)
# People of one name word kept per word (`_people_by_word`), and runs holding a surname read for
# namesakes (`_namesakes`): a bounded cost per pronoun speaker however many share the word.
MAX_NAMESAKES = 8
MAX_PRONOUN_CANDIDATES = 8  # most recent speakers a pronoun is tried against (`_antecedent`)
MAX_SPEAKERS_BACK = 64  # speakers, latest first, read for a pronoun's antecedent (`_antecedent`)
MAX_PRONOUN_WINDOW = 2000  # characters read in all, however long the quote between
_LOCATIVE_NAME = regex.compile(rf"\b(?:{alternation('speech/locative_prepositions')})\s+(\p{{Lu}}[\p{{L}}\-]+)")


# First words of a two-word place name ("North Korea", "New Zealand", "United States").
_PLACE_FIRST_WORDS = ("North", "South", "East", "West", "New", "United")
# Of those, the ones that begin no person's name ("North Korean", "South Korea"): a run opening
# with one is never counted as a person who could take a pronoun (`_unregistered_runs`).
_COMPASS_WORDS = frozenset({"North", "South", "East", "West"})


@dataclass
class Entity:
    """A person or organization as one article refers to it."""

    name: str
    type: str
    aliases: set[str] = field(default_factory=set)
    role: Optional[str] = None
    heads: set[str] = field(default_factory=set)  # descriptor nouns used for it
    last_spoke: int = -1  # position of its latest mention as a speaker
    described: bool = False  # no proper name: the name is a description

    def words(self) -> list[str]:
        return [name_key(w) for w in _SPACE_RUN.split(self.name) if w]


# Prepositions that join a title to its office ("Secretary of Transportation").
_ROLE_PREPOSITIONS = frozenset(load("speech/role_prepositions"))


def _strip_honorific(name: str) -> tuple[str, bool]:
    words = name.split()
    had = False
    # "Secretary of Transportation Ann Lee": a title joined to its office is no honorific to
    # strip ("of Transportation Ann Lee" would be no name); the whole run stays, like "Chief of
    # Police Ann Lee", and later mentions reach it by its last words.
    while len(words) > 1 and words[0].lower().rstrip(".") in HONORIFICS and words[1] not in _ROLE_PREPOSITIONS:
        words = words[1:]
        had = True
    out = " ".join(words)
    out = _POSSESSIVE_END.sub("", out)
    return out, had


def _is_org_name(name: str) -> bool:
    words = [phrases.bare(w) for w in name.split()]
    return any(w in ORGANIZATION_WORDS for w in words) or phrases.is_acronym(name.replace(" ", ""))


class Registry:
    """The entities of one article, built up mention by mention in text order."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.entities: list[Entity] = []
        self._candidates = self._capitalised_runs()
        self._candidate_starts = [start for start, _end, _name in self._candidates]
        self._by_word: Optional[dict[str, list[int]]] = None  # see `_holding`
        self._acronyms = self._acronym_definitions()
        self._expansions = frozenset(self._acronyms.values())  # "Human Rights Watch" of "(HRW)": no person
        self._places = frozenset(self._locative_words())
        self._pronouns: Optional[dict[str, frozenset[str]]] = None  # see `pronoun_of`
        self._honorifics: Optional[dict[str, frozenset[str]]] = None  # see `pronoun_of`
        self._lowered: Optional[frozenset[str]] = None  # see `_lower_words`
        self._pronoun_memo: dict[int, tuple[tuple, Entity, tuple[Optional[str], Optional[str]]]] = {}
        self._people_index: tuple[int, dict[str, list[Entity]]] = (0, {})  # see `_people_by_word`
        self._strangers: dict[str, Entity] = {}  # see `_stranger`
        self._keyed: dict[str, set[int]] = {}  # name or alias key -> positions in `entities`
        self._position: dict[int, int] = {}  # id of a registered entity -> its position
        self._keyed_upto = 0  # entities indexed in `_keyed` so far
        self._speakers: dict[int, Entity] = {}  # entities that spoke, in the order they last spoke

    # -- article-wide facts, read once ------------------------------------------------------
    def _capitalised_runs(self) -> list[tuple[int, int, str]]:
        """Runs of two or more capitalised words: the full names a short mention may stand for."""
        out: list[tuple[int, int, str]] = []
        text = self.doc.text
        art = phrases.tokenised(text)
        starts = art.starts
        capitals = [k for k, start in enumerate(starts) if text[start].isupper() and text[start].isalnum()]
        for _, para in self.doc.content_paragraphs():
            window = art.between(para.start, para.end)
            if window is None:  # a paragraph always opens and closes between tokens; to be safe
                self._runs_of(phrases.tokens(text, para.start, para.end), para.end, out)
                continue
            # A capitalised word (Token.is_word and Token.is_cap) read from its first character:
            # most tokens are not, so only those are visited; a gap in their indices is a token
            # that is not, which ends the run.
            run: list[phrases.Token] = []
            last = -2
            for k in capitals[bisect.bisect_left(capitals, window[0]):bisect.bisect_left(capitals, window[1])]:
                initial = bool(run) and k == last + 2 and _middle_initial(text, run[-1], starts[k])
                if run and k != last + 1 and not initial:
                    if len(run) > 1:  # most runs are one word, which `_close_run` drops: no call
                        self._close_run(run, out)
                    run = []
                t = art.token(k)
                if run or t.lower not in phrases.SENTENCE_OPENERS or _first_initial(text, t):
                    if run and not initial and text[run[-1].end:starts[k]] not in (" ", "\u00a0"):
                        if len(run) > 1:
                            self._close_run(run, out)
                        run = []
                    run.append(t)
                    last = k
            if len(run) > 1:
                self._close_run(run, out)
        return out

    def _runs_of(self, toks: list, end: int, out: list) -> None:
        """`_capitalised_runs` over a list of tokens (for a window that cuts a token)."""
        text = self.doc.text
        run: list[phrases.Token] = []
        for t in toks + [phrases.Token(end, end, ".")]:
            if t.is_word and t.is_cap and not (not run and t.lower in phrases.SENTENCE_OPENERS):
                if run and text[run[-1].end:t.start] not in (" ", "\u00a0"):
                    self._close_run(run, out)
                    run = []
                run.append(t)
                continue
            if run:
                self._close_run(run, out)
                run = []

    def _close_run(self, run: list, out: list) -> None:
        if len(run) < 2:
            return  # most runs are one word, and the steps below only shorten a run
        while run and (run[0].lower.rstrip(".") in HONORIFICS or phrases.is_acronym(run[0].text)
                       and phrases.bare(run[0].text) in ORGANIZATION_WORDS):
            run = run[1:]
        run = run[phrases.after_title(run):]  # "Comedian Ellen DeGeneres": the name is "Ellen DeGeneres"
        if len(run) >= 2:
            name = self.doc.text[run[0].start:run[-1].end]
            name = _POSSESSIVE_END.sub("", name)
            out.append((run[0].start, run[-1].end, name))

    def _acronym_definitions(self) -> dict[str, str]:
        """ACRONYM -> name, for "Human Rights Watch (HRW)" and "DPRK (Democratic People's …)"."""
        out: dict[str, str] = {}
        text = self.doc.text
        for _start, end, name in self._candidates:
            m = _ACRONYM_DEF.match(text, end, min(len(text), end + 14))
            if m and _initials_match(m.group(1), name):
                out[name_key(m.group(1))] = name
        return out

    def _locative_words(self) -> set[str]:
        """Single capitalised words the article uses as places ("in Seoul", "to China")."""
        out = set()
        text = self.doc.text
        for m in _LOCATIVE_NAME.finditer(text):
            out.add(name_key(m.group(1)))
        return out

    # -- resolution ------------------------------------------------------------------------
    def resolve(self, phrase: Phrase, speaking: bool = True, hint: Optional[Phrase] = None) -> Optional[Entity]:
        """The entity a mention refers to, registering it when new. None for a pronoun with no
        antecedent.

        `hint` is, for a pronoun, the subject of the sentence before: "China does not … . It
        claims …" — it wins over an earlier speaker when its kind fits the pronoun.
        """
        text = self.doc.text
        if phrase.kind == "name":
            phrase = _with_first_initial(text, phrase)
        if phrase.kind == "pronoun":
            pronoun = phrases.pronoun_base(phrase.text.lower().replace("’", "'"))  # "she's" -> "she"
            entity = self._antecedent(pronoun, phrase.start)
            if hint is not None and hint.kind == "name" and (entity is None or entity.last_spoke < hint.start):
                candidate = self.resolve(hint, speaking=False)
                wanted = PRONOUNS.get(pronoun, "either")
                if candidate is not None and wanted in ("either", candidate.type) and self._agrees(pronoun, candidate):
                    entity = candidate
        elif phrase.kind == "name":
            entity = self._named(phrase)
        else:
            entity = self._described(phrase)
        if entity is None:
            return None
        if phrase.kind != "pronoun":
            role = roles.before(text, phrase) if phrase.kind == "name" else None
            if role is None and phrase.kind == "name":
                role = roles.after(text, phrase.end, self._paragraph_end(phrase.end))
            if role and not entity.role:
                entity.role = role
            if phrase.head and phrase.head not in phrases.DETERMINERS:
                entity.heads.add(phrase.head)
        if speaking and phrase.start > entity.last_spoke:
            entity.last_spoke = phrase.start
            self._speakers.pop(id(entity), None)  # to the end: the speakers in the order they last spoke
            self._speakers[id(entity)] = entity
        return entity

    def _paragraph_end(self, pos: int) -> int:
        return self.doc.paragraphs[self.doc.paragraph_at(pos)].end if self.doc.paragraphs else len(self.doc.text)

    def _antecedent(self, pronoun: str, pos: int) -> Optional[Entity]:
        """The most recent speaker before `pos` of the kind the pronoun takes and not known to
        take the other pronoun, among the `MAX_PRONOUN_CANDIDATES` most recent of that kind (the
        agreement test is asked of a bounded number of them per pronoun) within the
        `MAX_SPEAKERS_BACK` people who spoke last (a bounded walk however many spoke before)."""
        wanted = PRONOUNS.get(pronoun, "either")
        fitting = []
        for e in itertools.islice(reversed(self._speakers.values()), MAX_SPEAKERS_BACK):
            if e.last_spoke < 0 or e.last_spoke >= pos:
                continue
            if wanted not in ("either", e.type):
                continue
            if wanted == "either" and e.type == "person" and pronoun in ("they", "we") and not e.described:
                continue
            fitting.append(e)
        for e in heapq.nlargest(MAX_PRONOUN_CANDIDATES, fitting, key=lambda e: e.last_spoke):
            if self._agrees(pronoun, e):  # "she" is not the man who spoke last
                return e
        return None

    def _named(self, phrase: Phrase) -> Entity:
        raw = self.doc.text[phrase.name_start:phrase.name_end]
        core, honorific = _strip_honorific(raw)
        key = name_key(core)
        # Known already, by name or alias.
        known = self._latest_known(key)
        if known is not None:
            self._add_aliases(known, {core, raw} - {known.name})
            return known
        full = self._fullest(core, phrase.start)
        if full != core:
            known = self._latest_known(name_key(full), by_name=True)
            if known is not None:
                self._add_aliases(known, {core, raw} - {known.name})
                return known
        kind = self._type_of(full, honorific, phrase)
        entity = Entity(full, kind)
        entity.aliases.update({core, raw} - {full})
        # A name first met in full may later be shortened: record its words as aliases to come.
        self.entities.append(entity)
        return entity

    def _latest_known(self, key: str, by_name: bool = False) -> Optional[Entity]:
        """The entity registered last whose name (or, unless `by_name`, one of whose aliases)
        has the key `key`: looked up in an index of the names and aliases, kept up to date as
        entities are added, not by reading every entity for each mention."""
        while self._keyed_upto < len(self.entities):
            entity = self.entities[self._keyed_upto]
            self._position[id(entity)] = self._keyed_upto
            for k in {name_key(entity.name), *(name_key(a) for a in entity.aliases)}:
                self._keyed.setdefault(k, set()).add(self._keyed_upto)
            self._keyed_upto += 1
        found = [i for i in self._keyed.get(key, ()) if not by_name or name_key(self.entities[i].name) == key]
        return self.entities[max(found)] if found else None

    def _add_aliases(self, entity: Entity, names: set[str]) -> None:
        """Record other names of a registered entity, in the entity and in `_latest_known`'s index."""
        position = self._position.get(id(entity))
        for name in names - entity.aliases:
            entity.aliases.add(name)
            if position is not None:
                self._keyed.setdefault(name_key(name), set()).add(position)

    def _fullest(self, core: str, pos: int) -> str:
        """The fullest name in the article that `core` (a surname, acronym or name) stands for."""
        key = name_key(core)
        if key in self._acronyms:
            return self._acronyms[key]
        words = core.split()
        if len(words) != 1:
            return core
        if phrases.is_acronym(core) and len(key) >= 3:
            for _start, _end, name in self._candidates:
                if _initials_match(core, name):
                    return name
        best = None
        best_distance = None
        for k in self._holding(key):
            start, _end, name = self._candidates[k]
            if _is_org_name(name) and not _is_org_name(core):
                continue
            if len(name.split()) > 4:
                continue
            # Prefer the nearest full form before the mention, then the nearest after it.
            distance = pos - start if start <= pos else 10**9 + start - pos
            if best_distance is None or distance < best_distance:
                best, best_distance = name, distance
        return best or core

    def _type_of(self, name: str, honorific: bool, phrase: Phrase) -> str:
        if honorific:
            return "person"
        if phrase.head in ROLE_NOUNS and phrase.head not in ORGANIZATION_WORDS:
            return "person"
        if _is_org_name(name) or phrase.head in ORGANIZATION_WORDS:
            return "organization"
        words = name.split()
        if len(words) == 1 and name_key(name) in self._places:
            return "organization"  # a country or city speaking for its government
        if len(words) == 2 and name_key(" ".join(words)) in self._places:
            return "organization"
        if any(name_key(w) in self._places for w in words) and len(words) <= 2 and words[0] in _PLACE_FIRST_WORDS:
            return "organization"
        if len(words) == 1 and not self._in_longer_name(name):
            # News introduces a person by full name; a lone word never written as part of a
            # longer name ("Seoul said", "Pyongyang announced") is a place standing for its
            # government, or an organization.
            return "organization"
        return "person"

    def _in_longer_name(self, word: str) -> bool:
        return bool(self._holding(name_key(word)))

    def _holding(self, key: str) -> list[int]:
        """The indices, in order, of the candidate names with a word whose key is `key`: the
        names' words keyed once per article, not once per candidate for every mention resolved."""
        if self._by_word is None:
            self._by_word = {}
            for k, (_start, _end, name) in enumerate(self._candidates):
                for word_key in dict.fromkeys(name_key(w) for w in name.split()):
                    self._by_word.setdefault(word_key, []).append(k)
        return self._by_word.get(key, [])

    def _described(self, phrase: Phrase) -> Entity:
        head = phrase.head or ""
        desc = roles.description(self.doc.text, phrase)
        first = phrase.text.split()[0].lower()
        definite = first in ("the", "this", "that")
        plural = head.endswith("s") and head not in ROLE_NOUNS - {h + "s" for h in ROLE_NOUNS}
        # "the comedian and talk show host": each role noun of a coordination may find the person.
        words = [phrases.bare(w) for w in phrase.text.split()]
        heads = ({w for w in words if w in ROLE_NOUNS} | {head}) if "and" in words else {head}
        if definite and not plural:
            best = None
            for e in self.entities:
                if e.last_spoke < 0 or e.last_spoke >= phrase.start:
                    continue
                if e.described and e.name.split()[-1].lower().endswith("s") and not head.endswith("s"):
                    continue  # "the group" is not "activist groups"
                role_words = {phrases.bare(w) for w in (e.role or "").split()} & ROLE_NOUNS
                fits = bool(heads & e.heads or heads & role_words) or (
                    head in GENERIC_ORGANIZATION_NOUNS and e.type == "organization"
                ) or (head in ORGANIZATION_WORDS and head in {phrases.bare(w) for w in e.name.split()})
                if fits and (best is None or e.last_spoke > best.last_spoke):
                    best = e
            if head in ROLE_NOUNS and head not in ORGANIZATION_WORDS:
                # A person named with the title since the speaker found last spoke is who "the
                # judge" now means.
                best = self._title_holder(heads, phrase.start, best.last_spoke if best else -1) or best
            if best is not None:
                best.heads.add(head)
                return best
        for e in reversed(self.entities):
            if e.described and name_key(e.name) == name_key(desc):
                return e
        person = head in ROLE_NOUNS or first in ("a", "an") and phrases._demonym(phrase.text.split()[-1])
        kind = "person" if person else "organization"
        entity = Entity(desc, kind, described=True)
        entity.heads.add(head)
        self.entities.append(entity)
        return entity

    def _title_holder(self, heads: set[str], pos: int, since: int = -1) -> Optional[Entity]:
        """The person named nearest before `pos` (after `since`, within MAX_TITLE_REACH characters) with one of the
        title nouns `heads` written before the name ("Superior Court Judge Ann Lee") or in an
        apposition after it ("Ann Lee, the county's spokeswoman,"), or None. "The judge said"
        then speaks for that person: news names a person with their title once, then writes the
        title alone."""
        starts = self._candidate_starts
        k = bisect.bisect_left(starts, pos) - 1
        while k >= 0 and pos - starts[k] <= MAX_TITLE_REACH and starts[k] > since:
            start, end, name = self._candidates[k]
            k -= 1
            if _is_org_name(name) or end > pos or name.split()[0].lower() in TIME_WORDS:
                continue  # "Friday August 2": a dateline is no person
            if heads & self._title_words(start, end):
                return self._named(Phrase(start, end, name, "name", start, end))
        return None

    def _title_words(self, start: int, end: int) -> set[str]:
        """The words, folded and without possessive endings, of a title's head written right before
        the name at `start` ("Superior Court Judge Ann Lee"; with a comma between when the name is
        set off by commas: "the mayor, Tom Reed,") and of the role in an apposition after the name
        ending at `end`. A word further back is no title of the name ("the mayor met Tom Reed")."""
        text = self.doc.text
        line = text.rfind("\n", max(0, start - 80), start) + 1  # a title is on the name's own line
        toks = phrases.tokens(text, max(line, start - 80), start)
        out: set[str] = set()
        if len(toks) > 1 and toks[-1].text == "," and text[end:end + 1] == ",":
            # "The mayor, Tom Reed, met …": a name set off by commas after its title.
            toks = toks[:-1]
        if toks and toks[-1].is_word:
            out.add(phrases.bare(toks[-1].lower))  # the title's head is the word next to the name
        role = roles.after(text, end, self._paragraph_end(end))
        if role:
            out.update(phrases.bare(w.lower()) for w in role.split())
        return out

    # -- pronoun agreement ------------------------------------------------------------------
    def pronoun_of(self, entity: Entity) -> Optional[str]:
        """The pronoun ("he" / "she") the article shows a person takes (`agreement`): from
        honorifics and pronouns used with the words of its name and aliases, and the head of its
        role; None when nothing says or the evidence disagrees."""
        return self._pronouns_of(entity)[0]

    def _strong_pronoun_of(self, entity: Entity) -> Optional[str]:
        """`pronoun_of` from what the article says outright of the person only: an honorific
        ("Mr Koo") or a gendered title or role head ("spokeswoman Ann Lee"). A pronoun in a
        sentence naming the person ("Cole said his son …") may be about someone else."""
        return self._pronouns_of(entity)[1]

    def _pronouns_of(self, entity: Entity) -> tuple[Optional[str], Optional[str]]:
        if self._pronouns is None or self._honorifics is None:
            self._pronouns = agreement.evidence(self.doc, self._places)
            self._honorifics = agreement.honorific_evidence(self.doc)
        # Asked for every pronoun about every speaker before it: kept until the entity changes.
        # Only registered entities and `_stranger`s (one per name) come here, so the memo holds
        # at most one entry per person of the article.
        state = (entity.name, len(entity.aliases), entity.role, len(entity.heads))
        kept = self._pronoun_memo.get(id(entity))
        if kept is not None and kept[0] == state and kept[1] is entity:
            return kept[2]
        keys = set(entity.words())
        for alias in entity.aliases:
            keys.update(name_key(w) for w in _SPACE_RUN.split(alias) if w)
        keys.discard("")
        nouns = set(entity.heads) | self._titles_of(entity)
        head = agreement.role_head(entity.role)
        if head:
            nouns.add(head)
        found = (agreement.pronoun_of(keys, nouns, self._pronouns), agreement.pronoun_of(keys, nouns, self._honorifics))
        self._pronoun_memo[id(entity)] = (state, entity, found)
        return found

    def _stranger(self, name: str) -> Entity:
        """A person named in the article who is not registered (never spoke), one entity per
        name, so that what is read of it is read once."""
        key = name_key(name)
        if key not in self._strangers:
            self._strangers[key] = Entity(name, "person")
        return self._strangers[key]

    def _titles_of(self, entity: Entity, limit: int = MAX_TITLED_NAMES) -> set[str]:
        """The title words written next to the entity's full name where the article names it in
        full (the word right before it, "His daughter Joan Felt", and the head of a role after
        it, "Ann Lee, a spokeswoman for …"), at the first `limit` places only."""
        key = name_key(entity.name)
        words = entity.words()
        out: set[str] = set()
        if len(words) < 2:
            return out
        text = self.doc.text
        # The first `limit` runs holding the surname, whoever they name: a bounded walk however
        # many other people of that surname the article names.
        for k in self._holding(words[-1])[:limit]:
            start, end, name = self._candidates[k]
            if name_key(name) != key:
                continue
            before = phrases.tokens(text, max(0, start - 40), start)
            if before and before[-1].is_word and text[before[-1].end:start] in (" ", "\u00a0"):
                out.add(phrases.bare(before[-1].text))
            head = agreement.role_head(roles.after(text, end, self._paragraph_end(end)))
            if head:
                out.add(head)
        return out

    def _agrees(self, pronoun: str, entity: Entity) -> bool:
        """False only when `pronoun` is "he" or "she" and the article says outright that the
        person takes the other (`_strong_pronoun_of`)."""
        if pronoun not in ("he", "she") or entity.type != "person" or entity.described:
            return True
        return self._strong_pronoun_of(entity) in (None, pronoun)

    def pronoun_sure(self, phrase: Phrase, entity: Optional[Entity], quote_start: Optional[int] = None) -> bool:
        """True when a pronoun speaker mention ("he", "she") certainly means `entity`: a named
        person whose known pronoun (`pronoun_of`) agrees, named between the sentence before the
        quote (at `quote_start`) or the pronoun and the pronoun (`PRONOUN_REACH_*`), with no
        other person named there who could take the same pronoun (one of unknown pronoun counts:
        it might). Otherwise the reading is a guess, and a comparison must not set it against
        another source's speaker."""
        if entity is None or phrase.kind != "pronoun" or entity.type != "person" or entity.described:
            return False
        pronoun = phrases.pronoun_base(phrase.text.lower().replace("’", "'"))
        if pronoun not in ("he", "she") or self.pronoun_of(entity) != pronoun:
            return False
        anchor = phrase.start if quote_start is None else min(quote_start, phrase.start)
        sentence = self.doc.sentence_at(anchor)
        first = self.doc.sentences[max(0, sentence - PRONOUN_REACH_SENTENCES)].start if self.doc.sentences else 0
        start = max(first, anchor - PRONOUN_REACH_CHARS, phrase.start - MAX_PRONOUN_WINDOW)
        named = self._people_in(start, phrase.start)
        if not any(e is entity for e in named):
            return False
        return all(e is entity or (self.pronoun_of(e) or pronoun) != pronoun for e in named)

    def _people_in(self, start: int, end: int) -> list[Entity]:
        """The people named in `text[start:end]`: registered persons one of whose name words is
        written there; the other people the article names in full with such a word (a lone
        "Pelletier" where the article has both "Gene Pelletier" and "Rolf Pelletier"); and
        every other capitalised word or run of words there that may name a person (no
        organization, place, time or acronym), known pronoun or not. The unregistered are
        read as `_stranger`s (not registered)."""
        by_word = self._people_by_word()
        out: list[Entity] = []
        seen: set[str] = set()  # name keys of the people in `out`
        for e in [*self._named_words(start, end, by_word), *self._unregistered_runs(start, end, by_word)]:
            if name_key(e.name) not in seen:
                seen.add(name_key(e.name))
                out.append(e)
        return out

    def _people_by_word(self) -> dict[str, list[Entity]]:
        """Name word key -> the registered, named persons with that word in their name, the
        first `MAX_NAMESAKES` of each: extended with the entities added since it was last asked
        (entities are only ever appended), not built again from all of them per pronoun speaker."""
        count, index = self._people_index
        if count != len(self.entities):
            for e in self.entities[count:]:  # only the entities added since
                if e.type == "person" and not e.described:
                    for w in dict.fromkeys(e.words()):
                        bucket = index.setdefault(w, [])
                        if len(bucket) < MAX_NAMESAKES:
                            bucket.append(e)
            self._people_index = (len(self.entities), index)
        return index

    def _named_words(self, start: int, end: int, by_word: dict[str, list[Entity]]) -> list[Entity]:
        """`_people_in`'s people met through the capitalised words of the window, one by one:
        registered persons and their namesakes, and lone words that may name a person."""
        out: list[Entity] = []
        text = self.doc.text
        toks = phrases.tokens(text, start, end)
        starts = self._candidate_starts
        for i, t in enumerate(toks):
            if not (t.is_word and t.is_cap):
                continue
            k = bisect.bisect_right(starts, t.start) - 1
            in_run = k >= 0 and self._candidates[k][1] >= t.end
            bare = phrases.bare(t.text)
            key = name_key(bare)
            if key in by_word:
                out.extend(by_word[key])
                out.extend(self._stranger(other) for other in self._namesakes(key, by_word[key]))
            elif self._pronouns and self._pronouns.get(key) or not in_run and self._may_be_person(toks, i):
                out.append(self._stranger(bare.title()))  # "Mr. Quintero", "shook hands with Oduya"
        return out

    def _may_be_person(self, toks: list[phrases.Token], i: int) -> bool:
        """True when a lone capitalised word `toks[i]` inside a sentence may name a person
        ("with Oduya"): not a sentence's or quotation's first word, a word after a determiner
        or a number ("the Republic", "9th Precinct"), a pronoun ("I", "I'm"), a title, the end of a longer name ("Republic of
        Korea", "Bank of England") or a word of an
        organization, place, time or acronym."""
        tok = toks[i]
        before = toks[i - 1] if i else None
        if before is None or not before.is_word and before.text not in (",", "(", "-", "–"):
            return False  # the window's or a quotation's first word, or one after a full stop
        if (before.lower == "of" and i >= 2 and toks[i - 2].is_cap or before.lower in phrases.DETERMINERS
                or before.text[:1].isdigit() or i >= 2 and toks[i - 2].text[-1:].isdigit() and toks[i - 2].end == before.start):
            return False  # "Republic of Korea"; "the Republic", "the Harbour", "the 9th Precinct": a thing's name
        low = phrases.bare(tok.text)
        if phrases.pronoun_base(low) in PRONOUNS or low in HONORIFICS or low in ROLE_NOUNS or low in phrases.SENTENCE_OPENERS:
            return False
        return agreement.person_words([tok], self._places)

    def _unregistered_runs(self, start: int, end: int, by_word: dict[str, list[Entity]]) -> list[Entity]:
        """`_people_in`'s full names in the window that belong to no registered person and may
        name a person: people who never spoke, but could be meant."""
        out: list[Entity] = []
        text = self.doc.text
        k = bisect.bisect_left(self._candidate_starts, start)
        while k < len(self._candidates) and self._candidates[k][0] < end:
            run_start, run_end, name = self._candidates[k]
            k += 1
            if run_end > end or _is_org_name(name) or any(name_key(w) in by_word for w in name.split()):
                continue
            words = name.split()
            if (words[0] in _COMPASS_WORDS or phrases.bare(words[-1]) in ROLE_NOUNS or name in self._expansions
                    or any(_POSSESSIVE_END.search(w) for w in words[:-1])):
                # "North Korean", "South Korea"; "Chinese Foreign Minister" (a title); an
                # acronym's name; "People's Republic" (a possessive inside: a thing of someone's)
                continue
            if agreement.person_words(phrases.tokens(text, run_start, run_end), self._places):
                out.append(self._stranger(name))
        return out

    def _namesakes(self, key: str, known: list[Entity], limit: int = MAX_NAMESAKES) -> list[str]:
        """The other people the article names in full with the surname `key` after a given name
        ("Rolf Pelletier" when "Pelletier" may also mean the registered "Gene Pelletier"),
        among its first `limit` runs holding the word: each is a person a lone surname may mean.
        A run sharing a word of a `known` person's name, or a shortening of one ("Frederick
        Ames Holt" for "Fred Holt"), is that person. A capitalised word opening its sentence
        that the article also writes in lower case is no given name ("Having Holt as coach …",
        "Clearly Holt …"); anywhere else any capitalised word may be one ("Bill Holt", "Will
        Holt" in an article that speaks of a bill and of what people will do)."""
        mine = [w for e in known[:limit] for w in (*e.words(), *(name_key(x) for a in e.aliases for x in a.split())) if w and w != key]
        out = []
        for k in self._holding(key)[:limit]:
            name = self._candidates[k][2]
            words = name.split()
            if len(words) < 2 or name_key(words[-1]) != key or _is_org_name(name):
                continue
            given = words[-2]
            low = given.lower().rstrip(".")
            if (phrases.is_acronym(given) or low in ROLE_NOUNS or low in HONORIFICS or not given[1:2].islower()
                    or _POSSESSIVE_END.search(given) or self._opening_word(given, k)):
                continue
            others = [name_key(w) for w in words[:-1]]
            if any(a.startswith(b) or b.startswith(a) for a in others if a for b in mine):
                continue
            out.append(" ".join(words[-2:]))
        return out

    def _opening_word(self, given: str, k: int) -> bool:
        """True when the word before a surname in the run `k` opens its sentence and the article
        also writes it in lower case: a participle or adverb ("Having Holt as coach …"), not a
        given name."""
        start, end, _name = self._candidates[k]
        opens = bool(self.doc.sentences) and self.doc.sentences[self.doc.sentence_at(start)].start == start
        return opens and start + len(given) < end and given.lower() in self._lower_words()

    def _lower_words(self) -> frozenset[str]:
        """The words the article writes in lower case (read once)."""
        if self._lowered is None:
            text = self.doc.text
            art = phrases.tokenised(text)
            self._lowered = frozenset(text[a:b] for a, b in zip(art.starts, art.ends, strict=True) if text[a:a + 1].islower())
        return self._lowered

    def register_roles(self) -> None:
        """Register every fully named person the article gives a role, quoted or not
        ("Elizabeth Salmon, the United Nations special rapporteur …")."""
        text = self.doc.text
        for _start, end, name in self._candidates:
            role = roles.after(text, end, self._paragraph_end(end))
            if role is None or _is_org_name(name):
                continue
            key = name_key(name)
            if any(name_key(e.name) == key for e in self.entities):
                continue
            entity = Entity(name, "person", role=role)
            self.entities.append(entity)

    def mentions(self, source: str) -> list[Mention]:
        """The article's entities as `Mention`s, in the order they were first met."""
        out = []
        for e in self.entities:
            if e.described and e.heads and all(h in SOURCE_NOUNS and h not in ROLE_NOUNS for h in e.heads):
                continue  # "according to figures from …": a document, not a person or organization
            aliases = tuple(sorted(a for a in e.aliases if a and a != e.name))
            out.append(Mention(source, e.name, e.type, aliases, e.role))
        return out


def _middle_initial(text: str, tok: phrases.Token, next_start: int) -> bool:
    """True when `tok` is a middle initial inside a name run ("Jack B. Weinstein"): one capital
    letter, then a period and a space before the next capitalised word at `next_start`. The
    run goes on over it, so the name is not cut to "Jack B"."""
    return len(tok.text) == 1 and tok.text.isupper() and text[tok.end:next_start] == ". "


def _with_first_initial(text: str, phrase: Phrase) -> Phrase:
    """`phrase` with a first initial the phrase reader took for the article "A" ("A. J. Smith")
    put back in its name."""
    start = phrase.name_start
    if start is None:
        return phrase
    while start >= 3 and text[start - 3].isupper() and text[start - 2:start] == ". " and (
            start == 3 or not text[start - 4].isalnum()):
        start -= 3
    return phrase if start == phrase.name_start else replace(phrase, name_start=start)


def _first_initial(text: str, tok: phrases.Token) -> bool:
    """True for a capital "A" or "I" that is a first initial ("A. J. Smith"), not the article
    or the pronoun opening a sentence: a period, a space and a capital follow it."""
    return len(tok.text) == 1 and text[tok.end:tok.end + 2] == ". " and text[tok.end + 2:tok.end + 3].isupper()


def _initials_match(acronym: str, name: str) -> bool:
    letters = [c for c in acronym if c.isalpha()]
    initials = [w[0] for w in name.split() if w[0].isupper()]
    return len(letters) >= 2 and letters == initials[: len(letters)] and len(initials) == len(letters)

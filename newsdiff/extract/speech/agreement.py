"""Which pronoun a person takes, as one article shows it: the evidence a pronoun speaker needs.

"…," he said gives a quote to a person only when the pronoun agrees with that person. News
rarely says so outright; it shows it in three ways, read here from the article alone (the words
are `lexicon/lists/speech/gendered_words.txt`):

- an honorific before a name: "Mr Koo", "Ms. Lee";
- a subject, possessive or reflexive pronoun in a sentence that names one person alone before
  it: "Lee said she would …", "Lee had his best year". Object forms ("him", "her") are not read:
  "Lee thanked her" is about someone else. A sentence with a quotation mark (double or single)
  before the pronoun is not read either (the quoted words name other people), nor a name in the
  possessive ("Lee's husband said he"). Such a pronoun may still be about someone else ("Cole
  said his son …"): it is weak evidence, enough to doubt a reading but never to rule one out
  (`honorific_evidence` is the strong part);
- a gendered title at the head of the person's role ("a spokeswoman for the county").

Evidence is kept per name word (a surname, a given name), so "Lee" and "Ann Lee" share it; a
word seen with both pronouns has no answer, and neither has a person whose words disagree
(two people of one surname). Reading is linear: one pass over the article's sentences.
"""

from __future__ import annotations

from typing import Iterable, Optional

import regex

from newsdiff.lexicon import load_table
from newsdiff.lexicon.speech_words import HONORIFICS, ORGANIZATION_WORDS, ROLE_NOUNS, TIME_WORDS
from newsdiff.text import phrases
from newsdiff.text.document import Document
from newsdiff.text.normalize import name_key

# word -> "he" | "she": honorifics, pronouns, gendered titles and nouns.
GENDERED: dict[str, str] = dict(load_table("speech/gendered_words"))
# The pronoun forms read as evidence: subject, possessive and reflexive ("he", "his", "himself").
_EVIDENCE_PRONOUNS = frozenset(w for w in GENDERED if w in ("he", "his", "himself", "she", "hers", "herself"))
# The honorific in any case ("Mr", "MR"), the name after it capitalised: a case-blind `\p{Lu}`
# would read "Lord knows" or "Miss the bus" as a name.
_HONORIFIC = regex.compile(
    r"\b((?i:" + "|".join(sorted((w for w in GENDERED if w in HONORIFICS), key=len, reverse=True))
    + r"))\.?[ \t]+(\p{Lu}[\p{L}\p{M}'’\-]+)")
_QUOTE_MARKS = frozenset('"“”«»`')
# A single quotation mark standing alone as a token ("‘Lee knows,’ she said"): an apostrophe
# inside or after a word ("Lee’s") stays part of the word's token.
_SINGLE_QUOTES = frozenset({"'", "‘", "’", "‹", "›"})
_POSSESSIVE = regex.compile(r"['’]s?$")
_ROLE_END = frozenset({"of", "for", "at", "to", "in", "on", "with", "from", ",", "who", "whose", "and"})
MAX_SENTENCE = 600  # characters of a sentence read for pronoun evidence (bounded per sentence)


def evidence(doc: Document, places: frozenset[str] = frozenset()) -> dict[str, frozenset[str]]:
    """Name word keys (`name_key`) -> the pronouns the article uses for them ({"he"}, {"she"},
    or both when it uses both: no answer). `places`: name keys of single words the article uses
    as places ("in Seoul"), which name no person."""
    text = doc.text
    found = _honorific_evidence(text)
    for _, sent in doc.content_sentences():
        _sentence_evidence(text, sent.start, min(sent.end, sent.start + MAX_SENTENCE), found, places)
    return {k: frozenset(v) for k, v in found.items()}


def honorific_evidence(doc: Document) -> dict[str, frozenset[str]]:
    """`evidence` from honorifics alone ("Mr Koo", "Ms. Lee"): what the article says outright of
    a person, strong enough to rule a pronoun out (a pronoun in a sentence may be about someone
    else: "Cole said his son …")."""
    return {k: frozenset(v) for k, v in _honorific_evidence(doc.text).items()}


def _honorific_evidence(text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for m in _HONORIFIC.finditer(text):
        if m.group(1)[:1].isupper():  # "Mr Koo", not "sir" inside a sentence
            _add(found, m.group(2), GENDERED[m.group(1).lower()])
    return found


def _add(found: dict[str, set[str]], word: str, pronoun: str) -> None:
    key = name_key(phrases.bare(word))
    if key:
        found.setdefault(key, set()).add(pronoun)


def _sentence_evidence(text: str, start: int, end: int, found: dict[str, set[str]], places: frozenset[str]) -> None:
    """The pronoun of the one name written before the sentence's first gendered subject,
    possessive or reflexive pronoun ("Lee said she …"), when the words before it name one person
    (one run of capitalised words that is no organization, place, time or acronym, the sentence's
    opening word aside) and hold no quotation mark. A possessive ("Lee's wife said she") names
    the pronoun's owner's relative, not a person of the pronoun."""
    toks = phrases.tokens(text, start, end)
    runs: list[list[phrases.Token]] = []
    for k, t in enumerate(toks):
        if t.text[:1] in _QUOTE_MARKS or t.text in ("''", "``") or t.text in _SINGLE_QUOTES:
            return
        if t.is_word and t.lower in _EVIDENCE_PRONOUNS:
            people = [run for run in runs if person_words(run, places) and not _POSSESSIVE.search(run[-1].text)]
            if len(people) == 1:
                for w in people[0]:
                    if w.lower not in HONORIFICS and w.lower not in ROLE_NOUNS:
                        _add(found, w.text, GENDERED[t.lower])
            return
        if t.is_word and t.is_cap and not (k == 0 and t.lower in phrases.SENTENCE_OPENERS):
            if not runs or toks[k - 1] is not runs[-1][-1]:
                runs.append([])
            runs[-1].append(t)


def person_words(run: list[phrases.Token], places: frozenset[str]) -> bool:
    """True when a run of capitalised words may name a person: not an organization ("Supreme
    Court"), a place the article writes as one ("in Seoul"), a time ("Thursday") or an acronym."""
    if any(phrases.bare(t.text) in ORGANIZATION_WORDS for t in run):
        return False
    if all(t.lower in TIME_WORDS or phrases.is_acronym(t.text) or name_key(phrases.bare(t.text)) in places for t in run):
        return False
    return True


def role_head(role: Optional[str]) -> Optional[str]:
    """The head noun of a role, the word before its first preposition or clause ("a spokeswoman
    for the county" -> "spokeswoman"), lower case; None for no role."""
    head = None
    for w in (role or "").replace(",", " , ").split():
        low = phrases.bare(w)
        if low in _ROLE_END:
            break
        head = low
    return head


def pronoun_of(words: Iterable[str], nouns: Iterable[str], found: dict[str, frozenset[str]]) -> Optional[str]:
    """The one pronoun the name words (keys) and descriptive nouns of a person agree on, or None
    when there is no evidence or the evidence disagrees."""
    seen: set[str] = set()
    for w in words:
        seen |= found.get(w, frozenset())
    for noun in nouns:
        said = GENDERED.get(noun)
        if said and noun not in _EVIDENCE_PRONOUNS:
            seen.add(said)
    return next(iter(seen)) if len(seen) == 1 else None

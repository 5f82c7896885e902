"""The one lemmatiser: a verb form reduced to its base ("repatriated" -> "repatriate", "held" ->
"hold", "sending" -> "send", "flies" -> "fly").

Irregular forms come from `lexicon/lists/irregular_verbs.txt`; regular ones lose their suffix by
the spelling rules kept as data in `lexicon/number_words.py` (a dropped final e comes back, a
doubled consonant is undone). It is a table plus a few suffix rules, not a morphological analyser:
enough for the verbs news writes about counts, events and speech.
"""

from __future__ import annotations

from functools import lru_cache

from newsdiff.lexicon import load
from newsdiff.lexicon import number_words as W

IRREGULAR: dict[str, str] = dict(line.split() for line in load("irregular_verbs"))
_VOWELS = "aeiou"


def is_verb_form(word: str) -> bool:
    """True for a past form or participle this module can lemmatise ("held", "returned", "killing")."""
    low = word.lower()
    if low in IRREGULAR:
        return True
    if low in W.NOT_VERBS or len(low) < 4:
        return False
    return low.endswith("ed") or (low.endswith("ing") and len(low) > 5)


@lru_cache(maxsize=8192)
def lemma(word: str) -> str:
    """The base form of a verb form, lower-cased; a word that is no verb form comes back lower-cased."""
    low = word.lower()
    if low in IRREGULAR:
        return IRREGULAR[low]
    if low.endswith(("ied", "ies")) and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith("ed") and len(low) > 3:
        return _restore(low[:-2])
    if low.endswith("ing") and len(low) > 5:
        return _restore(low[:-3])
    if low.endswith("es") and len(low) > 4 and low[-3] in "sxz":
        return low[:-2]  # "crosses" -> "cross"
    if low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3:
        return low[:-1]
    return low


def _restore(stem: str) -> str:
    """The base form from a stem that lost -ed or -ing: undo consonant doubling, restore a dropped e."""
    if _doubled(stem):
        return stem[:-1]  # "stopp" -> "stop", "travell" -> "travel"
    if stem in W.E_STEMS or stem.endswith(W.E_AFTER_ENDINGS) or stem.endswith(W.E_AFTER_ANY):
        return stem + "e"
    last = stem[-1]
    if len(stem) >= 3 and last in W.E_AFTER_CVC:
        vowel, before = stem[-2], stem[-3]
        if vowel in W.E_AFTER_CVC[last] and (before not in _VOWELS or last == "s"):
            return stem + "e"
        if last == "t" and vowel == "a" and before in "iu":
            return stem + "e"  # "repatriat", "evacuat"
    return stem


def _doubled(stem: str) -> bool:
    if len(stem) < 4 or stem[-1] != stem[-2]:
        return False
    last = stem[-1]
    if last == "l":
        # "travell", "controll": -ell/-oll after an earlier vowel; not "kill", "yell", "quell".
        head = stem[:-3].replace("qu", "q")
        return stem[-3] in W.UNDOUBLE_L_AFTER and any(c in _VOWELS for c in head)
    return last in W.UNDOUBLE and stem[-3] in _VOWELS and stem[-4] not in _VOWELS


# Irregular forms that read as the present tense as often as the past ("they come", "cuts that
# hurt"): no evidence of a past clause on their own.
_PRESENT_TOO = frozenset(load("text/present_too"))


def is_past_form(word: str) -> bool:
    """True for an irregular past form or participle ("said", "taken", "fled"). Regular-looking
    forms ("died", "used": the lemma plus -d) and -ing forms are the caller's to test, since only
    the caller knows which of them are no verbs."""
    if word not in IRREGULAR or word in _PRESENT_TOO or word.endswith("ing"):
        return False
    return not (word.endswith("ed") and word.startswith(IRREGULAR[word]))

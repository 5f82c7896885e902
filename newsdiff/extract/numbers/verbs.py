"""Verb forms near numbers: recognising a participle and reducing it to its lemma.

The comparison step tells "sent back" from "held" by the lemma of the verb a number belongs to,
so "sent back", "sending back" and "send back" all become "send back". The irregular forms and
the spelling rules (data in `numwords`: IRREGULAR_VERBS, E_AFTER_*, UNDOUBLE) cover what news
writes about counts; they are a table plus a few suffix rules, not a morphological analyser.
"""

from __future__ import annotations

from newsdiff.lexicon import number_words as W

# Re-exported for the subject rules.
IRREGULAR = W.IRREGULAR_VERBS
NOT_VERBS = W.NOT_VERBS
PARTICLES = W.VERB_PARTICLES
NOMINALISATIONS = W.NOMINALISATIONS
_VOWELS = "aeiou"


def is_verb_form(word: str) -> bool:
    """True for a past form or participle this module can lemmatise ("held", "returned", "killing")."""
    low = word.lower()
    if low in IRREGULAR:
        return True
    if low in NOT_VERBS or len(low) < 4:
        return False
    return low.endswith("ed") or (low.endswith("ing") and len(low) > 5)


def lemma(word: str) -> str:
    """The base form of a verb form: "repatriated" -> "repatriate", "held" -> "hold", "scored" -> "score"."""
    low = word.lower()
    if low in IRREGULAR:
        return IRREGULAR[low]
    if low.endswith("ied") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith("ed") and len(low) > 3:
        return _restore(low[:-2])
    if low.endswith("ing") and len(low) > 5:
        return _restore(low[:-3])
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

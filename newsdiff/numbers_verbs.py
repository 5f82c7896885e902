"""Verb forms near numbers: recognising a participle and reducing it to its lemma.

The comparison step tells "sent back" from "held" by the lemma of the verb a number belongs to,
so "sent back", "sending back" and "send back" all become "send back". The irregular forms and
the spelling rules below cover what news writes about counts; they are data plus a few suffix
rules, not a morphological analyser.
"""

from __future__ import annotations

# Irregular past forms and participles common in news, mapped to their lemma.
IRREGULAR = {
    "sent": "send", "held": "hold", "fled": "flee", "put": "put", "taken": "take", "took": "take",
    "made": "make", "left": "leave", "brought": "bring", "caught": "catch", "kept": "keep",
    "found": "find", "seen": "see", "saw": "see", "given": "give", "gave": "give", "got": "get",
    "gotten": "get", "shot": "shoot", "hit": "hit", "hurt": "hurt", "lost": "lose", "paid": "pay",
    "sold": "sell", "told": "tell", "thrown": "throw", "threw": "throw", "beaten": "beat",
    "driven": "drive", "drove": "drive", "stolen": "steal", "struck": "strike", "slain": "slay",
    "spent": "spend", "built": "build", "bought": "buy", "led": "lead", "fed": "feed", "won": "win",
    "went": "go", "gone": "go", "ran": "run", "run": "run", "cut": "cut", "set": "set", "let": "let",
    "shut": "shut", "spread": "spread", "hidden": "hide", "hid": "hide", "withheld": "withhold",
    "drawn": "draw", "grown": "grow", "grew": "grow", "known": "know", "shown": "show",
    "sworn": "swear", "torn": "tear", "born": "bear", "borne": "bear", "chosen": "choose",
    "frozen": "freeze", "swept": "sweep", "felt": "feel", "dealt": "deal", "sought": "seek",
    "fought": "fight", "taught": "teach", "thought": "think", "stood": "stand", "begun": "begin",
    "began": "begin", "sunk": "sink", "sank": "sink", "come": "come", "came": "come",
    "become": "become", "became": "become", "fallen": "fall", "fell": "fall", "rose": "rise",
    "risen": "rise", "flown": "fly", "flew": "fly", "written": "write", "wrote": "write",
    "forgiven": "forgive", "hung": "hang", "laid": "lay", "lit": "light", "said": "say",
    "had": "have", "has": "have", "did": "do", "done": "do", "met": "meet", "sat": "sit",
    "bled": "bleed", "bred": "breed", "overrun": "overrun", "overtaken": "overtake",
    "rebuilt": "rebuild", "undertaken": "undertake", "withdrawn": "withdraw", "withdrew": "withdraw",
    "dying": "die", "lying": "lie", "tying": "tie", "having": "have", "being": "be", "seeing": "see",
    "freed": "free", "agreed": "agree", "guaranteed": "guarantee", "decreed": "decree",
    "died": "die", "lied": "lie", "tied": "tie", "used": "use", "using": "use",
}
# Words ending in -ed or -ing that are not verb forms (or whose base form keeps the ending).
NOT_VERBS = frozenset(
    """need needed indeed speed seed bed red shed hundred kindred sacred naked wicked rugged
    ragged wretched beloved learned aged alleged allegedly united limited interested
    thing nothing something anything everything king ring spring string morning evening
    during building ceiling wedding bring sing sting swing wing darling sibling ping
    exceed proceed succeed feed bleed breed weed heed including excluding according following
    regarding concerning notwithstanding""".split()
)
# Particles that belong to a phrasal verb: "sent back", "carried out", "locked up".
PARTICLES = frozenset({"back", "out", "up", "away", "off", "down", "home", "over", "in"})
# Nouns that name the event a count belongs to: "the repatriation of almost 170 defectors".
NOMINALISATIONS = {
    "repatriation": ("repatriate", "repatriated"), "repatriations": ("repatriate", "repatriated"),
    "deportation": ("deport", "deported"), "deportations": ("deport", "deported"),
    "arrest": ("arrest", "arrested"), "arrests": ("arrest", "arrested"),
    "detention": ("detain", "detained"), "release": ("release", "released"),
    "evacuation": ("evacuate", "evacuated"), "killing": ("kill", "killed"),
    "killings": ("kill", "killed"), "deaths": ("die", "died"), "death": ("die", "died"),
    "return": ("return", "returned"), "returns": ("return", "returned"),
    "expulsion": ("expel", "expelled"), "execution": ("execute", "executed"),
    "executions": ("execute", "executed"), "rescue": ("rescue", "rescued"),
    "displacement": ("displace", "displaced"), "imprisonment": ("imprison", "imprisoned"),
    "injuries": ("injure", "injured"), "sale": ("sell", "sold"), "sales": ("sell", "sold"),
    "purchase": ("buy", "bought"), "loss": ("lose", "lost"), "losses": ("lose", "lost"),
}

# Stem endings after which a dropped "e" comes back: "repatriat" -> "repatriate".
_E_AFTER_ANY = ("c", "v", "u", "z", "rg", "dg", "lg", "ang", "eng", "ys")
_VOWELS = "aeiou"
_E_AFTER_CVC = {"t": "au", "d": "aiu", "n": "i", "r": "aiu", "p": "ai", "m": "aiu", "l": "aiu",
                "b": "i", "k": "aio", "s": "aeiou"}
_UNDOUBLE = set("bdgmnprt")


def is_verb_form(word: str) -> bool:
    """True for a past form or participle this module can lemmatise ("held", "returned", "killing")."""
    low = word.lower()
    if low in IRREGULAR:
        return True
    if low in NOT_VERBS or len(low) < 4:
        return False
    return low.endswith("ed") or (low.endswith("ing") and len(low) > 5)


def lemma(word: str) -> str:
    """The base form of a verb form: "repatriated" -> "repatriate", "held" -> "hold"."""
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
    # "stopped" -> "stop": a doubled final consonant was added for the suffix.
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] in _UNDOUBLE:
        return stem[:-1]
    if stem.endswith(_E_AFTER_ANY):
        return stem + "e"
    last = stem[-1]
    if len(stem) >= 3 and last in _E_AFTER_CVC:
        vowel, before = stem[-2], stem[-3]
        if vowel in _E_AFTER_CVC[last] and (before not in _VOWELS or last == "s"):
            return stem + "e"
        if last == "t" and vowel == "a" and before in "iu":
            return stem + "e"  # "repatriat", "evacuat"
    return stem

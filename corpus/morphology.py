"""Polish morphology through morfeusz2: lemmas for search, nominative forms of names."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from corpus.native import morfeusz2

WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*", re.UNICODE)
_CASES = ("nom", "gen", "dat", "acc", "inst", "loc", "voc")


@lru_cache(maxsize=1)
def _analyser() -> morfeusz2.Morfeusz:
    return morfeusz2.Morfeusz(generate=False, expand_tags=False)


@lru_cache(maxsize=500_000)
def analyse(word: str) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(lemma, tag, qualifiers) of every reading of one word; cached since text repeats words."""
    readings = []
    for _start, _end, (_form, lemma, tag, qualifiers, _labels) in _analyser().analyse(word):
        readings.append((lemma.split(":")[0], tag, tuple(qualifiers)))
    return tuple(readings)


@lru_cache(maxsize=500_000)
def word_lemmas(word: str) -> tuple[str, ...]:
    lemmas: list[str] = []
    for lemma, tag, _ in analyse(word):
        if tag in ("interp", "ign") or not lemma.strip("-"):
            continue
        lemma = lemma.lower()
        if lemma not in lemmas:
            lemmas.append(lemma)
    return tuple(lemmas) or (word.lower(),)


def lemmatize(text: str) -> str:
    """Space-separated lemmas of every word, all readings of an ambiguous word kept
    (recall over precision: the ranking stage sorts the rest out)."""
    out: list[str] = []
    for match in WORD.finditer(text):
        out.extend(word_lemmas(match.group()))
    return " ".join(out)


def cases_of(tag: str) -> set[str]:
    parts = tag.split(":")
    found: set[str] = set()
    for part in parts:
        found.update(c for c in part.split(".") if c in _CASES)
    return found


def genders_of(tag: str) -> set[str]:
    found: set[str] = set()
    for part in tag.split(":"):
        for g in part.split("."):
            if g in ("f", "m1", "m2", "m3", "n"):
                found.add("f" if g == "f" else "m")
    return found


# Endings of surnames and foreign first names that the dictionary does not know,
# oblique form → nominative. Checked longest first.
_FEMININE_ENDINGS = [
    ("skiej", "ska"),
    ("ckiej", "cka"),
    ("dzkiej", "dzka"),
    ("owej", "owa"),
    ("yi", "ya"),
    ("ny", "na"),
]
_MASCULINE_ENDINGS = [
    ("skiego", "ski"),
    ("ckiego", "cki"),
    ("dzkiego", "dzki"),
    ("skiemu", "ski"),
    ("ckiemu", "cki"),
    ("dzkiemu", "dzki"),
    ("skim", "ski"),
    ("ckim", "cki"),
    ("owi", ""),  # the dative: "radnemu Grzegorzowi Brzęczyszczykiewiczowi"
]


def _guess_nominative(word: str, gender: str | None, oblique: bool) -> str:
    endings = _FEMININE_ENDINGS if gender == "f" else _MASCULINE_ENDINGS if gender == "m" else []
    if gender is None:
        endings = _FEMININE_ENDINGS[:4] + _MASCULINE_ENDINGS
    for oblique_ending, nominative_ending in endings:
        if word.endswith(oblique_ending) and len(word) > len(oblique_ending) + 1:
            return word[: -len(oblique_ending)] + nominative_ending
    if gender == "m" and oblique and word.endswith("a") and len(word) > 3 and word[-2] not in "aeiouyąęó":
        return word[:-1]
    return word


def _as_common_noun(word: str, gender: str | None, cases: set[str] | None) -> str | None:
    """ "Dębowi" → "Dąb", "Kotu" → "Kot", "Sowy" → "Sowa": a surname the dictionary knows only
    as a common noun (or a place), declined as that noun is; None where no oblique singular
    of the gender (and of one of ``cases``, where given) reads it so."""
    for lemma, tag, _ in analyse(word):
        found = cases_of(tag)
        if not tag.startswith("subst:sg") or "nom" in found or (cases and not found & cases):
            continue
        if gender and gender not in genders_of(tag):
            continue
        return lemma[:1].upper() + lemma[1:]
    return None


def _name_reading(
    word: str, kind: str, gender: str | None, agreeing: set[str] | None = None
) -> tuple[str, set[str], set[str]] | None:
    """The dictionary's reading of ``word`` as a first name or surname: (lemma, cases, genders).

    Only singular noun readings count ("Honoraty" is the genitive of Honorata, not a
    plural of Honorat; "Strok" is not the plural of Stroka); a reading in one of the
    ``agreeing`` cases wins (a surname takes its first name's case: "Jana Kosa" is Jan Kos,
    though "Kosa" is a surname too), then the nominative.
    """
    candidates = []
    readings = analyse(word)
    # Of two surnames a form may be, the one the dictionary knows more readings of: "Mazurowi"
    # is Mazur (a surname, a dance, a region), not Mazuro.
    entries = Counter(lemma.lower() for lemma, _, _ in readings)
    for lemma, tag, qualifiers in readings:
        if kind not in qualifiers or not lemma[:1].isupper():
            continue
        genders = genders_of(tag)
        if gender and genders and gender not in genders:
            continue
        if not tag.startswith("subst:sg"):
            continue
        cases = cases_of(tag)
        disagrees = bool(agreeing) and not cases & agreeing
        candidates.append(((disagrees, lemma != word, -entries[lemma.lower()]), lemma, cases, genders))
    if not candidates:
        return None
    _, lemma, cases, genders = min(candidates, key=lambda c: c[0])
    return lemma, cases, genders


def _surname_nominative(word: str, gender: str | None, oblique: bool, cases: set[str] | None = None) -> str:
    if "-" in word:
        return "-".join(_surname_nominative(part, gender, oblique, cases) for part in word.split("-"))
    agreeing = cases if oblique else None
    reading = _name_reading(word, "nazwisko", gender, agreeing) or _name_reading(word, "imię", gender, agreeing)
    if reading:
        return reading[0] if oblique or "nom" not in reading[1] else word
    if not oblique:
        return word
    return _as_common_noun(word, gender, cases) or _guess_nominative(word, gender, oblique)


def nominative_name(words: list[str], gender_hint: str | None = None) -> str:
    """'Moniki Kwiatkowskiej' → 'Monika Kwiatkowska'; 'Jana Kowalskiego' → 'Jan Kowalski'.

    The first word is read as a first name; its gender and case steer the others. A title
    before the name may tell its gender: "Pani Barbarze Kot" is Barbara, not Barbar.
    """
    if not words:
        return ""
    first, rest = words[0], words[1:]
    gender: str | None = None
    oblique = False
    cases: set[str] | None = None
    if gender_hint is None and rest:
        # No title, but a surname in an oblique case may tell: "Jarosława Kowalskiego" is his.
        surname = _name_reading(rest[-1], "nazwisko", None)
        if surname and surname[0] != rest[-1] and len(surname[2]) == 1:
            gender_hint = next(iter(surname[2]))
    reading = _name_reading(first, "imię", None)
    # An oblique form, or a woman's name that is also a man's in another case ("radnego
    # Jarosława Kowalskiego" is Jarosław): the title may tell whose.
    if gender_hint and reading and (reading[0] != first or gender_hint not in reading[2]):
        reading = _name_reading(first, "imię", gender_hint) or reading
    if reading:
        lemma, cases, genders = reading
        gender = next(iter(genders)) if len(genders) == 1 else None
        oblique = "nom" not in cases
        first = lemma if oblique else first
    else:
        guessed = _guess_nominative(first, "f", True)
        if guessed != first:
            gender, oblique, first = "f", True, guessed
    return " ".join(
        [first]
        + [_middle_nominative(word, gender, oblique) for word in rest[:-1]]
        + [_surname_nominative(word, gender, oblique, cases) for word in rest[-1:]]
    )


def _middle_nominative(word: str, gender: str | None, oblique: bool) -> str:
    """A word between the first name and the last: a second first name declines as one
    ("Jana Marii Rokity" is Jan Maria Rokita, "Piotra Pawła Nowaka" Piotr Paweł Nowak), else
    as a surname's first part; an initial ("Jan M. Rokita") or a particle ("Jan de Virion")
    stays as written."""
    if word.endswith(".") or word.islower():
        return word
    reading = _name_reading(word, "imię", gender) or _name_reading(word, "imię", None)
    if reading is None:
        return _surname_nominative(word, gender, oblique)
    return reading[0] if oblique else word


def first_name_gender(name: str) -> str | None:
    """ "Anna Lis" → "f", "Jan Kowalski" → "m"; None when the first name does not tell."""
    reading = _name_reading(name.split()[0], "imię", None) if name.split() else None
    genders = reading[2] if reading else set()
    return next(iter(genders)) if len(genders) == 1 else None


def nominative_surname(word: str) -> str:
    """A surname seen without its first name ("M.Kwiatkowskiej"): any gender."""
    if "-" in word:
        return "-".join(nominative_surname(part) for part in word.split("-"))
    reading = _name_reading(word, "nazwisko", None)
    if reading:
        return reading[0]
    return _as_common_noun(word, None, None) or _guess_nominative(word, None, True)


# Words a name, role or title keeps in lowercase when written in capitals.
_LOWERCASE_IN_NAMES = {"w", "we", "z", "ze", "do", "ds.", "i", "oraz", "na"}


def unshouted(text: str) -> str:
    """ "RADNY JAN KOWALSKI" is Radny Jan Kowalski; "KOMISJI BUDŻETU I FINANSÓW" Komisji Budżetu
    i Finansów: words in capitals as a name or title writes them otherwise."""

    def word_unshouted(index: int, word: str) -> str:
        if not word.isupper():
            return word
        if index and word.lower() in _LOWERCASE_IN_NAMES:
            return word.lower()
        return word.title()

    return " ".join(word_unshouted(index, word) for index, word in enumerate(text.split()))

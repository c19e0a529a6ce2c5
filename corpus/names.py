"""Finding people's names in Polish running text, in any grammatical case."""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.morphology import analyse, nominative_name, nominative_surname, unshouted

# A capitalised word, an initial ("M."), or an initial glued to a surname ("M.Kwiatkowska").
_TOKEN = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ]\.(?=\s?[A-ZĄĆĘŁŃÓŚŹŻ])|[^\W\d_]+(?:-[^\W\d_]+)*")
_CAPITALISED = re.compile(r"^[A-ZĄĆĘŁŃÓŚŹŻ]")


@dataclass
class NameMention:
    start: int
    end: int
    surface: str
    name: str  # nominative, as far as morphology can tell
    has_first_name: bool


# Lowercase words inside a surname ("Jan de Virion", "Anna van der Berg"); none a Polish word.
_PARTICLES = {"de", "van", "von", "der", "di", "du", "del", "della"}
_INITIAL = re.compile(r"^[A-ZĄĆĘŁŃÓŚŹŻ]\.$")
# Titles and roles that the dictionary also lists as names ("Pan" is a surname too).
_NEVER_NAMES = {
    "pan",
    "pani",
    "państwo",
    "radny",
    "radna",
    "poseł",
    "posłanka",
    "senator",
    "przewodniczący",
    "przewodnicząca",
    "wiceprzewodniczący",
    "wiceprzewodnicząca",
    "kierownik",
    "dyrektor",
    "prezydent",
    "marszałek",
    "wicemarszałek",
    "minister",
    "prezes",
    "burmistrz",
    "wójt",
    "starosta",
    "sekretarz",
    "skarbnik",
    "zastępca",
    "komisja",
    "rada",
    "miasto",
    "urząd",
    "naczelnik",
    "inspektor",
    "ekspert",
    # a volunteer firefighter's or scout's honorific: "Dh Piotr Wrona poinformował …"
    "dh",
    "druh",
    "druhna",
}


# Titles that say whose name follows: "Pani Barbarze Kot" is a woman's.
_TITLE_GENDER = {
    **dict.fromkeys(("pani", "panią", "radna", "radnej", "radną", "posłanka", "posłanki", "posłance"), "f"),
    # ("Poseł" and "Dyrektor" name women too: "Poseł Krystyna Łybacka".)
    **dict.fromkeys(("pan", "pana", "panu", "panem", "radny", "radnego", "radnemu", "radnym"), "m"),
}


def _is_title(word: str) -> bool:
    return word.lower() in _NEVER_NAMES or any(lemma.lower() in _NEVER_NAMES for lemma, _, _ in analyse(word))


def _is_first_name(word: str, after_title: bool) -> bool:
    if _is_title(word):
        return False
    readings = analyse(word)
    if any("imię" in qualifiers for _, _, qualifiers in readings):
        return True
    # Foreign first names (Viktoriya, Viktoriyi) are unknown to the dictionary; so are typos
    # ("Klastr"), so an unknown word counts as a first name only right after a title, and
    # not in capitals: "Dyrektor ZDM Jan Kowalski" is no "ZDM Jan Kowalski".
    return after_title and not word.isupper() and all(tag == "ign" for _, tag, _ in readings)


def can_be_first_name(word: str) -> bool:
    """Whether the dictionary knows ``word`` as a first name (and it is no title)."""
    return _is_first_name(word, after_title=False)


def _only_a_surname(word: str) -> bool:
    """A capitalised word with no reading but a surname's, or none the dictionary knows."""
    readings = analyse(word)
    return (
        word[:1].isupper()
        and not _is_title(word)
        and all(tag == "ign" or "nazwisko" in qualifiers for _, tag, qualifiers in readings)
    )


def _surname_after_first_name(word: str) -> bool:
    """After a first name, a place is a surname too: many surnames spell a place, and the
    dictionary may know only the place ("Agata Wojtyszek", the genitive of the village
    Wojtyszki, was no name). Not so after an office: "Burmistrz Kórnika" is the town's."""
    readings = analyse(word)
    return can_be_surname(word) or all("nazwa_geograficzna" in qualifiers for _, _, qualifiers in readings)


def can_be_surname(word: str) -> bool:
    if _is_title(word):
        return False
    readings = analyse(word)
    if all(tag == "ign" for _, tag, _ in readings):
        return True
    if any("nazwisko" in qualifiers or "imię" in qualifiers for _, _, qualifiers in readings):
        return True
    # Hyphenated surnames: each part judged on its own.
    if "-" in word:
        return all(can_be_surname(part) for part in word.split("-"))
    return False


def _leads_to_surname(tokens: list[tuple[int, int, str]], at: int, text: str) -> bool:
    """Whether token ``at`` (and any particles from it) runs on, unbroken, into a surname."""
    while at < len(tokens) and not text[tokens[at - 1][1] : tokens[at][0]].strip():
        word = tokens[at][2]
        if word not in _PARTICLES:
            return bool(_CAPITALISED.match(word)) and not _INITIAL.match(word) and _surname_after_first_name(word)
        at += 1
    return False


def find_names(text: str) -> list[NameMention]:
    """Every 'First Surname' or 'I. Surname' in ``text``, first names known to the
    dictionary or unknown to it, surnames followed by at most one more surname part."""
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    mentions: list[NameMention] = []
    i = 0
    while i < len(tokens):
        start, end, word = tokens[i]
        if not _CAPITALISED.match(word):
            i += 1
            continue
        initial = len(word) == 2 and word.endswith(".")
        if (
            word == "P."
            and i + 1 < len(tokens)
            and (
                _is_first_name(tokens[i + 1][2], False)
                or (_INITIAL.match(tokens[i + 1][2]) and _leads_to_surname(tokens, i + 2, text))
            )
        ):
            i += 1  # "P. Jan Nowak", "P. M. Nowak": "P." is Pan or Pani, not an initial
            continue
        # A foreign first name opening a sentence ("Olena Kovalenko dodała, że …") is as
        # likely a name as one after a title when nothing but a surname can follow it
        # ("Klastr Lubelska Medycyna": a typo, and "Lubelska" is an adjective too).
        after_title = (i > 0 and _is_title(tokens[i - 1][2])) or (
            i == 0 and not text[:start].strip() and i + 1 < len(tokens) and _only_a_surname(tokens[1][2])
        )
        if (initial or _is_first_name(word, after_title)) and i + 1 < len(tokens):
            parts = [word]
            j = i + 1
            while j < len(tokens) and len(parts) < 5 and not text[tokens[j - 1][1] : tokens[j][0]].strip():
                word_j = tokens[j][2]
                if word_j in _PARTICLES or _INITIAL.match(word_j):
                    # "Jan de Virion", "Anna van der Berg", "Jan M. Rokita": inside a name only.
                    if not _leads_to_surname(tokens, j + 1, text):
                        break
                elif not _CAPITALISED.match(word_j) or not (
                    _surname_after_first_name(word_j) or _is_first_name(word_j, False)
                ):
                    break
                parts.append(word_j)
                j += 1
            if len(parts) >= 2:
                last_end = tokens[j - 1][1]
                if initial:
                    name = " ".join([parts[0]] + [nominative_surname(p) for p in parts[1:]])
                else:
                    title = tokens[i - 1][2].lower() if i > 0 else ""
                    name = nominative_name(parts, _TITLE_GENDER.get(title))
                # "Jan KOWALSKI", as some offices write surnames: the name is Jan Kowalski.
                name = unshouted(name)
                mentions.append(NameMention(start, last_end, text[start:last_end], name, not initial))
                i = j
                continue
        i += 1
    return mentions

"""Committee and council names as a protocol's title writes them (genitive) → nominative.

"posiedzenia doraźnej Komisji Rady Miasta Lublin ds. Współpracy Międzynarodowej" gives the
committee "Doraźna Komisja ds. Współpracy Międzynarodowej" and the body "Rada Miasta Lublin".
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus.morphology import analyse, unshouted
from corpus.native import morfeusz2

_BODY_HEADS = r"(?:Rad[ayzieę]|Sejmik(?:u|a)?|Zgromadzeni[ae]|Sejm(?:u)?|Senat(?:u)?)"
# A body is its head noun followed by capitalised words (and the "w" of "Rada Miejska
# w Gdańsku", the "m.st." of Warsaw), up to the first lowercase word such as "ds.".
_NOT_BODY_WORDS = r"(?!(?:Kadencja|Sprawozdanie|Biuletyn|Dzień|Protokół|Posiedzenie|Podkomisja|Komisja)\b)"
_BODY = re.compile(
    rf"\b{_BODY_HEADS}(?:\s+(?:w(?:e)?(?=\s+[A-ZĄĆĘŁŃÓŚŹŻ])|m\.\s?st\.|{_NOT_BODY_WORDS}[A-ZĄĆĘŁŃÓŚŹŻ][\w\-.]*))+",
)
_COMMITTEE = re.compile(
    r"(?:(?:\b[a-ząćęłńóśźż]+(?:ej|ego)\s+)?\b(?:Komisj[iaęą]|KOMISJI|Komitetu|Zespołu|Podkomisji))[^\n]*", re.I
)
_COMMITTEE_END = re.compile(
    r",?\s+(?i:z\s+dnia|w\s+dniu|dnia|odbyt\w*|któr\w+|zwołan\w*|w\s+sprawie|na\s+posiedzeniu)\b|\s*[;(]|\s+\d"
    r"|\s+(?i:nr)\.?\s*\d"  # "… Rady Miasta Gorzowa Wielkopolskiego nr 4/2024"
    r"|\s+(?i:protok[oó][lł])"  # a running head above the title: "… Komisji Infrastruktury PROTOKÓŁ NR 5"
    # The title's next line run into it: "… Rady Gminy Jabłonna Posiedzenie odbyło się …".
    r"|\s+(?:Posiedzenie|Obrady|Zebranie|Spotkanie)\b",
)


@lru_cache(maxsize=1)
def _generator() -> morfeusz2.Morfeusz:
    return morfeusz2.Morfeusz(analyse=False, generate=True, expand_tags=True)


def _tag_parts(tag: str) -> set[str]:
    return {value for part in tag.split(":") for value in part.split(".")}


def _genitive_noun_gender(word: str) -> str | None:
    """Gender of ``word`` read as a singular genitive noun that is not also an adjective."""
    readings = analyse(word)
    if any(tag.startswith(("adj", "pact")) for _, tag, _ in readings):
        return None
    for _, tag, _ in readings:
        parts = _tag_parts(tag)
        if tag.startswith("subst") and "sg" in parts and "gen" in parts:
            return next((g for g in ("f", "n", "m1", "m2", "m3") if g in parts), None)
    return None


def _nominative(word: str, want: str, gender: str) -> str:
    """Singular nominative of ``word`` read as ``want`` ('subst' or 'adj') in ``gender``."""
    if "-" in word:
        # "Statutowo-Regulaminowej": only the last part declines ("Statutowo-Regulaminowa").
        head, _, last = word.rpartition("-")
        return f"{head}-{_nominative(last, want, gender)}"
    for lemma, tag, _ in analyse(word):
        parts = _tag_parts(tag)
        if not tag.startswith(want) or "sg" not in parts or "gen" not in parts:
            continue
        for form, _lemma, form_tag, _q, _l in _generator().generate(lemma):
            form_parts = _tag_parts(form_tag)
            comparison_ok = want != "adj" or "pos" in form_parts
            if form_tag.startswith(want) and {"sg", "nom", gender} <= form_parts and comparison_ok:
                return form[0].upper() + form[1:] if word[0].isupper() else form
    return word


def _is_genitive_adjective(word: str) -> bool:
    return any(tag.startswith("adj") and "gen" in _tag_parts(tag) for _, tag, _ in analyse(word))


def _head_to_nominative(phrase: str) -> str:
    """Nominative of the head noun and the adjectives right beside it that agree with it.

    A phrase whose head is not in the genitive is already a name and stays as written.
    """
    words = phrase.split()
    head = next((i for i, w in enumerate(words) if not _is_genitive_adjective(w)), None)
    if head is None:
        return phrase
    gender = _genitive_noun_gender(words[head])
    if gender is None:
        return phrase
    out = list(words)
    out[head] = _nominative(words[head], "subst", gender)
    for i in list(range(head - 1, -1, -1)) + list(range(head + 1, len(words))):
        if i > head and not all(_is_genitive_adjective(w) for w in words[head + 1 : i + 1]):
            break
        if i < head and not _is_genitive_adjective(words[i]):
            continue
        out[i] = _nominative(words[i], "adj", gender)
    text = " ".join(out)
    return text[0].upper() + text[1:]


# Two or more words in capitals in a row (an acronym alone, "MOPS", stays as it is).
_SHOUTED_RUN = re.compile(r"\b[A-ZĄĆĘŁŃÓŚŹŻ]{2,}(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ]+)+\b")


def split_committee_and_body(title: str) -> tuple[str | None, str | None]:
    """(committee, body) in the nominative from a protocol title, either missing → None."""
    title = " ".join(title.split())
    letters = [c for c in title if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.8 * len(letters):
        title = unshouted(title)  # "Z POSIEDZENIA KOMISJI BUDŻETU I FINANSÓW RADY MIASTA TORUNIA"
    # A letterhead in capitals above a title that is not: "RADA MIASTA SŁUPSKA / Komisja …".
    title = _SHOUTED_RUN.sub(lambda run: unshouted(run.group()), title)
    committee_match = _COMMITTEE.search(title)
    committee_phrase = None
    if committee_match:
        committee_phrase = committee_match.group()
        end = _COMMITTEE_END.search(committee_phrase)
        if end:
            committee_phrase = committee_phrase[: end.start()]
    body_match = _BODY.search(committee_phrase or title)
    body = None
    if body_match:
        body = _head_to_nominative(body_match.group().strip())
        if committee_phrase:
            # "Komisji Sportu Rady Miasta Zakopane, 12 lutego …": the comma after the body is no
            # part of the committee's name.
            committee_phrase = (committee_phrase[: body_match.start()] + committee_phrase[body_match.end() :]).strip(
                " ,;–-"
            )
    elif committee_phrase and (body_elsewhere := _BODY.search(title)):
        body = _head_to_nominative(body_elsewhere.group().strip())
    committee = _committees_to_nominative(" ".join(committee_phrase.split())) if committee_phrase else None
    return committee, body


# "… Komisji Budżetu i Finansów oraz Komisji Rozwoju Miasta": a joint meeting names each.
_NEXT_COMMITTEE = re.compile(r"(\s+(?:oraz|i)\s+)(?=Komisj)")


def _committees_to_nominative(phrase: str) -> str:
    parts = _NEXT_COMMITTEE.split(phrase)
    return "".join(part if index % 2 else _head_to_nominative(part) for index, part in enumerate(parts))

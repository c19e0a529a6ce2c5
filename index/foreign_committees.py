"""Committees named in other languages: "the budget committee", "Bildungsausschuss",
"комісія з питань освіти", "бюджетной комиссии", "comisión de presupuesto".

Polish council committees are named after a small, fixed set of subjects (budget, audit,
education, culture, health, transport, …); a word stem for each subject in English, German,
Ukrainian, Russian and Spanish gives the Polish lemma that a committee's own name has.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice

# (stems of the subject in other languages, the lemmas Polish committee names use for it)
_SUBJECTS: list[tuple[tuple[str, ...], frozenset[str]]] = [
    (("budget", "haushalt", "бюджет", "presupuest"), frozenset({"budżetowy", "budżet"})),
    (("financ", "finanz", "фінанс", "финанс"), frozenset({"finanse", "finansowy"})),
    (("audit", "revision", "rechnungsprüf", "prüfung", "ревізій", "ревизион", "control", "kontroll", "контрол"),
     frozenset({"rewizyjny"})),
    (("educat", "educac", "bildung", "schul", "освіт", "образован", "school"), frozenset({"edukacja", "oświata"})),
    (("sport", "спорт", "deport"), frozenset({"sport"})),
    (("recreat", "recreac", "erholung", "рекреац"), frozenset({"rekreacja"})),
    (("internation", "internacional", "міжнародн", "международн"), frozenset({"międzynarodowy"})),
    (("cooperat", "co-operat", "cooperac", "zusammenarbeit", "kooperation", "співпрац", "сотрудничеств"),
     frozenset({"współpraca"})),
    (("foreign", "ausland", "закордон", "зарубеж"), frozenset({"zagraniczny", "międzynarodowy"})),
    (("cultur", "kultur", "культур"), frozenset({"kultura"})),
    (("health", "gesundheit", "здоров", "salud", "sanidad"), frozenset({"zdrowie"})),
    (("social", "sozial", "соціальн", "социальн"), frozenset({"społeczny"})),
    (("complaint", "beschwerde", "скарг", "жалоб", "queja"), frozenset({"skarga"})),
    (("petition", "петиці", "петици", "petici"), frozenset({"petycja"})),
    (("environment", "umwelt", "довкілл", "екологі", "экологи", "окружающ", "ambient"), frozenset({"środowisko"})),
    (("infrastruct", "infrastruktur", "інфраструктур", "инфраструктур", "infraestructur"),
     frozenset({"infrastruktura"})),
    (("transport", "verkehr", "транспорт"), frozenset({"transport", "komunikacja"})),
    (("develop", "entwicklung", "розвит", "развити", "desarroll"), frozenset({"rozwój"})),
    (("econom", "wirtschaft", "економі", "экономи", "económ"), frozenset({"gospodarka", "gospodarczy"})),
    (("communal", "municipal", "kommunal", "комунальн", "коммунальн"), frozenset({"komunalny"})),
    (("housing", "wohnung", "житл", "жилищ", "vivienda"), frozenset({"mieszkaniowy"})),
    (("safety", "security", "sicherheit", "безпек", "безопасн", "segurid"), frozenset({"bezpieczeństwo"})),
    (("family", "famili", "сімей", "семей", "семь"), frozenset({"rodzina"})),
    (("youth", "jugend", "молод", "juventud"), frozenset({"młodzież"})),
    (("touris", "turism", "турист"), frozenset({"turystyka"})),
    (("promot", "promoc", "промоц", "продвижени"), frozenset({"promocja"})),
    (("planning", "planung", "планув", "планирован", "planificac"), frozenset({"planowanie"})),
    (("spatial", "raumordnung", "просторов", "пространствен"), frozenset({"przestrzenny"})),
    (("property", "eigentum", "vermögen", "майн", "имуществ", "patrimoni"), frozenset({"mienie"})),
    (("constitution", "verfassung", "конституц", "constituc"), frozenset({"konstytucyjny"})),
]  # fmt: skip

_CUE = re.compile(r"\b(?:committee|commission|kommission|комісі\w*|комисси\w*|комитет\w*|comisi[oó]n|comit[eé])\b|"
                  r"\b(\w*?)s?ausschuss\w*", re.I)  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Words that join a committee word to its subjects: "committee on/for X", "Ausschuss für X",
# "комісія з питань X", "комиссия по X", "comisión de X", and "X and Y".
_LINKS = {
    "on", "for", "of", "the", "and", "für", "und", "з", "питань", "та", "і", "й", "по", "вопросам", "и",
    "de", "del", "la", "los", "y",
}  # fmt: skip
_REACH = 5  # words on either side of the committee word that may name its subject
_REACH_CHARS = 120


def _subject_lemmas(word: str) -> frozenset[str]:
    word = word.lower()
    found: set[str] = set()
    for stems, lemmas in _SUBJECTS:
        if any(word.startswith(stem) for stem in stems):
            found |= lemmas
    return frozenset(found)


def foreign_committee_mentions(
    question: str, committees: list[tuple[set[str], set[int]]]
) -> Iterable[tuple[tuple[int, int], set[int]]]:
    """Spans naming a committee of the store in another language, with its meetings. The
    subject words stand next to the committee word: before it ("budget committee", "бюджетна
    комісія"), inside it ("Haushaltsausschuss") or after a linking word ("committee on
    education", "комісія з питань освіти")."""
    for cue in _CUE.finditer(question):
        subjects: list[tuple[tuple[int, int], frozenset[str]]] = []
        if cue.group(1):
            subjects.append((cue.span(), _subject_lemmas(cue.group(1))))
        # pos/endpos keep spans in the question's coordinates; the window keeps a long
        # question's cost linear.
        before = list(_WORD.finditer(question, max(0, cue.start() - _REACH_CHARS), cue.start()))[-_REACH:]
        for word in reversed(before):
            lemmas = _subject_lemmas(word.group())
            if lemmas:
                subjects.append((word.span(), lemmas))
            elif word.group().lower() not in _LINKS - {"the"}:
                break
        after = list(islice(_WORD.finditer(question, cue.end()), _REACH))
        if after and after[0].group().lower() in _LINKS:
            for word in after:
                lemmas = _subject_lemmas(word.group())
                if lemmas:
                    subjects.append((word.span(), lemmas))
                elif word.group().lower() not in _LINKS:
                    break
        named = frozenset().union(*(lemmas for _, lemmas in subjects)) if subjects else frozenset()
        if not named:
            continue
        best, meetings = 0, set()
        for wanted, ids in committees:
            hits = len(wanted & named)
            if hits > best:
                best, meetings = hits, set(ids)
            elif hits and hits == best:
                meetings |= ids
        if meetings:
            start = min([cue.start()] + [span[0] for span, lemmas in subjects if lemmas])
            end = max([cue.end()] + [span[1] for span, lemmas in subjects if lemmas])
            yield (start, end), meetings

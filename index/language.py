"""Which language a question is in: lexical matching on Polish lemmas helps only Polish ones."""

from __future__ import annotations

import re

from corpus.morphology import WORD, analyse

_POLISH_LETTERS = set("ąćęłńśźżĄĆĘŁŃŚŹŻ")
_UKRAINIAN_LETTERS = set("іїєґІЇЄҐ")
_RUSSIAN_LETTERS = set("ыэъёЫЭЪЁ")
_GERMAN_LETTERS = set("äöüßÄÖÜ")
_SPANISH_LETTERS = set("ñáéíúÑÁÉÍÚ")
_FUNCTION_WORDS = {
    "en": {
        "the",
        "what",
        "did",
        "does",
        "do",
        "is",
        "are",
        "how",
        "who",
        "which",
        "when",
        "where",
        "about",
        "of",
        "and",
        "for",
        "say",
        "said",
        "my",
        "many",
        "much",
        "there",
        "this",
        "will",
        "can",
    },
    "de": {
        "der",
        "die",
        "das",
        "und",
        "ist",
        "wie",
        "was",
        "welche",
        "wer",
        "hat",
        "sagte",
        "über",
        "im",
        "den",
        "ein",
        "eine",
        "gibt",
    },
    "es": {
        "el",
        "la",
        "los",
        "las",
        "que",
        "qué",
        "cómo",
        "de",
        "del",
        "es",
        "son",
        "quién",
        "sobre",
        "dijo",
        "en",
        "por",
        "hay",
    },
    "pl": {
        "czy",
        "jak",
        "jakie",
        "jaki",
        "kto",
        "co",
        "się",
        "na",
        "w",
        "o",
        "i",
        "z",
        "ile",
        "który",
        "która",
        "jest",
        "są",
        "do",
    },
}
_UKRAINIAN_WORDS = {"як", "що", "чи", "хто", "який", "яка", "які", "де", "коли", "скільки", "про", "та", "це", "від"}
_RUSSIAN_WORDS = {"как", "что", "ли", "кто", "какой", "какая", "какие", "где", "когда", "сколько", "о", "это", "от"}
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")

LANGUAGES = ("pl", "en", "uk", "ru", "de", "es")


def detect_language(text: str) -> str:
    """The question's language; Polish when nothing in it says otherwise, but English when
    most of its words are none the Polish dictionary knows ("homeless shelters", "bike
    lanes": keywords, no function word to go by, were judged as Polish and found nothing)."""
    if evidence := language_evidence(text):
        return evidence
    # Names say nothing of the language around them: "Skyway Gubałówka" stays Polish.
    common = [word for word in WORD.findall(text) if len(word) > 3 and not word[:1].isupper()]
    unknown = sum(all(tag == "ign" for _, tag, _ in analyse(word)) for word in common)
    return "en" if common and 2 * unknown > len(common) else "pl"


def language_evidence(text: str) -> str | None:
    """The language the text's letters and words point to, or None when they point nowhere."""
    if _CYRILLIC.search(text):
        letters = set(text)
        if letters & _UKRAINIAN_LETTERS:
            return "uk"
        if letters & _RUSSIAN_LETTERS:
            return "ru"
        words = {w.lower() for w in WORD.findall(text)}
        return "uk" if len(words & _UKRAINIAN_WORDS) > len(words & _RUSSIAN_WORDS) else "ru"
    words = WORD.findall(text)
    if not words:
        return None
    scores: dict[str, float] = {
        lang: sum(w.lower() in vocabulary for w in words) for lang, vocabulary in _FUNCTION_WORDS.items()
    }
    # Letters of one language are strong evidence in ordinary words, weak in capitalised
    # ones: "roads repaired in Gdańsk" is English, "Müssen Mitglieder …" still German.
    for word in words:
        weight = 0.5 if word[:1].isupper() else 2.0
        for lang, alphabet in (("pl", _POLISH_LETTERS), ("de", _GERMAN_LETTERS), ("es", _SPANISH_LETTERS)):
            if alphabet.intersection(word):
                scores[lang] += weight
    if "¿" in text or "¡" in text:
        scores["es"] += 2.0
    if not any(scores.values()):
        # No function word to go by: words the Polish dictionary knows tip unaccented Polish.
        known = sum(any(tag != "ign" for _, tag, _ in analyse(w)) for w in words if len(w) > 3)
        return "pl" if known >= max(1, len(words) // 2) else None
    return max(scores, key=lambda lang: (scores[lang], lang == "pl"))

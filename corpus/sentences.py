"""Sentence boundaries in Polish record text, abbreviations and initials respected."""

from __future__ import annotations

import re

# Ranks of the police, fire service and army, abbreviated before a name: "mł. insp. Adam Róg".
RANKS = {
    "mł", "st", "insp", "podinsp", "nadinsp", "kom", "podkom", "nadkom", "asp", "sierż", "bryg", "kpt", "mjr", "płk",
    "ppłk", "gen",
}  # fmt: skip
# Academic degrees and titles, abbreviated before a name: "prof. dr hab. Marek Lis", "mec. Jan Kot".
DEGREES = {"prof", "dr", "hab", "doc", "inż", "mgr", "mec"}
# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = {
    "np", "tzw", "godz", "ul", "ok", "zał", "r", "br", "m.in", "tj", "pkt", "nr", "ust", "art", "św", "tys", "mln",
    "mld", "wg", "ds", "im", "al", "pl", "ww", "jw", "m-cu", "m-ca", "tel", "os", "zob", "ks", "dyr", "kier", "zast",
    "przew", "wiceprzew", "odp", "pyt", "pn", "ws", "dot", "gm", "pow", "woj", "nacz", "wydz", "ref", "sekr",
    "przedst",
} | RANKS | DEGREES  # fmt: skip
# Abbreviations that follow a number ("2025 r.", "300 tys."), ending a sentence as often as not.
_AFTER_A_NUMBER = {"r", "tys", "mln", "mld"}
# A sentence may open with "p." for Pan or Pani: "… sceny. p. Kowalski odpowiedział …"; it
# may end in a quotation's closing mark: "„… w parku.” Radna Ewa Sowa poparła …".
CLOSING_QUOTES = '”"»'
_END = re.compile(rf"[.!?…]+[{CLOSING_QUOTES}]?(?=\s+(?:[„\"(]?[A-ZĄĆĘŁŃÓŚŹŻ0-9]|p\.\s*[A-ZĄĆĘŁŃÓŚŹŻ]))")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; together they cover the text but for the spaces between."""
    bounds = []
    start = 0
    for match in _END.finditer(text):
        if match.start() < start:
            continue
        before = re.search(r"(\S+)$", text[start : match.start()])
        word = before.group(1).lower().lstrip('("„') if before else ""
        # "… do końca 2025 r. Radny Jan Lis zapytał …", "… 300 tys. Pani Skarbnik …": after a
        # number these end a sentence before a capital (two speakers' words ran into one).
        after_number = word in _AFTER_A_NUMBER and re.search(r"\d\s*$", text[start : match.start() - len(word)])
        if not after_number and (
            word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or re.fullmatch(r"(?:\w\.)+\w", word)
        ):
            continue
        # "1. Informacja o …": a point's number opens its line or sentence, ending none.
        before_number = text[start : match.start() - len(word)].rstrip(" \t")
        if word.isdigit() and len(word) <= 2 and (not before_number or before_number.endswith(("\n", ":"))):
            continue
        bounds.append((start, match.end()))
        start = match.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds

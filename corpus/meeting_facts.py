"""The sentences in which a protocol's narration states a fact of its meeting: who chaired,
who was absent, when it ran, who took the minutes. The parser reads the facts from them, the
attribution knows them for the minute-taker's own words, the index leads them with the
question they answer."""

from __future__ import annotations

import re

CHAIR = re.compile(
    r"(?:obrad\w*|posiedzeni\w*|zebrani\w*|spotkani\w*)\s+(?:\w+\s+){0,2}?(?:prowadził|przewodniczył|otworzył)a?\b"
    r"|(?:prowadził|przewodniczył|otworzył)a?\s+(?:\w+\s+){0,2}?(?:obrad\w*|posiedzeni\w*|zebrani\w*)"
    r"|pod\s+przewodnictwem"
    r"|^\s*(?:prowadził|przewodniczył)a?\s*:",  # "Przewodniczyła: radna Anna Nowak – …"
    re.I | re.M,
)
ABSENT = re.compile(r"\bnieobecn\w*", re.I)
NOBODY_ABSENT = re.compile(r"nieobecn\w*\s+nie\s+było|wszyscy\s+(?:członkowie|radni)\s+(?:byli\s+)?obecni", re.I)
MINUTE_TAKER = re.compile(
    r"\b(?:protokołował|protokół\s+sporządził|sporządził|protokolant)\w*\s*:?\s*(.*)$", re.I | re.S
)
# "Protokołowała: Anna Kaczmarek" with its colon: the record's sign-off, nobody's speech (a
# speech reads "Sporządziłem raport …").
SIGN_OFF = re.compile(r"^\s*(?:protokołował|protokół\s+sporządził|sporządził|protokolant)(?:a|ka)?\s*:", re.I)
_TIME = r"(\d{1,2})(?:[.:](\d{2})|\s+min\.?\s+(\d{1,2}))?"
DURATION = re.compile(rf"\bod\s+(?:godz(?:iny|\.)?\s*)?{_TIME}\s+do\s+(?:godz(?:iny|\.)?\s*)?{_TIME}", re.I)
STARTED = re.compile(rf"(?:rozpocz|otwar|otworz|wznowi)\w*\s+(?:\w+\s+){{0,3}}?o\s+godz(?:inie|\.)?\s*{_TIME}", re.I)
ENDED = re.compile(rf"(?:zakończ|zamkn)\w*\s+(?:\w+\s+){{0,3}}?o\s+godz(?:inie|\.)?\s*{_TIME}", re.I)
# As a form writes them: "Początek posiedzenia: godz. 16.00", "Zakończenie: 17.45".
_FORM_TIME = (
    r"(?:\s+(?:posiedzenia|obrad|zebrania))?\s*:?\s*(?:o\s+)?(?:godz(?:ina|inie|\.)?\s*)?(\d{1,2})[.:](\d{2})(?!\d)"
)
STARTED_AS_FORM = re.compile(rf"\b(?:początek|rozpoczęcie){_FORM_TIME}", re.I)
ENDED_AS_FORM = re.compile(rf"\b(?:koniec|zakończenie){_FORM_TIME}", re.I)
# "Na tym posiedzenie zakończono.", "Przewodnicząca zamknęła obrady.", "Zamknięcie posiedzenia".
CLOSES_MEETING = re.compile(
    r"(?:posiedzeni|obrad|zebrani)\w*\s+(?:\w+\s+){0,2}?(?:zakończ|zamkn)\w*"
    r"|(?:zakończ|zamkn)\w*\s+(?:\w+\s+){0,2}?(?:posiedzeni|obrad|zebrani)\w*",
    re.I,
)
# The facts, by the sentences that state them.
MEETING_FACT_SENTENCES: dict[str, tuple[re.Pattern[str], ...]] = {
    "chair": (CHAIR,),
    "absent": (ABSENT, NOBODY_ABSENT),
    "times": (DURATION, STARTED, ENDED, STARTED_AS_FORM, ENDED_AS_FORM),
}


def states_meeting_fact(sentence: str) -> bool:
    return bool(MINUTE_TAKER.search(sentence)) or any(
        pattern.search(sentence) for patterns in MEETING_FACT_SENTENCES.values() for pattern in patterns
    )

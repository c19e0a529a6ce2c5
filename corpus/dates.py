"""Dates as Polish records write them → ISO 8601 (YYYY-MM-DD, or YYYY-MM when only the month is given)."""

from __future__ import annotations

import re
from datetime import date

MONTH_STEMS = {
    "stycz": 1,
    "lut": 2,
    "marz": 3,
    "marc": 3,
    "kwie": 4,
    "kwiet": 4,
    "maj": 5,
    "czerw": 6,
    "lip": 7,
    "sierp": 8,
    "wrze": 9,
    "wrzes": 9,
    "wrześ": 9,
    "paźdz": 10,
    "pazdz": 10,
    "listop": 11,
    "grud": 12,
}
_ROMAN_MONTHS = {
    r: i for i, r in enumerate(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"], start=1)
}
_MONTH_WORD = (
    r"(stycz\w*|lut\w*|mar[cz]\w*|kwie\w*|maj\w*|czerw\w*|lip\w*|sierp\w*|wrze\w*|pa[źz]dz\w*|listop\w*|grud\w*)"
)
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})\s*{_MONTH_WORD}\s*(\d{{4}})", re.I)
# A year may have "r." glued to it: "5.03.2024r.".
_NUMERIC = re.compile(r"\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?!\d)")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?!\d)")
_ROMAN = re.compile(r"\b(\d{1,2})[ .]+(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)[ .]+(\d{4})(?!\d)")
_MONTH_YEAR = re.compile(rf"\b{_MONTH_WORD}\s+(\d{{4}})(?!\d)", re.I)


def _month_number(word: str) -> int | None:
    word = word.lower()
    for stem in sorted(MONTH_STEMS, key=len, reverse=True):
        if word.startswith(stem):
            return MONTH_STEMS[stem]
    return None


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _full_dates(text: str) -> list[tuple[int, str]]:
    """Every full date in ``text``: (position, ISO string), in order."""
    found: list[tuple[int, str]] = []
    for match in _DAY_MONTH_YEAR.finditer(text):
        month = _month_number(match.group(2))
        if month and (iso := _iso(int(match.group(3)), month, int(match.group(1)))):
            found.append((match.start(), iso))
    for match in _NUMERIC.finditer(text):
        if iso := _iso(int(match.group(3)), int(match.group(2)), int(match.group(1))):
            found.append((match.start(), iso))
    for match in _ISO.finditer(text):
        if iso := _iso(int(match.group(1)), int(match.group(2)), int(match.group(3))):
            found.append((match.start(), iso))
    for match in _ROMAN.finditer(text):
        if iso := _iso(int(match.group(3)), _ROMAN_MONTHS[match.group(2)], int(match.group(1))):
            found.append((match.start(), iso))
    return sorted(found)


def find_date(text: str) -> tuple[str, int] | None:
    """The first full date in ``text`` as (ISO string, position), or a month and year."""
    found = _full_dates(text)
    if found:
        position, iso = found[0]
        return iso, position
    for match in _MONTH_YEAR.finditer(text):
        month = _month_number(match.group(1))
        if month:
            return f"{int(match.group(2)):04d}-{month:02d}", match.start()
    return None


# "z dnia 5 marca", "w dniu", "odbytego 5 marca", "które odbyło się 2024-03-05": the date a
# meeting was held.
_HELD_ON = re.compile(r"\b(?:dnia|dniu|odby(?:ł|t)\w*(?:\s+się)?)\s*$", re.I)
# "Płock, dnia 12.03.2024 r." above "Protokół nr …": where and when the minutes were written.
_WRITTEN_AT = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+(?:\s+[\w-]+)?,\s*(?:dnia\s*)?$")
_RECORD_WORD = re.compile(r"\b(?:protokół|protokołu|stenogram|zapis|sprawozdanie|biuletyn)\b", re.I)


def meeting_date(title: str) -> tuple[str, int] | None:
    """The date a record's title says the meeting was held on, else its first date other than
    the one the minutes were written on."""
    record = _RECORD_WORD.search(title)

    def written_at(position: int) -> bool:
        before = title[max(0, position - 30) : position]
        return record is not None and position < record.start() and bool(_WRITTEN_AT.search(before))

    held = [(p, iso) for p, iso in _full_dates(title) if not written_at(p)]
    for position, iso in held:
        if _HELD_ON.search(title[max(0, position - 30) : position]):
            return iso, position
    return (held[0][1], held[0][0]) if held else find_date(title)

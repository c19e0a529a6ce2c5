"""The numbers Word draws before list paragraphs, which are not in their text.

A protocol written in Word lists its agenda as a numbered list ("Porządek posiedzenia:" then
"Otwarcie posiedzenia.", "Informacja o stanie dróg." numbered 1., 2. by Word itself): read
without the numbers, the agenda is a few unnumbered lines and no point has a number. Word
keeps the numbering apart (numbering.xml): a paragraph, or its style, names a list and a
level; the list's levels say where they start, their format and how the number is written
("%1.", "%1)", "%1.%2."). Counted here as Word counts them, in document order.
"""

from __future__ import annotations

from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_LEVELS = 9
_STYLE_DEPTH = 8  # how far up "based on" styles a paragraph's numbering is looked for


def _val(element: Any, path: str) -> str | None:
    found = element.find(path) if element is not None else None
    return found.get(f"{_W}val") if found is not None else None


def _roman(number: int) -> str:
    digits = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC")]
    digits += [(50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    written = ""
    for value, letters in digits:
        while number >= value:
            written, number = written + letters, number - value
    return written


def _letters(number: int) -> str:
    # Word's letter lists go a … z, aa … zz.
    return chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1) if number > 0 else ""


def _formatted(number: int, number_format: str) -> str | None:
    formats = {
        "decimal": str,
        "decimalZero": lambda n: f"{n:02d}",
        "upperRoman": _roman,
        "lowerRoman": lambda n: _roman(n).lower(),
        "upperLetter": lambda n: _letters(n).upper(),
        "lowerLetter": _letters,
    }
    write = formats.get(number_format)
    return write(number) if write else None


class ListNumbers:
    """The label ("2.", "b)", "II.") of each numbered paragraph, asked in document order."""

    def __init__(self, word: Any) -> None:
        try:
            numbering = word.part.numbering_part.element
        except (KeyError, NotImplementedError):
            numbering = None
        self._levels: dict[str, dict[int, dict[str, Any]]] = {}
        if numbering is not None:
            abstract = {a.get(f"{_W}abstractNumId"): a for a in numbering.findall(f"{_W}abstractNum")}
            for num in numbering.findall(f"{_W}num"):
                levels = {}
                definition = abstract.get(_val(num, f"{_W}abstractNumId"))
                for level in definition.findall(f"{_W}lvl") if definition is not None else []:
                    levels[int(level.get(f"{_W}ilvl", "0"))] = {
                        "start": int(_val(level, f"{_W}start") or 1),
                        "format": _val(level, f"{_W}numFmt") or "decimal",
                        "text": _val(level, f"{_W}lvlText") or "",
                    }
                for override in num.findall(f"{_W}lvlOverride"):
                    start = _val(override, f"{_W}startOverride")
                    level = int(override.get(f"{_W}ilvl", "0"))
                    if start is not None and level in levels:
                        levels[level] = {**levels[level], "start": int(start)}
                self._levels[num.get(f"{_W}numId")] = levels
        self._styles = {s.get(f"{_W}styleId"): s for s in word.styles.element.findall(f"{_W}style")}
        self._counters: dict[str, list[int | None]] = {}

    def _list_and_level(self, paragraph: Any) -> tuple[str, int] | None:
        properties = paragraph.find(f"{_W}pPr")
        num_id, level = _val(properties, f"{_W}numPr/{_W}numId"), _val(properties, f"{_W}numPr/{_W}ilvl")
        style_id = _val(properties, f"{_W}pStyle")
        for _ in range(_STYLE_DEPTH):
            if num_id is not None or style_id is None or style_id not in self._styles:
                break
            style = self._styles[style_id]
            num_id = _val(style, f"{_W}pPr/{_W}numPr/{_W}numId")
            level = level or _val(style, f"{_W}pPr/{_W}numPr/{_W}ilvl")
            style_id = _val(style, f"{_W}basedOn")
        if num_id is None or num_id == "0" or num_id not in self._levels:
            return None
        return num_id, min(int(level or 0), _LEVELS - 1)

    def label(self, paragraph: Any) -> str | None:
        """The number Word draws before this paragraph (counting it), None if it draws none."""
        found = self._list_and_level(paragraph)
        if found is None:
            return None
        num_id, level = found
        levels = self._levels[num_id]
        counters = self._counters.setdefault(num_id, [None] * _LEVELS)
        current = counters[level]
        counters[level] = levels.get(level, {"start": 1})["start"] if current is None else current + 1
        for deeper in range(level + 1, _LEVELS):
            counters[deeper] = None
        if level not in levels or levels[level]["format"] in ("bullet", "none"):
            return None  # bullets and pictures: no number to read
        label = levels[level]["text"]
        for shallower in range(level + 1):
            placeholder = f"%{shallower + 1}"
            if placeholder not in label:
                continue
            definition = levels.get(shallower, {"start": 1, "format": "decimal"})
            written = _formatted(counters[shallower] or definition["start"], definition["format"])
            if written is None:
                return None
            label = label.replace(placeholder, written)
        return label.strip() or None

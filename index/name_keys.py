"""A spelling-blind key for a name written in Polish or in Cyrillic, so that a Ukrainian or
Russian question names the record's people: "Герун" and "Херун" are "Herun", "Квятковської"
is "Kwiatkowska", "Кепович-Ольшувка" is "Kępowicz-Olszówka", "Зелінська" is "Zielińska",
"Гонсьор" is "Gąsior".

Both spellings are reduced to one rough Latin sound: Polish digraphs and diacritics folded
(sz, cz, rz, w, ł, ó), Cyrillic letters by sound (г and х both h, as Ukrainian and Russian
write the Polish h and ch), and the i that only softens a consonant before a vowel dropped.
"""

from __future__ import annotations

import re
import unicodedata

_POLISH = [("szcz", "sc"), ("sz", "s"), ("cz", "c"), ("ch", "h"), ("rz", "z"), ("w", "v"), ("ł", "l"), ("ó", "u")]
_POLISH += [("y", "i"), ("j", "i"), ("g", "h"), ("ą", "o")]
# Cyrillic writes a nasal vowel as a vowel and n or m, or as the vowel alone ("Gąsior" is
# "Гонсьор", "Dąbrowski" "Домбровський", "Kępowicz" "Кепович"): both spellings lose the
# n or m between o or e and a consonant.
_NASAL = re.compile(r"(?<=[oe])[nm](?=[bcdfhklmnprstvz])")
_CYRILLIC = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "h", "д": "d", "е": "e", "є": "ie", "ё": "io",
        "ж": "z", "з": "z", "и": "i", "і": "i", "ї": "ii", "й": "i", "к": "k", "л": "l", "м": "m",
        "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h",
        "ц": "c", "ч": "c", "ш": "s", "щ": "sc", "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "iu",
        "я": "ia",
    }
)  # fmt: skip
_SOFTENING_I = re.compile(r"(?<=[bcdfhklmnprstvz])i(?=[aeiou])")


def is_cyrillic(word: str) -> bool:
    return bool(word) and "\u0400" <= word[0] <= "\u04ff"


def fold(text: str) -> str:
    """Lowercase without diacritics: "Gdańsk", "Gdansk" and "GDAŃSK" are one name."""
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("ł", "l"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def name_key(word: str) -> str:
    word = word.lower()
    if is_cyrillic(word):
        word = word.translate(_CYRILLIC)
    else:
        for written, sound in _POLISH:
            word = word.replace(written, sound)
        word = fold(word)
    return _NASAL.sub("", _SOFTENING_I.sub("", word))

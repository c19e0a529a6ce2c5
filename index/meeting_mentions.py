"""Which meeting a question points at, and where in its text: "na posiedzeniu Komisji
Budżetowej 12 marca 2021", "meeting 4/VIII/2019", "on 18 November 2019".

Words that name the meeting say which record to search, not what the answer says; left in the
query they pull it towards the protocol's heading, which names the meeting too. So the search
narrows to the meetings named and embeds the question without those words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice

from corpus.dates import MONTH_STEMS
from corpus.morphology import WORD, analyse, word_lemmas
from index.foreign_committees import foreign_committee_mentions
from index.name_keys import fold, is_cyrillic, name_key

# Month stems of the other languages questions come in (Ukrainian genitives, Russian,
# English, German, Spanish) beside the record's Polish ones. Matched at the start of a word.
_MONTHS: dict[str, int] = dict(MONTH_STEMS)
for number, names in enumerate(
    [
        "січ январ january jan januar enero",
        "лют феврал february feb februar febrero",
        "берез март march mar märz marzo",
        "квіт апрел april apr abril",
        "трав мая мае май may mai mayo",
        "черв июн june jun juni junio",
        "лип июл july jul juli julio",
        "серп август august aug agosto",
        "верес сентябр september sep sept septiembre",
        "жовт октябр october oct oktober octubre",
        "листопад ноябр november nov noviembre",
        "груд декабр december dec dezember diciembre",
    ],
    start=1,
):
    for name in names.split():
        _MONTHS[name] = number
_ABBREVIATIONS = {"jan", "feb", "mar", "apr", "may", "mai", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
_MONTH_WORD = r"(?P<month>[^\W\d_]{3,12})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|\.)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DATE_PATTERNS = [
    re.compile(rf"\b{_DAY}\s+(?:de\s+)?{_MONTH_WORD}(?:\s+(?:de\s+)?{_YEAR})?(?:\s*(?:r\.|roku|року|года|г\.))?", re.I),
    re.compile(rf"\b{_MONTH_WORD}\s+{_DAY},?(?:\s+{_YEAR})?\b", re.I),
    re.compile(rf"\b(?:w|in|im|en|у|в)\s+{_MONTH_WORD}\s+(?:de\s+)?{_YEAR}\b", re.I),
    re.compile(rf"\b{_MONTH_WORD}\s+(?:de\s+)?{_YEAR}\b", re.I),
    re.compile(r"\b(?P<day>\d{1,2})[./](?P<monthnum>\d{1,2})[./](?P<year>\d{4})\b"),
    re.compile(r"\b(?P<year>\d{4})-(?P<monthnum>\d{2})(?:-(?P<day>\d{2}))?\b"),
]
_NUMBER_CUE = re.compile(r"(?:\bnr\.?|\bnumer\w*|\bno\.|\bnumber|№|#)\s*$", re.I)
_PLACE_PREPOSITION = re.compile(r"\b(?:w|we|z|ze|do|dla|in|for|of|im|in der|en|de|у|в|во|із|из)\s+$", re.I)
_COMMITTEE_WORD = re.compile(r"\bkomisj\w*", re.I)
# Words of committee names that tell no committee from another.
_GENERIC_LEMMAS = {"komisja", "rada", "miasto", "sprawa", "do", "ds", "stały", "doraźny", "i", "w", "z", "na", "oraz"}
_COMMITTEE_REACH = 8  # words after "komisji" that can still belong to its name
_CUE_WINDOW = 16  # characters before a number or a city where "nr" or "w" may stand


def _month(word: str) -> int | None:
    word = word.lower()
    for stem in sorted(_MONTHS, key=len, reverse=True):
        if word.startswith(stem):
            # English and German abbreviations name a month alone or with one more letter
            # ("may", "mayo", "sept."): "mayor" and "market" are no months.
            if stem in _ABBREVIATIONS and len(word) > len(stem) + 1:
                return None
            return _MONTHS[stem]
    return None


@dataclass
class MeetingRef:
    id: int
    number: str | None
    date: str | None
    committee: str | None
    body: str | None


@dataclass
class Mention:
    """Meetings a question points at (ids), and the character ranges of the words doing it."""

    meeting_ids: set[int] = field(default_factory=set)
    spans: list[tuple[int, int]] = field(default_factory=list)

    def stripped(self, question: str) -> str:
        """The question without the words that name the meeting."""
        kept, position = [], 0
        for start, end in sorted(self.spans):
            kept.append(question[position:start])
            position = max(position, end)
        kept.append(question[position:])
        text = re.sub(r"\s+([?.,!])", r"\1", re.sub(r"\s{2,}", " ", "".join(kept))).strip()
        return text if WORD.search(text) else question


def _date_mentions(question: str) -> Iterable[tuple[tuple[int, int], int | None, int, int | None]]:
    """(span, year, month, day) of each date written in the question."""
    taken: list[tuple[int, int]] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(question):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            groups = match.groupdict()
            month = int(groups["monthnum"]) if groups.get("monthnum") else _month(groups.get("month") or "")
            if not month or not 1 <= month <= 12:
                continue
            day = int(groups["day"]) if groups.get("day") else None
            year = int(groups["year"]) if groups.get("year") else None
            if day is not None and not 1 <= day <= 31:
                continue
            if day is None and year is None:
                continue
            taken.append(match.span())
            yield match.span(), year, month, day


def _date_matches(meeting_date: str | None, year: int | None, month: int, day: int | None) -> bool:
    if not meeting_date or len(meeting_date) < 7:
        return False
    if year is not None and int(meeting_date[:4]) != year:
        return False
    if int(meeting_date[5:7]) != month:
        return False
    return day is None or (len(meeting_date) >= 10 and int(meeting_date[8:10]) == day)


def _number_mentions(question: str, by_number: dict[str, set[int]]) -> Iterable[tuple[tuple[int, int], set[int]]]:
    for number, ids in by_number.items():
        for match in re.finditer(rf"(?<![\w/]){re.escape(number)}(?![\w/])", question):
            # "4/VIII/2019" names a meeting by itself; a bare "12" only after "nr", "no.".
            # (The cue is looked for just before the number: a long question stays linear.)
            window = max(0, match.start() - _CUE_WINDOW)
            cue = _NUMBER_CUE.search(question, window, match.start())
            if "/" in number or cue:
                yield (cue.start() if cue else match.start(), match.end()), ids


def _committee_lemmas(name: str) -> set[str]:
    return {lemma for word in WORD.findall(name) for lemma in word_lemmas(word)} - _GENERIC_LEMMAS


def _committee_mentions(
    question: str, committees: list[tuple[set[str], set[int]]]
) -> Iterable[tuple[tuple[int, int], set[int]]]:
    """The committee word and the words after it that belong to one known committee's name
    (given as its distinctive lemmas): "komisji budżetowej", "Komisji ds. Współpracy
    Międzynarodowej"."""
    for cue in _COMMITTEE_WORD.finditer(question):
        words = list(islice(WORD.finditer(question, cue.end()), _COMMITTEE_REACH))
        best: tuple[int, int, set[int]] | None = None  # (matched words, end, meetings)
        for wanted, ids in committees:
            matched, end = 0, cue.end()
            for word in words:
                lemmas = set(word_lemmas(word.group()))
                if lemmas & wanted:
                    matched += 1
                    end = word.end()
                elif not lemmas & _GENERIC_LEMMAS:
                    break
            if matched and (best is None or matched > best[0]):
                best = (matched, end, set(ids))
            elif matched and best and matched == best[0]:
                best[2].update(ids)
        if best:
            yield (cue.start(), best[1]), best[2]


# A Cyrillic city name is its Polish name (less a final vowel) plus at most this many letters
# of case ending.
_CYRILLIC_ENDING = 2
# The least of a city's name that can stand for it: "Ełk" ("Ельку") is three letters, "Piła"
# ("Пилі") three without its vowel. Only capitalised words of a question are tried.
_CYRILLIC_STEM = 3


def _cyrillic_place(word: str, places: Iterable[str]) -> set[str]:
    """The known places a Cyrillic word names, inflected or not: "Кракові", "Краків" (Ukrainian
    і for the o of a closed syllable), "Люблине", "Гдині" → the folded Polish name."""
    key = name_key(word)
    spellings = {key, key.replace("i", "o")}
    found = set()
    for place in places:
        stem = _place_stem(place)
        if len(stem) < _CYRILLIC_STEM:
            continue
        if any(spelled.startswith(stem) and len(spelled) - len(stem) <= _CYRILLIC_ENDING for spelled in spellings):
            found.add(place)
    return found


@lru_cache(maxsize=1024)
def _place_stem(place: str) -> str:
    """The name key less a final vowel: "Gdynia" declines as "Гдині", the ending replacing it."""
    return name_key(place).rstrip("aeiou")


@lru_cache(maxsize=4096)
def _places(text: str) -> frozenset[str]:
    """Folded geographic names in a text, in the nominative ("Rada Miasta Krakowa" → kraków)."""
    found = set()
    for word in WORD.findall(text):
        if word[:1].isupper():
            found.update(fold(lemma) for lemma, _, qualifiers in analyse(word) if "nazwa_geograficzna" in qualifiers)
    return frozenset(found)


# A county or a voivodeship is named by its adjective: "Rada Powiatu Wielickiego", "w powiecie
# wielickim", "Sejmik Województwa Mazowieckiego".
_REGIONS = {"powiat", "województwo"}


def _names_a_region(word: str) -> bool:
    return any(lemma.lower() in _REGIONS for lemma in word_lemmas(word))


def _adjective_lemmas(word: str) -> set[str]:
    return {fold(lemma) for lemma, tag, _ in analyse(word) if tag.startswith("adj")}


def _regions(text: str) -> set[str]:
    """Folded adjectives naming a county or voivodeship in a body's name ("wielicki")."""
    words = WORD.findall(text)
    return {
        lemma for before, word in zip(words, words[1:]) if _names_a_region(before) for lemma in _adjective_lemmas(word)
    }


def _place_mentions(question: str, by_place: dict[str, set[int]]) -> Iterable[tuple[tuple[int, int], set[int]]]:
    """ "w Krakowie", "in Gdansk": a city whose council's records are in the store. A foreign
    spelling without diacritics counts; morfeusz2 does not know it, the folded name matches.
    A county or voivodeship is its adjective ("powiatu wielickiego", "Wielicki County")."""
    if not by_place:
        return
    previous = ""
    for match in WORD.finditer(question):
        word, after_region = match.group(), _names_a_region(previous)
        previous = word
        if not (word[:1].isupper() or after_region):
            continue
        names = _places(word) | {fold(word)} | _adjective_lemmas(word)
        if is_cyrillic(word):
            names |= _cyrillic_place(word, by_place)
        ids = set().union(*(by_place.get(name, set()) for name in names))
        if ids:
            before = _PLACE_PREPOSITION.search(question, max(0, match.start() - _CUE_WINDOW), match.start())
            yield (before.start() if before else match.start(), match.end()), ids


def _body_mentions(question: str, by_head: dict[str, set[int]]) -> Iterable[tuple[tuple[int, int], set[int]]]:
    """ "w Sejmie", "the Sejm": a body named by its head noun (a council, "Rada …", is named
    by its city instead)."""
    if not by_head:
        return
    for match in WORD.finditer(question):
        names = {fold(lemma) for lemma in word_lemmas(match.group())} | {fold(match.group())}
        ids = set().union(*(by_head.get(name, set()) for name in names))
        if ids:
            yield match.span(), ids


class MeetingDirectory:
    """The store's meetings by number, committee, body and city, gathered once, so that each
    question costs only the look-ups."""

    def __init__(self, meetings: list[MeetingRef]) -> None:
        self.meetings = meetings
        self.by_number: dict[str, set[int]] = {}
        self.by_head: dict[str, set[int]] = {}
        self.by_place: dict[str, set[int]] = {}
        by_committee: dict[str, set[int]] = {}
        for meeting in meetings:
            if meeting.number:
                self.by_number.setdefault(meeting.number, set()).add(meeting.id)
            if meeting.committee:
                by_committee.setdefault(meeting.committee, set()).add(meeting.id)
            words = WORD.findall(meeting.body or "")
            head = {fold(lemma) for lemma in word_lemmas(words[0])} if words else set()
            if not head & {"rada"}:
                for lemma in head:
                    self.by_head.setdefault(lemma, set()).add(meeting.id)
            for place in _places(meeting.body or "") | _regions(meeting.body or ""):
                self.by_place.setdefault(place, set()).add(meeting.id)
        self.committees = [(lemmas, ids) for name, ids in by_committee.items() if (lemmas := _committee_lemmas(name))]

    def find(self, question: str) -> Mention:
        """The meetings the question names by number, committee, body, city and date, all
        agreeing.

        Each kind of mention narrows the meetings further while something is left; a date that
        matches no meeting (or none of the committee's) is taken as part of what is asked about.
        """
        mention = Mention()
        candidates: set[int] | None = None

        def narrow(span: tuple[int, int], ids: set[int], strip: bool = True) -> None:
            nonlocal candidates
            narrowed = ids if candidates is None else candidates & ids
            if narrowed:
                candidates = narrowed
                if strip:
                    mention.spans.append(span)

        for span, ids in _number_mentions(question, self.by_number):
            narrow(span, ids)
        for span, ids in _committee_mentions(question, self.committees):
            narrow(span, ids)
        for span, ids in foreign_committee_mentions(question, self.committees):
            narrow(span, ids)
        for span, ids in _body_mentions(question, self.by_head):
            narrow(span, ids, strip=False)  # "the Sejm" reads as a subject; without it the question limps
        for span, ids in _place_mentions(question, self.by_place):
            narrow(span, ids)
        for span, year, month, day in _date_mentions(question):
            ids = {m.id for m in self.meetings if _date_matches(m.date, year, month, day)}
            if ids:
                narrow(span, ids)
        mention.meeting_ids = candidates or set()
        return mention

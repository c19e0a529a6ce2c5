"""Protocols in reported speech: title block, chair, absences, agenda, agenda-item sections,
minute-taker and times, and the paragraphs as passages."""

from __future__ import annotations

import re

from corpus.attribution import attribute_protocol
from corpus.committee import split_committee_and_body
from corpus.dates import find_date, meeting_date
from corpus.document import Document, Paragraph
from corpus.labels import names_a_speaker, opens_with_a_past_verb
from corpus.meeting_facts import (
    ABSENT,
    CHAIR,
    CLOSES_MEETING,
    DURATION,
    ENDED,
    ENDED_AS_FORM,
    MINUTE_TAKER,
    NOBODY_ABSENT,
    STARTED,
    STARTED_AS_FORM,
)
from corpus.model import Meeting, Passage
from corpus.morphology import analyse
from corpus.names import find_names
from corpus.sentences import CLOSING_QUOTES, split_sentences

# How far into a protocol its title block may reach.
_TITLE_PARAGRAPHS = 6
_NUMBER = re.compile(
    # "Protokół nr BRM.0012.5.3.2024": the office's file mark (its letters, the class of
    # committee records, the numbers) is the protocol's number.
    r"\b(?:nr|numer)\.?\s*((?-i:[A-Z]{1,6}(?:-[A-Z]{1,6})*)\.\d{4}(?:\.\d+)+)"
    r"|\b(?:nr|numer|no)\.?\s*([0-9IVXLCDM]+(?:\s*/\s*[0-9A-Za-z]+|\.\d+)*)"
    r"|protok[oó][lł]\w*\s+([0-9IVXLCDM]+(?:/[0-9A-Za-z]+)+)"
    r"|\bz\s+([0-9IVXLCDM]+)\.?\s+(?:posiedzenia|sesji|zebrania)"
    # "Zapis przebiegu XII sesji …", "12. posiedzenie Komisji …": an ordinal before the meeting.
    r"|\b((?-i:[IVXLCDM]+)\.?|\d{1,3}\.)\s+(?:posiedzeni[ae]|sesj[ai]|zebrani[ae])\b",
    re.I,
)
_LETTER_SPACED = re.compile(r"\b(?:[^\W\d_] ){3,}[^\W\d_]\b")
AGENDA_HEADING = re.compile(
    r"porządek\s+(?:posiedzenia|obrad|dzienny|spotkania|zebrania)|proponowany\s+porządek"
    r"|(?:tematyka|program)\s+(?:posiedzenia|obrad|spotkania|zebrania)"
    r"|porządek\s*:(?=\s*(?:(?:1|I)\s*[.)]|$))",  # "Porządek:\n1. Informacja …"
    re.I,
)
# "2. Informacja …", "2) …", and in Roman numerals "II. Informacja …".
_NUMBERED_ITEM = re.compile(r"^\s*(?:[-•*–]\s*)?(\d{1,2}|[IVX]{1,5})\s*[.)]\s+(.+)$", re.S)
_INLINE_ITEM = re.compile(r"(?:^|(?<=[\s:;]))(\d{1,2}|[IVX]{1,5})[.)]\s+")
# "Ad. 2", "Ad pkt 3)", "Do pkt 1.", "Punkt 4 …", "Ad. II": where the record of a point begins.
_SECTION_MARKER = re.compile(
    r"^\s*(?:Ad(?:n)?\.?\s*(?:pkt\.?|punktu)?|Do\s+(?:punktu|pkt\.?)|Punkt|Pkt\.?)\s*(\d{1,2}|(?-i:[IVX]{1,5})\b)"
    r"\s*[.):]?\s*(?:porządku\s+(?:obrad|posiedzenia|dziennego|spotkania|zebrania)\b\s*[.:–-]?\s*)?(.*)$",
    re.I | re.S,
)
_ROMAN = {"I": 1, "V": 5, "X": 10}
# The longest first sentence after a point's number read as its title when no agenda lists it.
_TITLE_CHARS = 120
# A heading may word a point a little longer than the agenda does ("Sprawy różne i wolne
# wnioski" for "Sprawy różne"); more words than this past the agenda's are the record.
_TITLE_SLACK_WORDS = 3
_TITLE_WORD = re.compile(r"\w+")
_SIGNATURE = re.compile(r"/-/|\(-\)|\(podpis\)|podpis", re.I)
# Short lines (signatures, "Protokołowała:") are gathered into one passage.
_FRAGMENT_CHARS = 80


def _clock(hour: str, minute: str | None, minute_alt: str | None) -> str | None:
    h, m = int(hour), int(minute or minute_alt or 0)
    return f"{h:02d}:{m:02d}" if h < 24 and m < 60 else None


def collapse_letter_spacing(text: str) -> str:
    return _LETTER_SPACED.sub(lambda m: m.group().replace(" ", ""), text)


def _sentences_with(pattern: re.Pattern[str], text: str) -> list[str]:
    # Split as attribution does: "… otworzyła Przewodnicząca Komisji p. Joanna Rak." is one
    # sentence, its chair after "p.", not a sentence of its own.
    sentences = (text[start:end] for start, end in split_sentences(text))
    return [sentence for sentence in sentences if pattern.search(sentence)]


def meeting_number(title: str) -> str | None:
    for match in _NUMBER.finditer(title):
        number = next(g for g in match.groups() if g)
        number = re.sub(r"\s+", "", number).rstrip(".")
        if any(c.isdigit() for c in number) or re.fullmatch(r"[IVXLCDM]+", number):
            return number
    return None


def _first_person(text: str) -> str | None:
    names = find_names(text)
    return names[0].name if names else None


def chair_named_in(paragraphs: list[Paragraph]) -> str | None:
    """Who a sentence of the narration says chaired the meeting ("Posiedzenie prowadziła …")."""
    for paragraph in paragraphs:
        for sentence in _sentences_with(CHAIR, paragraph.text):
            opened_at = CHAIR.search(sentence).start()
            if name := _first_person(sentence[opened_at:]):
                return name
            # "Przewodniczący Komisji radny Marek Dąb otworzył posiedzenie": the chair before the
            # verb, when the sentence opens with the chairing office (not "Na wniosek radnego
            # Jana Lisa Przewodnicząca otworzyła …", where the name is somebody else's).
            if _CHAIRING_OFFICE.match(sentence) and (name := _first_person(sentence[:opened_at])):
                return name
    return None


_CHAIRING_OFFICE = re.compile(r"\s*(?:wice)?przew(?:odnicząc\w*|\.)", re.I)


def _absent(paragraphs: list[Paragraph]) -> list[str]:
    for paragraph in paragraphs:
        for sentence in _sentences_with(ABSENT, paragraph.text):
            if NOBODY_ABSENT.search(sentence):
                return []
            tail = sentence[ABSENT.search(sentence).start() :]
            names = [m.name for m in find_names(tail)]
            if names:
                return list(dict.fromkeys(names))
    return []


# Who signs under what, when the signatures stand side by side and are read a row at a time:
# "Protokołowała  Przewodniczący Komisji" over "(-) Marta Wójtowicz  (-) Stanisław Mazurek" (a
# PDF, a Word table of signatures, a text export) come as the heads, then the names in order.
_SIGNING_HEAD = re.compile(
    r"\s*(?:protokołował\w*|protokolant\w*|sporządził\w*|(?:wice)?przewodnicząc\w+(?:\s+komisji)?"
    r"|sekretarz\w*(?:\s+komisji)?|członk\w*(?:\s+komisji)?)\s*:?",
    re.I,
)


def _signatures_side_by_side(text: str) -> list[tuple[str, str]]:
    """(head, name) of signatures side by side read row by row, or [] for anything else."""
    heads, position = [], 0
    while match := _SIGNING_HEAD.match(text, position):
        heads.append(match.group().strip(" :"))
        position = match.end()
    if len(heads) < 2:
        return []
    names = [name for part in _SIGNATURE.split(text[position:]) if (name := _first_person(part))]
    return list(zip(heads, names)) if len(names) == len(heads) else []


def _signed_by(paragraphs: list[Paragraph], head: re.Pattern[str]) -> str | None:
    """The name under the side-by-side signature whose head ``head`` matches."""
    last = [paragraph.text for paragraph in paragraphs[-8:]]
    for index in range(len(last)):
        # The rows may be paragraphs of their own, and a Word table's cells each one.
        for rows in range(1, 5):
            for signed_as, name in _signatures_side_by_side(" ".join(last[index : index + rows])):
                if head.match(signed_as):
                    return name
    return None


def _minute_taker(paragraphs: list[Paragraph]) -> str | None:
    if name := _signed_by(paragraphs, MINUTE_TAKER):
        return name
    for index, paragraph in enumerate(paragraphs):
        match = MINUTE_TAKER.search(paragraph.text)
        if not match:
            continue
        following = [match.group(1)] + [p.text for p in paragraphs[index + 1 : index + 3]]
        for text in following:
            if name := _first_person(_SIGNATURE.sub(" ", text)):
                return name
    return None


def _times(text: str) -> tuple[str | None, str | None]:
    for match in DURATION.finditer(text):
        # "Posiedzenie trwało od godz. 10.00 do 12.30", not "punkt czynny od 8.00 do 20.00".
        if _MEETING_WORD.search(_sentence_before(text, match.start())):
            groups = match.groups()
            return _clock(*groups[:3]), _clock(*groups[3:])
    start, end = STARTED.search(text), ENDED.search(text)
    start_form, end_form = STARTED_AS_FORM.search(text), ENDED_AS_FORM.search(text)
    return (
        _clock(*start.groups()) if start else _clock(*start_form.groups(), None) if start_form else None,
        _clock(*end.groups()) if end else _clock(*end_form.groups(), None) if end_form else None,
    )


_MEETING_WORD = re.compile(r"posiedzeni|obrad|zebrani|sesj|spotkani|trwał", re.I)
_SENTENCE_END = re.compile(r"\n|[.!?]\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ])")


def _sentence_before(text: str, at: int) -> str:
    """The words of the sentence (or line) of ``text`` before ``at``."""
    ends = list(_SENTENCE_END.finditer(text, max(0, at - 200), at))
    return text[ends[-1].end() if ends else max(0, at - 200) : at]


def opens_with_agenda(text: str) -> bool:
    """Whether the text opens with an agenda's heading ("Porządek posiedzenia: 1. …")."""
    heading = AGENDA_HEADING.search(text)
    return bool(heading) and not text[: heading.start()].strip()


def _agenda(paragraphs: list[Paragraph]) -> tuple[list[str], set[int]]:
    """The agenda items and the indices of the paragraphs that list them."""
    for index, paragraph in enumerate(paragraphs):
        heading = AGENDA_HEADING.search(paragraph.text)
        if not heading:
            continue
        items: list[str] = []
        used = {index}
        inline = paragraph.text[heading.end() :]
        parts = _INLINE_ITEM.split(inline)
        if len(parts) >= 3:
            items = [" ".join(text.split()).rstrip(" .;") for text in parts[2::2]]
        for following_index in range(index + 1, len(paragraphs)):
            match = _NUMBERED_ITEM.match(paragraphs[following_index].text)
            # The numbering starting again is the record of the first point, headed by its title.
            if (
                not match
                or _SECTION_MARKER.match(paragraphs[following_index].text)
                or _point_number(match.group(1)) != len(items) + 1
            ):
                break
            items.append(" ".join(match.group(2).split()).rstrip(" .;"))
            used.add(following_index)
        if items:
            return items, used
    return [], set()


def _agenda_label(number: int, title: str, agenda: list[str]) -> str:
    if 1 <= number <= len(agenda):
        return f"{number}. {agenda[number - 1]}"
    return f"{number}. {title}".strip().rstrip(".") if title else str(number)


def _passages(paragraphs: list[Paragraph], agenda: list[str], agenda_indices: set[int]) -> list[Passage]:
    passages: list[Passage] = []
    current_item: str | None = None
    fragments: list[tuple[int, Paragraph]] = []
    markers = {
        i: marker
        for i, p in enumerate(paragraphs)
        if i not in agenda_indices and (marker := _section_marker(p.text, agenda))
    }
    last_marker = max(markers, default=-1)

    def emit(text: str, page: int | None, index: int) -> None:
        nonlocal current_item
        if index > last_marker and _ends_the_meeting(text, current_item):
            # The closing words and the signatures after the last point belong to no point
            # (unless that point is the closing itself: "5. Zamknięcie posiedzenia"); the
            # point's own words before them in one paragraph ("Nie zgłoszono spraw różnych.
            # Na tym posiedzenie zakończono.") are still the point's.
            closing = CLOSES_MEETING.search(text)
            opens_with_it = closing is None or not text[: _sentence_start(text, closing.start())].strip()
            passages.append(Passage(text=text, page=page, agenda_item=None if opens_with_it else current_item))
            current_item = None
            return
        passages.append(Passage(text=text, page=page, agenda_item=current_item))

    def flush_fragments() -> None:
        if fragments:
            emit("\n".join(p.text for _, p in fragments), fragments[0][1].page, fragments[0][0])
            fragments.clear()

    if agenda_indices:
        first = min(agenda_indices)
        listing = "\n".join(paragraphs[i].text for i in sorted(agenda_indices))
        agenda_passage = Passage(text=listing, page=paragraphs[first].page)
    for index, paragraph in enumerate(paragraphs):
        if index in agenda_indices:
            if index == min(agenda_indices):
                flush_fragments()
                passages.append(agenda_passage)
            continue
        marker = markers.get(index)
        if marker:
            flush_fragments()
            number, title, recorded = marker
            current_item = _agenda_label(number, title, agenda)
            if recorded:
                emit(recorded, paragraph.page, index)
            continue
        # A quotation closing after its full stop ends a sentence too: „… w parku.”
        if len(paragraph.text) < _FRAGMENT_CHARS and not paragraph.text.rstrip(CLOSING_QUOTES).endswith(
            (".", "!", "?")
        ):
            fragments.append((index, paragraph))
            continue
        if fragments and len(paragraph.text) < _FRAGMENT_CHARS:
            fragments.append((index, paragraph))
            flush_fragments()
            continue
        flush_fragments()
        emit(paragraph.text, paragraph.page, index)
    flush_fragments()
    return passages


def _section_marker(text: str, agenda: list[str]) -> tuple[int, str, str] | None:
    """Where the record of an agenda point begins: (its number, the title given there, what
    the same paragraph goes on to record). Headed "Punkt 2.", "Ad. 3 Sprawy bieżące",
    "Ad. II", or by the point's number and title as the agenda lists them ("2. Informacja o
    stanie dróg po zimie.")."""
    marker = _SECTION_MARKER.match(text)
    if marker:
        number, rest = _point_number(marker.group(1)), marker.group(2).strip()
    else:
        heading = _NUMBERED_ITEM.match(text)
        if not heading or not 1 <= _point_number(heading.group(1)) <= len(agenda):
            return None
        number, rest = _point_number(heading.group(1)), heading.group(2).strip()
        if not _same_title(_first_sentence(rest), agenda[number - 1]):
            return None
    title, recorded = _title_and_record(rest, agenda[number - 1] if 1 <= number <= len(agenda) else None)
    return number, title, recorded


def _first_sentence(text: str) -> str:
    sentences = split_sentences(text)
    return text[: sentences[0][1]] if sentences else text


def _states_something(sentence: str) -> bool:
    """Whether a sentence has a verb that is nothing else ("przedstawił", "obejmą"): the
    record of a point, not its title, which names it ("Informacja o stanie dróg", where
    "stanie" is a verb only as well as a noun)."""
    return any(
        readings and all(tag.startswith(("praet", "fin", "impt", "imps")) for _, tag, _ in readings)
        for readings in (analyse(word) for word in _TITLE_WORD.findall(sentence))
    )


def _title_and_record(rest: str, listed: str | None) -> tuple[str, str]:
    """What follows a point's number: its title, then what the paragraph records ("Ad. 1.
    Informacja o stanie dróg. Dyrektor … poinformował, że …", "Ad. 2. Sprawy różne – radny
    …"). The title is the agenda's wording of that point (give or take a few words), or,
    without an agenda, a first sentence short enough for one: the record of a point may open
    on its number's line ("Ad. 2. Radny Wąs zapytał …"), and no word of it is dropped."""
    first = _first_sentence(rest)
    if listed is None:
        if len(first) > _TITLE_CHARS or _states_something(first):
            return "", rest
        return first.strip().rstrip(" .;:"), rest[len(first) :].strip()
    words = list(_TITLE_WORD.finditer(first))
    listed_words = len(_TITLE_WORD.findall(listed))
    if len(words) <= listed_words + _TITLE_SLACK_WORDS:
        end = len(first) if _same_title(first, listed) else 0
    else:
        prefix = words[listed_words - 1].end() if listed_words else 0
        end = prefix if prefix and _same_title(first[:prefix], listed) else 0
    if not end:
        return "", rest
    return rest[:end].strip().rstrip(" .;:"), rest[end:].lstrip(" .;:–-").strip()


def _point_number(written: str) -> int:
    """ "3" or "III", "IV": the number of an agenda point."""
    if written.isdigit():
        return int(written)
    values = [_ROMAN[letter] for letter in written.upper()]
    return sum(-v if v < after else v for v, after in zip(values, values[1:] + [0]))


def _same_title(title: str, listed: str) -> bool:
    """Whether a heading names the agenda point listed: the shorter's words nearly all in the
    longer ("Sprawy różne" for "Sprawy różne i wolne wnioski")."""
    words, listed_words = ({w.lower() for w in _TITLE_WORD.findall(t)} for t in (title, listed))
    shorter = min(len(words), len(listed_words))
    return shorter > 0 and len(words & listed_words) >= 0.8 * shorter


def _sentence_start(text: str, at: int) -> int:
    return max((start for start, _ in split_sentences(text) if start <= at), default=0)


def _ends_the_meeting(text: str, item: str | None) -> bool:
    if item is not None and CLOSES_MEETING.search(item):
        return False
    return bool(CLOSES_MEETING.search(text) or MINUTE_TAKER.match(text))


def parse_protocol(document: Document) -> Meeting:
    paragraphs = _speakers_joined_to_their_words(
        [Paragraph(collapse_letter_spacing(p.text), p.page, p.bold) for p in document.paragraphs]
    )
    title = " ".join(p.text for p in paragraphs[:_TITLE_PARAGRAPHS])
    agenda, agenda_indices = _agenda(paragraphs)
    if agenda_indices:
        title = " ".join(p.text for p in paragraphs[: min(min(agenda_indices), _TITLE_PARAGRAPHS)])
    committee, body = split_committee_and_body(title)
    found_date = meeting_date(title) or find_date(document.text)
    start_time, end_time = _times(document.text)
    meeting = Meeting(
        style="protocol",
        number=meeting_number(title),
        date=found_date[0] if found_date else None,
        committee=committee,
        body=body,
        chair=chair_named_in(paragraphs) or _signed_as_chair(paragraphs),
        absent=_absent(paragraphs),
        agenda=agenda,
        minute_taker=_minute_taker(paragraphs),
        start_time=start_time,
        end_time=end_time,
        passages=_passages(paragraphs, agenda, agenda_indices),
    )
    attribute_protocol(meeting)
    return meeting


def _signed_as_chair(paragraphs: list[Paragraph]) -> str | None:
    """The name under "Przewodniczący Komisji" at the end, when no sentence names the chair."""
    if name := _signed_by(paragraphs, _CHAIRING_OFFICE):
        return name
    for index in range(len(paragraphs) - 1, max(-1, len(paragraphs) - 8), -1):
        if re.match(r"^\s*(?:Wice)?[Pp]rzewodnicząc\w+", paragraphs[index].text) and len(paragraphs[index].text) < 80:
            for text in [paragraphs[index].text] + [p.text for p in paragraphs[index + 1 : index + 3]]:
                if name := _first_person(_SIGNATURE.sub(" ", text)):
                    return name
    return None


def _speakers_joined_to_their_words(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """ "Radny Piotr Lis" on a line of its own (bold, in Word minutes), then "zapytał,
    dlaczego …": one sentence, as "Radny Piotr Lis zapytał, dlaczego …" is. Apart, the name
    was a line of a listing and the words reported nobody's."""
    joined: list[Paragraph] = []
    for paragraph in paragraphs:
        before = joined[-1].text.rstrip() if joined else ""
        if before and names_a_speaker(before.rstrip(":")) and opens_with_a_past_verb(paragraph.text):
            joined[-1] = Paragraph(f"{before} {paragraph.text.lstrip()}", joined[-1].page, False)
        else:
            joined.append(paragraph)
    return joined

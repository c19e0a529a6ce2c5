"""Verbatim transcripts: a header with the sitting or bulletin number and date, then speech
turns, each opened by a "Speaker label:" line (or the label opening the speech's own line:
"Poseł Jan Kowalski: Panie Marszałku! …"). One turn becomes one passage (long turns are
split at paragraph ends), interjections in parentheses become spans of their own."""

from __future__ import annotations

import re
from dataclasses import replace

from corpus.committee import split_committee_and_body
from corpus.dates import find_date, meeting_date
from corpus.document import Document, Paragraph
from corpus.labels import (
    inline_label,
    known_speaker_label,
    looks_like_label,
    names_a_speaker,
    opens_with_a_past_verb,
    parse_label,
    says_it_is_unknown,
)
from corpus.meeting_facts import SIGN_OFF, states_meeting_fact
from corpus.model import Meeting, MeetingPerson, Passage, Span
from corpus.morphology import analyse, first_name_gender, genders_of, nominative_surname
from corpus.names import can_be_first_name, can_be_surname
from corpus.protocol import chair_named_in, collapse_letter_spacing, meeting_number, parse_protocol
from corpus.roles import ROLE_KEYS, of_the_committee, office_key
from corpus.sentences import split_sentences

# Turns longer than this are split at paragraph ends, so a passage stays quotable.
MAX_PASSAGE_CHARS = 1500
_DOT_LEADER = re.compile(r"(?:\s?\.){4,}\s*\d+")
_AGENDA_POINT = re.compile(r"^Punkt\s+(\d+)\.?\s+porządku\s+dziennego\s*:?\s*(.*)$", re.I | re.S)
# Where a stenogram has no "Punkt N. porządku dziennego:" headings, who presides says it:
# "Przystępujemy do rozpatrzenia punktu 6. porządku dziennego: Sprawozdanie Komisji … (druk nr
# 80).", "Powracamy do rozpatrzenia punktu 3. …:". The future ("przystąpimy …,") moves nothing.
_SPOKEN_AGENDA_POINT = re.compile(
    r"\b(?:przystępujemy|powracamy|wracamy|kontynuujemy|przechodzimy)\s+(?:do\s+)?"
    r"(?:rozpatrzeni|rozpatrywani)\w*\s+punktu\s+(\d+)\.?\s+porządku\s+dziennego\s*:\s*",
    re.I,
)
_AGENDA_TITLE_CHARS = 400
# A committee's verbatim minutes head their points as protocols do: "Ad. 1. Informacja o …",
# "Ad. pkt 2". ("Punkt 3 …" may open a speech, so only "Ad." counts here.)
_PROTOCOL_POINT = re.compile(r"^\s*Adn?\.?\s*(?:pkt\.?|punktu)?\s*(\d{1,2})\s*[.):]?\s*(.*)$", re.I | re.S)
# "Protokołowała: Anna Kaczmarek" after the last speech is the record's, not the speaker's
# (the colon and the length tell it from a speech opening "Sporządziłem raport …").
_SIGN_OFF_CHARS = 120
_PARENTHESIS = re.compile(r"\(([^()]{1,400})\)")
_HEADER_PARAGRAPHS = 8
# "(Na posiedzeniu przewodniczą marszałek Sejmu Szymon Hołownia …)", "(Przewodnictwo w obradach
# obejmuje wicemarszałek Sejmu Dorota Niedziela)": who a bare "Marszałek:" label is.
PRESIDING = re.compile(
    r"(?i:przewodnicz\w*|obejmuje)\s+(?i:w\s+obradach\s+)?(?P<role>(?i:marszałek|wicemarszałek|przewodnicząc\w*))"
    r"(?:\s+(?:Sejmu|Senatu|Komisji))?(?:\s+(?P<name>[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+)+))?",
)
CONFIDENCE_PRESIDING = 0.9
# "Otwieram posiedzenie Komisji…", "Wznawiam obrady.": whoever says it presides.
OPENS_MEETING = re.compile(r"\b(?:otwieram|wznawiam)\s+(?:[\w.]+\s+){0,3}?(?:posiedzeni|obrad|zebrani|sesj)\w*", re.I)


def as_transcript(document: Document) -> Document | None:
    """The document with labels that open their speech's line split off, if it reads as a
    transcript (labels make up enough of its lines); None if it does not."""
    paragraphs = _labels_on_their_own_lines(document.paragraphs)
    labels = [i for i, p in enumerate(paragraphs) if looks_like_label(p.text, p.bold)]
    if len(labels) < 3 or len(labels) < 0.05 * len(paragraphs):
        return None
    # Nothing before the first label was split (a split line is itself a label), so these are
    # the file's own paragraphs.
    if _reports_speech(replace(document, paragraphs=paragraphs[: labels[0]])) or _reported_after_labels(
        paragraphs, labels
    ):
        return None
    return replace(document, paragraphs=paragraphs)


def _reported_after_labels(paragraphs: list[Paragraph], labels: list[int]) -> bool:
    """Whether most labels are followed by words reported, not said: "Radny Jan Lis: zapytał,
    ile patroli …" is a protocol naming its speakers first (a transcript's speech opens with
    the speaker's own words)."""
    openings = [paragraphs[i + 1].text for i in labels if i + 1 < len(paragraphs)]
    reported = sum(1 for text in openings if opens_with_a_past_verb(text))
    return reported > len(openings) / 2


def _reports_speech(preamble: Document) -> bool:
    """Whether what comes before the first label records somebody's words in reported speech
    ("Informację przedstawiła Naczelnik … Pani Marzena Kot. …"): then the labels are a
    protocol's quotes, and the protocol's reading keeps that record (a transcript's keeps
    only who chaired and the facts of the meeting before its first speech)."""
    if not preamble.paragraphs:
        return False
    return any(span.speaker for passage in parse_protocol(preamble).passages for span in passage.spans)


def _labels_on_their_own_lines(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Labels that open their speech's line ("Poseł Jan Kowalski: Panie Marszałku! …") split
    off, so that both ways of writing a transcript read alike."""
    split: list[Paragraph] = []
    named: set[str] = set()
    # Who speaks on a line of its own with no colon ("Radna Ewa Sowa" over her speech) only
    # where no line has one: among labels with colons a name alone is something else (the
    # first half of an interjection the PDF reader split: "Poseł Antoni Macierewicz").
    inline = [inline_label(p.text) for p in paragraphs]
    alone = [looks_like_label(p.text, p.bold) for p in paragraphs]
    colons = any(inline) or any(alone)

    def labelled(label: str) -> None:
        if name := parse_label(label).name:
            named.add(name)

    for index, paragraph in enumerate(paragraphs):
        first_line, newline, rest = paragraph.text.strip().partition("\n")
        following = paragraphs[index + 1].text if index + 1 < len(paragraphs) else ""
        if found := inline[index] or known_speaker_label(paragraph.text, named):
            label, speech = found
            split.append(replace(paragraph, text=label, bold=False))
            if speech:
                split.append(replace(paragraph, text=speech))
            labelled(label)
        elif (
            newline
            and rest.strip()
            and ((first_is_label := looks_like_label(first_line)) or (not colons and _named_above(first_line, rest)))
        ):
            # "RADNA KINGA ZAWADZKA", or "Radna Ewa Sowa" with no colon, and her first line,
            # joined as the lines of one paragraph.
            first_line = first_line if first_is_label else f"{first_line}:"
            split.append(replace(paragraph, text=first_line, bold=False))
            split.append(replace(paragraph, text=rest.strip()))
            labelled(first_line)
        elif not colons and not newline and _named_above(first_line, following):
            # "Radna Ewa Sowa" with no colon, a paragraph of its own over her speech.
            split.append(replace(paragraph, text=f"{first_line}:", bold=False))
            labelled(f"{first_line}:")
        else:
            split.append(paragraph)
            if alone[index]:
                labelled(paragraph.text)
    return split


def _named_above(first_line: str, rest: str) -> bool:
    """ "Radna Ewa Sowa" alone on a line, her speech on the lines below (transcripts exported
    as text set who speaks so, without a colon); not a list of names, one to a line."""
    below = rest.lstrip().partition("\n")[0]
    return bool(below) and names_a_speaker(first_line) and not names_a_speaker(below) and not looks_like_label(below)


def speech_spans(
    text: str, speaker: str | None, role: str | None, confidence: float | None = None, labelled: bool = True
) -> list[Span]:
    """Partition a speech: the turn's speaker, with "(Poseł X: …)" interjections given to X
    and other parentheticals to nobody: "(Głos z sali: …)" said by somebody unnamed, "(Oklaski)"
    the stenographer's narration, as is text under no speaker's label."""
    turn_confidence = (confidence or 1.0) if speaker else None
    spans: list[Span] = []
    cursor = 0
    for match in _PARENTHESIS.finditer(text):
        inner = match.group(1)
        label, colon, _ = inner.partition(":")
        interjector = parse_label(label + ":") if colon and looks_like_label(label + ":") else None
        if match.start() > cursor:
            spans.append(Span(cursor, match.start(), speaker, role, turn_confidence, not labelled))
        if interjector and interjector.name:
            spans.append(Span(match.start(), match.end(), interjector.name, interjector.role, 1.0))
        else:
            role_heard = interjector.role if interjector else None
            spans.append(Span(match.start(), match.end(), None, role_heard, None, narration=not colon))
        cursor = match.end()
    if cursor < len(text) or not spans:
        spans.append(Span(cursor, len(text), speaker, role, turn_confidence, not labelled))
    return spans


def spoken_agenda_point(text: str) -> str | None:
    """The agenda point the chair moves to in this paragraph, "N. Title", the last if several."""
    found = None
    for match in _SPOKEN_AGENDA_POINT.finditer(text):
        rest = text[match.end() : match.end() + _AGENDA_TITLE_CHARS]
        sentences = split_sentences(rest)
        title = " ".join(rest[: sentences[0][1]].split()).rstrip(".") if sentences else ""
        if title:
            found = f"{match.group(1)}. {title}"
    return found


_ADDRESS_GENDER = {"pan": "m", "pani": "f"}


def _role_key(role: str | None) -> str | None:
    """ "Przewodnicząca Komisji" and "Przewodniczący" hold one office."""
    return ROLE_KEYS.get(role.split()[0].lower(), role.split()[0].lower()) if role else None


def _in_full(name: str | None, named: set[str]) -> str | None:
    """ "J. Nowak" or "Nowak" as the one Jan Nowak labelled before it ("Dyrektor E. Lis:" after
    "Pani Ewa Lis – Dyrektor Wydziału:"), so that one person is one speaker; as given otherwise."""
    if name and " " not in name:
        # "Wrona – radny:" after "Radny Piotr Wrona:": the surname alone.
        full = {n for n in named if " " in n and n.split()[-1] == name}
        return full.pop() if len(full) == 1 else name
    initial = re.match(r"^([A-ZĄĆĘŁŃÓŚŹŻ])\.\s*(\S.*)$", name or "")
    if not initial:
        return name
    full = {n for n in named if n.split()[-1] == initial.group(2) and n[:1] == initial.group(1) and n != name}
    return full.pop() if len(full) == 1 else name


# Offices many hold at one meeting: a bare "Radny:" or "Poseł:" is a councillor or an MP the
# transcript did not name, not the one labelled last.
_HELD_BY_MANY = {
    "radny",
    "poseł",
    "senator",
    "członek",
    "sołtys",
    "przedstawiciel",
    "mieszkaniec",
    "mieszkanka",
    "gość",
}


def _holder(raw: str, role: str, holders: dict[str, str], labelled: dict[str, list[tuple[str, str]]]) -> str | None:
    """Who a bare office ("Przewodnicząca:", "Pan Przewodniczący:", "Marszałek:") is: who holds
    it (presides, or was labelled with it last), if the address or the office's own gender
    fits; else the one person of that gender labelled with it, the committee's first
    ("Przewodnicząca:" after "Przewodniczący Rady Miasta Jan Nowak:" is not he); else nobody.
    An office many hold ("Radny:") or a label saying it names nobody is nobody named."""
    key = _role_key(role)
    if key in _HELD_BY_MANY or says_it_is_unknown(role):
        return None
    wanted = _ADDRESS_GENDER.get(raw.split()[0].lower()) or _office_gender(role.split()[0])
    holder = holders[key]
    if not wanted or first_name_gender(holder) in (None, wanted):
        return holder
    fitting = list(dict.fromkeys(n for n, _ in labelled.get(key, []) if first_name_gender(n) == wanted))
    own = [n for n in fitting if any(n == m and of_the_committee(r) for m, r in labelled[key])]
    chosen = own if len(own) == 1 else fitting
    return chosen[-1] if len(chosen) == 1 else None


def _office_gender(word: str) -> str | None:
    """ "Przewodnicząca" → "f", "Przewodniczący" → "m"; None where one word names both: a
    masculine noun names women in office too ("Wicemarszałek Monika Wielichowska", "Kierownik
    Viktoriya Herun"), a masculine adjective ("Przewodniczący", "Radny") does not."""
    genders = {g for _, tag, _ in analyse(word) if tag.startswith("subst") for g in genders_of(tag)}
    if genders == {"f"}:
        return "f"
    masculine = genders and all(g.startswith("m") for g in genders)
    return "m" if masculine and word.lower().endswith(("cy", "ny")) else None


def _surname_after_office(role: str | None) -> str | None:
    """ "Dyrektor Zając" → "Zając": an office and one capitalised word that can be a surname
    and is no part of an office ("Przewodniczący Komisji", "Minister Zdrowia" have none)."""
    words = (role or "").split()
    if len(words) != 2 or not office_key(words[0]) or not words[1][:1].isupper() or words[1].isupper():
        return None  # "Prezes NIK": an acronym is what the office is of
    if office_key(words[1]):
        return None
    return words[1] if can_be_surname(words[1]) else None


def _names_somebody(role: str | None) -> bool:
    """Whether a label's words past its office hold a first name: a name left unread."""
    return any(can_be_first_name(word) for word in (role or "").split()[1:])


def _turn_passages(
    paragraphs: list[Paragraph],
    label: str | None,
    agenda_item: str | None,
    holders: dict[str, str],
    named: set[str] | None = None,
    labelled: dict[str, list[tuple[str, str]]] | None = None,
) -> list[Passage]:
    """The passages of one speaker's turn; ``named``: the full names labelled so far,
    ``labelled``: by office, who was labelled with it and the office as written."""
    parsed = parse_label(label) if label else None
    known_names = (named or set()) | set(holders.values())
    speaker = _in_full(parsed.name, known_names) if parsed else None
    role = parsed.role if parsed else None
    confidence = None
    surname = _surname_after_office(role) if parsed and not speaker else None
    alone = [n for n in known_names if role and n.split()[-1] == role] if parsed and not speaker else []
    if len(alone) == 1:
        # "Kowalski:" (a label only where one labelled in full before has that surname).
        speaker, role, confidence = alone[0], None, CONFIDENCE_PRESIDING
    elif surname:
        # "Dyrektor Zając:": the one person labelled in full with that surname (not the last
        # Dyrektor, who may be somebody else), or, with none or several, the surname as given.
        forms = (surname, nominative_surname(surname))
        known = {n for n in known_names if n.split()[-1] in forms}
        if len(known) == 1:
            speaker, confidence = known.pop(), CONFIDENCE_PRESIDING
        else:
            speaker = nominative_surname(surname)
        role = role.rsplit(" ", 1)[0]
    # "Pan Przewodniczący:" is who holds the chair; "Poseł Agata Wojtyszek:", a name the
    # parser could not read, is nobody's office but hers.
    elif parsed and not speaker and _role_key(role) in holders and not _names_somebody(role):
        holder = _holder(parsed.raw, role, holders, labelled or {})
        if holder:
            speaker, confidence = holder, CONFIDENCE_PRESIDING
    if speaker and not role:
        # "Irena Maj:" after "Skarbnik Miasta Pani Irena Maj:": her office as labelled before.
        role = next((office for held in (labelled or {}).values() for who, office in held if who == speaker), None)
    chunks: list[list[Paragraph]] = [[]]
    for paragraph in paragraphs:
        if chunks[-1] and sum(len(p.text) for p in chunks[-1]) + len(paragraph.text) > MAX_PASSAGE_CHARS:
            chunks.append([])
        chunks[-1].append(paragraph)
    passages = []
    for chunk in chunks:
        if not chunk:
            continue
        text = "\n".join(p.text for p in chunk)
        passages.append(
            Passage(
                text=text,
                page=chunk[0].page,
                agenda_item=agenda_item,
                speaker_label=label,
                spans=speech_spans(text, speaker, role, confidence, labelled=label is not None),
            )
        )
    return passages


def parse_transcript(document: Document) -> Meeting:
    """A transcript as ``as_transcript`` gives it: every label on a line of its own."""
    paragraphs = [p for p in document.paragraphs if not _DOT_LEADER.search(p.text)]
    first_label = next((i for i, p in enumerate(paragraphs) if looks_like_label(p.text, p.bold)), len(paragraphs))
    header = paragraphs[: min(first_label, _HEADER_PARAGRAPHS)]
    header_lines = [collapse_letter_spacing(p.text) for p in header]
    title = " ".join(header_lines)
    # Header lines are separate statements ("Komisja Konstytucyjna …", "Dzień 1 - Biuletyn nr 13"),
    # so the committee and body are read line by line, not across lines.
    named = [split_committee_and_body(line) for line in header_lines]
    committee = next((c for c, _ in named if c), None)
    body = next((b for _, b in named if b), None) or split_committee_and_body(title)[1]
    found_date = meeting_date(title)
    meeting = Meeting(
        style="transcript",
        number=meeting_number(title),
        date=found_date[0] if found_date else None,
        committee=committee,
        body=body,
    )

    agenda: list[str] = []
    agenda_item: str | None = None
    label: str | None = None
    turn: list[Paragraph] = []
    # Stage directions right before the first speaker ("(Wznowienie posiedzenia o godz. 10 min 13)",
    # who presides) are record; the header's "(luty 1995)" is not.
    label_page = paragraphs[first_label].page if first_label < len(paragraphs) else None
    for paragraph in reversed(paragraphs[:first_label]):
        if not paragraph.text.startswith("(") or paragraph.page != label_page or find_date(paragraph.text):
            break
        turn.insert(0, paragraph)

    holders: dict[str, str] = {}
    named: set[str] = set()
    labelled: dict[str, list[tuple[str, str]]] = {}

    def close_turn() -> None:
        if turn:
            meeting.passages.extend(_turn_passages(turn, label, agenda_item, holders, named, labelled))
        turn.clear()

    def note_presiding(text: str) -> None:
        for match in PRESIDING.finditer(text):
            if match.group("name"):
                holders[_role_key(match.group("role"))] = parse_label(f"X {match.group('name')}:").name or match.group(
                    "name"
                )

    for paragraph in turn:
        note_presiding(paragraph.text)
    # Committee minutes name who chairs before the first label ("Posiedzenie prowadziła
    # Przewodnicząca Komisji radna Urszula Pańka."): a bare "Przewodnicząca:" is she.
    if chair := chair_named_in(paragraphs[:first_label]):
        holders[_role_key("Przewodniczący")] = chair
        meeting.chair = chair

    def enters_point(paragraph: Paragraph, stenogram_points: bool = True) -> bool:
        """Whether the paragraph heads an agenda point; if so, the turns after it are under it."""
        nonlocal agenda_item
        point = (stenogram_points and _AGENDA_POINT.match(paragraph.text)) or _PROTOCOL_POINT.match(paragraph.text)
        if not point or not (paragraph.bold or len(paragraph.text) < 400):
            return False
        close_turn()
        number, title_text = point.group(1), " ".join(point.group(2).split()).rstrip(".")
        named = f"{number}. {title_text}".strip() if title_text else None
        # "Ad. 2" alone: the point as first named, if it was.
        agenda_item = named or next((item for item in agenda if item.split(".", 1)[0] == number), f"{number}.")
        if agenda_item not in agenda:
            agenda.append(agenda_item)
        return True

    # Committee minutes may say before the first speech who chaired and which point it opens
    # ("Posiedzenie prowadziła Przewodnicząca …", "Ad. 1. Informacja o …"): the record's own
    # words and its first point, not the header (a stenogram's title and table of contents,
    # "Punkt 38. porządku dziennego: …", are neither).
    stage_directions = list(turn)
    turn.clear()
    for paragraph in paragraphs[:first_label]:
        if paragraph in stage_directions or enters_point(paragraph, stenogram_points=False):
            continue
        if states_meeting_fact(paragraph.text) and not paragraph.text.startswith("("):
            meeting.passages.extend(_turn_passages([paragraph], None, agenda_item, holders))
    turn.extend(stage_directions)

    for paragraph in paragraphs[first_label:]:
        if enters_point(paragraph):
            continue
        if SIGN_OFF.match(paragraph.text) and len(paragraph.text) < _SIGN_OFF_CHARS:
            close_turn()
            label = None
        # "Kowalski:" alone on its line, after "Przewodniczący Komisji Jan Kowalski:".
        if looks_like_label(paragraph.text, paragraph.bold) or (
            (again := known_speaker_label(paragraph.text, named)) and not again[1]
        ):
            close_turn()
            label = paragraph.text.strip()
            parsed = parse_label(label)
            if parsed.name and parsed.name[1:2] != ".":
                named.add(parsed.name)
            if parsed.name and parsed.role:
                holder = _in_full(parsed.name, named)
                holders[_role_key(parsed.role)] = holder
                labelled.setdefault(_role_key(parsed.role), []).append((holder, parsed.role))
            continue
        note_presiding(paragraph.text)
        if announced := spoken_agenda_point(paragraph.text):
            # The turn so far belongs to the point before; from this paragraph on, to this one,
            # named as when first announced ("Powracamy do …" may shorten its title).
            close_turn()
            number = announced.split(".", 1)[0]
            agenda_item = next((item for item in agenda if item.split(".", 1)[0] == number), announced)
            if agenda_item not in agenda:
                agenda.append(agenda_item)
        turn.append(paragraph)
    close_turn()
    meeting.agenda = agenda
    meeting.chair = meeting.chair or _opened_by(meeting.passages)
    meeting.people = _people(meeting)
    return meeting


def _opened_by(passages: list[Passage]) -> str | None:
    """Who chaired, as the record shows it: the speaker who opens the meeting ("Otwieram
    posiedzenie Komisji …"), not who resumes it after a break."""
    for passage in passages:
        for span in passage.spans:
            words = passage.text[span.start : span.end]
            opens = (m.group().lower().startswith("otwieram") for m in OPENS_MEETING.finditer(words))
            if span.speaker and any(opens):
                return span.speaker
    return None


def _people(meeting: Meeting) -> list[MeetingPerson]:
    people: dict[str, MeetingPerson] = {}
    for passage in meeting.passages:
        parsed = parse_label(passage.speaker_label) if passage.speaker_label else None
        for span in passage.spans:
            if not span.speaker:
                continue
            person = people.setdefault(span.speaker, MeetingPerson(span.speaker))
            if span.role and span.role not in person.roles:
                person.roles.append(span.role)
            variant = parsed.raw.rstrip(":") if parsed else None
            if parsed and parsed.name == span.speaker and variant not in person.variants:
                person.variants.append(variant)
    return sorted(people.values(), key=lambda p: p.name)

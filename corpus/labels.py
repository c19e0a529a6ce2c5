"""Speaker labels of verbatim transcripts: "Poseł Jan Kowalski (PSL):" → role, name, party."""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.morphology import WORD, analyse, first_name_gender, nominative_name, unshouted
from corpus.names import can_be_surname, find_names
from corpus.roles import ABBREVIATED_IN_A_ROLE, nominative_office, office_key, role_nominative, written_out
from corpus.sentences import DEGREES, RANKS
from corpus.textjoin import TIMESTAMP

# Words that open a speaker label in Polish parliamentary and council transcripts.
ROLE_WORDS = {
    "poseł",
    "posłanka",
    "marszałek",
    "wicemarszałek",
    "senator",
    "sekretarz",
    "podsekretarz",
    "minister",
    "wiceminister",
    "prezes",
    "wiceprezes",
    "przewodniczący",
    "przewodnicząca",
    "wiceprzewodniczący",
    "wiceprzewodnicząca",
    "ekspert",
    "przedstawiciel",
    "przedstawicielka",
    "rzecznik",
    "zastępca",
    "szef",
    "prokurator",
    "członek",
    "prezydent",
    "wiceprezydent",
    "pierwszy",
    "radny",
    "radna",
    "burmistrz",
    "wójt",
    "starosta",
    "skarbnik",
    "dyrektor",
    "kierownik",
    "naczelnik",
    "komendant",
    "pełnomocnik",
    "sołtys",
    "wojewoda",
    "sprawozdawca",
    "mówca",
    "mówczyni",
    "głos",
    "pani",
    "pan",
    "mecenas",
    "prof.",
    "dr",
}
# "(KO)", "/PiS/" after a name: the speaker's party or club.
_PARTY = re.compile(r"\s*(?:\(([^()]{1,60})\)|/([^/()]{1,40})/)\s*$")
_SENTENCE_INSIDE = re.compile(r"(?<![\w.])(\w+)?[.!?]\s+[a-ząćęłńóśźż]")


def _sentence_inside(text: str) -> bool:
    """Whether a sentence ends inside ``text``: a stop before a lowercase word, but not that of
    a rank or degree ("Komendant Miejski Policji mł. insp. Adam Róg")."""
    return any((match.group(1) or "").lower() not in RANKS | DEGREES for match in _SENTENCE_INSIDE.finditer(text))


_MAX_LABEL_WORDS = 16


@dataclass
class SpeakerLabel:
    raw: str
    name: str | None
    role: str | None
    party: str | None


# When a recording's speaker began, written after who it is: "Ewa Sowa (radna) [00:02:30]:".
_TIME_AFTER = re.compile(r"\s+[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?(?=\s*:?\s*$)")


def looks_like_label(text: str, bold: bool = False) -> bool:
    """A line that names who speaks next ("Marszałek:", "Poseł Anna Nowak (KO):", and in a
    recording's transcript "[00:03:05] Radny Piotr Maj:", "00:03:05 Radny Piotr Maj", "Piotr
    Maj (radny) [00:03:05]:")."""
    text = _TIME_AFTER.sub("", text.strip())
    timed = TIMESTAMP.match(text)
    if timed:
        text = text[timed.end() :]
        if ":" in text.rstrip(":"):
            return False  # "[00:00:10] Mówca 1: Otwieram …": who and the words, not who alone
        text = text if text.endswith(":") else text + ":"
    if not text.endswith(":") and ((bold and names_a_speaker(unshouted(text))) or shouted_label(text)):
        # "**Radny Piotr Lis**" or "RADNY PIOTR LIS" on its own line, the speech below: a label.
        text += ":"
    if not text.endswith(":") or len(text) > 200 or text.startswith("("):
        return False
    body = text[:-1].strip()
    words = body.split()
    if not words or len(words) > _MAX_LABEL_WORDS or _sentence_inside(body):
        return False
    if bold:
        return True
    if words[0].lower().strip(",") in ROLE_WORDS:
        return True
    # No role word first: a name must be there ("Jan Kowalski:", "Mieszkanka Anna Lis:"); a
    # protocol's "Wnioski Komisji:", "Obecni członkowie Komisji:" head what follows, and
    # enough of them read a protocol as a transcript.
    bare = _PARTY.sub("", body)  # "Anna Lis (Dyrektor Wydziału Kultury):" is her name's label
    if split := _office_after_dash(bare):
        if _surname_alone(split[0]):
            return True  # "Wrona – radny:"
        bare = split[0]  # "Jan Wrona – radny:": the name's label
    capitalised = [w for w in bare.split() if w[:1].isupper()]
    return (
        len(capitalised) >= 2
        and len(capitalised) >= 0.6 * len(bare.split())
        and bool(office_key(words[0]) or words[0].lower() in PEOPLE_WITHOUT_OFFICE or find_names(bare))
    )


def known_speaker_label(text: str, named: set[str]) -> tuple[str, str] | None:
    """(label, the speech after it or "") where a line opens with who was labelled in full
    before ("Jan Kowalski", of ``named``), written again as a label: by surname alone
    ("Kowalski: Proszę o spokój."), with a degree or an address ("Prof. dr hab. Jan Nowak: Tak,
    …", "p. Ewa Sowa: …"). A label of someone the record never labelled so stays speech ("Prof.
    Lucjan Malinowski: „…”" is a speaker quoting), as does a word alone that is nobody's
    surname ("Uwaga:", "Wnioski:")."""
    ends = _LABEL_END.search(text, 0, _INLINE_LABEL_CHARS)
    if ends is None:
        return None
    label, speech = text[: ends.start()].strip(), text[ends.end() :].strip()
    if not label[:1].isalpha() or _NO_INLINE_LABEL.search(label):
        return None  # "(Poseł Grzegorz Braun: Pytam: …)": a voice from the floor, within a speech
    surnames = {name.split()[-1] for name in named if " " in name and not name.split()[-1].endswith(".")}
    name = parse_label(label + ":").name
    # Named as a label names, in the nominative: "Do posła Tadeusza Woźniaka: …" is said to him.
    if label in surnames or (" " in label and name in named and name in label):
        return f"{label}:", speech
    return None


def _shouted(text: str) -> bool:
    """A line set in capitals, as stenograms set who speaks next: it stands out as bold does."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 3 and all(c.isupper() for c in letters)


def shouted_label(text: str) -> bool:
    """ "RADNA KINGA ZAWADZKA": a line in capitals naming who speaks, her speech below it."""
    return _shouted(text) and names_a_speaker(unshouted(text.strip()))


def names_a_speaker(text: str) -> bool:
    """Whether a line (its colon aside) only names who speaks: a few words, no sentence, a
    name in the nominative at its end, an office or nothing before it ("Radny Piotr Lis",
    "Dyrektor Wydziału Sportu Anna Bąk"); not a heading ("Informacja Dyrektora Anny Bąk")."""
    words = text.split()
    if not words or len(words) > _MAX_BOLD_LABEL_WORDS or text[-1] in ".!?;," or _sentence_inside(text):
        return False
    bare = _PARTY.sub("", text).strip()
    names = find_names(bare)
    if not names or bare[names[-1].end :].strip():
        return False
    surface = names[-1].surface.split()
    before = bare[: names[-1].start].split()
    return nominative_name(surface) == " ".join(surface) and (
        not before or office_key(before[0]) is not None or before[0].lower() in PEOPLE_WITHOUT_OFFICE | {"pan", "pani"}
    )


_MAX_BOLD_LABEL_WORDS = 10


def opens_with_a_past_verb(text: str) -> bool:
    """ "zapytał, ile …", "zwróciła uwagę …": words reported after who said them; a recording's
    transcript in lower case ("dziękuję bardzo, panie przewodniczący …") opens with the
    speaker's own words."""
    first = WORD.match(text.lstrip("„\"'(–- "))
    return (
        bool(first)
        and first.group()[:1].islower()
        and any(tag.startswith("praet") for _, tag, _ in analyse(first.group()))
    )


# Who may speak at a committee with no office: "Mieszkaniec ulicy Długiej:", "Gość Komisji:".
PEOPLE_WITHOUT_OFFICE = {
    "mieszkaniec",
    "mieszkanka",
    "mieszkańcy",
    "gość",
    "obywatel",
    "obywatelka",
    "student",
    "studentka",
}


def parse_label(raw: str) -> SpeakerLabel:
    raw = _TIME_AFTER.sub("", TIMESTAMP.sub("", raw.strip()))  # when they began is no part of who it is
    text = raw.rstrip(":").strip()
    party = None
    if match := _PARTY.search(text):
        party = (match.group(1) or match.group(2)).strip()
        text = text[: match.start()].strip()
    names = find_names(text)
    if party and party.split()[0].lower().strip(",") in ROLE_WORDS:
        # "J. Bazylewicz (radny):", "Jan Kos (radny, PiS):" — an office in the parentheses,
        # and the party after it.
        office, _, rest = party.partition(",")
        text, party = f"{text} – {office.strip()}", rest.strip() or None
    if not names:
        if (split := _office_after_dash(text)) and _surname_alone(split[0]):
            return SpeakerLabel(raw, unshouted(split[0]), split[1], party)  # "Wrona – radny:"
        return SpeakerLabel(raw, None, (_without_address(text) or text) or None, party)
    last = names[-1]
    before = text[: last.start]
    if text[last.end :].strip(" ,–—-") and before.strip().lower() in {"pan", "pani"}:
        before = ""  # "Pani Ewa Głowacka – Dyrektor …": the office after the dash is her role
    # "Radna Anna Sowa, Wiceprzewodnicząca Komisji:": the offices before and after the name, as
    # one role ("Radna, Wiceprzewodnicząca Komisji"), the comma kept where it was written.
    role = _without_address(re.sub(r"\s+,", ",", before + text[last.end :]).strip(" ,–—-"))
    role = unshouted(role) if role.isupper() else role  # "Przedstawiciel NIK" stays as it is
    words = role.split()
    if len(words) > 1 and words[0].lower() in _UTTERANCES:
        # "Wypowiedź radnego Piotra Zięby:", "Odpowiedź Dyrektor Anny Lis:": the office is the
        # radny's, the Dyrektor's.
        role = role_nominative(words[1:], first_name_gender(last.name))
        role = role[:1].upper() + role[1:]
    return SpeakerLabel(raw, unshouted(last.name), role or None, party)


# What a label may say a speaker's words are before naming the speaker in the genitive.
_UTTERANCES = {"wypowiedź", "odpowiedź", "pytanie", "zapytanie", "głos", "wniosek", "opinia", "stanowisko"}


def _without_address(role: str) -> str:
    """ "Pani Skarbnik" is the Skarbnik; "Wiceprzewodniczący Rady Miasta p." the office alone."""
    words = role.split()
    while words and (words[0].lower() in _ADDRESS_WORDS or _rank(words[0])):
        words = words[1:]
    while words and (words[-1].lower() in _ADDRESS_WORDS or _rank(words[-1])):
        words = words[:-1]
    if len(words) > 1 and words[-1].lower() in _COUNCILLOR:
        words = words[:-1]  # "Przewodniczący Komisji radny …": the office is the chair's
    return " ".join(words).strip(" ,–—-")


_ADDRESS_WORDS = {"pan", "pani", "p."}


def _rank(word: str) -> bool:
    """ "mł.", "insp.", "dr": a rank or degree before a name, no part of the office."""
    return word.endswith(".") and word[:-1].lower() in RANKS | DEGREES or word.lower() in {"dr", "prof"}


# A label on the speech's own line ("Poseł Jan Kowalski: Panie Marszałku! …") ends at the
# line's first colon, within this many characters; not one of a time ("Ewa Sowa [00:02:30]: …").
_INLINE_LABEL_CHARS = 120
_LABEL_END = re.compile(r":(?!\d{2}\b)")


def inline_label(text: str) -> tuple[str, str] | None:
    """("Poseł Jan Kowalski:", "Panie Marszałku! …") where a line opens with who speaks.

    Stricter than a label on its own line, since speeches have colons too: the words before
    the colon must be a role and what qualifies it ("Marszałek", "Głos z sali", "Minister
    Finansów Andrzej Domański") or a name in the nominative ("Jan Kowalski"), with no sentence,
    comma or verb among them: "Pani Marszałek! Wysoka Izbo! Mam pytanie: …", "Pani poseł, ma
    pani rację: …", "Do posła Tadeusza Woźniaka: …", "Pani Kierownik odpowiedziała: …"
    (a protocol reporting speech) are no labels."""
    timed = TIMESTAMP.match(text)
    after_time = timed.end() if timed else 0
    ends = _LABEL_END.search(text, after_time, after_time + _INLINE_LABEL_CHARS)
    if ends is None:
        return None
    colon = ends.start()
    label, speech = text[: colon + 1].strip(), text[colon + 1 :].strip()
    if not any(c.isalpha() for c in speech) or not looks_like_label(label) or only_a_name(speech):
        return None
    # "Poseł Anna Nowak (KO)": the party is no word of the label, nor when they began.
    bare = _PARTY.sub("", _TIME_AFTER.sub("", text[after_time:colon]))
    if _named_then_office(bare):
        return label, speech
    # "Pani Ewa Głowacka – Dyrektor Zarządu Budynków:": who, then a dash and her office.
    parts = _OFFICE_AFTER_DASH.split(bare, maxsplit=1)
    bare, office = parts[0], parts[1] if len(parts) > 1 else ""
    if office and (not office[:1].isupper() or _not_a_label(office)):
        return None
    words = bare.split()
    if not words or _not_a_label(bare):
        return None
    if any(
        not (w[:1].isupper() or w.isdigit()) and w.lower() not in _LABEL_CONNECTORS | _COUNCILLOR | _UNKNOWN
        for w in words[1:] + office.split()[1:]
    ):
        return None
    if any(_only_a_verb(m.group()) for m in WORD.finditer(bare)):
        return None
    if words[0].lower() in _ROLES_ALONE or (written_out(words[0], None) or "").lower() in _ROLES_ALONE:
        return label, speech  # "Dyrektor Wydziału Anna Lis:", "Dyr. E. Lis:", "Zast. Burmistrza Jan Kos:"
    if len(words) > 1 and words[0].lower() in {"pan", "pani"} and office_key(words[1]) and nominative_office(words[1]):
        return label, speech  # "Pan Przewodniczący:", "Pani Kierownik Wydziału Sportu:"
    named = words[1:] if words[0].lower() in _ADDRESSES else words
    if parse_label(bare + ":").name and len(named) <= 3 and nominative_name(named) == " ".join(named):
        return label, speech
    return None


_OFFICE_AFTER_DASH = re.compile(r"\s+[–—-]\s+")


def _office_after_dash(label: str) -> tuple[str, str] | None:
    """(who, office) of "Jan Wrona – radny", "J. Wrona – Dyrektor Wydziału": who, then a dash
    and an office; None where no office follows a dash."""
    parts = _OFFICE_AFTER_DASH.split(label, maxsplit=1)
    if len(parts) == 2 and parts[1].split() and office_key(parts[1].split()[0]):
        return parts[0], parts[1]
    return None


def _surname_alone(words: str) -> bool:
    return len(words.split()) == 1 and can_be_surname(words)


# A councillor's title between an office and the name: "Przewodniczący Komisji radny Jan Lis:".
_COUNCILLOR = {"radny", "radna"}


def _named_then_office(label: str) -> bool:
    """ "Pani Agnieszka Wolna, Dyrektor Wydziału Oświaty", "Jan Kowalski, radny": a full name
    in the nominative, a comma, then an office and nothing that could be a sentence ("Pani
    poseł, ma pani rację" names nobody; "Jan Lis, pan wie, że …" has no office after it)."""
    who, comma, office = label.partition(",")
    names = find_names(who)
    if not comma or len(names) != 1 or who[names[0].end :].strip():
        return False
    before = who[: names[0].start].split()
    surface = names[0].surface.split()
    words = office.split()
    return (
        all(w.lower() in _ADDRESS_WORDS for w in before)
        and nominative_name(surface) == " ".join(surface)
        and bool(words)
        and office_key(words[0]) is not None
        and not _not_a_label(office)
        and all(w[:1].isupper() or w.lower() in _LABEL_CONNECTORS | _COUNCILLOR for w in words[1:])
        and not any(_only_a_verb(m.group()) for m in WORD.finditer(office))
    )


# Sentence ends and commas: a label on its speech's line has neither (the full stop of an
# initial, "Radna A. Kaczmarek:", ends no sentence).
_NO_INLINE_LABEL = re.compile(r"[!?,;„”\"]")
_STOP = re.compile(r"(\S+)\.\s")


def _not_a_label(words: str) -> bool:
    """Whether ``words`` read as a sentence, no label: punctuation a label has none of, or a
    full stop other than an initial's ("J. Kowalski") or a role's abbreviation's ("Przew. Kom.";
    not a degree's: "Prof. Lucjan Malinowski: „…”" is a speaker quoting a scholar)."""
    if _NO_INLINE_LABEL.search(words):
        return True
    return any(
        not (len(word) == 1 and word.isupper()) and word.lower() not in ABBREVIATED_IN_A_ROLE
        for word in (m.group(1) for m in _STOP.finditer(words))
    )


# A recording's transcript labels whom it cannot name: "Mówca niezidentyfikowany:", "Mówca 2:".
_UNKNOWN = {"niezidentyfikowany", "niezidentyfikowana", "nierozpoznany", "nierozpoznana", "nieznany", "nieznana"}
# Lowercase words a role may have: "Głos z sali", "Sekretarz stanu w Ministerstwie Finansów".
_LABEL_CONNECTORS = {"z", "ze", "w", "we", "do", "ds.", "i", "oraz", "na", "sali", "spraw", "stanu"}
# Role words that also open an address to someone ("Pani poseł …", "Pan do mnie: …"): a label
# on the speech's line opening with them needs a name.
_ADDRESSES = {"pani", "pan", "prof.", "dr"}
_ROLES_ALONE = ROLE_WORDS - _ADDRESSES


def says_it_is_unknown(role: str | None) -> bool:
    """ "Radny (niezidentyfikowany)", "Mówca nierozpoznany": a label that says it names nobody."""
    return any(word.strip("().,").lower() in _UNKNOWN for word in (role or "").split())


def only_a_name(text: str) -> bool:
    """ "Przewodniczący Komisji: Tomasz Pilch" signs a protocol; nobody's speech is a name."""
    names = find_names(text)
    return len(names) == 1 and not text[: names[0].start].strip() and not text[names[0].end :].strip(" .")


def _only_a_verb(word: str) -> bool:
    tags = [tag for _, tag, _ in analyse(word)]
    return bool(tags) and all(tag.split(":")[0] in _VERB_CLASSES for tag in tags)


_VERB_CLASSES = {"fin", "praet", "impt", "inf", "bedzie", "imps", "pcon", "pant", "winien"}

"""Who speaks in a reported-speech protocol.

Protocols report speech ("Pani Kierownik odpowiedziała, że …"), so the speaker is read from
the grammar: a person mentioned in the nominative, followed by a reporting verb or by "że",
speaks the sentence; "Na pytanie radnej X …" gives the question to X; "Pani Kierownik"
refers back to the person of that role named last. Sentences after a speech clause continue
its speaker until the minute-taker's narration ("Komisja …", "posiedzenie zakończono") or a
new speaker. Where the text does not say who speaks, the span has no speaker.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace

from corpus.labels import PEOPLE_WITHOUT_OFFICE, looks_like_label, names_a_speaker, only_a_name
from corpus.meeting_facts import SIGN_OFF, states_meeting_fact
from corpus.model import Meeting, MeetingPerson, Passage, Span
from corpus.morphology import analyse, cases_of, first_name_gender, genders_of, nominative_surname
from corpus.names import can_be_first_name, can_be_surname, find_names
from corpus.roles import (
    ABBREVIATED,
    ABBREVIATED_IN_A_ROLE,
    ROLE_KEYS,
    nominative_office,
    of_the_committee,
    office_key,
    role_nominative,
    written_out,
)
from corpus.sentences import DEGREES, RANKS, split_sentences
from corpus.textjoin import LISTED_POINT

# "p." before a name is one token: the abbreviation of "pan" and "pani". So is a company's
# legal form, part of an office's name ("Prezes Zarządu MPK Sp. z o.o. Pan Marek Dąb").
_LEGAL_FORM = re.compile(r"\b[sS][pP]\.\s?z\s?o\.\s?o\.|\bS\.\s?A\.(?!\w)")
_TOKEN = re.compile(
    _LEGAL_FORM.pattern + r"|\b[pP]\.(?=\s*[A-ZĄĆĘŁŃÓŚŹŻ])|[^\W\d_]+(?:-[^\W\d_]+)*|\d+|[^\w\s]", re.UNICODE
)
REPORTING_VERBS = set(
    """
    powiedzieć mówić poinformować informować dodać dodawać zapytać pytać dopytać dopytywać wyjaśnić wyjaśniać
    zapewnić zapewniać zwrócić zwracać zaproponować proponować podkreślić podkreślać stwierdzić stwierdzać
    odpowiedzieć odpowiadać przedstawić przedstawiać omówić omawiać wymienić wymieniać zapowiedzieć zauważyć
    zauważać wskazać wskazywać przypomnieć przypominać zaznaczyć zaznaczać oświadczyć wyrazić zgłosić zgłaszać
    zasugerować sugerować uznać ocenić oceniać wnioskować wnieść apelować zaapelować prosić poprosić zadeklarować
    deklarować potwierdzić zaprzeczyć poruszyć nawiązać kontynuować przejść referować zreferować relacjonować
    zrelacjonować tłumaczyć wytłumaczyć argumentować podsumować opowiedzieć odnieść wypowiedzieć wypowiadać
    podzielić opisać zarekomendować rekomendować poprzeć sprzeciwić zgodzić przyznać podziękować dziękować
    zakomunikować oznajmić zabrać zabierać zadać zadawać udzielić udzielać przekazać zaopiniować
    polemizować zaprotestować protestować skrytykować krytykować zaoponować oponować postulować
    zawnioskować przychylić sprzeciwiać skarżyć poskarżyć uskarżać obiecać zobowiązać
    odeprzeć odpierać replikować zripostować ripostować
    """.split()
)
# Verbs that say something only with a person named as their subject ("Projekt uchwały
# uzasadnił Naczelnik Adam Kruk", "Radny Jan Bór podniósł kwestię …"): with any other subject
# they are the words' content ("warunki, które zachęcą studentów", "Miasto zapraszało …"),
# so unlike REPORTING_VERBS they never end a speech going on without a name.
PRESENTING_VERBS = set(
    """
    uzasadnić uzasadniać zaprezentować prezentować przybliżyć przybliżać zapoznać zapoznawać scharakteryzować
    charakteryzować naświetlić naświetlać streścić nadmienić nadmieniać wspomnieć wspominać dopowiedzieć
    doprecyzować doprecyzowywać uściślić uściślać sprostować prostować zaakcentować akcentować zasygnalizować
    sygnalizować podnieść podnosić zakwestionować kwestionować zarzucić zarzucać zdementować dementować
    ustosunkować upomnieć optować zachęcić zachęcać zaprosić zapraszać zaoferować pogratulować gratulować
    przeprosić przepraszać zażądać żądać domagać nalegać przestrzec ostrzec ostrzegać przytoczyć
    przytaczać wyliczyć wyliczać doradzić doradzać rozwiać polecić polecać zobligować zreasumować reasumować
    """.split()
)
# "złożył wniosek", "składa zapytanie", "wystąpiła z informacją": filing one of these says it.
_FILING_VERBS = {"złożyć", "składać", "wystąpić", "występować"}
_FILED = {
    "wniosek",
    "propozycja",
    "zapytanie",
    "pytanie",
    "interpelacja",
    "oświadczenie",
    "postulat",
    "skarga",
    "zastrzeżenie",
    "informacja",
    "prośba",
    "apel",
}
# In every case: "zaproszonych gości: Wójta Gminy Pana Jana Mazura i Skarbnik Gminy Panią Annę Lis".
_HONORIFICS: dict[str, str | None] = {
    "pan": "m",
    "pana": "m",
    "panu": "m",
    "panem": "m",
    "pani": "f",
    "panią": "f",
    "p.": None,
    # a volunteer firefighter's or scout's: "Komendant OSP dh Marek Lipa"
    "dh": "m",
    "druh": "m",
    "druhna": "f",
}
# Sentences about the meeting itself are the minute-taker's, not anybody's speech.
_NARRATION_SUBJECTS = {"komisja", "posiedzenie", "obrady", "porządek", "głosowanie", "protokół", "zebranie", "sesja"}
# Councillors or members as one ("Radni przyjęli …"): the meeting acting, as "Komisja przyjęła …".
_MEMBERS = {"radny", "członek"}
# "Obecni: wg listy obecności.", "Nieobecni: radny Jan Lis.": who was there, in the plural
# only the record says (a speaker's "Obecna sytuacja …" goes on with the speaker).
_ATTENDANCE = {"obecni", "nieobecni"}
# Impersonal forms of these ("zakończono", "przyjęto", "przystąpiono do głosowania") record
# what the meeting did; other impersonals ("prace przewidziano na sierpień") occur in speech.
_PROCEDURAL_VERBS = set(
    """
    zakończyć rozpocząć otworzyć zamknąć przyjąć przegłosować zaopiniować przystąpić odczytać przerwać wznowić
    zgłosić głosować zagłosować podjąć odrzucić jednomyślnie ustalić stwierdzić
    """.split()
)
_QUESTION_WORDS = {"pytanie", "pytania", "pytaniem", "pytaniu", "zapytanie", "zapytania", "zapytaniem"}
# "że", "iż": what follows is words reported.
_THAT = {"że", "iż"}
_CLAUSE_LINKS = _THAT | {":"}
_DASHES = {"-", "–", "—"}
# Degrees, ranks and callings a title addresses somebody by that are surnames too: "Pan
# Doktor", "Pan Komisarz", "Ksiądz Proboszcz" name nobody.
_ADDRESSED_BY = {
    "doktor", "docent", "magister", "inżynier", "profesor", "mecenas", "gość", "kolega", "koleżanka", "komisarz",
    "kapitan", "major", "pułkownik", "kanclerz", "ksiądz", "biskup", "proboszcz", "ławnik",
}  # fmt: skip
# Degrees and ranks before a name or surname: "Prof. dr hab. Marek Lis", "Prof. Lis
# odpowiedział", "mł. insp. Adam Róg".
_DEGREES = DEGREES | RANKS
# A sentence opening with these and a person states that person's view.
_VIEW_OF = {"zdaniem", "według", "wg", "wg .", "w opinii", "w ocenie", "w przekonaniu"}
# "Według informacji przekazanej przez Dyrektora Lisa …", "Z wyjaśnień udzielonych przez
# Panią Skarbnik …", "Zgodnie z zapewnieniem Dyrektor Lis …": what someone said, by them.
_SAID_BY = re.compile(
    r"(?:według|wg \.?|zgodnie z|z|jak wynika z) (?:informacj|wyjaśnie|wyjaśnień|zapewnie|zapewnień|słów|odpowiedzi)\w*"
    r"(?: (?:przekazan|przedstawion|udzielon|złożon|uzyskan)\w*)?(?: przez)?"
)
# "Radnego Jana Kosa interesowało, ile …", "Radną Sowę zaniepokoiło, że …": a question or a
# worry voiced, its speaker named as the one it concerned (in the accusative, before the verb).
_CONCERNS = {
    "interesować", "zainteresować", "ciekawić", "zaciekawić", "niepokoić", "zaniepokoić",
    "martwić", "zmartwić", "dziwić", "zdziwić", "zastanawiać", "zastanowić",
}  # fmt: skip
# What may open such a sentence before the one concerned ("Następnie radnego Kosa …", "Z kolei …").
_OPENING_ADVERBS = {"następnie", "ponadto", "także", "również", "natomiast", "z", "kolei", "dodatkowo", "też"}
# "Radny Piotr Nowak jest przeciwny podwyżce": a stand he takes, said as a view.
_AGAINST = {"przeciwny", "przeciwna"}
_BEING = {"jest", "był", "była", "pozostaje", "pozostał", "pozostała"}
# "W posiedzeniu udział wzięli: …", "W dyskusji głos zabrali radni: …": who took part, listed
# after a verb in the plural; none of them speaks the sentence ("ks. Paweł Bór – proboszcz
# parafii" is an office after a dash, not his words).
_PARTICIPANTS = re.compile(
    r"\b(?:udział\s+wzię(?:li|ły)|uczestniczy(?:li|ły)|obecni\s+byli|obecne\s+były"
    r"|głos\s+(?:\w+\s+){0,3}?zabra(?:li|ły)|zabra(?:li|ły)\s+(?:\w+\s+)?głos)\b",
    re.I,
)
# Openings that give a document as the source of what follows.
_SOURCES = {"zgodnie z", "jak wynika z", "z informacji", "na podstawie", "w świetle"}
# Verbs of words received: what follows them is somebody else's ("otrzymać" only with an
# answer received: "kluby otrzymały dotacje" receives no words).
_HEARING_VERBS = {"usłyszeć", "dowiedzieć"}
_RECEIVING_VERBS = {"otrzymać", "uzyskać"}
_ANSWERS = {"odpowiedź", "informacja", "zapewnienie", "wyjaśnienie"}
# Conjunctions that open a second speaker's clause: ", a Dyrektor …", ", na co radna …".
_COORDINATORS = {"a", "natomiast", "zaś", "co", "czym", "oraz", "lecz", "ale", "następnie"}
_COPULA = {"jest", "są", "był", "była", "było", "byli", "były", "będzie", "został", "została"}
_PREPOSITIONS = {"na", "do", "o", "w", "z", "po", "przy", "wobec", "od"}
# Verbs that give the floor with "głos": "udzielił głosu", "oddała głos", "przekazał głos".
_GIVING = {"udzielić", "udzielać", "oddać", "oddawać", "przekazać", "przekazywać"}
# What a vote or a roll writes after a name and a dash.
_VOTES_AND_ROLL = {
    "za", "przeciw", "wstrzymał", "wstrzymała", "wstrzymujący", "wstrzymująca", "obecny", "obecna",
    "nieobecny", "nieobecna", "usprawiedliwiony", "usprawiedliwiona",
}  # fmt: skip
# The lowercase words within an institution's name: "Zarząd Dróg i Zieleni", "Biuro ds.
# Osób Niepełnosprawnych", "Pełnomocnik do spraw Rodziny", "Urząd Stanu Cywilnego w Opolu".
_WITHIN_A_NAME = {"i", "ds", ".", "do", "spraw", "w", "we", "na", "oraz", "-"}
_AFFILIATION_WORDS = 10
_RELATIVE = {"który", "która", "które", "którym", "której", "którego", "którzy", "których", "którą"}
# "2. Opinia do projektu uchwały …": an item of an agenda written inline (the sentence
# splitter leaves its number at the end of the sentence before, or at the start of its own).
_ITEM_NUMBER_BEFORE = re.compile(r"(?:^|\s)\d{1,2}[.)]\s*$")
_ITEM_NUMBER_FIRST = re.compile(r"\s*\d{1,2}[.)]\s")
_REPORT_WINDOW = 9  # tokens between a speaker's mention and the reporting verb

CONFIDENCE_NAMED = 1.0
CONFIDENCE_ROLE = 0.9
CONFIDENCE_CONTINUED = 0.8
CONFIDENCE_NEXT_PARAGRAPH = 0.65


@dataclass
class Person:
    name: str
    gender: str | None = None
    roles: list[str] = field(default_factory=list)
    role_keys: set[str] = field(default_factory=set)
    first_role_key: str | None = None  # the office they were introduced by
    variants: list[str] = field(default_factory=list)
    last_seen: int = 0
    last_sentence: int = -2  # the sentence of the record they were last named or referred to in


@dataclass
class _Mention:
    start: int
    end: int
    person: Person | None
    role_key: str | None
    gender: str | None
    nominative: bool
    confidence: float
    token_index: int
    token_end: int
    # The office of a reference to nobody named before ("Pani Skarbnik" in a record that
    # never names her): shown as the speaker's role, the name left out.
    role: str | None = None


def _is_nominative_name(word: str, first_name: bool = False) -> bool:
    """Whether a first name or surname can be in the nominative, read as one person's name:
    "Janowi" is Jan's dative (the adjective "janowy" it also spells is no name), and "Ewy" is
    Ewa's genitive (its plural nominative, "two Ewas", names nobody). A ``first_name`` is read
    as one where it can be: "radnego Jana Kosa" is Jan's genitive, though "Jana" is a surname."""
    readings = analyse(word)
    named = [tag for _, tag, qualifiers in readings if "imię" in qualifiers or "nazwisko" in qualifiers]
    if first_name and any("imię" in qualifiers for _, _, qualifiers in readings):
        named = [tag for _, tag, qualifiers in readings if "imię" in qualifiers]
    if not named:
        return _is_nominative(word)
    return any("nom" in cases_of(tag) and tag.split(":")[1] != "pl" for tag in named)


def _lemmas(word: str) -> list[str]:
    return [lemma.lower() for lemma, _, _ in analyse(word)]


def _is_nominative(word: str) -> bool:
    return any("nom" in cases_of(tag) for _, tag, _ in analyse(word)) or all(
        tag == "ign" for _, tag, _ in analyse(word)
    )


def _gender_of_word(word: str) -> str | None:
    genders = set()
    for _, tag, _ in analyse(word):
        if tag.startswith(("subst", "praet")):
            genders |= genders_of(tag)
    return next(iter(genders)) if len(genders) == 1 else None


def _genitive_or_adjective(word: str) -> bool:
    return any(tag.startswith("adj") or (tag.startswith("subst") and ":gen" in tag) for _, tag, _ in analyse(word))


# How many lowercase words an office's complement runs to ("kierownik referatu spraw obywatelskich").
_LOWERCASE_COMPLEMENT_WORDS = 3


def _is_adjective(word: str) -> bool:
    readings = analyse(word)
    return bool(readings) and all(tag.startswith("adj") for _, tag, _ in readings)


def _reads_as_adjective(word: str) -> bool:
    """ "Główna", "Miejski": an adjective, whatever else the dictionary says the word may be
    (a noun, a surname)."""
    return any(tag.startswith("adj") for _, tag, _ in analyse(word))


# A masculine office declined as an adjective ("radny", "przewodniczący") has a woman's form
# beside it; one declined as a noun ("skarbnik", "zastępca") is hers too.
_ADJECTIVAL_ENDINGS = ("y", "i")


def _role_gender(word: str) -> str | None:
    """The gender a role word gives its bearer, from its readings as that role: "radna" is a
    woman ("radno" and the surname Radna aside), "Radny" a man (not the surname Radny). An
    office's masculine noun is no man's: "Skarbnik Miasta p. M. Nowak przedstawiła", "Pani
    Kierownik"."""
    readings = [
        (lemma.lower(), tag)
        for lemma, tag, qualifiers in analyse(word)
        if lemma.lower() in ROLE_KEYS
        and tag.startswith(("subst", "adj"))
        and not any("nazwisko" in q or "imię" in q for q in qualifiers)
    ]
    genders = {gender for _, tag in readings for gender in genders_of(tag)}
    if genders == {"m"} and not any(lemma.endswith(_ADJECTIVAL_ENDINGS) for lemma, _ in readings):
        return None
    return next(iter(genders)) if len(genders) == 1 else _gender_of_word(word)


def _is_nominative_role(word: str) -> bool:
    return bool(office_key(word)) and _is_nominative(word)


# Small words a role phrase runs through: "Naczelnik Wydziału Kultury i Sportu", "Mieszkaniec
# ul. Fabrycznej", "Kierownik Referatu ds. Zieleni".
_WITHIN_A_ROLE = {"i", ".", "w", "z", "ze", "-", "–"} | ABBREVIATED_IN_A_ROLE


def _split_roles(words: list[str]) -> list[list[str]]:
    """'Przewodnicząca Komisji radna' → two roles; 'Zastępca Prezydenta Miasta' stays one
    (a role word in the genitive is the complement of the one before it); 'Miejski
    Konserwator Zabytków' is one (an adjective before the role word is part of it)."""
    roles: list[list[str]] = []
    for word in words:
        if roles and _is_nominative_role(word) and _role_head(roles[-1]) is not None:
            roles.append([word])
        elif roles:
            roles[-1].append(word)
        else:
            roles.append([word])
    return [role for role in roles if _role_head(role) is not None]


def _role_head(words: list[str]) -> int | None:
    """Where the role word of a role phrase is: first, or after one adjective. Who is there in
    no office says so the same way ("Mieszkaniec ul. Fabrycznej Pan Jan Kot", "Gość Komisji")."""
    if words and (office_key(words[0]) or words[0].lower() in PEOPLE_WITHOUT_OFFICE):
        return 0
    if len(words) > 1 and office_key(words[1]) and _reads_as_adjective(words[0]):
        return 1
    return None


def _role_of(words: list[str], gender: str | None) -> tuple[str, str | None]:
    """A role phrase in the nominative, with its role key."""
    head = _role_head(words) or 0
    before = [_adjective_nominative(word, gender) for word in words[:head]]
    return " ".join([*before, role_nominative(words[head:], gender)]), office_key(words[head])


def _adjective_nominative(word: str, gender: str | None) -> str:
    """ "Głównej" (of "Głównej Księgowej") as "Główna": an office's adjective in the nominative
    of the office's gender (or the adjective's own, where the office has none)."""
    readings = [(lemma, tag) for lemma, tag, _ in analyse(word) if tag.startswith("adj")]
    if not readings or any("nom" in cases_of(tag) for _, tag in readings):
        return word
    lemma, tag = readings[0]
    feminine = gender == "f" if gender else genders_of(tag) == {"f"}
    nominative = lemma[:-1] + "a" if feminine and lemma.endswith(("y", "i")) else lemma
    return nominative[:1].upper() + nominative[1:] if word[:1].isupper() else nominative


class Registry:
    """The people of one meeting, by name and by role, in the order they were named."""

    def __init__(self, named_in_full: list[str] | None = None, chair: str | None = None) -> None:
        self.people: dict[str, Person] = {}
        self.chair = chair  # who the record says chaired ("Posiedzeniu przewodniczył radny Jan Lis")
        self.clock = 0
        self.sentence = 0  # counts the record's sentences as they are read
        # Everyone the meeting names in full, anywhere in it: "Radny Kowalski stwierdził …"
        # before "Radny Tadeusz Kowalski" is named is he, when nobody else has that surname.
        self.named_in_full = list(dict.fromkeys(named_in_full or []))

    def _named_later(self, surnames: set[str], initial: str = "", gender: str | None = None) -> str | None:
        """The one full name of the meeting with one of these surnames (and first initial)."""
        later = [
            name
            for name in self.named_in_full
            if name.split()[-1] in surnames and name.startswith(initial) and gender in (None, first_name_gender(name))
        ]
        return later[0] if len(later) == 1 else None

    def named(self, name: str, gender: str | None, roles: list[tuple[str, str | None]], surface: str = "") -> Person:
        self.clock += 1
        person = self.find(name)
        initial = re.match(r"^([A-ZĄĆĘŁŃÓŚŹŻ])\. (.+)$", name)
        if person is None and initial:
            # "Radny J. Kot" first, "Jan Kot" in the list of who took part after.
            name = self._named_later({initial.group(2)}, initial.group(1)) or name
            person = self.find(name)
        if person is None:
            person = Person(name=name)
            self.people[name] = person
        elif len(name) > len(person.name) and not re.match(r"^[A-ZĄĆĘŁŃÓŚŹŻ]\. ", name):
            person.name = name
        person.gender = person.gender or gender
        for role, role_key in roles:
            # "Pani Kierownik X" after "X Kierownik referatu …": the short form is the same role.
            if not any(known.lower().startswith(role.lower()) for known in person.roles):
                person.roles = [known for known in person.roles if not role.lower().startswith(known.lower())]
                person.roles.append(role)
            if role_key:
                person.role_keys.add(role_key)
                person.first_role_key = person.first_role_key or role_key
        if surface and surface not in person.variants:
            person.variants.append(surface)
        person.last_seen = self.clock
        person.last_sentence = self.sentence
        return person

    def find(self, name: str) -> Person | None:
        """Who of those named so far ``name`` is ("M. Kwiatkowska" for Monika Kwiatkowska)."""
        if name in self.people:
            return self.people[name]
        initial = re.match(r"^([A-ZĄĆĘŁŃÓŚŹŻ])\. (.+)$", name)
        for person in self.people.values():
            first, _, surname = person.name.partition(" ")
            if initial and surname == initial.group(2) and first.startswith(initial.group(1)):
                return person
            own_initial = re.match(r"^([A-ZĄĆĘŁŃÓŚŹŻ])\. (.+)$", person.name)
            if own_initial and name.split(" ", 1)[-1] == own_initial.group(2) and name.startswith(own_initial.group(1)):
                return person
        return None

    def by_surname(self, word: str, gender: str | None) -> Person | None:
        """The one person named so far whose surname this is, in any case ("p. Nowickiej");
        None when nobody or several are (a wrong speaker is worse than none)."""
        forms = {word, nominative_surname(word)}
        candidates = [p for p in self.people.values() if " " in p.name and p.name.split()[-1] in forms]
        if gender:
            candidates = [p for p in candidates if p.gender in (None, gender)]
        if not candidates and (later := self._named_later(forms, gender=gender)):
            return self.named(later, gender, [])
        if len(candidates) != 1:
            return None
        self.clock += 1
        candidates[0].last_seen = self.clock
        candidates[0].last_sentence = self.sentence
        return candidates[0]

    def by_surname_alone(self, word: str, gender: str | None, roles: list[tuple[str, str | None]]) -> Person | None:
        """ "Radna Kowalska", "p. Nowickiej" in a record that names nobody of that surname in
        full: the person it knows by the surname alone (one record of a council often names
        its councillors so throughout). None when somebody named in full has the surname, or
        the one known by it alone is of the other gender: which of them is meant is unknown."""
        surname = nominative_surname(word)
        if any(name.split()[-1] in {word, surname} for name in [*self.people, *self.named_in_full] if " " in name):
            return None
        known = self.people.get(surname)
        if known is not None and gender and known.gender not in (None, gender):
            return None
        return self.named(surname, gender, roles)

    def holders(self, role_key: str, gender: str | None, of: str | None = None) -> list[Person]:
        """Those named with the office who may be the one referred to by it."""
        candidates = [p for p in self.people.values() if role_key in p.role_keys]
        if gender:
            candidates = [p for p in candidates if p.gender in (None, gender)]
        if of:
            # "Przewodniczący Komisji" is not the "Przewodniczący Rady Miasta" who spoke before.
            candidates = [p for p in candidates if _same_office(_office_of(p, role_key), of.lower())]
        return candidates

    def _chairing(self, role_key: str, gender: str | None, of: str | None) -> Person | None:
        """The meeting's chair, named so far, for a chair's office ("Przewodniczący",
        "Przewodnicząca Komisji", not "Przewodniczący Rady Miasta") of their gender."""
        if role_key != "przewodniczący" or not self.chair or (of and not of.lower().startswith("komisj")):
            return None
        person = self.find(self.chair)
        if person is None and " " in self.chair:
            # Named only where the chair signs the minutes, after the words.
            person = self.named(self.chair, first_name_gender(self.chair), [])
        return person if person and (gender is None or person.gender in (None, gender)) else None

    def _deputies(self, role_key: str, gender: str | None, of: str | None) -> list[Person]:
        """Those named as the office's deputy: "Zastępca Prezydenta Miasta", "Wiceprezydent",
        "Zastępczyni Dyrektora Wydziału Edukacji" (of what ``of`` names, where it says)."""
        found = []
        for person in self.people.values():
            if gender and person.gender not in (None, gender):
                continue
            for role in person.roles:
                words = role.split()
                head = office_key(words[0]) if words else None
                deputy = head == f"wice{role_key}" or (
                    head == "zastępca" and len(words) > 1 and office_key(words[1]) == role_key
                )
                if deputy and (not of or of.lower() in role.lower()):
                    found.append(person)
                    break
        return found

    def by_role(
        self, role_key: str, gender: str | None, current: Person | None, of: str | None = None
    ) -> tuple[Person | None, float]:
        """Who "Pani Kierownik", "Przewodniczący Komisji" is: of those named with the office
        (whose office is of what ``of`` names, "Komisji", "Wydziału Edukacji", where both say),
        the one speaking or named last; of several offices ("Dyrektor Wydziału Inwestycji" and
        "Dyrektor Wydziału Edukacji"), the one referred to in this sentence or the one before
        ("Radna zapytała Dyrektora Wydziału Inwestycji …"), else nobody: the last named is a
        guess, and a wrong name is worse than none."""
        candidates = self.holders(role_key, gender, of)
        if not candidates and (chair := self._chairing(role_key, gender, of)):
            # "Przewodniczący zapytał" after "Posiedzeniu przewodniczył radny Jan Lis": the one
            # chairing, though never named with the office.
            return chair, CONFIDENCE_CONTINUED
        if not candidates:
            # "Pani Prezydent wyjaśniła" where only the Zastępczyni Prezydenta was named: the
            # deputy, as protocols address one, if there is one deputy alone; but the office's
            # holder may speak unnamed, so the speaker is shown as uncertain.
            deputies = self._deputies(role_key, gender, of)
            return (deputies[0], CONFIDENCE_NEXT_PARAGRAPH) if len(deputies) == 1 else (None, 0.0)
        # "Pani Kierownik" goes on with the Kierownik speaking, even if another was named since;
        # but "Radny zapytał" after "Przewodniczący udzielił głosu radnemu Pawłowi Kraskowi" is
        # Krasek, not the chair, who is a councillor too but was introduced as the chair.
        if current in candidates and current.first_role_key in (None, role_key):
            return current, CONFIDENCE_ROLE
        if not of and len({_office_of(p, role_key) for p in candidates} - {None}) > 1:
            # A bare "Przewodniczący" in a committee's minutes, with the council's chair named
            # too, is the committee's.
            own = [
                p
                for p in candidates
                if any(office_key(r.split()[0]) == role_key and of_the_committee(r) for r in p.roles)
            ]
            if len(own) == 1:
                return own[0], CONFIDENCE_CONTINUED
        if len(candidates) == 1:
            candidates[0].last_sentence = self.sentence
            return candidates[0], CONFIDENCE_ROLE
        if len({_office_of(p, role_key) for p in candidates}) > 1:
            recent = [p for p in candidates if p.last_sentence >= self.sentence - 1]
            if len(recent) != 1:
                return None, 0.0
            return recent[0], CONFIDENCE_CONTINUED
        return max(candidates, key=lambda p: p.last_seen), CONFIDENCE_CONTINUED


def _office_of(person: Person, role_key: str) -> str | None:
    """What ``person``'s office of ``role_key`` is of ("komisji" for "Przewodniczący Komisji",
    "wydziału edukacji" for "Dyrektor Wydziału Edukacji"), None if they were named with the
    bare office."""
    for role in person.roles:
        words = role.split()
        if len(words) > 1 and office_key(words[0]) == role_key:
            return _what_of(words[1:])
    return None


def _what_of(words: list[str]) -> str:
    """What an office is of, from the words after it: the first and the capitalised ones that
    follow ("Wydziału Edukacji" of "Dyrektor Wydziału Edukacji dodał"), lower case."""
    return " ".join(words[:1] + list(itertools.takewhile(lambda w: w[:1].isupper(), words[1:]))).lower()


def _same_office(office: str | None, of: str) -> bool:
    """Whether an office of ``office`` may be the one referred to as of ``of``: "Komisji" is
    the "Komisji Oświaty"'s, not the "Rady Miasta"'s."""
    return office is None or office.startswith(of) or of.startswith(office)


class _SentenceReader:
    def __init__(self, registry: Registry, text: str, start: int, end: int, listing: bool = False) -> None:
        self.registry = registry
        registry.sentence += 1  # one reader reads each sentence of the record, in order
        self.listing = listing  # a line of a listing: a dash or colon after a name opens no speech
        self.text = text
        self.start = start
        self.end = end
        self.tokens = [(m.start() + start, m.end() + start, m.group()) for m in _TOKEN.finditer(text[start:end])]
        self.credited: _Mention | None = None  # who closing parentheses credit (see mentions)

    def mentions(self, current: Person | None) -> list[_Mention]:
        """The people the sentence mentions, in order: by name, by surname after a title, by
        role ("Pani Kierownik"). Each token belongs to one mention at most."""
        used: set[int] = set()
        found = self._named(used) + self._by_surname(used) + self._by_role(used, current)
        self.credited = next((m for m in found if m.person and self._closes_in_parentheses(m)), None)
        # "Radny Adam Lis (Klub Radnych Prawa i Sprawiedliwości) zapytał …": an aside names
        # nobody who speaks.
        return sorted((m for m in found if not self._in_parentheses(m.token_index)), key=lambda m: m.start)

    def _closes_in_parentheses(self, mention: _Mention) -> bool:
        """Whether ``mention`` alone fills parentheses that close the sentence: "Zgłoszono
        potrzebę progów zwalniających przy ul. Lnianej (radny Tomasz Grab)." credits the
        proposal to who made it, as protocols note the author of a point."""
        words = [word for _, _, word in self.tokens]
        closing = len(words) - (1 if words and words[-1] in {".", ";"} else 0)
        return (
            mention.token_index >= 2
            and words[mention.token_index - 1] == "("
            and mention.token_end == closing - 1
            and words[closing - 1 : closing] == [")"]
        )

    def _in_parentheses(self, index: int) -> bool:
        depth = 0
        for _, _, word in self.tokens[:index]:
            depth += (word == "(") - (word == ")")
        return depth > 0

    def _after_aside(self, index: int) -> int:
        """The token after an aside opening at ``index`` (``index`` if none does): in
        parentheses, or an adverbial participle's phrase in commas (", powołując się na opinię
        radnej Anny Sowy, stwierdził …")."""
        if index + 1 < len(self.tokens) and self.tokens[index][2] == "," and self._participle_at(index + 1):
            closing = next((at for at in range(index + 2, len(self.tokens)) if self.tokens[at][2] == ","), None)
            return closing + 1 if closing is not None else index
        if index >= len(self.tokens) or self.tokens[index][2] != "(":
            return index
        depth = 0
        for at in range(index, len(self.tokens)):
            depth += (self.tokens[at][2] == "(") - (self.tokens[at][2] == ")")
            if depth == 0:
                return at + 1
        return index

    def _participle_at(self, index: int) -> bool:
        return any(tag.startswith("pcon") for _, tag, _ in analyse(self.tokens[index][2]))

    def _named(self, used: set[int]) -> list[_Mention]:
        """ "Przewodnicząca Komisji radna Monika Kwiatkowska", "Pani Agata Nowicka, Miejski
        Konserwator Zabytków,": a full name with the roles around it."""
        sentence = self.text[self.start : self.end]
        found: list[_Mention] = []
        previous_name_end = 0
        for name in find_names(sentence):
            if _names_a_place(self.text, self.start + name.start):
                continue  # "przy ul. Jana Kowalskiego": nobody of the meeting
            first = self._token_at(self.start + name.start)
            last = self._token_at(self.start + name.end - 1)
            if first is None or last is None:
                continue
            if name.surface[:2] in ("P.", "p.") and self.registry.find(name.name) is None:
                continue  # "P. Kowalski odpowiedział": Pan Kowalski, his surname after a title
            left = self._role_phrase_start(first, previous_name_end)
            previous_name_end = last + 1
            role_words = [
                self.tokens[i][2]
                + ("," if self.tokens[i + 1][2] == "," and self._names_in_a_row(i + 1) else "")
                + ("." if self.tokens[i][2].lower() in ABBREVIATED_IN_A_ROLE and self.tokens[i + 1][2] == "." else "")
                for i in range(left, first)
                if self.tokens[i][2].lower() not in _HONORIFICS
                and self.tokens[i][2] not in _DASHES | {",", "."}
                and not self._degree_at(i)
            ]
            right = self._after_degree_aside(last + 1)
            if not role_words and right < len(self.tokens) and office_key(self.tokens[right][2]):
                role_words = [self.tokens[right][2]]
                right += 1
                while right < len(self.tokens) and self._plain_word(right):
                    role_words.append(self.tokens[right][2])
                    right += 1
            elif not role_words and (apposition := self._role_in_apposition(right)):
                role_words, right = apposition
            gender = self._gender(name.name.split()[0], self.tokens[left:first])
            roles = [_role_of(words, gender) for words in _split_roles(role_words)]
            if any(key for _, key in roles):
                # "Gość Komisji, Konsul Honorowy Francji Pan Olivier Dupont": the office says more.
                roles = [(role, key) for role, key in roles if key]
            role_key = roles[0][1] if roles else None
            person = self.registry.named(name.name, gender, roles, name.surface)
            head = self.tokens[left][2] if role_words or left < first else name.surface.split()[0]
            # "z-ca dyrektora … Pan Michał Bąk": the role's complement is oblique, the name not.
            # A name alone is read as a name ("imię Haliny Szymańskiej" is no plural of Halina).
            # "p." is Pan and Pani in every case, and an initial in none: the name tells.
            name_first = head == name.surface.split()[0] or head.lower() == "p."
            initial_first = name.name[1:2] == "."
            telling = self.tokens[last if initial_first else first][2]
            named_case = _is_nominative_name(telling, first_name=not initial_first and first != last)
            # "Pani" is the nominative, genitive, dative and locative alike: the name tells ("Pani
            # Dyrektor Ewy Lis" is hers in the genitive).
            nominative = named_case or (not name_first and head.lower() != "pani" and _is_nominative(head))
            found.append(
                _Mention(
                    self.tokens[left][0],
                    self.tokens[last][1],
                    person,
                    role_key,
                    gender,
                    nominative,
                    CONFIDENCE_NAMED,
                    left,
                    right,
                )
            )
            used.update(range(left, right))
        return found

    def _by_surname(self, used: set[int]) -> list[_Mention]:
        """ "radna Kowalska", "p. Nowicka", "Pani Herun": a surname after a title, of somebody
        named in full before."""
        found: list[_Mention] = []
        for index, (_start, _end, word) in enumerate(self.tokens):
            if index in used or not word[:1].isupper() or office_key(word):
                continue
            title = self._title_before(index, used)
            if title is None:
                continue
            left, gender, role_key = title
            person = self.registry.by_surname(word, gender)
            if person is None and (not can_be_surname(word) or (word.isupper() and role_key not in (None, "radny"))):
                continue  # "Przewodniczący Komisji", "Kierownik GOPS": the office's complement, no surname
            if person is None and can_be_first_name(word) and self._capitalised_word_at(index + 1):
                continue  # "Radnemu Janowi Kotu": a full name's first name, no surname
            # A surname nobody (or several) of this meeting was named in full by stays
            # nobody's: "Radny Kowalski" is not whichever councillor spoke last.
            used.update(range(left, index + 1))
            role = None
            office = next((i for i in range(left, index) if office_key(self.tokens[i][2])), None)
            office_role = _role_of([self.tokens[office][2]], gender) if office is not None else None
            # Not a place's name either: "Sołtys Wola Rzędzińska dodał" is the sołtys of Wola.
            if person is None and word.lower() not in _ADDRESSED_BY and not self._capitalised_word_at(index + 1):
                person = self.registry.by_surname_alone(word, gender, [office_role] if office_role else [])
            if person is None and office_role:
                # "Pani Dyrektor Nowak" where two Nowaks were named in full: shown by the
                # office, as an unnamed "Pani Dyrektor" is (the office was nobody's either).
                role = office_role[0]
            if person is not None and role_key and not person.roles:
                # "Pani Radna Kot" before "Radna Ewa Kot" is named with her office: it is hers.
                self.registry.named(person.name, gender, [_role_of([self.tokens[index - 1][2]], gender)])
            found.append(
                _Mention(
                    self.tokens[left][0],
                    self.tokens[index][1],
                    person,
                    role_key,
                    gender or (person.gender if person else None),
                    _is_nominative(word) and self._title_nominative(left, index),
                    CONFIDENCE_ROLE,
                    left,
                    index + 1,
                    role,
                )
            )
        return found

    def _by_role(self, used: set[int], current: Person | None) -> list[_Mention]:
        """ "Pani Kierownik", "Przewodniczący": the person of that role named last (``current``
        if it is theirs)."""
        found: list[_Mention] = []
        for index, (start, _end, word) in enumerate(self.tokens):
            if index in used:
                continue
            role_key = office_key(word)
            if not role_key or (index > 0 and self.tokens[index - 1][2] in {"-", "–"}):
                continue
            acting = self._acting_before(index)
            left = index if acting is None else acting
            gender = None
            if left > 0 and self.tokens[left - 1][2].lower() in _HONORIFICS:
                left -= 1
                gender = _HONORIFICS[self.tokens[left][2].lower()]
            # A woman is "Kierownik", "Dyrektor", "Skarbnik" too: without an honorific the
            # verb she is the subject of tells ("Kierownik wyjaśniła"), the noun only failing it.
            # An oblique role is no verb's subject ("Według Naczelnika koszt wzrósł"), but one
            # acting in it is named by it in the genitive ("p.o. Dyrektora odpowiedziała").
            predicate = self._predicate_gender(index + 1) if nominative_office(word) or acting is not None else None
            gender = gender or predicate or _role_gender(word)
            head = self.tokens[left][2]
            if head.lower() == "p.":
                head = word  # "p." is Pan and Pani in every case: the office's own word tells
            # "p.o." is of every case too, the office after it in the genitive whatever the case.
            nominative = (left == acting and head.lower() == "p") or (
                nominative_office(head) if left == index else _is_nominative(head)
            )
            if not (word[:1].isupper() or left < index):
                continue  # a lowercase "radny" alone is usually a common noun, not a reference
            # The role's complement ("Zastępca Prezydenta Miasta") belongs to the reference.
            right = index + 1
            if word.lower() in ABBREVIATED and right < len(self.tokens) and self.tokens[right][2] == ".":
                right += 1  # "Przew. Komisji przypomniał …": the abbreviation's stop ends nothing
            complement = right
            while (
                right < len(self.tokens) and not _is_nominative_role(self.tokens[right][2]) and self._plain_word(right)
            ):
                right += 1
            # What the office is of: a capitalised noun in the genitive ("Komisji", "Rady"), not
            # any word after it ("Pani Kierownik dalej informowała", "Zdaniem Prezesa ruch …").
            after = self.tokens[complement][2] if complement < len(self.tokens) else ""
            of = None
            if after[:1].isupper() and any(
                t.startswith("subst") and "gen" in cases_of(t) for _, t, _ in analyse(after)
            ):
                # "Dyrektor Wydziału Edukacji odpowiedział": all of what the office is of.
                of = _what_of([t[2] for t in self.tokens[complement:right]])
            person, confidence = self.registry.by_role(role_key, gender, current, of)
            used.update(range(left, right))
            # An office nobody was named for shows as the office, its holder's name not in the
            # record; one of several people named with it, not known which, shows as nobody's.
            numbers = [tag.split(":")[1] for _, tag, _ in analyse(word) if ":" in tag]
            several = bool(numbers) and all(number == "pl" for number in numbers)  # "Radni: …"
            role = None
            if not (person or several or self.registry.holders(role_key, gender, of)):
                role = _role_of([t[2] for t in self.tokens[index:right] if t[2] != "."], gender)[0]
            found.append(
                _Mention(
                    start if left == index else self.tokens[left][0],
                    self.tokens[right - 1][1],
                    person,
                    role_key,
                    gender,
                    nominative,
                    confidence,
                    left,
                    right,
                    role,
                )
            )
        return found

    def _acting_before(self, index: int) -> int | None:
        """Where "p.o." or "pełniący obowiązki" right before the office at token ``index``
        starts ("Pani p.o. Dyrektora odpowiedziała"); None without one."""
        before = [t[2].lower() for t in self.tokens[max(0, index - 4) : index]]
        if before[-4:] == ["p", ".", "o", "."]:
            return index - 4
        if before[-1:] == ["obowiązki"] and len(before) >= 2 and before[-2].startswith("pełniąc"):
            return index - 2
        return None

    def _predicate_gender(self, after: int) -> str | None:
        """The gender of the first past-tense verb in the singular from token ``after`` on,
        within the clause ("wyjaśniła" → "f"); None without one."""
        for index in range(after, min(len(self.tokens), after + _REPORT_WINDOW)):
            word = self.tokens[index][2]
            if word in {",", ";", ".", ":"}:
                return None
            genders = {g for _, tag, _ in analyse(word) if tag.startswith("praet:sg") for g in genders_of(tag)}
            if genders:
                return next(iter(genders)) if len(genders) == 1 else None
        return None

    def _capitalised_word_at(self, index: int) -> bool:
        return index < len(self.tokens) and self.tokens[index][2][:1].isupper() and self.tokens[index][2].isalpha()

    def _title_before(self, index: int, used: set[int]) -> tuple[int, str | None, str | None] | None:
        """Where a title right before token ``index`` starts ("Pani", "p.", "radna", "Pan
        Dyrektor"), the gender it gives and its role key; None without one."""
        left, gender, role_key = index, None, None
        while left >= 1 and self._degree_at(left - 1):
            left -= 1
        office = index - 1
        if office >= 1 and self.tokens[office][2] == "." and self.tokens[office - 1][2].lower() in ABBREVIATED:
            office -= 1  # "Dyr. Lis odpowiedziała", "P. Dyr. Lis": the office abbreviated
        if left == index and office >= 0 and (role_key := office_key(self.tokens[office][2])):
            left = office
            # "Kierownik Nowak wyjaśniła": the verb knows her better than the noun (when she is
            # its subject: in "Według Dyrektor Kowalewskiej koszt wzrósł" the verb is the cost's).
            subject = _is_nominative(self.tokens[index][2]) and self._title_nominative(office, index)
            predicate = self._predicate_gender(index + 1) if subject else None
            gender = predicate or _role_gender(self.tokens[office][2])
        if left > 0 and self.tokens[left - 1][2].lower() in _HONORIFICS:
            left -= 1
            gender = _HONORIFICS[self.tokens[left][2].lower()] or gender
        if left == index or any(i in used for i in range(left, index)):
            return None
        return left, gender, role_key

    def _title_nominative(self, left: int, index: int) -> bool:
        """Whether the title words from token ``left`` to ``index`` can be a subject's: "Na
        pytanie radnej Sowy odpowiedział …" names her in the genitive, though "Sowy" alone
        could be a nominative ("owls"). Abbreviations ("Dyr.", "p.") and degrees tell no case."""
        return all(
            _is_nominative(word)
            for i, (_, _, word) in enumerate(self.tokens[left:index], start=left)
            if word.rstrip(".").lower() not in {"", "p", *ABBREVIATED} and not self._degree_at(i)
        )

    def _degree_at(self, index: int) -> bool:
        """Whether token ``index`` is a degree ("prof", "dr", "hab") or the full stop after one."""
        word = self.tokens[index][2]
        if word == ".":
            return index >= 1 and self.tokens[index - 1][2].lower() in _DEGREES
        return word.lower() in _DEGREES

    def _after_degree_aside(self, after_name: int) -> int:
        """Past ", prof. UTH" in "Dr hab. Marek Wrona, prof. UTH, ekspert Komisji, zwrócił …":
        the comma that closes a degree and its school after a name (``after_name`` if none)."""
        if (
            after_name + 1 >= len(self.tokens)
            or self.tokens[after_name][2] != ","
            or not self._degree_at(after_name + 1)
        ):
            return after_name
        for index in range(after_name + 1, min(len(self.tokens), after_name + 8)):
            word = self.tokens[index][2]
            if word == ",":
                return index
            if not (self._degree_at(index) or word[:1].isupper()):
                return after_name
        return after_name

    def _role_in_apposition(self, after_name: int) -> tuple[list[str], int] | None:
        """ ", Miejski Konserwator Zabytków,", " – Dyrektor MOPS –", " (Dyrektor Biura Kultury)"
        after a name: the role words and the token after the phrase; None unless a role word
        opens it (after at most one adjective) and it closes (a dash's also at the verb)."""
        if after_name >= len(self.tokens):
            return None
        opener = self.tokens[after_name][2]
        # ", Dyrektor Zarządu Transportu – odpowiedziała": a comma's phrase may close at a dash.
        closers = {",": {",", *_DASHES}, "(": {")"}, **{dash: {dash, ","} for dash in _DASHES}}.get(opener)
        if closers is None:
            return None
        words: list[str] = []
        for index in range(self._after_acting(after_name + 1), min(len(self.tokens), after_name + 12)):
            word = self.tokens[index][2]
            if words and self._names_in_a_row(index):
                # "Naczelnik Wydziału Kultury, Sportu i Turystyki": the office's own enumeration.
                words[-1] += "," if word == "," else ""
                if word != ",":
                    words.append(word)
                continue
            if word in closers:
                return (words, index + 1) if _role_head(words) is not None else None
            if word == "." and words and words[-1].lower() == "ds":
                words[-1] += "."  # "Prorektor ds. Studenckich"
                continue
            if word in {".", ";"} and index == len(self.tokens) - 1 and opener != "(":
                # "… przedstawił Andrzej Górski, Komendant Miejski Policji w Radomiu.": the
                # sentence's end closes the phrase.
                return (words, index) if _role_head(words) is not None else None
            if not self._plain_word(index):
                if opener in _DASHES and _role_head(words) is not None:
                    return words, index
                return None
            words.append(word)
        # "Anna Kot – Dyrektor Miejskiego Ośrodka Pomocy Rodzinie" ending a listed line.
        if opener != "(" and after_name + 12 >= len(self.tokens) and _role_head(words) is not None:
            return words, len(self.tokens)
        return None

    def _after_acting(self, index: int) -> int:
        """The token after "p.o." or "pełniąca obowiązki" at ``index`` (an acting office: ", p.o.
        Dyrektora Wydziału," is the office, as before a name), else ``index``."""
        words = [word.lower() for _, _, word in self.tokens[index : index + 4]]
        if words == ["p", ".", "o", "."]:
            return index + 4
        if len(words) > 1 and words[0].startswith("pełniąc") and words[1] in {"obowiązki", "funkcję"}:
            return index + 2
        return index

    def _names_in_a_row(self, index: int) -> bool:
        """Whether token ``index`` (a comma or "i") joins capitalised words of one name, as in
        "Wydziału Kultury, Sportu i Turystyki": a capitalised word on either side, and a comma
        only before an "i" that does the same."""

        def capitalised(at: int) -> bool:
            return 0 <= at < len(self.tokens) and self.tokens[at][2][:1].isupper() and self.tokens[at][2].isalpha()

        word = self.tokens[index][2]
        if word == "i":
            return capitalised(index - 1) and capitalised(index + 1) and not office_key(self.tokens[index + 1][2])
        if word == ",":
            return (
                capitalised(index - 1)
                and capitalised(index + 1)
                and index + 3 < len(self.tokens)
                and self.tokens[index + 2][2] == "i"
                and self._names_in_a_row(index + 2)
            )
        return False

    def _role_phrase_start(self, first: int, floor: int) -> int:
        """Start of "Zastępca Prezydenta Miasta Pan" before a name at token ``first``: the
        leftmost role word of a run of role words, capitalised words, "i", "ds." and honorifics."""
        left = first
        while left > 0 and self.tokens[left - 1][2].lower() in _HONORIFICS:
            left -= 1
        start = left
        for index in range(left - 1, max(floor - 1, left - 9), -1):
            word = self.tokens[index][2]
            if office_key(word) or word.lower() in PEOPLE_WITHOUT_OFFICE:
                start = index
            elif self._degree_at(index):
                continue  # "Radca prawny mec. Piotr Kowal"
            elif index > 0 and office_key(self.tokens[index - 1][2]) and _is_adjective(word):
                continue  # "Radca prawny", "Sekretarz generalny": the role's own adjective
            elif (
                start == index + 1
                and office_key(self.tokens[start][2])
                and word[:1].isupper()
                and _reads_as_adjective(word)
            ):
                start = index  # "Główna Księgowa Starostwa Pani Maria Dudek": the office's adjective
            elif self._complements_an_office(index):
                continue  # "Dyrektor zespołu szkół Pan Jan Lis", "Sołtys wsi Duczki"
            elif word == "," and self._names_in_a_row(index):
                continue  # "Naczelnik Wydziału Kultury, Sportu i Turystyki Pani Anna Lis"
            elif word == "," and start == index + 1 and self._opens_with_role(index):
                continue  # "Przewodnicząca Komisji, radna Katarzyna Pawlak,": both are her roles
            elif not (
                word[:1].isupper()
                or word in _WITHIN_A_ROLE
                or word.lower() in _HONORIFICS
                or _LEGAL_FORM.fullmatch(word)
            ):
                break
        while start > floor and self.tokens[start - 1][2].lower() in _HONORIFICS:
            start -= 1
        return start

    def _complements_an_office(self, index: int) -> bool:
        """Whether the lowercase word at ``index`` is of the office before it, as a run of
        genitives and adjectives ("Dyrektor zespołu szkół", "Kierownik referatu spraw
        obywatelskich"): the complement a protocol does not capitalise."""
        at = index
        while at > 0 and index - at < _LOWERCASE_COMPLEMENT_WORDS:
            word = self.tokens[at][2]
            if not word.islower() or not _genitive_or_adjective(word):
                return False
            at -= 1
            if office_key(self.tokens[at][2]) or self.tokens[at][2].lower() in PEOPLE_WITHOUT_OFFICE:
                return True  # and "Mieszkanka osiedla Zawada"
        return False

    def _opens_with_role(self, comma: int) -> bool:
        """Whether the sentence opens with a role phrase in the nominative that ends at this
        comma (an asker's role is oblique: "Na pytanie Przewodniczącej Komisji, …")."""
        first = 1 if self.tokens and self.tokens[0][2].lower() in _HONORIFICS else 0
        words = [t[2] for t in self.tokens[first:comma]]
        head = _role_head(words)
        return (
            head is not None and _is_nominative(words[head]) and all(self._plain_word(i) for i in range(first, comma))
        )

    def _plain_word(self, index: int) -> bool:
        """A word that can continue a role title: no verb, no conjunction, no name."""
        word = self.tokens[index][2]
        if word[:1].isupper() and office_key(word) is None and any("imię" in q for _, _, q in analyse(word)):
            return False
        return word.isalpha() and not any(
            tag.startswith(("praet", "fin", "pcon", "pant", "inf", "conj", "comp", "imps"))
            for _, tag, _ in analyse(word)
        )

    def _gender(self, first_name: str, role_tokens: list[tuple[int, int, str]]) -> str | None:
        for _, _, word in role_tokens:
            if _HONORIFICS.get(word.lower()):
                return _HONORIFICS[word.lower()]
        # ``first_name`` is in the nominative: "Barbara" is a woman's name, not the genitive
        # of "Barbar".
        readings = [tag for _lemma, tag, qualifiers in analyse(first_name) if "imię" in qualifiers]
        for tag in sorted(readings, key=lambda tag: "nom" not in cases_of(tag)):
            genders = genders_of(tag)
            if len(genders) == 1:
                return next(iter(genders))
        for _, _, word in role_tokens:
            # Only an office's own word tells ("Komisji" in "Przew. Komisji" is feminine, the
            # chairman not; "Przew." is anybody's).
            if not office_key(word) or written_out(word, None):
                continue
            if gender := _role_gender(word):
                return gender
        return None

    def _token_at(self, offset: int) -> int | None:
        for index, (start, end, _) in enumerate(self.tokens):
            if start <= offset < end:
                return index
        return None

    def only_names_the_asker(self, asker: _Mention, speaker: _Mention) -> bool:
        """ "Na pytanie radnej Sowy odpowiedział Pan Dyrektor …": the asker named in an oblique
        case, and nothing but the answer's verb before who answers; the words are the record's,
        none of the question's (unlike "Na pytanie radnej Sowy, czy …, Pan Dyrektor …")."""
        between = self.text[asker.end : speaker.start].strip(" ,")
        return not asker.nominative and (not between or bool(_ANSWERS_SOMEONE.fullmatch(between)))

    def is_asker(self, mention: _Mention) -> bool:
        """ "Na pytanie radnej X …", "Pytanie zadał radny X": a question word shortly before,
        in the same clause ("Odpowiadając na pytania radnych, Pan Grabarek stwierdził" is the
        one who answers)."""
        before = [t[2].lower() for t in self.tokens[max(0, mention.token_index - 4) : mention.token_index]]
        for word in reversed(before):
            if word in {",", ";", ":"}:
                return False
            if word in _QUESTION_WORDS:
                return True
        return False

    def can_say(self, person: Person, words: str) -> bool:
        """Whether ``person`` can be the subject of the reporting verb among ``words``
        ("odpowiedział" is no woman's); True where their gender or the verb is unknown."""
        verbs = [word for word in words.split() if self._reporting_verb(word, None)]
        return not (person.gender and verbs) or self._reporting_verb(verbs[0], person.gender)

    def _reporting_verb(self, word: str, gender: str | None, of_someone_named: bool = False) -> bool:
        """Whether ``word`` reports speech (in ``gender``, where given); ``of_someone_named``
        where its subject is a person named, which PRESENTING_VERBS report too."""
        verbs = REPORTING_VERBS | PRESENTING_VERBS if of_someone_named else REPORTING_VERBS
        for lemma, tag, _ in analyse(word):
            # A perfective verb's present form is its future: "Informację przedstawi Dyrektor
            # Jan Mróz" announces words not yet said ("pyta", "informuje" report them).
            if tag.startswith("fin") and ":perf" in tag:
                continue
            if tag.startswith(("praet", "fin")) and lemma.lower() in verbs:
                if gender and tag.startswith("praet") and gender not in genders_of(tag):
                    continue
                if tag.startswith("praet:pl") or tag.startswith("fin:pl"):
                    continue
                return True
        return False

    def _files_a_motion(self, index: int, gender: str | None) -> bool:
        """ "Radny Adam Bielecki złożył wniosek, by …", "Wniosek złożyła radna Ewa Mak": filing
        a motion, a question or a statement is saying it (only of a person named: "Wniosek
        złożyła rada osiedla" is nobody's words in the record)."""
        readings = analyse(self.tokens[index][2])
        if not any(
            tag.startswith(("praet:sg", "fin:sg"))
            and lemma.lower() in _FILING_VERBS
            and (not gender or not tag.startswith("praet") or gender in genders_of(tag))
            for lemma, tag, _ in readings
        ):
            return False
        near = self.tokens[max(0, index - 2) : index] + self.tokens[index + 1 : index + 3]
        return any(lemma.lower() in _FILED for _, _, word in near for lemma, _, _ in analyse(word))

    def within_a_report(self, mention: _Mention) -> bool:
        """Whether the mention comes after a "że" or "iż": inside words reported."""
        return any(word.lower() in _THAT for _, _, word in self.tokens[: mention.token_index])

    def reports_in_relative_clause(self, mention: _Mention) -> bool:
        """ "… Ewie Zając, która poinformowała, że …": the mention, in whatever case, is the
        subject of a relative clause that reports speech."""
        at = self._after_affiliation(mention.token_end)
        if at < len(self.tokens) and self.tokens[at][2] == ",":
            at += 1
        elif not (at >= 1 and self.tokens[at - 1][2] == ","):
            return False  # (an office in apposition, "– Dyrektorowi Wydziału,", ends at its comma)
        if at >= len(self.tokens) or self.tokens[at][2].lower() not in {"który", "która"}:  # the subject's forms
            return False
        window = range(at + 1, min(len(self.tokens), at + 4))
        return any(self._reporting_verb(self.tokens[i][2], mention.gender, of_someone_named=True) for i in window)

    def _after_affiliation(self, index: int) -> int:
        """The token after where someone comes from, said at ``index`` ("… Annie Kowalskiej
        z MOPS, która …", "… Kosowi z Zarządu Dróg i Zieleni, który …": "z" and an
        institution's name), or ``index`` if nothing is said there."""
        if (
            index + 1 >= len(self.tokens)
            or self.tokens[index][2].lower() not in {"z", "ze"}
            or not self.tokens[index + 1][2][:1].isupper()
        ):
            return index
        at = index + 1
        while at < min(len(self.tokens), index + _AFFILIATION_WORDS) and (
            self.tokens[at][2][:1].isupper() or self.tokens[at][2].lower() in _WITHIN_A_NAME
        ):
            at += 1
        return at

    def _several_subjects(self, mention: _Mention) -> bool:
        """ "Radni Kos i Nowak zwrócili uwagę, że …": the mention is one of several subjects
        (joined by "i", or the first verb after it is plural), so the words are no one's. The
        verb has the last word: in "Pani Oksana Melnyk z Fundacji Integracji i Rozwoju
        poinformowała" the "i" joins the words of a name, and one person speaks."""
        after = self._after_aside(mention.token_end)
        joined = False
        for index in range(after, min(len(self.tokens), after + _REPORT_WINDOW)):
            word = self.tokens[index][2]
            if word in {",", ";", ".", ":"} or word.lower() in _CLAUSE_LINKS:
                return joined
            if word.lower() == "i" and index + 1 < len(self.tokens) and self.tokens[index + 1][2][:1].isupper():
                joined = True
                continue
            verbs = [tag for _, tag, _ in analyse(word) if tag.startswith(("praet", "fin"))]
            if verbs:
                return all(":pl:" in tag + ":" for tag in verbs)
        return joined

    def verb_before(self, mention: _Mention, previous: _Mention | None) -> bool:
        """ "Głos zabrał radny X", "Odpowiedzi udzieliła Pani Y": the subject after its verb,
        unless the clause is relative ("o którym wspominał dyrektor X")."""
        floor = previous.token_end if previous else 0
        for index in range(mention.token_index - 1, max(floor, mention.token_index - 6) - 1, -1):
            word = self.tokens[index][2]
            if word == "." and index > 0 and self.tokens[index - 1][2].lower() in _DEGREES:
                continue  # "Informację przedstawił insp. Andrzej Górski": a rank, not a stop
            if word in {",", ";", ":", ".", "(", ")"} or word.lower() in _RELATIVE:
                return False
            if (
                self._reporting_verb(word, mention.gender, of_someone_named=True)
                or self._files_a_motion(index, mention.gender)
            ) and not self._gives_the_floor(index):
                clause = index
                while clause > floor and self.tokens[clause - 1][2] not in {",", ";", ":", "."}:
                    clause -= 1
                relative = [i for i in range(clause, index) if self.tokens[i][2].lower() in _RELATIVE]
                if not relative:
                    return True
                # "…, na które odpowiedział Pan Prezydent: „…”" goes on with his words;
                # "…, o którym wspominał dyrektor X." only says who mentioned a thing.
                after = [t[2].lower() for t in self.tokens[mention.token_end : mention.token_end + 3]]
                return (
                    relative[0] > 0
                    and self.tokens[relative[0] - 1][2].lower() in _PREPOSITIONS
                    and bool({":", "że", "iż"} & set(after))
                )
        return False

    def reports(self, mention: _Mention, next_mention: _Mention | None, previous: _Mention | None = None) -> bool:
        """Whether the mention is the subject of a reporting clause, or whose view the sentence
        opens with ("Zdaniem radnej X …", "Według Dyrektor Y …")."""
        opening = " ".join(t[2].lower() for t in self.tokens[: mention.token_index])
        if (opening in _VIEW_OF or _SAID_BY.fullmatch(opening)) and mention.person:
            return True
        if not mention.nominative and self._concerned(mention):
            return True
        if not mention.nominative or self._several_subjects(mention):
            return False
        for index in range(max(0, mention.token_index - 2), mention.token_index):
            # "…, który radny Lis przedstawił" (not "…, na które odpowiedział Pan Prezydent: …")
            word = self.tokens[index][2].lower()
            if word in _RELATIVE and (index == 0 or self.tokens[index - 1][2].lower() not in _PREPOSITIONS):
                return False
        if self.verb_before(mention, previous):
            return True
        after = self._after_aside(mention.token_end)  # "Radna E. Wrona (KO) zaproponowała"
        if after < len(self.tokens) and self.tokens[after][2] in _DASHES and not self.listing and not self._paired():
            # "Radny T. Nowicki – poinformował …" reports; "… radny Jan Kowalski – Przewodniczący
            # Komisji." names his office (and "– Przewodniczący Komisji – poinformował" both).
            apposition = self._role_in_apposition(after)
            if apposition is None:
                return True
            after = apposition[1]
        limit = min(len(self.tokens), after + _REPORT_WINDOW)
        if next_mention and next_mention.nominative:
            # An oblique mention is no subject of its own: "Pani Dyrektor odpowiadając radnemu
            # Janowi Kowalskiemu stwierdziła, że …" is hers.
            limit = min(limit, next_mention.token_index)
        relative = False  # "…, który został wybrany …," says something else of the subject
        for index in range(after, limit):
            word = self.tokens[index][2]
            relative = word.lower() in _RELATIVE or (relative and word != ",")
            if self._gives_the_floor(index):
                continue  # "Przewodniczący udzielił głosu Dyrektor Annie Lis": hers are the words
            if not relative and self._receives(index):
                return False  # "Radny Jan Kowalski został poinformowany, że …": told, not telling
            # In a listing "Przewodniczący Komisji: Łukasz Mikuła" is a signature, not speech;
            # "- Dyrektor Pani Anna Wilk: remont szkoły ruszy w lipcu" is her answer.
            if (word.lower() in _CLAUSE_LINKS and not (self.listing and word == ":" and self._signs(index))) or (
                self._reporting_verb(word, mention.gender, of_someone_named=True)
                or self._files_a_motion(index, mention.gender)
            ):
                return True
            if word.lower() in _AGAINST and index > 0 and self.tokens[index - 1][2].lower() in _BEING:
                return True
            if word in {".", ";"}:
                break
        return False

    def _concerned(self, mention: _Mention) -> bool:
        """Whether the verb right after an oblique mention says what concerned them (_CONCERNS)."""
        at = mention.token_end
        opening = {word.lower() for _, _, word in self.tokens[: mention.token_index]}
        if at >= len(self.tokens) or not opening <= _OPENING_ADVERBS:
            return False  # "…, że Panią Skarbnik interesuje tylko budżet" is somebody's report
        return any(
            tag.startswith(("praet", "fin")) and lemma.lower() in _CONCERNS
            for lemma, tag, _ in analyse(self.tokens[at][2])
        )

    def _signs(self, colon: int) -> bool:
        """Whether what follows the colon at token ``colon`` is a name alone, or nothing."""
        rest = self.text[self.tokens[colon][1] : self.end].strip(" ,.;")
        return not rest or only_a_name(rest)

    def minute_takers_own(self) -> bool:
        """Whether a sentence nobody is named for is the minute-taker's own account: what the
        meeting did ("Komisja zaopiniowała…", "zakończono"), or about the meeting and its facts
        and reporting nobody's words. Words reported without a speaker we can name ("Wyjaśniła,
        że …"), and content that follows a lost speaker ("Członkowie mogą wpłacać jedynie
        darowizny"), are somebody's."""
        if self._meeting_is_subject() or self._procedural() or self._listing_item():
            return True
        if self._of_nobody() or self._counts_a_vote_or_cites_an_attachment() or self._records_attendance():
            return True
        if any(self._gives_the_floor(i) for i in range(len(self.tokens))):
            return True  # "Przewodniczący udzielił głosu radnemu …": the record of who spoke next
        if any(
            word.lower() in _THAT or (self._reporting_verb(word, None) and not self._gives_the_floor(i))
            for i, (_, _, word) in enumerate(self.tokens)
        ):
            return False
        about_meeting = any(lemma in _NARRATION_SUBJECTS for _, _, word in self.tokens for lemma in _lemmas(word))
        return about_meeting or states_meeting_fact(self.text[self.start : self.end])

    def _listing_item(self) -> bool:
        if self.text[self.start : self.end].rstrip().endswith("?"):
            return False  # "2. Kiedy parking zostanie otwarty?": one of the questions someone put
        before = self.text[max(0, self.start - 8) : self.start]
        return bool(_ITEM_NUMBER_FIRST.match(self.text, self.start) or _ITEM_NUMBER_BEFORE.search(before))

    def _receives(self, index: int) -> bool:
        """Whether token ``index`` makes the subject the one told: a passive ("został
        poinformowany"), an impersonal report ("wyjaśniono"), words heard ("usłyszał") or an
        answer received ("otrzymał zapewnienie")."""
        readings = analyse(self.tokens[index][2])
        if any(tag.startswith("imps") and lemma.lower() in REPORTING_VERBS for lemma, tag, _ in readings):
            return True
        if self._hears(index):
            return True
        return (
            "zostać" in _lemmas(self.tokens[index][2])
            and index + 1 < len(self.tokens)
            and any(tag.startswith("ppas") for _, tag, _ in analyse(self.tokens[index + 1][2]))
        )

    def _hears(self, index: int) -> bool:
        """Whether token ``index`` is words heard ("usłyszał") or an answer received
        ("otrzymał zapewnienie"; "kluby otrzymały dotacje" receive no words)."""
        lemmas = set(_lemmas(self.tokens[index][2]))
        if lemmas & _HEARING_VERBS:
            return True
        return bool(lemmas & _RECEIVING_VERBS) and any(
            set(_lemmas(token[2])) & _ANSWERS for token in self.tokens[index + 1 : index + 4]
        )

    def _gives_the_floor(self, index: int) -> bool:
        """ "udzielił głosu", "oddała głos": giving the floor (and "udzielić" is also answering:
        "udzielił odpowiedzi")."""
        return (
            index + 1 < len(self.tokens)
            and self.tokens[index + 1][2].lower().startswith("głos")
            and any(lemma in _GIVING for lemma in _lemmas(self.tokens[index][2]))
        )

    def _paired(self) -> bool:
        """Whether the sentence pairs names with what follows their dashes, a vote or a roll
        ("Jan Kowalski – za, Anna Lis – przeciw", "Radny Jan Lis – nieobecny"), rather than
        giving one person's words after a dash."""
        return any(
            word in _DASHES
            and 0 < i < len(self.tokens) - 1
            and self.tokens[i - 1][2][:1].isupper()
            and self.tokens[i + 1][2].lower() in _VOTES_AND_ROLL
            for i, (_, _, word) in enumerate(self.tokens)
        )

    def coordinated(self, first: _Mention, second: _Mention) -> bool:
        """Whether ``second`` opens a clause of its own after ``first``'s, not one that
        ``first`` reports: no "że", "iż", colon or relative word between them."""
        between = [word.lower() for _, _, word in self.tokens[first.token_end : second.token_index]]
        if any(word in {"że", "iż", ":"} for word in between):
            return False
        # "zapytała, czy …, na co Pani Dyrektor odpowiedziała": the question asked, the answer's
        # clause opens after it ("zapytał, czy Pani Dyrektor wie …" is still his question).
        if "czy" in between and not set(between[-3:]) & _COORDINATORS:
            return False
        for at, word in enumerate(between):
            # "…, który został wybrany" says more of the first; in "…, na które odpowiedział Pan
            # Prezydent: …" the relative word is the object, and the second speaker the subject.
            if word in _RELATIVE and not (at and between[at - 1] in _PREPOSITIONS):
                return False
        # The second clause opens with its conjunction: ", a …", ", natomiast …", ", na co …",
        # ", po czym …", or a relative word after a preposition.
        return bool(between) and bool(set(between[-3:]) & (_COORDINATORS | _RELATIVE))

    def lists_participants(self, mentions: list[_Mention]) -> bool:
        """Whether the sentence lists who took part, before any of them is named ("W dyskusji
        udział wzięli radni: Jan Kot, Maria Sowa i Ewa Lis."); "Radny Jan Kot, który wziął
        udział w konferencji, poinformował …" reports his words."""
        found = _PARTICIPANTS.search(self.text, self.start, self.end)
        return bool(found) and (not mentions or found.start() < mentions[0].start)

    def somebody_else_acts(self, mentions: list[_Mention], current: Person | None) -> bool:
        """Whether somebody other than ``current`` is named in the nominative before any words
        reported ("… Wójt zdecydował o naprawie drogi"): the sentence's subject, so the
        sentence is not ``current``'s going on ("Dodała, że Wójt zdecydował …" still is)."""
        link = next(
            (i for i, (_, _, word) in enumerate(self.tokens) if word.lower() in _CLAUSE_LINKS), len(self.tokens)
        )
        return any(
            m.nominative and m.token_index < link and m.person is not current and not self._said_of(m) for m in mentions
        )

    def _said_of(self, mention: _Mention) -> bool:
        """Whether a nominative mention is what something is, not who acts: after "jest"
        ("… której Prezesem Zarządu jest Pan Mariusz Sagan") or in a relative clause."""
        before = [word.lower() for _, _, word in self.tokens[: mention.token_index]]
        clause = before[len(before) - before[::-1].index(",") :] if "," in before else before
        return bool(before) and (before[-1] in _COPULA or any(word in _RELATIVE for word in clause))

    def goes_on_asking(self) -> bool:
        """Whether a sentence naming nobody can go on with a question just asked: it asks too,
        or reports speech with a verb of its own ("Zwróciła uwagę, że …")."""
        sentence = self.text[self.start : self.end].rstrip()
        return sentence.endswith("?") or any(self._reporting_verb(word, None) for _, _, word in self.tokens)

    def not_said_by(self, person: Person) -> bool:
        """Whether the sentence, naming nobody we know, cannot be ``person``'s going on: its
        reporting verb has a subject of its own (reports_for_somebody_unrecognised), is of the
        other gender ("Dodała, że …" after Dyrektor Jan Mróz), or it opens with somebody
        else's view ("Zdaniem radnego Kowalskiego …", whom the record did not name before)."""
        if self.reports_for_somebody_unrecognised():
            return True
        verbs = [word for _, _, word in self.tokens if self._reporting_verb(word, None)]
        if verbs and person.gender and not self._reporting_verb(verbs[0], person.gender):
            return True
        # "W odpowiedzi usłyszała, że …", "Otrzymał odpowiedź, że …": words received, not said
        # (not any passive: "treningi zostaną przeniesione" goes on with the speaker's report).
        if any(self._hears(index) for index in range(len(self.tokens))):
            return True
        words = [word.lower() for _, _, word in self.tokens[:3]]
        opener = next((n for n in (3, 2, 1) if " ".join(words[:n]) in _VIEW_OF | _SOURCES), 0)
        # "Zdaniem radnego sprawą powinna …" is the councillor's going on; a name after the
        # opener is somebody else's (someone we know would have been found as a mention), and
        # "Zgodnie z opinią Radcy Prawnego …", "Jak wynika z pisma Wydziału …" a document's.
        return bool(opener) and any(
            word[:1].isupper() and word.isalpha() and not office_key(word) and word.lower() not in _HONORIFICS
            for _, _, word in self.tokens[opener : opener + 4]
        )

    def reports_for_somebody_unrecognised(self) -> bool:
        """Whether a reporting verb has a subject of its own that names nobody we know: words
        in capitals before it that are no role, title or degree ("Olena Kovalenko z Wydziału
        … dodaje, że", "Urząd Miasta poinformował, że"), or a first word unknown to the
        dictionary ("Bondarenko informuje"). "Dodała, że …", "Następnie wyjaśnił" have none."""
        verb = next(
            (i for i, (_, _, word) in enumerate(self.tokens) if self._reporting_verb(word, None)),
            None,
        )
        if verb is None:
            return False
        for index in range(verb):
            word = self.tokens[index][2]
            if not word[:1].isupper() or not word.isalpha() or self._in_parentheses(index):
                continue
            if office_key(word) or word.lower() in _HONORIFICS or self._degree_at(index):
                continue
            if index > 0 or all(tag == "ign" for _, tag, _ in analyse(word)):
                return True
        return False

    def is_narration(self) -> bool:
        """Whether the sentence cannot go on with the words of whoever spoke before: the
        record's own account, or words reported of nobody named ("Radnym odpowiedziano, że …")."""
        return (
            not self.tokens
            or bool(SIGN_OFF.match(self.text[self.start : self.end]))
            or self._meeting_is_subject()
            or self._procedural()
            or self._impersonal(REPORTING_VERBS)
            or self._several_report()
            or self._of_nobody()
            or self._counts_a_vote_or_cites_an_attachment()
            or self._records_attendance()
        )

    def _of_nobody(self) -> bool:
        """("W tym punkcie nikt więcej nie zabrał głosu.", "Nikt nie zgłosił uwag."): nobody is
        the subject, unless inside words reported ("Dodał, że nikt nie protestował.")."""
        for _, _, word in self.tokens:
            if word.lower() in _CLAUSE_LINKS:
                return False
            if word.lower() == "nikt":
                return True
        return False

    def _records_attendance(self) -> bool:
        return bool(self.tokens) and self.tokens[0][2].lower() in _ATTENDANCE

    def _counts_a_vote_or_cites_an_attachment(self) -> bool:
        """ "Za wnioskiem głosowało 6 radnych, przeciw – 0, wstrzymało się – 1.", and "Stanowisko
        Komisji stanowi załącznik nr 4.": the record counting a vote (or saying who voted how:
        _records_votes) or pointing to its attachments, unless a speaker is reporting one
        ("Przypomniał, że rada osiedla …")."""
        sentence = self.text[self.start : self.end]
        if self._records_votes():
            return True
        if not (_VOTE_TALLY.search(sentence) or _ATTACHMENT.search(sentence)):
            return False
        return not any(word.lower() in _CLAUSE_LINKS or self._reporting_verb(word, None) for _, _, word in self.tokens)

    def _records_votes(self) -> bool:
        """ "Radny Jan Kos wstrzymał się od głosu.", "Przeciw głosowała radna Ewa Kruk.", "Za …
        głosowali radni: …": who voted how, the record's account; "Radny Jan Kos głosował
        przeciw, argumentując, że …" reports his reasons, his words."""
        words = [word for _, _, word in self.tokens]
        voted = any(
            tag.startswith("praet")
            and (
                lemma.lower() in _VOTING_VERBS
                or (lemma.lower() == "wstrzymać" and at + 1 < len(words) and words[at + 1].lower() == "się")
            )
            for at, word in enumerate(words)
            for lemma, tag, _ in analyse(word)
        )
        return voted and not any(
            word.lower() in _THAT or word in _QUOTE_MARKS or self._reporting_verb(word, None) for word in words
        )

    def _meeting_is_subject(self) -> bool:
        """ "Komisja przyjęła …", "Posiedzenie otwarto …", and after an opening adverbial, "W
        głosowaniu Komisja pozytywnie zaopiniowała …": the meeting is the subject."""
        first_words = [t[2] for t in self.tokens[:3] if t[2].isalpha()]
        if first_words and any(lemma in _NARRATION_SUBJECTS for lemma in _lemmas(first_words[0])):
            return True
        if first_words and self._members_decide(first_words[0]):
            return True
        for _, _, word in self.tokens[:_REPORT_WINDOW]:
            readings = analyse(word)
            if any(tag.startswith(("praet", "fin", "imps", "inf")) for _, tag, _ in readings):
                return False  # the verb came first: the meeting would be its object
            if word[:1].isupper() and any(
                lemma.lower() in _NARRATION_SUBJECTS and tag.startswith("subst") and "nom" in cases_of(tag)
                for lemma, tag, _ in readings
            ):
                return True
        return False

    def _members_decide(self, first_word: str) -> bool:
        """ "Radni przyjęli informację do wiadomości.", "Członkowie Komisji jednogłośnie
        zaopiniowali projekt.": the members as one, doing what the meeting does."""
        if not any(
            lemma.lower() in _MEMBERS and tag.startswith(("subst:pl:nom", "adj:pl:nom"))
            for lemma, tag, _ in analyse(first_word)
        ):
            return False
        return any(
            tag.startswith("praet:pl") and lemma.lower() in _PROCEDURAL_VERBS
            for _, _, word in self._main_clause()
            for lemma, tag, _ in analyse(word)
        )

    def _procedural(self) -> bool:
        return self._impersonal(_PROCEDURAL_VERBS)  # "Przyjęto porządek obrad."

    def _impersonal(self, verbs: set[str]) -> bool:
        return any(
            tag.startswith("imps") and lemma.lower() in verbs
            for _, _, word in self._main_clause()
            for lemma, tag, _ in analyse(word)
        )

    def _several_report(self) -> bool:
        # "przedstawiły pozostałe Panie": several people at once is the minute-taker's summary.
        return any(
            tag.startswith(("praet:pl", "fin:pl")) and lemma.lower() in REPORTING_VERBS
            for _, _, word in self._main_clause()
            for lemma, tag, _ in analyse(word)
        )

    def _main_clause(self) -> list[tuple[int, int, str]]:
        """The tokens before the words reported: in "Poinformowała, że zgłoszono 1 240
        ubytków" what was reported ("zgłoszono") says nothing of who speaks."""
        link = next((i for i, (_, _, word) in enumerate(self.tokens) if word.lower() in _CLAUSE_LINKS), None)
        return self.tokens if link is None else self.tokens[:link]


# The counts of a vote: "przeciw – 0", "wstrzymało się 1", "6 głosów za", "głosowało 6 radnych".
_VOTING_VERBS = {"głosować", "zagłosować"}
_QUOTE_MARKS = {"„", "”", '"', "«", "»"}
_VOTE_TALLY = re.compile(
    r"\b(?:przeciw|wstrzymał\w*(?:\s+się)?|wstrzymujących(?:\s+się)?)\s*[-–—:]?\s*\d+"
    r"|\d+\s+(?:głos\w*\s+)?(?:„?za”?|przeciw|wstrzymując\w*)\b|\bgłosował(?:o|y|i)\s+(?:\w+\s+){0,2}?\d+",
    re.I,
)

# "… stanowi załącznik nr 3 do protokołu", "w załączeniu", "załącznik nr 2 do protokołu".
_ATTACHMENT = re.compile(
    r"\bstanowi\w*\s+załącznik|\bw\s+załączeniu\b|\bzałącznik\w*\s+(?:nr\s*)?\d+\s+do\s+protokołu", re.I
)

# "Radny X zapytał, …", "zwróciła się z pytaniem, czy …", "Na pytanie radnej X …".
_REPORTED_QUESTION = re.compile(
    r"\b(?:za|do)?pyta(?:ł|ła|li|ły|ło|ć)\b|\bdopytywa\w*|\bz\s+(?:za)?pytaniem\b|^\W*na\s+(?:za)?pytanie\b", re.I
)


# The speaker's own verb of asking ("zapytała", not "Na pytanie radnej …"): _attribute_passage.
_ASKED = re.compile(r"\b(?:za|do)?pyta(?:ł|ła)\b|\bdopytywał\w*", re.I)


def reports_a_question(sentence: str) -> bool:
    """Whether a protocol's sentence reports a question asked, which the next speaker answers."""
    return bool(_REPORTED_QUESTION.search(sentence))


# "Pan Dyrektor zapewnił, że …", "Odpowiedzi udzieliła Pani Dyrektor.", "wyjaśniła, że …",
# "odniósł się do …": words said in reply to what was raised before them.
# "odpowiedziała", "odparł", "replikowała", "odpowiedzi udzielił": answering, never the asker's.
_ANSWERED = (
    r"\bodpowi(?:edzia|ada)(?:ł|ła|li|ły)\b|\bodpowiedzi\s+udzieli\w*|\budzieli\w*\s+(?:\w+\s+){0,3}odpowiedzi\b"
    r"|\bodpar(?:ł|ła|li|ły)\b|\b(?:z?riposto|repliko)wa(?:ł|ła|li|ły)\b"
)
_ANSWERS_SOMEONE = re.compile(_ANSWERED, re.I)
# After "Na pytanie radnej Sowy": the answer's verb, and whether it names no one who answered.
_ANSWER_AFTER_ASKER = re.compile(_ANSWERED + r"|\b(?P<impersonal>odpowiedziano|udzielono\s+odpowiedzi)\b", re.I)
_REPORTED_REPLY = re.compile(
    _ANSWERED
    + r"|\bwyjaśni(?:ł|ła|li|ły)\b|\bzapewni(?:ł|ła|li|ły)\b|\bodni(?:ósł|osła|eśli|osły)\s+się\b|\bustosunkowa\w*",
    re.I,
)


def reports_a_reply(sentence: str) -> bool:
    """Whether a protocol's sentence reports a reply to what the speaker before raised."""
    return bool(_REPORTED_REPLY.search(sentence))


# Words before a name that make it a place's or a patron's ("ul. Jana Kowalskiego", "skwer
# imienia Haliny Szymańskiej"), not a person of the meeting.
_DEDICATIONS = {
    "ul", "ulica", "ulicy", "ulicę", "ulicą", "al", "aleja", "alei", "aleję", "pl", "plac", "placu", "im", "imię",
    "imienia", "rondo", "ronda", "rondzie", "skwer", "skweru", "skwerowi", "os", "osiedle", "osiedla", "most", "mostu",
    "patron", "patrona", "patronem", "patronka", "patronki", "patronką", "pomnik", "pomnika",
}  # fmt: skip


def _names_a_place(text: str, name_start: int) -> bool:
    """Whether the name starting at ``name_start`` is a street's, a square's or a patron's."""
    before = re.search(r"(\w+)\W*$", text[max(0, name_start - 30) : name_start])
    return bool(before) and before.group(1).lower() in _DEDICATIONS


def _people_named_in_full(meeting: Meeting) -> list[str]:
    """The full names of the meeting's people, wherever named (not those of streets and patrons)."""
    return [
        name.name
        for passage in meeting.passages
        for name in find_names(passage.text)
        if name.has_first_name and " " in name.name and not _names_a_place(passage.text, name.start)
    ]


def _questions_listed_by(passage: Passage) -> Span | None:
    """The span of the speaker whose listed question ends ``passage`` ("1. Ile …?"), if any."""
    last_line = passage.text.rsplit("\n", 1)[-1]
    last = passage.spans[-1] if passage.spans else None
    if last is None or last.speaker is None or not _LISTED_QUESTION.match(last_line):
        return None
    return last


def attribute_protocol(meeting: Meeting) -> None:
    """Fill the spans of every passage of a reported-speech protocol, in place."""
    registry = Registry(_people_named_in_full(meeting), meeting.chair)
    current: Person | None = None
    # How sure the label line just read ("Wypowiedź radnej Ireny Szostak:") is of who speaks
    # in the paragraph under it; None when the paragraph before was no label.
    label_confidence: float | None = None
    item: str | None = None
    # Who asked the listed question that ended the paragraph before: the next listed question,
    # a paragraph of its own, goes on that list ("Radna Ewa Kruk zadała pytania:\n1. Ile …?",
    # then "2. Kiedy …?", which the question mark ended apart).
    questions_of: Span | None = None
    for passage, previous in zip(meeting.passages, ["", *(p.text for p in meeting.passages)]):
        if passage.agenda_item != item:
            # A new point of the agenda is a new exchange: whoever spoke last in the one
            # before does not go on speaking unnamed in it.
            current, item, questions_of = None, passage.agenda_item, None
        asker, questions_of = questions_of, None
        if asker and _LISTED_QUESTION.match(passage.text):
            passage.spans = _attribute_listing(passage.text, registry, asker)
            questions_of = _questions_listed_by(passage)
            current = None
            continue
        under_label, label_confidence = label_confidence, None
        if looks_like_label(passage.text) and "\n" not in passage.text:
            # "Radny Adam Wilk:" alone, the speech in the paragraphs after: they are his (not
            # what "Przewodniczący odczytał pismo Stowarzyszenia:" reads out: the letter's).
            passage.spans = [Span(0, len(passage.text), narration=True)]
            labelled = None if _reads_out(passage.text) else _labelled(registry, passage.text, current)
            current, label_confidence = (labelled.person, labelled.confidence) if labelled else (None, None)
            continue
        if _HEADING.match(passage.text):
            # "Dyskusja:", "Wnioski Komisji:": the record's heading, what follows not the words
            # of whoever spoke before it.
            passage.spans = [Span(0, len(passage.text), narration=True)]
            current = None
            continue
        if "\n" in passage.text and _speech_under_label(passage.text):
            # "Wypowiedź radnej Ireny Szostak:" and her words on the lines after, one paragraph:
            # read as the label's paragraph and the speech's.
            label, _, speech = passage.text.partition("\n")
            labelled = None if _reads_out(label) else _labelled(registry, label, current)
            offset = len(label) + 1
            spans, current = _attribute_passage(
                Passage(text=speech),
                registry,
                labelled.person if labelled else None,
                labelled.confidence if labelled else None,
            )
            spans = [replace(span, start=span.start + offset, end=span.end + offset) for span in spans]
            if labelled and spans[0].speaker == labelled.person.name:
                spans[0].start = 0  # the label heads its speaker's words, as quoted
            else:
                spans.insert(0, Span(0, offset, narration=True))
            passage.spans = spans
            continue
        if "\n" in passage.text:
            # Points listed under a speaker's line ("Przedstawił następujące dane:") are theirs.
            introduced_by = (
                Span(0, 0, current.name, current.roles[0] if current.roles else None, CONFIDENCE_NEXT_PARAGRAPH)
                if current and LISTED_POINT.match(passage.text) and previous.rstrip().endswith(":")
                else None
            )
            passage.spans = _attribute_listing(passage.text, registry, introduced_by)
            questions_of = _questions_listed_by(passage)
            current = None
            continue
        passage.spans, current = _attribute_passage(passage, registry, current, under_label)
        questions_of = _questions_listed_by(passage)
    meeting.people = [
        MeetingPerson(p.name, list(p.roles), list(p.variants))
        for p in sorted(registry.people.values(), key=lambda p: p.name)
        if not re.match(r"^[A-ZĄĆĘŁŃÓŚŹŻ]\. ", p.name)
    ]


# A listed point that asks: "2. Kiedy parking zostanie otwarty?"
_LISTED_QUESTION = re.compile(LISTED_POINT.pattern + r".*\?\s*$")
# A heading of the record on a line of its own: a few words and a colon.
_HEADING = re.compile(r"^\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*:\s*$")


# Reading out or quoting a document: "odczytał pismo …:", "zacytowała opinię …:".
_READING_OUT = {"odczytać", "odczytywać", "przeczytać", "czytać", "zacytować", "cytować"}


def _reads_out(line: str) -> bool:
    """Whether a line introducing words below it reads out a document ("Przewodniczący Komisji
    Jan Wilk odczytał pismo Stowarzyszenia:"): the words are the document's, not the reader's."""
    return any(
        tag.startswith(("praet", "fin")) and lemma.lower() in _READING_OUT
        for word in _TOKEN.findall(line)
        for lemma, tag, _ in analyse(word)
    )


def _labelled(registry: Registry, label: str, current: Person | None) -> _Mention | None:
    """Who a label line ("Wypowiedź radnej Ireny Szostak:") names, if anybody we can tell."""
    return next((m for m in _SentenceReader(registry, label, 0, len(label)).mentions(current) if m.person), None)


def _speech_under_label(text: str) -> bool:
    """Whether a paragraph is speech under its speaker's line, as in protocols that quote
    ("Głos zabrał radny Adam Wilk:", "Przewodniczący:", then the words): read like the same
    words on one line, not as a listing of the minute-taker's."""
    first, _, rest = text.partition("\n")
    return looks_like_label(first) and bool(rest.strip()) and not LISTED_POINT.search(rest)


def _goes_on_reporting(line: str, person: Person) -> bool:
    """Whether a listed line opens with a verb of saying and no subject, in ``person``'s
    gender ("- dodała, że …" after her line): the same speaker's next point."""
    words = _TOKEN.findall(LISTED_POINT.sub("", line, count=1))
    return bool(words) and any(
        tag.startswith("praet:sg")
        and lemma.lower() in REPORTING_VERBS
        and (person.gender is None or person.gender in genders_of(tag))
        for lemma, tag, _ in analyse(words[0])
    )


def _attribute_listing(text: str, registry: Registry, introduced_by: Span | None = None) -> list[Span]:
    """Listings and signature blocks are the minute-taker's, but for a line that reports
    somebody's words ("W dyskusji głos zabrali:\n- radna Anna Nowak, która pytała o …"): each
    line on its own, nobody's words carried from one line to the next, and a name before a
    dash no speaker ("Jan Kowalski – obecny" lists who came). The points listed under a line
    whose speaker introduces them ("Pani Dyrektor przedstawiła następujące dane:\n- w 2023 r.
    …") are that speaker's, but for a point naming a speaker of its own; ``introduced_by``: the
    speaker whose line, the paragraph before, introduces the listing."""
    spans: list[Span] = []
    offset = 0
    speaker_before: Person | None = None  # who spoke last on the line before
    for line in text.split("\n"):
        if line.strip():
            line_spans, _ = _attribute_passage(Passage(text=line), registry, None, listing=True)
            nobodys = all(s.speaker is None and s.role is None for s in line_spans)
            if introduced_by and LISTED_POINT.match(line) and nobodys:
                confidence = min(introduced_by.confidence or CONFIDENCE_CONTINUED, CONFIDENCE_CONTINUED)
                line_spans = [Span(0, len(line), introduced_by.speaker, introduced_by.role, confidence)]
            elif speaker_before and nobodys and _goes_on_reporting(line, speaker_before):
                # "- Pani Rak odpowiedziała, że …;\n- dodała, że …": her second point.
                role = speaker_before.roles[0] if speaker_before.roles else None
                line_spans = [Span(0, len(line), speaker_before.name, role, CONFIDENCE_CONTINUED)]
            else:
                last = line_spans[-1]
                introduced_by = last if line.rstrip().endswith(":") and (last.speaker or last.role) else None
            last_speaker = line_spans[-1].speaker
            speaker_before = registry.find(last_speaker) if last_speaker else None
            if nobodys and names_a_speaker(line.strip()) and (named := _labelled(registry, line, None)):
                # "Radny Piotr Gil" on a line of its own (bold, a heading) over "Zapytał, kiedy
                # …": the line after, reporting with no subject of its own, is his.
                speaker_before = named.person
            for span in line_spans:
                spans.append(
                    Span(span.start + offset, span.end + offset, narration=True)
                    if span.speaker is None and span.role is None
                    else Span(span.start + offset, span.end + offset, span.speaker, span.role, span.confidence)
                )
        offset += len(line) + 1
    merged: list[Span] = []
    for span in spans:
        if merged and (merged[-1].speaker, merged[-1].role, merged[-1].narration) == (
            span.speaker,
            span.role,
            span.narration,
        ):
            merged[-1].end = span.end
            if span.confidence is not None:
                merged[-1].confidence = min(merged[-1].confidence or span.confidence, span.confidence)
        else:
            merged.append(span)
    if not merged:
        return [Span(0, len(text), narration=True)]
    merged[0].start = 0
    for left, right in zip(merged, merged[1:]):
        left.end = right.start
    merged[-1].end = len(text)
    return merged


def _going_on(confidence: float) -> float:
    """The confidence in a speaker going on unnamed: at most CONFIDENCE_CONTINUED."""
    return min(confidence, CONFIDENCE_CONTINUED) if confidence else CONFIDENCE_CONTINUED


def _attribute_passage(
    passage: Passage,
    registry: Registry,
    carried: Person | None,
    under_label: float | None = None,
    listing: bool = False,
) -> tuple[list[Span], Person | None]:
    """The spans of one paragraph and who is speaking at its end; ``carried`` spoke last
    before it. ``under_label``: the paragraph is the speech under a label line naming
    ``carried`` ("Wypowiedź radnej Ireny Szostak:"), this sure of them."""
    spans: list[Span] = []
    current = carried
    confidence = CONFIDENCE_NEXT_PARAGRAPH if carried else 0.0
    # Words under a speaker's label are theirs as a transcript's are: a sentence with a
    # subject of its own ("Seniorzy skarżą się, że …"), one after their own question, or one
    # of the meeting's matters is what they said, not the minute-taker's account, until the
    # record names somebody else speaking.
    quoted = bool(carried) and under_label is not None
    if quoted:
        confidence = under_label

    def add(
        start: int, end: int, person: Person | None, weight: float, narration: bool = False, office: str | None = None
    ) -> None:
        role = (person.roles[0] if person.roles else None) if person else office
        if (
            spans
            and spans[-1].speaker == (person.name if person else None)
            and spans[-1].narration == narration
            and spans[-1].role == role
        ):
            spans[-1].end = end
            if person:
                spans[-1].confidence = min(spans[-1].confidence or weight, weight)
            return
        spans.append(
            Span(
                start,
                end,
                person.name if person else None,
                role,
                weight if person else None,
                narration,
            )
        )

    asked = False
    for start, end in split_sentences(passage.text):
        if SIGN_OFF.match(passage.text[start:end]):
            # "Protokołowała: Beata Gawlas  Przewodnicząca Komisji: Agata Wiśniowska", the two
            # signatures on one line: the record's, not the minute-taker speaking as chair.
            add(start, end, None, 0.0, narration=True)
            current, confidence, quoted = None, 0.0, False
            continue
        reader = _SentenceReader(registry, passage.text, start, end, listing)
        mentions = reader.mentions(current)
        # "Przewodniczący udzielił głosu Pani Dyrektor Ewie Zając, która poinformowała, że …":
        # the words are hers; what comes before is the record of who gave her the floor.
        # Not inside somebody's report: "Radny Jan Kos poinformował, że rozmawiał z Dyrektorem
        # Piotrem Górą, który zapewnił go, że …" is what the councillor said.
        relative = next(
            (
                m
                for m in mentions[1:]
                if m.person and reader.reports_in_relative_clause(m) and not reader.within_a_report(m)
            ),
            None,
        )
        if relative:
            before = mentions[mentions.index(relative) - 1]
            # "Stanowisko Prezydenta przedstawił Zastępca Prezydenta Pan X, który zapewnił, …":
            # the verb before him is his own, the whole sentence his words.
            opens = start if relative.nominative and reader.verb_before(relative, before) else relative.start
            if opens > start:
                add(start, opens, None, 0.0, narration=True)
            add(opens, end, relative.person, relative.confidence)
            current, confidence, quoted = relative.person, relative.confidence, False
            continue
        if reader.lists_participants(mentions):
            add(start, end, None, 0.0, narration=True)
            current, confidence, quoted = None, 0.0, False
            continue
        asker = next((m for m in mentions if reader.is_asker(m) and m.person), None)
        speakers = [
            m
            for i, m in enumerate(mentions)
            if m is not asker and reader.reports(m, mentions[i + 1] if i + 1 < len(mentions) else None)
        ]
        speaker = speakers[0] if speakers else None
        # "Radny Jan Lis zapytał o termin, a Dyrektor Ewa Mak odpowiedziała, że …": two
        # speakers in two coordinated clauses (not one reporting the other: "… poinformował,
        # że Dyrektor Ewa Mak zapewniła …" stays his).
        second = next(
            (m for m in speakers[1:] if m.person is not speaker.person and reader.coordinated(speaker, m)), None
        )
        quoted = quoted and not speaker and not asker
        credited = reader.credited if not speaker and not asker and not mentions else None
        if quoted:
            add(start, end, current, confidence)
        elif credited:
            add(start, end, credited.person, credited.confidence, office=credited.role)
            current, confidence = None, 0.0
        elif speaker and asker and asker.start < speaker.start:
            if reader.only_names_the_asker(asker, speaker):
                add(start, speaker.start, None, 0.0, narration=True)
            else:
                add(start, speaker.start, asker.person, asker.confidence, office=asker.role)
            add(speaker.start, end, speaker.person, speaker.confidence, office=speaker.role)
            current, confidence = speaker.person, speaker.confidence
        elif speaker and second:
            add(start, second.start, speaker.person, speaker.confidence, office=speaker.role)
            add(second.start, end, second.person, second.confidence, office=second.role)
            current, confidence = second.person, second.confidence
        elif speaker:
            add(start, end, speaker.person, speaker.confidence, office=speaker.role)
            current, confidence = speaker.person, speaker.confidence
        elif asker and (answer := _ANSWER_AFTER_ASKER.search(passage.text, asker.end, end)):
            # "Na pytanie radnej Sowy, ile …, odpowiedział, że cztery": who answered is unnamed,
            # never the one who asked. The speaker going on, when the verb can be theirs (and
            # nobody after "odpowiedziano").
            asked_words = passage.text[asker.end : answer.start()].strip(" ,")
            add(start, answer.start(), asker.person if asked_words else None, asker.confidence, not asked_words)
            answerer = current if current is not asker.person and not answer.group("impersonal") else None
            if answerer and not reader.can_say(answerer, answer.group(0)):
                answerer = None
            confidence = _going_on(confidence) if answerer else 0.0
            add(answer.start(), end, answerer, confidence)
            current = answerer
        elif asker:
            add(start, end, asker.person, asker.confidence, office=asker.role)
            current, confidence = None, 0.0
        elif mentions and (
            (mentions[0].nominative and mentions[0].token_index <= 1) or reader.somebody_else_acts(mentions, current)
        ):
            # Somebody else acts ("Przewodnicząca poddała pod głosowanie …", "Po rozmowie z
            # Panem Sołtysem … Wójt zdecydował …"): not the current speech.
            add(start, end, None, 0.0, narration=reader.minute_takers_own())
            current, confidence = None, 0.0
        elif current and reader.not_said_by(current) and not reader.is_narration():
            # Somebody's words, not the current speaker's ("Hryhorij Bondarenko, przedstawiciel
            # firmy, informuje, że …": a name the dictionary does not know): whose, unsaid.
            add(start, end, None, 0.0)
            current, confidence = None, 0.0
        elif current and asked and _ANSWERS_SOMEONE.search(passage.text[start:end]):
            # "Radna Ewa Sowa zapytała o remont. Odpowiedziała, że …": who asked does not
            # answer; who did, the record leaves unsaid.
            add(start, end, None, 0.0)
            current, confidence = None, 0.0
        elif current and not reader.is_narration() and not (asked and not reader.goes_on_asking()):
            confidence = _going_on(confidence)
            add(start, end, current, confidence)
        else:
            add(start, end, None, 0.0, narration=reader.minute_takers_own())
            current, confidence = None, 0.0
        # After a question the speaker asked, what follows without a name is most often its
        # answer ("Na pytanie radnej …, Pan Bąk odpowiedział" asks nothing of its speaker).
        asked = bool(current) and bool(_ASKED.search(passage.text[start:end]))
    if not spans:
        spans = [Span(0, len(passage.text), narration=True)]
    # Spans partition the text: the whitespace between sentences joins the span before it.
    spans[0].start = 0
    for left, right in zip(spans, spans[1:]):
        left.end = right.start
    spans[-1].end = len(passage.text)
    # A paragraph that ends on a question hands the next one no speaker: the reply follows.
    return spans, None if asked else current

"""Each attribution rule on short Polish protocols of our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT

from bot.compose import SURE_SPEAKER
from corpus.attribution import CONFIDENCE_NEXT_PARAGRAPH, attribute_protocol, reports_a_reply
from corpus.model import Meeting, Passage
from corpus.names import find_names
from corpus.parse import parse_document
from corpus.readers import read_document
from corpus.sentences import split_sentences


def _speakers(*paragraphs: str) -> list[list[tuple[str, str | None]]]:
    """Per paragraph: (text of span, speaker) for each span."""
    meeting = Meeting(style="protocol", passages=[Passage(text=p) for p in paragraphs])
    attribute_protocol(meeting)
    return [[(p.text[s.start : s.end].strip(), s.speaker) for s in p.spans] for p in meeting.passages]


def _speaker_of(quote: str, *paragraphs: str) -> str | None:
    meeting = Meeting(style="protocol", passages=[Passage(text=p) for p in paragraphs])
    attribute_protocol(meeting)
    for passage in meeting.passages:
        at = passage.text.find(quote)
        if at >= 0:
            spans = [s for s in passage.spans if s.start <= at and at + len(quote) <= s.end]
            assert len(spans) == 1, f"{quote!r} crosses spans"
            return spans[0].speaker
    raise AssertionError(f"{quote!r} not in the text")


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Radny Piotr Zieliński zapytał, kiedy ruszy budowa basenu.", "Piotr Zieliński"),
        ("Pani Dyrektor Anna Lis poinformowała, że basen będzie gotowy w maju.", "Anna Lis"),
        ("Radna Ewa Mazur zaproponowała, aby przesunąć termin o miesiąc.", "Ewa Mazur"),
        ("Pan Tomasz Nowicki Zastępca Prezydenta Miasta wyjaśnił, że umowa jest już podpisana.", "Tomasz Nowicki"),
        ("Przewodniczący Komisji Adam Król zwrócił uwagę, że brakuje opinii prawnej.", "Adam Król"),
    ],
)
def test_named_subject_of_a_reporting_verb_speaks(paragraph: str, speaker: str) -> None:
    assert _speakers(paragraph)[0] == [(paragraph, speaker)]


def test_names_in_oblique_cases_become_one_person_in_the_nominative() -> None:
    spans = _speakers(
        "Na pytanie radnej Joanny Wróblewskiej o koszty remontu Pan Dyrektor Jerzy Pawlak odpowiedział, że wyniosą dwa miliony.",
    )[0]
    assert [s for _, s in spans] == ["Joanna Wróblewska", "Jerzy Pawlak"]
    assert spans[0][0].startswith("Na pytanie radnej") and spans[1][0].startswith("Pan Dyrektor Jerzy Pawlak")


def test_a_title_tells_whose_first_name_an_oblique_form_is() -> None:
    """ "Barbarze" is the dative of Barbara and the locative of Barbar: after "Pani" it is hers."""
    opening = "Przewodniczący oddał głos Skarbnik Miasta Pani Barbarze Kot, która przedstawiła projekt budżetu."
    assert _speaker_of("przedstawiła projekt", opening) == "Barbara Kot"


def test_initial_matches_the_full_name_named_earlier() -> None:
    assert (
        _speaker_of(
            "szkoła wymaga remontu",
            "Obrady prowadził Przewodniczący Komisji Pan Marek Sowa.",
            "Przewodniczący Komisji M.Sowa zauważył, że szkoła wymaga remontu.",
        )
        == "Marek Sowa"
    )


def test_role_reference_resolves_to_the_person_of_that_role_named_last() -> None:
    paragraphs = (
        "Pani Beata Kania Kierownik referatu oświaty przedstawiła plan naboru.",
        "Pan Robert Wilk Dyrektor Wydziału Finansowego omówił budżet szkół.",
        "Radny Karol Mróz zapytał o dowozy. Pani Kierownik odpowiedziała, że dowozy zostaną utrzymane.",
        "Pan Dyrektor dodał, że środki na dowozy są zabezpieczone.",
    )
    assert _speaker_of("dowozy zostaną utrzymane", *paragraphs) == "Beata Kania"
    assert _speaker_of("środki na dowozy są zabezpieczone", *paragraphs) == "Robert Wilk"
    assert _speaker_of("zapytał o dowozy", *paragraphs) == "Karol Mróz"


def test_the_verb_gender_picks_between_two_people_of_one_role() -> None:
    paragraphs = (
        "Pani Alicja Bąk Kierownik referatu kultury oraz Pan Jan Kos Kierownik referatu sportu przedstawili plany.",
        "Pani Kierownik powiedziała, że festiwal odbędzie się w czerwcu.",
    )
    assert _speaker_of("festiwal odbędzie się w czerwcu", *paragraphs) == "Alicja Bąk"


def test_question_and_answer_in_one_sentence_are_two_spans() -> None:
    spans = _speakers(
        "Pani Halina Kruk Skarbnik Miasta przedstawiła projekt uchwały.",
        "W związku z pytaniem radnego Stefana Mazura dlaczego rezerwa jest tak niska, Pani Skarbnik wyjaśniła, że wynika to z ustawy.",
    )[1]
    assert [s for _, s in spans] == ["Stefan Mazur", "Halina Kruk"]
    assert "dlaczego rezerwa jest tak niska" in spans[0][0]


def test_only_mentioned_people_are_not_speakers() -> None:
    for paragraph in (
        "Prezesem Zarządu jest Pan Mariusz Sagan, dyrektor Wydziału Strategii.",
        "Nieobecna była radna Jadwiga Mach.",
        "Projekt, o którym wspominał dyrektor Jan Wrona, nie został jeszcze złożony.",
        "Komisja wysłuchała informacji, które przedstawiła Pani Irena Sokół Kierownik referatu.",
    ):
        assert all(speaker is None for _, speaker in _speakers(paragraph)[0]), paragraph


def test_reported_speech_continues_until_narration() -> None:
    spans = _speakers(
        "Pan Dyrektor Jerzy Pawlak poinformował, że przetarg rozstrzygnięto. Umowa zostanie podpisana w lipcu. "
        "Komisja przyjęła informację do wiadomości. Na tym posiedzenie zakończono."
    )[0]
    assert [s for _, s in spans] == ["Jerzy Pawlak", None]
    assert spans[0][0].endswith("w lipcu.")


def test_unresolved_reference_is_no_speaker_never_a_guess() -> None:
    spans = _speakers(
        "Radna Ewa Mazur zapytała o remont drogi.",
        "Pan Burmistrz zapewnił, że remont zacznie się wiosną.",
    )
    assert spans[1] == [("Pan Burmistrz zapewnił, że remont zacznie się wiosną.", None)]


def test_sentences_nobody_said_are_narration_and_unnamed_speech_is_not() -> None:
    meeting = Meeting(
        style="protocol",
        passages=[
            Passage(
                text="Obrady prowadziła Przewodnicząca Komisji Pani Anna Lis. Nieobecny był radny Jan Kos. Porządek "
                "obrad: 1. Otwarcie posiedzenia. 2. Opinia do projektu uchwały. Komisja zaopiniowała projekt."
            ),
            Passage(text="Radna Ewa Mazur zapytała o remont drogi."),
            # an answer whose speaker the record does not let us name, and content that follows it
            Passage(text="Pan Burmistrz zapewnił, że remont zacznie się wiosną. Wykonawca ma już sprzęt."),
        ],
    )
    attribute_protocol(meeting)
    narration, _, unnamed = meeting.passages
    assert [(s.speaker, s.narration) for s in narration.spans] == [(None, True)]
    # who attended, as the record lists it, is nobody's words (it was "speaker uncertain")
    assert _spans_with_roles(Passage(text="Obecni: wg listy obecności."))[0] == [
        ("Obecni: wg listy obecności.", None, None, True)
    ]
    # the office it is said by, the name not in the record; who goes on is not known
    assert [(s.speaker, s.role, s.narration) for s in unnamed.spans] == [
        (None, "Burmistrz", False),
        (None, None, False),
    ]


def test_unknown_verb_with_ze_still_marks_the_speaker() -> None:
    # "zepewniła" is a typo the dictionary does not know; "że" still opens reported speech.
    assert (
        _speaker_of(
            "mogą korzystać",
            "Pani Kierownik Oksana Melnyk zepewniła, że studenci mogą korzystać z kursów.",
        )
        == "Oksana Melnyk"
    )


def test_roles_are_kept_in_the_nominative() -> None:
    meeting = Meeting(
        style="protocol",
        passages=[
            Passage(
                text="Na pytanie Przewodniczącej Komisji Barbary Sowy Pani Kierownik Ewa Lis odpowiedziała, że tak."
            )
        ],
    )
    attribute_protocol(meeting)
    roles = {p.name: p.roles for p in meeting.people}
    assert roles["Barbara Sowa"] == ["Przewodnicząca Komisji"]
    assert roles["Ewa Lis"] == ["Kierownik"]


def test_a_degree_is_no_part_of_a_role_and_a_roles_adjective_is() -> None:
    """ "Radca prawny mec. Piotr Kowal" had no role ("prawny" and "mec." stopped it)."""
    meeting = Meeting(
        style="protocol",
        passages=[Passage(text="Radca prawny mec. Piotr Kowal wyjaśnił, że opinia jest pozytywna.")],
    )
    attribute_protocol(meeting)
    assert {p.name: p.roles for p in meeting.people} == {"Piotr Kowal": ["Radca prawny"]}


def test_a_role_may_say_with_whom_and_a_consul_is_one() -> None:
    meeting = Meeting(
        style="protocol",
        passages=[
            Passage(text="Dyrektor Biura Współpracy z Zagranicą Pani Anna Maria Wiśniewska przedstawiła sprawozdanie."),
            Passage(text="Gość Komisji, Konsul Honorowy Francji Pan Olivier Dupont, zapowiedział festiwal."),
        ],
    )
    attribute_protocol(meeting)
    assert {p.name: p.roles for p in meeting.people} == {
        "Anna Maria Wiśniewska": ["Dyrektor Biura Współpracy z Zagranicą"],
        "Olivier Dupont": ["Konsul Honorowy Francji"],
    }


# tests/data/attribution holds protocols written after the rules, in styles they were not
# written for ("p. Nowicka", "radna Kowalska", a role in apposition), kept out of the search
# fixtures.
@pytest.mark.parametrize(
    "gold",
    sorted(
        gold
        for folder in ("protocols", "attribution")
        for gold in (ROOT / "tests" / "data" / folder).glob("*.speakers.jsonl")
    ),
    ids=lambda p: p.stem,
)
def test_speaker_gold_of_our_own_protocols(gold) -> None:
    import json

    from corpus.parse import parse_document
    from corpus.readers import read_document

    document = next(p for p in gold.parent.iterdir() if p.name.startswith(gold.name.split(".")[0]) and p != gold)
    passages = parse_document(read_document(document)).passages
    lines = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
    wrong = []
    for line in lines:
        passage = next(p for p in passages if line["quote"] in p.text)
        at = passage.text.index(line["quote"])
        spans = [s for s in passage.spans if s.start <= at and at + len(line["quote"]) <= s.end]
        if not (len(spans) == 1 and spans[0].speaker == line["speaker"]):
            wrong.append((line["quote"], line["speaker"], [s.speaker for s in spans]))
    assert wrong == []


def test_a_bare_role_takes_the_gender_of_its_verb() -> None:
    """A woman is "Kierownik" too: "W odpowiedzi Kierownik wyjaśniła" is the Kierownik named
    before, though the noun is masculine; "Kierownik wyjaśnił" is not her."""
    opening = "Informację przedstawiła Kierownik Referatu Ochrony Powietrza Pani Joanna Bieda."
    reply = "Radny Jan Lis zapytał o kolejkę. W odpowiedzi Kierownik wyjaśniła, że środki wyczerpano."
    assert _speaker_of("środki wyczerpano", opening, reply) == "Joanna Bieda"
    assert _speaker_of("środki wyczerpano", opening, reply.replace("wyjaśniła", "wyjaśnił")) is None


def test_the_committee_acting_after_an_opening_phrase_and_the_sign_off_are_nobodys_speech() -> None:
    """ "W głosowaniu Komisja pozytywnie zaopiniowała projekt" and "Protokołował: Adam Wróbel"
    after somebody's words went on as that person's speech."""
    speech = "Pan Grzegorz Pęcak wyjaśnił, że staw jest miejscem rozrodu traszki."
    assert _speaker_of("Komisja pozytywnie", speech, "W głosowaniu Komisja pozytywnie zaopiniowała projekt.") is None
    assert _speaker_of("Adam Wróbel", speech, "Protokołował: Adam Wróbel") is None
    # The committee as the object of a speech stays the speaker's.
    assert _speaker_of("Komisję", speech, "Poprosił Komisję o pozytywną opinię.") == "Grzegorz Pęcak"


def test_a_title_tells_two_people_of_one_surname_apart_by_gender() -> None:
    """ "Radna Nowak" is Anna Nowak, not Jan Nowak ("radna" was read as the neuter "radno"
    too, so it gave no gender, and two Nowaks made the reference nobody's)."""
    opening = "Głos zabrała radna Anna Nowak. Radny Jan Nowak zapytał o koszt."
    assert _speaker_of("ograniczenie", opening, "Radna Nowak poprosiła o ograniczenie prac.") == "Anna Nowak"
    assert _speaker_of("koszt hali", opening, "Radny Nowak zapytał o koszt hali.") == "Jan Nowak"


def test_words_of_several_people_at_once_are_nobodys_one() -> None:
    """ "Radni Kos i Nowak zwrócili uwagę, że …" went to Kos alone."""
    opening = "Radny Michał Kos i radna Anna Nowak byli obecni."
    assert _speaker_of("parking", opening, "Radni Kos i Nowak zwrócili uwagę, że parking będzie za mały.") is None
    assert _speaker_of("parking", opening, "Radny Kos zwrócił uwagę, że parking będzie za mały.") == "Michał Kos"


def test_who_answers_questions_is_no_asker() -> None:
    """ "Odpowiadając na pytania radnych, Pan Grabarek stwierdził, …" made him the asker, so
    his next sentence ("Ponadto poinformował, …") was nobody's."""
    opening = "Informację przedstawił Dyrektor Pan Wojciech Grabarek."
    answer = "Odpowiadając na pytania radnych, Pan Grabarek stwierdził, że dach przecieka. Ponadto poinformował, że …"
    assert _speaker_of("Ponadto", opening, answer) == "Wojciech Grabarek"
    asked = "Na pytanie radnej Ewy Sowy o dach Pan Grabarek odpowiedział, że przecieka."
    assert _speaker_of("Na pytanie", "Radna Ewa Sowa była obecna.", opening, asked) == "Ewa Sowa"


def test_who_is_given_the_floor_speaks_next() -> None:
    """ "… udzielił głosu Pani Dyrektor Ewie Zając, która poinformowała, że …" was the chair's
    words, and "… udzielił głosu radnemu Pawłowi Kraskowi. Radny zapytał …" the chair's too
    (he is a councillor as well, but was introduced as the chair)."""
    chair = "Obradom przewodniczył Przewodniczący Komisji radny Łukasz Sroka."
    floor = "Przewodniczący udzielił głosu Pani Dyrektor Ewie Zając, która poinformowała, że remont ruszy w maju."
    assert _speaker_of("remont ruszy", chair, floor) == "Ewa Zając"
    assert _speaker_of("Przewodniczący udzielił", chair, floor) is None
    asked = "Przewodniczący udzielił głosu radnemu Pawłowi Kraskowi. Radny zapytał, czy będą objazdy."
    assert _speaker_of("czy będą objazdy", chair, asked) == "Paweł Krasek"


def test_a_relative_clause_inside_somebodys_report_is_still_the_report() -> None:
    """ "Radny Jan Kos poinformował, że rozmawiał z Dyrektorem Piotrem Górą, który zapewnił go,
    że …" gave the director the councillor's account of their talk, at full confidence, and
    the councillor's opening words to the record."""
    told = "Radny Jan Kos poinformował, że rozmawiał z Dyrektorem Piotrem Górą, który zapewnił go, że remont ruszy."
    assert _speaker_of("remont ruszy", told) == "Jan Kos"
    assert _speaker_of("Radny Jan Kos poinformował", told) == "Jan Kos"


def test_a_name_after_pani_in_an_oblique_case_is_no_subject() -> None:
    """ "Radny Jan Kos zacytował wypowiedź Pani Dyrektor Ewy Lis, która …" was hers at full
    confidence, his words with it: "Pani" can be a nominative, and that made her the subject,
    though "Ewy" is a genitive. Whose the cited words are here, the record leaves uncertain."""
    cited = "Radny Jan Kos zacytował wypowiedź Pani Dyrektor Ewy Lis, która twierdziła, że szkoła przetrwa."
    assert _speaker_of("szkoła przetrwa", cited) is None
    assert _speaker_of("zrobi", "Pani Dyrektor Ewa Lis powiedziała, że to zrobi.") == "Ewa Lis"


def test_an_adverbial_participles_phrase_between_subject_and_verb_is_an_aside() -> None:
    """ "Radny Jan Kos, powołując się na opinię radnej Anny Sowy, stwierdził, że …" was
    nobody's: the phrase put his verb past the words looked at for it."""
    cited = "Radny Jan Kos, powołując się na opinię radnej Anny Sowy, stwierdził, że projekt należy odrzucić."
    assert _speaker_of("projekt należy odrzucić", cited) == "Jan Kos"


def test_who_voted_how_is_the_records_account() -> None:
    """ "Radny Jan Kos wstrzymał się od głosu." and "Za … głosowali radni: …" were words of
    somebody unknown; his reasons for his vote stay his."""
    spans = _spans_with_roles(
        Passage(text="Radna Anna Sowa zapytała o koszty. Radny Jan Kos wstrzymał się od głosu."),
        Passage(text="Za przyjęciem opinii głosowali radni: Jan Kos i Anna Sowa. Przeciw głosowała radna Ewa Kruk."),
        Passage(text="Radny Jan Kos głosował przeciw, argumentując, że projekt jest niedopracowany."),
    )
    assert spans[0][1] == ("Radny Jan Kos wstrzymał się od głosu.", None, None, True)
    assert all(narration for *_, narration in spans[1])
    assert spans[2][0][1] == "Jan Kos"


def test_a_surname_after_a_title_is_the_person_of_that_surname_or_nobody() -> None:
    """ "Radny Nowak" is the Jan Nowak named before; "Radny Kowalski", named in full nowhere,
    is Kowalski, by the surname alone, not the councillor who spoke last; with two Wójciks,
    neither."""
    opening = "Radny Jan Nowak zapytał o termin budowy basenu."
    assert _speaker_of("czy basen będzie kryty", opening, "Radny Nowak zapytał, czy basen będzie kryty.") == "Jan Nowak"
    assert _speaker_of("czy basen będzie kryty", opening, "Radny Kowalski zapytał, czy basen będzie kryty.") == (
        "Kowalski"
    )
    assert _speaker_of("czy basen będzie kryty", opening, "W odpowiedzi p. Nowak dodał, czy basen będzie kryty.") == (
        "Jan Nowak"
    )
    two = "Radny Marek Wójcik i radny Tomasz Wójcik przybyli z opóźnieniem."
    assert _speaker_of("o parking", two, "Radny Wójcik zapytał o parking.") is None
    chair = "Przewodniczący Komisji Adam Król otworzył posiedzenie."
    assert _speaker_of("brakuje opinii", chair, "Przewodniczący Komisji zwrócił uwagę, że brakuje opinii prawnej.") == (
        "Adam Król"
    )


def test_an_aside_after_a_name_an_abbreviated_title_and_an_impersonal_reply() -> None:
    """ "Radny Adam Lis (Klub Radnych …) zapytał" was nobody's (the aside kept the verb out of
    reach); "P. Kowalski" and "… sceny. p. Kowalski odpowiedział" are Pan Kowalski (read as
    somebody with the initial P., and as no new sentence, which gave the councillor's question
    to him); "Radnym odpowiedziano, że …" says nobody who replied: it is not the chair's."""
    opening = "Dyrektor Teatru p. Jan Kowalski poinformował o sezonie. Przewodnicząca Komisji Maria Nowak podziękowała."
    for title in ("P.", "p."):
        exchange = (
            f"Radny Adam Lis (Klub Radnych Prawa i Sprawiedliwości) zapytał o koszt remontu sceny. {title} Kowalski"
            " odpowiedział, że remont będzie kosztował 2 mln zł."
        )
        assert _speaker_of("koszt remontu", opening, exchange) == "Adam Lis"
        assert _speaker_of("2 mln zł", opening, exchange) == "Jan Kowalski"
    replied = Meeting(
        style="protocol", passages=[Passage(opening), Passage("Radnym odpowiedziano, że decyzja zapadnie.")]
    )
    attribute_protocol(replied)
    # somebody unnamed replied: not the record's own words either
    assert [(s.speaker, s.narration) for s in replied.passages[1].spans] == [(None, False)]


def test_a_new_speaker_the_dictionary_does_not_know_is_not_the_speaker_before() -> None:
    """Without a title or a first name known to the dictionary, "Urząd Miasta poinformował"
    names nobody we know; the words went on as those of the speaker before (a wrong name)."""
    opening = "Pani Wójt Agnieszka Mazur przedstawiła informację o programie."
    assert _speaker_of("ruszy w maju", opening, "Urząd Miasta poinformował, że nabór ruszy w maju.") is None
    assert _speaker_of("ruszy w maju", opening, "Następnie dodała, że nabór ruszy w maju.") == "Agnieszka Mazur"


def test_a_verb_of_the_other_gender_or_somebody_elses_view_ends_the_speech() -> None:
    """ "Dodała, że …" after Dyrektor Jan Mróz is not his (a woman said it: whom, the record
    does not say here); "Zdaniem radnego Kowalskiego …", named for the first time, is his, not
    the speaker before's; "Zdaniem radnego …" without a name is the councillor going on."""
    reply = "Radna Anna Lis zapytała o remont. Dyrektor Jan Mróz odpowiedział, że remont ruszy w maju."
    assert _speaker_of("czeka na to od lat", reply + " Dodała, że czeka na to od lat.") is None
    assert _speaker_of("wykonawca jest wybrany", reply + " Dodał, że wykonawca jest wybrany.") == "Jan Mróz"
    opening = "Pani Anna Lis przedstawiła informację."
    assert _speaker_of("jest za drogi", opening + " Zdaniem radnego Kowalskiego program jest za drogi.") == ("Kowalski")
    report = "Radny Jan Lis poinformował o wysypisku. Zdaniem radnego sprawą powinna zająć się Straż Miejska."
    assert _speaker_of("Straż Miejska", report) == "Jan Lis"


@pytest.mark.parametrize(
    "sentence",
    [
        "W odpowiedzi usłyszała, że prace ruszą w maju.",
        "Otrzymała odpowiedź, że prace ruszą w maju.",
        "Zgodnie z opinią Radcy Prawnego prace ruszą w maju.",
        "Jak wynika z pisma Wydziału Inwestycji, prace ruszą w maju.",
    ],
)
def test_words_received_or_taken_from_a_document_are_not_the_askers(sentence: str) -> None:
    """After "Radna Anna Lis zapytała o remont.", the answer she heard or a document's finding
    went on as her words (a wrong name)."""
    assert _speaker_of("prace ruszą w maju", "Radna Anna Lis zapytała o remont. " + sentence) is None


def test_what_somebody_received_that_is_not_words_goes_on_as_their_report() -> None:
    report = "Pani Monika Wasilewska poinformowała o dotacjach. Najwięcej otrzymały kluby szkolące dzieci."
    assert _speaker_of("Najwięcej otrzymały", report) == "Monika Wasilewska"


def test_what_follows_a_question_without_a_name_is_not_the_askers() -> None:
    """ "Radna Anna Lis zapytała o remont. Prace mają ruszyć w maju." — the second sentence
    answers her, by somebody the record does not name here; in the next paragraph too. Her
    own further question or report with a verb of its own goes on as hers."""
    asked = "Radna Anna Lis zapytała o remont."
    assert _speaker_of("Prace mają ruszyć", asked + " Prace mają ruszyć w maju.") is None
    assert _speaker_of("Prace mają ruszyć", asked, "Prace mają ruszyć w maju.") is None
    assert _speaker_of("Czy wykonawca", asked + " Czy wykonawca jest już wybrany?") == "Anna Lis"
    assert _speaker_of("mieszkańcy czekają", asked + " Zwróciła uwagę, że mieszkańcy czekają.") == "Anna Lis"


@pytest.mark.parametrize(
    "sentence",
    [
        "Wyniki głosowania imiennego: Jan Kowalski – za, Anna Lis – przeciw, Piotr Mak – wstrzymał się.",
        "Radny Jan Lis – nieobecny.",
    ],
)
def test_a_vote_or_a_roll_after_names_and_dashes_is_nobodys_speech(sentence: str) -> None:
    """ "X – poinformował …", "X – wniosek o …" give X's words; "Jan Kowalski – za" records a
    vote (it went to Jan Kowalski as his words: a wrong name)."""
    assert _speaker_of(sentence[-12:], sentence) is None
    motion = "Radny Jan Kowalski – wniosek o zwiększenie środków na remont szkoły."
    assert _speaker_of("wniosek o zwiększenie", motion) == "Jan Kowalski"


def test_giving_the_floor_is_the_records_account_not_the_chairs_words() -> None:
    """ "Przewodniczący udzielił głosu radnemu Pawłowi Kraskowi." went on as the chairman's
    words, and once the verb of answering ("udzielił odpowiedzi") was not read there, as the
    councillor's; it records who spoke next. His words follow."""
    chair = "Przewodniczący Komisji Łukasz Sroka otworzył posiedzenie."
    floor = "Następnie Przewodniczący udzielił głosu radnemu Pawłowi Kraskowi. Radny zapytał, czy będą objazdy."
    spans = _speakers(chair, floor)[1]
    assert spans[0] == ("Następnie Przewodniczący udzielił głosu radnemu Pawłowi Kraskowi.", None)
    assert spans[1] == ("Radny zapytał, czy będą objazdy.", "Paweł Krasek")
    reply = "Radna Anna Lis zapytała o remont. Pan Dyrektor Jan Mróz udzielił odpowiedzi, że prace ruszą w maju."
    assert _speaker_of("prace ruszą w maju", reply) == "Jan Mróz"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Naczelnik Wydziału Kultury, Sportu i Turystyki Pani Anna Lis poinformowała, że festiwal będzie w czerwcu.",
        "Pani Anna Lis, Naczelnik Wydziału Kultury, Sportu i Turystyki, poinformowała, że festiwal będzie w czerwcu.",
        "Informację przedstawiła Pani Anna Lis – Naczelnik Wydziału Kultury, Sportu i Turystyki. Festiwal będzie w czerwcu.",
    ],
)
def test_an_office_whose_name_enumerates_with_commas_and_i(paragraph: str) -> None:
    """ "Wydziału Kultury, Sportu i Turystyki": the comma ended the office and its "i" made Anna
    Lis one of several subjects, so her words were nobody's."""
    meeting = Meeting(style="protocol", passages=[Passage(text=paragraph)])
    attribute_protocol(meeting)
    span = meeting.passages[0].spans[-1]
    assert (span.speaker, span.role) == ("Anna Lis", "Naczelnik Wydziału Kultury, Sportu i Turystyki")
    assert _speaker_of("Radni Jan Kos i Adam", "Radni Jan Kos i Adam Nowak zwrócili uwagę, że chodnik pękł.") is None


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Na pytanie radnego Jana Marii Rokity", "Jan Maria Rokita"),
        ("Na pytanie radnego Piotra Pawła Nowaka", "Piotr Paweł Nowak"),
        ("Przewodniczący udzielił głosu radnemu Grzegorzowi Brzęczyszczykiewiczowi", "Grzegorz Brzęczyszczykiewicz"),
    ],
)
def test_a_second_first_name_and_an_unknown_surname_in_the_dative(written: str, name: str) -> None:
    """A second first name declined as a surname ("Jan Marii Rokita"); a surname the dictionary
    does not know kept its dative ending ("Brzęczyszczykiewiczowi")."""
    assert [mention.name for mention in find_names(written)] == [name]


@pytest.mark.parametrize("verb", ["skrytykował projekt", "zaprotestował przeciwko remontowi", "polemizował z opinią"])
def test_more_verbs_of_speaking_in_a_meeting(verb: str) -> None:
    """A criticism, a protest, a rejoinder: the named councillor's words, not nobody's. ("Złożyć
    wniosek" is not one: "Wniosek złożyła rada osiedla" after a presentation is its content.)"""
    assert _speaker_of(verb, f"Radny Jan Kowalski {verb}.") == "Jan Kowalski"
    presented = "Projekt przedstawił Pan Robert Grześkowiak. Wniosek złożyła rada osiedla Jeżyce."
    assert _speaker_of("Wniosek złożyła", presented) == "Robert Grześkowiak"


def test_words_announced_for_later_are_nobodys_yet() -> None:
    """ "Informację przedstawi Dyrektor Jan Mróz." (a perfective verb's present form is its
    future) gave him that sentence and, carried on, the next paragraph; "Dyrektor Jan Mróz
    informuje, że …" reports his words in the present."""
    assert (
        _speaker_of("Szkoła potrzebuje", "Informację przedstawi Dyrektor Jan Mróz.", "Szkoła potrzebuje remontu.")
        is None
    )
    assert _speaker_of("szkoła potrzebuje", "Dyrektor Jan Mróz informuje, że szkoła potrzebuje remontu.") == "Jan Mróz"


@pytest.mark.parametrize(
    "sentence",
    [
        "Radny Jan Kowalski został poinformowany, że remont ruszy w maju.",
        "Radnemu Janowi Kowalskiemu wyjaśniono, że remont ruszy w maju.",
        "Radny Jan Kowalski otrzymał zapewnienie, że remont ruszy w maju.",
    ],
)
def test_the_one_told_is_not_who_tells(sentence: str) -> None:
    """Told, answered, reassured: the words after "że" are somebody else's (they went to the
    councillor named: a wrong name); a relative clause about him ("…, który został wybrany …,
    zaproponował") does not make him the one told."""
    assert _speaker_of("remont ruszy", sentence) is None
    chosen = "Radny Jan Kowalski, który został wybrany na przewodniczącego, zaproponował remont."
    assert _speaker_of("zaproponował remont", chosen) == "Jan Kowalski"


def test_somebody_addressed_in_the_dative_is_not_the_subject() -> None:
    """ "Pani Dyrektor odpowiadając radnemu Janowi Kowalskiemu stwierdziła, że …": "Janowi" is
    also the adjective "janowy" in the nominative, so the councillor was taken for the subject
    (a wrong name); the mention of him also hid her verb."""
    opening = "Pani Dyrektor Anna Lis przedstawiła informację."
    reply = "Pani Dyrektor odpowiadając radnemu Janowi Kowalskiemu stwierdziła, że szkoła jest gotowa."
    assert _speaker_of("szkoła jest gotowa", opening, reply) == "Anna Lis"


def test_two_speakers_in_coordinated_clauses_of_one_sentence() -> None:
    """ "Radny Jan Lis zapytał o termin, a Dyrektor Ewa Mak odpowiedziała, że …": her answer
    went to him (a wrong name). Words one reports of another ("… poinformował, że Dyrektor Ewa
    Mak zapewniła …") and an address ("zwrócił się do Pani Naczelnik: „…”") stay the first's."""
    both = "Radny Jan Lis zapytał o termin, a Dyrektor Ewa Mak odpowiedziała, że prace ruszą w maju."
    assert _speaker_of("zapytał o termin", both) == "Jan Lis"
    assert _speaker_of("prace ruszą w maju", both) == "Ewa Mak"
    reported = "Radny Jan Lis poinformował, że Dyrektor Ewa Mak zapewniła go o remoncie."
    assert _speaker_of("zapewniła go", reported) == "Jan Lis"
    addressed = "Radny Jan Lis zwrócił się do Pani Naczelnik: „Czy szkoły są gotowe?”"
    assert _speaker_of("Czy szkoły", addressed) == "Jan Lis"


def test_a_sentence_ending_on_a_year_or_an_amount_ends_there() -> None:
    """ "… do końca 2025 r. Radny Jan Lis zapytał …": "r." after a year read as mid-sentence
    ran two speakers' words into one sentence, given whole to one of them (a wrong name)."""
    assert [
        s[1]
        for s in _speakers(
            "Dyrektor Ewa Mak poinformowała, że prace potrwają do końca 2025 r. Radny Jan Lis zapytał o objazdy."
        )[0]
    ] == ["Ewa Mak", "Jan Lis"]
    assert _speaker_of("odbyło się", "W dniu 5 marca 2024 r. odbyło się posiedzenie.") is None


def _spans_with_roles(*passages: Passage) -> list[list[tuple[str, str | None, str | None, bool]]]:
    meeting = Meeting(style="protocol", passages=list(passages))
    attribute_protocol(meeting)
    return [
        [(p.text[s.start : s.end].strip(), s.speaker, s.role, s.narration) for s in p.spans] for p in meeting.passages
    ]


def test_an_office_nobody_was_named_for_is_shown_without_a_name() -> None:
    """ "W odpowiedzi Pani Skarbnik stwierdziła, …" in a record that never names her: her
    office, not "speaker uncertain" (and never the name of somebody else)."""
    spans = _spans_with_roles(
        Passage(text="Radna Ewa Mazur zapytała o środki na remont."),
        Passage(text="W odpowiedzi Pani Skarbnik stwierdziła, że środki są zabezpieczone w budżecie."),
    )
    assert spans[1] == [
        ("W odpowiedzi Pani Skarbnik stwierdziła, że środki są zabezpieczone w budżecie.", None, "Skarbnik", False)
    ]


def test_a_new_agenda_item_is_no_one_speaking_on() -> None:
    """The last speaker of one point did not go on speaking, unnamed, in the next: "Mieszkanka
    … Pani Halina Mróz skarżyła się na hałas" went to the vice-chair of the point before."""
    spans = _spans_with_roles(
        Passage(text="Wiceprzewodnicząca Komisji Pani Iwona Bąk zaproponowała wizję lokalną.", agenda_item="1. Drogi"),
        Passage(text="Hałas z budowy przy ulicy Leszczyńskiej trwa od miesięcy.", agenda_item="2. Sprawy bieżące"),
        Passage(text="Mieszkanka Pani Halina Mróz skarżyła się na hałas z budowy.", agenda_item="2. Sprawy bieżące"),
    )
    assert spans[1][0][1] is None
    assert spans[2][0][1] == "Halina Mróz"


@pytest.mark.parametrize(
    "sentence",
    [
        "Za wnioskiem głosowało 6 radnych, przeciw – 0, wstrzymało się – 1.",
        "Wniosek przyjęto 8 głosami za, przy 2 wstrzymujących się.",
        "W tym punkcie nikt więcej nie zabrał głosu.",
        "Nikt z radnych nie zgłosił uwag.",
    ],
)
def test_a_vote_counted_and_what_nobody_did_are_the_records_own(sentence: str) -> None:
    speaker = "Radna Iwona Bąk zaproponowała wizję lokalną."
    assert _spans_with_roles(Passage(text=f"{speaker} {sentence}"))[0][-1] == (sentence, None, None, True)


def test_a_speaker_reporting_a_vote_or_nobody_goes_on_speaking() -> None:
    """Inside words reported they are the speaker's: "Dodała, że nikt nie protestował"."""
    said = "Radna Iwona Bąk przypomniała, że rada osiedla głosowała 5 za, przeciw – 2. Dodała, że nikt nie protestował."
    assert [s[1] for s in _spans_with_roles(Passage(text=said))[0]] == ["Iwona Bąk"]


def test_points_listed_under_a_speakers_colon_are_that_speakers() -> None:
    """ "Pani Marta Sikora przedstawiła następujące dane:" and the points under it were the
    minute-taker's; a listing of who spoke, with its own speakers, keeps them."""
    data = (
        "Dyrektor Wydziału Edukacji Pani Marta Sikora przedstawiła następujące dane:\n"
        "- w 2023 r. do przedszkoli przyjęto 4120 dzieci,\n"
        "- na liście oczekujących pozostaje 86 dzieci."
    )
    assert _speaker_of("przyjęto 4120 dzieci", data) == "Marta Sikora"
    assert _speaker_of("pozostaje 86 dzieci", data) == "Marta Sikora"
    who_spoke = "W dyskusji głos zabrali:\n- radna Anna Nowak, która pytała o termin,\n- w sprawie hałasu nikt."
    assert _speaker_of("pytała o termin", who_spoke) == "Anna Nowak"
    assert _speaker_of("w sprawie hałasu", who_spoke) is None


def test_points_listed_in_paragraphs_of_their_own_stay_with_who_listed_them() -> None:
    """A question mark ends a paragraph, so "2. Kiedy …?" after "Radna Ewa Kruk zadała pytania:
    / 1. Ile …?" stood alone: it went to nobody, shown as the record's own words (a numbered
    point of the record's agenda). The questions listed go on until a paragraph that is no
    listed question."""
    paragraphs = (
        "Radna Ewa Kruk zadała pytania:\n1. Ile kosztowała budowa parkingu?",
        "2. Kiedy parking zostanie otwarty?",
        "3. Kto zapłaci za parking?",
        "Na pytania odpowiedział Pan Marek Wilk.",
        "4. Wolne wnioski.",
    )
    assert _speaker_of("Kiedy parking", *paragraphs) == "Ewa Kruk"
    assert _speaker_of("Kto zapłaci", *paragraphs) == "Ewa Kruk"
    assert _speaker_of("Wolne wnioski", *paragraphs) is None
    each_apart = (
        "Radny Jan Kos przedstawił stanowisko w sprawie parkingu i zadał następujące pytania:",
        "1. Ile kosztowała budowa parkingu?",
        "2. Kiedy parking zostanie otwarty?",
        "3. Sprawy różne.",
    )
    assert _speaker_of("Kiedy parking", *each_apart) == "Jan Kos"
    assert _speaker_of("Sprawy różne", *each_apart) is None
    alone = _spans_with_roles(
        Passage(text="Radna Ewa Kruk zapytała o parking."), Passage(text="2. Kiedy parking zostanie otwarty?")
    )
    assert alone[1][0][1:] == (None, None, False)  # a question somebody put, not the record's words


def test_the_members_doing_what_the_meeting_does_is_the_records_account() -> None:
    """ "Radni przyjęli informację do wiadomości." was shown as words of somebody unknown; like
    "Komisja przyjęła …" it is the record's. The members asking is no such account."""
    spans = _spans_with_roles(
        Passage(text="Przewodnicząca Anna Sowa przypomniała o terminie. Radni przyjęli informację do wiadomości."),
        Passage(text="Członkowie Komisji jednogłośnie zaopiniowali projekt."),
        Passage(text="Radni zapytali o termin."),
    )
    assert spans[0][1] == ("Radni przyjęli informację do wiadomości.", None, None, True)
    assert spans[1][0][1:] == (None, None, True)
    assert spans[2][0][1:] == (None, None, False)


def test_a_heading_ends_the_speech_before_it() -> None:
    spans = _spans_with_roles(
        Passage(text="Wiceprezydent Miasta Pan Tomasz Nowak zapowiedział, że projekt trafi do komisji w grudniu."),
        Passage(text="Dyskusja:"),
        Passage(text="Budżet na remonty szkół jest za mały."),
    )
    assert spans[1] == [("Dyskusja:", None, None, True)]
    assert spans[2][0][1] is None


def test_a_rank_before_a_name_is_no_sentence_end() -> None:
    """ "Przedstawiciel Policji mł. insp. Adam Róg poinformował …" was cut after "insp.", and
    his words went to nobody."""
    spans = _spans_with_roles(
        Passage(text="Przedstawiciel Policji mł. insp. Adam Róg poinformował, że liczba kradzieży spadła o 12%.")
    )
    assert [(s[1], s[2]) for s in spans[0]] == [("Adam Róg", "Przedstawiciel Policji")]


def test_who_answers_a_question_named_in_a_participle_clause_speaks() -> None:
    """ "Prezydent Miasta Pan Jan Nowak, odpowiadając na pytanie radnej Ewy Lis, stwierdził …"
    went to her (a wrong name): "Ewy" also reads as the plural nominative "Ewy" (two Ewas),
    which made her a subject."""
    sentence = (
        "Prezydent Miasta Pan Jan Nowak, odpowiadając na pytanie radnej Ewy Lis, stwierdził, że skarga jest bezzasadna."
    )
    assert _speaker_of("skarga jest bezzasadna", sentence) == "Jan Nowak"


def test_an_answer_after_po_czym_or_a_relative_object_is_the_answerers() -> None:
    """ "…, po czym Skarbnik … odpowiedziała, że …" and "…, na które odpowiedział Pan Prezydent:
    „…”" gave the answer to the one who asked (a wrong name); "…, o którym wspominał dyrektor
    X" only says who mentioned a thing."""
    opening = "Prezydent Miasta Pan Jan Nowak przedstawił informację."
    then = (
        "Radny Piotr Lis zapytał o koszty, po czym Skarbnik Miasta Pani Maria Kot odpowiedziała, że wyniosą 20 tys. zł."
    )
    assert _speaker_of("zapytał o koszty", opening, then) == "Piotr Lis"
    assert _speaker_of("wyniosą 20 tys. zł", opening, then) == "Maria Kot"
    which = "Radna Anna Kos zadała pytanie o termin, na które odpowiedział Pan Prezydent: „Decyzja zapadnie w lipcu”."
    assert _speaker_of("zadała pytanie", opening, which) == "Anna Kos"
    assert _speaker_of("Decyzja zapadnie", opening, which) == "Jan Nowak"
    mentioned = "Radna Anna Kos zapytała o projekt, o którym wspominał Pan Prezydent."
    assert [s[1] for s in _speakers(opening, mentioned)[1]] == ["Anna Kos"]


def test_a_sentence_pointing_to_an_attachment_is_the_records_own() -> None:
    spans = _spans_with_roles(
        Passage(text="Radna Ewa Lis podziękowała Panu Prezydentowi za wyjaśnienia."),
        Passage(text="Stanowisko Komisji w sprawie skargi stanowi załącznik nr 4."),
    )
    assert spans[1] == [("Stanowisko Komisji w sprawie skargi stanowi załącznik nr 4.", None, None, True)]


def test_an_office_of_something_is_not_the_same_office_of_something_else() -> None:
    """ "Przewodniczący Komisji zapytał …" went to the "Przewodniczący Rady Miasta" who had just
    spoken (a wrong name); a bare "Przewodniczący" in a committee's minutes is its own chair.
    Words after an office that are no complement of it ("Pani Kierownik dalej informowała",
    "Zdaniem Prezesa ruch …") change nothing."""
    paragraphs = (
        "Posiedzenie prowadził Przewodniczący Komisji Pan Jan Bąk.",
        "Przewodniczący Rady Miasta Pan Adam Zych poinformował, że sesja odbędzie się 25 kwietnia.",
        "Przewodniczący Komisji zapytał, czy zmiany obejmą remont molo.",
        "Pani Skarbnik Ewa Rak odpowiedziała, że tak.",
        "Przewodniczący zaproponował przegłosowanie opinii.",
        "Pani Kierownik Anna Lis przedstawiła plan. Pani Kierownik dalej informowała, że plan jest gotowy.",
    )
    assert _speaker_of("obejmą remont molo", *paragraphs) == "Jan Bąk"
    assert _speaker_of("przegłosowanie opinii", *paragraphs) == "Jan Bąk"
    assert _speaker_of("plan jest gotowy", *paragraphs) == "Anna Lis"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dyrektor Biura Pan Jan M. Rokita poinformował", "Jan M. Rokita"),
        ("Radny Jan de Virion zaproponował", "Jan de Virion"),
        ("Przewodnicząca Komisji Anna van der Berg poddała", "Anna van der Berg"),
        ("Poseł Agnieszka Wojciechowska van Heukelom:", "Agnieszka Wojciechowska van Heukelom"),
        # a surname the dictionary knows only as a place (the village Wojtyszki)
        ("Poseł Agata Wojtyszek:", "Agata Wojtyszek"),
    ],
)
def test_names_with_an_initial_a_particle_or_a_places_spelling(text: str, name: str) -> None:
    assert [m.name for m in find_names(text)] == [name]


def test_a_place_after_an_office_is_no_surname() -> None:
    """ "Burmistrz Kórnika", "Prezydent Lublina": the town's office, not a Mr Kórnik."""
    assert [m.name for m in find_names("Burmistrz Kórnika Jan Lis i Prezydent Lublina Krzysztof Żuk")] == [
        "Jan Lis",
        "Krzysztof Żuk",
    ]


def test_somebody_else_named_as_the_subject_ends_the_speech_before() -> None:
    """ "Po rozmowie z Panem Sołtysem Henrykiem Mazurem Wójt zdecydował …" went on as the words
    of the Kierownik before (a wrong name); a name that is what something is ("… której
    Prezesem jest Pan Mariusz Sagan") or in words reported is no subject acting."""
    before = "Kierownik GOPS Pani Ewa Sikora przedstawiła informację o pomocy dla rolników."
    acts = "Po rozmowie z Panem Sołtysem Henrykiem Mazurem Wójt zdecydował o naprawie drogi."
    assert _speaker_of("Wójt zdecydował", before, acts) is None
    said_of = "Koordynatorem jest fundacja, w której Prezesem Zarządu jest Pan Mariusz Sagan."
    assert _speaker_of("Koordynatorem jest", before + " " + said_of) == "Ewa Sikora"
    reported = "Dodała, że Wójt zdecydował o naprawie drogi."
    assert _speaker_of("Wójt zdecydował", before + " " + reported) == "Ewa Sikora"


def test_a_firefighters_title_is_no_part_of_the_office() -> None:
    spans = _spans_with_roles(
        Passage(text="Komendant OSP Kosieczyn dh Marek Lipa dodał, że wozy mają problem z dojazdem.")
    )
    assert [(s[1], s[2]) for s in spans[0]] == [("Marek Lipa", "Komendant OSP Kosieczyn")]


def test_an_answer_listed_after_a_name_and_colon_is_that_persons_a_signature_is_not() -> None:
    """ "- Dyrektor Wydziału Edukacji Pani Anna Wilk: remont szkoły ruszy w lipcu," in a listing
    of answers was the minute-taker's; "Przewodniczący Komisji: Łukasz Mikuła" still signs."""
    answers = (
        "Odpowiedzi:\n- Dyrektor Wydziału Edukacji Pani Anna Wilk: remont szkoły ruszy w lipcu,\n"
        "- Naczelnik Wydziału Inwestycji Pan Piotr Sowa: wymiana okien kosztuje 800 tys. zł."
    )
    assert _speaker_of("remont szkoły ruszy w lipcu", answers) == "Anna Wilk"
    assert _speaker_of("wymiana okien kosztuje", answers) == "Piotr Sowa"
    signed = "Protokołowała: Anna Lis\nPrzewodniczący Komisji: Łukasz Mikuła"
    assert _speaker_of("Łukasz Mikuła", signed) is None


def test_who_took_part_listed_after_the_verb_speaks_no_word() -> None:
    """ "W posiedzeniu udział wzięli: …, ks. Paweł Bór – proboszcz parafii" gave the list to the
    priest (his office after a dash read as his words); "W dyskusji udział wzięli radni: …" then
    went on as his. Somebody who took part and spoke is still the speaker."""
    listed = (
        "W posiedzeniu udział wzięli: Zastępca Prezydenta p. Tomasz Grad, mec. Karol Wójcik – radca prawny,"
        " ks. Paweł Bór – proboszcz parafii św. Jakuba."
    )
    assert _speaker_of("W posiedzeniu udział wzięli", listed) is None
    spoke = "Ks. Paweł Bór poinformował, że parafia prowadzi jadłodajnię."
    in_discussion = "W dyskusji udział wzięli radni: Jan Kot i Ewa Lis."
    assert _speaker_of("W dyskusji udział wzięli", spoke + " " + in_discussion) is None
    took_part = "Radny Jan Kot, który wziął udział w konferencji, poinformował o jej wnioskach."
    assert _speaker_of("poinformował o jej wnioskach", took_part) == "Jan Kot"
    # the record's own account of who spoke, not words of somebody unnamed
    for took_the_floor in (
        "Głos w dyskusji zabrali również radni: Jan Kot i Ewa Lis.",
        "Zabrali głos: Jan Kot, Ewa Lis.",
    ):
        spans = _spans_with_roles(Passage(text=spoke), Passage(text=took_the_floor))
        assert spans[1] == [(took_the_floor, None, None, True)]


def test_p_before_an_office_is_pan_or_pani() -> None:
    spans = _spans_with_roles(
        Passage(text="Przewodnicząca Komisji Pani Joanna Rak otworzyła dyskusję."),
        Passage(text="P. Przewodnicząca zobowiązała się przekazać sprawę do Wydziału Gospodarki Komunalnej."),
    )
    assert [(s[1], s[2]) for s in spans[1]] == [("Joanna Rak", "Przewodnicząca Komisji")]


def test_a_firefighters_title_opening_a_sentence_is_no_first_name() -> None:
    names = find_names("Dh Piotr Wrona poinformował o zakupie nowego wozu.")
    assert [name.name for name in names] == ["Piotr Wrona"]


def test_a_surname_or_initial_before_the_full_name_is_named_is_that_person() -> None:
    """ "Radny Kowalski stwierdził …" and "Radny J. Kot zapytał …" before the meeting names
    Tadeusz Kowalski and Jan Kot in full had no speaker and a speaker "J. Kot"; two of a
    surname named later leave it nobody's."""
    early = "Radny Kowalski stwierdził, iż mieszkańcy czekają na tę inwestycję od dziesięciu lat."
    asked = "Radny J. Kot zapytał o drugą noclegownię."
    later = "Radny Tadeusz Kowalski poprosił o naprawę wiaty. W dyskusji udział wzięli radni: Jan Kot i Ewa Lis."
    assert _speaker_of("mieszkańcy czekają", early, later) == "Tadeusz Kowalski"
    assert _speaker_of("drugą noclegownię", asked, later) == "Jan Kot"
    two = later + " Radny Adam Kowalski dodał, że wiata jest zniszczona."
    assert _speaker_of("mieszkańcy czekają", early, two) is None


def test_an_abbreviated_office_speaks_and_its_stop_ends_no_sentence() -> None:
    """ "Przew. Komisji przypomniał …" had no speaker (the abbreviation's stop ended the clause
    before the verb), and "Wiceprzew. Komisji radna …" was cut into two sentences."""
    spans = _spans_with_roles(
        Passage(text="Obradom przewodniczył Przew. Komisji radny Piotr Wiśniewski."),
        Passage(text="Wiceprzew. Komisji radna Dorota Lewandowska zapytała o braki kadrowe."),
        Passage(text="Przew. Komisji przypomniał o terminie składania wniosków do budżetu."),
    )
    assert [(s[1], s[2]) for s in spans[1]] == [("Dorota Lewandowska", "Wiceprzewodnicząca Komisji")]
    assert [(s[1], s[2]) for s in spans[2]] == [("Piotr Wiśniewski", "Przewodniczący Komisji")]


def test_a_surname_is_nobody_named_only_as_a_street_or_a_patron() -> None:
    """ "Radny Kowalski" is Kowalski, by the surname alone, not Jan Kowalski, the street's patron."""
    early = "Radny Kowalski zapytał o remont chodnika."
    street = "Dyrektor Anna Lis odpowiedziała, że chodnik przy ul. Jana Kowalskiego zostanie wyremontowany."
    assert _speaker_of("remont chodnika", early, street) == "Kowalski"
    assert _speaker_of("remont chodnika", street, early) == "Kowalski"  # it was Jan Kowalski, the street's
    patron = "Projekt przewiduje nadanie skwerowi imienia Haliny Szymańskiej."
    assert _speaker_of("poparła projekt", "Radna Szymańska poparła projekt.", patron) == "Szymańska"
    assert _speaker_of("poparła projekt", patron, "Radna Szymańska poparła projekt.") == "Szymańska"


def test_an_office_several_people_hold_is_the_one_asked_or_nobody() -> None:
    """With two Dyrektors named, "Dyrektor odpowiedział" went to whichever was named last (a
    guess, wrong here), and "Pan Dyrektor odpowiedział" after a question to "Dyrektora
    Wydziału Inwestycji" to the other one."""
    investments = "Dyrektor Wydziału Inwestycji Pan Jan Lis przedstawił plan remontów szkół."
    education = "Dyrektor Wydziału Edukacji Pan Marek Kot przedstawił dane o liczbie uczniów."
    asked = "Radna Ewa Sowa zapytała o termin remontu sali gimnastycznej."
    spans = _spans_with_roles(
        Passage(text=investments),
        Passage(text=education),
        Passage(text=asked),
        Passage(text="Dyrektor odpowiedział, że remont rozpocznie się w lipcu."),
        Passage(text="Dyrektor Wydziału Edukacji odpowiedział, że klas pierwszych jest 46."),
        Passage(text="Radna Sowa zapytała Dyrektora Wydziału Inwestycji o koszt remontu."),
        Passage(text="Pan Dyrektor odpowiedział, że remont będzie kosztował 2 mln zł."),
    )
    assert [(s[1], s[2]) for s in spans[3]] == [(None, None)]  # uncertain, not "name not in the record"
    assert [s[1] for s in spans[4]] == ["Marek Kot"]
    assert [s[1] for s in spans[6]] == ["Jan Lis"]
    one = _spans_with_roles(Passage(text=investments), Passage(text=asked), Passage(text="Dyrektor odpowiedział."))
    assert [s[1] for s in one[2]] == ["Jan Lis"]


def test_an_office_in_the_plural_is_no_one_unnamed_holder() -> None:
    """ "Radni: Jan Lis, Ewa Mak zgłosili uwagi" showed as the words of a "Radny" whose name is
    not in the record; two councillors are named, and neither alone said them."""
    spans = _spans_with_roles(Passage(text="Radni: Jan Lis, Ewa Mak zgłosili uwagi do harmonogramu patroli."))
    assert [(s[1], s[2]) for s in spans[0]] == [(None, None)]
    unnamed = _spans_with_roles(Passage(text="W odpowiedzi Pani Skarbnik stwierdziła, że budżet jest zrównoważony."))
    assert [(s[1], s[2]) for s in unnamed[0]] == [(None, "Skarbnik")]
    # An abbreviation has no number: "Przew." is one office, its stop no part of it.
    abbreviated = _spans_with_roles(Passage(text="Przew. Komisji przypomniał o terminie składania wniosków."))
    assert [(s[1], s[2]) for s in abbreviated[0]] == [(None, "Przewodniczący Komisji")]


def test_the_speech_under_a_label_line_is_all_the_labelled_speakers() -> None:
    spans = _speakers(
        "Wypowiedź radnej Ireny Szostak:",
        "Seniorzy skarżą się, że w punktach szczepień są długie kolejki. Czy można otworzyć punkt na Rubinkowie? "
        "Komisja zajmowała się tym w ubiegłym roku.",
        "Kierownik Referatu Zdrowia Pan Piotr Wrona odpowiedział, że rozważy uruchomienie punktu.",
    )
    assert [speaker for _, speaker in spans[1]] == ["Irena Szostak"]
    assert spans[2] == [(spans[2][0][0], "Piotr Wrona")]
    meeting = Meeting(
        style="protocol", passages=[Passage(text="Wypowiedź radnej Ireny Szostak:"), Passage(text="Seniorzy czekają.")]
    )
    attribute_protocol(meeting)
    assert meeting.passages[1].spans[0].confidence == 1.0  # as sure as the label, not a paragraph carried over


def test_under_a_label_somebody_named_reporting_speaks_for_themselves() -> None:
    spans = _speakers(
        "Głos zabrał radny Adam Wilk:",
        "Uważam, że to za mało. Pani Naczelnik Marzena Kot odpowiedziała, że drugi oddział powstanie w 2025 roku.",
    )
    assert [speaker for _, speaker in spans[1]] == ["Adam Wilk", "Marzena Kot"]


def test_what_was_done_inside_the_words_reported_leaves_them_the_speakers() -> None:
    # "zgłoszono" and "zgłosiły" are the report's content, not the minute-taker's account.
    for reported in ("po zimie zgłoszono 1 240 ubytków w nawierzchni", "szkoły zgłosiły 40 wniosków"):
        spans = _speakers(
            f"Informację przedstawiła Naczelnik Wydziału Dróg Pani Katarzyna Wilk. Poinformowała, że {reported}."
        )
        assert [speaker for _, speaker in spans[0]] == ["Katarzyna Wilk"], reported
    assert _speaker_of("Poinformowano", "Radna Ewa Mazur zapytała o drogi. Poinformowano, że remont trwa.") is None


def test_a_point_credited_in_closing_parentheses_is_its_authors() -> None:
    assert (
        _speaker_of(
            "Zgłoszono",
            "Radny Tomasz Grab zapytał o koszt naprawy dróg.",
            "Zgłoszono również potrzebę ustawienia progów zwalniających przy ul. Lnianej (radny Tomasz Grab).",
        )
        == "Tomasz Grab"
    )
    # Several people in the parentheses, or an aside that does not close the sentence, credit nobody.
    assert _speaker_of("Wniosek", "Wniosek o budowę chodnika przy ul. Polnej (Jan Lis, Ewa Mak).") is None
    assert _speaker_of("Komisja", "Komisja (radny Jan Lis był nieobecny) przyjęła informację.") is None


def test_an_office_with_a_lowercase_complement_is_the_named_persons_role() -> None:
    """ "Sołtys wsi Duczki Pan Stefan Kurek", "Dyrektor zespołu szkół Pani Anna Kot": the role
    stopped at the lowercase word and was nobody's."""
    for sentence, name, role in (
        (
            "Sołtys wsi Duczki Pan Stefan Kurek zwrócił uwagę, że rowy są zarośnięte.",
            "Stefan Kurek",
            "Sołtys wsi Duczki",
        ),
        ("Dyrektor zespołu szkół Pani Anna Kot poinformowała, że remont trwa.", "Anna Kot", "Dyrektor zespołu szkół"),
    ):
        meeting = Meeting(style="protocol", passages=[Passage(text=sentence)])
        attribute_protocol(meeting)
        assert [(s.speaker, s.role) for s in meeting.passages[0].spans] == [(name, role)]


def test_a_label_and_its_speech_in_one_paragraph_read_as_on_separate_lines() -> None:
    spans = _speakers(
        "Wypowiedź radnej Ireny Szostak:\nSeniorzy skarżą się, że w punktach szczepień są długie kolejki.",
        "Głos zabrał radny Adam Wilk:\nMieszkańcy czekają na chodnik od lat. Komisja powinna się tym zająć.",
        "Mieszkaniec ulicy Długiej:\nChodnik jest dziurawy.",
    )
    assert [speaker for _, speaker in spans[0]] == ["Irena Szostak"]
    assert [speaker for _, speaker in spans[1]] == ["Adam Wilk"]
    # A label naming nobody we know hands the words to nobody, not to whoever spoke before.
    assert [speaker for _, speaker in spans[2]] == [None, None]


def test_a_listed_point_with_no_subject_goes_on_with_the_speaker_of_the_line_before() -> None:
    spans = _speakers(
        "Pełnomocnik Prezydenta ds. ESK Pani Ewa Rak przedstawiła program.",
        "- Pani Rak odpowiedziała, że w dzielnicach odbędzie się 120 wydarzeń;\n"
        "- dodała, że program zostanie ogłoszony w maju;\n"
        "- dodał, że bilety będą bezpłatne.",
    )
    assert [speaker for _, speaker in spans[1]] == ["Ewa Rak", None]  # "dodał": not her, nobody named
    meeting = Meeting(style="protocol", passages=[Passage(text="Pełnomocnik Prezydenta ds. ESK Pani Ewa Rak mówiła.")])
    attribute_protocol(meeting)
    assert meeting.passages[0].spans[0].role == "Pełnomocnik Prezydenta ds. ESK"  # "ds" kept its stop


def test_an_office_nobody_holds_is_its_one_deputy_shown_as_uncertain() -> None:
    """ "Pani Prezydent wyjaśniła" where only the Zastępczyni Prezydenta Miasta was named: the
    deputy, as protocols address one, but the holder may speak unnamed, so not for sure."""
    meeting = Meeting(
        style="protocol",
        passages=[
            Passage(text="Zastępczyni Prezydenta Miasta Pani Katarzyna Wilk przedstawiła informację."),
            Passage(text="Pani Prezydent wyjaśniła, że naprawa kosztuje 180 zł. Pan Prezydent dodał, że to dużo."),
        ],
    )
    attribute_protocol(meeting)
    said = [(s.speaker, s.confidence) for s in meeting.passages[1].spans]
    assert said[0] == ("Katarzyna Wilk", CONFIDENCE_NEXT_PARAGRAPH) and CONFIDENCE_NEXT_PARAGRAPH < SURE_SPEAKER
    assert said[1][0] is None  # "Pan Prezydent": no deputy of his gender
    # Two deputies: which one is a guess.
    assert (
        _speaker_of(
            "Pani Prezydent",
            "Zastępczyni Prezydenta Pani Ewa Lis i Zastępczyni Prezydenta Pani Anna Kot przedstawiły plan.",
            "Pani Prezydent wyjaśniła, że plan jest gotowy.",
        )
        is None
    )


def test_a_listed_name_and_office_after_a_dash_tell_who_the_office_is_later() -> None:
    spans = _speakers(
        "Zaproszeni goście:\n- Anna Kot – Dyrektor Miejskiego Ośrodka Pomocy Rodzinie\n- Tomasz Wrona – Kierownik Działu",
        "Pani Dyrektor poinformowała, że z programu korzysta 340 seniorów.",
        "Pan Kierownik odpowiedział, że na liście jest 58 osób.",
    )
    assert all(speaker is None for _, speaker in spans[0])  # a list of guests, nobody's words
    assert [speaker for _, speaker in spans[1] + spans[2]] == ["Anna Kot", "Tomasz Wrona"]


def test_filing_a_motion_is_saying_it_when_a_person_files_it() -> None:
    assert _speaker_of(
        "złożył wniosek", "Radny Adam Bielecki złożył wniosek, by Komisja zwróciła się do Prezydenta."
    ) == ("Adam Bielecki")
    assert _speaker_of("Wniosek złożyła", "Wniosek złożyła radna Ewa Mak.") == "Ewa Mak"
    # A signature is no motion; a district council filing one says nothing in the record itself.
    assert _speaker_of("złożył podpis", "Radny Jan Lis złożył podpis pod listą.") is None
    assert (
        _speaker_of(
            "Wniosek złożyła rada",
            "Projekt przedstawił Pan Robert Grześkowiak. Wniosek złożyła rada osiedla Jeżyce.",
        )
        == "Robert Grześkowiak"
    )


def test_a_speaker_named_by_initial_after_p_and_an_office_in_its_masculine_noun() -> None:
    """ "Skarbnik Miasta p. M. Nowak przedstawiła …" was nobody's: "Skarbnik", a masculine noun,
    made her a man whom the feminine verb could not have; "P. M. Nowak odpowiedziała" read
    "P." as her first initial. An adjectival office ("Radny") still tells a man from a woman."""
    spans = _speakers(
        "Informację przedstawiła Skarbnik Miasta p. M. Nowak. Poinformowała, że dochody wykonano w 98%.",
        "Radny J. Kowalski zapytał o inwestycje.",
        "P. M. Nowak odpowiedziała, że część przetargów unieważniono.",
        "Kierownik Referatu p. A. Lis przedstawiła sprawozdanie.",
    )
    assert [speaker for spans_of in spans for _, speaker in spans_of] == [
        "M. Nowak",
        "J. Kowalski",
        "M. Nowak",
        "A. Lis",
    ]
    assert _speaker_of("zapytała", "Radny Jan Lis i radna Anna Kot.", "Radny Lis zapytała o nic.") is None


def test_an_acronym_after_an_office_is_what_the_office_is_of_not_a_surname() -> None:
    """ "Kierownik GOPS przedstawiła sprawozdanie" was nobody's: "GOPS" was read as a surname
    after a title, one nobody of the meeting bore."""
    guests = "Zaproszeni goście:\n1. Kierownik GOPS – Pani Elżbieta Szulc,\n2. Wójt Gminy – Pan Grzegorz Piechowski."
    assert _speaker_of("sprawozdanie", guests, "Kierownik GOPS przedstawiła sprawozdanie.") == "Elżbieta Szulc"
    assert _speaker_of("zapytał", "Radny KOWALSKI zapytał o nic.") == "Kowalski"


def test_a_relative_clause_after_an_office_in_apposition_reports_its_holder() -> None:
    """ "… głos Panu Januszowi Rybie – Dyrektorowi Departamentu Inwestycji, który poinformował,
    że …" was all narration: the office's comma was read as part of it."""
    paragraph = (
        "Przewodniczący Komisji oddał głos Panu Januszowi Rybie – Dyrektorowi Departamentu Inwestycji, "
        "który poinformował, że w strefie sprzedano 12 działek."
    )
    assert _speaker_of("sprzedano 12 działek", paragraph) == "Janusz Ryba"
    assert _speaker_of("oddał głos", paragraph) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pytanie radnego Jarosława Kowalskiego dotyczyło oświetlenia.", "Jarosław Kowalski"),
        ("Odpowiedź Stanisława Nowaka była krótka.", "Stanisław Nowak"),
        ("Radna Jarosława Kowalska zapytała o szkołę.", "Jarosława Kowalska"),
        ("Pani Stanisława Nowak zapytała o szkołę.", "Stanisława Nowak"),
    ],
)
def test_a_mans_name_in_the_genitive_that_a_womans_nominative_spells(text: str, name: str) -> None:
    """ "radnego Jarosława Kowalskiego" stayed "Jarosława Kowalskiego" (Jarosława is a woman's
    name too): the title's or the surname's case tells whose it is."""
    assert [m.name for m in find_names(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Zdaniem radnego Jana Kosa należy przesunąć środki.", "Jan Kos"),
        ("Na pytanie Adama Kosa odpowiedziała Pani Dyrektor.", "Adam Kos"),
        ("Na pytanie radnego Jana Kosy odpowiedziała Pani Dyrektor.", "Jan Kosa"),
        ("Radny Jan Kosa zapytał o szkołę.", "Jan Kosa"),
    ],
)
def test_a_surname_takes_the_case_of_its_first_name(text: str, name: str) -> None:
    """ "Jana Kosa" was Jan Kosa: "Kosa" is a surname in the nominative too, and the
    nominative won over the genitive of Kos, though "Jana" is a genitive."""
    assert [m.name for m in find_names(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Głos przekazano Panu Markowi Dębowi.", "Marek Dąb"),
        ("Na pytanie radnego Piotra Mazura odpowiedziała Pani Dyrektor.", "Piotr Mazur"),
        ("Podziękowano Panu Piotrowi Mazurowi.", "Piotr Mazur"),
    ],
)
def test_a_surname_the_dictionary_knows_as_a_noun_or_of_two_readings(text: str, name: str) -> None:
    """ "Markowi Dębowi" was Marek Dęb: the dictionary knows Dąb as a noun (an oak) and a place,
    not as a man's surname in the dative. "Piotrowi Mazurowi" was Piotr Mazuro, a rarer surname
    the dative spells alike."""
    assert [m.name for m in find_names(text)] == [name]


def test_a_questions_and_answers_abbreviated_heads_end_no_sentence() -> None:
    """ "Odp. Pan Dyrektor – linia wróci …": "Odp." was a sentence of its own, the words of the
    councillor who asked, and the answer after it began a sentence of nobody's name."""
    paragraphs = (
        "Dyrektor Zarządu Dróg Pan Paweł Jurkiewicz przedstawił informację.",
        "Radna Monika Rusin – czy linia nr 15 wróci na Jaroty?",
        "Odp. Pan Dyrektor – linia wróci od 1 października.",
    )
    assert _speakers(*paragraphs)[1:] == [
        [("Radna Monika Rusin – czy linia nr 15 wróci na Jaroty?", "Monika Rusin")],
        [("Odp. Pan Dyrektor – linia wróci od 1 października.", "Paweł Jurkiewicz")],
    ]


def test_one_acting_in_an_office_is_referred_to_by_it_in_the_genitive() -> None:
    """ "Pani p.o. Dyrektora odpowiedziała …" was nobody's: the office after "p.o." is in the
    genitive, which no verb's subject is."""
    named = "p.o. Dyrektora MOPS Pani Anna Lis przedstawiła sprawozdanie."
    asked = "Radny Jan Kot zapytał o noclegownię."
    for reply in (
        "Pani p.o. Dyrektora odpowiedziała, że noclegownia ma 45 miejsc.",
        "P.o. Dyrektora odpowiedziała, że noclegownia ma 45 miejsc.",
        "Pełniąca obowiązki Dyrektora MOPS odpowiedziała, że noclegownia ma 45 miejsc.",
    ):
        assert _speaker_of("45 miejsc", named, asked, reply) == "Anna Lis"
    assert _speaker_of("45 miejsc", named, asked, "Według p.o. Dyrektora noclegownia ma 45 miejsc.") != "Jan Kot"


def test_an_office_before_a_surname_is_the_role_of_one_named_in_full_only_later() -> None:
    """ "Pani Radna Kot zapytała …" before "Radna Ewa Kot …" found her but showed no role."""
    spans = _spans_with_roles(
        Passage(text="Pani Radna Kot zapytała o liczbę miejsc w noclegowni."),
        Passage(text="Radna Ewa Kot zgłosiła uwagę: noclegownia powinna być czynna w dzień."),
    )
    assert spans[0] == [("Pani Radna Kot zapytała o liczbę miejsc w noclegowni.", "Ewa Kot", "Radna", False)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Radny Lis zapytał o program pn. Zielony Lublin i jego koszt.",
        "Szkoła w m. Zawada, gm. Jabłonna, pow. Lubelski, woj. Lubelskie jest remontowana.",
        "Pismo dot. Budżetu Obywatelskiego wpłynęło w maju.",
        "Uchwała ws. Programu Współpracy została przyjęta.",
        "Odp. Pan Dyrektor – linia wróci od 1 października.",
    ],
)
def test_abbreviations_before_a_capital_end_no_sentence(sentence: str) -> None:
    """ "program pn. Zielony Lublin", "gm. Jabłonna", "dot. Budżetu …": a name after them cut the
    sentence in two, and a quote of its second half lost what it was about."""
    assert split_sentences(sentence) == [(0, len(sentence))]


def test_who_is_there_in_no_office_is_shown_as_the_record_says() -> None:
    """ "Mieszkaniec ul. Fabrycznej Pan Jan Kot" was Jan Kot with no role at all; an office
    beside it still says more ("Gość Komisji, Konsul Honorowy Francji Pan …" is the consul)."""
    spans = _spans_with_roles(
        Passage(text="Mieszkaniec ul. Fabrycznej Pan Jan Kot zwrócił uwagę na bezdomnych."),
        Passage(text="Mieszkanka osiedla Zawada Pani Anna Lis zapytała o autobusy."),
        Passage(text="Gość Komisji, Konsul Honorowy Francji Pan Olivier Dupont, zapowiedział festiwal."),
    )
    assert [(s[1], s[2]) for passage in spans for s in passage] == [
        ("Jan Kot", "Mieszkaniec ul. Fabrycznej"),
        ("Anna Lis", "Mieszkanka osiedla Zawada"),
        ("Olivier Dupont", "Konsul Honorowy Francji"),
    ]


def test_an_office_in_the_dative_is_whom_the_committee_acts_for_not_who_speaks() -> None:
    """ "Wójtowi" reads as the plural adjective "wójtowy" in the nominative too: the committee's
    vote on his discharge was shown as said by the Wójt."""
    spans = _spans_with_roles(
        Passage(text="Komisja jednogłośnie pozytywnie zaopiniowała wniosek o udzielenie absolutorium Wójtowi Gminy.")
    )
    assert [(speaker, role) for _, speaker, role, _ in spans[0]] == [(None, None)]
    said = _spans_with_roles(Passage(text="Wójt Gminy poinformował, że droga zostanie wyremontowana."))
    assert [(speaker, role) for _, speaker, role, _ in said[0]] == [(None, "Wójt Gminy")]


def test_coming_forward_with_a_report_or_a_motion_is_saying_it() -> None:
    """ "Z informacją wystąpiła Pani X", "Radny Y wystąpił z wnioskiem, …": she and he speak (her
    report was "speaker uncertain", the sentences after it too)."""
    spoken = (
        "Z informacją wystąpiła Pani Katarzyna Wrzosek, Dyrektor Ośrodka. Przekazała, że schroniska mają 146 miejsc."
    )
    assert _speaker_of("schroniska mają 146 miejsc", spoken) == "Katarzyna Wrzosek"
    assert _speaker_of("Z informacją wystąpiła", spoken) == "Katarzyna Wrzosek"
    motion = "Radny Jan Lis wystąpił z wnioskiem o zwiększenie dotacji."
    assert _speaker_of("o zwiększenie dotacji", motion) == "Jan Lis"


def test_verbs_of_presenting_say_something_when_a_person_named_is_their_subject() -> None:
    """ "Projekt uchwały uzasadnił Naczelnik …", "Radny X podniósł kwestię …", "…, która
    przybliżyła założenia programu": his and her words, and what follows with them (the record's
    own, speaker unknown, before). With any other subject such a verb is what is said, and the
    speech goes on ("warunki, które zachęcą studentów", "Miasto zapraszało …")."""
    justified = "Projekt uchwały uzasadnił Naczelnik Wydziału Oświaty Pan Adam Kruk. Szkoła zyska cztery sale."
    assert _speaker_of("Projekt uchwały uzasadnił", justified) == "Adam Kruk"
    assert _speaker_of("Szkoła zyska cztery sale", justified) == "Adam Kruk"
    raised = "Radny Jan Bór podniósł kwestię bezpieczeństwa na przejściu. Jego zdaniem potrzebna jest sygnalizacja."
    assert _speaker_of("potrzebna jest sygnalizacja", raised) == "Jan Bór"
    relative = "Informację przedstawiła Pani Anna Lis, która przybliżyła założenia programu. Program potrwa rok."
    assert _speaker_of("Program potrwa rok", relative) == "Anna Lis"
    content = (
        "Pani Anna Lis poinformowała, że referat działa od 2011 roku. Miasto zapraszało studentów na targi. "
        "Celem są warunki, które zachęcą studentów do pozostania. Projekt kosztuje 2 mln zł."
    )
    assert _speaker_of("Miasto zapraszało studentów", content) == "Anna Lis"
    assert _speaker_of("Projekt kosztuje 2 mln zł", content) == "Anna Lis"
    demanded = "Radny Jan Bór zażądał przedstawienia kosztorysu, przytoczył dane z raportu NIK."
    assert _speaker_of("przedstawienia kosztorysu", demanded) == "Jan Bór"


def test_a_retort_is_a_reply() -> None:
    """ "Pani Dyrektor odparła, że …", "Radny replikował, że …": an answer to the speaker before,
    quoted for the question it answers, as "odpowiedziała" is."""
    assert reports_a_reply("Pani Dyrektor Anna Lis odparła, że remont ruszy w lipcu.")
    assert reports_a_reply("Radny Bór replikował, że dane są nieaktualne.")
    assert not reports_a_reply("Radny Bór zapytał o dane z raportu.")


def test_an_answer_naming_nobody_after_a_question_is_not_the_askers() -> None:
    """ "Radna Ewa Sowa zapytała o remont. Odpowiedziała, że …" went on as the councillor's
    words (a wrong name): who answers is not who asked; the record leaves unsaid who did. Her
    own explanation after her question is still hers."""
    for answer in ("Odpowiedziała", "Odparła"):
        text = f"Pani Dyrektor Anna Lis przedstawiła informację. Radna Ewa Sowa zapytała o remont. {answer}, że prace ruszą."
        assert _speaker_of("prace ruszą", text) is None
    explained = "Radna Ewa Sowa zapytała o remont. Wyjaśniła, że mieszkańcy skarżą się na hałas."
    assert _speaker_of("mieszkańcy skarżą się", explained) == "Ewa Sowa"
    going_on = "Pani Dyrektor Anna Lis odpowiedziała na pytania radnych. Odpowiedziała też, że prace ruszą."
    assert _speaker_of("prace ruszą", going_on) == "Anna Lis"


def test_an_office_and_a_surname_never_named_in_full_show_the_surname_and_the_office() -> None:
    """ "Pani Dyrektor Nowak odpowiedziała, …" with no Nowak named in full is Nowak, Dyrektor
    (it showed nothing, then the office alone, "name not recorded"), and so is "Pani Dyrektor"
    after her. With two Nowaks named in full, which one it is stays unknown: the office alone.
    A first name in an oblique case is no surname: "Radnemu Janowi Kotu odpowiedziała Pani
    Skarbnik" was "Janowi" speaking (nobody), not the Skarbnik named before."""
    spans = _spans_with_roles(
        Passage(text="Radny Jan Kot zapytał o remont. Pani Dyrektor Nowak odpowiedziała, że remont ruszy w maju."),
        Passage(text="Pani Dyrektor dodała, że wykonawca jest wybrany."),
        Passage(text="Skarbnik Miasta Pani Anna Lis przedstawiła projekt zmian w budżecie."),
        Passage(text="Radnemu Janowi Kotu odpowiedziała Pani Skarbnik, że wydatki wzrosną o 2 mln zł."),
    )
    assert [span[1:3] for span in spans[0]] == [("Jan Kot", "Radny"), ("Nowak", "Dyrektor")]
    assert [span[1:3] for span in spans[1]] == [("Nowak", "Dyrektor")]
    assert [span[1:3] for span in spans[3]] == [("Anna Lis", "Skarbnik Miasta")]
    two = _spans_with_roles(
        Passage(text="Obecni byli radni Ewa Nowak i Maria Nowak."),
        Passage(text="Pani Dyrektor Nowak odpowiedziała, że remont ruszy w maju."),
    )
    assert [span[1:3] for span in two[1]] == [(None, "Dyrektor")]


def test_a_surname_alone_is_one_person_of_one_gender_and_no_title_or_place() -> None:
    """The person known by a surname alone goes on speaking ("Dodała, że …"); "Pan Nowak"
    after "Pani Nowak" is not her; "Pan Doktor", "Pan Komisarz" address a degree and a rank, and "Sołtys
    Wola Rzędzińska" the sołtys of a village: neither names anybody."""
    assert _speaker_of("to pilne", "Radna Kowalska zaproponowała zmianę terminu. Dodała, że to pilne.") == "Kowalska"
    couple = "Pani Nowak zapytała o parking. Pan Nowak odpowiedział, że parking powstanie."
    assert _speaker_of("o parking", couple) == "Nowak"
    assert _speaker_of("parking powstanie", couple) is None
    assert _speaker_of("szczepienia ruszą", "Pan Doktor odpowiedział, że szczepienia ruszą.") is None
    assert _speaker_of("patroli przybędzie", "Pan Komisarz odpowiedział, że patroli przybędzie.") is None
    assert _speaker_of("czekają na chodnik", "Sołtys Wola Rzędzińska dodał, że mieszkańcy czekają na chodnik.") is None


def test_the_answer_after_an_asker_named_alone_is_not_the_askers() -> None:
    """ "Na pytanie radnej Anny Sowy odpowiedział, że …" with nobody else named: the answer was
    hers at full confidence. It is the speaker going on when the verb can be theirs, and
    nobody we can name after "odpowiedziano" or a verb of the other gender; the question's
    own words ("…, ile będzie grup, …") stay hers."""
    director = "Pan Piotr Nowak – Dyrektor Wydziału Oświaty poinformował, że nabór ruszy w marcu."
    asked = "Na pytanie radnej Anny Sowy, ile będzie grup, odpowiedział, że będą cztery."
    assert _speaker_of("będą cztery", director + " " + asked) == "Piotr Nowak"
    assert _speaker_of("ile będzie grup", director + " " + asked) == "Anna Sowa"
    impersonal = "Na pytanie radnej Anny Sowy odpowiedziano, że będą cztery."
    assert _speaker_of("będą cztery", director + " " + impersonal) is None
    she = "Pani Ewa Lis poinformowała, że nabór ruszy w marcu."
    assert _speaker_of("będą cztery", she + " Na pytanie radnej Anny Sowy odpowiedział, że będą cztery.") is None


def test_a_companys_legal_form_is_part_of_the_office() -> None:
    """ "Prezes Spółki Wodociągi Miejskie Sp. z o.o. Pan Jan Kos": the seven marks of "Sp. z
    o.o." broke the office off his name (no role at all)."""
    spans = _spans_with_roles(
        Passage(text="Prezes Spółki Wodociągi Miejskie Sp. z o.o. Pan Jan Kos poinformował o taryfach."),
        Passage(text="Prezes Zarządu MPK S.A. Pan Marek Dąb odpowiedział, że autobusy kupiono."),
    )
    assert [span[1:3] for span in spans[0]] == [("Jan Kos", "Prezes Spółki Wodociągi Miejskie Sp. z o.o.")]
    assert [span[1:3] for span in spans[1]] == [("Marek Dąb", "Prezes Zarządu MPK S.A.")]


def test_a_letter_read_out_is_not_the_readers_words_nor_the_next_speakers(tmp_path: Path) -> None:
    """ "Przewodniczący … odczytał pismo Stowarzyszenia:" over the letter's words: they were the
    chair's at full confidence (the line read as his label), and with a speaker's line after
    them in one passage ("„… w parku.”" ended no sentence) hers. The letter's words are no
    one's we can name; Radna Ewa Sowa's are hers."""
    path = tmp_path / "protokol.txt"
    path.write_text(
        "PROTOKÓŁ NR 3/2024\nz posiedzenia Komisji Budżetu Rady Miasta Opola\nw dniu 5 marca 2024 r.\n\n"
        "Przewodniczący Komisji Jan Wilk odczytał pismo Stowarzyszenia Przyjaciół Parku:\n"
        "„Zwracamy się z prośbą o ustawienie ławek w parku.”\n\nRadna Ewa Sowa:\nPopieram ten wniosek.\n",
        encoding="utf-8",
    )
    said = {
        p.text[s.start : s.end].strip(): s.speaker
        for p in parse_document(read_document(path)).passages
        for s in p.spans
    }
    assert said["„Zwracamy się z prośbą o ustawienie ławek w parku.”"] is None
    assert said["Radna Ewa Sowa:\nPopieram ten wniosek."] == "Ewa Sowa"
    quoted = "„Zwracamy się o ławki.” Radna Ewa Sowa poparła wniosek."
    assert [quoted[a:b] for a, b in split_sentences(quoted)] == [
        "„Zwracamy się o ławki.”",
        "Radna Ewa Sowa poparła wniosek.",
    ]


def test_one_presenting_who_then_assures_in_a_relative_clause_says_the_whole_sentence() -> None:
    """ "Stanowisko Prezydenta przedstawił Zastępca Prezydenta Pan X, który zapewnił, …": the
    verb before him is his too; the record's own part is only one giving him the floor."""
    own = (
        "Stanowisko Prezydenta Miasta przedstawił Zastępca Prezydenta Pan Bartosz Bartoszewicz, "
        "który zapewnił, że budżet przewiduje dwa nowe etaty."
    )
    assert _speaker_of("Stanowisko Prezydenta Miasta przedstawił", own) == "Bartosz Bartoszewicz"
    given = "Przewodniczący udzielił głosu Pani Dyrektor Ewie Zając, która poinformowała, że remont ruszy."
    assert _speaker_of("Przewodniczący udzielił głosu", given) is None
    assert _speaker_of("remont ruszy", given) == "Ewa Zając"


def test_an_offices_adjective_before_it_is_part_of_the_role_in_the_nominative() -> None:
    """ "Główna Księgowa Starostwa Pani Maria Dudek", "Miejski Konserwator Zabytków Pan Jan Lis":
    the adjective was dropped ("Księgowa Starostwa"), and "Głównej Księgowej" is "Główna
    Księgowa" named again later. A village head may be a "Sołtyska"."""
    spans = _spans_with_roles(
        Passage(text="Główna Księgowa Starostwa Pani Maria Dudek wyjaśniła, że na drogi zabezpieczono 9,3 mln zł."),
        Passage(text="Miejski Konserwator Zabytków Pan Jan Lis poinformował, że remont trwa."),
        Passage(text="Głosu udzielono Głównej Księgowej Pani Ewie Bąk. Pani Bąk wyjaśniła, że środki są w budżecie."),
        Passage(text="Sołtyska wsi Grabie Pani Anna Gaweł zwróciła uwagę na brak oświetlenia."),
    )
    assert spans[0][0][1:3] == ("Maria Dudek", "Główna Księgowa Starostwa")
    assert spans[1][0][1:3] == ("Jan Lis", "Miejski Konserwator Zabytków")
    assert spans[2][-1][1:3] == ("Ewa Bąk", "Główna Księgowa")
    assert spans[3][0][1:3] == ("Anna Gaweł", "Sołtyska wsi Grabie")


def test_two_signatures_on_one_line_are_the_records_not_a_speech() -> None:
    """ "Protokołowała: Beata Gawlas  Przewodnicząca Komisji: Agata Wiśniowska" (the signatures
    side by side, as text exports put them on one line) was Beata Gawlas speaking as chair."""
    spans = _spans_with_roles(
        Passage(text="Radna Agata Wiśniowska zapytała o termin."),
        Passage(text="Protokołowała: Beata Gawlas Przewodnicząca Komisji: Agata Wiśniowska"),
    )
    assert [(speaker, role, narration) for _, speaker, role, narration in spans[1]] == [(None, None, True)]


def test_a_student_is_shown_as_one_though_in_no_office() -> None:
    """ "Pan Mohamed Ali Hassan, student Politechniki Lubelskiej, podziękował …": who he is in the
    record, as a resident's is ("Mieszkanka osiedla Zawada")."""
    spans = _spans_with_roles(
        Passage(text="Pan Mohamed Ali Hassan, student Politechniki Lubelskiej, podziękował za kursy."),
        Passage(text="Studentka UMCS Pani Olena Bondar poprosiła o dłuższe godziny otwarcia biblioteki."),
    )
    assert spans[0][0][1:3] == ("Mohamed Ali Hassan", "student Politechniki Lubelskiej")
    assert spans[1][0][1:3] == ("Olena Bondar", "Studentka UMCS")


def test_offices_and_departments_abbreviated_end_no_sentence_and_name_the_office() -> None:
    """ "Dyr. Wydz. Oświaty p. A. Lis poinformowała …" was cut after "Wydz." (her words nobody's
    for sure), and "P. Dyr. Lis odpowiedziała" named nobody: an abbreviated office before a
    surname is a title as the word written out is."""
    spans = _spans_with_roles(
        Passage(text="Dyr. Wydz. Oświaty p. A. Lis poinformowała, że do klas pierwszych zapisano 312 dzieci."),
        Passage(text="Kier. Ref. Inwestycji p. J. Mróz wyjaśnił, że remont szkoły zakończy się w sierpniu."),
        Passage(text="Radny Jan Kot zapytał o dowóz dzieci."),
        Passage(text="P. Dyr. Lis odpowiedziała, że dowóz zapewni gimbus."),
    )
    assert [span[1:3] for span in spans[0]] == [("A. Lis", "Dyrektor Wydz. Oświaty")]
    assert [span[1:3] for span in spans[1]] == [("J. Mróz", "Kierownik Ref. Inwestycji")]
    assert [span[1:3] for span in spans[3]] == [("A. Lis", "Dyrektor Wydz. Oświaty")]


def test_a_view_after_wg_and_a_stand_against_are_the_speakers() -> None:
    """ "Wg Pani Zając mieszkańcy nie udźwigną …" (as "Według" is) and "Radny Piotr Nowak jest
    przeciwny podwyżce, …" were nobody's for sure."""
    before = "Radna Maria Zając zapytała o podwyżkę."
    assert _speaker_of("mieszkańcy nie udźwigną", before, "Wg Pani Zając mieszkańcy nie udźwigną opłat.") == (
        "Maria Zając"
    )
    against = "Radny Piotr Nowak jest przeciwny podwyżce, ponieważ miasto ma nadwyżkę."
    assert _speaker_of("miasto ma nadwyżkę", against) == "Piotr Nowak"


def test_what_interested_or_worried_someone_is_theirs() -> None:
    """ "Radnego Jana Kosa interesowało, ile …" names who asked as the one it concerned: it was
    nobody's (and "Jana Kosa" read as a nominative, "Jana" being a surname too). Inside
    somebody's report the same words are the reporter's."""
    before = "Dyrektor MOPR Pan Adam Wrona poinformował, że z pomocy skorzystało 3400 rodzin."
    asked = "Radnego Jana Kosa interesowało, ile rodzin czeka na pomoc. Dyrektor Wrona odpowiedział, że około 200."
    assert _speaker_of("ile rodzin czeka", before, asked) == "Jan Kos"
    assert _speaker_of("około 200", before, asked) == "Adam Wrona"
    worried = "Radna Anna Sowa zapytała o kolejkę. Następnie radną Sowę zaniepokoiło, że kolejka rośnie."
    assert _speaker_of("kolejka rośnie", worried) == "Anna Sowa"
    reported = "Radny Jan Kos powiedział, że Panią Skarbnik interesuje tylko budżet."
    assert _speaker_of("interesuje tylko budżet", reported) == "Jan Kos"


def test_an_answer_after_a_question_in_one_sentence_is_the_answerers() -> None:
    """ "Radna Ewa Lis zapytała …, czy …, na co Pani Dyrektor odpowiedziała, że …": the whole
    sentence went to the councillor, the director's answer with it. A question that names
    somebody inside it is still the asker's."""
    asked = (
        "Radna Ewa Lis zapytała Panią Dyrektor Annę Mak, czy basen będzie otwarty w lipcu, "
        "na co Pani Dyrektor odpowiedziała, że basen otworzy się w sierpniu."
    )
    assert _speaker_of("basen otworzy się w sierpniu", asked) == "Anna Mak"
    assert _speaker_of("czy basen będzie otwarty", asked) == "Ewa Lis"
    inside = "Radny Jan Kot zapytał, czy Pani Dyrektor Anna Mak wie o awarii basenu."
    assert _speaker_of("wie o awarii", inside) == "Jan Kot"


def test_where_a_speaker_comes_from_is_part_of_their_mention() -> None:
    """ "… udzieliła głosu p. Annie Kowalskiej z MOPS, która poinformowała …" was nobody's (the
    institution stood between her name and the relative clause), and so was "Pani Oksana
    Melnyk z Fundacji Integracji i Rozwoju poinformowała …" (its "i" read as a second subject).
    Two people joined by "i" still speak together, for nobody we can name."""
    floor = (
        "Przewodnicząca udzieliła głosu p. Annie Kowalskiej z MOPS, która poinformowała, że podopiecznych jest więcej."
    )
    assert _speaker_of("podopiecznych jest więcej", floor) == "Anna Kowalska"
    longer = (
        "Przewodniczący udzielił głosu Panu Janowi Kosowi z Zarządu Dróg i Zieleni, który wyjaśnił, że prace potrwają."
    )
    assert _speaker_of("prace potrwają", longer) == "Jan Kos"
    founded = "Pani Oksana Melnyk z Fundacji Integracji i Rozwoju poinformowała, że zgłosiło się 230 osób."
    assert _speaker_of("zgłosiło się 230 osób", founded) == "Oksana Melnyk"
    together = "Radny Jan Kos i Radna Ewa Lis zwrócili uwagę, że chodnik jest zniszczony."
    assert _speaker_of("chodnik jest zniszczony", together) is None
    listed = "Radny Jan Kos i Radna Ewa Lis"
    assert _speaker_of(listed, listed + ".") is None


def test_an_office_after_a_comma_may_close_at_the_dash_before_the_verb() -> None:
    """ "Ewa Lis, Dyrektor Zarządu Transportu – odpowiedziała, że …" showed her office and no
    name: the office, opened by a comma and closed by a dash, was read as a speaker of its own."""
    spans = _speakers("Ewa Lis, Dyrektor Zarządu Transportu – odpowiedziała, że autobusy pojadą w soboty.")
    assert [speaker for _, speaker in spans[0]] == ["Ewa Lis"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Pani Ewa Lis, pełniąca obowiązki Dyrektora Wydziału, odpowiedziała, że nabór ruszy w maju.",
        "Pani Ewa Lis, p.o. Dyrektora Wydziału, odpowiedziała, że nabór ruszy w maju.",
        "Pani Ewa Lis – p.o. Dyrektora Wydziału – odpowiedziała, że nabór ruszy w maju.",
    ],
)
def test_an_acting_office_after_a_name_is_the_names(sentence: str) -> None:
    """ ", pełniąca obowiązki Dyrektora Wydziału," made a speaker of its own, the office
    without her name, and Ewa Lis said nothing; as before a name, the acting office is hers."""
    meeting = Meeting(style="protocol", passages=[Passage(text=sentence)])
    attribute_protocol(meeting)
    (span,) = meeting.passages[0].spans
    assert (span.speaker, span.role) == ("Ewa Lis", "Dyrektor Wydziału")


def test_an_asker_named_in_the_genitive_before_the_answer_speaks_none_of_it() -> None:
    """ "Na pytanie radnej Sowy odpowiedział Pan Piotr Góra, że …" went to nobody, office
    "radna": "Sowy" can be a nominative ("owls"), so the answer's verb, masculine, made her a
    man nobody was. A title in the genitive ("radnej") makes no subject, and the words before
    the answerer are the record's, not hers ("Na pytanie radnej Anny Sowy odpowiedział" was
    hers at full confidence); a question said in them stays hers."""
    asked = "Radna Anna Sowa zapytała o program smart city."
    spans = _speakers(asked, "Na pytanie radnej Sowy odpowiedział Pan Piotr Góra, że program ruszy w maju.")[1]
    assert spans == [
        ("Na pytanie radnej Sowy odpowiedział", None),
        ("Pan Piotr Góra, że program ruszy w maju.", "Piotr Góra"),
    ]
    in_full = "Na pytanie radnej Anny Sowy odpowiedział Pan Dyrektor Piotr Góra, że program ruszy w maju."
    assert _speakers(in_full)[0][0] == ("Na pytanie radnej Anny Sowy odpowiedział", None)
    said = "Na pytanie radnej Anny Sowy, czy program ruszy w maju, Pan Dyrektor Piotr Góra odpowiedział, że tak."
    assert _speaker_of("czy program ruszy w maju", said) == "Anna Sowa"
    assert _speaker_of("że tak", said) == "Piotr Góra"


def test_information_given_by_someone_is_theirs() -> None:
    """ "Według informacji przekazanej przez Dyrektora Lisa oświetlenie zostanie zamontowane …"
    went on as the words of the resident who spoke before."""
    spans = _speakers(
        "Dyrektor Zarządu Dróg Pan Jan Lis przedstawił plan remontów.",
        "Pani Anna Nowak – mieszkanka – zwróciła się z prośbą o oświetlenie ul. Cichej.",
        "Według informacji przekazanej przez Dyrektora Lisa oświetlenie zostanie zamontowane w marcu.",
    )
    assert [speaker for _, speaker in spans[2]] == ["Jan Lis"]

"""A question that names its meeting (number, committee, date) narrows the search to it."""

from __future__ import annotations

import pytest

from index.meeting_mentions import MeetingDirectory, MeetingRef

MEETINGS = [
    MeetingRef(1, "4/VIII/2019", "2019-11-18", "Doraźna Komisja ds. Współpracy Międzynarodowej", "Rada Miasta Lublin"),
    MeetingRef(2, "XV/123/2020", "2020-10-05", "Komisja Rewizyjna", "Rada Miejska w Gdańsku"),
    MeetingRef(3, "12/2021", "2021-03-12", "Komisja Budżetowa", "Rada Miasta Krakowa"),
    MeetingRef(4, "7/2023", "2023-06-14", "Komisja Edukacji i Sportu", "Rada Miejska Wrocławia"),
    MeetingRef(5, "13/2021", "2021-05-20", "Komisja Budżetowa", "Rada Miasta Krakowa"),
    MeetingRef(6, "1", "2023-11-13", None, "Sejm Rzeczypospolitej Polskiej"),
    MeetingRef(7, "14", "1995-02", "Komisja Konstytucyjna", "Zgromadzenie Narodowe"),
]
DIRECTORY = MeetingDirectory(MEETINGS)


@pytest.mark.parametrize(
    ("question", "meetings", "rest"),
    [
        (
            "Kto prowadził posiedzenie komisji ds. współpracy międzynarodowej 18 listopada 2019?",
            {1},
            "Kto prowadził posiedzenie?",
        ),
        ("What was said at meeting 4/VIII/2019 about students?", {1}, "What was said at meeting about students?"),
        ("Co postanowiła Komisja Budżetowa w sprawie szkół?", {3, 5}, "Co postanowiła w sprawie szkół?"),
        ("Co komisja budżetowa postanowiła 12 marca 2021 o szkołach?", {3}, "Co postanowiła o szkołach?"),
        ("Was hat der Ausschuss am 18. November 2019 beschlossen?", {1}, "Was hat der Ausschuss am beschlossen?"),
        ("What did the Sejm debate on November 13, 2023?", {6}, "What did the Sejm debate on?"),
        ("Что обсуждали 13 ноября 2023 года?", {6}, "Что обсуждали?"),
        ("Що вирішили 5 жовтня 2020 року?", {2}, "Що вирішили?"),
        ("¿Qué se decidió el 14 de junio de 2023?", {4}, "¿Qué se decidió el?"),
        ("Co powiedziano na posiedzeniu nr 1?", {6}, "Co powiedziano na posiedzeniu?"),
        ("What happened in May 2021 in the budget committee?", {5}, "What happened in the?"),
        ("O ile wzrosną wydatki na oświatę w Krakowie?", {3, 5}, "O ile wzrosną wydatki na oświatę?"),
        ("How many kilometres of roads were repaired in Gdansk?", {2}, "How many kilometres of roads were repaired?"),
        ("Скільки доріг відремонтували в Гданську?", {2}, "Скільки доріг відремонтували?"),
        ("Коли почалося засідання комісії у Кракові?", {3, 5}, "Коли почалося засідання комісії?"),
        ("Сколько мест не хватило в детских садах во Вроцлаве?", {4}, "Сколько мест не хватило в детских садах?"),
        ("Яка комісія працює в Любліні?", {1}, "Яка комісія працює?"),
        ("What did the budget committee decide about schools?", {3, 5}, "What did the decide about schools?"),
        ("Who chaired the audit committee meeting?", {2}, "Who chaired the meeting?"),
        ("Was sagte der Bildungsausschuss über Kindergärten?", {4}, "Was sagte der über Kindergärten?"),
        ("Was sagte der Ausschuss für Bildung und Sport?", {4}, "Was sagte der?"),
        ("Що казала комісія з питань міжнародної співпраці?", {1}, "Що казала?"),
        ("Что решила бюджетная комиссия 20 мая 2021?", {5}, "Что решила?"),
        ("Что решили в мае 2021?", {5}, "Что решили?"),
        ("¿Qué pasó en mayo de 2021?", {5}, "¿Qué pasó?"),
        ("¿Qué dijo la comisión de educación?", {4}, "¿Qué dijo la?"),
        ("What did the Sejm say about Kraków airport?", {6}, None),  # the city is what is asked about
        ("Co postanowiło Zgromadzenie Narodowe w lutym 1995?", {7}, "Co postanowiło Zgromadzenie Narodowe?"),
    ],
)
def test_meeting_named_by_number_committee_or_date(question: str, meetings: set[int], rest: str | None) -> None:
    mention = DIRECTORY.find(question)
    assert mention.meeting_ids == meetings
    assert mention.stripped(question) == (rest or question)


@pytest.mark.parametrize(
    "question",
    [
        "Kiedy odbędzie się posiedzenie 12 lipca?",  # a date that is no meeting's is content
        "Ile było 1 osób na sali?",  # a bare number names nothing without "nr"
        "Co komisja postanowiła w sprawie budżetu?",  # "budżetu" is a topic, not "Komisja Budżetowa"
        "May the mayor speak on the market square?",
        "Did the mayor talk on 12 market days in 2021?",
        "Jak współpraca międzynarodowa wpływa na studentów?",  # the committee's words without "komisja"
        "Czy Polska pomaga Ukrainie?",  # places with no council in the store
        "What did the committee say about the budget?",  # the subject is not the committee's name
        "Which health committee of the WHO met?",  # no committee of that subject in the store
        "Що вирішили в Києві про Краковский рынок?",  # a place not in the store; an adjective
    ],
)
def test_words_that_name_no_meeting_change_nothing(question: str) -> None:
    mention = DIRECTORY.find(question)
    assert mention.meeting_ids == set() and mention.spans == []


def test_a_date_that_contradicts_the_committee_is_kept_as_content() -> None:
    question = "Co Komisja Rewizyjna mówiła o 12 marca 2021?"
    mention = DIRECTORY.find(question)
    assert mention.meeting_ids == {2}
    assert mention.stripped(question) == "Co mówiła o 12 marca 2021?"


def test_a_question_that_is_only_the_meeting_keeps_its_words() -> None:
    assert DIRECTORY.find("4/VIII/2019").stripped("4/VIII/2019") == "4/VIII/2019"


@pytest.mark.parametrize(
    ("question", "rest"),
    [
        (
            "Kto prowadził posiedzenie komisji Rady Powiatu Wielickiego?",
            "Kto prowadził posiedzenie komisji Rady Powiatu?",
        ),
        ("Ile dróg wyremontuje się w powiecie wielickim?", "Ile dróg wyremontuje się w powiecie?"),
        ("Who chaired the budget committee of Wielicki County?", "Who chaired the County?"),
    ],
)
def test_a_county_or_voivodeship_is_named_by_its_adjective(question: str, rest: str) -> None:
    """ "Rada Powiatu Wielickiego" has no city in it: the county's adjective, in any case and
    after "powiat" in lower case, names its meetings (and not the city council's of a town)."""
    directory = MeetingDirectory(
        [
            *MEETINGS,
            MeetingRef(8, "12/2024", "2024-04-16", "Komisja Budżetu i Finansów", "Rada Powiatu Wielickiego"),
            MeetingRef(9, "3/2024", "2024-05-16", "Komisja Rolnictwa", "Sejmik Województwa Mazowieckiego"),
        ]
    )
    mention = directory.find(question)
    assert mention.meeting_ids == {8}
    assert mention.stripped(question) == rest
    assert directory.find("Co ustalił sejmik województwa mazowieckiego?").meeting_ids == {9}


def test_a_city_of_three_letters_is_named_in_cyrillic_too() -> None:
    """ "в Ельку" named no meeting (a city's name less its vowel had to be four letters), and a
    question about the chair in Ełk was answered with another city's chair."""
    directory = MeetingDirectory(
        [*MEETINGS, MeetingRef(8, "2/2024", "2024-03-05", "Komisja Oświaty", "Rada Miasta Ełku")]
    )
    mention = directory.find("Хто головував на засіданні комісії в Ельку?")
    assert mention.meeting_ids == {8}
    assert mention.stripped("Хто головував на засіданні комісії в Ельку?") == "Хто головував на засіданні комісії?"
    assert directory.find("Хто головував на засіданні комісії в Еленці?").meeting_ids == set()

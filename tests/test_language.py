"""The question's language: it decides whether Polish lemmas may reorder the answers."""

from __future__ import annotations

import pytest

from index.language import detect_language, language_evidence


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Ile kilometrów dróg wyremontowano w Gdańsku?", "pl"),
        ("co mowila Herun o praktykach", "pl"),  # no diacritics: the dictionary knows the words
        ("How many kilometres of roads were repaired in Gdańsk this year?", "en"),
        ("What did Strok-Sadło say about smart city?", "en"),
        ("Was sagte Frau Kępowicz-Olszówka über Start-ups?", "de"),
        ("Müssen Mitglieder der Cluster einen Beitrag zahlen?", "de"),
        ("¿Qué dijo la señora Herun sobre las prácticas?", "es"),
        ("Скільки іноземних студентів навчається в Любліні?", "uk"),
        ("Сколько иностранных студентов учится в Люблине?", "ru"),
        ("Хто такий Херун?", "uk"),
        # Keywords alone: no function word, the Polish dictionary knowing none or most of them.
        ("homeless shelters", "en"),
        ("internships Herun", "en"),
        ("schroniska bezdomni", "pl"),
        ("Skyway Gubałówka", "pl"),
    ],
)
def test_language_of_a_question(question: str, language: str) -> None:
    assert detect_language(question) == language


def test_text_without_words_points_nowhere_and_defaults_to_polish() -> None:
    assert language_evidence("🙂 ?!") is None
    assert detect_language("🙂 ?!") == "pl"

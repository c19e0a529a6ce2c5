"""Which known speakers a text names, whatever case form or alphabet it names them in:
"Herun", "Viktoriyi Herun", "Moniki Kwiatkowskiej", "Strok-Sadło", "пані Герун"."""

from __future__ import annotations

from corpus.morphology import WORD, analyse, nominative_name, nominative_surname
from corpus.store import Store
from index.name_keys import is_cyrillic, name_key
from index.question_frame import TITLES


def known_speakers_of(store: Store) -> list[str]:
    """Everyone the chunks attribute words to, as the store names them."""
    return [row[0] for row in store.db.execute("select distinct speaker from chunks where speaker is not null")]


def surname_matches(word: str, surname: str) -> bool:
    """'Herun' ~ 'Herun', 'Kwiatkowskiej' ~ 'Kwiatkowska', 'Strok-Sadło' ~ 'Strok-Sadło'."""
    a, b = word.lower(), surname.lower()
    if a == b:
        return True
    shared = len(b) - 2 if len(b) > 6 else len(b) - 1
    return len(b) >= 4 and a[:shared] == b[:shared] and abs(len(a) - len(b)) <= 3


def surname_index(known: list[str]) -> dict[str, list[str]]:
    """Speakers by the first four letters of their surname, lowercased, and (under "#") of
    its name key, for surnames written in Cyrillic."""
    index: dict[str, list[str]] = {}
    for name in known:
        surname = name.split()[-1]
        index.setdefault(surname[:4].lower(), []).append(name)
        index.setdefault("#" + name_key(surname)[:4], []).append(name)
    return index


def names_match(word: str, name: str) -> bool:
    """A word of the question is this first name or surname, in any case form or alphabet."""
    if is_cyrillic(word):
        return surname_matches(name_key(word), name_key(name))
    return surname_matches(word, name) or surname_matches(nominative_surname(word), name)


def speakers_named_in(text: str, known: list[str] | dict[str, list[str]]) -> list[str]:
    """Known speakers a text names, in any case form or in Cyrillic: "Herun", "Viktoriyi Herun",
    "Strok-Sadło", "пані Герун"."""
    by_prefix = known if isinstance(known, dict) else surname_index(known)
    words = [m.group() for m in WORD.finditer(text)]
    found = []
    for index, word in enumerate(words):
        if not word[:1].isupper():
            continue
        cyrillic = is_cyrillic(word)
        candidates = by_prefix.get("#" + name_key(word)[:4] if cyrillic else word[:4].lower(), [])
        if not candidates:
            continue
        if index == 0 and any(tag != "ign" and "nazwisko" not in q for _, tag, q in analyse(word)):
            continue  # a capitalised first word is usually just the start of the sentence
        for name in candidates:
            if names_match(word, name.split()[-1]):
                first_name = name.split()[0]
                previous = words[index - 1] if index else ""
                if previous.lower() in TITLES:
                    previous = ""  # "Ms Herun", "Frau Herun", "Pani Herun": a title, not a first name
                # With a first name before the surname, it has to be this person's.
                if (
                    previous[:1].isupper()
                    and not names_match(previous, first_name)
                    and (cyrillic or nominative_name([previous, word]).split()[0] != first_name)
                ):
                    continue
                if name not in found:
                    found.append(name)
    return found

"""The offices people speak in, as protocols and transcripts name them."""

from __future__ import annotations

from corpus.morphology import analyse, cases_of, genders_of

# Role words, keyed by their masculine lemma so "Przewodnicząca" and "Przewodniczący" meet.
ROLE_KEYS = {
    "przewodniczący": "przewodniczący",
    "przewodnicząca": "przewodniczący",
    "wiceprzewodniczący": "wiceprzewodniczący",
    "wiceprzewodnicząca": "wiceprzewodniczący",
    "kierownik": "kierownik",
    "kierowniczka": "kierownik",
    "dyrektor": "dyrektor",
    "dyrektorka": "dyrektor",
    "zastępca": "zastępca",
    "prezydent": "prezydent",
    "wiceprezydent": "wiceprezydent",
    "burmistrz": "burmistrz",
    "radny": "radny",
    "radna": "radny",
    "skarbnik": "skarbnik",
    "sekretarz": "sekretarz",
    "naczelnik": "naczelnik",
    "prezes": "prezes",
    "prezeska": "prezes",
    "członek": "członek",
    "członkini": "członek",
    "inspektor": "inspektor",
    "specjalista": "specjalista",
    "specjalistka": "specjalista",
    "pełnomocnik": "pełnomocnik",
    "rzecznik": "rzecznik",
    "komendant": "komendant",
    "radca": "radca",
    "mecenas": "mecenas",
    "wójt": "wójt",
    "starosta": "starosta",
    "marszałek": "marszałek",
    "poseł": "poseł",
    "posłanka": "poseł",
    "senator": "senator",
    "minister": "minister",
    "przedstawiciel": "przedstawiciel",
    "przedstawicielka": "przedstawiciel",
    "wicedyrektor": "wicedyrektor",
    "koordynator": "koordynator",
    "koordynatorka": "koordynator",
    "konserwator": "konserwator",
    "konserwatorka": "konserwator",
    "architekt": "architekt",
    "plastyk": "plastyk",
    "geodeta": "geodeta",
    "audytor": "audytor",
    "kontroler": "kontroler",
    "kontrolerka": "kontroler",
    "doradca": "doradca",
    "doradczyni": "doradca",
    "ekspert": "ekspert",
    "ekspertka": "ekspert",
    "zastępczyni": "zastępca",
    "z-ca": "zastępca",
    "naczelniczka": "naczelnik",
    "inspektorka": "inspektor",
    "komendantka": "komendant",
    "rzeczniczka": "rzecznik",
    "pełnomocniczka": "pełnomocnik",
    "wicedyrektorka": "wicedyrektor",
    "wiceburmistrz": "wiceburmistrz",
    "konsul": "konsul",
    "ambasador": "ambasador",
    "ambasadorka": "ambasador",
    "wicewójt": "wicewójt",
    "wicestarosta": "wicestarosta",
    "wicemarszałek": "wicemarszałek",
    "wiceprezes": "wiceprezes",
    "wojewoda": "wojewoda",
    "wicewojewoda": "wicewojewoda",
    "sołtys": "sołtys",
    "sołtyska": "sołtys",
    "kurator": "kurator",
    "kuratorka": "kurator",
    "rektor": "rektor",
    "prorektor": "prorektor",
    "dziekan": "dziekan",
    "księgowy": "księgowy",
    "księgowa": "księgowy",
    "referent": "referent",
    "referentka": "referent",
}


# "Przew. Komisji", "Dyr. Wydziału": offices as protocols abbreviate them (a man's and a
# woman's title written out).
ABBREVIATED = {
    "przew": ("przewodniczący", "przewodnicząca"),
    "wiceprzew": ("wiceprzewodniczący", "wiceprzewodnicząca"),
    "dyr": ("dyrektor", "dyrektor"),
    "kier": ("kierownik", "kierownik"),
    "zast": ("zastępca", "zastępca"),
    "nacz": ("naczelnik", "naczelnik"),
    "sekr": ("sekretarz", "sekretarz"),
}

# Abbreviations a role's words may hold, without their stops: "Przew. Kom.", "Kier. Ref. ds.
# Zieleni", "Mieszkaniec ul. Fabrycznej".
ABBREVIATED_IN_A_ROLE = {"ds", "ul", "os", "al", "pl", "wydz", "ref", "kom"} | set(ABBREVIATED)


def written_out(word: str, gender: str | None) -> str | None:
    """ "Przew" → "Przewodniczący" ("Przewodnicząca" for a woman); None if no abbreviation."""
    forms = ABBREVIATED.get(word.lower().rstrip("."))
    if forms is None:
        return None
    full = forms[1] if gender == "f" else forms[0]
    return full[:1].upper() + full[1:] if word[:1].isupper() else full


def office_key(word: str) -> str | None:
    """The office a word names, in any case form ("Przewodniczącej" → "przewodniczący")."""
    lower = word.lower()
    if lower in ROLE_KEYS:
        return ROLE_KEYS[lower]
    if lower.rstrip(".") in ABBREVIATED:  # "Dyr", and "Dyr." as a role's words keep its stop
        return ROLE_KEYS[ABBREVIATED[lower.rstrip(".")][0]]
    return next((ROLE_KEYS[lemma.lower()] for lemma, _, _ in analyse(word) if lemma.lower() in ROLE_KEYS), None)


def role_nominative(words: list[str], gender: str | None) -> str:
    """'Przewodniczącej Komisji' → 'Przewodnicząca Komisji'; 'radnej' → 'radna'."""
    if not words:
        return ""
    head = words[0]
    if full := written_out(head, gender):
        return " ".join([full, *words[1:]])
    readings = [(lemma, tag) for lemma, tag, _ in analyse(head) if tag.startswith("subst")]
    if gender:
        readings = [(lemma, tag) for lemma, tag in readings if gender in genders_of(tag)] or readings
    lemma = readings[0][0] if readings else head
    if lemma.lower() == head.lower():
        lemma = head
    elif head[:1].isupper():
        lemma = lemma[:1].upper() + lemma[1:]
    return " ".join([lemma, *words[1:]])


def of_the_committee(role: str) -> bool:
    """Whether an office is the committee's own ("Przewodnicząca Komisji"), where a meeting of
    a committee may also hear the council's ("Przewodniczący Rady Miasta")."""
    words = role.split()
    return len(words) > 1 and words[1].lower() == "komisji"


def nominative_office(word: str) -> bool:
    """Whether an office word is its noun in the nominative: "Wójtowi" also reads as the
    plural of the adjective "wójtowy", a nominative no office is in ("… absolutorium Wójtowi
    Gminy" is granted to him, not said by him)."""
    tags = [tag for _, tag, _ in analyse(word)]
    nouns = [tag for tag in tags if tag.startswith(("subst", "depr"))] or tags
    # An abbreviation the dictionary does not know ("Przew.") is of any case.
    return any("nom" in cases_of(tag) for tag in nouns) or all(tag == "ign" for tag in nouns)

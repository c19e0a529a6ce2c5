"""The frame of a question, apart from what it is about.

A question about what somebody said ("What did Ms Herun say about internships?"): once the
speaker filter holds the person, their name and the "what did … say about" frame only pull
towards the chunks that name them and report speech ("Pani Kierownik Viktoriya Herun dodała,
że…"), away from the sentences that follow with the content asked about; its topic is
"internships". A question about who asked or raised something ("Kto pytał o …?", "Who raised
the issue of …?") wants the question or remark put in the meeting, not the reply to it.
Markup pasted with a question ("<b>składki</b>") is no part of it, and a message without a
word ("12345", "👍", "?") asks nothing to search for.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from corpus.attribution import reports_a_question
from corpus.morphology import WORD

# Words before a surname that are no first name: "Ms Herun" is Herun, "Anna Herun" is not.
TITLES = frozenset(
    """
    ms mrs mr miss dr prof councillor councilor director mayor minister chair chairwoman chairman
    frau herr señora señor sra sr madame monsieur
    pani pan panią pana panu panem radna radny radnej radnego dyrektor dyrektorka kierownik
    przewodnicząca przewodniczący poseł posłanka senator
    пані пан госпожа господин
    """.split()
)
# "what did … say about", "co mówiła … o", "що казала … про", "что говорил … о", "was sagte …
# über", "qué dijo … sobre", in the languages questions come in.
FRAME_WORDS = frozenset(
    """
    what did does do has have had say said says tell told talk talked speak spoke mention mentioned
    about on regarding the
    co czym mówił mówiła mówili powiedział powiedziała powiedzieli mówi twierdził twierdziła o na
    temat w sprawie
    що казав казала казали говорив говорила сказав сказала розповідала розповідав про щодо
    что говорил говорила сказал сказала рассказывала рассказывал об насчёт
    was sagte sagt hat sagten gesagt über zu zum zur
    qué dijo dice ha dicho sobre de la el
    """.split()
)


# "Who asked about …?", "O co pytała radna …?", "Хто питав …", "Кто спрашивал …", "Wer fragte …",
# "¿Quién preguntó …?": the question put in the meeting is the answer, not its reply.
# Polish as the record reports a question (corpus.attribution); the other languages by their
# verbs of asking only: "question", "питання", "вопрос", "Frage" also mean an issue
# ("комісія з питань освіти", "по вопросам бюджета").
_ASKING_ELSEWHERE = re.compile(
    r"\b(?:ask|asked|asking|asks|(?:за|с)?пита(?:в|ла|ли|ти)|"
    r"спрашива\w*|спроси\w*|fragte|fragten|gefragt|pregunt(?:ó|aron|aba|ado)|preguntar)\b",
    re.I,
)


_MARKUP = re.compile(r"<[^<>]{0,200}>|&(?:[a-zA-Z]{2,8}|#\d{1,7});")
# Three letters of some alphabet in a row: the least a word that can be searched for has.
_SEARCHABLE_WORD = re.compile(r"[^\W\d_]{3}")


def without_markup(question: str) -> str:
    """The question with HTML tags and entities taken out (their words would only be noise)."""
    return " ".join(_MARKUP.sub(" ", question).split())


def asks_anything(question: str) -> bool:
    """Whether the question holds a word to search for, not only digits, signs or emoji."""
    return bool(_SEARCHABLE_WORD.search(question))


# "Kto zwrócił uwagę na …?", "Who raised …?", "Wer hat … angesprochen?": an issue raised in
# the meeting is what is asked for, not the reply to it.
_RAISING = re.compile(
    r"\bzwr(?:óci|aca)\w*\s+uwag|\bzgł(?:osi|asza)\w*|\bporusz(?:ył|yła|yli|yły|ał|ała|ali|ały)\b|\bskarż\w*|\bnarzeka\w*"
    r"|\bwho\s+raised\b|\brais(?:e|ed|es|ing)\s+(?:(?:the|a|an|this|that)\s+)?(?:issue|question|concern|matter|problem|point|topic)"
    r"|\bbr(?:ought|ing|ings)\s+up\b|\bpoint(?:ed|s)?\s+out\b|\bcomplain\w*"
    r"|\bзвернув\w*\s+увагу|\bзвертав\w*\s+увагу|\bскарж\w*|\bобратил\w*\s+внимание|\bжалова\w*|\bподнял\w*\s+вопрос"
    r"|\bangesprochen\b|\bhingewiesen\b|\bbeschwert\w*|\bplante(?:ó|aron|aba)\b|\bse\s+quej\w*",
    re.I,
)


# "Jaki był porządek obrad?", "What was on the agenda?", "Що було в порядку денному?",
# "Какая была повестка дня?", "Was stand auf der Tagesordnung?", "¿Cuál fue el orden del día?"
_AGENDA = re.compile(
    r"\bporząd\w*\s+(?:obrad|posiedzenia|dzienn\w*|zebrania)|\bagend\w*|\bпоряд\w*\s+денн\w*|\bповестк\w*"
    r"|\btagesordnung\w*|\borden\s+del\s+día\b",
    re.I,
)


# "Co omawiano …?", "What was discussed at …?", "Was wurde … besprochen?", "¿De qué se habló …?",
# "Що обговорювали …?", "О чём говорили …?": what a meeting was about, the agenda answers.
_WHAT_WAS_DISCUSSED = re.compile(
    r"\bco\s+(?:omawiano|było\s+omawiane|omówiono)|\bczym\s+(?:się\s+)?zajmował\w*|\bo\s+czym\s+(?:rozmawiano|dyskutowano|mówiono)"
    r"|\bjakie\s+(?:tematy|sprawy)\s+(?:omawiano|poruszono)"
    r"|\bwhat\s+(?:was|were|got)\s+discussed|\bwhat\s+did\s+(?:the\s+)?\w+\s+discuss\b|\bwhat\s+topics\b"
    r"|\bwas\s+wurde\b.*\b(?:besprochen|diskutiert|beraten)|\bworüber\s+(?:wurde|hat|haben)|\bwelche\s+themen\b"
    r"|\bqué\s+se\s+(?:discutió|trató|habló)|\bde\s+qué\s+se\s+habló|\bqué\s+temas\b"
    r"|\bщо\s+обговорювал\w*|\bпро\s+що\s+говорили|\bякі\s+питання\s+розглядал\w*"
    r"|\bчто\s+обсуждал\w*|\bо\s+ч[её]м\s+говорили|\bкакие\s+вопросы\s+рассматривал\w*",
    re.I,
)


def asks_about_agenda(question: str) -> bool:
    """Whether the question asks what a meeting's agenda was, or what it discussed."""
    return bool(_AGENDA.search(question) or _WHAT_WAS_DISCUSSED.search(question))


def asks_about_asking(question: str) -> bool:
    """Whether the question asks who asked or raised something in the meeting."""
    return reports_a_question(question) or bool(_ASKING_ELSEWHERE.search(question) or _RAISING.search(question))


def without_person(question: str, names_person: Callable[[str], bool]) -> str:
    """The question without the person's name and titles."""
    return " ".join(w for w in _words(question) if w.lower() not in TITLES and not names_person(w))


def topic_of(question: str, names_person: Callable[[str], bool]) -> str:
    """The question without the person's name, titles and the frame; "" when nothing is left."""
    return " ".join(w for w in without_person(question, names_person).split() if w.lower() not in FRAME_WORDS)


def _words(text: str) -> list[str]:
    return [m.group() for m in WORD.finditer(text)]

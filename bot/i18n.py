"""Interface texts in the user's language; quotes from the record stay in Polish."""

from __future__ import annotations

from index.language import language_evidence

LANGUAGES = ("pl", "en", "uk", "ru")
DEFAULT = "en"

TEXTS: dict[str, dict[str, str]] = {
    "start": {
        "pl": "Dzień dobry! Odpowiadam na pytania o pracę komisji rady, cytując protokoły dosłownie: kto, kiedy i na którym posiedzeniu. Zadaj pytanie, np. „Jakie podmioty należą do klastra Lubelska Medycyna?”.",
        "en": "Hello! I answer questions about the council committees' work by quoting the official record word for word: who said it, when, at which meeting. Ask me, e.g. “Does the city offer Polish courses for foreign students?”",
        "uk": "Вітаю! Я відповідаю на запитання про роботу комісій міської ради, дослівно цитуючи протоколи: хто, коли і на якому засіданні. Запитайте, наприклад: «Чи організовує місто курси польської мови?»",
        "ru": "Здравствуйте! Я отвечаю на вопросы о работе комиссий городского совета, дословно цитируя протоколы: кто, когда и на каком заседании. Спросите, например: «Организует ли город курсы польского языка?»",
    },
    "help": {
        "pl": "Napisz pytanie zwykłymi słowami. W grupie oznacz mnie, odpowiedz na moją wiadomość albo użyj /ask.\n/meetings – lista posiedzeń\n/meeting NUMER – porządek, przewodniczący, nieobecni\n/who NAZWISKO – kto to i co mówił\n/more – kolejne odpowiedzi",
        "en": "Just write your question. In a group, mention me, reply to my message or use /ask.\n/meetings – list of meetings\n/meeting NUMBER – agenda, chair, who was absent\n/who NAME – roles and recent statements\n/more – further answers",
        "uk": "Просто напишіть запитання. У групі згадайте мене, відповідайте на моє повідомлення або використайте /ask.\n/meetings – список засідань\n/meeting НОМЕР – порядок денний, голова, відсутні\n/who ПРІЗВИЩЕ – ролі та останні висловлювання\n/more – інші відповіді",
        "ru": "Просто напишите вопрос. В группе упомяните меня, ответьте на моё сообщение или используйте /ask.\n/meetings – список заседаний\n/meeting НОМЕР – повестка, председатель, отсутствующие\n/who ФАМИЛИЯ – роли и последние высказывания\n/more – другие ответы",
    },
    "nothing": {
        "pl": "W protokołach nie ma nic na ten temat. Spróbuj innymi słowami albo zobacz listę posiedzeń: /meetings",
        "en": "Nothing in the record about that. Try other words, or see the list of meetings: /meetings",
        "uk": "У протоколах про це нічого немає. Спробуйте інші слова або перегляньте список засідань: /meetings",
        "ru": "В протоколах об этом ничего нет. Попробуйте другие слова или посмотрите список заседаний: /meetings",
    },
    "speaker_uncertain": {
        "pl": "mówca niepewny",
        "en": "speaker uncertain",
        "uk": "промовець невідомий",
        "ru": "говорящий не установлен",
    },
    "name_not_recorded": {
        "pl": "nazwisko niepodane w zapisie",
        "en": "name not in the record",
        "uk": "ім'я в записі не вказано",
        "ru": "имя в записи не указано",
    },
    "narration": {
        "pl": "tekst zapisu posiedzenia, bez mówcy",
        "en": "the record's own words, no speaker",
        "uk": "текст запису засідання, без промовця",
        "ru": "текст записи заседания, без выступающего",
    },
    "probably": {"pl": "prawdopodobnie", "en": "probably", "uk": "ймовірно", "ru": "вероятно"},
    "agenda_item": {"pl": "pkt", "en": "item", "uk": "п.", "ru": "п."},
    "page": {"pl": "s.", "en": "p.", "uk": "с.", "ru": "с."},
    "meeting": {"pl": "posiedzenie", "en": "meeting", "uk": "засідання", "ru": "заседание"},
    "passage": {"pl": "Cały fragment", "en": "Full passage", "uk": "Повний фрагмент", "ru": "Полный фрагмент"},
    "more_button": {
        "pl": "Więcej odpowiedzi ▸",
        "en": "More answers ▸",
        "uk": "Більше відповідей ▸",
        "ru": "Ещё ответы ▸",
    },
    "no_more": {
        "pl": "To już wszystkie odpowiedzi na to pytanie.",
        "en": "Those were all the answers to that question.",
        "uk": "Це всі відповіді на це запитання.",
        "ru": "Это все ответы на этот вопрос.",
    },
    "no_previous": {
        "pl": "Najpierw zadaj pytanie.",
        "en": "Ask a question first.",
        "uk": "Спочатку поставте запитання.",
        "ru": "Сначала задайте вопрос.",
    },
    "too_long": {
        "pl": "To pytanie jest za długie ({length} znaków). Skróć je do {limit} znaków.",
        "en": "That question is too long ({length} characters). Please keep it under {limit}.",
        "uk": "Запитання задовге ({length} символів). Скоротіть його до {limit}.",
        "ru": "Вопрос слишком длинный ({length} символов). Сократите его до {limit}.",
    },
    "empty": {
        "pl": "Napisz pytanie po komendzie, np. /ask Kto prowadził posiedzenie?",
        "en": "Write the question after the command, e.g. /ask Who chaired the meeting?",
        "uk": "Напишіть запитання після команди, напр. /ask Хто головував на засіданні?",
        "ru": "Напишите вопрос после команды, напр. /ask Кто вёл заседание?",
    },
    "text_only": {
        "pl": "Czytam tylko pytania tekstowe. Napisz, czego szukasz.",
        "en": "I can only read text questions. Tell me what you are looking for.",
        "uk": "Я розумію лише текстові запитання. Напишіть, що шукаєте.",
        "ru": "Я понимаю только текстовые вопросы. Напишите, что ищете.",
    },
    "rate_limited": {
        "pl": "Chwileczkę — dużo pytań naraz. Spróbuj ponownie za {seconds} s.",
        "en": "One moment — that's a lot of questions at once. Try again in {seconds} s.",
        "uk": "Хвилинку — забагато запитань одразу. Спробуйте за {seconds} с.",
        "ru": "Минутку — слишком много вопросов сразу. Попробуйте через {seconds} с.",
    },
    "error": {
        "pl": "Przepraszam, coś poszło nie tak. Spróbuj jeszcze raz za chwilę.",
        "en": "Sorry, something went wrong. Please try again in a moment.",
        "uk": "Вибачте, щось пішло не так. Спробуйте ще раз трохи згодом.",
        "ru": "Извините, что-то пошло не так. Попробуйте ещё раз чуть позже.",
    },
    "upload_refused": {
        "pl": "Dziękuję, ale dodawać protokoły mogą tylko administratorzy.",
        "en": "Thank you, but only administrators can add records.",
        "uk": "Дякую, але додавати протоколи можуть лише адміністратори.",
        "ru": "Спасибо, но добавлять протоколы могут только администраторы.",
    },
    "upload_too_big": {
        "pl": "Plik jest za duży ({size} MB, limit {limit} MB). Nic nie zmieniłem.",
        "en": "The file is too large ({size} MB, limit {limit} MB). Nothing was changed.",
        "uk": "Файл завеликий ({size} МБ, ліміт {limit} МБ). Нічого не змінено.",
        "ru": "Файл слишком большой ({size} МБ, лимит {limit} МБ). Ничего не изменено.",
    },
    "upload_type": {
        "pl": "Przyjmuję pliki PDF, DOCX, TXT i MD. Nic nie zmieniłem.",
        "en": "I accept PDF, DOCX, TXT and MD files. Nothing was changed.",
        "uk": "Я приймаю файли PDF, DOCX, TXT і MD. Нічого не змінено.",
        "ru": "Я принимаю файлы PDF, DOCX, TXT и MD. Ничего не изменено.",
    },
    "upload_failed": {
        "pl": "Nie mogę odczytać pliku {name}: {reason}. Nic nie zmieniłem.",
        "en": "I cannot read {name}: {reason}. Nothing was changed.",
        "uk": "Не можу прочитати {name}: {reason}. Нічого не змінено.",
        "ru": "Не могу прочитать {name}: {reason}. Ничего не изменено.",
    },
    "upload_done": {
        "pl": "Dodano {name}: posiedzenie nr {number} z {date}, {passages} fragmentów.",
        "en": "Added {name}: meeting {number} of {date}, {passages} passages.",
        "uk": "Додано {name}: засідання № {number} від {date}, фрагментів: {passages}.",
        "ru": "Добавлено {name}: заседание № {number} от {date}, фрагментов: {passages}.",
    },
    "upload_unchanged": {
        "pl": "Plik {name} jest już w bazie bez zmian.",
        "en": "{name} is already in the record, unchanged.",
        "uk": "Файл {name} уже є в базі без змін.",
        "ru": "Файл {name} уже есть в базе без изменений.",
    },
    "console_commands": {
        "pl": "Napisz pytanie zwykłymi słowami.\n/meetings – lista posiedzeń\n/meeting NUMER – porządek, przewodniczący, nieobecni\n/quit albo Ctrl-D – koniec",
        "en": "Just write your question.\n/meetings – list of meetings\n/meeting NUMBER – agenda, chair, who was absent\n/quit or Ctrl-D – quit",
        "uk": "Просто напишіть запитання.\n/meetings – список засідань\n/meeting НОМЕР – порядок денний, голова, відсутні\n/quit або Ctrl-D – вихід",
        "ru": "Просто напишите вопрос.\n/meetings – список заседаний\n/meeting НОМЕР – повестка, председатель, отсутствующие\n/quit или Ctrl-D – выход",
    },
    "meetings_header": {
        "pl": "Posiedzenia w bazie:",
        "en": "Meetings in the record:",
        "uk": "Засідання в базі:",
        "ru": "Заседания в базе:",
    },
    "meetings_empty": {
        "pl": "Baza jest pusta.",
        "en": "The record is empty.",
        "uk": "База порожня.",
        "ru": "База пуста.",
    },
    "meeting_usage": {
        "pl": "Podaj numer posiedzenia, np. /meeting 4/VIII/2019",
        "en": "Give a meeting number, e.g. /meeting 4/VIII/2019",
        "uk": "Вкажіть номер засідання, напр. /meeting 4/VIII/2019",
        "ru": "Укажите номер заседания, напр. /meeting 4/VIII/2019",
    },
    "meeting_unknown": {
        "pl": "Nie znam posiedzenia nr {number}. Lista: /meetings",
        "en": "I don't know meeting {number}. See /meetings",
        "uk": "Не знаю засідання № {number}. Список: /meetings",
        "ru": "Не знаю заседания № {number}. Список: /meetings",
    },
    "chair": {"pl": "Przewodniczący", "en": "Chair", "uk": "Голова", "ru": "Председатель"},
    "absent": {"pl": "Nieobecni", "en": "Absent", "uk": "Відсутні", "ru": "Отсутствовали"},
    "agenda": {"pl": "Porządek obrad", "en": "Agenda", "uk": "Порядок денний", "ru": "Повестка дня"},
    "minute_taker": {"pl": "Protokołował(a)", "en": "Minutes by", "uk": "Протокол вів(ла)", "ru": "Протокол вёл(а)"},
    "nobody": {"pl": "nikt", "en": "nobody", "uk": "ніхто", "ru": "никто"},
    "who_usage": {
        "pl": "Podaj nazwisko, np. /who Herun",
        "en": "Give a name, e.g. /who Herun",
        "uk": "Вкажіть прізвище, напр. /who Herun",
        "ru": "Укажите фамилию, напр. /who Herun",
    },
    "who_unknown": {
        "pl": "Nie znam osoby „{name}” w protokołach.",
        "en": "I don't know anyone called “{name}” in the record.",
        "uk": "Не знаю особи «{name}» у протоколах.",
        "ru": "Не знаю человека «{name}» в протоколах.",
    },
    "statements": {"pl": "wypowiedzi", "en": "statements", "uk": "висловлювань", "ru": "высказываний"},
    "recent": {
        "pl": "Ostatnio mówił(a):",
        "en": "Recently said:",
        "uk": "Нещодавно казав(ла):",
        "ru": "Недавно говорил(а):",
    },
}

COMMANDS: dict[str, list[tuple[str, str]]] = {
    "pl": [
        ("start", "O bocie"),
        ("help", "Jak pytać"),
        ("ask", "Zadaj pytanie (w grupie)"),
        ("meetings", "Lista posiedzeń"),
        ("meeting", "Szczegóły posiedzenia: /meeting NUMER"),
        ("who", "Kto to i co mówił: /who NAZWISKO"),
        ("more", "Kolejne odpowiedzi"),
    ],
    "en": [
        ("start", "About the bot"),
        ("help", "How to ask"),
        ("ask", "Ask a question (in groups)"),
        ("meetings", "List of meetings"),
        ("meeting", "Meeting details: /meeting NUMBER"),
        ("who", "Who is it and what did they say: /who NAME"),
        ("more", "Further answers"),
    ],
    "uk": [
        ("start", "Про бота"),
        ("help", "Як питати"),
        ("ask", "Поставити запитання (у групі)"),
        ("meetings", "Список засідань"),
        ("meeting", "Деталі засідання: /meeting НОМЕР"),
        ("who", "Хто це і що казав: /who ПРІЗВИЩЕ"),
        ("more", "Інші відповіді"),
    ],
    "ru": [
        ("start", "О боте"),
        ("help", "Как спрашивать"),
        ("ask", "Задать вопрос (в группе)"),
        ("meetings", "Список заседаний"),
        ("meeting", "Детали заседания: /meeting НОМЕР"),
        ("who", "Кто это и что говорил: /who ФАМИЛИЯ"),
        ("more", "Другие ответы"),
    ],
}


def pick_language(text: str | None, language_code: str | None) -> str:
    """The question's own language when it says enough; else the user's Telegram language."""
    code = (language_code or "").split("-")[0].lower()
    user_language = code if code in LANGUAGES else DEFAULT
    detected = language_evidence(text) if text and sum(ch.isalpha() for ch in text) >= 8 else None
    if detected is None:
        return user_language
    return detected if detected in LANGUAGES else DEFAULT


def t(key: str, language: str, **values: object) -> str:
    texts = TEXTS[key]
    return texts.get(language, texts[DEFAULT]).format(**values)

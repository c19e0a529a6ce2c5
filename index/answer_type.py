"""What kind of answer a question asks for, where its words say: a sum of money ("Ile będzie
kosztować hala?", "How much does the stay cost?") or a time ("Kiedy skończy się remont?",
"When will …?"), and whether a chunk of the Polish record holds one.

The passage that introduces a matter ("Naczelnik … przedstawił informację o budowie hali")
sits as close to a question about it as the one that answers it ("koszt inwestycji wyniesie
38 mln zł"); a question asking for a sum or a time tells them apart.
"""

from __future__ import annotations

import re

# The words of asking for a price or a sum, in the languages questions come in. Not a bare
# "how much" or "wie viel": "Wie viele Kindergartenplätze fehlten?" asks for a count.
_ASKS_FOR_MONEY = re.compile(
    r"\bile\s+(?:\w+\s+)?kosztow\w*|\bile\s+kosztuje|\bile\s+pieniędzy|\bjaki\s+(?:jest\s+)?koszt\w*|\bjaka\s+kwota"
    r"|\bhow\s+much\b.*\b(?:cost\w*|money|pay\w*|price\w*|spen[dt]\w*|fund\w*|budget\w*)\b|\bwhat\s+(?:does|will|did)\b.*\bcost\b"
    r"|\bскільки\s+(?:\w+\s+)?кошту\w*|\bскільки\s+(?:\w+\s+)?грошей|\bсколько\s+(?:\w+\s+)?сто(?:ит|ить|ил\w*)\b"
    r"|\bсколько\s+(?:\w+\s+)?денег|\bwie\s+viel\s+(?:kostet|kosten|kostete|geld)\b|\bwie\s+teuer"
    r"|\bcu[aá]nto\s+(?:cuesta|cuestan|costar\w*|cost[oó]|dinero)",
    re.I,
)
_ASKS_FOR_TIME = re.compile(r"\b(?:kiedy|when|коли|когда|wann|cu[aá]ndo)\b", re.I)
# As the record writes a sum: "38 mln zł", "1 200 złotych", "300 tys. zł", or that it costs
# nothing ("bezpłatnie").
_SUM = re.compile(
    r"\d[\d\s.,]*\s*(?:zł|złotych|złote|mln|mld|tys\.|tysięcy|milion\w*|miliard\w*)"
    r"|\b(?:bezpłatn\w*|nieodpłatn\w*|za\s+darmo)",
    re.I,
)
# As the record writes a time: a month, a year, a quarter or half-year, a season, "do końca".
# The months as inflected, not as stems ("maj…" is "mają", "lip…" "Lipowa", "czerw…" "czerwony").
_TIME = re.compile(
    r"\b(?:styczeń|stycznia|styczniu|luty|lutego|lutym|marzec|marca|marcu|kwiecień|kwietnia|kwietniu|maj|maja|maju"
    r"|czerwiec|czerwca|czerwcu|lipiec|lipca|lipcu|sierpień|sierpnia|sierpniu|wrzesień|września|wrześniu"
    r"|październik|października|październiku|listopad|listopada|listopadzie|grudzień|grudnia|grudniu"
    r"|(?:19|20)\d\d|kwarta[łl]\w*|półrocz\w*|jesienią|jesieni|wiosną|wiosny|wiośnie|latem|zimą|zimy|zimie"
    r"|przyszłym\s+roku|do\s+końca)\b",
    re.I,
)


def expected_answer(question: str) -> list[re.Pattern[str]]:
    """What an answer to ``question`` must hold, as patterns of the record's text; none for a
    question that does not ask for a sum or a time."""
    return [answer for asks, answer in ((_ASKS_FOR_MONEY, _SUM), (_ASKS_FOR_TIME, _TIME)) if asks.search(question)]


def holds(text: str, expected: list[re.Pattern[str]]) -> bool:
    return bool(expected) and all(pattern.search(text) for pattern in expected)

"""The real `komisja` command in a subprocess: the JSON contracts, exit codes, and the import
order of faiss and morfeusz2 as the installed CLI really loads them."""

from __future__ import annotations

import ast
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from conftest import ROOT, SAMPLE
from test_store_and_ingest import _consistent

PROTOCOLS = ROOT / "tests" / "data" / "protocols"
# The console script that `pip install` made, as a user runs it.
_SCRIPT = Path(sys.executable).parent / "komisja"
KOMISJA = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "komisja"]


def run(
    *args: str, stdin: str | None = None, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    environment = {**os.environ, **env} if env else None
    return subprocess.run(
        [*KOMISJA, *args], input=stdin, capture_output=True, text=True, timeout=300, cwd=cwd or ROOT, env=environment
    )


def test_ingest_then_meetings_and_passages_json(tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    ingested = run("ingest", "--db", db, str(SAMPLE), str(PROTOCOLS))
    assert ingested.returncode == 0, ingested.stderr
    assert "4 file(s): 4 added" in ingested.stdout

    meetings = json.loads(run("meetings", "--json", "--db", db).stdout)
    assert [set(m) for m in meetings] == [
        {"number", "date", "committee", "body", "chair", "absent", "agenda", "minute_taker", "source"}
    ] * 4
    lublin = next(m for m in meetings if m["number"] == "4/VIII/2019")
    assert lublin["chair"] == "Monika Kwiatkowska" and lublin["absent"] == ["Jadwiga Mach"]

    passages = json.loads(run("passages", "--json", "--db", db, "--meeting", "4/VIII/2019").stdout)
    assert passages and {p["meeting"] for p in passages} == {"4/VIII/2019"}
    assert set(passages[0]) == {"id", "meeting", "date", "committee", "agenda_item", "page", "text", "spans"}
    for passage in passages:
        assert passage["spans"][0]["start"] == 0 and passage["spans"][-1]["end"] == len(passage["text"])
        assert set(passage["spans"][0]) >= {"start", "end", "speaker", "role"}

    again = run("ingest", "--db", db, str(SAMPLE))
    assert "1 unchanged" in again.stdout and "0 passage(s) written" in again.stdout


def test_ingest_reports_bad_files_and_exits_1(tmp_path: Path) -> None:
    bad = tmp_path / "zepsuty.pdf"
    bad.write_bytes(b"%PDF-1.4 truncated")
    result = run("ingest", "--db", str(tmp_path / "k.db"), str(bad), str(SAMPLE))
    assert result.returncode == 1
    assert "zepsuty.pdf" in result.stderr and "PDF" in result.stderr
    assert "1 added" in result.stdout and "1 failed" in result.stdout
    assert "Traceback" not in result.stderr


def test_chat_builds_the_sample_on_first_use_and_answers_from_it(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'[store]\ndb = "k.db"\n[sample]\npath = "{SAMPLE.parent}"\n', encoding="utf-8")
    questions = "\n".join(
        [
            "Jakie podmioty należą do klastra Lubelska Medycyna?",
            "x" * 10_000,
            "<b>składki</b> w klastrach?",
            '" NEAR( AND * : OR -- ;',
            "",
            "🙂🙂🙂",
        ]
    )
    result = run("chat", "--config", str(config), stdin=questions)
    assert result.returncode == 0, result.stderr
    answers = result.stdout.strip().split("\n\n")
    assert "nr 4/VIII/2019" in answers[0] and "2019-11-18" in answers[0]
    assert "too long" in answers[1]
    assert "nr 4/VIII/2019" in answers[2] and "skład" in answers[2]
    assert all("Traceback" not in a for a in answers)
    assert len(answers) == 5  # the empty line gets no reply
    assert (tmp_path / "k.db").exists()


def test_chat_commands_list_and_describe_meetings_and_quit(tmp_path: Path) -> None:
    """The no-answer reply points to /meetings, which the console searched for as a question
    (and quoted somebody at random); "/quit" was a question too."""
    config = tmp_path / "config.toml"
    config.write_text(f'[store]\ndb = "k.db"\n[sample]\npath = "{SAMPLE.parent}"\n', encoding="utf-8")
    lines = ["/meetings", "/meeting 4/VIII/2019", "/meeting 99", "/pomoc", "/quit", "Kto prowadził obrady?"]
    result = run("chat", "--config", str(config), stdin="\n".join(lines), env={"LANG": "en_GB.UTF-8"})
    assert result.returncode == 0, result.stderr
    answers = result.stdout.strip().split("\n\n")
    assert answers[0].startswith("Meetings in the record:") and "4/VIII/2019 · 2019-11-18" in answers[0]
    assert "Chair: Monika Kwiatkowska" in answers[1] and "1. Międzynarodowa współpraca" in answers[1]
    assert answers[2] == "I don't know meeting 99. See /meetings"
    assert "/meetings" in answers[3] and "/quit" in answers[3]
    assert len(answers) == 4  # nothing after /quit is answered


ANSWER_FIELDS = {
    "meeting", "date", "committee", "agenda_item", "page", "speaker", "role",
    "speaker_confidence", "narration", "quote", "passage", "score", "source",
}  # fmt: skip


def test_ask_and_eval_contracts(tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    assert run("ingest", "--db", db, str(SAMPLE), str(PROTOCOLS)).returncode == 0

    asked = run("ask", "Ile kilometrów dróg wyremontowano?", "--json", "--top", "2", "--db", db)
    assert asked.returncode == 0, asked.stderr
    answer = json.loads(asked.stdout)
    assert set(answer) == {"question", "language", "no_answer", "answers"} and answer["language"] == "pl"
    assert len(answer["answers"]) == 2 and set(answer["answers"][0]) == ANSWER_FIELDS
    top = answer["answers"][0]
    assert top["meeting"] == "XV/123/2020" and top["speaker"] == "Krzysztof Dąbrowski"
    assert "dwanaście kilometrów" in top["quote"] and top["quote"].strip("… ") in top["passage"]

    filtered = json.loads(
        run(
            "ask", "Jakie wydatki omawiano?", "--json", "--since", "2021-01-01", "--until", "2021-12-31", "--db", db
        ).stdout
    )
    assert filtered["answers"] and {a["date"] for a in filtered["answers"]} == {"2021-03-12"}
    readable = run("ask", "Ile kilometrów dróg wyremontowano?", "--db", db).stdout
    assert "XV/123/2020" in readable and "Krzysztof Dąbrowski" in readable and "dwanaście kilometrów" in readable
    nothing = json.loads(run("ask", "Who won the football world cup?", "--json", "--db", db).stdout)
    assert nothing["no_answer"] is True and nothing["answers"] == []

    questions = tmp_path / "questions.jsonl"
    lines = [
        {"lang": "pl", "question": "Ile kilometrów dróg wyremontowano?", "gold_any": ["dwanaście kilometrów"],
         "speaker": "Krzysztof Dąbrowski"},
        {"lang": "en", "question": "How many kilometres of roads were repaired?", "gold_any": ["dwanaście kilometrów"],
         "speaker": "krzysztof  dąbrowski"},
        {"lang": "pl", "question": "Ile kilometrów dróg wyremontowano?", "gold_any": ["tego zdania nie ma"],
         "speaker": "Maria Kowalczyk"},
        {"lang": "en", "question": "Who won the football world cup?", "negative": True},
    ]  # fmt: skip
    questions.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n", encoding="utf-8")
    evaluated = run("eval", str(questions), "--json", "--db", db)
    assert evaluated.returncode == 0, evaluated.stderr
    report = json.loads(evaluated.stdout)
    overall = report["overall"]
    assert overall["questions"] == 4 and overall["rejected"] == 1.0
    assert round(overall["recall@1"], 3) == 0.667 and round(overall["speaker"], 3) == 0.667
    assert report["languages"]["en"]["recall@1"] == 1.0 and report["languages"]["pl"]["recall@3"] == 0.5
    assert [d.get("rank") for d in report["details"]] == [1, 1, None, None]
    # Each line tells whose words came first, so a wrong speaker can be traced to its question.
    assert [d.get("speaker_right") for d in report["details"]] == [True, True, False, None]
    assert report["details"][2]["speaker"] == "Krzysztof Dąbrowski"
    assert "R@1" in run("eval", str(questions), "--db", db).stdout

    broken = tmp_path / "broken.jsonl"
    broken.write_text("{not json\n", encoding="utf-8")
    failed = run("eval", str(broken), "--db", db)
    assert failed.returncode != 0 and "broken.jsonl:1" in failed.stderr and "Traceback" not in failed.stderr


def test_missing_config_is_a_clean_error(tmp_path: Path) -> None:
    result = run("meetings", "--config", str(tmp_path / "nope.toml"))
    assert result.returncode != 0
    assert "nope.toml" in result.stderr and "Traceback" not in result.stderr


def test_asking_an_empty_store_is_a_clean_error(tmp_path: Path) -> None:
    """A mistyped --db opens a new, empty store: that is said, not "nothing in the record"."""
    for args in (["ask", "Co mówiła Herun?"], ["eval", str(ROOT / "bench" / "everyday-questions.jsonl")]):
        result = run(*args, "--db", str(tmp_path / "typo.db"))
        assert result.returncode == 1
        assert "is empty" in result.stderr and "komisja ingest" in result.stderr and "Traceback" not in result.stderr


def test_only_corpus_native_imports_faiss_or_morfeusz2() -> None:
    """Importing morfeusz2 before faiss segfaults Morfeusz().analyse(); one module owns the order."""
    offenders = []
    for path in ROOT.rglob("*.py"):
        if any(part in {".venv", "build", "tests"} for part in path.relative_to(ROOT).parts):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] in {"faiss", "morfeusz2"} for n in names) and path != ROOT / "corpus" / "native.py":
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_killed_ingest_leaves_a_consistent_store(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    template = (PROTOCOLS / "krakow-komisja-budzetowa-12-2021.txt").read_text(encoding="utf-8")
    long_tail = "\n\n".join(f"Radny Marek Wójcik zapytał o inwestycję numer {i} w dzielnicy." for i in range(300))
    for i in range(60):
        (folder / f"p{i:03d}.txt").write_text(template.replace("12/2021", f"{i}/2021") + "\n\n" + long_tail, "utf-8")
    db = tmp_path / "k.db"
    process = subprocess.Popen(
        [*KOMISJA, "ingest", "--db", str(db), str(folder)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 120
    stored = 0
    while time.time() < deadline and process.poll() is None:
        time.sleep(0.05)
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=1) as check:
                    stored = check.execute("select count(*) from meetings").fetchone()[0]
            except sqlite3.Error:
                continue
            if stored >= 3:
                break
    assert process.poll() is None, "ingest finished before it could be killed; make the input larger"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    _consistent(db)
    with sqlite3.connect(db) as check:
        per_meeting = check.execute("select count(*) from passages group by meeting_id").fetchall()
    assert stored <= len(per_meeting) < 60
    assert len({n for (n,) in per_meeting}) == 1  # every stored meeting is whole

    resumed = run("ingest", "--db", str(db), str(folder))
    assert resumed.returncode == 0 and f"{len(per_meeting)} unchanged" in resumed.stdout
    shutil.rmtree(folder)

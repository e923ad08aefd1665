"""`parley ingest` over odd inputs: every good input lands, every bad one is one error line, nothing
is read that is no article, and the closing summary tells the truth."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from graph.articles import read_inputs
from graph.errors import ParleyError
from tests.conftest import ROOT
from tests.test_cli import parley

GOOD = "Talks in {place}\nAlice Smith met Bob Jones in {place} on Monday to discuss the ceasefire.\n"


def good(place: str = "Geneva") -> str:
    return GOOD.format(place=place)


def errors(run: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in run.stderr.splitlines() if line.startswith("error: ")]


@pytest.fixture()
def mixed(tmp_path: Path) -> Path:
    """A folder of good and bad files, the bad ones sorted between the good ones."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "a-empty.txt").write_text("", encoding="utf-8")
    (d / "b-good.txt").write_text(good("Geneva"), encoding="utf-8")
    (d / "c-latin1.txt").write_bytes("Café talks\nAlice Smith met Bob Jones.\n".encode("latin-1"))
    (d / "d-good.txt").write_text(good("Vienna"), encoding="utf-8")
    (d / "e-french.txt").write_text("Les négociations\n" + "le la les des une un du et est dans pour sur " * 5,
                                    encoding="utf-8")
    (d / "f-good.txt").write_text(good("Oslo"), encoding="utf-8")
    return d


def test_a_bad_file_does_not_stop_the_folder(mixed: Path, tmp_path: Path) -> None:
    db = tmp_path / "db"
    run = parley("ingest", str(mixed), "--db", str(db), "-j", "1")
    assert run.returncode == 1
    assert "3 articles" in run.stdout and "3 failed" in run.stdout
    errs = errors(run)
    assert len(errs) == 3 and all(e.startswith("error: [E") for e in errs), run.stderr
    for name, code in (("a-empty.txt", "E005"), ("c-latin1.txt", "E002"), ("e-french.txt", "E009")):
        assert any(name in e and f"[{code}]" in e for e in errs), (name, errs)
    stats = json.loads(parley("stats", "--db", str(db), "-f", "json").stdout)
    assert stats["articles"] == 3


def test_a_bad_file_does_not_stop_an_explicit_list(mixed: Path, tmp_path: Path) -> None:
    db = tmp_path / "db"
    files = [str(mixed / n) for n in ("b-good.txt", "a-empty.txt", "d-good.txt", "c-latin1.txt", "f-good.txt")]
    run = parley("ingest", *files, "--db", str(db), "-j", "1")
    assert run.returncode == 1 and "3 articles" in run.stdout and "2 failed" in run.stdout, run.stdout + run.stderr
    assert json.loads(parley("stats", "--db", str(db), "-f", "json").stdout)["articles"] == 3


def test_a_missing_path_is_one_error_and_the_rest_is_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(good(), encoding="utf-8")
    run = parley("ingest", str(tmp_path / "nope.txt"), str(tmp_path / "a.txt"), "--db", str(tmp_path / "db"), "-j", "1")
    assert run.returncode == 1 and "1 articles" in run.stdout
    assert errors(run) == [f"error: [E001] no such file or folder: {tmp_path / 'nope.txt'}"]


def test_a_bad_jsonl_line_does_not_stop_the_file(tmp_path: Path) -> None:
    f = tmp_path / "c.jsonl"
    f.write_text("\n".join([json.dumps({"text": good("Geneva"), "id": "one"}), json.dumps({"text": ""}),
                            "{not json", json.dumps({"text": good("Oslo"), "id": "four"})]) + "\n", encoding="utf-8")
    items = list(read_inputs([f]))
    assert [i.id for i in items if not isinstance(i, ParleyError)] == ["one", "four"]
    errs = [str(i) for i in items if isinstance(i, ParleyError)]
    assert len(errs) == 2 and "c.jsonl:2" in errs[0] and errs[1].startswith("[E008]") and "c.jsonl:3" in errs[1]


def test_folder_ingest_reads_only_txt_text_and_jsonl(tmp_path: Path) -> None:
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text(good(), encoding="utf-8")
    (d / "a.json").write_text('{"published": "2025-01-02"}', encoding="utf-8")
    (d / "README.md").write_text("# Articles\nThese are the articles Alice Smith sent.\n", encoding="utf-8")
    (d / "notes.csv").write_text("a,b\n", encoding="utf-8")
    (d / "sub" / "b.txt").write_text(good("Oslo"), encoding="utf-8")
    items = list(read_inputs([d], skipped=(skipped := [])))
    assert [i.id for i in items] == ["a"]
    assert sorted(p.name for p, _why in skipped) == ["README.md", "notes.csv", "sub"]
    run = parley("ingest", str(d), "--db", str(tmp_path / "db"), "-j", "1")
    assert run.returncode == 0 and "1 articles" in run.stdout and "3 skipped" in run.stdout
    assert f"skipped: {d / 'README.md'}" in run.stderr and "a.json" not in run.stderr


def test_a_named_md_file_is_still_read(tmp_path: Path) -> None:
    (tmp_path / "story.md").write_text(good(), encoding="utf-8")
    assert [i.id for i in read_inputs([tmp_path / "story.md"])] == ["story"]


@pytest.mark.parametrize("names", [("fa/report.txt", "fb/report.txt"), ("my article (1).txt", "my-article-1.txt")])
def test_two_files_with_one_id_fail_the_second_naming_both(tmp_path: Path, names: tuple[str, str]) -> None:
    paths = [tmp_path / n for n in names]
    for p, place in zip(paths, ("Geneva", "Oslo"), strict=True):
        p.parent.mkdir(exist_ok=True)
        p.write_text(good(place), encoding="utf-8")
    run = parley("ingest", *map(str, paths), "--db", str(tmp_path / "db"), "-j", "1")
    assert run.returncode == 1 and "1 articles" in run.stdout and "0 replaced" in run.stdout
    [err] = errors(run)
    assert err.startswith("error: [E014]") and str(paths[0]) in err and str(paths[1]) in err
    place = parley("query", "SELECT ?l WHERE { ?p a parley:Place ; skos:prefLabel ?l }", "--db", str(tmp_path / "db"),
                   "-f", "csv").stdout
    assert "Geneva" in place and "Oslo" not in place  # the first stays, not overwritten


def test_two_jsonl_lines_with_one_id_fail_the_second(tmp_path: Path) -> None:
    f = tmp_path / "c.jsonl"
    f.write_text(json.dumps({"text": good(), "id": "x"}) + "\n" + json.dumps({"text": good("Oslo"), "id": "x"}) + "\n",
                 encoding="utf-8")
    items = list(read_inputs([f]))
    assert items[0].id == "x" and isinstance(items[1], ParleyError)
    assert str(items[1]).startswith("[E014]") and "c.jsonl:2" in str(items[1]) and "c.jsonl:1" in str(items[1])


def test_a_path_given_twice_is_read_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(good(), encoding="utf-8")
    run = parley("ingest", str(tmp_path / "a.txt"), str(tmp_path), str(tmp_path / "a.txt"),
                 "--db", str(tmp_path / "db"), "-j", "1")
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("1 articles (0 unchanged, 0 replaced, 0 failed")


def test_a_sidecar_given_by_name_is_not_read_as_an_article(tmp_path: Path) -> None:
    (tmp_path / "good1.txt").write_text(good(), encoding="utf-8")
    (tmp_path / "good1.json").write_text('{"published": "2025-01-02", "title": "Talks in Geneva"}', encoding="utf-8")
    assert list(read_inputs([tmp_path / "good1.json"], skipped=(skipped := []))) == []
    assert [p.name for p, _why in skipped] == ["good1.json"]
    [meta] = list(read_inputs(sorted(tmp_path.iterdir())))  # `ingest g1/*`
    assert meta.id == "good1" and meta.text.startswith("Talks in Geneva") and str(meta.published) == "2025-01-02"
    out = parley("extract", str(tmp_path / "good1.json"))
    assert out.returncode == 1 and out.stderr.startswith("error: [E015]") and "good1.txt" in out.stderr


def test_utf16_says_it_looks_like_utf16(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(good().encode("utf-16"))
    out = parley("extract", str(tmp_path / "a.txt"))
    assert out.returncode == 1 and out.stderr.startswith("error: [E002]")
    assert "UTF-16" in out.stderr and "UTF-8" in out.stderr


def test_latin1_says_how_to_convert(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("Café talks\nAlice Smith met Bob Jones.\n".encode("latin-1"))
    out = parley("extract", str(tmp_path / "a.txt"))
    assert out.returncode == 1 and out.stderr.startswith("error: [E002]") and "iconv -f latin1 -t utf-8" in out.stderr


def test_a_utf8_bom_in_jsonl_is_accepted(tmp_path: Path) -> None:
    f = tmp_path / "c.jsonl"
    f.write_bytes(b"\xef\xbb\xbf" + json.dumps({"text": good(), "id": "bom"}).encode("utf-8") + b"\n")
    assert [i.id for i in read_inputs([f])] == ["bom"]


def test_a_utf8_bom_in_a_sidecar_is_accepted(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(good(), encoding="utf-8")
    (tmp_path / "a.json").write_bytes(b"\xef\xbb\xbf" + b'{"published": "2025-01-02"}')
    [meta] = list(read_inputs([tmp_path / "a.txt"]))
    assert str(meta.published) == "2025-01-02"


@pytest.mark.parametrize(("sidecar", "field"), [('{"source": 123}', "source"), ('{"title": ["x"]}', "title"),
                                                ('{"url": 5}', "url"), ('{"id": [1]}', "id")])
def test_sidecar_type_errors_name_the_field(tmp_path: Path, sidecar: str, field: str) -> None:
    (tmp_path / "b.txt").write_text(good(), encoding="utf-8")
    (tmp_path / "b.json").write_text(sidecar, encoding="utf-8")
    [err] = list(read_inputs([tmp_path / "b.txt"]))
    assert isinstance(err, ParleyError) and err.code == "E007"
    assert f'"{field}" must be a string' in str(err) and "b.json" in str(err)


def test_jsonl_type_errors_name_the_field(tmp_path: Path) -> None:
    f = tmp_path / "c.jsonl"
    f.write_text(json.dumps({"text": good(), "source": 1}) + "\n", encoding="utf-8")
    [err] = list(read_inputs([f]))
    assert isinstance(err, ParleyError) and '"source" must be a string, got a number' in str(err)


def test_summary_counts_distinct_actors(tmp_path: Path) -> None:
    for i, place in enumerate(("Geneva", "Oslo", "Vienna")):
        (tmp_path / f"a{i}.txt").write_text(good(place), encoding="utf-8")
    db = tmp_path / "db"
    run = parley("ingest", str(tmp_path), "--db", str(db), "-j", "1")
    assert run.returncode == 0, run.stderr
    stats = json.loads(parley("stats", "--db", str(db), "-f", "json").stdout)
    assert f" {stats['actors']} distinct actors," in run.stdout, (run.stdout, stats)


def test_summary_line_names_its_counts() -> None:
    from graph.pipeline import IngestSummary

    s = IngestSummary(articles=3, unchanged=1, replaced=1, failed=1, skipped=2, actors=4, events=5, positions=6,
                      demands=7, claims=8, triples=900, seconds=2.0, words=1000, warnings=["x: stored with no facts"])
    assert s.line() == ("3 articles (1 unchanged, 1 replaced, 1 failed, 2 skipped, 1 with no facts): 4 distinct actors, "
                        "5 events, 6 positions, 7 demands, 8 claims; 900 triples in store; 2.0 s (500 words/s)")


def test_an_unchanged_run_reports_no_speed(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(good(), encoding="utf-8")
    db = str(tmp_path / "db")
    first = parley("ingest", str(tmp_path / "a.txt"), "--db", db, "-j", "1")
    assert "words/s" in first.stdout
    again = parley("ingest", str(tmp_path / "a.txt"), "--db", db, "-j", "1")
    assert "1 unchanged" in again.stdout and "words/s" not in again.stdout


def test_a_headline_only_article_is_stored_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "headline.txt").write_text("Just a headline about the talks\n", encoding="utf-8")
    run = parley("ingest", str(tmp_path / "headline.txt"), "--db", str(tmp_path / "db"), "-j", "1")
    assert run.returncode == 0 and "1 articles" in run.stdout and "1 with no facts" in run.stdout
    assert "warning: headline: stored with no facts (only a headline" in run.stderr


def _children(pid: int) -> list[str]:
    out: list[str] = []
    for t in Path(f"/proc/{pid}/task").iterdir():
        try:
            out += (t / "children").read_text().split()
        except FileNotFoundError:  # a thread that ended between the listing and the read
            continue
    return out


def _sigint_default() -> None:
    """A job started with ``&`` by a script inherits SIGINT ignored, and Python then installs no
    KeyboardInterrupt handler: the Ctrl-C tests give their command a terminal's disposition."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads child processes from /proc")
@pytest.mark.parametrize("delay", [0.0, 1.0])
def test_ctrl_c_during_ingest_prints_one_line(tmp_path: Path, delay: float) -> None:
    """A terminal's Ctrl-C signals the whole process group: the workers must stay quiet."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(240):  # about 13 s of work: still running when the signal comes (24 articles took 1.3 s, a race)
        (corpus / f"a{i:03}.txt").write_text(good(f"City{i}") * 20, encoding="utf-8")
    p = subprocess.Popen([sys.executable, "-m", "api.cli", "--db", str(tmp_path / "db"), "ingest", "-j", "2",
                          str(corpus)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         start_new_session=True, preexec_fn=_sigint_default)
    t0 = time.monotonic()
    while len(_children(p.pid)) < 2 and time.monotonic() - t0 < 120 and p.poll() is None:
        time.sleep(0.02)
    time.sleep(delay)
    os.killpg(p.pid, signal.SIGINT)
    out, err = p.communicate(timeout=120)
    assert p.returncode == 130 and err == "error: interrupted\n", (p.returncode, out[-300:], err[-2000:])


@pytest.mark.skipif(sys.platform != "linux", reason="forks the workers")
def test_ctrl_c_while_the_pool_starts_leaves_no_worker() -> None:
    """A Ctrl-C that lands inside ``Pool()`` (the store's threads do not block SIGINT) once lost the
    pool: the command printed its line but never ended, its workers holding the caller's pipes."""
    import multiprocessing as mp
    import threading

    from graph.pipeline import _pool

    fork = mp.get_context("fork")
    go = threading.Event()

    def store_thread() -> None:  # started before the pool, so SIGINT is not blocked in it
        go.wait(60)
        signal.raise_signal(signal.SIGINT)

    previous = signal.signal(signal.SIGINT, signal.default_int_handler)  # as a terminal's Python has it
    other = threading.Thread(target=store_thread)
    other.start()

    class InterruptedWhileStarting:
        """Interrupted inside ``Pool.__init__`` the pool registers no finalizer, so garbage collection
        never ends its workers; holding the pool here stands in for that."""

        started: list[object] = []

        def Pool(self, *args: object, **kwargs: object):  # noqa: ANN202, N802 - multiprocessing's name
            pool = fork.Pool(*args, **kwargs)
            self.started.append(pool)
            go.set()
            other.join()
            time.sleep(0.05)  # the interpreter runs the handler here, in the main thread
            return pool

    try:
        with pytest.raises(KeyboardInterrupt), _pool(InterruptedWhileStarting(), 2):  # type: ignore[arg-type]
            pytest.fail("the body ran although Ctrl-C came first")
        assert mp.active_children() == []
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    finally:
        for child in mp.active_children():
            child.terminate()
        signal.signal(signal.SIGINT, previous)


class _FakePool:
    """Stands in for a started pool: a context manager that records its termination."""

    def __init__(self) -> None:
        self.terminated = False

    def __enter__(self) -> _FakePool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.terminated = True


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="holds SIGINT with the signal mask")
@pytest.mark.parametrize("disposition", ["ignored", "own handler"])
def test_ctrl_c_while_the_pool_starts_follows_the_callers_disposition(disposition: str) -> None:
    """A Ctrl-C held while the pool starts goes where the caller sent SIGINT: an ingest started
    with SIGINT ignored (a ``&`` job of a script) once stopped on it all the same."""
    from graph.pipeline import _pool

    seen: list[int] = []
    handler = signal.SIG_IGN if disposition == "ignored" else (lambda signum, _frame: seen.append(signum))
    pool = _FakePool()

    class InterruptedWhileStarting:
        def Pool(self, *args: object, **kwargs: object) -> _FakePool:  # noqa: N802 - multiprocessing's name
            signal.raise_signal(signal.SIGINT)  # held: SIGINT is blocked while the pool starts
            return pool

    previous = signal.signal(signal.SIGINT, handler)
    try:
        with _pool(InterruptedWhileStarting(), 2) as got:  # type: ignore[arg-type]
            assert got is pool
        assert signal.getsignal(signal.SIGINT) is handler
    finally:
        signal.signal(signal.SIGINT, previous)
    assert pool.terminated
    assert seen == ([] if disposition == "ignored" else [signal.SIGINT])


def test_ingest_lists_its_folders_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The progress bar's count and the articles read come from one listing: a file that lands in
    the folder meanwhile is either counted and read, or neither."""
    import graph.articles
    from api.cli import main

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(good(), encoding="utf-8")
    (tmp_path / "in" / "notes.md").write_text("# notes\n", encoding="utf-8")
    calls: list[object] = []
    real = graph.articles.discover

    def counting(*args: object, **kwargs: object) -> list[Path]:
        calls.append(args)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(graph.articles, "discover", counting)
    assert main(["--db", str(tmp_path / "db"), "ingest", "-j", "1", "--silent", str(tmp_path / "in")]) == 0
    assert len(calls) == 1


def test_tasks_sent_while_reading_are_the_ones_the_whole_list_cuts() -> None:
    """With several workers, full tasks go out while the folder is still read: each must be the task
    ``_chunks`` cuts from the finished list (the same spaCy batches, the same tail that shrinks so the workers
    end together), whatever the number of articles that follow."""
    from graph.pipeline import _chunks, _sure_full_task

    for workers in (2, 3, 4):
        for total in range(0, 260):
            todo = list(range(total))
            sent: list[list[int]] = []
            early = 0
            for read in range(1, total + 1):
                while _sure_full_task(read, early, workers):
                    sent.append(todo[early: early + 8])
                    early += 8
            whole = _chunks(todo, workers)  # type: ignore[arg-type]
            assert sent + _chunks(todo, workers, early) == whole, (workers, total)  # type: ignore[arg-type]
            assert all(len(t) == 8 for t in sent)
            if total >= 32 * workers:  # a folder big enough for full tasks starts them before its end
                assert sent

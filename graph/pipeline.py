"""Article → records → triples → store, with idempotency and a closing summary.

The hash check (same content hash, same extractor version: :meth:`Store.is_current`) runs before
extraction, so re-ingesting an unchanged corpus costs no NLP.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager, nullcontext
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from graph.build import BuiltArticle, actor_iri, build
from graph.errors import ParleyError
from graph.extract import extract
from graph.records import ArticleMeta, Extraction
from graph.store import ArticleState, Store

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext
    from multiprocessing.pool import AsyncResult, Pool


@dataclass
class IngestSummary:
    """What one ingest did. ``actors`` counts distinct actors over the articles written in this
    run (one actor in ten articles is one); ``words`` and the rate cover only what was extracted."""

    articles: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: int = 0
    skipped: int = 0
    actors: int = 0
    events: int = 0
    positions: int = 0
    demands: int = 0
    claims: int = 0
    triples: int = 0
    seconds: float = 0.0
    words: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    actor_iris: set[str] = field(default_factory=set, repr=False)

    def line(self) -> str:
        skipped = f", {self.skipped} skipped" if self.skipped else ""
        empty = f", {len(self.warnings)} with no facts" if self.warnings else ""
        speed = f" ({self.words / self.seconds:,.0f} words/s)" if self.words and self.seconds else ""
        return (
            f"{self.articles} articles ({self.unchanged} unchanged, {self.replaced} replaced, "
            f"{self.failed} failed{skipped}{empty}): {self.actors} distinct actors, {self.events} events, "
            f"{self.positions} positions, {self.demands} demands, {self.claims} claims; "
            f"{self.triples} triples in store; {self.seconds:.1f} s{speed}"
        )


def extract_and_build(meta: ArticleMeta, extracted: Extraction | Exception | None = None
                      ) -> tuple[Extraction, BuiltArticle]:
    """Records and triples for one article; an extractor bug on odd input becomes a coded 422
    (E031) with nothing stored, never a crash of the whole ingest. ``extracted`` is what
    ``extract_many`` already gave for this article."""
    from graph.errors import ParleyError

    try:
        ex = extract(meta) if extracted is None else extracted
        if isinstance(ex, Exception):
            raise ex
        return ex, build(ex)
    except ParleyError:
        raise
    except Exception as exc:  # noqa: BLE001
        raise ParleyError("E031", f"extraction failed on this article ({exc.__class__.__name__}: {exc})",
                          status=422) from exc


def ingest_article(
    store: Store, meta: ArticleMeta, *, lock: AbstractContextManager[object] | None = None
) -> tuple[str, Extraction | None]:
    """Store one article. Returns ("unchanged"|"added"|"replaced", extraction or None).

    Extraction runs outside ``lock``, which guards only the store write, so a server keeps
    answering and accepting other articles while spaCy reads this one.
    """
    if store.is_current(meta.id, meta.content_hash):
        return "unchanged", None
    ex, built = extract_and_build(meta)
    with lock or nullcontext():
        # read again under the lock (another request may have written it meanwhile), once, and handed
        # down; a graph without a hash (written through the Graph Store Protocol) is replaced too
        st = store.article_state(meta.id)
        if not store.write_article(built, state=st):
            return "unchanged", None
    return ("replaced" if st.exists else "added"), ex


@dataclass
class _Done:
    """What a worker hands back: serialised graphs and counts, cheap to pickle."""

    article_id: str
    content_hash: str
    article_nt: str
    entities_nt: str
    counts: tuple[int, int, int, int, int]
    actor_iris: tuple[str, ...] = ()


def _process(meta: ArticleMeta, extracted: Extraction | Exception | None = None) -> _Done | str:
    """Extract and build one article (in a worker); an error comes back as its message."""
    from graph.errors import ParleyError

    try:
        ex, built = extract_and_build(meta, extracted)
    except ParleyError as exc:  # an extractor bug on one article must not stop the others
        return f"{meta.id}: {exc}"
    counts = (len(ex.actors), len(ex.events), len(ex.positions), len(ex.demands), len(ex.claims))
    return _Done(meta.id, built.content_hash, built.article_nt(), built.entities_nt(), counts,
                 tuple(str(actor_iri(a.name)) for a in ex.actors))


def _process_chunk(metas: list[ArticleMeta]) -> list[_Done | str]:
    """``_process`` for a few articles whose paragraphs spaCy parses in one batch."""
    from graph.extract.pipeline import extract_many

    return [_process(m, got) for m, got in zip(metas, extract_many(metas), strict=True)]


_CHUNK = 8  # articles a task at most


def _chunks(todo: list[ArticleMeta], workers: int, start: int = 0) -> list[list[ArticleMeta]]:
    """Up to 8 articles a task (bigger spaCy batches), small enough that every worker gets
    several tasks and none waits long for the last one. With several workers the last tasks
    shrink (to a third of what is left per worker, down to one article), so the workers finish
    together and little is left to write once they have. ``start``: the tasks from that article on,
    the ones before it already sent (:func:`_sure_full_task`)."""
    size = max(1, min(_CHUNK, len(todo) // (workers * 4)))
    if workers == 1:
        return [todo[i: i + size] for i in range(start, len(todo), size)]
    out: list[list[ArticleMeta]] = []
    i = start
    while i < len(todo):
        left = len(todo) - i
        n = max(1, min(size, -(-left // (workers * 3))))  # a third of what is left per worker, rounded up
        out.append(todo[i: i + n])
        i += n
    return out


def _sure_full_task(read: int, sent: int, workers: int) -> bool:
    """Whether the next task of :func:`_chunks` (with several workers) is already known while articles are still
    being read: ``read`` listed so far, the first ``sent`` of them sent. It is when the list is already long enough
    for full tasks (``len(todo) // (workers * 4)`` at least 8) and more than a third of 7 tasks per worker is left
    after ``sent`` (the tail's shrinking starts below that): however many articles come next, ``_chunks`` over
    the whole list cuts a full task there, so the tasks sent early are the ones it would have cut."""
    return read >= _CHUNK * workers * 4 and read - sent > (_CHUNK - 1) * workers * 3


def _warm() -> None:
    from graph.extract.pipeline import extraction_nlp

    extraction_nlp()


def _worker_start() -> None:
    """A worker's start: the model, gazetteer and lexicon loaded, then all of it moved out of the cyclic
    collector's sight (``gc.freeze``) and the collector run less often, as the worker lives for one
    ingest: the rules allocate many small objects, and each full collection would walk the model's and
    the gazetteer's hundred thousand objects again (2–6 % of the rules' time, measured). Collection only
    frees cycles sooner or later; nothing the extraction reads depends on it."""
    import gc
    import signal

    from graph.extract.lexicon import load_lexicon
    from graph.gazetteer import load_gazetteer

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's: it terminates the pool
    if hasattr(signal, "pthread_sigmask"):  # blocked while the pool started (see _pool)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    _warm()
    try:
        load_gazetteer()
        load_lexicon()
    except Exception:  # noqa: BLE001 - a bad data file fails each article on its own, as in a serial ingest
        pass
    gc.freeze()
    gc.set_threshold(7000, 10, 10)


def _pool_context() -> BaseContext:
    """Fork where the platform offers it, with the model loaded here first: the workers inherit
    it instead of each importing Parley and loading spaCy again (2–4 s of wall time per folder
    ingest on two cores), as spaCy's own ``n_process`` does. The children never touch the open
    store and leave through ``os._exit``, so its files and threads stay the parent's."""
    import multiprocessing as mp
    import sys

    if sys.platform == "linux" and "fork" in mp.get_all_start_methods():
        _warm()
        return mp.get_context("fork")
    return mp.get_context("spawn")


def _no_facts(meta: ArticleMeta) -> str:
    """The warning for an article stored with no facts: allowed, but rarely what was meant."""
    body = meta.text.strip().split("\n", 1)[1:]
    why = "only a headline, no body text" if not body or not body[0].strip() else "no actors or facts found"
    return f"{meta.id}: stored with no facts ({why})"


@contextmanager
def _pool(ctx: BaseContext, workers: int) -> Iterator[Pool]:
    """A pool whose workers ignore SIGINT, so Ctrl-C in a terminal, which signals the whole process
    group, reaches only this process: it ends the ingest with one line while leaving the ``with``
    terminates the workers.

    A Ctrl-C while the pool starts is held until the pool is ours to terminate: raised inside
    ``Pool()`` it would leave workers that nobody ends, blocked on their task queue and holding the
    caller's pipes open. Blocking SIGINT in this thread is not enough, as the store's threads do not
    block it and the interpreter runs the handler here anyway; so a handler that only notes it is
    installed too. The mask stays for the workers: forked from this thread, they start with SIGINT
    blocked and ignore it before unblocking it. A held Ctrl-C then goes where the caller's own
    disposition sends it: ignored if it was ignored (a ``&`` job of a script), to a handler of the
    caller's, else KeyboardInterrupt."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        with ctx.Pool(workers, initializer=_worker_start) as pool:
            yield pool
        return
    caught: list[int] = []
    before = signal.signal(signal.SIGINT, lambda signum, _frame: caught.append(signum))
    masked = hasattr(signal, "pthread_sigmask")
    try:
        if masked:
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            pool = ctx.Pool(workers, initializer=_worker_start)
        finally:
            if masked:
                signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})  # runs a held signal's handler
    except BaseException:
        signal.signal(signal.SIGINT, before)
        raise
    with pool:
        signal.signal(signal.SIGINT, before)
        if caught:
            if callable(before):  # Python's default handler raises KeyboardInterrupt
                before(signal.SIGINT, None)
            elif before != signal.SIG_IGN:
                raise KeyboardInterrupt
        yield pool


def ingest(
    store: Store,
    articles: Iterable[ArticleMeta | ParleyError],
    *,
    on_article: Callable[[ArticleMeta | None, str], None] | None = None,
    workers: int = 1,
) -> IngestSummary:
    """Ingest many articles; each is whole or absent, and errors are collected, not raised.

    ``articles`` may carry a ParleyError in place of an input that could not be read (as
    :func:`graph.articles.read_inputs` yields them): it counts as failed and the rest go on.
    A generator that raises instead is finished, so what it had not yet read is lost.

    With ``workers > 1`` extraction runs in that many processes while this one stays the only
    writer. Articles already stored with the same hash and extractor version are skipped before any
    NLP runs, so an interrupted ingest resumes where it stopped. Articles go to extraction a few at a time
    (:func:`_chunks`) so spaCy parses them in one batch; each is still written, and counted,
    on its own.
    """
    summary = IngestSummary()
    t0 = time.perf_counter()
    with ExitStack() as stack:
        return _ingest(store, articles, on_article, workers, summary, t0, stack)


def _ingest(store: Store, articles: Iterable[ArticleMeta | ParleyError],
            on_article: Callable[[ArticleMeta | None, str], None] | None, workers: int,
            summary: IngestSummary, t0: float, stack: ExitStack) -> IngestSummary:
    """:func:`ingest`'s work; ``stack`` closes the worker pool when it started one.

    With several workers the pool starts once as many articles need extraction, and full tasks go to it while the
    rest is still read (:func:`_sure_full_task`): the forks and the first parses overlap the reading, which used to
    leave the workers waiting. Nothing is written before everything is read, as before: each stored state is the
    one the filter read, and a generator that raises leaves the store as it was."""
    todo: list[ArticleMeta] = []
    pool: Pool | None = None
    sent: list[tuple[list[ArticleMeta], AsyncResult[list[_Done | str]]]] = []  # tasks sent while reading, in order
    early = 0  # articles in them
    # each article's stored state, read once by the filter and handed to its write: this process is
    # the store's one writer, and an id met twice is read again (the first write changed it)
    states: dict[str, ArticleState] = {}
    it = iter(articles)
    while True:
        try:
            meta = next(it)
        except StopIteration:
            break
        except ParleyError as exc:
            meta = exc
        if isinstance(meta, ParleyError):
            summary.failed += 1
            summary.errors.append(str(meta))
            if on_article:
                on_article(None, "failed")
            continue
        summary.articles += 1
        st = store.article_state(meta.id)
        if st.is_current(meta.content_hash):
            summary.unchanged += 1
            if on_article:
                on_article(meta, "unchanged")
            continue
        states[meta.id] = st
        todo.append(meta)
        if workers > 1:
            if pool is None and len(todo) == workers:
                pool = stack.enter_context(_pool(_pool_context(), workers))
            while pool is not None and _sure_full_task(len(todo), early, workers):
                task = todo[early: early + _CHUNK]
                sent.append((task, pool.apply_async(_process_chunk, (task,))))
                early += _CHUNK

    def record(meta: ArticleMeta, done: _Done | str) -> None:
        if isinstance(done, str):
            summary.failed += 1
            summary.errors.append(done)
            status = "failed"
        else:
            st = states.pop(meta.id, None)
            if st is None:  # an id met again: its first write changed it
                st = store.article_state(meta.id)
            existed = st.exists  # a graph without a hash (Graph Store Protocol) is replaced too
            try:
                store.write_serialized(done.article_id, done.content_hash, done.article_nt, done.entities_nt,
                                       state=st)
            except (SyntaxError, OSError) as exc:
                summary.failed += 1
                summary.errors.append(f"{meta.id}: could not store: {exc}")
                status = "failed"
            else:
                status = "replaced" if existed else "added"
                summary.replaced += existed
                _a, e, p, d, c = done.counts
                summary.events += e
                summary.positions += p
                summary.demands += d
                summary.claims += c
                summary.words += len(meta.text.split())
                summary.actor_iris.update(done.actor_iris)
                if not any(done.counts):
                    summary.warnings.append(_no_facts(meta))
        if on_article:
            on_article(meta, status)

    workers = max(1, min(workers, len(todo)))
    if workers == 1:
        for chunk in _chunks(todo, workers):
            for meta, done in zip(chunk, _process_chunk(chunk), strict=True):
                record(meta, done)
    else:
        if pool is None:  # fewer articles to extract than workers asked for
            pool = stack.enter_context(_pool(_pool_context(), workers))
        tasks = sent + [(chunk, pool.apply_async(_process_chunk, (chunk,))) for chunk in _chunks(todo, workers, early)]
        for chunk, result in tasks:
            for meta, done in zip(chunk, result.get(), strict=True):
                record(meta, done)
    summary.seconds = time.perf_counter() - t0
    summary.actors = len(summary.actor_iris)
    summary.triples = len(store)
    return summary


def extract_to_memory(meta: ArticleMeta) -> Store:
    """Run the whole pipeline into a fresh in-memory store (``parley extract``)."""
    store = Store.open(None)
    store.write_article(build(extract(meta)))
    return store

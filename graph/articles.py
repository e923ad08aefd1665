"""Reading articles from disk: text files with optional JSON sidecars, folders, JSON Lines.

A text file holds UTF-8 text with the headline on its first line; ``NAME.json`` beside
``NAME.txt`` may give ``title``, ``published`` (YYYY-MM-DD), ``source``, ``url`` and ``id``.
Every problem is a ParleyError with a code, never a traceback.
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from graph.errors import ParleyError
from graph.records import ArticleMeta

MAX_ARTICLE_BYTES = 2_000_000  # longer than any news article by far
MAX_LINE_CHARS = 100_000  # a paragraph; a longer "line" is a dump, not news text (and stalls the parser)
EARLIEST, LATEST = dt.date(1800, 1, 1), dt.date(2200, 12, 31)  # relative dates resolve safely inside
# Common English function words: English news text has 25-45 % of them, other languages under 10 %.
EN_STOPWORDS = frozenset("""the of and to that for with was were is are said says has have had his her their they
he she it its this these those from by be been not which would will but who at an as or we our after about than
also there what when into over could should can them him more other before while during against between
because""".split())
MIN_WORDS_FOR_LANGUAGE = 20
MIN_ENGLISH_SHARE = 0.12
TEXT_SUFFIXES = (".txt", ".text")  # what a folder ingest reads, with .jsonl; a README.md there is no article
FOLDER_SUFFIXES = (*TEXT_SUFFIXES, ".jsonl")
_STR_FIELDS = ("title", "source", "url", "language")
_YMD = re.compile(r"\d{4}-\d{2}-\d{2}")
_ID_BAD = re.compile(r"[^A-Za-z0-9._-]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_HTML = re.compile(r"^\s*(<!doctype html|<html|<\?xml|<head|<body)", re.I)
_HTML_TAG = re.compile(r"</?(?:p|div|span|a|br|script|style|head|body|html|table|tr|td|li|ul|ol|h[1-6]|meta|"
                       r"link|img|iframe|form|input|section|article|header|footer|nav)\b[^<>]{0,500}>", re.I)
_LETTER = re.compile(r"[^\W\d_]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00C0-\u024F]")
_WORD = re.compile(r"[^\W\d_]+")
_NEWLINE = re.compile(r"\r\n|\r|\n")


def article_id_for(name: str) -> str:
    """A store id from a file stem or title.

    >>> article_id_for("000_50ee412626375c89")
    '000_50ee412626375c89'
    >>> article_id_for("Peace talks: day 2!")
    'Peace-talks-day-2'
    """
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    key = _ID_BAD.sub("-", folded).strip("-._")[:120]
    if not key:
        import hashlib

        key = "a-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]
    return key


def read_date(value: Any) -> dt.date | None:
    """A publication date: a date, or a string that is exactly ``YYYY-MM-DD``, within 1800-2200.
    The one reader for every way an article comes in (``--published``, sidecars, JSON lines,
    ``POST /articles``); ValueError says what is wrong. Python's ``fromisoformat`` alone would
    also read ``20260301``, ``2026-W09-1`` (a week date) and ``2026-03-01xyz`` (cut at 10).

    >>> read_date("2026-03-01")
    datetime.date(2026, 3, 1)
    >>> read_date("2026-W09-1")
    Traceback (most recent call last):
    ValueError: published date '2026-W09-1' is not YYYY-MM-DD
    """
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        date = value
    elif not isinstance(value, str):
        raise ValueError(f"published must be a YYYY-MM-DD string, got {_json_type(value)}")
    elif not _YMD.fullmatch(value.strip()):
        raise ValueError(f"published date {value!r} is not YYYY-MM-DD")
    else:
        try:
            date = dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"published date {value!r} is not a date (YYYY-MM-DD)") from None
    if not EARLIEST <= date <= LATEST:
        raise ValueError(f"published date {date.isoformat()} is outside {EARLIEST.isoformat()}.."
                         f"{LATEST.isoformat()} (YYYY-MM-DD)")
    return date


def parse_date(value: Any, *, where: str) -> dt.date | None:
    """:func:`read_date` with its error as E003 naming ``where``."""
    try:
        return read_date(value)
    except ValueError as exc:
        raise ParleyError("E003", f"{where}: {exc}") from None


def check_language(text: str, *, where: str, declared: str | None = None) -> None:
    """Refuse what is not English (the extractor reads English only), cheaply: a text of
    non-Latin script, or one where common English words are rare. Short texts pass."""
    if declared and declared.lower().split("-")[0] not in ("en", "eng", "english"):
        raise ParleyError("E009", f"{where}: Parley reads English only; the article is declared {declared!r}",
                          status=422)
    sample = text[:20_000]
    letters = _LETTER.findall(sample)
    if len(letters) >= 40:
        latin = len(_LATIN_LETTER.findall(sample))
        if latin < len(letters) / 2:
            other = collections.Counter(ch for ch in letters if not _LATIN_LETTER.match(ch)).most_common(1)[0][0]
            script = unicodedata.name(other, "UNKNOWN").split()[0].title()
            raise ParleyError("E009", f"{where}: Parley reads English only; this text is mostly in "
                              f"{script} script ({100 - 100 * latin // len(letters)}% of its letters)", status=422)
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) >= MIN_WORDS_FOR_LANGUAGE:
        share = sum(w in EN_STOPWORDS for w in words) / len(words)
        if share < MIN_ENGLISH_SHARE:
            raise ParleyError("E009", f"{where}: Parley reads English only; this does not look like English "
                              f"(common English words are {share:.0%} of its words, English news has 25-45%)",
                              status=422)


def check_text(text: str, *, where: str) -> str:
    """Refuse what is not an article: empty, binary, HTML, oversized (in all or in one line)."""
    text = _SURROGATE.sub("\ufffd", text)  # lone surrogates (from JSON escapes) cannot be stored
    if len(text.encode("utf-8")) > MAX_ARTICLE_BYTES:
        raise ParleyError("E004", f"{where}: article is larger than {MAX_ARTICLE_BYTES // 1_000_000} MB", status=413)
    if "\x00" in text:
        raise ParleyError("E002", f"{where}: binary data, not text")
    stripped = text.strip()
    if not stripped:
        raise ParleyError("E005", f"{where}: the article is empty")
    if _HTML.match(stripped) or len(_HTML_TAG.findall(stripped[:200_000])) >= 3:
        raise ParleyError("E006", f"{where}: looks like HTML; give Parley the article's plain text")
    longest = max(len(line) for line in _NEWLINE.split(text))
    if longest > MAX_LINE_CHARS:
        raise ParleyError("E004", f"{where}: a line of {longest:,} characters; paragraphs over "
                          f"{MAX_LINE_CHARS:,} characters are not news text", status=413)
    controls = len(_CONTROL.findall(text))
    if controls > max(8, len(text) // 100):
        raise ParleyError("E002", f"{where}: {controls} control characters; this is not plain text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def make_article(
    text: str,
    *,
    article_id: str | None = None,
    title: str | None = None,
    published: Any = None,
    source: str | None = None,
    url: str | None = None,
    language: str | None = None,
    where: str = "article",
) -> ArticleMeta:
    for name, value in (("title", title), ("source", source), ("url", url), ("language", language)):
        if value is not None and not isinstance(value, str):
            raise ParleyError("E007", f"{where}: \"{name}\" must be a string, got {_json_type(value)}")
    text = check_text(text, where=where)
    check_language(text, where=where, declared=language)
    first = text.strip().split("\n", 1)[0].strip()
    title = (title or first)[:500]
    aid = article_id_for(article_id) if article_id else article_id_for(title)
    try:
        return ArticleMeta(
            id=aid, text=text, title=title, published=parse_date(published, where=where),
            source=source, url=url, language=language or "en",
        )
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(x) for x in err.get("loc", ())) or "a field"
        raise ParleyError("E007", f"{where}: \"{field}\": {err['msg']}") from None


def _json_type(value: Any) -> str:
    """The JSON name of a value's type, as the user wrote it in a sidecar or a JSON line."""
    return {bool: "a boolean", int: "a number", float: "a number", list: "a list", dict: "an object"}.get(
        type(value), type(value).__name__)


def read_text_file(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ParleyError("E001", f"no such file: {path}", status=404) from None
    except IsADirectoryError:
        raise ParleyError("E001", f"{path} is a folder, not a file") from None
    except OSError as exc:
        raise ParleyError("E001", f"cannot read {path}: {exc.strerror}") from None
    return decode_text(raw, where=str(path))


def decode_text(raw: bytes, *, where: str) -> str:
    """UTF-8 (a BOM is dropped); UTF-16 and other encodings are refused with how to convert."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise ParleyError("E002", f"{where}: looks like UTF-16 (it starts with a UTF-16 byte-order mark); "
                          f"save it as UTF-8, e.g. iconv -f utf-16 -t utf-8 FILE > NEW")
    if b"\x00" in raw[:8192]:
        raise ParleyError("E002", f"{where}: binary data, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ParleyError("E002", f"{where}: not UTF-8 (bad byte at offset {exc.start}); convert it, e.g. "
                          f"iconv -f latin1 -t utf-8 FILE > NEW if it is Latin-1") from None


def read_sidecar(path: Path) -> dict[str, Any]:
    side = path.with_suffix(".json")
    if not side.exists():
        return {}
    try:
        data = json.loads(side.read_text(encoding="utf-8-sig"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ParleyError("E008", f"{side}: malformed JSON sidecar ({exc})") from None
    except OSError as exc:
        raise ParleyError("E008", f"{side}: cannot read the sidecar: {exc.strerror or exc}") from None
    if not isinstance(data, dict):
        raise ParleyError("E008", f"{side}: sidecar must be a JSON object")
    return data


def read_article(path: str | Path, *, published: Any = None) -> ArticleMeta:
    """One text file (and its sidecar) as an ArticleMeta; ``published`` overrides the sidecar."""
    p = Path(path)
    text = read_text_file(p)
    side = read_sidecar(p)
    for name in ("id", *_STR_FIELDS):  # named in the sidecar, where the wrong type was written
        value = side.get(name)
        if value is not None and not isinstance(value, str) and not (name == "id" and type(value) is int):
            raise ParleyError("E007", f"{p.with_suffix('.json')}: \"{name}\" must be a string, "
                              f"got {_json_type(value)}")
    aid = side.get("id")
    return make_article(
        text,
        article_id=str(aid or p.stem),
        title=side.get("title"),
        published=published if published is not None else side.get("published"),
        source=side.get("source"),
        url=side.get("url"),
        where=str(p),
    )


def sidecar_of(path: Path) -> Path | None:
    """The text file whose sidecar ``path`` is (``NAME.json`` beside ``NAME.txt``), else None."""
    if path.suffix.lower() != ".json":
        return None
    return next((t for suf in (*TEXT_SUFFIXES, ".md") if (t := path.with_suffix(suf)).is_file()), None)


def _jsonl_items(path: Path) -> Iterator[tuple[str, ArticleMeta | ParleyError]]:
    """(where, article or its error) per line: a bad line is one error, the next line is still read."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        yield str(path), ParleyError("E001", f"cannot read {path}: {exc.strerror or exc}")
        return
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        yield str(path), ParleyError("E002", f"{path}: looks like UTF-16 (it starts with a UTF-16 byte-order "
                                     f"mark); save it as UTF-8, e.g. iconv -f utf-16 -t utf-8 FILE > NEW")
        return
    if raw.startswith(b"\xef\xbb\xbf"):  # a UTF-8 BOM, as editors on Windows write
        raw = raw[3:]
    for n, line_bytes in enumerate(raw.split(b"\n"), 1):
        where = f"{path}:{n}"
        try:
            line = line_bytes.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield where, ParleyError("E002", f"{where}: not UTF-8 (bad byte at column {exc.start + 1}); convert "
                                     f"the file, e.g. iconv -f latin1 -t utf-8 FILE > NEW if it is Latin-1")
            continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield where, ParleyError("E008", f"{where}: malformed JSON ({exc.msg})")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            yield where, ParleyError("E008", f"{where}: each line needs an object with a \"text\" string")
            continue
        aid = obj.get("id")
        if aid is not None and not isinstance(aid, str) and type(aid) is not int:
            yield where, ParleyError("E007", f"{where}: \"id\" must be a string, got {_json_type(aid)}")
            continue
        try:
            yield where, make_article(
                obj["text"], article_id=str(aid) if aid not in (None, "") else f"{path.stem}-{n}",
                title=obj.get("title"), published=obj.get("published"), source=obj.get("source"),
                url=obj.get("url"), where=where,
            )
        except ParleyError as exc:
            yield where, exc


def read_one(path: str | Path, *, published: Any = None) -> ArticleMeta:
    """The one article ``parley extract`` reads: a text file, or a JSON Lines file of one line."""
    p = Path(path)
    text_file = sidecar_of(p)
    if text_file is not None:
        raise ParleyError("E015", f"{p} is the sidecar of {text_file}; give the text file")
    if p.suffix.lower() != ".jsonl":
        return read_article(p, published=published)
    if not p.is_file():
        return read_article(p)  # the same E001 as for a text file
    items = list(_jsonl_items(p))
    if len(items) != 1:
        raise ParleyError("E016", f"{p} holds {len(items)} JSON lines; extract reads one article: "
                          "ingest the file, or give extract a file of one line")
    got = items[0][1]
    if isinstance(got, ParleyError):
        raise got
    return got.model_copy(update={"published": parse_date(published, where=str(p))}) if published else got


def discover(paths: list[str | Path], *, skipped: list[tuple[Path, str]] | None = None,
             errors: list[ParleyError] | None = None) -> list[Path]:
    """Files to ingest, each once: given files, and the .txt, .text and .jsonl files directly inside
    given folders (sorted). What is passed over goes to ``skipped`` with the reason: other files and
    subfolders of a folder, and sidecars given by name. A missing path raises, or goes to ``errors``."""
    out: list[Path] = []
    seen: set[Path] = set()

    def add(f: Path) -> None:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            out.append(f)

    def skip(f: Path, why: str) -> None:
        if skipped is not None:
            skipped.append((f, why))

    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.iterdir()):
                if f.is_dir():
                    skip(f, "a subfolder; folders are read one level deep")
                elif f.suffix.lower() in FOLDER_SUFFIXES:
                    add(f)
                elif sidecar_of(f) is None:  # a sidecar is read with its text file
                    skip(f, "not .txt, .text or .jsonl")
        elif p.exists():
            if (text_file := sidecar_of(p)) is not None:
                skip(p, f"the sidecar of {text_file.name}, read with it")
            else:
                add(p)
        else:
            err = ParleyError("E001", f"no such file or folder: {p}", status=404)
            if errors is None:
                raise err
            errors.append(err)
    return out


def read_inputs(paths: list[str | Path], *, published: Any = None,
                skipped: list[tuple[Path, str]] | None = None) -> Iterator[ArticleMeta | ParleyError]:
    """Every article of ``paths``, or the error of an input that is not one: one bad file or line
    never hides the inputs after it. Two inputs with the same article id in one run are an error
    (E014) on the second, naming both; a path given twice is read once."""
    errors: list[ParleyError] = []
    files = discover(paths, skipped=skipped, errors=errors)
    return read_discovered(files, errors, published=published)


def read_discovered(files: list[Path], errors: list[ParleyError], *, published: Any = None,
                    ) -> Iterator[ArticleMeta | ParleyError]:
    """:func:`read_inputs` over what :func:`discover` found, for a caller that counted it first
    (the progress bar) and must not list the folders twice: a file added in between would be
    read but not counted."""
    yield from errors
    first: dict[str, str] = {}
    for p in files:
        if p.suffix.lower() == ".jsonl":
            items: Iterator[tuple[str, ArticleMeta | ParleyError]] = _jsonl_items(p)
        else:
            try:
                got: ArticleMeta | ParleyError = read_article(p, published=published)
            except ParleyError as exc:
                got = exc
            items = iter([(str(p), got)])
        for where, item in items:
            if isinstance(item, ArticleMeta):
                if item.id in first:
                    item = ParleyError("E014", f"{where}: article id {item.id!r} is already that of {first[item.id]} "
                                       "in this run; give one of them another \"id\" (sidecar or JSON field) "
                                       "or another file name")
                else:
                    first[item.id] = where
            yield item


def iter_articles(paths: list[str | Path], *, published: Any = None) -> Iterator[ArticleMeta]:
    """Every article of ``paths``; raises at the first input that is not one (see :func:`read_inputs`)."""
    for item in read_inputs(paths, published=published):
        if isinstance(item, ParleyError):
            raise item
        yield item

"""Actors and their mentions: names, titles, appositions, metonyms, descriptors and pronouns.

One pass over the sentences in reading order, so that a description ("the Russian president")
or a pronoun is resolved against what the article has said so far:

* names come from the gazetteer (longest match) and spaCy NER; people are canonicalised by
  surname ("Mr Putin" → "Vladimir Putin"), organisations by acronym ("RSF");
* titles before a name ("Kremlin aide Yuri Ushakov") and appositions ("The Kremlin
  spokesperson, Dmitry Peskov,") become roles, affiliations (via adjectives and seats of power)
  and relations ("Mr Trump's son-in-law Jared Kushner");
* capitals and seats ("Moscow", "the Kremlin") stand for their state only where they act;
* "Russian officials", "the US side", "the interior ministry" stand for the state; descriptions are
  resolved against the roles learnt in the article; he/she go to the last person who was a subject,
  and so does an age ("the 65-year-old said"; with an office after it, the person in that office);
* crowds and unnamed blocs that act are groups ("protesters", "hundreds of fishermen", "a coalition
  of 100 countries"), folded into the body they belong to or that the article later names;
* NER's slips are mended from context: a name in apposition with an office is a person, a body's
  name split in two is joined, a dateline or a name beside a place is a place.

Pronouns agree in gender, number and animacy. Gender comes from an honorific, the office ("the
ministry spokeswoman"), what the article's own pronouns already said ("Wang said she …"), then the
given name; "she" continues with the subject of the previous sentence, else with the person that
sentence names. "it"/"they" never stand for one person; "they" stands for a state only when it was
named in the plural ("Ethiopian officials"), and for all of a conjoined subject ("Britain, France and
Germany, which warned that they …"); inside a quote neither is resolved; and an unnamed common-noun
subject above the pronoun ("The administration said it …") blocks any older body. Bodies named by
description: the one the article already called so ("the union" again), the body a speaker belongs
to ("a KNU spokesman said the group …"), "District officials", "Federal officials" (the state), "the
two sides" (the two states most in the story, not a mediator named last). Speakers named by the kind of
body they speak for: "a union spokeswoman", "a rebel official" (the body of that kind named last); "Its
leader told …", "Their negotiators said …" opening a sentence (the body last the subject); "the rebels",
"the insurgents" (the armed group named last, lexicon ``armed_descriptors``); "sources in the union"
(that body) and "officials in Kyiv" (the seat's state; not "diplomats in Vienna", who are foreign).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeGuard

from spacy.symbols import NOUN, PROPN

from graph.extract.lexicon import Lexicon, load_lexicon
from graph.extract.paragraphs import Paragraph, Sentence, children_of, skipped, subtree_of, tokens_of
from graph.gazetteer import Entry, Gazetteer, fold, folds_whole, norm


def _courtesy_titles() -> set[str]:
    """Titles worn before a name that hold no office ("Comrade", "Archbishop", "Alhaji"): lexicon
    ``courtesy_titles``, so "Comrade Adebanjo" is the "Ikechukwu Adebanjo" named before."""
    try:
        return {str(w).lower() for w in load_lexicon().raw.get("courtesy_titles", [])}
    except Exception:  # noqa: BLE001 - an unreadable user lexicon is reported where it is loaded for the run
        return set()


HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "dame", "sheikh", "gen", "gen.", "general", "mr.", "mrs.", "ms.", "dr."} | _courtesy_titles()
_HONORIFIC_KEYS = {h.rstrip(".") for h in HONORIFICS}
DASHES = ("-", "\u2013", "\u2014")
ACTING_DEPS = {"nsubj", "nsubjpass", "poss", "agent", "csubj"}
_FIRST_SPLIT = re.compile(r"[\s'\-.\u2019]")
PLACE_NOUNS = {"village", "town", "city", "region", "province", "district", "area", "port", "camp", "suburb",
               "neighbourhood", "neighborhood", "county", "state", "island", "valley", "border", "municipality"}
LANDMARK_NOUNS = {"temple", "mosque", "church", "monastery", "shrine", "crossing", "checkpoint", "airport", "airbase",
                  "base", "hill", "mountain", "river", "bridge", "dam", "mine", "oilfield", "field", "refinery"}
PLACE_PREPS = {"in", "near", "at", "outside", "inside", "around", "towards", "toward", "into", "over", "across",
               "throughout", "opposite", "along", "beside"}
# prepositions that open a sentence and that NER may take as the first word of a body's name
OPENING_PREPOSITIONS = frozenset({"outside", "inside", "near", "beyond", "across", "behind", "beside", "opposite", "at", "in",
                                  "from", "after", "before", "during", "under", "since", "despite", "amid", "around", "within"})
MEMBERS = {"members", "member", "leaders", "leader", "representatives", "supporters", "delegates", "head", "chief",
           "spokesman", "spokeswoman", "spokesperson"}
RANKS_OF_A_BODY = {"fighter", "member", "militant", "militiaman", "cadre", "combatant", "commander", "rank-and-file",
                   "affiliate", "branch", "wing", "faction", "chapter", "unit"}
# a preposition inside a description starts its tail: "the largest group on the council" is headed by "group"
# a preposition opening the words after a name's comma opens a phrase of the clause, no apposition ("chaired by the
# minister, X, between A and B": X is no member of A or B)
CLAUSE_PREPOSITIONS = frozenset({"between", "with", "in", "at", "on", "from", "to", "after", "before", "during", "for",
                                 "by", "against", "over", "among", "amid", "near", "while", "when", "where", "into"})
TAIL_PREPOSITIONS = frozenset({"on", "of", "in", "at", "for", "from", "to", "with", "by", "within", "among"})
GENERIC_ADJ = {"new", "current", "former", "same", "whole", "main", "entire", "other", "powerful", "influential",
               "largest", "biggest", "big", "small", "local", "top", "senior", "full", "outgoing", "incoming"}
# people who speak from inside a body or a seat of power: "sources in the union", "officials in Kyiv"
# (a seat of power stands for its state only with the state's own people: "diplomats in Vienna" are foreign)
INSIDERS = {"officials", "sources", "insiders", "negotiators", "aides"}
SEAT_PEOPLE = {"officials", "aides"}
# "An Eni spokesman", "an Acme official": the nouns of one who speaks for the body named before them
SPEAKERS_FOR_A_BODY = frozenset(MEMBERS | {"official", "executive", "source", "negotiator", "representative", "aide"})
PEOPLE_OF = {"officials", "leaders", "negotiators", "representatives", "bargainers", "executives", "spokespeople"}
MOTION = {"march", "travel", "fly", "go", "come", "return", "head", "move", "walk", "drive", "sail", "rally", "flee"}
LANDMARK_WORDS = {"palais", "place", "palace", "square", "plaza", "hotel", "hall", "avenue", "street", "tower",
                  "centre", "center", "guesthouse", "compound", "mansion", "villa", "residence"}
NAME_PARTICLES = {"do", "da", "dos", "das", "de", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "bin", "ibn"}
# the small words a body's spelled-out name runs through, which its acronym skips ("Autorità Garante della
# Concorrenza e del Mercato (AGCM)", "Commission for the Conservation of … (CCAMLR)")
NAME_LINKS = frozenset({"of", "the", "and", "for", "on", "de", "del", "della", "delle", "dei", "degli", "des", "du", "da",
                        "do", "dos", "das", "di", "la", "le", "y", "e", "et"})
# worn before a surname alone ("Mr Beruashvili"), so the word after one is a person's surname
SURNAME_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Dr"})
_SURNAME_HONORIFIC_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\b")
# "the commander known as 'X'", "the leader, known as X": the name that follows says who the office is
_KNOWN_AS_AFTER = re.compile(r",?\s+(?:(?:also|better|widely|commonly)\s+)?(?:known\s+as|called|dubbed|nicknamed|alias)\s+[\"'\u201c\u2018]?")
# words that make another office of the same head: "the prime minister" is not "the trade minister"
OFFICE_MODIFIERS = {"prime", "deputy", "vice", "foreign", "defence", "defense", "interior", "information", "trade",
                    "finance", "treasury", "health", "labour", "labor", "energy", "justice", "economy"}
_KNOWN_AS = re.compile(r"(?:[Tt]he\s+)?((?:(?:[A-Z]|[a-z]{1,3}-[A-Z])[\w'\u2019\-]*\s+(?:(?:of|for|and|the|de)\s+)*){0,7}"
                       r"(?:[A-Z]|[a-z]{1,3}-[A-Z])[\w'\u2019\-]*),\s+"  # "… al-Islam wal-Muslimin"
                       r"(?:(?:the|an?)\s+(?:[\w'\u2019\-]+\s+){1,4}?)?"  # "X, the Y-linked group known as Z"
                       r"(?:also\s+|better\s+|commonly\s+|widely\s+|locally\s+)?known\s+as\s+"
                       r"((?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*)")
_THING_ACRONYM = re.compile(r"\b((?:[a-z][a-z]*[\s\-]+){1,5}[a-z]+),?\s+(?:or\s+|\()([A-Z]{2,6})s?\b")
_OR_CAPS, _PAREN_CAPS = re.compile(r"or\s+[A-Z]{2}"), re.compile(r"\([A-Z]{2}")


def _may_name_acronym(text: str) -> bool:
    """Does ``text`` hold what any _THING_ACRONYM match holds ("or MLB", "(MLB")? Two quick searches for a
    literal, where that pattern tries every word: a paragraph without it is not searched word by word."""
    return _OR_CAPS.search(text) is not None or ("(" in text and _PAREN_CAPS.search(text) is not None)


PRONOUNS = frozenset({"he", "she", "it", "they", "its", "their", "his", "her"})  # the words ``pronouns`` reads
STOP_WORDS = {"who", "us", "it", "am", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "me", "my", "no",
              "of", "on", "or", "so", "to", "up", "we", "all", "and", "are", "can", "may", "now", "one", "our", "was",
              "will", "had", "has", "any", "aid", "act", "age", "aim", "art", "end", "era", "sun"}
# a capitalised possessor after a lower-case word that is no preposition: where an office's phrase opens
_OWNER_OPENS = re.compile(r"(?<=\s)(?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w.\-]*(?:'s|\u2019s)\s")
_OFFICE_OPENS = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Aa]n?|(?:[A-Z]\w*\s+){0,2}[A-Z][\w.\-]*(?:'s|\u2019s))\s")
_LISTED_PORTFOLIO = re.compile(  # "Uganda's minister of fisheries, livestock and blue economy, X"
    r"(\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Aa]n?|(?:[A-Z]\w*\s+){0,2}[A-Z][\w.\-]*(?:'s|\u2019s))\s+"
    r"([^,;:.\u201c\u201d\"]{2,50}?)\s+(?:of|for)\s+((?:[^,;:.\u201c\u201d\"]{2,40}?,\s*)+"
    r"[^,;:.\u201c\u201d\"]{2,40}?\s+and\s+[^,;:.\u201c\u201d\"]{2,40}?)),\s*$")
DEGREE_WORDS = {"least", "less", "lesser", "most", "more", "non", "un"}  # "Least Developed": not the developed
_NOT_AN_OFFICE_WORD = {"of", "to", "for", "at", "in", "on", "by", "with", "from", "and", "or", "the", "a", "an"}
# plural words of a crowd that name no body's members ("Island nations" are not the United Nations)
NOT_MEMBERS = {"nations", "states", "countries", "economies", "powers", "governments", "parties", "members",
               "people", "peoples", "groups", "forces", "sides", "officials", "leaders", "residents", "civilians"}
STATIVE = {"be", "belong", "lie", "remain", "sit", "stand", "become", "have", "seem", "appear", "fall", "rise", "include"}
STOP_TITLE = {"the", "a", "an", "and", "of", "with", "for", "by", "to", "from", "in", "on", "at", "as", "that"}


@dataclass
class Actor:
    name: str
    type: str
    aliases: set[str] = field(default_factory=set)
    roles: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    relations: list[tuple[str, str]] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    modifiers: set[str] = field(default_factory=set)  # "paramilitary" of "paramilitary RSF"
    first: int = 10**9
    named: bool = False  # appears by name in the body (not only in headline/caption)


@dataclass
class Mention:
    actor: str
    kind: str  # name | metonym | collective | descriptor | pronoun
    para: int
    i: int  # first token
    j: int  # token after last
    head: int  # head token index


def _without_units(names: Iterable[str]) -> list[str]:
    """``names`` less those that extend another of them by more words: "Air Canada Rouge" is a unit of "Air Canada",
    so "the company" or "the airline" beside both is still Air Canada."""
    names = list(names)
    return [n for n in names if not any(n.startswith(m + " ") for m in names)]


class ActorTable:
    """Actors of one article and, per paragraph token, which actor it refers to."""

    def __init__(self, gaz: Gazetteer, lex: Lexicon) -> None:
        self.gaz, self.lex = gaz, lex
        self.actors: dict[str, Actor] = {}
        self.by_token: dict[tuple[int, int], Mention] = {}
        self.places: dict[str, dict[str, Any]] = {}
        self.place_tokens: dict[tuple[int, int], str] = {}
        self.last_subject_person: str | None = None
        self.last_subject_group: str | None = None
        self.last_root_subject: str | None = None
        self.last_group_plural = False  # that body was last named in the plural ("Ethiopian officials")
        self.recent: list[tuple[int, str]] = []  # (abs pos, actor) in reading order
        self.home: str | None = None
        self.last_gov: str | None = None  # the state last named with "government", "authorities", "cabinet"
        self.proxies = frozenset(lex.raw.get("proxy_nouns", []))  # "a spokesman for X" speaks as X
        # what ``resolve`` answered, once the reader has read the article (its mentions no longer change): every
        # extractor asks again about the same subjects and objects; None while the reader is still reading
        self.settled: dict[tuple[int, int, int, bool], tuple[str, ...]] | None = None

    # -- registry ---------------------------------------------------------------------------
    def actor(self, name: str, typ: str) -> Actor:
        a = self.actors.get(name)
        if a is None:
            a = self.actors[name] = Actor(name, typ)
            e = self.gaz.lookup(name)
            if e is not None and e.kind == "actor":
                a.roles += [r for r in e.roles if r not in a.roles]
                a.affiliations += [x for x in e.affiliations if x not in a.affiliations]
        return a

    def add_mention(self, p: Paragraph, i: int, j: int, head: int, name: str, typ: str, kind: str,
                    surface: str | None = None, *, record: bool = True) -> Actor:
        a = self.actor(name, typ)
        doc = p.doc
        doc_toks = tokens_of(doc)
        start, end = p.start + doc_toks[i].idx, p.start + doc_toks[j - 1].idx + len(doc_toks[j - 1].text)
        m = Mention(name, kind, p.idx, i, j, head)
        for t in range(i, j):
            self.by_token[(p.idx, t)] = m
        if record:
            a.mentions.append((start, end))
            a.first = min(a.first, start)
            if kind == "name" and p.kind == "body":
                a.named = True
        if surface:
            s = _clean_surface(surface)
            if s and norm(s) != norm(name):
                a.aliases.add(s)
        self.recent.append((start, name))
        return a

    def place(self, p: Paragraph, i: int, j: int, name: str, kind: str, e: Entry | None = None) -> None:
        pl = self.places.setdefault(name, {"name": name, "kind": kind, "mentions": [],
                                           "seat_of": e.seat_of if e else None,
                                           "located_in": e.located_in if e else None})
        doc = p.doc
        doc_toks = tokens_of(doc)
        pl["mentions"].append((p.start + doc_toks[i].idx, p.start + doc_toks[j - 1].idx + len(doc_toks[j - 1].text)))
        for t in range(i, j):
            self.place_tokens[(p.idx, t)] = name

    # -- lookups used by the record extractors -----------------------------------------------
    def at(self, p: Paragraph, tok_i: int) -> str | None:
        m = self.by_token.get((p.idx, tok_i))
        return m.actor if m else None

    def camp(self, names: Iterable[str]) -> set[str]:
        """Actors and the bodies they belong to: "Fidan's paper" and "Ankara's paper" are one camp's."""
        out = set(names)
        for n in list(out):
            a = self.actors.get(n)
            if a is not None:
                out.update(a.affiliations)
        return out

    def _office_of_conj(self, p: Paragraph, tok: Any) -> str | None:
        """The person named after a comma as the conjunct of an office's of-object: "The governor of
        X, Y," is Y (a person; a state or body joined so is a second place or party, not the holder)."""
        doc = p.doc
        for prep in children_of(tok):
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "for"):
                continue
            for obj in children_of(prep):
                if obj.dep_ != "pobj":
                    continue
                for c in children_of(obj):
                    who = self.at(p, c.i) if c.dep_ in ("conj", "appos") and c.i > 0 else None
                    if who and self.actors[who].type == "Person" and any(
                            tokens_of(doc)[k].text == "," for k in range(obj.i + 1, c.left_edge.i)):
                        return who
        return None

    def resolve(self, p: Paragraph, tok: Any, *, conj: bool = True) -> list[str]:
        """Actors a noun-phrase head refers to (itself, its possessor or compound, its conjuncts)."""
        if self.settled is None:
            return self._resolve(p, tok, conj)
        key = (id(tok.doc), tok.i, p.idx, conj)
        got = self.settled.get(key)
        if got is None:
            got = self.settled[key] = tuple(self._resolve(p, tok, conj))
        return list(got)

    def _resolve(self, p: Paragraph, tok: Any, conj: bool) -> list[str]:
        out: list[str] = []
        a = self.at(p, tok.i)
        if a is None:
            kids = sorted(children_of(tok), key=lambda c: c.dep_ != "appos")
            for c in kids:
                if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < tok.i or c.dep_ == "appos":
                    a = self.at(p, c.i) or (next((self.at(p, g.i) for g in children_of(c) if g.dep_ == "appos"
                                                  and self.at(p, g.i)), None) if c.dep_ == "appos" else None)
                    if a:  # "Its chair, Palau's ambassador to the UN, Ilana Seid,": the name two appositions on
                        break
        if a is None and tok.lower_ in self.proxies:  # "a spokesman for X", "members of X": X
            for c in children_of(tok):
                if c.dep_ == "prep" and c.lower_ in ("for", "of", "from"):
                    a = next((self.at(p, g.i) for g in children_of(c) if g.dep_ == "pobj" and self.at(p, g.i)), None)
        if a is None and tok.lower_ in self.lex.role_heads:  # "The president of Castilla-La Mancha, Emiliano Pardo,
            a = self._office_of_conj(p, tok)  # said": the parse hangs the holder's name on the place as a conjunct
        if a is None and tok.lower_ in INSIDERS:  # "sources in the union", "officials at the ministry": that body
            for c in children_of(tok):
                if c.dep_ == "prep" and c.lower_ in ("in", "at", "within", "inside"):
                    a = next((w[0] for g in children_of(c) if g.dep_ == "pobj" and (w := self.resolve(p, g, conj=False))), None)
        if a is None and tok.lower_ in ("which", "who", "that") and tok.head.dep_ == "relcl":
            a = self.at(p, tok.head.head.i)
        if a:
            out.append(a)
            m = self.by_token.get((p.idx, tok.i))
            out += [x for x in getattr(m, "others", []) if x not in out]
        if conj and not (a is None and (tok.ent_type_ in ("GPE", "LOC") or (p.idx, tok.i) in self.place_tokens)):
            for c in children_of(tok):  # "councils in England, Spain and France": a list of places, no actors
                if c.dep_ == "conj":
                    out += [x for x in self.resolve(p, c) if x not in out]
        return out

    def place_at(self, p: Paragraph, tok_i: int) -> str | None:
        return self.place_tokens.get((p.idx, tok_i))


def state_body_endings(lex: Lexicon) -> tuple[str, ...]:
    """Lexicon ``state_bodies`` ("ministry", "defence ministry"): a name ending so is a state's body. Built once per lexicon."""
    return lex.cached("actors.state_bodies", lambda raw: tuple(raw.get("state_bodies", [])))


def _descriptor_synonyms(lex: Lexicon) -> dict[str, frozenset[str]]:
    """Lexicon ``descriptor_synonyms`` as sets. Built once per lexicon."""
    return lex.cached("actors.descriptor_synonyms", lambda raw: {
        k: frozenset(v) for k, v in raw.get("descriptor_synonyms", {}).items()})


def _body_name_nouns(lex: Lexicon) -> frozenset[str]:
    return lex.cached("actors.body_name_nouns", lambda raw: frozenset(raw.get("body_name_nouns", [])))


def _striker_words(lex: Lexicon) -> frozenset[str]:
    """Lexicon ``striker_words`` ("strikers", "striking"): a crowd so opened is the striking union's. Built once per lexicon."""
    return lex.cached("actors.striker_words", lambda raw: frozenset(raw.get("striker_words", [])))


def communication_noun_set(lex: Lexicon) -> frozenset[str]:
    return lex.cached("actors.communication_nouns", lambda raw: frozenset(raw.get("communication_nouns", [])))


def _before_end_punct(doc: Any, start: int, end: int) -> int:
    """The end of the name ``doc[start:end]`` without the commas, semicolons and colons that NER or the
    gazetteer took with it ("the Evangelical Alliance of Kenya,"), keeping at least one token."""
    while end - start > 1 and tokens_of(doc)[end - 1].text in (",", ";", ":"):
        end -= 1
    return end


def _of_phrase_end(doc: Any, of_i: int, limit: int) -> int | None:
    """Where the phrase hanging on the "of" at ``of_i`` ends, if it ends by ``limit`` and its words are all
    capitalised (or "of", "the", "and"): then it belongs to a body's name ("… of the Jazira"); else None."""
    stop = max(t.i for t in subtree_of(tokens_of(doc)[of_i])) + 1
    if stop > limit or not all(t.text[:1].isupper() or t.lower_ in ("of", "the", "and") for t in doc[of_i:stop]):
        return None
    return stop


def _past_hyphens(doc: Any, ent: Any, limit: int, known: Callable[[str], Entry | None]) -> int:
    """Where a name NER cut inside a hyphened word really ends: "North Rhine-" + "Westphalia", and a
    name already holding a lowercase particle ("Nusrat al-Islam") goes on with the next ("wal-Muslimin");
    not two names joined ("EU-US"), where ``known`` knows the word after the hyphen."""
    doc_toks = tokens_of(doc)
    def glued(k: int) -> bool:  # "-Word" at k, written without spaces
        return k + 1 < limit and doc_toks[k].text == "-" and not doc_toks[k - 1].whitespace_ and not doc_toks[k].whitespace_ \
            and doc_toks[k + 1].is_alpha and doc_toks[k + 1].text[:1].isupper()
    particle = any(t.is_lower and t.is_alpha and glued(t.i + 1) for t in ent[:-1])
    k = ent.end
    while k < limit:
        if doc_toks[k - 1].text == "-" and not doc_toks[k - 1].whitespace_ and doc_toks[k].is_alpha and doc_toks[k].text[:1].isupper() \
                and known(doc_toks[k].text) is None:
            k += 1
        elif particle and doc_toks[k].is_lower and doc_toks[k].is_alpha and not doc_toks[k].whitespace_ and glued(k + 1):
            k += 3
        else:
            break
    return k


def _office_tail(tail: str, before: str) -> re.Match[str] | None:
    """``tail`` (the end of an office phrase already found in ``before``) as that phrase, group 1, before
    the closing comma: an apposition's office cut to where it really opens."""
    return re.search("(" + re.escape(tail) + r"),\s*$", before)


def _list_head(tok: Any) -> Any:
    """The first member of the list ``tok`` is in ("Democrats" for "Greens" in "the Social Democrats and
    the Greens"): the parse gives the list's role in its clause (subject, modifier) to that member only."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _office_before(doc_toks: list[Any], lo: int, k: int, offices: frozenset[str] | set[str]) -> bool:
    """A capitalised office word (one of ``offices``) a few words before token ``k`` ("of"/"for"/"and"), with only
    capitalised words and "of"/"and"/"for"/"the" between: what follows ``k`` is that office's portfolio."""
    for u in reversed(doc_toks[max(lo, k - 6):k]):
        if u.text[:1].isupper() and u.lower_ in offices:
            return True
        if not (u.text[:1].isupper() or u.lower_ in ("of", "and", "for", "the")):
            return False
    return False


def _text_of(toks: list[Any]) -> str:
    """The article's own spelling of a token run ("al-Burhan", not "al - Burhan")."""
    return "".join(t.text_with_ws for t in toks).strip().replace("\u2019", "'")


def _clean_surface(s: str) -> str:
    s = s.replace("\u2019", "'").strip(" ,.;:\"'“”")
    s = re.sub(r"'s$", "", s).strip()
    return re.sub(r"(?<=\w) - (?=\w)", "-", s)  # tokens joined by spaces: "al - Sharaa" is "al-Sharaa"


def _strip_honorific(tokens: list[Any]) -> list[Any]:
    while tokens and (tokens[0].lower_.rstrip(".") in _HONORIFIC_KEYS or tokens[0].text == "M." and len(tokens) > 2):
        tokens = tokens[1:]  # "Son Excellence M. Moussa Kanté": the French "M." too
    while tokens and tokens[-1].text in ("'s", "\u2019s", "'", "\u2019"):
        tokens = tokens[:-1]
    return tokens


def _acting(tok: Any) -> bool:
    """Does this noun act (subject, possessor, agent, addressee) rather than name a place?"""
    t = tok
    while t.dep_ in ("conj", "compound", "appos") and t.head.i != t.i:
        t = t.head
    if t.dep_ in ACTING_DEPS:
        return True
    if t.dep_ == "pobj" and t.head.lower_ in ("by", "between", "from") and t.head.head.pos_ != "VERB":
        return True
    if t.dep_ == "pobj" and t.head.lower_ == "by":
        return True
    if t.dep_ == "pobj" and t.head.lower_ in ("of", "from", "for") and t.head.head.lower_ in MEMBERS:
        return True  # "members of the Samyukt Kisan Morcha marched", "a spokesman for X said"
    if t.dep_ == "pobj" and t.head.lower_ in ("after", "before", "since", "until", "while", "when") and any(
            u.tag_ in ("VBD", "VBZ", "VBP") for u in t.doc[t.i + 1:t.i + 6]):
        return True
    if t.dep_ == "dobj" and t.head.lemma_ in ("urge", "tell", "inform", "accuse", "press", "ask", "call", "want"):
        return True
    if t.dep_ == "pobj" and (t.head.lower_, t.head.head.lemma_) in (("on", "call"), ("to", "appeal")):
        return True  # "called on Ottawa to withdraw …", "appealed to Brussels": the seat is addressed, not visited
    return False


class ActorReader:
    """Builds the :class:`ActorTable` sentence by sentence."""

    def __init__(self, gaz: Gazetteer, lex: Lexicon, paras: list[Paragraph], sents: list[Sentence]) -> None:
        self.gaz, self.lex = gaz, lex
        self.paras, self.sents = paras, sents
        self.table = ActorTable(gaz, lex)
        self.acronyms: dict[str, str] = {}
        self.known_as: dict[str, str] = {}  # "X, known as Y": Y → X
        self.described_bodies: set[str] = set()  # names NER calls places that the article describes as bodies
        self.firm_aliases: set[str] = set()  # a state's other name the article gives a firm ("Emirates, the carrier")
        self.document_nouns = frozenset(lex.raw.get("document_nouns", [])) | (
            frozenset(lex.raw.get("proposal_heads", [])) - {"offer", "version", "text", "draft", "regime", "consensus"})
        self.org_firsts: dict[str, str] = {}  # first word → the one multi-word body name it opens ("" if two)
        self.thing_acronyms: set[str] = set()  # "macro-linked bonds, or MLBs": short for a thing, not a body
        self.bodies: dict[str, str] = {}  # "defence ministry" → "Armenian defence ministry" (latest owner)
        self._tok_cache: dict[int, tuple[list[str], list[int], str]] = {}
        self._tok_offsets: dict[int, list[int]] = {}  # a paragraph's token offsets, for _is_subject_at
        self.unresolved: list[tuple[int, str, str]] = []  # descriptors named only later (cataphora)
        self.unresolved_surface: dict[int, str] = {}
        # offices described before their holder is named ("the federal labour minister warned …" and later
        # "Labour Minister X"): paragraph, token span, owner word, modifier words, office head, surface
        self.later_offices: list[tuple[Paragraph, int, int, str, list[str], str, str]] = []
        self.fem_hon = set(lex.raw.get("female_honorifics", []))  # he/she agree with the antecedent
        self.masc_hon = set(lex.raw.get("male_honorifics", []))
        # the first-name lists (a thousand names) as sets built once per lexicon, not per article
        self.fem_names: frozenset[str] = lex.cached("actors.female_first_names", lambda raw: frozenset(
            raw.get("female_first_names", [])))
        self.masc_names: frozenset[str] = lex.cached("actors.male_first_names", lambda raw: frozenset(
            raw.get("male_first_names", [])) - self.fem_names)
        self.firm_prefixes = set(lex.raw.get("company_prefixes", []))  # "PT", "PJSC": a firm's name follows
        self.firm_words = set(lex.raw.get("company_name_words", []))  # "Corvane Aerospace", "Corp": a firm's name
        self.vessel_nouns = frozenset(lex.raw.get("vessel_nouns", []))  # "the tanker X": a ship, no actor
        self.vessel_prefixes = frozenset(lex.raw.get("vessel_prefixes", []))  # "BRP", "MV", "HMS"
        self.authored_nouns = frozenset(lex.raw.get("authored_nouns", []))  # "a list … It calls for": its author's
        self.speaking_verbs = frozenset(lex.reporting) | frozenset(lex.raw.get("document_speech_verbs", []))
        self.acting_verbs = lex.cached("actors.acting_verbs", lambda raw: frozenset(lex.reporting) | frozenset(
            w for ws in raw.get("stance_verbs", {}).values() for w in ws if " " not in w) | frozenset(
            raw.get("refusal_verbs", [])) | frozenset(raw.get("demand_verbs", [])))  # what a body does when it acts
        self.administration_states = list(lex.raw.get("administration_states", []))  # "the administration"
        self.body_role_nouns = frozenset(lex.raw.get("body_role_nouns", []))  # "the ship's owner, X": a body
        self.firm_legal_forms = frozenset(lex.raw.get("company_legal_forms", []))  # "Inc", "GmbH", "FZE": a firm's
        self.units = set(lex.raw.get("unit_nouns", []))  # "lodge", "district": a body's sub-unit
        self.ranks = set(lex.raw.get("rank_words", []))  # "Brigadier", "Lieutenant General": before a name
        self.later_bodies: list[tuple[Paragraph, int, int, str, str, int]] = []  # "the district" before its name
        self.full_names: dict[str, str] = {}  # token → full person name
        self.sharing: dict[str, list[str]] = {}  # token → every full name in the article it may stand for
        self.para_of_doc: dict[int, Paragraph] = {id(q.doc): q for q in paras}
        self.sent_starts: list[int] = [x.start for x in sents]  # (sorted: sentences come in reading order)
        self.honorific_surnames: set[str] = set()  # words after "Mr"/"Ms"/"Dr" anywhere in the article
        self.article_surnames: set[str] = set()  # last words of the people the article names in full ("Bloomberg")
        self.lone_bodies: set[str] = set()  # one-word names NER called people, read as bodies
        self.followed_only: dict[str, int] = {}  # person → times named as "X's successor"/"X's predecessor"
        self.parts_of: list[tuple[int, tuple[int, ...], str]] = []  # (paragraph, tokens of the whole, the part): "X, a unit of Y"
        self.bare_unions: list[tuple[Paragraph, int]] = []  # "unions and the government agreed": (paragraph, token)
        self.held_offices: list[tuple[int, int, str, str]] = []  # "X, who chairs the Y": (paragraph, Y's token, X, office)
        self.alias_pairs: list[tuple[str, str]] = []  # (alias, name): "X, alias Y", "Y, whose real name is X"
        self.learned_gender: dict[str, str] = {}  # person → "f"/"m" from a pronoun that could only be theirs
        self.gendered_nouns: dict[str, str] = {w.lower(): g for g, ws in lex.raw.get("gendered_person_nouns", {}).items()
                                               for w in ws}  # "the sister of …": a woman
        self.first_body = next((p.idx for p in paras if p.kind == "body"), -1)  # where a dateline stands
        self.media = set(lex["media_words"])
        self.outlets = lex.cached("actors.news_outlets", lambda raw: frozenset(
            re.sub(r"^the\s+", "", o.lower()) for o in raw.get("news_outlets", [])))
        self.state_services = lex.cached("actors.state_service_words", lambda raw: frozenset(
            w.lower() for w in raw.get("state_service_words", [])))
        self.implied: dict[str, list[str]] = dict(lex.raw.get("descriptor_implied", {}))
        self.group_descriptors = set(lex.raw.get("group_descriptors", []))  # "the opposition X": X is a body
        self.armed_descriptors = set(lex.raw.get("armed_descriptors", []))  # "the insurgents": an armed group named
        self.national_modifiers = set(lex.raw.get("national_modifiers", []))  # "the national delegation": the state's
        self.collective = dict(lex["collective_nouns"])
        self.recalled = set(lex.raw.get("recalled_collectives", []))  # "the mediators" after "Kenyan mediators"
        self.collective_of: dict[str, str] = {}  # collective noun → the state it was last qualified with
        self.military = set(lex["military_nouns"])
        self.region_heads: frozenset[str] = lex.cached(  # "the X government"
            "actors.region_governments", lambda raw: frozenset(raw.get("region_government_heads", [])))
        self.region_levels: frozenset[str] = lex.cached(  # "the X provincial government"
            "actors.region_level_words", lambda raw: frozenset(raw.get("region_level_words", [])))
        self.demonym_governments: dict[str, str] = {}  # "Catalan government" → "catal": the region named so
        self.police: frozenset[str] = lex.cached(  # events.json: "Police said …", a force that acts
            "actors.police_nouns", lambda raw: frozenset(raw.get("police_nouns", [])))
        self.force_nouns = frozenset(lex.raw.get("force_nouns", []))  # "Jubaland Darwish forces": a group's name
        self.group_nouns = set(lex.raw.get("group_nouns", []))
        self.body_nouns = set(lex.raw.get("state_body_nouns", []))  # "the interior ministry": a state's body
        # "the X party": the words that close a body's name (with events.json's "party_nouns", the sides of talks)
        self.org_nouns = (set(lex.raw.get("body_name_nouns", [])) | set(lex.raw.get("party_nouns", []))) - PLACE_NOUNS
        self.quantifiers = set(lex.raw.get("group_noun_quantifiers", []))
        self.coalitions = set(lex.raw.get("coalition_nouns", []))  # "a coalition of 100 countries"
        self.company_nouns = set(lex.raw.get("company_nouns", []))  # "the company": the story's one firm
        self.saint_words = lex.words("saint_prefixes")  # "St", "Saint": a church's name, no person
        self.trade_nouns = lex.words("firm_trade_nouns")  # "lender X": a firm ("producer X" may be a person)
        self.firm_kinds = lex.words("company_nouns", "firm_trade_nouns")  # a body described so is a firm
        self.part_of_nouns = lex.words("part_of_nouns")  # "the company, a unit of X": a part names its whole, not itself
        self.public_body_words = lex.words("public_body_words")  # "the company" is never the "… Authority"
        self.rival_group_nouns = lex.words("rival_group_nouns")  # "two warring clans": the two sides
        self.prefixed_body_nouns = lex.words("prefixed_body_nouns")  # "U.S. Conference of Mayors": a body, no state
        self.gang_nouns = lex.words("gang_nouns")  # "the gang Barrio 18": a Group's name
        self.not_trades = lex.words("maker_not_a_trade")  # "policy maker": a person's work
        self.listed_org_words = frozenset(lex.raw.get("org_words", []))  # the lexicon's own list, without org_nouns
        self.org_words = set(lex.raw.get("org_words", [])) | self.org_nouns
        self.sector_nouns: frozenset[str] = lex.cached(  # "the industry council": any council
            "actors.sector_nouns", lambda raw: frozenset(raw.get("sector_nouns", [])))
        # "X, a coalition of farm unions,": nouns that make X a body (not "team", "leader": people lead those)
        self.body_heads = (set(lex.raw.get("org_words", [])) | self.coalitions) - set(lex.role_words)
        self.unnamed_blocs: dict[str, tuple[str, str]] = {}  # bloc described, not named → its head noun and the
        # plural it gathers ("a group of bondholders" → ("group", "bondholders"))
        self.placed_group_nouns = lex.words("placed_group_nouns")  # "leaders" only "in <Place>"
        self.persons_governments: list[tuple[Paragraph, int, int, str]] = []  # "her government": resolved at the end
        self.led_teams: list[tuple[Paragraph, int, str]] = []  # "its delegation, led by X": read at the end
        self.crowd_nouns = set(lex.raw.get("crowd_nouns", []))  # plural people that act even undescribed
        # a side's own members, never a side of the talks ("Nurses", "Drivers")
        self.crowd_words = frozenset(self.group_nouns | self.crowd_nouns)
        self.crowd_sizes = set(lex.raw.get("crowd_sizes", []))  # "hundreds of", "a crowd of"
        self.state_forms = set(lex.raw.get("state_form_nouns", []))  # "the kingdom", "the emirate": a state
        self.state_form_members: dict[str, frozenset[str]] = {
            k: frozenset(v) for k, v in lex.raw.get("state_form_members", {}).items()}  # "the kingdom": a monarchy
        self.office_only_modifiers = frozenset(w.lower() for w in lex.raw.get("office_only_modifiers", []))
        # built once, read per sentence or per token
        self.body_words = self.org_words | self.body_nouns | self.military | self.coalitions | self.company_nouns
        self.people_bodies = self.org_words | self.company_nouns | self.units  # "District officials"
        self.honorifics = _HONORIFIC_KEYS
        # offices whose holder a name in apposition is ("the minister, X,"), not "head", "chief", "leader" alone
        self.office_heads = lex.cached("actors.office_heads", lambda _raw: lex.role_heads - {
            "head", "general", "chief", "official", "leader"})
        # the same with "leader", for names NER read as places ("X, the opposition leader,")
        self.leader_offices = lex.cached("actors.leader_offices", lambda _raw: self.office_heads | {"leader"})
        # nouns an acronym before them may own ("a KNU spokesman", "ELN fighters", "UDP government")
        self.owned_by_a_body = lex.cached("actors.owned_by_a_body", lambda raw: frozenset(  # (the lexicon's alone)
            self.body_words | lex.role_words | lex.role_heads | MEMBERS | PEOPLE_OF | INSIDERS
            | self.crowd_nouns | self.group_nouns | RANKS_OF_A_BODY | set(raw.get("party_nouns", [])) | {
                "delegation", "team", "side", "forces", "force", "troops", "fighter", "government", "administration",
                "leadership", "camp", "statement", "spokesperson", "official", "source", "negotiator", "aide",
                "supporter", "lawmaker", "legislator", "delegate", "staff", "worker", "employee", "chief", "boss"}))
        self.name_titles = self.honorifics | self.ranks  # worn before a person's name: "Dr", "Brigadier"
        self.honorifics_and_ranks = HONORIFICS | self.ranks  # the same, with the dotted forms ("mr.")
        self.given_names: frozenset[str] = lex.cached("actors.given_names", lambda _raw: self.fem_names | self.masc_names)
        self.national_words = set(lex.raw.get("national_government_words", []))  # "Federal", "National"
        self.office_ranks = lex.cached("actors.office_rank_words", lambda raw: frozenset(
            raw.get("office_rank_words", [])))  # "the top minister": no portfolio named
        self.title_words = self.ranks | lex.role_words | lex.role_heads | HONORIFICS | {"major", "lieutenant", "senior", "chief"}
        # the two office patterns depend on the lexicon only: compiled once for it, not per article
        self.descriptor_re = lex.cached("actors.descriptor_re", lambda raw: re.compile(
            r"\b([Tt]he|[Hh]is|[Hh]er|[Ii]ts)\s+((?:[A-Z][\w.\-]*|US|UN|EU)\s+)?((?:(?:senior|top|chief|foreign|deputy|vice|special|"
            r"former|defence|defense|interior|information|trade|finance|prime|treasury|army|military|paramilitary|"
            r"diplomatic|policy|security|economic|acting|new|rsf|treasury"
            + "".join("|" + re.escape(w) for w in raw.get("descriptor_modifiers", []))
            + r")\s+){0,2})("
            + "|".join(sorted((re.escape(w) for w in lex.role_words), key=len, reverse=True)) + r")\b", re.I))

        self.owned_office_re = lex.cached("actors.owned_office_re", lambda _raw: re.compile(
            r"\b(?:([A-Z][\w\-]+)(?:'s|\u2019s)|[Tt]he(?: [a-z]+(?:'s|\u2019s))?) ((?:[a-z][a-z\-]+ ){0,2})("
            + "|".join(sorted((re.escape(w) for w in self.office_heads), key=len, reverse=True)) + r")\b"))

    # -- pre-pass: full names, so that "Mr Putin" before "Vladimir Putin" still merges ----------
    def prepass(self) -> None:
        for p in self.paras:  # "Mr Beruashvili": a word worn after an honorific is a person's surname
            for t in p.doc[:-1] if _SURNAME_HONORIFIC_RE.search(p.text) else ():  # (tokens read only where one stands)
                if t.text.rstrip(".") in SURNAME_HONORIFICS and tokens_of(p.doc)[t.i + 1].text[:1].isupper():
                    self.honorific_surnames.add(tokens_of(p.doc)[t.i + 1].text)
        for p in self.paras:
            for m in _THING_ACRONYM.finditer(p.text) if _may_name_acronym(p.text) else ():
                words = re.split(r"[\s\-]+", m.group(1))
                short = m.group(2)
                if "".join(w[0] for w in words[-len(short):]).upper() == short and len(words) >= len(short):
                    self.thing_acronyms.add(short)
        for p in self.paras:  # "the United States-Mexico-Canada Agreement (USMCA)": a treaty's initials name a text
            for m in _NAME_AND_INITIALS.finditer(p.text) if "(" in p.text else ():
                last = m.group(1).split()[-1].split("-")[-1].lower()
                if last in self.document_nouns:
                    self.thing_acronyms.add(m.group(2))
        for p in self.paras:  # "X, known as Y": Y is X's other name
            for m in _KNOWN_AS.finditer(p.text) if "known" in p.text else ():  # (the word the pattern needs)
                self.known_as[_clean_surface(m.group(2))] = _clean_surface(m.group(1))
        para_ents = [(p, self._given_name_and_place(p.doc, list(p.doc.ents), 0))
                     for p in self.paras]  # (``Doc.ents`` builds its spans anew on every read)
        for p, ents in para_ents:  # "X, Germany's third-largest steelmaker,": a body wherever NER takes X for a state
            for ent in ents:
                if ent.label_ == "GPE" and self.gaz.lookup(ent.text) is None and self._described_body(p.doc, ent.start, ent.end):
                    self.described_bodies.add(_clean_surface(ent.text))
        firm_only = self.lex.words("firm_only_nouns")
        for p in self.paras:  # "Emirates, the Dubai-based carrier,": a state's other name that names a firm here
            for t in p.doc if firm_only else ():
                if t.text[:1].isupper() and t.is_alpha and any(
                        c.dep_ == "appos" and c.pos_ == "NOUN" and c.lower_ in firm_only for c in children_of(t)) \
                        and (e := self.gaz.lookup(t.text)) is not None and e.kind == "actor" and e.type == "State" \
                        and norm(e.name) != norm(t.text):
                    self.firm_aliases.add(t.text)
        counts: dict[str, int] = {}
        firms: set[str] = set()  # "PT Freeport Indonesia": NER's person is a firm's name
        for _, ents in para_ents:  # "Halcyon said" after "Halcyon Games": a body's first word stands for it
            for ent in ents:
                if ent.label_ == "ORG" and 2 <= len(ent) <= 4 and ent[0].text[:1].isupper() and ent[0].is_alpha \
                        and ent[0].lower_ not in STOP_TITLE and self.gaz.lookup(ent[0].text) is None:
                    if all(self.gaz.lookup(t.text) is not None for t in ent[1:]):
                        continue  # "FIFPRO Europe", "Oxfam America": a regional branch, not the body's full name
                    full = _clean_surface(ent.text)
                    self.org_firsts[ent[0].text] = full if self.org_firsts.get(ent[0].text, full) == full else ""
        for p, ents in para_ents:
            for ent in ents:
                if (ent.label_ != "PERSON" and not self._titled_person(list(ent))
                        and not self._person_shaped(p.doc, ent.start, ent.end)) \
                        or skipped(p, ent.start_char, ent.end_char):
                    continue
                if ent.start > 0 and tokens_of(p.doc)[ent.start - 1].text in self.firm_prefixes:
                    firms.add(ent.text)
                    continue
                if ent.start > 0 and tokens_of(p.doc)[ent.start - 1].text.islower() \
                        and tokens_of(p.doc)[ent.start - 1].lower_ in self.group_descriptors:
                    continue  # "the main opposition Nepali Janamat Morcha": a described body, no person's name
                if self._names_a_force(p.doc, ent.start, ent.end):
                    continue  # "Jubaland Darwish forces": the name of an armed group, no person's
                if self._national_branch(p.doc, ent, []) is not None:
                    continue  # "Kelsat Ghana": a firm's branch, so a later "Ghana" is the state, not a surname
                toks = self._past_title(self._untitled([t for t in ent]))
                toks = [t for t in toks if t.lower_ not in self.lex.role_words]
                if len(toks) >= 3 and toks[0].i == ent.start and self._ends_a_portfolio(p.doc, ent.start, 0):
                    toks = toks[1:]  # "Minister of Energy and Mines Bounleuth Sisoulath": "Mines" ends the portfolio
                if len(toks) >= 2 and all(t.text[:1].isupper() or t.lower_ in ("al", "bin", "de", "van", "von", "der", "-")
                                          or t.text.startswith("al-") for t in toks):
                    name = _text_of(toks)
                    hit = self.gaz.lookup(name)
                    if (hit is not None and hit.kind != "actor") or toks[-1].lower_ in PLACE_NOUNS:
                        continue  # "Rakhine State", "Shan Province": NER's person is a place
                    if hit is not None and hit.type == "Person":
                        name = hit.name
                    counts[name] = counts.get(name, 0) + 1
        # longest first; between equal lengths ('Arjun Osei', 'Yusuf Osei') the more mentioned, then by name, so a
        # shared surname goes to the same person in every run (a set's order follows the string hash seed)
        for name in sorted(set(counts) - firms, key=lambda n: (-len(n), -counts[n], n)):
            parts = re.split(r"[\s]+", name)
            last = len(parts) - 1  # "al-Mutairi" is the surname even with "Mutairi" listed after it
            if "-" in parts[-1]:
                parts.append(parts[-1].rsplit("-", 1)[-1])  # "al-Burhan" is also "Burhan"
            for k, part in enumerate(parts):
                key = part.lower()
                if self.gaz.adjective(part) is not None:
                    continue  # "Nepali", "Catalan": a nationality in a name never stands for that name alone
                if k >= last or k == 0 or (len(parts) >= 3 and part[:1].isupper()):
                    self.full_names.setdefault(key, name)  # "Jiménez" of "Álvaro Jiménez Restrepo" too
                    if name not in self.sharing.setdefault(key, []):
                        self.sharing[key].append(name)  # "Kevin Kim" and "Kim Jong Un" both answer to "Kim"
                if k >= last and last >= 1:
                    self.article_surnames.add(key)
                if part.lower().startswith("al-"):
                    self.full_names.setdefault(part[3:].lower(), name)
        for e in self.gaz.entries.values():
            if e.kind == "actor" and e.type == "Person" and e.surname is not None:
                self.full_names.setdefault((e.surname or e.name.split()[-1]).lower(), e.name)

    def _state_pair_before(self, s: Sentence, t: Any) -> list[str]:
        """Two states joined by "and" earlier in the sentence or in the one before ("Finland and Estonia
        want …. The two governments …"): what "the two governments" or "both sides" points back to."""
        T = self.table
        for x in (s, self.sents[s.idx - 1] if 0 < s.idx <= len(self.sents) else None):
            if x is None or (x is not s and x.para.idx != s.para.idx and x.para.idx != s.para.idx - 1):
                continue
            for u in reversed(x.tokens):
                if x is s and u.i >= t.i:
                    continue
                a = T.at(x.para, u.i)
                if a is None or T.actors[a].type != "State":
                    continue
                other = next((T.at(x.para, c.i) for c in children_of(u) if c.dep_ == "conj" and T.at(x.para, c.i)), None)
                if other and other != a and T.actors[other].type == "State":
                    return [a, other]
        return []

    def _two_parties(self, s: Sentence) -> list[str]:
        """The two sides of a dispute the story is about when a body is one of them (a company and a
        union, a board and a players' association): the two actors most mentioned so far, if clearly so."""
        seen = sorted(((sum(1 for m in a.mentions if m[0] < s.start), -a.first, n) for n, a in self.table.actors.items()
                       if a.type != "Person" and a.first < s.start and n.lower() not in self.crowd_words), reverse=True)
        if len(seen) < 2 or all(self.table.actors[n].type == "State" for _c, _f, n in seen[:2]) \
                or (len(seen) > 2 and seen[1][0] <= seen[2][0]):
            return []
        return [n for _c, _f, n in seen[:2]]

    def _says_it(self, t: Any) -> bool:
        """Is ``t`` the subject of a reporting verb whose reported clause has "it" for subject ("Telvora said
        on Friday it was prepared to pay")? A person does not speak of himself as "it"."""
        return t.dep_ == "nsubj" and t.head.lemma_ in self.lex.reporting and any(
            c.dep_ == "ccomp" and any(w.dep_ in ("nsubj", "nsubjpass") and w.lower_ == "it" for w in children_of(c))
            for c in children_of(t.head))

    def _rival_noun(self, word: str) -> bool:
        """"clans", "clan", "tribe": a word of ``rival_group_nouns``, plural or singular."""
        return word in self.rival_group_nouns or word + "s" in self.rival_group_nouns

    def _named_groups(self, p: Paragraph, first: Any) -> None:
        """"Leaders of the Tamba and Olop clans signed a truce": each name before the clan noun is a Group
        of its own ("Tamba clan", "Olop clan"); the plural noun, and the leaders or elders "of" it, stand
        for all of them together."""
        T = self.table
        head = first.head
        one = head.lower_[:-1] if head.lower_ in self.rival_group_nouns else head.lower_
        members = [first] + [c for c in children_of(first) if c.dep_ == "conj" and c.text[:1].isupper() and c.is_alpha]
        if any((p.idx, m.i) in T.by_token for m in members):
            return
        names = []
        for m in members:
            T.add_mention(p, m.i, m.i + 1, m.i, f"{m.text} {one}", "Group", "name", None)
            names.append(f"{m.text} {one}")
        spoken = [head]
        up = head.head
        if head.dep_ == "pobj" and up.lower_ == "of" and up.head.tag_ == "NNS" and up.head.lower_ in (
                self.group_nouns | self.placed_group_nouns | MEMBERS):
            spoken.append(up.head)  # "Leaders of the … clans signed": the clans sign
        for t in spoken:
            if (p.idx, t.i) not in T.by_token:
                T.add_mention(p, t.i, t.i + 1, t.i, names[0], "Group", "collective", None, record=False)
                T.by_token[(p.idx, t.i)].others = names  # type: ignore[attr-defined]

    def _rival_group_before(self, s: Sentence) -> list[str]:
        """"Two warring clans … agreed … Police said the two sides had agreed": the two sides are the rival
        group just described (``rival_group_nouns``), not the state it is in nor the church that hosted it."""
        T = self.table
        for pos, n in reversed(T.recent):
            if pos >= s.start:
                continue
            if s.start - pos > 1500:
                break
            a = T.actors.get(n)
            if a is None or a.type != "Group" or not self._rival_noun(n.split()[-1].lower()):
                continue
            if n.split()[-1].lower() in self.rival_group_nouns:
                return [n]  # "Two warring clans": one group holds both sides
            named = [x for _p, x in reversed(T.recent) if _p < s.start and x in T.actors and T.actors[x].type == "Group"
                     and x.split()[-1].lower() == n.split()[-1].lower()]
            both = list(dict.fromkeys(named))[:2]  # "the Tamba and Olop clans": the two clans last named
            return both if len(both) == 2 else []
        return []

    def _two_bodies(self, s: Sentence, t: Any, one: str) -> bool:
        """"both companies", "the two unions": the two bodies of that kind named last before the sentence
        (a firm for "company", a body whose name is headed by the word otherwise), as one mention."""
        p, T = s.para, self.table
        firms = one in self.company_nouns
        found: list[str] = []
        for pos, name in reversed(T.recent):
            a = T.actors.get(name)
            if pos >= s.start or a is None or a.type not in ("Organization", "Group") or name in found:
                continue
            heads = _name_heads(name)
            fits = not (heads & (self.org_words - self.firm_words)) if firms else one in heads or one in a.modifiers
            if fits:
                found.append(name)
            if len(found) == 2:
                break
        if len(found) != 2:
            return False
        T.add_mention(p, t.i, t.i + 1, t.i, found[0], T.actors[found[0]].type, "collective", None, record=False)
        T.by_token[(p.idx, t.i)].others = found  # type: ignore[attr-defined]
        return True

    def _document_name(self, span: Any) -> bool:
        """A treaty, accord or charter by its name ("Neutrality Treaty") or a name that modifies one
        ("the 1977 Torrijos-Carter treaties"): lexicon ``document_nouns`` and ``proposal_heads``."""
        docs = self.document_nouns
        last = span[-1]
        if self._parties_to_a_text(span):
            return False
        if len(span) >= 2 and last.text[:1].isupper() and (last.lower_ in docs or last.lemma_.lower() in docs):
            return not any(t.lower_ in ("for", "of") or t.lower_ in self.org_words for t in span[:-1])  # not the
            # "Center for International Environmental Law"
        nxt = tokens_of(span.doc)[span.end] if span.end < len(span.doc) else None
        return nxt is not None and nxt.text.islower() and (nxt.lower_ in docs or nxt.lemma_.lower() in docs) \
            and last.dep_ in ("compound", "amod", "nmod") and last.head.i == nxt.i

    def _parties_to_a_text(self, span: Any) -> bool:
        """"The Parties to the Nauru Agreement", "States Parties to the Convention": capitalised plural members
        "to"/"of" a named text are a body the text founded, not the text (nor the state it is named for)."""
        toks = [t for t in span if t.lower_ != "the" or t.i != span.start]
        k = next((n for n, t in enumerate(toks) if t.lower_ in ("to", "of")), None)
        if k is None or k == 0 or k + 2 > len(toks):
            return False
        members, text = toks[:k], toks[k + 1:]
        docs = self.document_nouns
        last = text[-1]
        return all(t.text[:1].isupper() and t.tag_ in ("NNS", "NNPS") and t.lower_ not in docs for t in members) \
            and last.text[:1].isupper() and (last.lower_ in docs or last.lemma_.lower() in docs
                                             or last.lemma_.lower() in self._proposal_heads()) \
            and all(t.text[:1].isupper() or t.lower_ in ("the", "of", "on", "for") for t in text)

    def _proposal_heads(self) -> frozenset[str]:
        """Lexicon ``proposal_heads`` as a set, built once per lexicon."""
        return self.lex.cached("actors.proposal_heads", lambda raw: frozenset(raw["proposal_heads"]))

    def _office_title(self, span: Any) -> bool:
        """"the Minister of Finance", "The Statistician-General of the Federation": NER's organisation
        that opens with an office word and names no body of its own."""
        words = re.sub(r"^(?:the|The)\s+", "", span.text).split()
        if not words or not words[0][:1].isupper():
            return False
        first = words[0].lower().rstrip(",.")
        before_of = re.split(r"\s+(?:of|for|to)(?:\s+|$)", " ".join(words))[0].lower().split()
        if first not in self.lex.role_words and first not in self.lex.role_heads and not (
                2 <= len(before_of) <= 3 and before_of[-1] in self.lex.role_heads
                and (span[-1].lower_ == before_of[-1] or (span[-1].lower_ == "of" and span[-2].lower_ == before_of[-1]))
                and all(w[:1].isupper() for w in words[:len(before_of)])):  # "the Anglican Bishop (of)" (of Turkana)
            return False
        if len(before_of) >= 2 and before_of[-1] in self.firm_words:
            return False  # "Premier Seeds", "Regent Holdings": a trade word closes a firm's name, no office
        return not any(w.strip("'’s") in self.org_words or w in self.org_words for w in before_of)

    @functools.cached_property
    def lower_words(self) -> frozenset[str]:
        """Words the article writes in lower case somewhere: such a word capitalised is that word, not a surname."""
        return frozenset(t.lower_ for p in self.paras for t in p.doc if t.is_lower)

    def _person_shaped(self, doc: Any, start: int, end: int) -> bool:
        """Two or three capitalised words NER took for a body or a place that the article treats as a person:
        "Dashdorj Otgonbayar, who chairs …", "Tamaz Beruashvili, a 64-year-old beekeeper", or a name whose last
        word is worn after "Mr"/"Ms" elsewhere ("Mr Beruashvili")."""
        toks = list(doc[start:end])
        if not 2 <= len(toks) <= 3 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.text.replace("-", "").isalpha()
                                              for t in toks):
            return False
        if toks[0].lower_.rstrip(".") in self.name_titles or any(
                t.lower_ in self.org_words or t.lower_ in self.firm_words or t.lower_ in PLACE_NOUNS for t in toks) \
                or self.gaz.lookup(doc[start:end].text) is not None or any(self.gaz.lookup(t.text) is not None for t in toks):
            return False
        if toks[-1].text in self.honorific_surnames:
            return True
        if any(c.dep_ == "appos" and c.i >= end and any(r.dep_ == "relcl" and any(w.lower_ == "who" for w in children_of(r))
                                                         for r in children_of(c)) for c in children_of(doc[start:end].root)):
            return True  # "X Y, a former top-10 player who sits on …": described as someone "who"
        if _relative_on(doc, start, end, len(doc), doc[start:end].root, ("who", "whose")):
            return True
        nxt = doc[end:end + 4]
        return len(nxt) >= 3 and nxt[0].text == "," and nxt[1].lower_ in ("a", "the") and nxt[2].lower_.endswith("-year-old")

    def _titled_person(self, toks: list[Any]) -> bool:
        """"Councilmember Jordan Reyes", "Archbishop Peter Kamau": a title or honorific, then a given
        name and a surname, is a person whatever NER's label."""
        while toks and toks[0].lower_ == "the":
            toks = toks[1:]
        if len(toks) < 3 or not toks[0].text[:1].isupper():
            return False
        first = toks[0].lower_.rstrip(".")
        if first not in self.name_titles and first not in self.lex.role_words:
            return False
        rest = toks[1:]
        return rest[0].lower_ in self.given_names and all(
            t.text[:1].isupper() and t.pos_ == "PROPN" and t.lower_ not in self.org_words for t in rest)

    def _untitled(self, toks: list[Any]) -> list[Any]:
        """A name without the honorifics and military ranks NER left before it: "Col Issoufou Mahamane" and
        "Lt Gen Karimou" are Issoufou Mahamane and Karimou, so the short form finds the full name."""
        toks = _strip_honorific(toks)
        while len(toks) > 1 and toks[0].lower_.rstrip(".") in self.ranks:
            toks = _strip_honorific(toks[1:])
        return toks

    def _past_title(self, toks: list[Any]) -> list[Any]:
        """"Auxiliary Bishop Jose Antonio Canales" is Jose Antonio Canales: a capitalised word or two before a
        title word go with the title ("Auxiliary", "Acting"), not with the name after it."""
        k = next((x for x in (1, 2) if x + 1 < len(toks) and (toks[x].lower_.rstrip(".") in self.lex.role_words
                                                               or toks[x].lower_.rstrip(".") in self.name_titles)), None)
        if k is not None and toks[k + 1].text[:1].isupper() and all(
                t.text[:1].isupper() and t.lower_ not in self.given_names for t in toks[:k + 1]):
            return toks[k + 1:]
        return toks

    def person_name(self, toks: list[Any]) -> str | None:
        toks = self._untitled(toks)
        toks = [t for t in toks if t.lower_ not in self.lex.role_words or t.text[:1].isupper() and len(toks) > 1]
        while toks and (toks[0].lower_ in self.lex.role_words or toks[0].lower_ in STOP_TITLE):
            toks = toks[1:]
        toks = self._past_title(toks)
        if len(toks) >= 3 and toks[0].lower_.endswith("s") and toks[0].lower_ not in self.given_names \
                and toks[1].lower_ in self.given_names:  # "…for Foreign Affairs Henrik Aalto": the title's tail
            toks = toks[1:]
        if not toks:
            return None
        name = _text_of(toks)
        if len(toks) == 1 and (shared := self._last_of_shared(toks[0])) is not None:
            return shared
        hit = self.gaz.lookup(name)
        if hit is not None and hit.kind == "actor" and hit.type == "Person":
            return hit.name
        if len(toks) == 1:
            key = toks[0].lower_
            if key.startswith("al-") and key[3:] in self.full_names:
                return self.full_names[key[3:]]
            return self.full_names.get(key, name)
        full = self.full_names.get(toks[-1].lower_)
        if full and full.endswith(name):
            return full
        return name

    def _last_of_shared(self, tok: Any) -> str | None:
        """'Envoy Kevin Kim … leader Kim Jong Un … "…," Kim said': a name two people of the article share
        stands for the one last mentioned before it in this paragraph or the one before, not the first or
        most famous; None when the name is not shared, neither is that near, or both were last named in one
        sentence ("Arjun Osei … met Yusuf Osei …. Mr Osei said": recency tells nothing there)."""
        names = self.sharing.get(tok.lower_)
        p = self.para_of_doc.get(id(getattr(tok, "doc", None)))
        if names is None or len(names) < 2 or p is None:
            return None
        here = p.start + tok.idx
        lo = self.paras[p.idx - 1].start if p.idx >= 1 else p.start
        seen: list[tuple[int, str]] = []
        for n in names:
            a = self.table.actors.get(n)
            last = max((m[0] for m in a.mentions if lo <= m[0] < here), default=-1) if a is not None else -1
            if last >= 0:
                seen.append((last, n))
        seen.sort(reverse=True)
        if not seen:
            return None
        if len(seen) < 2:
            return seen[0][1]
        # "Kevin Kim fielded questions about a letter sent to Kim Jong Un. '…,' Kim said": the one the story is
        # about (the subject) goes on speaking; a name only passed by on the way is not who is meant
        subj0, subj1 = self._is_subject_at(seen[0][0]), self._is_subject_at(seen[1][0])
        if subj1 and not subj0:
            return seen[1][1]
        if bisect.bisect_right(self.sent_starts, seen[0][0]) == bisect.bisect_right(self.sent_starts, seen[1][0]):
            # "Arjun Osei … met Yusuf Osei …": both in one sentence, recency tells nothing (the subject did)
            return seen[0][1] if subj0 and not subj1 else None
        return seen[0][1]

    def _is_subject_at(self, offset: int) -> bool:
        """Whether the name mentioned at absolute ``offset`` is a clause's subject."""
        i = bisect.bisect_right(self._para_starts, offset) - 1
        if i < 0:
            return False
        p = self.paras[i]
        if p.doc is None:
            return False
        doc_toks = tokens_of(p.doc)
        rel = offset - p.start
        k = bisect.bisect_left(self._para_tok_idx(p), rel)
        if k >= len(doc_toks):
            return False
        t = doc_toks[k]
        while t.dep_ in ("compound", "flat", "appos") and t.head.i != t.i and (
                t.head.pos_ == "PROPN" or t.dep_ == "appos"):
            t = t.head  # "The U.S. envoy for Korea, Andrew Kim, held talks": the subject's apposition
        return t.dep_ in ("nsubj", "nsubjpass")

    @functools.cached_property
    def _para_starts(self) -> list[int]:
        return [p.start for p in self.paras]

    def _para_tok_idx(self, p: Paragraph) -> list[int]:
        got = self._tok_offsets.get(p.idx)
        if got is None:
            got = self._tok_offsets[p.idx] = [t.idx for t in tokens_of(p.doc)]
        return got

    # -- main pass ----------------------------------------------------------------------------
    def run(self) -> ActorTable:
        self.prepass()
        for s in self.sents:
            self.sentence(s)
        self.finish()
        self.table.settled = {}
        return self.table

    def _gaz_spans(self, p: Paragraph, s: Any) -> list[tuple[int, int, Entry]]:
        """Longest gazetteer matches in a sentence, on plain strings (no spaCy span per n-gram)."""
        if p.idx not in self._tok_cache:
            toks = tokens_of(p.doc)
            # a doc's text is its tokens' texts with their whitespace, end to end: tokens i..j-1 with their
            # whitespace are the slice of it from token i's offset to token j's
            doc_text = p.doc_text
            self._tok_cache[p.idx] = ([t.text for t in toks], [t.idx for t in toks] + [len(doc_text)], doc_text)
        texts, offs, doc_text = self._tok_cache[p.idx]
        out: list[tuple[int, int, Entry]] = []
        i = s.start
        maxn = min(self.gaz.max_tokens + 4, 14)  # "the" and hyphens ("Co - operation") are tokens of their own
        first = self.gaz.first_words
        while i < s.end:
            found = None
            k0 = texts[i + 1] if texts[i].lower() == "the" and i + 1 < s.end else texts[i]
            if _FIRST_SPLIT.split(k0.lower())[0] not in first:
                i += 1
                continue
            for n in range(min(maxn, s.end - i), 0, -1):
                words = texts[i:i + n]
                text = doc_text[offs[i]:offs[i + n]].strip()
                if not text[:1].isalnum():
                    continue
                first_real = words[1] if words[0].lower() == "the" and n > 1 else words[0]
                if not first_real[:1].isupper() and not first_real[:1].isdigit() and not (
                        n >= 3 and any(w[:1].isupper() for w in words)):
                    continue
                e = self.gaz.lookup(text)
                if e is None or (len(text) <= 3 and text.lower() == text):
                    continue
                if n == 1 and not text.isupper() and text.lower() in STOP_WORDS and text.upper() in (e.name, *e.aliases):
                    continue  # "Who will pay?": a common word, not the acronym "WHO"
                found = (i, i + n, e)
                break
            if found:
                out.append(found)
                i = found[1]
            else:
                i += 1
        return out

    def sentence(self, s: Sentence) -> None:
        p, span, T = s.para, s.span, self.table
        doc = p.doc
        doc_toks = tokens_of(doc)
        taken: set[int] = set()
        cands: list[tuple[int, int, str, Entry | None]] = []
        for i, j, e in self._gaz_spans(p, span):
            if skipped(p, doc_toks[i].idx, doc_toks[j - 1].idx + 1):
                continue
            whole = self._longer_place_name(doc, span, i, j, e, taken)
            if whole is not None:  # "from Mocímboa da Praia" is no mention of Praia (nor of Cape Verde)
                T.place(p, whole[0], whole[1], doc[whole[0]:whole[1]].text, "city")
                taken.update(range(whole[0], whole[1]))
                continue
            if (e.kind == "actor" and e.type == "State" or e.kind == "place") and doc[i].ent_type_ in ("", "PERSON") \
                    and all(doc[k].is_punct for k in range(i + 1, j)) \
                    and len(full := self.full_names.get(doc[i].lower_, "").split()) >= 2 and full[-1].lower() == doc[i].lower_ \
                    and self.gaz.lookup(full[0]) is None:  # "Greenpeace Chile" is a national branch
                continue  # "Jordan said" after "Tarik Jordan": the person named in full, not the state
            if e.kind == "place" and j == i + 1 and doc_toks[i].dep_ in ("nsubj", "nsubjpass") \
                    and len(full := self.full_names.get(doc[i].lower_, "").split()) >= 2 and full[-1].lower() == doc[i].lower_ \
                    and full[0].lower() in self.given_names and self.gaz.lookup(full[0]) is None \
                    and not any(c.dep_ in ("det", "compound", "amod") for c in children_of(doc_toks[i])):
                cands.append((i, j, "PERSON", None))  # "Lima walked out" after "Marcos Lima": the person, as
                taken.add(i)  # NER tags the city
                continue
            cands.append((i, j, "GAZ", e))
            taken.update(range(i, j))
        self._firm_named_for_state(doc, span, cands, taken)
        self._body_named_for_state(doc, span, cands, taken)
        for ent in self._joined_ents(span):
            body_named = ent.label_ == "PERSON" and len(ent) >= 3 and ent[-1].lower_ in self.org_words \
                and ent[-1].text[:1].isupper()  # "the Tigray People's Liberation Front" tagged as a person
            if ent.label_ in ("ORG", "FAC", "LOC") or body_named:  # "Iran's Supreme National Security Council" beats "Security Council"
                def ends_inside(c: tuple[int, int, str, Entry | None], ent: Any = ent) -> bool:
                    return c[1] <= ent.end or all(tokens_of(doc)[k].is_punct for k in range(ent.end, c[1]))  # "Tanzania,"

                inner = [c for c in cands if ent.start <= c[0] < ent.end and ends_inside(c)
                         and (min(c[1], ent.end) - c[0]) < len(ent)]  # ("Peru," of "Nestle Peru,": the comma is no word)
                if inner and not any(c[0] < ent.start < c[1] or (c[0] < ent.end < c[1] and not ends_inside(c))
                                     for c in cands) and \
                        not self.gaz.lookup(ent.text) and (ent[0].lower_ != "the" or len(ent) >= 4) and not any(
                            c[3] is not None and c[3].kind == "actor" and c[3].type == "Person" for c in inner) \
                        and not (len(inner) >= 2 and all(  # "Santiago and Buenos Aires": NER's one body is a list
                            doc_toks[k].lower_ in ("and", ",", "the") for k in range(ent.start, ent.end)
                            if not any(c[0] <= k < c[1] for c in inner))):
                    for c in inner:
                        cands.remove(c)
                        taken.difference_update(range(c[0], c[1]))
            branch = self._national_branch(doc, ent, cands)  # before "Tarik Jordan" drops the country
            titled = ent.label_ != "PERSON" and self._titled_person(list(ent))
            officer = ent.label_ in ("GPE", "LOC", "FAC") and self._named_in_apposition(ent, leader=True)  # "Lima Okafor, president of"
            if (ent.label_ == "PERSON" or titled or officer) and len(ent) >= 2 and all(t.text[:1].isupper() for t in ent):
                # "Chad Lindquist", "Israel Katz": a state's name as a first name is no state
                at = ent.start + (1 if titled else 0)
                first = next((c for c in cands if c[0] == at and c[1] == at + 1 and c[3] is not None
                              and (c[3].type == "State" or c[3].kind == "place") and doc_toks[at + 1].pos_ == "PROPN"
                              and doc_toks[at + 1].text[:1].isupper()), None)  # "Sofia Lindqvist" too
                if first is not None and self.gaz.lookup(ent.text) is None:
                    cands.remove(first)
                    taken.discard(first[0])
                # "Tarik Jordan": a state's name after a given name is a surname (after a known body's name,
                # "Greenpeace Chile", a national branch: _national_branch)
                last = next((c for c in cands if ent.label_ == "PERSON" and c[0] == ent.end - 1 and branch is None
                             and all(doc[k].is_punct for k in range(ent.end, c[1]))  # "Tanzania," ends at its comma
                             and c[3] is not None and (c[3].kind == "actor" and c[3].type == "State" or (
                                 c[3].kind == "place" and doc_toks[ent.end - 2].lower_ in self.given_names))
                             and self._given_name_word(doc[ent.end - 2])), None)  # "Marcos Lima": no Peru either
                if last is not None and self.gaz.lookup(ent.text) is None:
                    cands.remove(last)
                    taken.discard(last[0])
            for c in branch or []:
                cands.remove(c)
                taken.difference_update(range(c[0], c[1]))
            if skipped(p, ent.start_char, ent.end_char) or taken & set(range(ent.start, ent.end)):
                continue
            if ent.label_ in ("WORK_OF_ART", "PRODUCT", "EVENT", "LAW"):
                # "The Afghan Women's Coalition for Peace said" tagged a title: the body named before,
                # by its whole name again
                known = _clean_surface(re.sub(r"^(?:the|The)\s+", "", ent.text))
                body = T.actors.get(known)
                if body is not None and body.type != "Person":
                    start = ent.start + (1 if ent[0].lower_ == "the" else 0)
                    T.add_mention(p, start, ent.end, ent.root.i, known, body.type, "name", known)
                    taken.update(range(ent.start, ent.end))
                continue
            if ent.label_ in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"):
                start, end = ent.start, _before_end_punct(doc, ent.start, ent.end)  # "the Evangelical Alliance of Kenya,"
                opened = self._name_opened_before(doc, ent, span.start, taken)
                if opened:
                    start -= 1  # "Reporters Without Borders": NER began the name at its capitalised preposition
                elif ent.label_ == "PERSON" and self._title_given_name(doc, start, span.start, taken):
                    start -= 1  # "Attorney General Tarek William Saab": NER left the given name in the title
                else:
                    while ent.label_ == "PERSON" and start - 1 >= span.start and start - 1 not in taken \
                            and doc_toks[start - 1].dep_ == "compound" and start <= doc_toks[start - 1].head.i < end \
                            and self._given_name_word(doc_toks[start - 1]) and ent.start - start < 3 \
                            and not self._portfolio_word(doc, start - 1, span.start):
                        start -= 1  # "envoy, Ana Lúcia Moreira,", "Padoh Saw Kweh Htoo": NER left given names out
                if ent.label_ == "PERSON" and end - start >= 3 and self._ends_a_portfolio(doc, start, span.start):
                    start += 1  # "Minister of Energy and Mines Bounleuth Sisoulath": the portfolio's last word is no name
                elif ent.label_ in ("PERSON", "ORG") and end - start >= 4 \
                        and (cut := self._portfolio_conjunct_end(doc, start, end, span.start)) is not None:
                    start = cut  # "Minister for Fisheries and Marine Resources Ribanataake Tiwau": the portfolio's
                    # second half, which NER opened the name with, is no name
                if ent.label_ == "PERSON" and end + 1 < span.end and doc_toks[end].text == "-" and not doc_toks[end - 1].whitespace_ \
                        and not doc_toks[end].whitespace_ and doc_toks[end + 1].is_alpha and doc_toks[end + 1].text.islower() \
                        and end not in taken and end + 1 not in taken:
                    end += 2  # "Choi Hyun-woo", "Lee Jae-myung": NER stopped at the hyphen of a given name
                if ent.label_ == "PERSON" and end < span.end and end not in taken and doc_toks[end].pos_ == "PROPN" \
                        and doc_toks[end].text[:1].isupper() and doc_toks[end].is_alpha and doc_toks[end - 1].dep_ == "compound" \
                        and doc_toks[end - 1].head.i == end and self.gaz.lookup(doc_toks[end].text) is None:
                    end += 1  # "Soe Naing Oo": NER left the last part of the name out
                while ent.label_ == "PERSON" and end + 1 < span.end and doc_toks[end].lower_ in NAME_PARTICLES \
                        and doc_toks[end + 1].text[:1].isupper() and doc_toks[end + 1].pos_ == "PROPN" and end + 1 not in taken:
                    end += 2  # "Andre Correa do Lago", "Ursula von der Leyen"
                    while end < span.end and doc_toks[end].pos_ == "PROPN" and doc_toks[end].text[:1].isupper() and end not in taken:
                        end += 1
                if ent.label_ == "ORG" and ent[-1].lower_ in self.listed_org_words \
                        and end + 1 < span.end and doc_toks[end].lower_ == "of":
                    # "the Democratic Party of <Country>": the country is part of the name
                    country = next((c for c in cands if c[0] == end + 1 and c[3] is not None
                                    and c[3].type == "State"), None)
                    if country is not None:
                        cands.remove(country)
                        taken.difference_update(range(country[0], country[1]))
                        end = _before_end_punct(doc, start, country[1])  # "of Kenya," as the gazetteer matched it
                if ent.label_ == "ORG" and doc_toks[end - 1].lower_ == "of" and end < span.end:
                    # "The Committee of Vice-Chancellors of" + "Nigerian Universities": NER stopped at the last
                    # "of"; the capitalised words hanging on it (an adjective of a state among them) end the name
                    stop = _of_phrase_end(doc, end - 1, span.end) or end
                    inner = [c for c in cands if end <= c[0] < stop]
                    if end < stop and all(c[1] <= stop for c in inner):
                        for c in inner:
                            cands.remove(c)
                            taken.difference_update(range(c[0], c[1]))
                        end = stop
                label = "ORG" if opened else ent.label_
                owned = self._plural_owner(doc, span, ent.start, taken) if ent.label_ in ("PERSON", "ORG", "GPE", "NORP") \
                    and ((ent[-1].lower_ in self.org_words and ent[-1].text[:1].isupper())
                         or (ent.label_ == "ORG" and ent[0].lower_ in self.org_words)) else None  # "… Mothers' Alliance for Peace"
                if owned is not None:
                    start, label = owned, "ORG"  # "the Miners' Guild": NER took "Guild" alone, for a person
                if label in ("ORG", "FAC", "GPE", "LOC") and (self._titled_person(list(doc[start:end]))
                                                             or self._person_shaped(doc, start, end)):
                    label = "PERSON"  # "Councilmember Jordan Reyes" tagged as a building
                if label in ("PERSON", "ORG", "GPE") and start - 1 >= span.start and start - 1 not in taken \
                        and doc_toks[start - 1].text in self.firm_prefixes:
                    start, label = start - 1, "ORG"  # "PT Freeport Indonesia": the prefix makes it a firm
                if label == "PERSON" and any(c.dep_ == "appos" and c.lemma_.lower() in self.body_heads
                                             for c in children_of(ent.root)):
                    label = "ORG"  # "the Samyukt Kisan Morcha, a coalition of farm unions,"
                if label == "PERSON" and _relative_on(doc, start, end, span.end, ent.root, ("which",)):
                    label = "ORG"  # "Industri Energi, which has 60,000 members,": a "which", not a "who"
                if label == "PERSON" and start > span.start and doc_toks[start - 1].pos_ == "NOUN" and doc_toks[start - 1].text.islower() \
                        and (doc_toks[start - 1].lower_ in self.org_words or self._trade_noun(doc_toks[start - 1])) \
                        and start - 1 not in taken:
                    label = "ORG"  # "the actors' union SAG-AFTRA", "the conciliation service Acas": the body's name;
                    # "drugmaker Corvex", "Danish seed maker Halvorsen", "the gang Barrio 18": a trade is no person's
                if label == "PERSON" and end - start >= 2 and end + 2 < len(doc) and doc_toks[end].text == "(" \
                        and doc_toks[end + 2].text == ")" and len(doc_toks[end + 1].text) >= 2 \
                        and doc_toks[end + 1].text.isupper() and doc_toks[end + 1].text[0] == doc_toks[start].text[0]:
                    label = "ORG"  # "Mara Salvatrucha (MS-13)": a name with its initials in brackets is a body's
                k = end  # "Ansar Dine" + "wal-Mujahidin (ADWM)": NER may also end the name before its last words
                while k < span.end and k - end < 4 and (doc_toks[k].pos_ == "PROPN" and doc_toks[k].text[:1].isupper() or (
                        doc_toks[k].text == "-" and not doc_toks[k].whitespace_ and not doc_toks[k - 1].whitespace_)
                        or (doc_toks[k].is_lower and not doc_toks[k].whitespace_ and k + 1 < span.end
                            and doc_toks[k + 1].text == "-")) and k not in taken:
                    k += 1
                if label == "PERSON" and end - start >= 2 and k + 2 < len(doc) and doc_toks[k].text == "(" \
                        and doc_toks[k + 2].text == ")" and self._initials_of(doc_toks[start:k], doc_toks[k + 1].text):
                    # "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)": initials that spell the name's own words
                    # (NER began it late) are a body's; a person's name before initials is no body's ("X (NATO)")
                    end = k
                    while start - 1 >= span.start and start - 1 not in taken and doc_toks[start - 1].pos_ == "PROPN" \
                            and doc_toks[start - 1].text[:1] == doc_toks[end + 1].text[0]:
                        start -= 1
                    label = "ORG"
                if label == "PERSON" and ent.root.dep_ == "appos" and ent.root.head.lemma_.lower() in self.body_heads \
                        and ent.root.head.dep_ != "pobj" and ent[0].lower_ not in self.given_names:
                    label = "ORG"  # "The largest union in the sector, Industri Energi,": the name of that union
                    # (not "a spokeswoman for the Commission, X": the parse hangs the person on the body)
                if branch is not None:
                    label = "ORG"  # "Greenpeace Chile" tagged as a person
                if label == "PERSON" and end - start == 1 and ent[-1].lower_ in self.firm_words and ent[-1].text[:1].isupper():
                    while start - 1 >= span.start and start - 1 not in taken and doc_toks[start - 1].dep_ == "compound" \
                            and doc_toks[start - 1].head.i == start and doc_toks[start - 1].pos_ == "PROPN" \
                            and doc_toks[start - 1].text[:1].isupper() and doc_toks[start - 1].is_alpha:
                        start -= 1  # "Premier Seeds", "Regent Holdings": a title word before a trade word is
                        # the firm's first name, not a title ("Premier" is a title only before a person's name)
                    if start < ent.start:
                        label = "ORG"
                named_last = ent[-2] if len(ent) >= 3 and ent[-1].tag_ == "POS" else ent[-1]  # "Kivu Mining's"
                if body_named or (label == "PERSON" and named_last.i - ent.start >= 1 and named_last.lower_ in self.firm_words
                                  and named_last.text[:1].isupper() and not self._titled_person(list(ent))):
                    label = "ORG"  # "Andina Copper", "Kivu Mining" tagged as a person
                if label == "ORG":
                    start, end = self._whole_body_name(doc, span, start, end, taken)
                    cut = next((k for k in range(start + 1, end) if doc_toks[k].text == "("), None)
                    if cut is not None:
                        end = cut  # "the United Opposition Coalition (UOC": the acronym is an alias, not the name
                    elif end < span.end and end not in taken and doc_toks[end].is_digit and doc_toks[end - 1].text[:1].isupper() \
                            and (end + 1 >= span.end or not doc_toks[end + 1].text[:1].isalpha() or doc_toks[end + 1].is_lower):
                        end += 1  # "District Lodge 919", "Local 32": the number is part of the name
                cands.append((start, end, label, None))
                taken.update(range(start, end))
        self._unlabelled_bodies(doc, span, cands, taken, self._tok_cache[p.idx][0])
        if "," in s.text:
            self._name_before_description(doc, span, cands, taken)
        self._unlabelled_people(doc, span, cands, taken)
        if "(" in s.text:
            self._spelled_out_bodies(doc, span, cands, taken)
        for t in s.tokens:  # "a KNU spokesman": an acronym the article defined, wherever NER missed it
            if not t.text.isupper():
                continue  # (both readings below need initials: other words are not looked at twice)
            known = self.acronyms.get(t.text) if t.i not in taken and len(t.text) > 1 else None
            if known in T.actors and (p.idx, t.i) not in T.by_token:
                T.add_mention(p, t.i, t.i + 1, t.i, known, T.actors[known].type, "name", t.text)
                taken.add(t.i)
            elif known is None and t.i not in taken and p.kind != "headline" and self._acronym_acts(doc, t):
                cands.append((t.i, t.i + 1, "ORG", None))  # "leaders of the FLNKS said", tagged a plural noun
                # (a headline's initials wait for the body, which may spell them out)
                taken.add(t.i)
        # honorific + capitalised word missed by NER ("Mr Zelenskyy" at a paragraph start)
        for t in s.tokens:
            if t.i in taken or t.i + 1 >= span.end:
                continue
            if t.text.rstrip(".") in ("Mr", "Mrs", "Ms", "Dr") and doc_toks[t.i + 1].text[:1].isupper() and t.i + 1 not in taken:
                j = t.i + 2
                while j < span.end and doc_toks[j].text[:1].isupper() and doc_toks[j].pos_ == "PROPN" and j not in taken:
                    j += 1
                cands.append((t.i, j, "PERSON", None))
                taken.update(range(t.i, j))
        firsts: dict[str, str | None] = {}
        for n, a in self.table.actors.items():
            w = self._first_word(n)
            if a.type in ("Organization", "Group") and " " in n and w.lower() not in self.org_words and len(w) > 3:
                firsts[w] = None if w in firsts else n  # two bodies share the word: it names neither
        for t in s.tokens:
            if t.i in taken:
                continue
            if t.pos != PROPN:  # (the id: cheaper than pos_)
                firm = self.org_firsts.get(t.text) if t.dep_ == "poss" and t.text[:1].isupper() else None
                if firm in T.actors and T.actors[firm].type != "Person" and t.i + 1 < span.end \
                        and doc_toks[t.i + 1].tag_ == "POS" and (p.idx, t.i) not in T.by_token:
                    T.add_mention(p, t.i, t.i + 1, t.i, firm, T.actors[firm].type, "name", t.text)  # "Pelvane's chief
                    taken.add(t.i)  # executive" after "Pelvane Resources", tagged a common noun: the firm's
                    continue
                full = self.full_names.get(t.lower_) if t.dep_ in ACTING_DEPS and t.text[:1].isupper() else None
                if full in T.actors and T.actors[full].type == "Person" and full.split()[-1].lower() == t.lower_ \
                        and (p.idx, t.i) not in T.by_token and not any(c.dep_ in ("det", "compound", "amod") for c in children_of(t)) \
                        and t.lower_ not in self.lower_words:  # "Price was the sticking point": a word the article
                    # also writes in lower case is that word, not Mr Price
                    T.add_mention(p, t.i, t.i + 1, t.i, full, "Person", "name", None)  # "Flores was unimpressed":
                    taken.add(t.i)  # the surname of a person named before, which the tagger took for a plural noun
                continue
            if not t.ent_type_ and t.text in T.actors and T.actors[t.text].type != "Person" \
                    and t.dep_ not in ("compound", "amod") and (p.idx, t.i) not in T.by_token:
                T.add_mention(p, t.i, t.i + 1, t.i, t.text, T.actors[t.text].type, "name", t.text)
                taken.add(t.i)  # "Jubaland sent its vice president": a one-word body named before, NER silent now
                continue
            if firsts.get(t.text) and t.dep_ != "compound" and _acting(t) and t.text not in self.table.places \
                    and self.gaz.lookup(t.text) is None:
                cands.append((t.i, t.i + 1, "PERSON", None))  # "Corvane denied" after "Corvane Aerospace"
                taken.add(t.i)
                continue
            if t.i >= 3 and doc_toks[t.i - 1].text == "," and t.text[:1].isupper() and any(
                    x.lower_ in self.lex.role_heads for x in doc[max(span.start, t.i - 6):t.i - 1]):
                j = t.i
                while j < span.end and doc_toks[j].pos_ == "PROPN" and doc_toks[j].text[:1].isupper() and j not in taken:
                    j += 1
                if j - t.i >= 2 and j < span.end and doc_toks[j].is_punct and self.gaz.lookup(doc[t.i:j].text) is None:
                    cands.append((t.i, j, "PERSON", None))  # "…the Minister for Health, Gráinne Molloy."
                    taken.update(range(t.i, j))
                    continue
            if t.dep_ in ACTING_DEPS and t.text[:1].isupper() and t.lower_ in self.full_names \
                    and not any(c.dep_ == "compound" for c in children_of(t)) and self.gaz.lookup(t.text) is None:
                cands.append((t.i, t.i + 1, "PERSON", None))  # "Okafor has tabled …": a named person's surname acts
                taken.add(t.i)
                continue
            if (t.dep_ in ("nsubj", "nsubjpass") or (t.dep_ == "appos" and t.head.i < t.i)) and t.text[:1].isupper() \
                    and t.is_alpha \
                    and not any(c.dep_ == "compound" for c in children_of(t)) and t.lower_ not in self.full_names \
                    and self.gaz.lookup(t.text) is None and self._described_body(doc, t.i, t.i + 1):
                cands.append((t.i, t.i + 1, "ORG", None))  # "Eurofer, the steel industry association, said"
                taken.add(t.i)
                continue
            if t.dep_ in ("nsubj", "nsubjpass") and t.text[:1].isupper() and t.is_alpha and not t.ent_type_ \
                    and t.i > span.start and doc_toks[t.i - 1].dep_ == "compound" and doc_toks[t.i - 1].head.i == t.i \
                    and doc_toks[t.i - 1].pos_ == "NOUN" and doc_toks[t.i - 1].text.islower() and doc_toks[t.i - 1].lower_ in self.org_words \
                    and t.lower_ not in self.full_names and self.gaz.lookup(t.text) is None:
                cands.append((t.i, t.i + 1, "ORG", None))  # "The employers' federation Medef set out …": NER silent
                taken.add(t.i)
                continue
            if t.text.isupper() and t.is_alpha and len(t.text) >= 2 and t.dep_ in ("compound", "amod", "nmod") \
                    and t.head.i == t.i + 1 and t.head.lower_ in self.org_words and t.head.text.islower() \
                    and t.i > span.start and doc_toks[t.i - 1].lower_ == "the" and t.ent_type_ in ("", "ORG") \
                    and self.gaz.lookup(t.text) is None:
                cands.append((t.i, t.i + 1, "ORG", None))  # "the TSSA union": the initials name the body
                taken.add(t.i)
                continue
            if not ((t.dep_ == "nsubj" and t.head.lemma_ in self.lex.reporting)
                    or (t.dep_ == "appos" and t.head.lower_ in self.lex.role_words)):
                continue
            if t.dep_ == "nsubj" and t.text[:1].isupper() and t.lower_ in self.full_names \
                    and not any(c.dep_ == "compound" for c in children_of(t)):
                cands.append((t.i, t.i + 1, "PERSON", None))  # "Rodriguez said": the surname of a named person
                taken.add(t.i)
                continue
            comp = [c for c in children_of(t) if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i not in taken]
            if not comp and t.dep_ == "nsubj" and t.text[:1].isupper() and t.is_alpha and not t.text.isupper() \
                    and t.lower_ not in self.full_names and t.lower_ not in self.given_names \
                    and self.gaz.lookup(t.text) is None and self.gaz.adjective(t.text) is None and self._says_it(t):
                cands.append((t.i, t.i + 1, "ORG", None))  # "Telvora said on Friday it was prepared to pay": one
                taken.add(t.i)  # unknown name that speaks of itself as "it" is a body, whatever NER missed
                continue
            if comp and all(x.text[:1].isupper() for x in comp + [t]):
                i0 = min(c.i for c in comp)
                if self._office_of_portfolio(doc, i0, span.start) is not None:
                    # "Minister for Lands and Mineral Resources Tekena Bwebwe said": the portfolio ends at its last
                    # plural word; the name is the two or more words after it
                    last = max((k for k in range(i0, t.i - 1) if doc_toks[k].tag_ == "NNPS"), default=None)
                    i0 = last + 1 if last is not None else i0
                cands.append((i0, t.i + 1, "PERSON", None))
                taken.update(range(i0, t.i + 1))
        cands.sort(key=lambda c: c[0])
        self._units(doc, cands)
        self.pending: list[tuple[int, int, Actor]] = []
        for i, j, label, e in cands:
            self.candidate(s, i, j, label, e)
        if s.lowers & self._alias_cue_words:
            self._aliases_named(s)
        for i, j, a in self.pending:
            self.titles(s, i, j, a)
            if a.type == "Person":
                self.apposition(s, i, j, a)
                self._of_after_name(s, j, a)
                self._led_body(s, i, j, a)
                self._team_led_by(s, i, a)
            else:
                self._body_apposition(p, i, j, a)
        self.collectives(s)
        self.descriptors(s)
        self.spokesman_of_kind(s)
        self.body_people(s)
        self.ages(s)
        self.pronouns(s)
        # salience: the last person who was a subject, the main clause's subject first
        order = sorted((t for t in s.tokens if t.dep_ in ("nsubj", "nsubjpass")),
                       key=lambda t: (t.head.dep_ == "ROOT", t.i))
        bodies = self.body_words
        for t in order:
            if t.head.dep_ == "ROOT" and t.lower_ not in ("it", "they"):
                r = T.resolve(p, t, conj=False)
                if r:
                    T.last_root_subject = r[0]
                elif t.pos_ == "NOUN" and t.lower_ in bodies and t.head.i == s.span.root.i:
                    # "The military government gave the plan a cool reception. Its spokesman …": a body the
                    # table cannot name now acts; "it"/"its" are that body, not one named before
                    T.last_root_subject = T.last_subject_group = None
            if t.dep_ in ("nsubj", "nsubjpass"):
                r = T.resolve(p, t, conj=False)
                a = r[0] if r else None
                if a and T.actors[a].type == "Person":
                    if len(r) == 1 and not in_quote(p.text, t.idx):  # not "both leaders", nor a quote's subject
                        T.last_subject_person = a
                elif a and t.lower_ != "they" and not in_quote(p.text, t.idx):  # a quote's subject is the
                    T.last_subject_group = a  # speaker's talk ('"the army keeps …," he said'), not who acts next
                    T.last_group_plural = t.tag_ in ("NNS", "NNPS")

    def _acronym_acts(self, doc: Any, t: Any) -> bool:
        """Initials NER left unlabelled ("FLNKS" read as a plural noun) that act as a body: subject of a
        saying or stance verb, the body whose leaders speak ("leaders of the X"), or the body a named
        person's title belongs to ("X president Jane Roe")."""
        doc_toks = tokens_of(doc)
        if not (3 <= len(t.text) <= 7 and t.text.isupper() and t.is_alpha and t.ent_type_ in ("", "ORG")) \
                or t.text in self.thing_acronyms or t.text in self.table.places or self.gaz.lookup(t.text) is not None:
            return False
        if t.dep_ in ("nsubj", "nsubjpass"):
            return t.head.lemma_ in self.acting_verbs
        if t.dep_ == "pobj" and t.head.lower_ == "of":
            return t.head.head.lower_ in MEMBERS or t.head.head.lower_ in PEOPLE_OF
        if t.dep_ == "poss" and t.head.dep_ in ("nsubj", "nsubjpass"):  # "X's research department said"
            return t.head.head.lemma_ in self.acting_verbs
        # "X president Jane Roe", "X national president Jane Roe": the office between may take an adjective
        return t.dep_ == "compound" and t.i < t.head.i <= t.i + 2 and t.head.lower_ in self.lex.role_words \
            and all(x.dep_ in ("amod", "compound") and x.head.i == t.head.i and x.text.islower()
                    for x in doc[t.i + 1:t.head.i]) \
            and t.head.i + 1 < len(doc) and doc_toks[t.head.i + 1].pos_ == "PROPN" and doc_toks[t.head.i + 1].text[:1].isupper()

    def _longer_place_name(self, doc: Any, span: Any, i: int, j: int, e: Entry, taken: set[int]) -> tuple[int, int] | None:
        """A gazetteer place or state that is the head or tail of a longer proper name joined by a particle
        ("Mocímboa da Praia", "Santiago de Compostela"; lexicon ``place_name_joiners``): the whole name's
        span, since the article names another place there, not the one in the gazetteer."""
        doc_toks = tokens_of(doc)
        if not (e.kind == "place" or (e.kind == "actor" and e.type == "State")):
            return None
        joiners = self.lex.cached("actors.place_name_joiners",
                                  lambda raw: frozenset(w.lower() for w in raw.get("place_name_joiners", [])))

        def part(k: int) -> bool:
            return span.start <= k < span.end and k not in taken and doc_toks[k].pos_ == "PROPN" \
                and doc_toks[k].text[:1].isupper() and doc_toks[k].is_alpha

        lo, hi = i, j
        if i - 2 >= span.start and doc_toks[i - 1].text in joiners and part(i - 2):
            lo = i - 2
            while lo - 1 >= span.start and part(lo - 1) and i - lo < 4:
                lo -= 1
        if j + 1 < span.end and doc_toks[j].text in joiners and part(j + 1):
            hi = j + 2
            while part(hi) and hi - j < 4:
                hi += 1
        return (lo, hi) if (lo, hi) != (i, j) else None

    def _trade_noun(self, t: Any) -> bool:
        """Whether the lower-case noun ``t`` names a trade or a gang ("drugmaker", "the lender", "seed maker",
        "gang"), so the name it introduces is a firm's or a gang's, never a person's ("policy maker" is no trade)."""
        if t.lower_ in self.trade_nouns or t.lower_ in self.gang_nouns:
            return True
        return t.lower_ == "maker" and any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ not in self.not_trades
                                           for c in children_of(t))

    def _first_word(self, name: str) -> str:
        """A body's first word past a firm prefix: "Freeport" of "PT Freeport Indonesia"."""
        words = name.split() or [""]
        return words[1] if len(words) > 2 and words[0] in self.firm_prefixes else words[0]

    def _name_and_trade_words(self, name: str, full: str) -> bool:
        """Is ``full`` ``name`` followed only by a firm's trade words ("Atacama Lithium Corp" for "Atacama")?
        Articles drop those words once the firm is named, so the short form is the same firm."""
        return full.startswith(name + " ") and all(w.lower().rstrip(".") in self.firm_words
                                                   for w in full[len(name) + 1:].split())

    def _unlabelled_bodies(self, doc: Any, span: Any, cands: list[tuple[int, int, str, Entry | None]],
                           taken: set[int], texts: list[str] | None = None) -> None:
        """A capitalised name that ends in a body's word and that NER did not label ("The Federal Mediation
        and Conciliation Service brought …", "The Hostages and Missing Families Forum accused …") is a body.
        ``texts``: the doc's token texts (``_gaz_spans``), to pass over lower-case words without a Token each."""
        doc_toks = tokens_of(doc)
        joins = {"of", "and", "for", "on", "the", "&"}
        k = span.start
        while k < span.end:
            if texts is not None and not texts[k][:1].isupper():
                k += 1  # the test below would skip it too
                continue
            t = doc_toks[k]
            if k in taken or not t.text[:1].isupper() or t.lower_ == "the" or not (t.is_alpha or "-" in t.text) or (
                    k > 0 and doc_toks[k - 1].text == "-" and not doc_toks[k - 1].whitespace_):
                k += 1
                continue
            end, last = k, k
            while end < span.end and end not in taken and (
                    (doc_toks[end].text[:1].isupper() and (doc_toks[end].is_alpha or "-" in doc_toks[end].text or doc_toks[end].text == "'s"))
                    or (end > k and self._plural_owner(doc, span, end + 1, taken) == end - 1)  # "Dockers' Union"
                    or (doc_toks[end].lower_ in joins and end + 1 < span.end and doc_toks[end + 1].text[:1].isupper())
                    or (doc_toks[end].text == "-" and not doc_toks[end].whitespace_ and not doc_toks[end - 1].whitespace_
                        and end + 1 < span.end and doc_toks[end + 1].text[:1].isupper())):  # "High-Level Panel"
                if doc_toks[end].text[:1].isupper():
                    last = end
                end += 1
            caps = [x for x in doc[k:last + 1] if x.text[:1].isupper()]
            if len(caps) >= 2 and doc_toks[last].lower_ in self.org_words and not any(x.text == "'s" for x in doc[k:last + 1]) \
                    and doc_toks[last].pos_ in ("PROPN", "NOUN") and self.gaz.lookup(doc[k:last + 1].text) is None \
                    and not any(x.lower_ in self.lex.role_words for x in caps):
                cands.append((k, last + 1, "ORG", None))
                taken.update(range(k, last + 1))
            k = max(end, k + 1)

    def _name_before_description(self, doc: Any, span: Any, cands: list[tuple[int, int, str, Entry | None]],
                                 taken: set[int]) -> None:
        """"The Bandar Sramik-Karmachari Oikya Parishad, an alliance of 14 port unions,": capitalised words NER left
        unlabelled (a name in another language, often hyphened) that a body's noun describes in apposition
        are that body's own name; the description is an alias, not the name."""
        doc_toks = tokens_of(doc)
        k = span.start
        while k < span.end:
            t = doc_toks[k]
            if k in taken or t.ent_type_ or not t.text[:1].isupper() or not t.is_alpha or t.pos_ != "PROPN" \
                    or (k > span.start and doc_toks[k - 1].text[:1].isupper() and doc_toks[k - 1].lower_ != "the"):
                k += 1
                continue
            end = k
            while end < span.end and end not in taken and not doc_toks[end].ent_type_ and (
                    doc_toks[end].pos_ == "PROPN" and doc_toks[end].text[:1].isupper() and doc_toks[end].is_alpha
                    or doc_toks[end].text == "-" and not doc_toks[end].whitespace_ and not doc_toks[end - 1].whitespace_
                    and end + 1 < span.end and doc_toks[end + 1].text[:1].isupper()):
                end += 1
            words = [x for x in doc_toks[k:end] if x.is_alpha]
            if len(words) >= 2 and end + 2 < span.end and doc_toks[end].text == "," \
                    and doc_toks[end + 1].lower_ in ("a", "an", "the") and words[0].lower_ not in self.given_names \
                    and self.gaz.lookup(doc[k:end].text) is None and not any(
                        x.lower_ in self.lex.role_words or x.lower_ in self.lex.role_heads for x in words):
                noun = next((x for x in doc_toks[end + 2:min(span.end, end + 6)] if x.dep_ == "appos"
                             and k <= x.head.i < end), None)
                if noun is not None and noun.pos_ == "NOUN" and noun.text.islower() \
                        and (noun.lemma_ in self.body_heads or noun.lower_ in self.body_heads):
                    cands.append((k, end, "ORG", None))
                    taken.update(range(k, end))
            k = max(end, k + 1)

    def _plural_owner(self, doc: Any, span: Any, at: int, taken: set[int]) -> int | None:
        """Where a body's name opens with a capitalised plural possessive before `at` ("the Dockers' Union",
        "the Miners' Guild"), the index of that plural; NER often leaves it out or misses the name."""
        doc_toks = tokens_of(doc)
        k = at - 2
        if k < span.start or k in taken or doc_toks[at - 1].text not in ("'", "\u2019") \
                or doc_toks[at - 1].tag_ != "POS" or not doc_toks[k].text[:1].isupper() or not doc_toks[k].is_alpha \
                or not doc_toks[k].text.endswith("s") or at >= span.end or not doc_toks[at].text[:1].isupper():
            return None
        return k

    def _spelled_out_bodies(self, doc: Any, span: Any, cands: list[tuple[int, int, str, Entry | None]],
                            taken: set[int]) -> None:
        """"Companhia Portuaria do Atlantico (CPA)": capitalised words whose initials are the acronym in
        the brackets after them name one body, whatever part of them NER took for a person or a place."""
        doc_toks = tokens_of(doc)
        for k in range(span.start + 1, span.end - 2):
            if doc_toks[k].text != "(" or doc_toks[k + 2].text != ")" or not doc_toks[k + 1].text.isupper() \
                    or not 2 <= len(doc_toks[k + 1].text) <= 6:
                continue
            acr, lo = doc_toks[k + 1].text, k
            while lo - 1 >= span.start and k - lo < 12 and (doc_toks[lo - 1].text[:1].isupper() or doc_toks[lo - 1].lower_ in NAME_LINKS):
                lo -= 1
            start = next((x for x in range(lo, k - 1) if doc_toks[x].text[:1].isupper()
                          and _acronym(doc[x:k].text) == acr), None)
            lo = k
            while lo - 1 > span.start and k - lo < 6 and doc_toks[lo - 1].text[:1].isupper() and doc_toks[lo - 1].is_alpha:
                lo -= 1
            if start is None and lo < k and doc_toks[lo - 1].lower_ == "the" and doc_toks[lo].text[:1] == acr[0] \
                    and self.gaz.lookup(doc[lo:k].text) is None:
                start = lo  # "the Social Democrats (SPO)": initials of the name in its own language, right after it
            if start is None or any(c[0] <= start and k <= c[1] for c in cands) \
                    or any(t.lower_ in self.document_nouns for t in doc[start:k]):
                continue  # no spelled-out name, NER already has all of it, or it names a text ("Joint Agreement on …")
            lead = start - 1 if start > span.start and doc_toks[start - 1].lower_ == "the" else start  # NER's "the X"
            inner = [c for c in cands if lead <= c[0] and c[1] <= k]
            if any(c[0] < k < c[1] or c[0] < lead < c[1] or (c[0] < start < c[1] and c[0] != lead) for c in cands):
                continue  # a candidate straddles the name's edges: leave it
            for c in inner:
                cands.remove(c)
                taken.difference_update(range(c[0], c[1]))
            cands.append((start, k, "ORG", None))
            taken.update(range(start, k))

    def _unlabelled_people(self, doc: Any, span: Any, cands: list[tuple[int, int, str, Entry | None]],
                           taken: set[int]) -> None:
        """A known given name and a capitalised surname that NER left unlabelled ("Deputy Chief of
        Mission Karen Whitfield, said") is a person: a name, not a word of the title before it."""
        doc_toks = tokens_of(doc)
        names = self.given_names
        not_surnames = self.org_words | PLACE_NOUNS | LANDMARK_WORDS
        for t in doc_toks[span.start:span.end]:
            k = t.i
            if k not in taken and not t.ent_type_ and t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha \
                    and len(t.text) > 2 and (k + 1 >= span.end or doc_toks[k + 1].pos_ != "PROPN") \
                    and (k == span.start or doc_toks[k - 1].pos_ != "PROPN") and self.gaz.lookup(t.text) is None:
                known = [n for n, a in self.table.actors.items() if a.type == "Person" and " " in n
                         and n.split()[-1] == t.text]
                if len(known) == 1:  # '"There is no deal," Ruiz told reporters': the surname NER left unlabelled
                    self.full_names.setdefault(t.lower_, known[0])
                    cands.append((k, k + 1, "PERSON", None))
                    taken.add(k)
                    continue
            if k in taken or t.ent_type_ or t.lower_ not in names or not t.text[:1].isupper() or t.pos_ != "PROPN" \
                    or k + 1 >= span.end or (k > span.start and doc_toks[k - 1].ent_type_):
                continue
            end = k + 1
            while end < span.end and end not in taken and doc_toks[end].pos_ == "PROPN" and doc_toks[end].text[:1].isupper() \
                    and doc_toks[end].is_alpha and not doc_toks[end].ent_type_ and end - k < 3:
                end += 1
            if end == k + 1 or doc_toks[end - 1].lower_ in not_surnames \
                    or self.gaz.lookup(doc[k:end].text) is not None or (end < span.end and doc_toks[end].pos_ == "PROPN"):
                continue
            cands.append((k, end, "PERSON", None))
            taken.update(range(k, end))

    def _firm_named_for_state(self, doc: Any, span: Any, cands: list[tuple[int, int, str, Entry | None]],
                              taken: set[int]) -> None:
        """"Freeport Indonesia" after "PT Freeport Indonesia": the state's name closes a firm's name,
        so the words before it and the state are one body, not the state."""
        doc_toks = tokens_of(doc)
        bodies = [n for n, a in self.table.actors.items() if a.type in ("Organization", "Group") and " " in n]
        for c in list(cands):
            if c[3] is None or c[3].type != "State":
                continue
            end = c[1]
            while end > c[0] + 1 and doc_toks[end - 1].is_punct:
                end -= 1  # "Malaysia," as the gazetteer matched it
            k = c[0] - 1
            if k >= span.start and k not in taken and doc_toks[k].is_alpha and doc_toks[k].text[:1].isupper() \
                    and doc_toks[k].pos_ in ("PROPN", "NOUN") and not doc_toks[k].ent_type_ and doc_toks[k].dep_ == "compound" \
                    and c[0] <= doc_toks[k].head.i < end and doc_toks[end - 1].dep_ != "compound" \
                    and self.gaz.lookup(doc_toks[k].text) is None and doc_toks[k].lower_ not in self.honorifics \
                    and doc_toks[k].lower_ not in self.lex.role_words and doc_toks[k].lower_ not in self.lex.role_heads:
                cands.remove(c)  # "Universities UK said", "the leader of Reform UK": a word no name of its own
                cands.append((k, end, "ORG", None))  # NER knew heads the state's name: one body
                taken.update(range(k, end))
                continue
            for k in (c[0] - 1, c[0] - 2):
                if k < span.start or k in taken or not doc_toks[k].text[:1].isupper() or doc_toks[k].pos_ != "PROPN":
                    break
                sub = doc[k:end].text
                prefixed = k - 1 >= span.start and k - 1 not in taken and doc_toks[k - 1].text in self.firm_prefixes
                if prefixed or any(n == sub or n.endswith(" " + sub) for n in bodies):
                    k -= 1 if prefixed else 0
                    cands.remove(c)
                    cands.append((k, end, "ORG", None))
                    taken.update(range(k, end))
                    break

    def _body_named_for_state(self, doc: Any, span: Any, cands: list[tuple[int, int, str, Entry | None]],
                              taken: set[int]) -> None:
        """"The U.S. Conference of Mayors said", "the U.S. Grains Council": a state's name that opens a
        longer capitalised name with a body's noun in it (``prefixed_body_nouns``) is part of that body's
        name; the body acts, not the state (an office in it, "U.S. Trade Representative", stays a title)."""
        nouns = self.prefixed_body_nouns
        doc_toks = tokens_of(doc)
        offices = self.lex.role_words | self.lex.role_heads
        for c in list(cands):
            if not _gaz_actor(c[3], "State") or c[1] >= span.end or not doc_toks[c[1]].text[:1].isupper():
                continue
            k, noun = c[1], False
            while k < span.end and k not in taken:
                t = doc_toks[k]
                if t.text[:1].isupper() and t.is_alpha and t.pos_ in ("PROPN", "NOUN") and t.lower_ not in offices:
                    noun = noun or t.lower_ in nouns
                    k += 1
                elif noun and t.lower_ in ("of", "for", "on") and k + 1 < span.end and k + 1 not in taken \
                        and doc_toks[k + 1].text[:1].isupper() and doc_toks[k + 1].is_alpha:
                    k += 1  # "Conference of Mayors"
                else:
                    break
            if not noun and k > c[1] and doc_toks[c[1] - 1].tag_ != "POS" and not (k < span.end and doc_toks[k].tag_ == "POS") \
                    and (doc_toks[k - 1].tag_ == "NNPS" or k < span.end and doc_toks[k].text.islower()
                         and doc_toks[k].lower_ in self.org_words):  # (not "Brazil's Landless Workers' Movement")
                noun = True  # "The Niger Delta Avengers attacked", "the New Zealand First party": a name of its own
            if not noun or k < span.end and doc_toks[k].lower_ in offices or self.gaz.lookup(doc[c[0]:k].text) is not None:
                continue  # "U.S. Grains Council President X" is a person; a name the gazetteer knows is its own
            cands.remove(c)
            start = c[0]
            pair = next((x for x in cands if x[1] == c[0] - 1 and _gaz_actor(x[3], "State")), None) \
                if c[0] - 1 > span.start and doc_toks[c[0] - 1].text == "-" and not doc_toks[c[0] - 1].whitespace_ \
                and not doc_toks[c[0] - 2].whitespace_ else None
            if pair is not None:  # "the Pakistan-Afghanistan Joint Chamber of Commerce": both states open the name
                cands.remove(pair)
                start = pair[0]
            cands.append((start, k, "ORG", None))
            taken.update(range(start, k))

    def _units(self, doc: Any, cands: list[tuple[int, int, str, Entry | None]]) -> None:
        """"District Lodge 919 of the International Association of Machinists": the unit speaks, and
        the parent's name is one of its aliases (later mentions of the parent are the unit too)."""
        units = self.units
        for a, b in list(zip(cands, cands[1:], strict=False)):
            if a[2] != "ORG" or b[2] != "ORG" or a[1] >= len(doc) or tokens_of(doc)[a[1]].lower_ != "of":
                continue
            gap = [t.lower_ for t in doc[a[1] + 1:b[0]]]
            last = next((t.lower_ for t in reversed(doc[a[0]:a[1]]) if t.is_alpha), "")
            if gap in ([], ["the"]) and last in units and b in cands:
                parent = _clean_surface(re.sub(r"^(the|The)\s+", "", doc[b[0]:b[1]].text))
                unit = _clean_surface(re.sub(r"^(the|The)\s+", "", doc[a[0]:a[1]].text))
                if parent and unit and parent not in self.table.actors:
                    self.acronyms[parent] = unit
                    self.table.actor(unit, "Organization").aliases.add(parent)
                    if _acronym(parent):
                        self.acronyms[_acronym(parent)] = unit
                    cands.remove(b)

    def _national_branch(self, doc: Any, ent: Any, cands: list[tuple[int, int, str, Entry | None]]
                         ) -> list[tuple[int, int, str, Entry | None]] | None:
        """"Greenpeace Chile", "Oxfam Kenya", "Kelsat Ghana": a body's national branch, which NER tags as a person
        (a name and a surname), ends in its country's name; no given name opens it, so the country is part
        of the body's name, not a state that acts. Returns the candidates (the country, the body's own
        name) that the whole name replaces, or None when ``ent`` is no branch."""
        if ent.label_ not in ("PERSON", "GPE") or len(ent) < 2 or ent[0].lower_ in self.given_names \
                or not all(t.text[:1].isupper() and t.is_alpha for t in ent) or self._titled_person(list(ent)):
            return None
        country = next((c for c in cands if c[0] == ent.end - 1 and _gaz_actor(c[3], "State")
                        and all(tokens_of(doc)[k].is_punct for k in range(ent.end, c[1]))), None)
        body = [c for c in cands if c[0] == ent.start and c[1] == ent.end - 1 and _gaz_actor(c[3], "Organization")]
        if country is not None and body:
            return [country, *body]
        if ent.label_ != "PERSON" and not (len(ent) == 2 and self._firm_cue(doc, ent.start, ent.end)):
            return None  # a place's name NER read ("the Veralis Colombia" as a place) is a firm's only with a cue
        opening = ent[0]  # "ZTL Ghana", "Kelsat Ghana … said it": initials or a name that speaks of itself as "it"
        # ("Tarik Jordan said the offer was low" is a person), then a country, or a firm's cue (_firm_cue)
        if len(ent) == 2 and _gaz_actor(self.gaz.lookup(ent[1].text), "State") and self.gaz.lookup(opening.text) is None \
                and ((opening.text.isupper() and len(opening.text) >= 2) or self._says_it(ent.root)
                     or self._firm_cue(doc, ent.start, ent.end)) \
                and self.gaz.adjective(opening.text) is None and opening.lower_.rstrip(".") not in self.honorifics_and_ranks \
                and opening.lower_ not in self.lex.role_words and opening.lower_ not in self.lex.role_heads:
            return [country] if country is not None else []
        return None  # "Tarik Jordan": no known body opens the name, so a person with a country's surname

    def _firm_office_of(self, doc: Any, start: int, end: int) -> bool:
        """"The president of X", "the chief executive of X": an office only a body has (``firm_office_words``)
        before "of" and the name ``doc[start:end]``, the whole object of "of" (not "the president of the X
        regional council", whose body is the council)."""
        doc_toks = tokens_of(doc)
        if doc[start:end].root.dep_ != "pobj":
            return False
        k = start - 1
        if k >= 1 and doc_toks[k].lower_ == "the":
            k -= 1
        if k < 1 or doc_toks[k].lower_ != "of":
            return False
        offices = self.lex.words("firm_office_words")
        return doc_toks[k - 1].lower_ in offices or (k >= 2 and doc[k - 2:k].text.lower() in offices)

    def _firm_cue(self, doc: Any, start: int, end: int) -> bool:
        """Does the text around a name NER took for a person's ("Veralis Colombia") say it is a firm's? An office
        only a body has before ("The president of X") or after its possessive ("X's chief executive"), a trade
        before it ("the laboratory X"), an apposition naming what it is part of ("X, subsidiary of Y"), or its
        first word written alone elsewhere ("Veralis offered"), as a body's is and a person's given name is not."""
        doc_toks = tokens_of(doc)
        offices = self.lex.words("firm_office_words")
        if self._firm_office_of(doc, start, end):
            return True
        k = end if doc_toks[end - 1].tag_ != "POS" else end - 1
        if k < len(doc) and doc_toks[k].tag_ == "POS":
            after = [t for t in doc_toks[k + 1:min(len(doc), k + 4)]]
            words = [t.lower_ for t in after]
            if words and (words[0] in offices or " ".join(words[:2]) in offices
                          or (after[0].pos_ == "ADJ" and len(words) > 1 and words[1] in offices)):
                return True  # "Veralis Colombia's chief executive"
        if start >= 1 and doc_toks[start - 1].text.islower() and self._trade_noun(doc_toks[start - 1]):
            return True  # "the laboratory Veralis Colombia"
        root = doc[start:end].root
        if any(c.dep_ == "appos" and c.lemma_.lower() in self.part_of_nouns for c in children_of(root)):
            return True  # "Veralis Colombia, subsidiary of …"
        first = doc_toks[start].text
        if first[:1].isupper() and first.lower() not in self.given_names and len(first) > 3:
            alone = re.compile(r"\b" + re.escape(first) + r"\b(?!\s+" + re.escape(doc_toks[end - 1].text) + ")")
            return any(alone.search(p.text) for p in self.paras[1:] if first in p.text)
        return False

    def _whole_body_name(self, doc: Any, span: Any, start: int, end: int, taken: set[int]) -> tuple[int, int]:
        """NER cut a body's name short: "Samyukt" + "Kisan Morcha", "Council of Tribes" + "and Clans of
        the Jazira". Capitalised words compounding into the name, a capitalised conjunct of its last
        word with what hangs on it, capitalised words after a name NER ended at "and" ("Ministry of Culture,
        Sports and" + "Tourism"), and capitalised words after "on"/"for" that follow a body's word
        ("Committee" + "on Manipur Integrity"), belong to it."""
        doc_toks = tokens_of(doc)
        while start > span.start and start - 1 not in taken and doc_toks[start - 1].pos_ == "PROPN" \
                and doc_toks[start - 1].text[:1].isupper() and doc_toks[start - 1].dep_ == "compound" \
                and start <= doc_toks[start - 1].head.i < end and self.gaz.lookup(doc_toks[start - 1].text) is None \
                and doc_toks[start - 1].ent_type_ not in ("DATE", "TIME"):  # "On Wednesday CARICOM's …": no name
            start -= 1
        while end < span.end and end not in taken and doc_toks[end - 1].text in ("'", "\u2019") \
                and doc_toks[end].text[:1].isupper() and doc_toks[end].pos_ in ("PROPN", "NOUN") \
                and doc_toks[end].lower_ in self.org_words:
            end += 1  # "the Sarstoon Fishers' Cooperative": NER stopped at the plural possessive
        start, end = self._listed_name(doc, span, start, end, taken)
        if doc_toks[end - 1].lower_ in ("and", "&") and end - start >= 3:
            k = end  # "The Ministry of Culture, Sports and" + "Tourism": no name ends in "and"
            while k < span.end and k not in taken and doc_toks[k].text[:1].isupper() and doc_toks[k].is_alpha \
                    and doc_toks[k].pos_ in ("PROPN", "NOUN") and doc_toks[k].ent_type_ in ("", "ORG"):
                k += 1
            end = k
        inside = range(start, end)
        if end + 1 < span.end and doc_toks[end].lower_ == "and" and doc_toks[end + 1].dep_ == "conj" \
                and doc_toks[end + 1].head.i in inside and doc_toks[end + 1].text[:1].isupper() and end + 1 not in taken \
                and not self._name_of_its_own(doc, start, end):
            end += 2  # "Council of Tribes" + "and Clans"
            inside = range(start, end)
            while end + 1 < span.end and doc_toks[end].lower_ == "of" and doc_toks[end].head.i in inside:
                stop = _of_phrase_end(doc, end, span.end)
                if stop is None or any(k in taken for k in range(end, stop)):
                    break
                end = stop  # "… of the Jazira"
        if end + 1 < span.end and doc_toks[end - 1].lower_ in self.org_words and doc_toks[end].lower_ in ("on", "for") \
                and end not in taken:  # "The Coordinating Committee" + "on Manipur Integrity"
            k = end + 1
            if k + 1 < span.end and doc_toks[k].lower_ == "the" and doc_toks[k + 1].text[:1].isupper():
                k += 1  # "the Group" + "for the Support of Islam and Muslims": "the" opens what it is for
            last = k
            while k < span.end and (k not in taken or doc_toks[k].ent_type_ == "NORP") and doc_toks[k].is_alpha \
                    and doc_toks[k].ent_type_ not in ("DATE", "TIME"):
                if doc_toks[k].text[:1].isupper() and doc_toks[k].pos_ in ("PROPN", "NOUN"):
                    k += 1
                    last = k
                elif doc_toks[k].lower_ in ("of", "and", "the") and k > end + 1 and doc_toks[k - 1].text[:1].isupper():
                    k += 2 if doc_toks[k].lower_ != "the" and k + 1 < span.end and doc_toks[k + 1].lower_ == "the" else 1
                else:
                    break
            if last > end + 1 and doc_toks[last - 1].text[:1].isupper():
                end = last
        return start, end

    def _listed_name(self, doc: Any, span: Any, start: int, end: int, taken: set[int]) -> tuple[int, int]:
        """"The Kenya Medical Practitioners" + ", Pharmacists and Dentists Union": a union or guild
        named for several trades lists them with commas and a last "and", and NER cuts the name at one
        of them. Capitalised parts so joined, closed by a body's word (or hanging on an "of" of the name:
        "Union of Rail, Maritime and Transport Workers"), are one name; a part that is a name of its own
        (the gazetteer's, an acronym) or that already ends in a body's word makes a list of bodies."""

        doc_toks = tokens_of(doc)
        def part_end(k: int) -> int:
            while k < span.end and k not in taken and doc_toks[k].text[:1].isupper() and doc_toks[k].is_alpha \
                    and doc_toks[k].pos_ in ("PROPN", "NOUN") and not doc_toks[k].text.isupper():
                k += 1
            return k

        def own_name(part: Any) -> bool:
            e = self.gaz.lookup(re.sub(r"^(?:the|The) ", "", part.text))
            return e is not None and (e.kind == "actor" or e.type == "State")

        whole = end
        if end - start > 1 and doc_toks[end - 1].text == ",":
            end -= 1  # "The Ghana Registered Nurses," as NER took it
        words = doc[start:end]
        if not len(words) or own_name(words) or (len(words) == 1 and words[0].text.isupper()):
            return start, whole
        if words[-1].lower_ in self.org_words:  # "Allied Workers Union" after "The Bakers, Food and"
            if start - 3 < span.start or doc_toks[start - 1].lower_ != "and" or start - 1 in taken:
                return start, end
            k, parts = start - 1, 0
            while k - 1 >= span.start and doc_toks[k].lower_ in (",", "and") and doc_toks[k - 1].text[:1].isupper():
                lo = k - 1
                while lo - 1 >= span.start and lo - 1 not in taken and doc_toks[lo - 1].text[:1].isupper() \
                        and doc_toks[lo - 1].is_alpha and doc_toks[lo - 1].pos_ in ("PROPN", "NOUN"):
                    lo -= 1
                part = doc[lo:k]
                if lo in taken or part_end(lo) != k or own_name(part) or part[-1].lower_ in self.org_words:
                    break
                k, parts = lo - 1, parts + 1
                if k < span.start or doc_toks[k].lower_ != ",":
                    break
            if parts and k >= span.start and doc_toks[k].lower_ in (",", "and"):
                return start, end  # the run goes on past a part that is a name: a list
            return (k + 1 if parts and doc_toks[k + 1].lower_ not in (",", "and") else start), end
        if end + 2 >= span.end or doc_toks[end].text != ",":
            return start, whole
        has_of = any(t.lower_ == "of" for t in words)
        k, seen_and = end, False
        while k + 1 < span.end and not seen_and:
            sep = doc_toks[k].lower_
            if sep not in (",", "and"):
                break
            if sep == "," and doc_toks[k + 1].lower_ == "and":
                k += 1  # "Rail, Maritime, and Transport Workers"
                continue
            seen_and = sep == "and"
            j = part_end(k + 1)
            part = doc[k + 1:j]
            if not len(part) or own_name(part) or (not seen_and and part[-1].lower_ in self.org_words):
                return start, whole  # "X Party, Y Party and Z Front": three bodies
            k = j
        if not seen_and or k == end:
            return start, whole
        if doc_toks[k - 1].lower_ in self.org_words or (has_of and (k >= span.end or not doc_toks[k].text[:1].isupper())):
            return start, k
        return start, whole

    def _name_of_its_own(self, doc: Any, start: int, end: int) -> bool:
        """"FIFA and FIFPRO", "the AU and Ecowas": the words before "and" already name a body (initials,
        the gazetteer's, or an entity the next name does not continue), so what follows is a second name."""
        doc_toks = tokens_of(doc)
        left, nxt = doc[start:end], doc_toks[end + 1]
        if len(left) == 1 and left[0].text.isupper() and len(left[0].text) >= 2:
            return True
        hit = self.gaz.lookup(left.text)
        if hit is not None and hit.kind == "actor":
            return True
        return nxt.ent_iob_ == "B" and (nxt.text.isupper() or nxt.i + 1 >= len(doc) or not doc_toks[nxt.i + 1].text[:1].isupper()
                                         or (self.gaz.lookup(nxt.text) is not None))

    def _joined_ents(self, span: Any) -> list[Any]:
        """NER's entities, with a body's name split in two put back together: "The Cork Patients'" +
        "Advocacy Network", "Srpska" + "Lista party" (adjacent entities ending in an organisation word)."""
        from spacy.tokens import Span as _Span

        doc = span.doc
        doc_toks = tokens_of(doc)
        ents = [e if (end := _past_hyphens(doc, e, span.end, self.gaz.lookup)) == e.end else _Span(doc, e.start, end, label=e.label_)
                for e in span.ents]
        # "aimed at the Montana Group - and would …": NER took the dash opening an aside into the name
        ents = [_Span(doc, e.start, e.end - 1, label=e.label_) if len(e) > 1 and e[-1].text in DASHES else e for e in ents]
        ents = [self._with_parties(doc, e, span.start) for e in ents]
        ents = self._hyphened_surnames(doc, ents, span.end)
        ents = self._participle_in_name(doc, ents, span.end)
        ents = self._given_name_and_place(doc, ents, span.start)
        if len(ents) < 2:
            return ents
        org_words = self.org_words
        out: list[Any] = []
        for ent in ents:
            prev = out[-1] if out else None
            if prev is None:
                out.append(ent)
                continue
            joined = (prev.end == ent.start and prev.label_ in ("ORG", "PERSON", "NORP", "GPE")
                      and ent.label_ in ("ORG", "PERSON") and ent[-1].lower_ in org_words and ent[0].text[:1].isupper())
            # "The Bolivian Workers'" + "Centre": a plural possessive alone names no one
            joined = joined or (prev.end == ent.start and prev.label_ == "ORG" and prev[-1].text in ("'", "\u2019")
                                and ent.label_ in ("GPE", "LOC", "FAC", "PERSON", "ORG") and ent[0].text[:1].isupper())
            # "the Independent Educators'" + "and Nurses' Union": a possessive alone names no one
            joined = joined or (prev.end + 1 == ent.start and doc_toks[prev.end].lower_ in ("and", "&")
                                and prev[-1].text in ("'", "\u2019") and ent.label_ == "ORG" and ent[0].text[:1].isupper()
                                and any(t.lower_ in org_words for t in ent))
            # "the Atlantic" + "and Gulf Port Employers Alliance", "'s Asian and Oceanian Affairs Bureau"
            joined = joined or (prev.end + 1 == ent.start and len(prev) == 1 and prev.start > 0
                                and doc_toks[prev.end].lower_ in ("and", "&") and prev.label_ in ("LOC", "NORP", "GPE")
                                and doc_toks[prev.start - 1].lower_ in ("the", "'s", "\u2019s") and ent.label_ == "ORG"
                                and ent[0].text[:1].isupper() and ent[0].lower_ != "the" and ent[-1].lower_ in org_words
                                and self.gaz.lookup(prev.text) is None)
            # "The Bangladesh Garment" + "and Knitwear Exporters Association": a state-named trade cut at its "and"
            lead = prev[1:] if prev[0].lower_ == "the" else prev
            joined = joined or (prev.end + 1 == ent.start and doc_toks[prev.end].lower_ in ("and", "&") and len(lead) >= 2
                                and prev.label_ == ent.label_ == "ORG" and ent[0].text[:1].isupper()
                                and ent[0].lower_ != "the" and ent[-1].lower_ in org_words
                                and not any(t.lower_ in org_words for t in lead) and all(t.text[:1].isupper() for t in lead)
                                and (st := self.gaz.lookup(lead[0].text) or self.gaz.adjective(lead[0].text)) is not None
                                and st.kind == "actor" and st.type == "State")
            if not joined and prev.end + 1 == ent.start and doc_toks[prev.end].lower_ in ("to", "of") \
                    and ent.label_ in ("ORG", "LAW", "WORK_OF_ART") and prev.label_ in ("ORG", "NORP") \
                    and self._parties_to_a_text(doc[prev.start:ent.end]):
                joined = True  # "The Parties to" + "the Nauru Agreement"
            end = ent.end
            if not joined and prev.end == ent.start and len(prev) >= 3 and prev[-1].lower_ in ("and", "&") \
                    and prev.label_ == ent.label_ == "ORG" and ent[0].text[:1].isupper():
                # "The Vietnam Textile and" + "Apparel Association (Vitas": a name cut at its "and"
                end = next((t.i for t in ent if t.text == "("), ent.end)
                joined = any(t.lower_ in org_words for t in doc[ent.start:end])
            if joined:
                out[-1] = _Span(doc, prev.start, end, label="ORG")
            else:
                out.append(ent)
        return out

    def _hyphened_surnames(self, doc: Any, ents: list[Any], limit: int) -> list[Any]:
        """A double-barrelled surname NER cut at its hyphen: "Paulina Hennig" + "-Kloska" is one person (and a
        later "Hennig-Kloska said" is she), not a person and a place. Only after a name of two words or more, or
        where the whole word ends a person's name already read, and never over a name the gazetteer knows
        ("Trump-Putin summit", "Israel-Hamas truce" join two actors)."""
        from spacy.tokens import Span as _Span

        doc_toks = tokens_of(doc)
        out: list[Any] = []
        for e in ents:
            if out and e.start < out[-1].end:
                continue  # the surname's second half, NER's own "place"
            k = e.end
            if k + 1 < limit and doc_toks[k].text == "-" and not doc_toks[k - 1].whitespace_ \
                    and not doc_toks[k].whitespace_ and doc_toks[k + 1].is_alpha and doc_toks[k + 1].text[:1].isupper() \
                    and (k + 2 >= len(doc) or doc_toks[k + 2].text != "-") and e[-1].is_alpha \
                    and self.gaz.lookup(doc_toks[k + 1].text) is None and self.gaz.lookup(e[-1].text) is None:
                whole = f"{e[-1].text}-{doc_toks[k + 1].text}"
                if (e.label_ == "PERSON" and len(e) >= 2 and all(t.text[:1].isupper() for t in e)) or (
                        len(e) == 1 and self._person_ending_in(whole) is not None):
                    e = _Span(doc, e.start, k + 2, label="PERSON")
            out.append(e)
        return out

    def _participle_in_name(self, doc: Any, ents: list[Any], limit: int) -> list[Any]:
        """A body's name NER cut after a capitalised participle: "the Ministry of Enterprises and Made" +
        "in Italy". A name never ends in "Made" or "Based": the words its participle governs ("in Italy")
        belong to it; a name ending in a noun ("the Office of Trade and Industry in Pretoria") keeps its place
        apart. Nor does a name end at another language's "and" ("Unidad Azul" + "y Blanco")."""
        from spacy.tokens import Span as _Span

        doc_toks = tokens_of(doc)
        out: list[Any] = []
        for e in ents:
            if out and e.start < out[-1].end:
                continue  # the place now inside the name
            k = e.end
            if e.label_ == "ORG" and len(e) >= 3 and k + 3 < limit and doc_toks[k].lower_ == "and" \
                    and doc_toks[k + 1].tag_ in ("VBD", "VBN") and doc_toks[k + 1].text[:1].isupper() \
                    and doc_toks[k + 2].lower_ in ("in", "for", "by", "to") and doc_toks[k + 3].text[:1].isupper():
                k += 2  # "the Ministry of Crafts" + "and Made in Italy"
                e = _Span(doc, e.start, k, label="ORG")
            if e.label_ == "ORG" and len(e) >= 3 and e[-1].tag_ in ("VBD", "VBN") and e[-1].text[:1].isupper() \
                    and k + 1 < limit and doc_toks[k].lower_ in ("in", "for", "by", "to") and doc_toks[k + 1].text[:1].isupper():
                k += 1
                while k < limit and doc_toks[k].text[:1].isupper() and doc_toks[k].pos_ == "PROPN":
                    k += 1
                e = _Span(doc, e.start, k, label="ORG")
            elif e.label_ in ("ORG", "PERSON") and k + 1 < limit and doc_toks[k].text in self.lex.words("name_conjunctions") \
                    and e[-1].text[:1].isupper() and doc_toks[k + 1].pos_ == "PROPN" and doc_toks[k + 1].text[:1].isupper() \
                    and doc_toks[k + 1].lower_ not in self.given_names:
                k += 1  # "Unidad Azul y Blanco": a name in another language runs on over its own "and"
                while k < limit and doc_toks[k].text[:1].isupper() and doc_toks[k].pos_ == "PROPN":
                    k += 1
                e = _Span(doc, e.start, k, label="ORG")
            out.append(e)
        return out

    def _given_name_and_place(self, doc: Any, ents: list[Any], lo: int) -> list[Any]:
        """A person whose surname is a place: NER tags "Paris" of "Ana Paris, the company's lawyer," as the
        city and leaves the given name out. A known given name compounding into a one-word place makes one
        person's name ("Ana Paris" is no mention of France)."""
        from spacy.tokens import Span as _Span

        doc_toks = tokens_of(doc)
        out: list[Any] = []
        for e in ents:
            k = e.start - 1
            if e.label_ in ("GPE", "LOC") and len(e) == 1 and k >= lo and not doc_toks[k].ent_type_ \
                    and doc_toks[k].lower_ in self.given_names and doc_toks[k].pos_ == "PROPN" and doc_toks[k].is_alpha \
                    and doc_toks[k].text[:1].isupper() and doc_toks[k].dep_ == "compound" and doc_toks[k].head.i == e.start \
                    and (k == lo or not doc_toks[k - 1].text[:1].isupper() or doc_toks[k - 1].is_sent_start) \
                    and self.gaz.lookup(doc_toks[k].text) is None and self.gaz.lookup(doc[k:e.end].text) is None:
                e = _Span(doc, k, e.end, label="PERSON")
            out.append(e)
        return out

    def _with_parties(self, doc: Any, ent: Any, lo: int) -> Any:
        """NER's named text with the capitalised members before it that NER left out: "The Parties to" + "the
        Nauru Agreement" is one body (``_parties_to_a_text``)."""
        from spacy.tokens import Span as _Span

        doc_toks = tokens_of(doc)
        k = ent.start - 1
        if ent.label_ not in ("ORG", "LAW", "WORK_OF_ART") or k - 1 < lo or doc_toks[k].lower_ not in ("to", "of") \
                or doc_toks[k - 1].ent_type_:
            return ent
        start = k
        while start - 1 >= lo and doc_toks[start - 1].text[:1].isupper() and doc_toks[start - 1].tag_ in ("NNS", "NNPS") \
                and not doc_toks[start - 1].ent_type_:
            start -= 1
        if start == k or not self._parties_to_a_text(doc[start:ent.end]):
            return ent
        return _Span(doc, start, ent.end, label="ORG")

    def _ends_a_portfolio(self, doc: Any, i: int, lo: int) -> bool:
        """The word at ``i`` (no given name) is the last of a capitalised office's portfolio ("Minister of Energy
        and Mines"), not the first of the name NER began there: the "of"/"and" before it follows a capitalised
        office word a few words back, with only capitalised words and "of"/"and" between."""
        doc_toks = tokens_of(doc)
        k = i - 1
        if k < lo or doc_toks[k].lower_ not in ("and", "of") or doc_toks[i].lower_ in self.given_names:
            return False
        offices = self.lex.cached("actors.office_words", lambda _raw: self.lex.role_words | self.lex.role_heads)
        return _office_before(doc_toks, lo, k, offices)

    def _name_opened_before(self, doc: Any, ent: Any, lo: int, taken: set[int]) -> bool:
        """NER's name opens with a capitalised preposition ("Without Borders" of "Reporters Without Borders
        welcomed …", "For Peace" of "Mothers For Peace"): no person's name or body's name begins so, and the
        capitalised word before it, no office or title, opens the body's name."""
        doc_toks = tokens_of(doc)
        k = ent.start - 1
        if ent.label_ not in ("PERSON", "ORG") or len(ent) < 2 or k < lo or k in taken:
            return False
        first, prev = ent[0], doc_toks[k]
        return (first.pos_ == "ADP" and first.text[:1].isupper() and first.is_alpha
                and first.lower_ not in NAME_PARTICLES and ent[1].text[:1].isupper()
                and prev.text[:1].isupper() and prev.is_alpha and prev.pos_ in ("NOUN", "PROPN")
                and prev.lower_ not in self.lex.role_words and prev.lower_ not in self.lex.role_heads
                and prev.lower_.rstrip(".") not in self.honorifics_and_ranks and self.gaz.lookup(prev.text) is None)

    def _portfolio_word(self, doc: Any, k: int, lo: int) -> bool:
        """The capitalised word at ``k``, no given name, ends an office's portfolio ("Minister of Foreign Affairs
        Musalia Mudavadi"): it is no part of the name NER begins after it."""
        return tokens_of(doc)[k].lower_ not in self.given_names and self._office_of_portfolio(doc, k, lo) is not None

    def _portfolio_conjunct_end(self, doc: Any, start: int, end: int, lo: int) -> int | None:
        """Where the name begins in NER's span that opens with the second half of an office's portfolio
        ("Minister for Fisheries and" + "Marine Resources Ribanataake Tiwau"): the parse joins that half to the
        first one ("Resources" a conjunct of "Fisheries"), and at least two capitalised words follow it."""
        doc_toks = tokens_of(doc)
        if start - 1 < lo or doc_toks[start - 1].lower_ not in ("and", "&") \
                or self._office_of_portfolio(doc, start - 1, lo) is None:
            return None
        conj = next((k for k in range(start, end) if doc_toks[k].dep_ == "conj" and doc_toks[k].head.i < start), None)
        if conj is None or end - conj - 1 < 2 or doc_toks[conj].lower_ in self.given_names \
                or not all(doc_toks[k].text[:1].isupper() and doc_toks[k].is_alpha for k in range(start, end)):
            return None
        return conj + 1

    def _given_name_word(self, t: Any) -> bool:
        """A capitalised word that may open a person's name: no office, place, adjective or date."""
        return (t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha and t.lower_ not in self.lex.role_words
                and t.lower_ not in self.lex.role_heads and t.lower_ not in self.honorifics_and_ranks and t.ent_type_ not in (
                    "DATE", "TIME", "GPE", "NORP") and self.gaz.lookup(t.text) is None
                and self.gaz.adjective(t.text) is None)

    def _title_given_name(self, doc: Any, start: int, lo: int, taken: set[int]) -> bool:
        """A capitalised word between a title word and a person's name belongs to the name."""
        doc_toks = tokens_of(doc)
        k = start - 1
        if k - 1 < lo or k in taken:
            return False
        t, prev = doc_toks[k], doc_toks[k - 1]
        words = self.lex.role_words
        heads = self.lex.role_heads
        if self._portfolio_word(doc, k, lo):
            return False
        return (t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha and t.lower_ not in words
                and t.lower_ not in heads and self.gaz.lookup(t.text) is None and self.gaz.adjective(t.text) is None
                and prev.text[:1].isupper() and (prev.lower_ in words or prev.lower_ in heads
                                                 or t.lower_ in self.given_names))

    def candidate(self, s: Sentence, i: int, j: int, label: str, e: Entry | None) -> None:
        p, T = s.para, self.table
        doc = p.doc
        doc_toks = tokens_of(doc)
        if e is None and j - i >= 2 and i == s.span.start and doc_toks[i].lower_ in OPENING_PREPOSITIONS and j < s.span.end \
                and doc_toks[j].text != "," and any(t.text == "," for t in doc[j:s.span.root.i]):  # a fronted place phrase
            # ("Outside Government House on the square, …"), not a firm's name ("Beyond Meat said", "Under Armour, the …")
            i += 1  # "Outside Government House, …": the sentence's opening preposition is no part of a name
        span = doc[i:j]
        head = span.root
        text = span.text
        low = text.lower()
        if label != "GAZ" and label in ("ORG", "PERSON") and (self._media_name(low, span, label) or self._is_channel(span)):
            return
        if e is None and label in ("ORG", "PERSON", "FAC") and len(span) >= 2 and span[-1].text[:1].isupper() \
                and (span[-1].lower_ in LANDMARK_NOUNS or span[-1].lower_ in self.lex.words("street_nouns")) \
                and head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS | {"on"} and not _acting(head) \
                and text not in T.actors:
            T.place(p, i, j, text, "building")  # "told reporters on Parliament Hill", "at Independence Square"
            return
        if e is None and label in ("ORG", "PERSON") and i > 0 and doc_toks[i - 1].text.islower() \
                and doc_toks[i - 1].lower_ in self.lex.words("outlet_nouns") and self.gaz.lookup(text) is None:
            return  # "a report in the newspaper Il Sole 24 Ore": an outlet named by its kind is a source, no actor
        if e is not None and text.isupper() and self._seen_by_agency(span):
            return  # "according to a note seen by AFP": the news agency that saw it, not the body of those initials
        h0 = _list_head(head)
        if e is None and len(span) == 1 and label in ("PERSON", "ORG", "NORP", "GPE") and head.text[:1].isupper() \
                and h0.dep_ in ("amod", "compound", "nmod") and h0.head.i > h0.i and h0.head.pos_ == "NOUN" \
                and h0.head.text.islower() and self._rival_noun(h0.head.lower_) and self.gaz.lookup(text) is None:
            self._named_groups(p, h0)  # "the Tamba and Olop clans", "the Olop clan": each clan is an actor
            return
        if label == "PERSON" and e is None and doc_toks[i].text in self.saint_words and j < len(doc) and (
                (doc_toks[j - 1].tag_ == "POS" and doc_toks[j].text[:1].isupper())
                or (j + 1 < len(doc) and doc_toks[j].tag_ == "POS" and doc_toks[j + 1].text[:1].isupper())):
            return  # "St John's Episcopal Church", "St Thomas' Hospital": a saint's name names a building or a body
        if e is None and label != "PERSON":
            e = self.gaz.lookup(text)
        if e is None and re.fullmatch(r"[A-Z]{1,2}-?\d{1,3}", text) and not _acting(head):
            T.place(p, i, j, text, "region")  # "blocked the A6", "on the I-95": a road's number is no body
            return
        if e is not None and e.kind == "place":
            if e.seat_of and _acting(head):
                seat = next((x for x in e.also_seat_of if x in T.actors), e.seat_of)  # "Brussels" in an EU story
                T.add_mention(p, i, j, head.i, seat, T.actors[seat].type if seat in T.actors else "State", "metonym",
                              text)
            else:
                T.place(p, i, j, e.name, e.type, e)
            return
        if e is not None and e.kind == "actor" and e.type == "State" and _clean_surface(text) in self.firm_aliases:
            self.organisation(s, i, _before_end_punct(doc, i, j))  # "Emirates, the Dubai-based carrier, said": the
            # airline, not the state
            return
        if e is not None and e.kind == "actor":
            if e.type == "State" and not _acting(head) and head.dep_ == "pobj" and head.head.lower_ in (
                    "in", "to", "into", "at", "across", "near", "inside", "throughout", "around"):
                T.place(p, i, j, e.name, "country", e)
                T.add_mention(p, i, j, head.i, e.name, e.type, "name", text, record=True)
                return
            a = T.add_mention(p, i, j, head.i, e.name, e.type, "name", text)
            self.pending.append((i, j, a))
            if a.type != "Person":
                self._modifiers(p, i, a)
                if a.type != "State":
                    self._body_apposition(p, i, j, a)
            return
        if label == "PERSON" and e is None and (self.gaz.adjective(text) or (
                text.endswith("s") and self.gaz.adjective(text[:-1]))):
            label = "NORP"  # "they will remain Papua New Guineans": NER took a nationality for a person
        if label == "NORP" and len(span) == 1 and self.gaz.adjective(text) is None and self._subject_like(head) and (
                text.lower() in self.full_names or self._person_ending_in(text) is not None):
            label = "PERSON"  # "Bahceli, whose call …, said": NER took a named person's surname for a nationality
        if label == "NORP":
            for ge in self.gaz.descriptor_index.get(norm("the " + text), []):
                if ge.name in T.actors:  # "the Europeans" once the E3 are named
                    T.add_mention(p, i, j, head.i, ge.name, ge.type, "descriptor", text)
                    return
            adj = self.gaz.adjective(text) or self.gaz.adjective(text.rstrip("s"))
            if adj and text.endswith("s") and _acting(head):
                who = self._regional_body(text.rstrip("s"), adj)
                T.add_mention(p, i, j, head.i, who, self._type_of(who), "collective", text)
            elif adj is None and e is None and text.endswith("s") and text[:1].isupper() \
                    and head.tag_ in ("NNPS", "NNS", "NNP") and self._subject_like(head) \
                    and not in_quote(p.text, doc_toks[i].idx):  # '"The Liberals are handing …," he said': a jibe
                # "The Liberal Democrats said …", "the Greens said": a party named by its members, no nationality
                while i - 1 > s.span.start and doc_toks[i - 1].pos_ == "PROPN" and doc_toks[i - 1].text[:1].isupper() \
                        and doc_toks[i - 1].dep_ == "compound" and doc_toks[i - 1].head.i == head.i \
                        and (p.idx, i - 1) not in T.by_token:
                    i -= 1  # "The Social" + "Democrats"
                if i > s.span.start and doc_toks[i - 1].lower_ == "the":
                    name = _text_of(list(doc[i:j]))
                    T.add_mention(p, i, j, head.i, name, T.actors[name].type if name in T.actors else "Group", "name",
                                  f"the {name}")
            return
        if label == "ORG" and i > 0 and (doc_toks[i - 1].lower_ in self.lex.role_words or (
                doc_toks[i - 1].lower_ in self.lex.role_heads and doc_toks[i - 1].text.islower())) and len(span) >= 2 \
                and all(t.text[:1].isupper() or (t.text == "-" and not t.whitespace_ and k not in (0, len(span) - 1))
                        for k, t in enumerate(span)) and not (i >= 2 and doc_toks[i - 2].text == "-") \
                and span[-1].lower_ not in self.body_words:
            label = "PERSON"  # "TAA chief executive Duarte Almeida", "leader Yves-François Blanchet"; not "nine-member
            # Transitional Council"
        if label == "ORG" and e is None and len(span) == 1 and text.isupper() and head.dep_ == "compound" \
                and head.head.pos_ == "NOUN" and text not in self.acronyms and text not in T.actors \
                and head.head.lemma_.lower() not in self.owned_by_a_body and head.head.lower_ not in self.owned_by_a_body:
            return  # "AI replica offer", "AI models": initials that only qualify a thing name no one
        if label == "ORG" and e is None and len(span) == 1 and head.dep_ == "compound" and head.head.text.islower() \
                and head.head.i == head.i + 1 and head.head.lower_ in self.company_nouns and text not in T.actors \
                and i > 0 and doc_toks[i - 1].lower_ == "the" and not text.isupper():
            return  # "the Crown corporation", "the State company": a word that classes a firm is no name of its own
        if label in ("ORG", "PERSON") and len(span) == 1 and span[0].tag_ == "NN" and self.org_firsts.get(text) and (
                (label == "ORG" and _acting(head)) or (  # "Corvane's chief executive" after "Corvane Resources"
                    j < len(doc) and doc_toks[j].tag_ == "POS" and self.org_firsts[text] in T.actors)):
            full = self.org_firsts[text]  # "Halcyon said in a statement" after "Halcyon Games in Irvine"
            a = T.add_mention(p, i, j, head.i, full, T.actors[full].type if full in T.actors else "Organization",
                              "name", text)
            a.aliases.add(full)
            return
        if label in ("ORG", "PERSON") and len(span) == 1 and span[0].tag_ in ("NNS", "NN") and not (
                text.isupper() and len(text) > 1) and not (label == "PERSON" and text.lower() in self.full_names
                                                          and text[:1].isupper()):  # "ESLA said" is an acronym,
            # whatever its tag; '"…," Canales said' is the surname of the bishop the article named
            return  # "Ballots will be cast": a capitalised common noun at a sentence start is no name
        if label in ("ORG", "PERSON") and e is None and self._document_name(span):
            return  # "the Neutrality Treaty", "the Torrijos-Carter treaties": a text, not who acts
        if label in ("ORG", "PERSON", "GPE") and e is None and len(p.text.split()) >= 2 and p.text.strip().isupper() \
                and len(p.text) < 80:
            return  # "WAIVER DENIED", "POLICY BANK": a section heading in capitals names no one
        if label in ("ORG", "PERSON", "GPE", "NORP") and e is None and (text in self.thing_acronyms or (
                text.endswith("s") and text[:-1] in self.thing_acronyms)):
            return  # "the MLB clause" after "macro-linked bonds, or MLBs": a thing's short name
        if label in ("ORG", "PERSON") and e is None and doc_toks[i].is_alpha and doc_toks[i].text.islower() \
                and doc_toks[i].pos_ in ("VERB", "AUX", "ADV", "ADP", "PRON", "SCONJ", "CCONJ", "PART"):
            return  # "Doctors reject ministry's offer": a name never opens with a lower-case verb or noun
        if label in ("ORG", "PERSON") and e is None and not any(c.isupper() or c.isdigit() for c in text) and (
                text.startswith("the ") or (i > 0 and doc_toks[i - 1].lower_ == "the")):
            return  # "the congress", "the federation": a lower-case description, read by descriptors()
        if label == "ORG" and self._named_in_apposition(span):
            label = "PERSON"  # "Its irrigation minister, Awadia Osman Babiker,": NER's organisation is a person
        elif label == "ORG" and 2 <= len(span) <= 3 and span[0].lower_ in self.given_names \
                and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in span) and self.gaz.lookup(text) is None \
                and not any(t.lower_ in self.org_words for t in span):
            label = "PERSON"  # "…, industry and trade, Renata Albuquerque,": a given name opens a person's name
        if label == "ORG" and len(span) >= 2 and span[0].lower_.rstrip(".") in self.honorifics - {"gen", "general", "justice"} \
                and span[0].text[:1].isupper() and all(t.text[:1].isupper() for t in span[1:]) \
                and not any(t.lower_ in self.org_words for t in span[1:]):
            label = "PERSON"  # "Ms Molloy", "Archbishop Kamau" tagged as an organisation
        elif label == "ORG" and e is None and 2 <= len(span) <= 4 and i >= 2 and doc_toks[i - 1].text == "." \
                and doc_toks[i - 2].lower_ in self.honorifics and doc_toks[i - 2].text[:1].isupper() \
                and all(t.text[:1].isupper() or t.text == "-" for t in span) \
                and not any(t.lower_ in self.org_words for t in span):
            label = "PERSON"  # "Barr. Nkechi Obi-Adeyemi": NER split the title off and took the rest for a body
        if i <= 2 and text.isupper() and len(text) > 2 and p.idx == self.first_body and not any(
                t.is_alpha and not t.is_upper for t in doc[:i]) and j < len(doc) \
                and doc_toks[j].text in (",", "–", "—", "-", "/"):
            T.place(p, i, j, text.title(), "city")  # the dateline: "CORK, March 6 –", "YANGON/KUNMING, Jan 19"
            return
        if label == "PERSON" and i > 0 and doc_toks[i - 1].text.islower() \
                and doc_toks[i - 1].lower_ in self.group_descriptors:
            label = "ORG"  # "the opposition Unitary Platform": a described body, not a person
        if label in ("PERSON", "ORG") and e is None and self._names_a_force(doc, i, j):
            j, label = j + 1, "ORG"  # "Jubaland Darwish forces attacked": the forces are the actor, a group
            span = doc[i:j]
            head, text = span.root, span.text
        if label == "PERSON":
            k = j
            while k < len(doc) and doc_toks[k].pos_ == "PROPN" and doc_toks[k].text[:1].isupper() and doc_toks[k].dep_ == "compound":
                k += 1
            if k < len(doc) and k > i and doc_toks[k].pos_ == "NOUN" and doc_toks[k].lower_ in self.org_nouns \
                    and doc_toks[k - 1].dep_ == "compound":
                j, label = k, "ORG"  # "the Srpska Lista party" with a person's tag on its first word: one body
                span = doc[i:j]
                head, text = span.root, span.text
        if label in ("FAC", "LOC") and e is None and doc_toks[j - 1].dep_ == "compound":
            k = j
            while k < len(doc) and doc_toks[k].pos_ == "NOUN" and doc_toks[k].text.islower() and doc_toks[k].dep_ == "compound":
                k += 1
            if k < len(doc) and doc_toks[k].pos_ == "NOUN" and doc_toks[k].text.islower() \
                    and doc_toks[k].lower_ in self.listed_org_words and doc_toks[j - 1].head.i <= k:
                label = "ORG"  # "the Viv Ansanm gang coalition" tagged as a building: the name of a body
        if label == "ORG":
            roles = [k for k, t in enumerate(span) if t.lower_ in self.lex.role_words and k + 2 <= len(span) - 1]
            if roles and all(t.text[:1].isupper() for t in span[roles[-1] + 1:]) \
                    and span[-1].lower_ not in self.org_words:  # "The Academic Staff Union" is no "Staff Union" person
                i = span[roles[-1] + 1].i  # "US envoy Morgan Ortagus" tagged as one organisation
                span = doc[i:j]
                head, text, label = span.root, span.text, "PERSON"
        if label in ("PERSON", "FAC", "LOC", "GPE") and e is None and j + 2 < len(doc) and doc_toks[j].text == "(" \
                and doc_toks[j + 2].text == ")" and doc_toks[j + 1].text.isupper() and _acronym(text) == doc_toks[j + 1].text:
            label = "ORG"  # "Transportes Aereos Atlanticos (TAA)": a name spelled out before its initials is a body
        if label in ("GPE", "LOC", "FAC") and len(span) >= 2 and span[0].text[:1].isupper() \
                and span[0].lower_.rstrip(".") in {"mr", "mrs", "ms", "dr", "sir", "dame"} | self.fem_hon:
            label = "PERSON"  # "Mr Akhmetov told the meeting" tagged as a place: no state is a Mr
        elif label in ("GPE", "LOC", "FAC") and e is None and self._named_in_apposition(span, leader=True):
            label = "PERSON"  # "Rajan Shrestha, president of the traders' association,": no place holds an office
        if label == "PERSON" and e is None and i >= 2 and doc_toks[i - 1].lower_ == "of" \
                and doc_toks[i - 2].lemma_.lower() in RANKS_OF_A_BODY and text.lower() not in self.full_names:
            label = "ORG"  # "fighters of Ahlu Sunnah Wa-Jama'a", "members of Nueva Alianza": nobody has members
        if label == "PERSON":
            toks = [t for t in span]
            if text.lower() in ("he", "she"):
                return
            if span[-1].lower_ in self.lex.role_heads and span.root.i == span[-1].i and not any(
                    t.lower_ in self.given_names for t in span):
                return  # "Coordinating Minister of the Economy": an office NER took for a person
            h0 = _list_head(head)
            if len(span) > 1 and h0.dep_ == "compound" and h0.head.i > h0.i and h0.head.tag_ in ("NN", "NNS") \
                    and h0.head.text.islower() and text.lower() not in self.full_names \
                    and not self._titled_person(toks) and h0.head.lemma_ not in self.owned_by_a_body \
                    and h0.head.lower_ not in self.owned_by_a_body and h0.head.lower_ not in self.table.proxies:
                return  # "outside the Tyburn Lane depot", "Diego Garcia payment terms": a name that names a thing
            if len(span) == 1 and h0.dep_ in ("amod", "compound", "nmod") and h0.head.i > h0.i \
                    and h0.head.pos_ == "NOUN" and h0.head.text.islower() and text.lower() not in self.full_names \
                    and self.gaz.lookup(text) is None and h0.head.lemma_ not in PLACE_NOUNS | LANDMARK_NOUNS \
                    and h0.head.lower_ not in self.group_nouns | self.crowd_nouns | MEMBERS | self.table.proxies:
                return  # "a Hutu militia", "the Sahrawi people": a people's name (but "Polisario fighters" act)
            if head.dep_ == "poss" and head.head.lemma_.lower() in self.lex.words("succession_nouns"):
                # "Andriy Yermak's successor as head of the office, X,": named as whom X followed (dropped
                # at the end if the article names him nowhere else)
                self.followed_only[_clean_surface(text)] = self.followed_only.get(_clean_surface(text), 0) + 1
            name = self.person_name(toks)
            if not name or not name[:1].isupper():
                return
            hit = self.gaz.lookup(name)
            if hit is not None and hit.kind == "place":
                T.place(p, i, j, hit.name, hit.type, hit)
                return
            if text.isupper() and len(text) > 1:  # "ESLA said" tagged as a person: the body it is the acronym of
                known = self.acronyms.get(text) or next((n for n, b in T.actors.items() if b.type != "Person" and (
                    text in b.aliases or _acronym(n) == text)), None)
                if known in T.actors:
                    T.add_mention(p, i, j, head.i, known, T.actors[known].type, "name", text)
                    return
                if len(text) >= 3 and text.isalpha() and name == text:
                    self.organisation(s, i, j)  # "JNIM claimed the attack": initials are never a person's name
                    return
            body = next((n for n, b in T.actors.items() if b.type in ("Organization", "Group") and " " in n
                         and self._first_word(n) == name), None) if " " not in name else next(
                (n for n, b in T.actors.items() if b.type in ("Organization", "Group") and (
                    (n.endswith(" " + name) and n.split()[0] in self.firm_prefixes)
                    or self._name_and_trade_words(name, n))),
                None)  # "Freeport Indonesia" after "PT Freeport Indonesia", "Atacama Lithium" after "… Lithium Corp"
            if body is not None:  # "Corvane denied it" after "Corvane Aerospace": the firm, not a person
                T.add_mention(p, i, j, head.i, body, T.actors[body].type, "name", text)
                return
            if name in T.places and name not in T.actors:
                T.place(p, i, j, name, T.places[name]["kind"])  # "the town of Hsipaw" … "if Hsipaw was not handed over"
                return
            where = PLACE_NOUNS | LANDMARK_NOUNS | {"capital"}
            if name not in T.actors and (any(c.dep_ in ("appos", "conj") and c.lemma_ in where for c in children_of(head))
                                         or (head.dep_ == "appos" and head.head.lemma_ in where and head.head.tag_ != "NNS")):
                T.place(p, i, j, name, "city")  # "Kyauk Sein, a village in …", "Karzan's capital, Derabad," (not "the
                return  # mines and energy minister, X,": one place is never the apposition of a plural)
            h = head
            while h.dep_ == "conj":
                h = h.head
                if T.place_at(p, h.i) is not None and name not in T.actors and not self._named_in_apposition(span):
                    T.place(p, i, j, name, "region")  # "in Devon and Cornwall": NER's person is a place
                    return
            if h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.lemma_ in PLACE_NOUNS:
                T.place(p, i, j, name, "city")  # "the village of Jbaa": NER's person is a place
                return
            if name not in T.actors and i > 0 and not any(t.dep_ == "poss" or t.tag_ == "POS" for t in doc[i:j + 1]) \
                    and not self._titled_person(toks) and (
                    (h.dep_ == "pobj" and (h.head.lower_ in PLACE_PREPS or (
                        h.head.lower_ == "to" and h.head.head.lemma_.lower() in MOTION)) and h.head.i < i
                     and all(t.dep_ in ("det", "amod") for t in doc[h.head.i + 1:i]))
                    or (h.dep_ in ("compound", "nmod") and h.head.lemma_ in PLACE_NOUNS | LANDMARK_NOUNS)
                    or (doc_toks[i - 1].lower_ == "the" and doc_toks[i - 1].head.i == head.i and not _acting(head))):
                # "struck a post in Khan Younis", "near the Ta Muen temple", "marched to Jantar Mantar",
                # "a guesthouse on the Bosphorus": nobody's name takes "the"
                T.place(p, i, j, name, "city")
                return
            if hit is not None and hit.kind == "actor" and hit.type != "Person":
                T.add_mention(p, i, j, head.i, hit.name, hit.type, "name", text)
                return
            if len(span) == 1 and hit is None and i > 0 and doc_toks[i - 1].lower_ == "the" and doc_toks[i - 1].head.i == head.i \
                    and name.lower() not in self.full_names and name.lower() not in self.given_names \
                    and name not in T.actors:
                self.organisation(s, i, j)  # "the Generalitat said", "the Storting voted": a name with "the" is a body
                return
            if self._lone_word_no_person(doc, i, j, name):
                if any(c.dep_ in ("compound", "appos", "amod") and c.pos_ == "NOUN" and c.text.islower()
                       for c in children_of(head)) or (head.dep_ in ("appos", "compound") and head.head.pos_ == "NOUN"
                                                   and head.head.text.islower()):
                    hd = head.head.i if head.dep_ == "appos" else head.i  # "bought by the state supplier X": it acts
                    a = T.add_mention(p, i, j, hd, name, "Organization", "name", text)  # as its description does
                    self._body_apposition(p, i, j, a)
                else:
                    self.organisation(s, i, j)  # "Eurofer said", "Kismayo disputed that": nobody is named by one word
                m = T.by_token.get((p.idx, i))
                if m is not None and " " not in m.actor:
                    self.lone_bodies.add(m.actor)  # silent, it is dropped as a lone "person" would be
                return
            if len(span) >= 2 and any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in self.body_heads
                                      and c.left_edge.i == j + 1 for c in children_of(head)):  # right after its comma
                # "Aker BioMarine, the Oslo-based company that …": the apposition says what it is
                a = T.add_mention(p, i, j, head.i, name, "Organization", "name", text)
                self._body_apposition(p, i, j, a)
                return
            a = T.add_mention(p, i, j, head.i, name, "Person", "name", text)
            self.pending.append((i, j, a))
            return
        if label in ("ORG", "PERSON") and all(t.lower_.rstrip(".") in self.title_words for t in span):
            return  # "Its spokesman, Major General X": a rank before a name is no body
        if label == "ORG":
            if j < len(doc) and (doc_toks[j].lower_ in self.lex.role_words or doc_toks[j].lower_ in self.lex.role_heads):
                known = self.acronyms.get(text) or (text if text in T.actors else None) or (next(
                    (n for n, x in T.actors.items() if x.type in ("Organization", "Group") and _acronym(n) == text), None)
                    if text.isupper() and len(text) > 1 else None)  # "DUP leader X" after "The Democratic Unionist Party"
                if known in T.actors and T.actors[known].type != "Person":  # "a KNU spokesman": the body he speaks for
                    T.add_mention(p, i, j, head.i, known, T.actors[known].type, "name", text)
                elif known is None and (self._speaks_for(doc, i, j) or self._body_before_office(doc, span, j) or (
                        span[-1].tag_ == "POS" and len(span) >= 3 and span[-2].lower_ in self.firm_words)):
                    self.organisation(s, i, j)  # "Voltara Mining's chief executive": the firm owns the office
                return  # "Treasury Secretary", "Trade Representative": part of a title
            if self._portfolio_title(doc, j):
                return  # "Public Service and Administration Minister X": a two-part portfolio, no body
            if self._office_title(span):
                return  # "the Minister of Finance, Mr X": an office, its holder is the actor
            if j < len(doc) and doc_toks[j].ent_type_ == "PERSON" and doc_toks[j].text[:1].isupper() and any(
                    t.lower_ in self.lex.role_heads for t in span):  # "Federal Councillor and Head of … X said"
                return
            if self._office_holders_name(doc, span):
                self.candidate(s, i, j, "PERSON", e)  # "Gabon's transport minister, Paul-Marie Ndong,": a person
                return
            if len(span) == 1 and head.dep_ in ("amod", "compound") and head.head.i > head.i \
                    and head.head.text.islower() and self.gaz.adjective(text) is not None:
                return  # "unless Emirati carriers agree": a nationality before a common noun, no body's name
            self.organisation(s, i, j)
            return
        if label in ("GPE", "LOC", "FAC"):
            name = _clean_surface(re.sub(r"^(the|The)\s+", "", text))
            if not name:
                return
            unknown = self.gaz.lookup(name) is None  # a name the gazetteer does not know
            known = self._person_ending_in(name) if " " not in name and unknown else None
            if known or (" " not in name and name.lower() in self.full_names and unknown):
                full = known or self.full_names[name.lower()]  # "Bayramov and Mirzoyan agreed": NER's place is a surname
                a = T.add_mention(p, i, j, head.i, full, "Person", "name", text)
                self.pending.append((i, j, a))
                return
            if e is None and unknown and i >= 2 and j == i + 1 and doc_toks[i - 1].head.i == i \
                    and doc_toks[i - 1].pos_ == "PROPN" and doc_toks[i - 1].text[:1].isupper() and (p.idx, i - 1) not in T.by_token \
                    and self.gaz.lookup(doc_toks[i - 1].text) is None and (
                        doc_toks[i - 2].lower_ in self.lex.role_words or doc_toks[i - 2].lower_ in self.lex.role_heads):
                self.candidate(s, i - 1, j, "PERSON", None)  # "spokesperson Ritika Sharma said": NER's place is a name
                return
            body = next((n for n, b in T.actors.items() if b.type in ("Organization", "Group")
                         and self._name_and_trade_words(name, n)), None) if unknown and e is None else None
            if body is not None:  # "Tari Ridge's counter-offer" after "Tari Ridge Mining Ltd", tagged a place
                T.add_mention(p, i, j, head.i, body, T.actors[body].type, "name", text)
                return
            if label == "GPE" and e is None and unknown and (name in self.described_bodies or self._described_body(doc, i, j)
                                                            or (" " in name and self._firm_worded(name))):
                self.organisation(s, i, j)  # "Naleraq, the largest opposition party, demanded": a body, no state;
                # "Air Arabia did not comment": a firm's word in a name the gazetteer does not know
            elif label == "GPE" and e is None and unknown and " " not in name and (head.tag_ == "NNS" or (
                    head.tag_ == "NNPS" and name.lower().endswith(("men", "women")))):
                return  # "the two Frenchmen had been pardoned": a state's nationals, no state
            elif label == "GPE" and _acting(head) and head.dep_ in ("nsubj", "nsubjpass"):
                T.add_mention(p, i, j, head.i, name, "State", "name", text)
            elif not self._no_place(doc, s.span.start, i, name, unknown):
                T.place(p, i, j, name, {"GPE": "city", "LOC": "region", "FAC": "building"}[label])

    def _firm_worded(self, name: str) -> bool:
        """Whether a name opens or ends with a word of firms' names (lexicon ``company_name_words``: "Air
        Arabia", "Kivu Airways")."""
        words = name.lower().split()
        return words[0] in self.firm_words or words[-1] in self.firm_words

    def _no_place(self, doc: Any, lo: int, i: int, name: str, unknown: bool) -> bool:
        """Words NER took for a place that name none: a people's adjective ("Ukrainian", "Sri Lankan"), an
        office's portfolio ("Minister for Pacific Island Affairs", "of Commerce and Supplies"; lexicon
        ``portfolio_offices``: not "the Governor of Lankaran"), two unknown names joined by "and" ("Eni and
        TotalEnergies")."""
        if self.gaz.adjective(name) is not None:
            return True
        if unknown and " and " in name and all(self.gaz.lookup(x) is None for x in name.split(" and ")):
            return True
        doc_toks = tokens_of(doc)
        k = i - 1
        if not unknown or k < lo or doc_toks[k].lower_ not in ("of", "for", "and"):
            return False
        offices = self.lex.cached("actors.portfolio_offices", lambda raw: frozenset(raw.get("portfolio_offices", [])))
        return _office_before(doc_toks, lo, k, offices)

    def _body_before_office(self, doc: Any, span: Any, j: int) -> bool:
        """"Saskatchewan Teachers' Federation president Dana Whitecalf": a name headed by a body's word (not a
        state's own ministry or department), before a lower-case office, is the body its holder speaks for."""
        heads = _name_heads(span.text)
        caps = [t for t in span if t.text[:1].isupper()]
        if caps and (self.gaz.adjective(caps[0].text) is not None or self.gaz.lookup(caps[0].text) is not None):
            caps = caps[1:]  # "Cambodian Senate president": a state's own chamber, not a body of its own
        return tokens_of(doc)[j].text.islower() and len(caps) >= 2 and span[-1].text[:1].isupper() \
            and bool(heads & self.org_words) and not heads & self.body_nouns \
            and heads.isdisjoint(state_body_endings(self.lex)) \
            and not any(t.lower_ in self.lex.role_words or t.lower_ in self.lex.role_heads for t in span)

    @staticmethod
    def _speaks_for(doc: Any, i: int, j: int) -> bool:
        """"An Eni spokesman said", "an Acme official told": an indefinite article makes the name before the
        speaker's noun the body one of whose people speaks, not part of an office's title ("Treasury Secretary")."""
        doc_toks = tokens_of(doc)
        return i >= 1 and doc_toks[i - 1].lower_ in ("a", "an") and doc_toks[i].text[:1].isupper() \
            and doc_toks[j].lower_ in SPEAKERS_FOR_A_BODY and _acting(doc_toks[j])

    def _names_a_force(self, doc: Any, i: int, j: int) -> bool:
        """Capitalised words that modify a following "forces", "militia", "fighters" name an armed
        group ("Jubaland Darwish forces", "Rapid Support fighters"), not a person, whatever NER's label."""
        doc_toks = tokens_of(doc)
        if j >= len(doc) or j - i < 2 or doc_toks[j].lower_ not in self.force_nouns or not doc_toks[j].text.islower():
            return False  # one word ("Polisario fighters", "Hamas gunmen") is the group's own name
        last, said = doc_toks[j - 1], norm(doc[i:j].text)
        if (i > 0 and doc_toks[i - 1].lower_ in ("a", "an", "the")) or self.gaz.lookup(doc[i:j].text) is not None or any(
                said == norm(n) or any(norm(x) == said for x in a.aliases) for n, a in self.table.actors.items()):
            return False  # "the Hutu militia" describes; "Polisario fighters" are the Polisario Front's
        return last.head.i == j and last.dep_ in ("compound", "amod", "nmod") and not any(
            t.tag_ == "POS" or t.lower_ in self.given_names for t in doc[i:j])

    def _person_ending_in(self, word: str) -> str | None:
        """The first person named so far whose full name ends in ``word``: NER may tag that surname alone
        as a place or a nationality ("Bayramov and Mirzoyan agreed", "Bahceli said")."""
        return next((n for n, a in self.table.actors.items() if a.type == "Person" and n.endswith(" " + word)), None)

    @staticmethod
    def _subject_like(tok: Any) -> bool:
        """The subject of a verb, or a conjunct of one ("The Social Democrats and the Greens said")."""
        return _list_head(tok).dep_ in ("nsubj", "nsubjpass")

    def _lone_word_no_person(self, doc: Any, i: int, j: int, name: str) -> bool:
        """News names a person in full (or by title) before it uses one word for them; a lone capitalised
        word that no title, honorific, given name or full name of this article explains names a body or
        a place, whatever NER's label ("Eurofer, the steel lobby, said", "Ofwat's chief executive")."""
        doc_toks = tokens_of(doc)
        if j - i != 1 or " " in name or name not in doc_toks[i].text or name in self.table.actors:
            return False
        low = name.lower()
        if low in self.full_names or low in self.given_names or self.gaz.lookup(name) is not None or any(
                v.split()[0] == name for v in self.full_names.values()) or any(
                a.type == "Person" and name in n.split() for n, a in self.table.actors.items()):
            return False  # "Park" of "Park Jae-won", named before
        prev = doc_toks[i - 1] if i > 0 else None
        return prev is None or (prev.lower_.rstrip(".") not in self.honorifics_and_ranks
                                and prev.lower_ not in self.lex.role_words and prev.lower_ not in self.lex.role_heads
                                and not (prev.text[:1].isupper() and prev.pos_ == "PROPN"))

    def _media_name(self, low: str, span: Any, label: str) -> bool:
        """A news outlet's name ("Fox News", "the Associated Press"); a longer body's name that merely
        ends in "agency" or "network" ("the Patients' Advocacy Network") is no outlet. A listed outlet's name
        ("Bloomberg", "Dawn") is one only where it is no person: never when the article names a person with that
        surname ("Michael Bloomberg … Bloomberg said"), and for NER's person only where an outlet is told or
        quoted ("told Dawn", "in an interview with Bloomberg", :meth:`_told_to`)."""
        bare = re.sub(r"^the\s+", "", low)
        if bare in self.outlets:  # "told the Guardian": a paper named by a common word
            if bare in self.article_surnames:
                return False
            return label != "PERSON" or self._told_to(span)
        words = bare.split()
        hits = [w for w in words if w in self.media]
        if not hits and low not in self.media:
            return False
        if len(words) >= 2 and words[-1] in self.state_services:  # "Canada Post": the state's service, a body
            e = self.gaz.lookup(" ".join(words[:-1]))
            if _gaz_actor(e, "State"):
                return False
        return len(words) <= 2 or any(w in self.media for w in words[:-1])

    def _named_in_apposition(self, span: Any, *, leader: bool = False) -> bool:
        """A capitalised name in apposition with a person's office ("the minister, X," or "X, the
        minister,") names a person, whatever NER's label, unless its own words say it is a body.
        ``leader``: a name NER took for a place may also be "X, the opposition leader," (a firm is
        "the market leader", so only names read as places get this)."""
        h = span.root
        if len(span) < 2 or any(t.lower_ in self.listed_org_words or not t.text[:1].isupper() for t in span):
            return False
        people = self.leader_offices if leader else self.office_heads
        doc = span.doc
        doc_toks = tokens_of(doc)
        if span.start >= 2 and doc_toks[span.start - 1].text == "," and span.end < len(doc) and doc_toks[span.end].is_punct \
                and any(t.lower_ in people for t in doc[max(0, span.start - 5):span.start - 1]):
            return True  # "…the Minister for Health, X." however the parse hangs X
        while h.dep_ == "conj" and h.head.i < h.i and doc_toks[span.start - 1].text == "," and h.head.dep_ == "pobj":
            h = h.head  # "The president of Castilla-La Mancha, Emiliano Pardo,": the parse joins name to place
        if h.i != span.root.i:
            return h.dep_ == "pobj" and h.head.lower_ in ("for", "of") and h.head.head.lower_ in people
        office = h.head
        if office.dep_ == "pobj" and office.head.lower_ in ("for", "of"):
            office = office.head.head  # "the Minister for Health, X"
        if h.dep_ == "appos" and office.lower_ in people and office.pos_ in ("NOUN", "PROPN"):
            return True
        return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lower_ in people for c in children_of(h))

    @staticmethod
    def _told_to(span: Any) -> bool:
        """``span`` is where words are told or found: "told Dawn", "in an interview with Bloomberg", "according
        to Bloomberg"."""
        h = span.root
        if h.dep_ in ("dobj", "dative") and h.head.lemma_ == "tell":
            return True
        return h.dep_ == "pobj" and (h.head.lower_ == "with" and h.head.head.lower_ in ("interview", "interviews")
                                     or h.head.lower_ == "to" and h.head.head.lower_ == "according")

    def _seen_by_agency(self, span: Any) -> bool:
        """"a note seen by AFP", "a letter obtained by AP": initials after "seen/obtained/reviewed by", with no
        "the" and no actor of the story yet, are the news agency that reports the text, whoever else they spell."""
        h = span.root
        word = _clean_surface(span.text)
        return sum(1 for t in span if not t.is_punct) == 1 and h.dep_ == "pobj" and h.head.lower_ == "by" and h.head.head.lower_ in (
            "seen", "obtained", "reviewed") and word not in self.table.actors and not any(
            word in a.aliases for a in self.table.actors.values())

    def _is_channel(self, span: Any) -> bool:
        h = span.root
        if h.dep_ == "dobj" and h.head.lemma_ in ("tell",):
            return any(w in span.text.lower() for w in self.media) or span.text.isupper()
        if h.dep_ == "pobj" and h.head.lower_ in ("on", "via") and h.head.head.lemma_ in ("post", "write", "say", "tweet"):
            return True
        return span.text in ("X", "Twitter", "Telegram", "Facebook", "Truth Social", "Instagram")

    def organisation(self, s: Sentence, i: int, j: int) -> None:
        p, T = s.para, self.table
        doc = p.doc
        doc_toks = tokens_of(doc)
        j = self._place_in_name(doc, i, j)
        toks = [t for t in doc[i:j]]
        aff = None
        while toks and toks[0].lower_ in ("the", "a", "an"):  # "according to a State Department readout"
            toks = toks[1:]
        if len(toks) > 2 and toks[1].text in ("'s", "\u2019s"):
            st = self.gaz.lookup(toks[0].text)
            if st is not None:
                aff = st.seat_of if st.kind == "place" else st.name
                toks = toks[2:]
        while toks and toks[-1].text in ("'s", "\u2019s"):
            toks = toks[:-1]
        tail: list[str] = []  # "the Coalition for Change bloc": the bloc is what it is, not its name
        while len(toks) > 1 and toks[-1].text.islower() and toks[-1].lower_ in self.coalitions \
                and toks[-2].text[:1].isupper():
            tail.append(toks[-1].lower_)
            toks = toks[:-1]
        if not toks:
            return
        if aff is None and i >= 2 and doc_toks[i - 1].text in ("'s", "\u2019s"):
            st = T.at(p, i - 2)
            if st and T.actors[st].type == "State":
                aff = st
        if aff is None and i >= 1 and doc_toks[i - 1].text[:1].isupper():
            adj0 = self.gaz.adjective(doc_toks[i - 1].text)
            if adj0 is not None:
                aff = adj0.name
        if len(toks) > 1:
            first = self.gaz.adjective(toks[0].text)
            if first is not None and toks[1].text[:1].isupper():
                aff = aff or self._regional_body(toks[0].text, first)
        name = _text_of(toks)
        if len(toks) == 1 and toks[0].text[:1].isupper() and (e := self.gaz.adjective(toks[0].text)) is not None \
                and e.type == "State" and toks[0].text != e.name:
            return  # "Guatemalan and Mexican farmers protested", tagged ORG: a nationality, no body of that name
        name = self.acronyms.get(name, name)
        if " " not in name and self.org_firsts.get(name) and _acting(doc[i:j].root):
            name = self.org_firsts[name]  # "Halcyon said" after "Halcyon Games": the body by its first word
        if self._national_government(p, i, j, name):
            return
        if aff is None and i >= 1 and doc_toks[i - 1].lower_ in ("its", "their") and name.islower() \
                and name.endswith(state_body_endings(self.lex)):
            state = self._state_before(s, doc_toks[i])  # "On Sunday its energy ministry said": the state "its" is
            if state is not None:
                T.add_mention(p, i - 1, j, doc[i:j].root.i, state, "State", "collective", doc[i - 1:j].text)
                return
        for k, t in enumerate(toks):
            if t.lower_ in self.full_names and k + 1 < len(toks) and toks[k + 1].text in ("'s", "\u2019s"):
                T.add_mention(p, t.i, t.i + 1, t.i, self.full_names[t.lower_], "Person", "name", None)
                return
        org_words = self.listed_org_words
        root = doc[i:j].root
        if any(t.lower_ in LANDMARK_WORDS for t in toks) and not _acting(root) and root.dep_ == "pobj" \
                and root.head.lower_ in PLACE_PREPS | {"on", "to"} and self.gaz.lookup(name) is None:
            T.place(p, i, j, name, "building")  # "met at the Palais des Nations", "a banner in the Place des Nations"
            return
        if len(toks) == 1 and self.gaz.lookup(name) is None and name not in T.actors and any(
                c.dep_ == "conj" and c.lemma_.lower() in PLACE_NOUNS for c in children_of(root)):
            T.place(p, i, j, name, "city")  # "fishermen from Barranco and other villages": one of the villages
            return
        if len(toks) >= 2 and toks[-1].lower_ in PLACE_NOUNS and toks[-1].text[:1].isupper() \
                and not any(w.lower() in org_words for w in re.findall(r"[\w]+", name)):
            T.place(p, i, j, name, "region")  # "Shan State", "Yunnan Province": a place, not a body
            return
        k = j  # "the X Y gang coalition": past the lower-case nouns compounding into the body's word
        while k + 1 < len(doc) and doc_toks[k].pos_ == "NOUN" and doc_toks[k].text.islower() and doc_toks[k].dep_ == "compound" \
                and doc_toks[k].lower_ not in self.org_nouns:
            k += 1
        named_body = k < len(doc) and doc_toks[k].pos_ == "NOUN" and doc_toks[k].lower_ in self.org_nouns \
            and doc_toks[j - 1].dep_ == "compound"  # "the X Y party": the name of a party, not of a place
        spelled = j + 2 < len(doc) and doc_toks[j].text == "(" and doc_toks[j + 2].text == ")" \
            and _acronym(name) == doc_toks[j + 1].text  # "Linhas Aereas Meridionais (LAM)": a body's initials follow
        spelled = spelled or (i >= 2 and doc_toks[i - 1].lower_ == "of" and doc_toks[i - 2].lemma_.lower() in RANKS_OF_A_BODY)
        spelled = spelled or self._firm_office_of(doc, i, j) or (  # "The president of Nestle Peru": an office only a body has
            len(toks) >= 2 and toks[0].ent_type_ == "ORG" and toks[-1].ent_type_ == "ORG" and toks[0].text[:1].isupper()
            and _gaz_actor(self.gaz.lookup(toks[-1].text), "State") and self.gaz.lookup(toks[0].text) is None
            and self.gaz.adjective(toks[0].text) is None)  # "Airtel Uganda" tagged a body: a firm's national branch
        spelled = spelled or self._described_body(doc, i, j) or (len(toks) >= 2 and _gaz_actor(
            self.gaz.lookup(_text_of(toks[:-1])), "Organization")) or (  # "Greenpeace Chile": a known body's branch
            i >= 1 and doc_toks[i - 1].text.islower() and (
                (doc_toks[i - 1].dep_ == "compound" and doc_toks[i - 1].lower_ in self.org_words)
                or self._trade_noun(doc_toks[i - 1]))) or (  # "takeover of seed maker Halvorsen Seeds": a firm, not a place
            len(toks) >= 2 and toks[-1].text[:1].isupper() and toks[-1].lower_ in self.firm_words)  # "Nordvik Telecom"
        if not named_body and not spelled and not any(w.lower() in org_words for w in re.findall(r"[\w]+", name)) \
                and not (name.isupper() and len(name) <= 6) and not self.gaz.lookup(name) and len(toks) >= 1 \
                and not any(_acronym(name) == x or _acronym(x) == name for x in T.actors) \
                and not _acting(doc[i:j].root) and name.lower() not in self.full_names \
                and not any(n.endswith(" " + name) for n, b in T.actors.items() if b.type != "Person"):
            if not self._no_place(doc, s.span.start, i, name, True):
                T.place(p, i, j, name, "city")
            return
        known = next((n for n, a in T.actors.items() if a.type == "Person" and n.lower().endswith(" " + name.lower())),
                     None) if " " not in name else None
        if " " not in name and (name.lower() in self.full_names or known):  # "Al-Hamzi warned": a person's surname
            full = known or self.full_names[name.lower()]
            T.add_mention(p, i, j, doc[i:j].root.i, full, "Person", "name", None, record=False)
            return
        # acronym of a known organisation ("RSF" after "Rapid Support Forces")
        for a in list(T.actors.values()):
            if a.type in ("Organization", "Group") and (_acronym(a.name) == name or _acronym(name) == a.name):
                longer = a.name if len(a.name) > len(name) else name
                if longer != a.name:
                    pass
                name = a.name
                break
            if a.type in ("Organization", "Group") and a.name.endswith(" " + name) and name[:1].isupper():
                name = a.name  # "the Maritime Alliance" after "the United States Maritime Alliance"
                break
            if a.type in ("Organization", "Group") and " " not in name and name[:1].isupper() and " of " in a.name \
                    and a.name.split(" of ")[0].endswith(" " + name) and name.lower() in self.org_words:
                name = a.name  # "the Alliance" after "the Cocoa Farmers Alliance of Ghana"
                break
            if a.type == "Organization" and self._name_and_trade_words(name, a.name):
                name = a.name  # "Atacama said" after "Atacama Lithium Corp": the firm without its trade words
                break
        typ = "Group" if any(w in name.lower() for w in ("forces", "movement", "militia", "brigade", "front", "army")) or (
            i > 0 and doc_toks[i - 1].lower_ in self.gang_nouns) else "Organization"  # "the gang Barrio 18" is a Group
        name, surface = self._state_body(p, i, j, toks, name, aff)
        a = T.add_mention(p, i, j, doc[i:j].root.i, name, typ, "name", surface)
        if i >= 2 and doc_toks[i - 1].dep_ == "compound" and doc_toks[i - 1].head.i == doc[i:j].root.i \
                and doc_toks[i - 1].text.islower() and doc_toks[i - 1].lower_ in self.org_words:
            k = i - 1  # "the employers' federation Medef": that description is the body's from now on
            while k > s.span.start and i - k < 6 and doc_toks[k - 1].lower_ != "the" and (
                    doc_toks[k - 1].text.islower() or doc_toks[k - 1].text in ("'", "\u2019")):
                k -= 1
            if k > 0 and doc_toks[k - 1].lower_ == "the":
                a.aliases.add(_clean_surface(doc[k - 1:i].text))
        if surface != doc[i:j].text and not doc[i:j].text.islower():  # "defence ministry" alone names no state's
            a.aliases.add(_clean_surface(doc[i:j].text))
        if j + 2 < len(doc) and doc_toks[j].text == "(" and doc_toks[j + 2].text == ")" and (doc_toks[j + 1].text.isupper() or (
                doc_toks[j + 1].is_alpha and doc_toks[j + 1].text[:1] == name[:1] and 3 <= len(doc_toks[j + 1]) <= 8
                and self.gaz.lookup(doc_toks[j + 1].text) is None)) or self._short_name_after(doc, i, j):
            # "National Liberation Army (ELN)", "Vietnam Textile and Apparel Association (Vitas)",
            # "the National Fisheries Service, Sernapesca."
            self.acronyms[doc_toks[j + 1].text] = name
            a.aliases.add(doc_toks[j + 1].text)
        if aff and aff not in a.affiliations and aff != name:
            a.affiliations.append(aff)
        a.modifiers.update(tail)
        self._modifiers(p, i, a, j)
        self._body_apposition(p, i, j, a)

    def _portfolio_title(self, doc: Any, j: int) -> bool:
        """The name ends where "and" opens the second half of a capitalised office ("Public Service and
        Administration Minister", "Energy and Mines Minister"): a minister's portfolio, not a body."""
        doc_toks = tokens_of(doc)
        if j + 2 >= len(doc) or doc_toks[j].lower_ not in ("and", "&"):
            return False
        k = j + 1
        words = self.lex.role_words | self.lex.role_heads
        while k < len(doc) and k - j <= 5 and doc_toks[k].text[:1].isupper() and doc_toks[k].lower_ not in words:
            k += 1
        return j + 1 < k < len(doc) and doc_toks[k].text[:1].isupper() and doc_toks[k].lower_ in words

    def _office_holders_name(self, doc: Any, span: Any) -> bool:
        """NER's body that is a person's name set beside an office ("the transport minister, Paul-Marie
        Ndong,", "Jean-Luc Obame, the agency's director,"): two to four capitalised words, none a body's or
        a place's word, in apposition with an office."""
        doc_toks = tokens_of(doc)
        words = [t for t in span if t.text != "-"]
        if not 2 <= len(words) <= 4 or not all(t.is_alpha and t.text[:1].isupper() and not t.text.isupper()
                                               for t in words) or any(
                t.lower_ in self.body_words or t.lower_ in self.firm_words or t.lower_ in self.lex.role_words
                or t.lower_ in self.lex.role_heads or self.gaz.lookup(t.text) is not None
                or self.gaz.adjective(t.text) is not None for t in words):
            return False
        heads = self.lex.role_heads | self.lex.role_words
        root = span.root
        i = span.start
        if i >= 2 and doc_toks[i - 1].text == "," and doc_toks[i - 2].lower_ in heads and doc_toks[i - 2].text.islower():
            return True
        return any(c.dep_ == "appos" and c.i >= span.end and c.lower_ in heads and c.text.islower()
                   for c in children_of(root))

    def _described_body(self, doc: Any, i: int, j: int) -> bool:
        """An unknown capitalised name that is no place: its own legal form closes it ("Meridian Seaways
        FZE", "Nordhav Shipping AS"), or it stands in apposition to a common noun that is no place ("the
        ship's owner, X", "its parent company, X", "X, the plant's operator,"): a body's or a firm's role noun."""
        doc_toks = tokens_of(doc)
        if any(t.text[:1].isupper() and t.lower_.strip(".") in self.firm_legal_forms for t in doc[i + 1:j + 1]):
            return True
        root = doc[i:j].root
        if root.dep_ == "pobj" and root.head.lower_ in ("of", "at") and root.head.head.pos_ == "NOUN" \
                and root.head.head.lower_ in self.office_heads and root.head.head.text.islower() \
                and all(t.text[:1].isupper() for t in doc[i:j] if t.is_alpha and t.lower_ not in STOP_TITLE):
            return True  # "X, president of the Episcopal Conference,": the body an office holder serves
        if root.dep_ == "nsubj" and root.head.lemma_ in self.lex.reporting and j < len(doc) and doc_toks[j].text == "," \
                and root.ent_type_ not in ("GPE", "LOC", "FAC", "PERSON", "NORP") and any(
                    c.dep_ == "relcl" and any(x.dep_ in ("nsubj", "nsubjpass") and x.lower_ == "which" for x in children_of(c))
                    for c in children_of(root)):
            return True  # "BusinessLDN, which represents the capital's employers, said": "which" is no person
        noun = root.head if root.dep_ == "appos" else next(
            (c for c in children_of(root) if c.dep_ == "appos" and c.i >= j), None)
        if noun is None and root.dep_ == "conj" and j + 1 < len(doc) and doc_toks[j].text == ",":
            # "the chamber and Fenalco, Colombia's retail federation,": the parse hangs the description on the list
            noun = next((c for c in children_of(root.head) if c.dep_ == "appos" and c.left_edge.i == j + 1), None)
        return noun is not None and noun.pos_ == "NOUN" and noun.text.islower() and noun.i != root.i \
            and (noun.lemma_.lower() in self.body_role_nouns or noun.lower_ in self.body_role_nouns
                 or noun.lower_ in self.body_words)

    def _place_in_name(self, doc: Any, i: int, j: int) -> int:
        """"the Movement for Justice and Democracy in Chad (MJDC)": NER stops before "in <Place>", but
        initials that go on past the name say the place is part of it. Returns the name's new end."""
        doc_toks = tokens_of(doc)
        if j + 3 >= len(doc) or doc_toks[j].lower_ not in ("in", "of") or not doc_toks[j + 1].text[:1].isupper():
            return j
        short = _acronym(doc[i:j].text)
        if not short:
            return j
        for k in (j + 2, j + 3):
            if k + 2 < len(doc) and doc_toks[k].text == "(" and doc_toks[k + 2].text == ")" \
                    and all(t.text[:1].isupper() for t in doc[j + 1:k]) and doc_toks[k + 1].text.isupper() \
                    and doc_toks[k + 1].text.startswith(short) and len(doc_toks[k + 1].text) == len(short) + k - j - 1:
                return k
            if k + 2 < len(doc) and doc_toks[k].text == "(" and doc_toks[k + 2].text == ")" and len(short) >= 3 \
                    and all(t.text[:1].isupper() for t in doc[j + 1:k]) and doc_toks[k + 1].text.isupper() \
                    and doc_toks[k + 1].text.startswith(short[:3]) and len(short) <= len(doc_toks[k + 1].text) <= len(short) + 3 \
                    and doc_toks[k + 1].text[-1] in _acronym(doc[j + 1:k].text) + short[-1]:
                return k  # "Support and Stabilization Mission in Somalia (AUSSOM)": a mission's letters are loose
        return j

    def _short_name_after(self, doc: Any, i: int, j: int) -> bool:
        """"the National Fisheries and Aquaculture Service, Sernapesca,": a one-word name in apposition
        right after a body's name of three words or more, closing the phrase, is the short name the article
        goes on with; a known name (a place, a state, another body) or a list ("X, Y and Z") is not."""
        doc_toks = tokens_of(doc)
        if j - i < 3 or j + 2 >= len(doc) or doc_toks[j].text != "," or doc_toks[j + 2].text not in (",", ".", ";"):
            return False
        short = doc_toks[j + 1]
        return short.dep_ == "appos" and i <= short.head.i < j and short.pos_ == "PROPN" and short.is_alpha \
            and short.text[:1].isupper() and short.ent_type_ in ("ORG", "") and self.gaz.lookup(short.text) is None \
            and short.lower_ not in self.org_words and not (doc_toks[j + 2].text == "," and j + 3 < len(doc)
                                                             and doc_toks[j + 3].lower_ in ("and", "or"))

    def _national_government(self, p: Paragraph, i: int, j: int, name: str) -> bool:
        """"the Federal Government", "the National Government of X": the state itself (the one named,
        else the one the story is about), not a body of its own; its acronym ("FG") goes with it."""
        T = self.table
        words = norm(name).split()
        if len(words) < 2 or words[0] not in self.national_words \
                or words[1] not in ("government", "administration", "authorities"):
            return False
        state = T.last_gov or T.home
        if len(words) > 2:
            e = self.gaz.lookup(" ".join(words[3:])) if words[2] == "of" else None
            if e is None or e.kind != "actor" or e.type != "State":
                return False
            state = e.name
        if not state:
            return False
        T.add_mention(p, i, j, p.doc[i:j].root.i, state, self._type_of(state), "metonym", p.doc[i:j].text)
        short = _acronym(name)
        if short in T.actors and T.actors[short].type == "Organization" and short != state:
            self._merge_into(short, state)  # "FG's offer" in the headline, "the Federal Government" below
        else:
            self.acronyms.setdefault(short, state)
        return True

    def _state_body(self, p: Paragraph, i: int, j: int, toks: list[Any], name: str,
                    aff: str | None) -> tuple[str, str]:
        """A state's body ("Armenia's defence ministry", "the Azerbaijani foreign ministry") is named
        for its state, so that two states' ministries stay apart; a later bare "the defence ministry"
        is the one last named. Returns the canonical name and the surface to record."""
        doc, T = p.doc, self.table
        surface = doc[i:j].text
        bodies = state_body_endings(self.lex)
        low = name.lower()
        if not low.endswith(bodies) or self.gaz.lookup(name) is not None:
            return name, surface
        state = aff if aff and (aff not in T.actors or T.actors[aff].type == "State") else None
        first = self.gaz.adjective(toks[0].text) or self.gaz.lookup(toks[0].text)
        if _gaz_actor(first, "State"):
            bare = _text_of(toks[1:])
            self.bodies[bare.lower()] = name
            return name, surface
        if state is None:
            return self.bodies.get(low, name), surface
        lead = self.gaz.adjective(name.split()[0]) or self.gaz.lookup(name.split()[0])
        if _gaz_actor(lead, "State") and lead.name != state:
            name = _text_of(toks)  # "Russia's Foreign Ministry" after "the Azerbaijani Foreign Ministry": Russia's own
        adj = self._adjective_of(state) or state
        full = f"{adj} {name}"
        self.bodies[low] = full
        if i >= 2 and tokens_of(doc)[i - 1].text in ("'s", "\u2019s"):
            surface = doc[i - 2:j].text  # "Armenia's defence ministry"
        return full, surface

    def _modifiers(self, p: Paragraph, i: int, a: Actor, j: int | None = None) -> None:
        """Lower-case words before a name ("paramilitary Rapid Support Forces") or after it ("the
        Coalition for Change bloc") describe it later."""
        doc = p.doc
        doc_toks = tokens_of(doc)
        k = i - 1
        while k >= 0 and (doc_toks[k].pos_ in ("ADJ", "NOUN") or doc_toks[k].lower_ in self.implied) and doc_toks[k].text.islower() \
                and doc_toks[k].lower_ not in self.military:
            if k >= 1 and doc_toks[k - 1].text == "-" and not doc_toks[k - 1].whitespace_:
                break  # "the pro-government militia", "anti-junta forces": whom it stands for, not what it is
            a.modifiers.add(doc_toks[k].lower_)
            a.modifiers.update(self.implied.get(doc_toks[k].lower_, ()))  # "the opposition X" is "the party" later
            k -= 1
        while 0 <= k < i - 1 and i - k <= 6 and (doc_toks[k].text == "-" and not doc_toks[k].whitespace_
                                                 or doc_toks[k].text.islower() and doc_toks[k].pos_ in ("ADJ", "NOUN")):
            k -= 1  # past "crop-science" of "German crop-science group Verdana"
        if 0 <= k < i - 1 and doc_toks[k].text[:1].isupper() and (ne := self._adjective_at(doc_toks[k])) is not None \
                and ne.type == "State":
            a.modifiers.add(doc_toks[k].lower_)  # "Danish seed maker Halvorsen": "the Danish company" later
        k = i
        while k < len(doc) and doc_toks[k].pos_ == "PROPN":
            k += 1
        k = max(k, j or 0)
        while k < len(doc) and doc_toks[k].pos_ == "NOUN" and doc_toks[k].text.islower() and doc_toks[k].lower_ not in self.military:
            a.modifiers.add(doc_toks[k].lower_)  # "ELN rebels", "the UN verification mission"
            k += 1

    # -- titles and appositions -------------------------------------------------------------
    def titles(self, s: Sentence, i: int, j: int, a: Any) -> None:
        """Words before a name: "Kremlin aide", "US Treasury Secretary", "Mr Trump's son-in-law"."""
        p, T = s.para, self.table
        doc = p.doc
        doc_toks = tokens_of(doc)
        k = i - 1
        chunk: list[Any] = []
        before = p.text[:doc_toks[i].idx].rstrip().lower()
        # the hyphenated role words, in the order the set gives them: listed once per lexicon, not sought per name
        hyphened = self.lex.cached("actors.hyphened_role_words", lambda _raw: [w for w in self.lex.role_words if "-" in w])
        for rw in hyphened:
            if before.endswith(rw) and (len(before) == len(rw) or not before[-len(rw) - 1].isalpha()):
                start_char = len(before) - len(rw)
                while k >= s.span.start and doc_toks[k].idx >= start_char:
                    chunk.insert(0, doc_toks[k])
                    k -= 1
                break
        while k >= s.span.start:
            t = doc_toks[k]
            if t.text in ("'s", "\u2019s") or t.lower_ in self.lex.role_words or t.lower_ in self.lex.role_heads \
                    or (chunk and f"{t.lower_} {chunk[0].lower_}" in self.lex.role_words) \
                    or (t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN", "ADJ") and k != s.span.start) \
                    or (t.text[:1].isupper() and k == s.span.start) or t.text in ("-",) or (t.lower_ in ("vice", "deputy", "senior", "foreign", "top", "former", "trade", "state", "crown", "defence", "defense", "interior", "information", "finance")):
                if k == s.span.start and t.tag_ in ("WRB", "IN", "CC", "RB", "WP", "WDT") \
                        and t.lower_ not in self.lex.role_words and t.lower_ not in self.lex.role_heads:
                    break  # "When U.S. Secretary of State X flew out": a subordinator opens the clause, not the title
                hyphened = k > 0 and k + 1 < len(doc) and doc_toks[k - 1].text == "-" and doc_toks[k + 1].text == "-"
                if (t.lower_ in STOP_TITLE or t.is_punct and t.text not in ("-",)) and not hyphened:
                    break
                chunk.insert(0, t)
                k -= 1
            else:
                break
            if k >= s.span.start and doc_toks[k].lower_ in ("of", "for", "and") \
                    and (office := self._office_of_portfolio(doc, k, s.span.start)) is not None:
                chunk = list(doc[office:k + 1]) + chunk  # "Minister for Disarmament and Reintegration X"
                k = office - 1
        if a.type == "Person":
            chunk = self._title_span(s, i, j, chunk)
        if not chunk:
            return
        if a.type != "Person":
            return
        self._body_in_title(s, chunk)
        surface = _text_of(chunk + list(doc[i:j]))
        role_toks: list[str] = []
        rel_to: str | None = None
        m = 0
        while m < len(chunk):
            t = chunk[m]
            who = T.at(s.para, t.i)
            if m + 2 < len(chunk) and chunk[m + 1].text in DASHES and not t.whitespace_ and not chunk[m + 1].whitespace_ \
                    and self._state_word(s.para, t) is not None and self._state_word(s.para, chunk[m + 2]) is not None:
                own = self._state_word(s.para, t)  # "Canada-U.S. Trade Minister X": a portfolio between two states
                if own is not None and own not in a.affiliations:  # is the first one's office, so the
                    a.affiliations.append(own)  # minister is its own government's, not the partner's
                m += 3
                continue
            if who is not None and who != a.name:
                other = T.actors[who]
                if other.type == "Person":
                    rel_to = who
                    for aff in other.affiliations:
                        if aff not in a.affiliations:
                            a.affiliations.append(aff)
                elif who not in a.affiliations:
                    a.affiliations.append(who)
                m += 1
                continue
            body = self._body_named_by(t) if who is None and m < len(chunk) - 1 else None
            if body is None and who is None and m < len(chunk) - 1 and t.text.islower() and t.pos_ == "NOUN" \
                    and t.lower_ in self.body_words and not role_toks:
                called = self._body_called(p, t)  # "ministry spokesman X" after "Zambia's foreign ministry": the
                if called is not None and called != a.name and called not in a.affiliations:  # body he speaks for
                    a.affiliations.append(called)  # (the noun stays part of his office)
            if body is not None and body != a.name:
                if body not in a.affiliations:  # "Eurofer Director General X", "Commission trade spokesperson Y"
                    a.affiliations.append(body)  # after "the European Commission": the body he speaks for
                m += 1
                continue
            if self._opens_adjective(t):
                m += 1  # "South" of "South African": the adjective's own word, read with the next one
                continue
            adj = self._adjective_at(t)
            if adj is not None and t.text[:1].isupper():
                if adj.name not in a.affiliations:
                    a.affiliations.append(adj.name)
                m += 1
                continue
            pl = self.gaz.lookup(t.text)
            if pl is not None and pl.kind == "place" and pl.seat_of:
                if pl.seat_of not in a.affiliations:
                    a.affiliations.append(pl.seat_of)
                m += 1
                continue
            if m == len(chunk) - 1 and role_toks and t.text[:1].isupper() and t.lower_.rstrip(".") in _HONORIFIC_KEYS \
                    and f"{role_toks[-1].strip().lower()} {t.lower_}" not in self.lex.role_words:  # ("NATO Secretary
                # General Jan Vermeer": "General" closes the office "secretary general", no honorific of his)
                m += 1  # "judge Justice Anne Mwaure", "secretary-general Comrade X": the office is "judge"
                continue
            dropped = t.text in ("'s", "\u2019s") or t.text.rstrip(".") in ("Mr", "Mrs", "Ms", "Dr") \
                or t.lower_ in ("his", "her", "its", "their")
            role_toks.append(t.whitespace_ if dropped else t.text_with_ws)  # "movement chief", not "movementchief"
            m += 1
        role = "".join(role_toks).strip()
        role_toks = role.split()
        if role and any(w.lower() in self.lex.role_heads or w.lower() in self.lex.role_words for w in role_toks):
            role = self._drop_ranks(role)
            if role not in a.roles:
                a.roles.append(role)
            title = _text_of([t for t in chunk if t.text.rstrip(".") not in ("Mr", "Mrs", "Ms", "Dr")])
            title = self._drop_ranks(title)
            if len(title.split()) >= 2:
                a.aliases.add(_clean_surface(title))  # "Serbian President", "Japan's chief trade negotiator"
            office = self._drop_ranks(role)
            if office and office.split()[-1].lower() in self.lex.role_heads | self.lex.role_words and not (
                    len(office.split()) == 1 and office.lower().rstrip(".") in self.ranks):  # "Brigadier" is no office
                a.aliases.add(_clean_surface(office))  # the office alone: "chief trade negotiator", "Senator"
                words = office.split()
                if len(words) >= 3 and words[0].isupper() and len(words[0]) >= 2:
                    a.aliases.add(" ".join(words[1:]))  # "EU Enlargement Commissioner": "enlargement commissioner"
            if rel_to and role_toks[-1].lower() in self.lex["relation_roles"]:
                rel = (role_toks[-1].lower(), rel_to)
                if rel not in a.relations:
                    a.relations.append(rel)
            a.aliases.add(_clean_surface(surface))

    @staticmethod
    def _initials_of(toks: list[Any], initials: str) -> bool:
        """Whether ``initials`` ("JNIM", 3 or more capitals) hold the first letter of every capitalised word of
        ``toks`` in order, the name NER read perhaps without its first word ("Nusrat al-Islam wal-Muslimin")."""
        if not (3 <= len(initials) <= 8 and initials.isalpha() and initials.isupper()):
            return False
        firsts = [t.text[0] for t in toks if t.text[:1].isupper()]
        k = 0
        for c in firsts:
            k = initials.find(c, k)
            if k < 0:
                return False
            k += 1
        return len(firsts) >= 2

    def _body_named_by(self, t: Any) -> str | None:
        """The body of the article a capitalised word of a title names: its name ("Eurofer"), its initials or
        alias ("PiS" after "Law and Justice (PiS)"), or the last word of one body's name only ("Commission"
        after "the European Commission"); None for role words, states and words naming no body or several."""
        text = t.text
        if not text[:1].isupper() or not text.isalpha() or t.lower_ in self.lex.role_words \
                or t.lower_ in self.lex.role_heads or self.gaz.adjective(text) is not None:
            return None
        actors = self.table.actors
        if text in actors:
            return text if actors[text].type in ("Organization", "Group") else None
        known = self.acronyms.get(text)
        if known in actors and actors[known].type in ("Organization", "Group"):
            return known
        hits = {n for n, x in actors.items() if x.type in ("Organization", "Group") and (
            text in x.aliases or (len(text) >= 2 and sum(c.isupper() for c in text) >= 2 and _acronym(n) == text)
            or (" " in n and n.split()[-1] == text))}
        if not hits and t.lower_ in self.body_words:  # "Alliance convener X" after "X Parishad, an alliance of …": the
            hits = {n for n, x in actors.items() if x.type in ("Organization", "Group")  # body the article calls so
                    and any(a.lower().startswith("the ") and norm(a) == t.lower_ for a in x.aliases)}
        if len(hits) == 1:
            return next(iter(hits))
        e = self.gaz.lookup(text)
        if e is not None:
            return e.name if e.kind == "actor" and e.type in ("Organization", "Group") else None
        nxt = tokens_of(t.doc)[t.i + 1] if t.i + 1 < len(t.doc) else None
        if not hits and 2 <= len(text) <= 6 and sum(c.isupper() for c in text) >= 2 and text not in self.thing_acronyms \
                and nxt is not None and nxt.text.islower() and nxt.lower_ in self.lex.words("body_member_roles"):
            self.table.actor(text, "Organization")  # "PiS lawmaker X", "CDU spokesman Y": a party's initials
            return text  # before an office held for a body (not "AI researcher")
        return None

    def _body_called(self, p: Paragraph, t: Any) -> str | None:
        """The body the article last called by the lower-case noun ``t`` ("the ministry", "the union") before
        it: its name's last word, or an alias ending in that noun ("Zambia's foreign ministry" is Zambia's)."""
        here = p.start + t.idx
        noun = t.lower_
        for pos, n in reversed(self.table.recent):
            a = self.table.actors.get(n)
            if pos >= here or a is None or a.type == "Person":
                continue
            if n.lower().split()[-1] == noun or any(x.lower().split()[-1:] == [noun] for x in a.aliases):
                return n
        return None

    def _state_word(self, p: Paragraph, t: Any) -> str | None:
        """The state a word of a title names ("Canada", "U.S.", "Polish"), or None."""
        who = self.table.at(p, t.i)
        if who is not None:
            return who if who in self.table.actors and self.table.actors[who].type == "State" else None
        e = self.gaz.adjective(t.text) or self.gaz.lookup(t.text)
        return e.name if e is not None and e.kind == "actor" and e.type == "State" else None

    def _office_of_portfolio(self, doc: Any, k: int, lo: int) -> int | None:
        """Where the office opens whose capitalised portfolio the "of"/"for"/"and" at ``k`` lies inside
        ("Minister for Disarmament and Reintegration", "Minister of Industry and Trade"): the office word
        just before the first "of"/"for", with only capitalised words and "and" between; None elsewhere."""
        doc_toks = tokens_of(doc)
        for u in range(k, max(lo, k - 8) - 1, -1):
            t = doc_toks[u]
            if t.lower_ in ("of", "for"):
                prev = doc_toks[u - 1] if u > lo else None
                return u - 1 if prev is not None and prev.text[:1].isupper() and (
                    prev.lower_ in self.lex.role_words or prev.lower_ in self.lex.role_heads) else None
            if t.lower_ != "and" and not (t.text[:1].isupper() and t.is_alpha) or t.ent_type_ == "PERSON":
                return None  # "…Foreign Affairs Musalia Mudavadi and Somalia's …": a name ends the portfolio before it
        return None

    def _body_in_title(self, s: Sentence, chunk: list[Any]) -> None:
        """"Australian Meat Industry Council chief executive Sarah Kellett", "Employment and Labour
        Relations Court judge Anne Mwaure": a capitalised body's name that ends in a body's word and is
        followed by a lower-case office is the body the person speaks for, though NER read it all as the
        person's title. A state's own offices ("Foreign Ministry spokesman") stay the state's."""
        p, T = s.para, self.table
        k = next((n for n, t in enumerate(chunk) if t.text[:1].isupper() and t.text not in ("'s", "\u2019s")), None)
        if k is None:
            return
        end = k
        while end < len(chunk) and (chunk[end].text[:1].isupper() or (
                chunk[end].lower_ in ("and", "of", "for", "&") and end + 1 < len(chunk)
                and chunk[end + 1].text[:1].isupper())):
            end += 1
        run, rest = chunk[k:end], chunk[end:]
        caps = [t for t in run if t.text[:1].isupper()]
        if caps and (self.gaz.adjective(caps[0].text) is not None or self.gaz.lookup(caps[0].text) is not None):
            caps = caps[1:]  # "Cambodian Senate president": a state's own chamber, not a body of its own
        if len(caps) < 2 or not rest or not rest[0].text.islower():
            return  # no name of two capitalised words before a lower-case office
        text = _text_of(run)
        heads = _name_heads(text)
        if not heads & self.org_words or heads & self.body_nouns or not heads.isdisjoint(state_body_endings(self.lex)):
            return  # no body's word heads the name, or the body is a state's own
        role_heads, role_words = self.lex.role_heads, self.lex.role_words
        if not any(t.lower_ in role_heads or t.lower_ in role_words for t in rest) \
                or any(t.lower_ in role_heads or t.lower_ in role_words for t in caps) \
                or any(T.at(p, t.i) is not None for t in run):
            return  # no office follows, an office word is in the name, or the name is taken
        e = self.gaz.lookup(text)
        if e is not None and e.kind != "actor":
            return
        name, typ = (e.name, e.type) if e is not None else (text, "Organization")
        T.add_mention(p, run[0].i, run[-1].i + 1, run[-1].i, name, typ, "name", text)

    def _title_span(self, s: Sentence, i: int, j: int, chunk: list[Any]) -> list[Any]:
        """The whole title the parse hangs on a name: "UN climate chief", "Secretary of State",
        "Norway's special envoy" (lower-case words and "of" that the word-by-word walk stops at)."""
        doc = s.para.doc
        doc_toks = tokens_of(doc)
        lo = chunk[0].i if chunk else i
        root = doc[i:j].root
        heads = [c for c in children_of(root) if c.i < i and c.dep_ in ("compound", "nmod", "amod", "poss")]
        if root.dep_ == "appos" and root.head.i < i and not any(t.is_punct for t in doc[root.head.i:i]):
            heads.append(root.head)  # "his chief negotiator Ayse Kaymak told": the name hangs on the title
        for c in heads:
            left, right = c.left_edge.i, min(c.right_edge.i, i - 1)
            while left < c.i and doc_toks[left].lower_ in ("the", "a", "an"):
                left += 1
            words = doc[left:i]  # all of it up to the name: "Syrian President X and SDF commander Y" is no title
            if left >= lo or left < s.span.start or right >= i or i - left > 8 or any(
                    (t.is_punct and t.text != "-") or t.pos_ in ("VERB", "AUX") or (t.pos_ == "CCONJ" and not (
                        doc_toks[t.i - 1].text[:1].isupper() and doc_toks[t.i + 1].text[:1].isupper())) for t in words) or any(
                    (s.para.idx, t.i) in self.table.by_token and self.table.by_token[(s.para.idx, t.i)].kind == "name"
                    and self.table.actors[self.table.by_token[(s.para.idx, t.i)].actor].type == "Person" for t in words):
                continue
            if any(t.lower_ in self.lex.role_heads or t.lower_ in self.lex.role_words for t in words):
                lo = left
        return list(doc[lo:i]) if lo < i else chunk

    def _drop_ranks(self, title: str) -> str:
        """A title without the military or diplomatic rank that stands between it and the name:
        "army spokesman Brigadier" is the office "army spokesman"."""
        ranks = self.ranks
        words = title.split()
        while len(words) > 1 and words[-1].lower().rstrip(".") in ranks and words[-1][:1].isupper() \
                and words[-2].lower() in self.lex.role_heads | self.lex.role_words | ranks \
                and (words[-1].lower().rstrip(".") not in ("general", "gen") or words[-2].lower() in ranks):
            words = words[:-1]  # but "Secretary General", "Attorney General": "general" closes the office
        return " ".join(words)

    def apposition(self, s: Sentence, i: int, j: int, a: Actor) -> None:
        p, T = s.para, self.table
        doc = p.doc
        doc_toks = tokens_of(doc)
        offices = self.lex.raw.get("office_verbs", {})
        for c in children_of(doc[i:j].root) if offices else ():
            if c.dep_ == "relcl" and c.lemma_ in offices and any(x.dep_ == "nsubj" and x.lower_ == "who" for x in children_of(c)):
                body = next((x for x in children_of(c) if x.dep_ == "dobj"), None)  # "X, who chairs the elders council,"
                if body is not None:
                    self.held_offices.append((p.idx, body.i, a.name, offices[c.lemma_]))  # read in finish
        rel_start = doc_toks[i].idx
        rel_end = doc_toks[j - 1].idx + len(doc_toks[j - 1].text)
        before = p.text[max(0, rel_start - 110):rel_start]
        after = p.text[rel_end:rel_end + 130]
        rank = re.search(r"(?:[A-Z][\w.\-]*\s+){1,3}$", before)  # "…spokeswoman, Lieutenant General X"
        if rank and rank.group(0).split()[-1].lower().rstrip(".") in self.lex.role_words | self.name_titles:
            before = before[:rank.start()]  # "Their military spokesman, Brigadier X": the rank is no apposition
        title = re.search(r",\s*((?:[\w\-]+\s+){1,6})$", before)  # "X's chief negotiator, presidential envoy Y"
        if title and (title.group(1).split()[-1].lower() in self.lex.role_words or any(
                title.group(1).lower().rstrip().endswith(" " + w) or title.group(1).lower().rstrip() == w
                for w in self.lex.raw.get("office_phrases", []))):  # "…, Deputy Chief of Mission X"
            before = before[:title.start() + 1] + " "
        mb = re.search(r"(\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Aa]nother|[Aa]n?|(?:[A-Z]\w*\s+){0,2}[A-Z][\w.\-]*(?:'s|\u2019s))\s+[^,;:.“”\"]{2,90}?),\s*$",
                       before)  # "An independent fact-finder, Judith Amsel," too; "Another" is no "her"
        if mb is None or not any(w.lower().strip(".") in self.lex.role_heads for w in mb.group(1).split()):
            mb = self._listed_portfolio(before) or mb
        if mb is not None:  # "On Wednesday CARICOM's secretary-general, X": the time is no part of the office
            lead = re.match(r"(?:(?:On|In|At|By|For|From|After|Before|Since|During|Last|This|Next|Earlier|Later|But|And)\s+)?"
                            r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
                            r"May|June|July|August|September|October|November|December)\s+(?=\S)", mb.group(1))
            if lead:
                mb = _office_tail(mb.group(1)[lead.end():], before) or mb
        clause = list(re.finditer(r"\b(?:that|which|who|whom|whose|when|where|after|before|while|because|since|"
                                  r"although|but|said|says|told)\s+", mb.group(1))) if mb is not None else []
        if clause and clause[-1].end() < len(mb.group(1)):  # "an allegation that Eritrea's information minister, X"
            mb = _office_tail(mb.group(1)[clause[-1].end():], before) or mb
        if mb is not None:  # "A's Foreign Minister B and her Guatemalan counterpart, C": C's office is after "and"
            base = max(0, rel_start - 110) + mb.start(1)
            for m_and in reversed(list(re.finditer(r"\s+and\s+", mb.group(1)))):
                cs = doc.char_span(base, base + m_and.start(), alignment_mode="contract")
                if cs is not None and any((who := T.at(p, t.i)) and who != a.name and T.actors[who].type == "Person"
                                          for t in cs):
                    mb = _office_tail(mb.group(1)[m_and.end():], before) or mb
                    break
        if mb is not None:  # "Togo's president had spoken by phone with Niger's leader, X": the office opens after the verb
            base = max(0, rel_start - 110) + mb.start(1)
            cs = doc.char_span(base, base + len(mb.group(1)), alignment_mode="contract")
            verb = next((t for t in reversed(cs) if t.tag_ in ("VBD", "VBZ", "VBP", "MD")), None) if cs is not None else None
            if verb is not None:
                rest = p.text[verb.idx + len(verb.text):base + len(mb.group(1))]
                mo = _OFFICE_OPENS.search(rest)
                mb = _office_tail(rest[mo.start():], before) if mo else None
        own = _owner_opening(mb.group(1)) if mb is not None else 0
        if mb is not None and own > 0:  # "a phrase Somaliland's foreign minister, X": the office opens at its owner
            mb = _office_tail(mb.group(1)[own:], before) or mb
        if mb is not None:  # the nearest opening: "the desk of the Minister for Health, X" → "the Minister …"
            starts = [m.start() for m in re.finditer(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Aa]n?)\s+", mb.group(1))]
            for st in reversed(starts[1:]):
                words = re.split(r"\s+(?:to|of|at|for|in|on)\s+", mb.group(1)[st:])[0].split()
                if words and words[-1].lower().strip(".") in self.lex.role_heads:
                    mb = _office_tail(mb.group(1)[st:], before) or mb
                    break
        head_words = re.split(r"\s+(?:to|of|at|for|in|on|\w+ed\s+by)\s+", mb.group(1))[0].split() if mb else []
        if mb and head_words and (head_words[-1].lower().strip(".") in self.lex.role_heads or (
                head_words[-1].lower() in self.lex.words("possessed_role_heads")
                and any(w.endswith(("'s", "\u2019s")) for w in head_words[:-1]))):  # "The network's finance lead, X"
            # "<State>'s ambassador to the United Nations, X": the head noun comes before the preposition
            phrase = mb.group(1)
            start = max(0, rel_start - 110) + mb.start(1)
            self.learn(s, a, phrase, start)
        ma = re.match(r"^\s*,\s*((?:(?:a|an|the|its|his|her)\s+)?[^,;:“”\"()]{3,110}?)(?=,|(?<!\b[A-Z])\.|;|$| who| \()",
                      after)  # "X, the U.N. Secretary-General's special representative (…)": "U.N." ends nothing
        if ma and a.name not in self.learned_gender:
            head = re.split(r"\s+(?:of|to|at|for|in|on|and|who)\s+", ma.group(1))[0].split()
            g = self.gendered_nouns.get(head[-1].lower()) if head and head[0].lower() in ("the", "a", "an", "his", "her",
                                                                                          "its", "their") else None
            if g is not None:
                self.learned_gender[a.name] = g  # "Kim Yo Jong, the powerful sister of the leader, …. she said"
        if ma:
            phrase = ma.group(1)
            words = [w.lower().strip(".") for w in re.findall(r"[\w\-.]+", phrase)]
            if any(w in self.lex.role_heads for w in words[:6]) and not set(words) & {"said", "says", "told", "added"} \
                    and words[0] not in ("and", "or", "but") and words[0] not in CLAUSE_PREPOSITIONS \
                    and not self._introduces_next(p, rel_end + ma.end(1)):  # "X, and his Turkish counterpart, Y": Y's
                start = rel_end + ma.start(1)
                self.learn(s, a, phrase, start)

    def _of_after_name(self, s: Sentence, j: int, a: Actor) -> None:
        """"Grace Mutesi of Rwanda, who chairs …", "said Tomas Berg of the Centre Party": a state or a body
        named in an "of" phrase right after a person's name is the one they belong to (a place is where they
        are from, no affiliation)."""
        p, T = s.para, self.table
        doc_toks = tokens_of(p.doc)
        while j < s.span.end and doc_toks[j].is_punct and doc_toks[j].text != ",":
            j += 1  # (a gazetteer match may stop before a closing quote)
        if j + 1 >= s.span.end or doc_toks[j].lower_ != "of" or doc_toks[j].head.i >= j:
            return
        obj = next((c for c in children_of(doc_toks[j]) if c.dep_ == "pobj"), None)
        who = T.at(p, obj.i) if obj is not None else None
        if who is None or who == a.name or who not in T.actors or T.actors[who].type == "Person":
            return
        if T.by_token[(p.idx, obj.i)].kind not in ("name", "metonym"):
            return  # "X of the ministry": a description, read elsewhere
        if who not in a.affiliations:
            a.affiliations.append(who)

    def _led_body(self, s: Sentence, i: int, j: int, a: Actor) -> None:
        """"X, who chairs the LDC group,", "X, the diplomat who coordinates the group on finance,", "X,
        speaking for the Alliance of Small Island States,": the one body (no person) a clause on the name
        leads or speaks for (lexicon ``leading_verbs``, ``speaking_for_verbs``) is the person's affiliation."""
        p, T = s.para, self.table
        root = p.doc[i:j].root
        if not i <= root.i < j:
            return
        hosts = [root] + [c for c in children_of(root) if c.dep_ == "appos" and c.pos_ == "NOUN"] + [
            g for c in children_of(root) if c.dep_ == "prep" and c.lower_ == "of" and c.i == j
            for g in children_of(c) if g.dep_ == "pobj"]  # "X of Mali, who chairs …": the parse hangs it on Mali
        leading, speaking = self.lex.words("leading_verbs"), self.lex.words("speaking_for_verbs")
        clauses = [v for h in hosts for v in children_of(h) if v.dep_ in ("relcl", "acl")]
        if root.dep_ == "nsubj":  # "X of Tonga, speaking for the alliance, said": set off between the name and its verb
            clauses += [v for v in children_of(root.head) if v.dep_ == "advcl" and v.tag_ == "VBG" and j <= v.i < root.head.i
                        and not any(x.dep_ in ("nsubj", "nsubjpass") for x in children_of(v))]
        for v in clauses:
            if v.pos_ != "VERB" or v.dep_ == "relcl" and not any(
                    x.dep_ == "nsubj" and x.lower_ in ("who", "that") for x in children_of(v)):
                continue
            objs: list[Any] = []
            if v.lemma_.lower() in leading:
                objs = [c for c in children_of(v) if c.dep_ == "dobj"]
            elif v.lemma_.lower() in speaking:
                for pr in children_of(v):
                    if pr.dep_ == "prep" and pr.lower_ == "for":
                        objs += [c for c in children_of(pr) if c.dep_ == "pobj"]
                    elif pr.dep_ == "prep" and pr.lower_ == "on":  # "on behalf of X"
                        objs += [y for b in children_of(pr) if b.lower_ == "behalf" for o in children_of(b)
                                 if o.lower_ == "of" for y in children_of(o) if y.dep_ == "pobj"]
            for o in objs:
                who = [x for x in T.resolve(p, o) if x in T.actors and x != a.name]
                if len(who) == 1 and T.actors[who[0]].type != "Person" and who[0] not in a.affiliations:
                    a.affiliations.append(who[0])

    def _team_led_by(self, s: Sentence, i: int, a: Actor) -> None:
        """"An IMF staff team led by mission chief X", "its delegation, led by the secretary of state for
        water, X,": the team a person leads, named by who it belongs to; kept to be read once the article's
        "its" are known (:meth:`_teams_led`)."""
        doc_toks = tokens_of(s.para.doc)
        leading = self.lex.words("leading_verbs")
        for k in range(i - 1, max(s.span.start, i - 14), -1):
            t = doc_toks[k]
            if t.lower_ == "by" and k > s.span.start and doc_toks[k - 1].lemma_.lower() in leading \
                    and doc_toks[k - 1].tag_ == "VBN" and doc_toks[k - 1].dep_ == "acl" \
                    and doc_toks[k - 1].head.pos_ == "NOUN" and doc_toks[k - 1].head.i < k - 1:
                self.led_teams.append((s.para, doc_toks[k - 1].head.i, a.name))
                return
            if (t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN") or (t.i < i - 1 and self.table.at(s.para, t.i) is not None
                                                                   and t.ent_type_ == "PERSON"):
                return  # a clause or another person between: not the name's own "led by"

    def _offices_at_home(self) -> None:
        """A person the text ties to no state or body: an office named for a body of the story ("Enlargement
        Commissioner X" beside "the European Commission") is that body's; a government office (lexicon
        ``home_offices``) is the state's whose seat opens the sentence naming the holder ("In Podgorica, Prime
        Minister X said …"), else the state the story is about when the article names its ministry of that
        portfolio ("Finance Minister X" beside "the finance ministry"), when that state acts in the story. A dateline's seat says only
        where the reporter is ("BEIJING — Commerce Minister X" may be anyone's)."""
        T = self.table
        offices = self.lex.words("home_offices")
        bodies = [(n, {w for x in (n, *b.aliases) if (w := norm(x).split()[-1:] and norm(x).split()[-1]) and len(w) >= 5})
                  for n, b in T.actors.items() if b.type in ("Organization", "Group")]
        for a in T.actors.values():
            if a.type != "Person" or a.affiliations or a.relations or a.first < 0:
                continue
            heads = {r.split()[-1].lower() for r in a.roles if r.split()}
            own = [n for n, ws in bodies if any(h != w and h.startswith(w.rstrip("e")) and len(h) - len(w) <= 3
                                                for h in heads for w in ws)]
            if len(own) == 1:  # "Enlargement Commissioner X" in a story about "the European Commission"
                a.affiliations.append(own[0])
                continue
            if not heads & offices:
                continue
            s = next((x for x in self.sents if x.para.start + x.para.doc[x.span.start].idx <= a.first
                      < x.para.start + x.para.doc[x.span.end - 1].idx + len(x.para.doc[x.span.end - 1])), None)
            m = re.match(r"\s*(?:In|From)\s+([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?),", s.text) if s is not None else None
            st = self._seat_state(m.group(1)) if m else None
            if st is None:
                st = self._ministry_of_portfolio(a, offices)
            if st is not None and st in T.actors and T.actors[st].type == "State":
                a.affiliations.append(st)

    def _ministry_of_portfolio(self, a: Actor, offices: frozenset[str]) -> str | None:
        """"Finance Minister X" in a story about a state whose "finance ministry" the article names: the portfolio
        of the office (its words before the office word) is that ministry's, so the one state whose ministry the
        article calls so is X's, when it is the state the story is about (a foreign ministry named for a mediator
        says nothing of which foreign minister X is)."""
        T = self.table
        ministries = self.lex.words("state_body_nouns")
        owners: set[str] = set()
        for r in a.roles:
            words = r.lower().split()
            if len(words) < 2 or words[-1] not in offices:
                continue
            portfolio = [w for w in words[:-1] if w not in self.office_ranks
                         and w not in ("deputy", "vice", "first", "prime", "state", "chief")]
            if not portfolio:
                continue
            for n, b in T.actors.items():
                for x in b.aliases if b.type == "State" else ():
                    al = norm(x).split()
                    core = {w for w in al[:-1] if not w.endswith(("'s", "\u2019s")) and self.gaz.adjective(w) is None}
                    if al and al[-1] in ministries and core and (core <= set(portfolio) or set(portfolio) <= core):
                        owners.add(n)  # "civil aviation secretary" and "the aviation ministry": one portfolio
        return next(iter(owners)) if len(owners) == 1 and owners == {T.home} else None

    def _seat_state(self, word: str) -> str | None:
        """The state a capital, a seat or a state's name stands for ("Podgorica", "New Delhi"), else None."""
        e = self.gaz.lookup(word) if word else None
        if e is None:
            return None
        return e.name if _gaz_actor(e, "State") else e.seat_of if e.kind == "place" else None

    def _teams_led(self) -> None:
        """The owner of each team a person leads (:meth:`_team_led_by`): the one non-person actor its
        possessor or modifier names ("its", "IMF", "Angolan") is the leader's affiliation."""
        T = self.table
        for p, n, person in self.led_teams:
            a = T.actors.get(person)
            if a is None:
                continue
            team = tokens_of(p.doc)[n]
            owners: list[str] = [x for x in T.resolve(p, team) if x in T.actors and T.actors[x].type != "Person"] \
                if any(c.tag_ == "POS" for c in children_of(team)) else []  # "the network's lead": the network
            for c in children_of(team) if not owners else ():
                if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < team.i:
                    owners += [x for x in T.resolve(p, c) if x in T.actors and T.actors[x].type != "Person"]
                    adj = self._adjective_at(c) if not owners and c.text[:1].isupper() else None
                    owners += [adj.name] if adj is not None and adj.name in T.actors else []
            owners = list(dict.fromkeys(owners))
            if len(owners) == 1 and owners[0] not in a.affiliations and owners[0] != person:
                a.affiliations.append(owners[0])

    def _listed_portfolio(self, before: str) -> re.Match[str] | None:
        """An office whose portfolio is a list with its own commas, closing ``before`` at the apposition's
        comma: "Uganda's minister of fisheries, livestock and blue economy, X" (group 1 the whole office); the
        listed words are lower-case and name no office themselves."""
        m = _LISTED_PORTFOLIO.search(before)
        if m is None or m.group(2).split()[-1].lower().strip(".") not in self.lex.role_heads:
            return None
        items = re.split(r",\s*|\s+and\s+", m.group(3))
        if len(items) < 3 or not all(x and x[:1].islower() and not set(x.lower().split()) & self.lex.role_heads
                                     for x in items[1:]):
            return None
        return m

    def _introduces_next(self, p: Paragraph, at: int) -> bool:
        """"A, the president of the union, Comrade B, and …": a title followed by a comma and another
        person's name is that person's apposition, not a trailing one of A."""
        m = re.match(r"\s*,\s*", p.text[at:at + 8])
        if m is None:
            return False
        cs = p.doc.char_span(at + m.end(), min(len(p.text), at + m.end() + 1), alignment_mode="expand")
        if cs is None or not len(cs):
            return False
        t = cs[0]
        return t.text[:1].isupper() and (t.ent_type_ == "PERSON" or t.lower_.rstrip(".") in self.name_titles)

    def learn(self, s: Sentence, a: Actor, phrase: str, rel_start: int) -> None:
        """Role, affiliation and relation from an appositive description of ``a``."""
        p = s.para
        doc = p.doc
        cs = doc.char_span(rel_start, rel_start + len(phrase), alignment_mode="contract")
        toks = list(cs) if cs is not None else []
        if not toks:
            return
        clause = self._clause_body(p, toks[0])
        if clause is None and re.match(r"(?:his|her)\s", phrase.strip(), flags=re.I):
            clause = next((w for t in reversed(s.tokens) if t.i < toks[0].i and t.dep_ in ("nsubj", "nsubjpass")
                           and (w := self.table.at(p, t.i)) is not None and w != a.name
                           and self.table.actors[w].type == "Person"), None)  # "Governor X appointed a committee led
            # by his administrator, Y": his is X, this sentence's subject, not the person a sentence before named
        self._possessor(a, phrase, s if toks[0].i == s.span.start else None, clause)
        for t in toks[:4]:  # "the committee's chair, X": the body "the committee" is, once the article is read
            if t.tag_ == "POS" and t.i > toks[0].i and tokens_of(doc)[t.i - 1].pos_ == "NOUN" \
                    and tokens_of(doc)[t.i - 1].text.islower() and self.table.at(p, t.i - 1) is None:
                self.led_teams.append((p, t.i - 1, a.name))
                break
        clean = re.sub(r"^(?:a|an|his|her)\s+", "", phrase.strip(), flags=re.I)
        if clean.lower().startswith(("the ", "its ", "their ")) or "'s" in clean or "\u2019s" in clean:
            a.aliases.add(_clean_surface(clean))
            if clean.lower().startswith(("its ", "their ")) and len(clean.split()) > 2:
                a.aliases.add(_clean_surface(clean.split(None, 1)[1]))  # "Its Bulgarian co-chair": the office too
        parts = re.split(r"\s+and\s+", phrase.strip())
        if len(parts) == 2 and all(any(w.lower() in self.lex.role_heads for w in x.split()[:4]) for x in parts):
            a.aliases.update(_clean_surface(x) for x in parts)  # "X's ambassador … and head of its delegation"
        elif re.match(r"(?:a|an|another|his|her)\s", phrase.strip(), flags=re.I):
            a.aliases.add(_clean_surface(phrase))  # "X, a senior conciliator at the commission,", "his counterpart, X"
            short = re.split(r"\s+\w+ed\s+by\s+", phrase.strip())[0]
            if short != phrase.strip():  # "An independent fact-finder appointed by the board, X": the office alone
                a.aliases.add(_clean_surface(short))
        elif phrase.split() and phrase.split()[0].lower() in self.lex.role_heads | self.lex.role_words:
            a.aliases.add(_clean_surface(phrase))  # "X, president of the district lodge,": the bare office
        self._bare_office(a, phrase)
        self._office_before_prep(a, phrase)
        core: list[str] = []
        after_prep = False
        employer = False  # a body named before the office: "The IMF mission chief for Bolivia"
        portfolio = False  # after "for" once the employer is named: the counterpart or brief, not an employer
        for t in toks:
            if t.tag_ in ("VBD", "VBZ", "VBP") and t.pos_ == "VERB":
                break  # "Its chief executive, X, urged the minister …": a finite verb ends any office
            who = self.table.at(p, t.i)
            if t.lower_ in ("to", "of", "at", "for", "on", "in", "by") or (t.tag_ == "VBN" and core):
                after_prep = True  # "fact-finder appointed by the board": the office ends at the participle
                portfolio = portfolio or (t.lower_ == "for" and employer and bool(core))
            if who and who != a.name and portfolio:
                continue
            if who and who != a.name and not after_prep and self.table.actors[who].type in ("Organization", "Group"):
                employer = True
            if who and who != a.name:
                other = self.table.actors[who]
                if other.type == "Person":
                    for aff in other.affiliations:
                        if aff not in a.affiliations:
                            a.affiliations.append(aff)
                    if core and core[-1].lower() in self.lex["relation_roles"]:
                        a.relations.append((core[-1].lower(), who))
                elif who not in a.affiliations:
                    a.affiliations.append(who)
                continue
            if self._opens_adjective(t):
                continue  # "South" of "South Korean": read with the next word
            adj = self._adjective_at(t)
            if adj is not None and t.text[:1].isupper():
                if adj.name not in a.affiliations:
                    a.affiliations.append(adj.name)
                continue
            pl = self.gaz.lookup(t.text)
            if pl is not None and pl.kind == "place" and pl.seat_of and not after_prep:
                if pl.seat_of not in a.affiliations:
                    a.affiliations.append(pl.seat_of)
                continue
            state = pl.name if _gaz_actor(pl, "State") else (
                t.text if t.text in self.table.actors and self.table.actors[t.text].type == "State" else None)
            if state and not after_prep and t.text[:1].isupper():
                if state not in a.affiliations:  # "<State>'s defence ministry spokeswoman, X"
                    a.affiliations.append(state)
                continue
            if t.tag_ == "POS" and t.lower_ in ("'", "\u2019") and core and not after_prep:
                core.pop()  # "The Socialists' leader": the plural possessor is no part of the office
                continue
            if not after_prep and t.lower_ not in ("a", "an", "the", "'s", "\u2019s", "former", "senior", "top"):
                core.append(t.text)
        core = [w for w in core if w.lower() not in ("his", "her", "its", "their")]
        role = " ".join(w for w in core if not w.endswith(("'s", "\u2019s"))).strip()
        role = re.sub(r"\s*-\s*", "-", role)  # "fact - finder" as tokenised: "fact-finder"
        if role.lower() == "counterpart":  # "his Azerbaijani counterpart, X": X holds the same office
            other = self._counterpart_of(s, toks[0].i, a) if not any(
                r.split()[-1].lower() in self.lex.role_heads for r in a.roles) else None  # unless he has his own
            if other is not None:
                role = next((r for r in other.roles if r.split()[-1].lower() in self.lex.role_heads), role)
        if role and role.split()[-1].lower() in self.lex.role_heads and role not in a.roles:
            a.roles.append(role)
        office = role.split()
        while office and (not office[0].islower() or office[0] in STOP_TITLE | {"is", "was", "has", "had", "who"}):
            office = office[1:]  # "CP chief executive": the body's name is no part of the office
        if len(office) >= 2 and all(w.islower() for w in office) and office[-1] in self.lex.role_heads:
            a.aliases.add(" ".join(office))  # "South Sudan's chief negotiator, X": the office alone names X too

    def _body_apposition(self, p: Paragraph, i: int, j: int, a: Actor) -> None:
        """"the Tehreek-e-Taliban Pakistan, the militant movement Islamabad blames": a lower-case
        description in apposition with a body's name is how the article may call it later."""
        doc = p.doc
        doc_toks = tokens_of(doc)
        while j > i + 1 and doc_toks[j - 1].is_punct:
            j -= 1  # a gazetteer match may take the comma after the name ("Gazprom,")
        root = doc[i:j].root
        desc = root.head
        if a.type != "Person" and root.dep_ == "appos" and desc.i < i and desc.pos_ == "NOUN" \
                and desc.lower_ not in self.lex.role_words and all(t.text == "," or t.lower_ == "the" for t in doc[desc.i + 1:i]):
            words = list(doc[desc.left_edge.i:desc.i + 1])  # "A patients' group, the Cape Breton Health Coalition,"
            if 2 <= len(words) <= 5 and words[0].lower_ in ("a", "an", "the") and all(
                    t.text.islower() or t.text in ("'", "'s", "\u2019s") for t in words[1:]):
                a.aliases.add(_text_of(words))
            elif 3 <= len(words) <= 6 and words[0].pos_ == "PROPN" and words[1].tag_ == "POS" and all(
                    t.text.islower() or t.tag_ == "POS" for t in words[2:]):
                a.aliases.add("the " + _text_of(words[2:]))  # "Lithuania's road hauliers' association, Linava,"
        if a.type == "Person" or j + 2 >= len(doc) or doc_toks[j].text != ",":
            return
        app = next((c for c in children_of(root) if c.dep_ == "appos" and c.i > j), None) or next(
            (c for x in doc[i:j] for c in children_of(x) if c.dep_ == "appos" and c.i > j
             and x.dep_ == "appos" and x.head.i == root.i), None)  # the parse may hang it on a name's last word
        if app is None or app.pos_ != "NOUN" or app.lower_ in self.lex.role_words or app.lower_ in self.lex.role_heads:
            return
        of = next((c for c in children_of(app) if c.dep_ == "prep" and c.i == app.i + 1 and c.lower_ == "of"), None)
        if of is not None and app.lemma_.lower() in self.part_of_nouns:  # "X, (a) subsidiary of Y,": X is Y's
            self.parts_of.extend((p.idx, tuple(u.i for u in subtree_of(g)), a.name)  # (read once Y is known: finish)
                                 for g in children_of(of) if g.dep_ == "pobj")
        left = app.left_edge.i
        words = list(doc[left + 1:app.i + 1])
        if left != j + 1 or doc_toks[left].lower_ not in ("the", "a", "an") or not words or len(words) > 6 or not all(
                t.text.islower() or t.like_num or t.text == "-" or t.tag_ == "POS" or self._descriptive_name_word(t)
                for t in words) or any((t.pos_ in ("VERB", "AUX") and doc_toks[t.i - 1].text != "-")
                                       or (t.pos_ == "PUNCT" and t.text != "-" and t.tag_ != "POS") for t in words):
            return
        a.aliases.add("the " + _clean_surface(doc[left + 1:app.i + 1].text))  # "Gazprom, the Russian state gas company,"
        if doc_toks[left].lower_ != "the":
            a.aliases.add(_clean_surface(doc[left:app.i + 1].text))  # "X, a Brussels-based research group,"
        prep = next((c for c in children_of(app) if c.dep_ == "prep" and c.i == app.i + 1), None)
        tail = list(doc[prep.i:prep.right_edge.i + 1]) if prep is not None else []  # "the civilian administration in exile"
        if tail and len(tail) <= 3 and all(t.text.islower() for t in tail):
            a.aliases.add("the " + _text_of(words + tail))

    def _office_of(self, p: Paragraph, st: int, en: int) -> None:
        """"the Minister of Labour", "the Governor of the Central Bank": the one person the article
        gave an office that begins so ("Minister of Labour and Employment") is meant."""
        mo = re.match(r" of ((?:the )?[A-Z][\w\-]*(?:\s+(?:and\s+|for\s+)?[A-Z][\w\-]*)*)", p.text[en:en + 90])
        if mo is None:
            return
        said = norm(p.text[st:en] + mo.group(0))
        T = self.table
        who = [n for n, a in T.actors.items() if a.type == "Person" and a.mentions and a.first < p.start + st and any(
            norm(x).startswith(said) or norm(x).endswith(" " + said) for x in [*a.aliases, *a.roles])]
        cs = p.doc.char_span(st, en + mo.end(), alignment_mode="expand")
        if len(who) != 1 or cs is None or any((p.idx, t.i) in T.by_token for t in cs):
            return
        T.add_mention(p, cs.start, cs.end, cs.root.i, who[0], "Person", "descriptor", cs.text)

    def _descriptive_name_word(self, t: Any) -> bool:
        """A capitalised word that may sit inside a lower-case description: a nationality ("the Russian
        state gas company"), a state before "'s" ("China's policy bank") or a place before "-based"."""
        nxt = tokens_of(t.doc)[t.i + 1] if t.i + 1 < len(t.doc) else None
        if nxt is not None and nxt.text in ("'s", "’s", "-"):
            e = self.gaz.lookup(t.text)
            return nxt.text == "-" or (e is not None and e.type == "State")
        return self.gaz.adjective(t.text) is not None or t.text in ("'s", "’s")

    def _bare_office(self, a: Actor, phrase: str) -> None:
        """The office of an apposition without its owner: "Its chief of staff" and "the guard's
        commander" are also "chief of staff" and "commander" (a lower-case office of a few words)."""
        bare = re.sub(r"^(?:(?:a|an|the|its|their|his|her)\s+)?(?:(?:[A-Z][\w.\-]*\s+){0,3}[\w.\-]+(?:'s|\u2019s)\s+)?", "",
                      phrase.strip(), flags=re.I)
        words = bare.split()
        if not 1 <= len(words) <= 5 or not all(w.islower() for w in words) or bare == phrase.strip():
            return
        if bare in self.lex.role_words or words[-1] in self.lex.role_heads:
            a.aliases.add(bare)

    def _office_before_prep(self, a: Actor, phrase: str) -> None:
        """"the commissioner from the Federal Mediation and Conciliation Service" is also "the
        commissioner": the office before the body it serves."""
        head = re.split(r"\s+(?:from|of|at|for|to|in|with|on)\s+", phrase.strip())[0]
        words = head.split()
        if head != phrase.strip() and 2 <= len(words) <= 4 and words[0].lower() == "the" \
                and all(w.islower() for w in words[1:]) and words[-1] in self.lex.role_heads:
            a.aliases.add(head)

    def _clause_body(self, p: Paragraph, t: Any) -> str | None:
        """"Jubaland sent its vice president, X": the body that is subject of the clause "its" stands in."""
        if t.lower_ not in ("its", "their"):
            return None
        v = t.head
        subj = None
        for _ in range(8):  # "The agency has offered help with checking the sites, its director general, X, said":
            # past a verb with no subject ("checking") to the clause that has one
            if v.pos_ in ("VERB", "AUX"):
                subj = next((c for c in children_of(v) if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i), None)
                if subj is not None or v.dep_ not in ("pcomp", "xcomp", "advcl", "acl"):
                    break
            if v.head.i == v.i:
                break
            v = v.head
        if subj is None and v.lemma_ in self.lex.reporting:  # "The agency has offered help, its director general,
            # X, said": the speaker's "its" is the body that is subject of the reported clause before it
            said = next((c for c in children_of(v) if c.dep_ == "ccomp" and c.i < t.i), None)
            subj = next((c for c in children_of(said) if c.dep_ in ("nsubj", "nsubjpass")), None) if said is not None else None
        who = self.table.at(p, subj.i) if subj is not None else None
        return who if who in self.table.actors and self.table.actors[who].type != "Person" else None

    def _possessor(self, a: Actor, phrase: str, opening: Sentence | None = None, clause: str | None = None) -> None:
        """"Its chief negotiator, X": X belongs to the body or state last acting (or, opening a sentence,
        the body the sentence before named when that one is not there); "his deputy, X": X is that
        person's deputy and shares his affiliations."""
        T = self.table
        m = re.match(r"(its|their|his|her)\s+(.*)", phrase.strip(), flags=re.I)
        if m is None:
            return
        owner = T.last_subject_group if m.group(1).lower() in ("its", "their") else T.last_subject_person
        named = self._previous_sentence_bodies(opening) if opening is not None and m.group(1).lower() == "its" else []
        if named and owner not in named:
            owner = named[-1]
        owner = clause or owner
        if owner is None or owner == a.name or owner not in T.actors:
            return
        other = T.actors[owner]
        if other.type == "Person":
            role = m.group(2).split()[-1].lower() if m.group(2).split() else ""
            if role == "counterpart":
                return  # "his Turkish Cypriot counterpart, X": X sits on the other side
            if role in self.lex["relation_roles"] and (role, owner) not in a.relations:
                a.relations.append((role, owner))
            a.affiliations += [x for x in other.affiliations if x not in a.affiliations]
        elif owner not in a.affiliations:
            a.affiliations.append(owner)

    def _counterpart_of(self, s: Sentence, before: int, a: Actor) -> Actor | None:
        """The person whose counterpart ``a`` is: the last person named earlier in the sentence, else
        the last person who was a subject."""
        p, T = s.para, self.table
        for k in range(before - 1, s.span.start - 1, -1):
            who = T.at(p, k)
            if who and who != a.name and T.actors[who].type == "Person":
                return T.actors[who]
        last = T.last_subject_person
        return T.actors[last] if last and last != a.name and last in T.actors else None

    # -- collectives, descriptors, pronouns ----------------------------------------------------
    def _names_a_person(self, p: Paragraph, t: Any) -> bool:
        """A singular office noun whose holder is named beside it (in apposition, or the name it
        titles): it is that person's description, not the state's voice."""
        T = self.table

        def person(k: int) -> bool:
            who = T.at(p, k)
            return who is not None and T.actors[who].type == "Person"
        if any(c.dep_ == "appos" and person(c.i) for c in children_of(t)):
            return True
        return t.dep_ in ("appos", "compound") and person(t.head.i)

    def collectives(self, s: Sentence) -> None:
        """"Russian officials", "the US side", "China's Commerce Ministry", "the army"."""
        p, T = s.para, self.table
        doc = p.doc
        for t in s.tokens:
            if t.pos not in (NOUN, PROPN) or (p.idx, t.i) in T.by_token:  # (the id first: cheaper than pos_)
                continue
            low = t.lower_
            mods = [c for c in children_of(t) if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < t.i]
            own = next((c for c in mods if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
            if own is not None and t.tag_ == "NN" and low in self.org_words and low not in self.collective \
                    and low not in self.body_nouns and (body := self._persons_body(s, t, low)):
                # "Farage, the leader of Reform UK, said his party would …": the body the person belongs to
                T.add_mention(p, own.i, t.i + 1, t.i, body, T.actors[body].type, "descriptor", doc[own.i:t.i + 1].text)
                continue
            if own is not None and t.tag_ == "NN" and low in state_body_endings(self.lex) \
                    and (speaker := self._speaker(s, t)):
                # "Leclair replied that her government would not …": the state the person serves, once known
                self.persons_governments.append((p, own.i, t.i, speaker.name))  # unless read below already
            if low in SEAT_PEOPLE and not mods:  # "officials in Kyiv": the seat's state
                mods = [g for c in children_of(t) if c.dep_ == "prep" and c.lower_ in ("in", "from")
                        for g in children_of(c) if g.dep_ == "pobj" and g.text[:1].isupper()]
            elif low in self.body_nouns and not mods:  # "the presidency in Pretoria": the seat's state body
                mods = [g for c in children_of(t) if c.dep_ == "prep" and c.lower_ == "in" for g in children_of(c)
                        if g.dep_ == "pobj" and (e := self.gaz.lookup(g.text)) is not None and e.kind == "place"
                        and e.seat_of]
            state = None
            state_mod = None  # the adjective that named the state: "Lithuanian" of "Lithuanian and Belarusian officials"
            for c in mods:
                who = T.at(p, c.i)
                if who and T.actors[who].type in ("State", "Group"):
                    state = who
                    break
                if c.dep_ == "poss" and c.lower_ in ("its", "their") and low in self.body_nouns:
                    state = self._state_before(s, t)  # "Kazakhstan disputes that. Its energy ministry said …"
                    if state:
                        break
                adj = self._adjective_at(c) if c.text[:1].isupper() else None
                if adj is not None:
                    state = self._regional_body(c.text, adj)
                    state_mod = c
                    break
                pl = self.gaz.lookup(c.text)
                if pl is not None and pl.kind == "place" and pl.seat_of:
                    state = next((x for x in pl.also_seat_of if x in T.actors), pl.seat_of)  # Brussels: the EU's
                    break
                if c.dep_ == "poss" and c.lower_ in ("his", "her") and low in self.collective:
                    # "Benn-Ramdass said her government would accept": the state of the person speaking
                    a = self._speaker(s, t)
                    state = next((x for x in (a.affiliations if a else []) if (x in T.actors and T.actors[x].type == "State")
                                  or (x not in T.actors and getattr(self.gaz.entries.get(x), "type", "") == "State")),
                                 None)  # "Mexican President X": a state known only as X's affiliation so far
                    if state:
                        break
            start = min([t.i] + [c.i for c in mods])
            while start > s.span.start and tokens_of(doc)[start - 1].lower_ == "the":
                start -= 1
            if low in self.police and t.dep_ == "nsubj" and (t.head.tag_ != "VB" or any(
                    c.dep_ == "aux" for c in children_of(t.head))) and self._police_force(s, t, start, mods):
                continue
            if low in self.military or (low == "forces" and any(c.lower_ == "armed" for c in mods)):
                nation = next((c for c in mods if c.dep_ in ("amod", "compound") and c.text[:1].isupper()
                               and c.i == t.i - 1 and c.is_alpha), None)
                if state is None and nation is not None and not T.at(p, nation.i):
                    # "the Ostrian army" of a state the gazetteer does not know: the army by its own name
                    T.add_mention(p, start, t.i + 1, t.i, f"{nation.text} army", "Organization", "collective",
                                  doc[start:t.i + 1].text)
                    continue
                if state is None and any(c.lower_ == "the" for c in children_of(t)) and not any(
                        T.at(p, c.i) for c in mods):
                    recent = next((n for _pos, n in reversed(T.recent) if n in T.actors and (n.endswith(" army") or (
                        n.lower().endswith(" army") and any(T.actors.get(x) is not None and T.actors[x].type == "State"
                                                            for x in T.actors[n].affiliations)))),
                                  None)  # "the Indian Army … the army statement"; not the Arakan Army, a rebel group
                    if recent:
                        T.add_mention(p, start, t.i + 1, t.i, recent, "Organization", "collective",
                                      doc[start:t.i + 1].text)
                        continue
                    state = self.table.last_gov or self.table.home
                if state is None:
                    continue
                adj = self._adjective_of(state)
                name = f"{adj} army" if adj else f"{state} army"
                named = [n for n, b in T.actors.items() if b.type in ("Organization", "Group") and n != name
                         and n.split()[0] in (adj, state) and n.split()[-1].lower() in self.military | {"forces"}]
                if not named:  # "the Armed Forces of the Philippines' Western Mindanao Command … the military"
                    forces = self.military | {"forces"}
                    named = [n for n, b in T.actors.items() if b.type in ("Organization", "Group") and n != name
                             and forces & {w.strip("'’").lower() for w in n.split()}
                             and ((adj and adj in n) or re.search(rf"\bof (?:the )?{re.escape(state)}\b", n))]
                if len(named) == 1:  # "the Sudanese Armed Forces … Sudan's military": the army the article named
                    name = named[0]
                a = T.add_mention(p, start, t.i + 1, t.i, name, T.actors[name].type if name in T.actors else "Organization",
                                  "collective", doc[start:t.i + 1].text)
                if state not in a.affiliations:
                    a.affiliations.append(state)
                continue
            if low in ("government", "authorities", "cabinet", "administration", "state") and state is not None \
                    and T.actors.get(state) is not None and T.actors[state].type == "State":
                T.last_gov = state
            if low in self.region_heads and state is None and self._region_government(s, t):
                continue
            if low in self.body_nouns and self._state_body_mention(s, t, mods, state, start):
                continue
            if low in self.collective and state is None and any(
                    c.lower_ == "government" or c.lower_ in self.national_modifiers for c in mods):
                state = self._speaker_state(p, t) or T.last_gov or T.home  # "the government delegation"
                if state is not None and self.gaz.lookup(state) is None and state != T.home and any(
                        c.lower_ in self.national_modifiers for c in mods):
                    state = next((n for _pos, n in reversed(T.recent) if n in T.actors and T.actors[n].type == "State"
                                  and self.gaz.lookup(n) is not None), None)  # "Bougainville's minister accused
                    # the national government": no region is national; the sovereign state last named is
            if low in self.recalled and state is None and mods == [] and low in self.collective_of and any(
                    c.lower_ == "the" for c in children_of(t)):
                state = self.collective_of[low]  # "Kenyan mediators … the mediators": Kenya again
            if low in self.recalled and any(c.dep_ == "conj" for m in mods for c in children_of(m)):
                continue  # "Egyptian, Qatari and American mediators": no one state mediates
            if low in self.collective and state is not None and t.tag_ == "NNS" and any(
                    c.dep_ in ("amod", "compound") and c.lower_ in self.lex.words("outside_government_modifiers")
                    for c in mods):  # "Danish opposition lawmakers demanded": a group of their own, not the state
                first = start + (1 if tokens_of(doc)[start].lower_ == "the" else 0)
                name = _text_of(list(doc[first:t.i + 1]))
                a = T.add_mention(p, first, t.i + 1, t.i, name[:1].upper() + name[1:], "Group", "collective",
                                  doc[first:t.i + 1].text)
                if self._type_of(state) == "State" and state not in a.affiliations:
                    a.affiliations.append(state)
                continue
            if low in self.collective and state is not None:
                if t.tag_ in ("NN", "NNP") and self._names_a_person(p, t):
                    continue  # "China's chief negotiator, Li Wei,", "Chinese delegate Li Wei": the person, not the state
                T.add_mention(p, start, t.i + 1, t.i, state, self._type_of(state),
                              "collective", doc[start:t.i + 1].text)
                others = self._coordinated_states(p, t, state_mod, state) if state_mod is not None else []
                if others:  # "Lithuanian and Belarusian officials met": both states act, not the first alone
                    T.by_token[(p.idx, t.i)].others = others  # type: ignore[attr-defined]
                elif mods:
                    self.collective_of[low] = state
                continue
            if t.tag_ == "NNS" and (any(c.lower_ in ("two", "both") for c in children_of(t)) or (
                    low in ("neighbours", "neighbors") and any(c.lower_ == "the" for c in children_of(t)))) \
                    and not (low in self.rival_group_nouns and any(c.dep_ in ("amod", "compound") and c.i < t.i
                                                                   for c in children_of(t))):
                # ("Two warring clans in … agreed": a described group of its own, read by _group below)
                one = low[:-3] + "y" if low.endswith("ies") else low[:-1] if low.endswith("s") else low
                if one in self.company_nouns or one in self.org_words:
                    if self._two_bodies(s, t, one):  # "both companies oppose it": the two firms named last
                        continue
                people = low not in ("countries", "sides", "nations", "governments", "delegations", "parties",
                                     "neighbours", "neighbors", "states", "powers", "economies") \
                    and low not in self.rival_group_nouns  # "both clans": the two clans named, no two people
                # "both leaders" are the two people last named; "two councillors" only if they hold that office
                office = None if low in ("men", "women", "leaders", "people") else low[:-1] if low.endswith("s") else low
                states: list[str] = []
                for _pos, name in reversed(T.recent):
                    if _pos >= s.start:
                        continue
                    if office and people and name in T.actors and not any(
                            r.lower().split()[-1:] == [office] for r in T.actors[name].roles):
                        continue
                    if name in T.actors and (T.actors[name].type == "Person") == people and name not in states and (
                            people or T.actors[name].type == "State"):
                        states.append(name)
                    if len(states) == 2:
                        break
                pair = self._state_pair_before(s, t) if not people else []
                if (low in ("sides", "parties") or low in self.rival_group_nouns) and not pair:
                    pair = self._rival_group_before(s) or self._two_parties(s)  # "both sides" of a firm and a union: those two, no states
                if not people and not pair and len(states) < 2 and t.dep_ in ("nsubj", "nsubjpass"):
                    states = []  # "the two sides are far apart" with fewer than two states named: no one state is meant
                if pair:
                    states = pair  # "Finland and Estonia want … the two governments would demand …": that pair
                elif not people and len(states) == 2:
                    # "the two sides": the two states the story is most about so far, not a mediator that
                    # happens to be named last ("Qatar's minister said the two sides had agreed …")
                    seen = [(sum(1 for m in a.mentions if m[0] < s.start), -a.first, n) for n, a in T.actors.items()
                            if a.type == "State" and a.first < s.start]
                    ranked = sorted(seen, reverse=True)
                    if len(ranked) >= 2 and (len(ranked) == 2 or ranked[1][0] > ranked[2][0]):
                        states = [n for _c, _f, n in ranked[:2]]  # only when the second clearly beats the third
                start = min([t.i] + [c.i for c in mods])
                for c in mods:
                    for k in range(c.i, c.i + 1):
                        T.by_token.pop((p.idx, k), None)
                for st_name in states:
                    T.add_mention(p, t.i, t.i + 1, t.i, st_name, T.actors[st_name].type, "collective", None, record=False)
                if states:
                    m = T.by_token[(p.idx, t.i)]
                    m.others = states  # type: ignore[attr-defined]
                continue
            if self._group(s, t) or self._coalition(s, t) or self._faction(s, t):
                continue
            if (low in ("state", "country", "government", "cabinet", "kingdom", "republic", "emirate", "junta", "regime",
                        "authorities", "administration") or low in self.state_forms) \
                    and any(c.lower_ == "the" for c in children_of(t)) and not mods:
                if low == "state" and self._province_near(p):
                    continue  # "the northern state of Chihuahua … the state's largest dam": the province
                home = self._speaker_state(p, t) or self._seat_here(s) or self._paragraph_state(p, t) \
                    or self.table.last_gov or self.table.home
                if low == "administration":  # "the administration" alone: the executive news calls so, when in the story
                    home = next((x for x in self.administration_states if x in T.actors), None) or home
                if low in self.state_forms:  # "Saudi Arabia … the kingdom's delegation"
                    spoken = self._speaker_state(p, t)  # "Saudi Arabia's minister … said the kingdom would": his
                    home = spoken if spoken and self._of_form(low, spoken) else self._state_of_form(low, p.start + t.idx, home)
                if home:
                    T.add_mention(p, t.i - 1, t.i + 1, t.i, home, "State", "descriptor", doc[t.i - 1:t.i + 1].text,
                                  record=False)

    def _of_form(self, form: str, state: str) -> bool:
        """Can "the ``form``" name ``state``? "the kingdom" only a monarchy the lexicon lists
        (``state_form_members``), "the republic" any state no such list holds."""
        members = self.state_form_members.get(form)
        if members is not None:
            return state in members
        return not any(state in m for m in self.state_form_members.values())

    def _state_of_form(self, form: str, here: int, home: str | None) -> str | None:
        """The state "the kingdom" names: the nearest one of that form named (or served by a body or person
        named: "the Public Investment Fund, the kingdom's … fund") shortly before, else the article's own
        state if it agrees; none rather than one that does not ("the kingdom" is never Italy)."""
        T = self.table
        near = [(pos, T.actors[n]) for pos, n in T.recent if here - 1500 < pos < here and n in T.actors]
        named = [a.name for _pos, a in sorted(near, key=lambda x: x[0], reverse=True) if a.type == "State"]
        served = [x for _pos, a in sorted(near, key=lambda x: x[0], reverse=True) if a.type != "State"
                  for x in a.affiliations if (x in T.actors and T.actors[x].type == "State")
                  or (x not in T.actors and getattr(self.gaz.entries.get(x), "type", "") == "State")]
        for x in named + served:  # a state named outright first, then one a body or person named serves
            if self._of_form(form, x):
                return x
        return home if home is not None and self._of_form(form, home) else None

    def _coordinated_states(self, p: Paragraph, t: Any, first: Any, state: str) -> list[str]:
        """The states of the demonyms coordinated with ``first`` before the collective ``t``: "Kenyan and
        Somali negotiators" are both sides' negotiators (each gets a mention at its own adjective)."""
        out: list[str] = []
        for c in children_of(first):
            if c.dep_ != "conj" or not c.text[:1].isupper() or c.i > t.i or (p.idx, c.i) in self.table.by_token \
                    and self.table.at(p, c.i) != state:
                continue
            adj = self._adjective_at(c)
            if adj is None or adj.type != "State":
                continue
            other = self._regional_body(c.text, adj)
            if other != state and other not in out:
                self.table.add_mention(p, c.i, c.i + 1, t.i, other, self._type_of(other), "collective")
                out.append(other)
        return out

    def _region_government(self, s: Sentence, t: Any) -> bool:
        """"The Manipur government said …", "the Central Papua provincial government": a government named for a
        place no gazetteer lists as a state (a province, a region) is a body of its own, named as written; not a
        person's ("the Moreau government"), a party's or a body's the article already knows."""
        p, T = s.para, self.table
        doc = p.doc
        doc_toks = tokens_of(doc)
        k = t.i - 1
        while k > s.span.start and doc_toks[k].lower_ in self.region_levels:
            k -= 1
        end = k + 1
        while k >= s.span.start and (doc_toks[k].pos_ == "PROPN" or doc_toks[k].ent_type_ == "NORP") and doc_toks[k].text[:1].isupper() \
                and doc_toks[k].is_alpha and doc_toks[k].ent_type_ in ("", "GPE", "LOC", "NORP") and k < doc_toks[k].head.i <= t.i:
            k -= 1
        start = k + 1
        if start == end or T.at(p, start) is not None or doc[start:end].text in T.actors \
                or doc_toks[start].lower_ in self.given_names:
            return False
        place = self.gaz.lookup(doc[start:end].text) or self.gaz.adjective(doc[start:end].text)
        if place is not None and (place.kind != "place" or place.seat_of):
            return False  # a state, a state's seat or a body: its own reading
        first = start - 1 if start > s.span.start and doc_toks[start - 1].lower_ == "the" else start
        name = doc[start:t.i + 1].text
        if end - start == 1 and doc_toks[start].ent_type_ == "NORP":
            self.demonym_governments[name] = doc_toks[start].lower_[:5]  # "the Catalan government": Catalonia's, if named
        T.add_mention(p, first, t.i + 1, t.i, name, T.actors[name].type if name in T.actors else "Organization",
                      "collective", doc[first:t.i + 1].text)
        return True

    def _police_force(self, s: Sentence, t: Any, start: int, mods: list[Any]) -> bool:
        """"Police said 14 were arrested", "the police denied it": the force that acts is an actor even when NER
        is silent; the police body the article named ("West Midlands Police"), else the police by the place or
        nation before the noun ("Panamanian police"), else the police."""
        p, T = s.para, self.table
        doc = p.doc
        if any(c.dep_ == "poss" for c in mods):
            return False  # "its police", "the state's police": whose force is another reading's
        bodies = [n for n in T.actors if self._police_body(n)]
        if len(bodies) > 1:
            return False  # "the Punjab Police and the Delhi Police … Police detained": neither, for all we know
        place = next((c for c in mods if c.i == t.i - 1 and c.text[:1].isupper() and c.is_alpha
                      and c.lower_ not in self.police and (c.ent_type_ in ("GPE", "NORP", "LOC") or self.gaz.lookup(
                          c.text) is not None or self.gaz.adjective(c.text) is not None)), None)  # not "Riot police"
        name = bodies[0] if bodies else f"{place.text} police" if place is not None else "Police"
        T.add_mention(p, start, t.i + 1, t.i, name, "Organization", "collective", doc[start:t.i + 1].text)
        return True

    def _police_body(self, name: str) -> bool:
        """A police body named with more than its kind ("West Midlands Police", "the Kenya Police Service",
        "Panamanian police")."""
        a = self.table.actors.get(name)
        return a is not None and a.type == "Organization" and " " in name and any(
            w in self.police for w in name.lower().split())

    def _persons_body(self, s: Sentence, t: Any, head: str) -> str | None:
        """The body "his party", "her union" is: of the person speaking (the subject before, else the last
        subject person), the one body they belong to, or the one of them named with that word."""
        T = self.table
        a = self._speaker(s, t)
        if a is None:
            return None
        bodies = [x for x in a.affiliations if x in T.actors and T.actors[x].type in ("Organization", "Group")]
        named = [x for x in bodies if head in _name_heads(x) or head in T.actors[x].modifiers]
        if len(named) == 1:
            return named[0]
        # else only a body the person's own description names ("the leader of Reform UK"), not one
        # learnt through "Its leader" (which may be a cut-short name)
        if len(bodies) == 1 and any(bodies[0] in al for al in a.aliases):
            return bodies[0]
        return None

    def _persons_governments(self) -> None:
        """"her government": the one state the person "her" points to serves (affiliations are complete
        only once the article is read)."""
        T = self.table
        for p, i, head, person in self.persons_governments:
            a = T.actors.get(person)
            states = self._states_served(a) if a else []
            if len(states) == 1 and (p.idx, head) not in T.by_token:
                T.add_mention(p, i, head + 1, head, states[0], "State", "descriptor", p.doc[i:head + 1].text)

    def _states_served(self, a: Actor) -> list[str]:
        """The states among ``a``'s affiliations that the article has as actors, in the order learnt."""
        return [x for x in a.affiliations if x in self.table.actors and self.table.actors[x].type == "State"]

    def _speaker(self, s: Sentence, t: Any) -> Actor | None:
        """The person "his"/"her" at ``t`` belongs to: the person subject before it in its sentence, else
        the last subject person."""
        person = self._subject_before(s, t, person=True) or self.table.last_subject_person
        return self.table.actors.get(person) if person else None

    def _province_near(self, p: Paragraph) -> bool:
        """A sub-national state named or governed in this paragraph or the two before."""
        text = " ".join(q.text for q in self.paras[max(0, p.idx - 2):p.idx + 1])
        return bool(re.search(r"\bstate of [A-Z]|(?<!Islamic )\b[A-Z][\w-]+ [Ss]tate\b|\b[Gg]overnor\b", text))

    def _speaker_state(self, p: Paragraph, t: Any) -> str | None:
        """"X said the country had …": the state of the person whose words these are."""
        v = t.head
        mandative = self.lex.words("mandative_verbs")  # "opposition lawmakers demanded that the government explain"
        for _ in range(4):
            subj = next((c for c in children_of(v) if c.dep_ == "nsubj"), None)
            if (v.lemma_.lower() in self.lex.reporting or v.lemma_.lower() in mandative) and v.pos_ == "VERB" \
                    and (subj is None or subj.i != t.i):  # ("that the government explain": its own verb, not a report)
                who = self.table.resolve(p, subj, conj=False) if subj is not None else []
                a = self.table.actors.get(who[0]) if who else None
                if a is None:
                    return None
                if a.type == "State":
                    return a.name
                return next((x for x in a.affiliations if (x in self.table.actors and self.table.actors[x].type == "State")
                             or (x not in self.table.actors and getattr(self.gaz.entries.get(x), "type", "") == "State")),
                            None)  # "U.S. Treasury Secretary Bessent said the administration …": the US, named or not
            if v.head.i == v.i:
                break
            v = v.head
        return None

    def _state_body_mention(self, s: Sentence, t: Any, mods: list[Any], state: str | None, start: int) -> bool:
        """A lower-case state body ("the interior ministry said", "the Serbian defence ministry") speaks
        for its state: the state its modifier names, else the body last named with that name, else the
        state the article is about. A place's body ("the Gaza health ministry") is a body of its own."""
        p, T = s.para, self.table
        doc = p.doc
        kinds = [c for c in mods if c.dep_ in ("amod", "compound") and c.text.islower()]
        if state is None and not kinds:
            return False  # "the ministry": a description, read by descriptors()
        if state is None and t.dep_ == "compound":  # "Cambodia's defence ministry spokeswoman": the parse hangs
            owner = next((c for c in children_of(t.head) if c.dep_ == "poss" and c.i < t.i), None)  # the owner on
            named = T.at(p, owner.i) if owner is not None else None  # the person's noun, not on the ministry
            if named is not None and self._type_of(named) == "State":
                state = named
        surface = doc[start:t.i + 1].text
        if state is None:
            named = [c for c in mods if c.text[:1].isupper()]
            bare = " ".join(x.lower_ for x in doc[min(c.i for c in kinds):t.i + 1])
            known = self.bodies.get(bare)
            if named and not any(c.pos_ == "PRON" for c in named):  # "Its energy ministry": no name of its own
                name = _text_of([x for x in doc[start:t.i + 1] if x.lower_ != "the"])
                a = T.add_mention(p, start, t.i + 1, t.i, name, "Organization", "name", surface)
                self.bodies[bare] = a.name
                return True
            if known in T.actors:
                T.add_mention(p, start, t.i + 1, t.i, known, T.actors[known].type, "descriptor", surface)
                return True
            state = self._holder_state(p, t) or self._seat_here(s) or self._paragraph_state(p, t) or T.last_gov or T.home
        if state is None:
            return False
        T.add_mention(p, start, t.i + 1, t.i, state, self._type_of(state),
                      "collective", surface)
        return True

    def _holder_state(self, p: Paragraph, t: Any) -> str | None:
        """"Sweden, which holds the rotating presidency", "Chile took over the presidency": the state the body
        word is the object of, as the subject of its verb (a relative clause's antecedent for "which")."""
        if t.dep_ not in ("dobj", "attr") or t.head.pos_ not in ("VERB", "AUX"):
            return None
        v = t.head
        subj = next((c for c in children_of(v) if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in ("which", "that", "who") and v.dep_ == "relcl":
            subj = v.head
        who = self.table.resolve(p, subj, conj=False) if subj is not None else []
        return who[0] if len(who) == 1 and self.table.actors[who[0]].type == "State" else None

    def _group(self, s: Sentence, t: Any) -> bool:
        """"Developing countries rejected …", "Swiss doctors said …": a described plural group that acts
        is an actor of its own (affiliated to the state its adjective names). A crowd acts even when
        undescribed: "protesters blocked …", "the strikers said …", "hundreds of fishermen marched …"."""
        p, T = s.para, self.table
        doc = p.doc
        doc_toks = tokens_of(doc)
        h = _list_head(t)
        if t.dep_ == "poss" and t.head.lower_ in self.org_words and any(c.lower_ == "the" for c in children_of(t)):
            return False  # "the teachers' federation": the body is meant, read by descriptors()
        crowd = t.lower_ in self.crowd_nouns
        lead = None  # "hundreds of protesters": the quantity is the parse's subject
        if crowd and h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.lower_ in self.crowd_sizes:
            lead = h.head.head
            while lead.dep_ == "pobj" and lead.head.lower_ == "of" and lead.head.head.lower_ in self.crowd_sizes:
                lead = lead.head.head  # "tens of thousands of protesters"
            h = lead
        agentive = h.dep_ == "pobj" and h.head.dep_ == "agent" and h.head.head.pos_ == "VERB" \
            and t.lower_ in self.lex.words("passive_doer_nouns") and not any(
                c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" for c in children_of(t))  # "were abducted by gunmen":
        hdep = "agent" if agentive else h.dep_  # the doer of a passive acts as a subject does (only an armed band of no
        # named body's: "met by relatives" makes no group, "ambushed by 3R fighters" is the 3R's)
        tdep = "agent" if agentive and h is t else t.dep_
        if t.tag_ != "NNS" or hdep not in ("nsubj", "nsubjpass", "poss", "agent") or t.lower_ not in self.group_nouns \
                and t.lower_ not in self.rival_group_nouns and (
                t.lower_ not in self.placed_group_nouns or tdep not in ("nsubj", "agent") or self._place_after(p, t) is None):
            return False  # "Local leaders in Oecusse said": "leaders" only with the place that makes them one group
        k = t.i - 1
        while k >= s.span.start and (p.idx, k) not in T.by_token and (
                k < doc_toks[k].head.i <= t.i and doc_toks[k].dep_ in ("amod", "compound", "nmod") and not doc_toks[k].like_num
                and doc_toks[k].lower_ not in self.quantifiers and doc_toks[k].pos_ in ("ADJ", "NOUN", "PROPN", "VERB")
                or doc_toks[k].text == "-" and k + 1 < t.i and not doc_toks[k].whitespace_ and not doc_toks[k - 1].whitespace_
                or k + 1 < t.i and doc_toks[k + 1].text == "-" and not doc_toks[k].whitespace_):
            k -= 1  # "Serbian-backed militants": a hyphened modifier stays whole; "Human rights groups" too
        bare = k + 1 == t.i
        if bare and not crowd and hdep in ("nsubj", "agent") and not any(c.dep_ in ("det", "poss") for c in children_of(t)):
            here = p.start + t.idx  # "The Committee of Peruvian Bondholders … Bondholders rejected it": that body
            heads = self.lex.words("member_body_heads")
            known = next((n for pos, n in reversed(T.recent) if pos < here and n in T.actors and T.actors[n].named
                          and T.actors[n].type in ("Organization", "Group") and (n.split()[-1].lower() == t.lower_ or (
                              len(n.split()) == 2 and n.split()[-1].lower() in heads
                              and n.split()[0].lower().rstrip("'") in (t.lower_, t.lower_[:-1])))), None)
            # ("Bondholders argue …" after "the bondholder committee": the committee speaks for them)
            if known is not None:
                T.add_mention(p, t.i, t.i + 1, t.i, known, T.actors[known].type, "descriptor", t.text)
                return True
        place = self._place_after(p, t) if tdep in ("nsubj", "agent") and not (bare and crowd) else None
        if bare and not crowd and place is None and t.lower_ == "unions" and h.dep_ in ("nsubj", "agent") \
                and not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in children_of(t)):
            self.bare_unions.append((p, t.i))  # "after unions and the government agreed": the union body the
            # article names, if one (finish)
        if (bare and not crowd and place is None) or (
                k >= s.span.start and (p.idx, k) in T.by_token and doc_toks[k].head.i == t.i):
            return False
        if bare and (hdep in ("nsubjpass", "poss") or t.pos_ == "PROPN"):
            return False  # "Fighters would be welcomed", "the Women's Protection Units": nobody acting
        last = place.i if place is not None else t.i  # "Local leaders in Oecusse": the place names them
        # … when the words before do not; "Resident doctors in England" are the resident doctors
        named_by_place = place is not None and (bare or t.lower_ in self.placed_group_nouns)
        name = _text_of(list(doc[k + 1:last + 1 if named_by_place else t.i + 1]))
        name = name[:1].upper() + name[1:]
        if self.gaz.lookup(name) is not None or self.gaz.descriptor_index.get(norm("the " + name)):
            return False  # "the European countries": a known actor's description, read by descriptors()
        first = lead.i if lead is not None else k + 1
        while first > s.span.start and doc_toks[first - 1].lower_ in ("the", "of") and lead is None:
            first -= 1
        surface = doc[first:last + 1].text
        if bare and any(c.dep_ == "poss" for c in children_of(t)):
            return False  # "its fighters": the possessor's own members
        body = next((T.at(p, g.i) for c in children_of(t) if c.dep_ == "prep" and c.lower_ in ("from", "of")
                     for g in children_of(c) if g.dep_ == "pobj" and T.at(p, g.i)), None)
        if crowd and body is not None and T.actors[body].type in ("Organization", "Group"):
            first = lead.i if lead is not None else t.i  # "hundreds of women from the X Association": X acts
            T.add_mention(p, first, t.i + 1, t.i, body, T.actors[body].type, "collective", doc[first:t.i + 1].text)
            return True
        if bare and place is None:  # "the protesters" after "Indigenous protesters": the crowd already named
            known = next((n for n, a in T.actors.items() if a.type == "Group" and n.lower().endswith(" " + t.lower_)), None)
            if known is None:  # "Nationalist groups staged a protest … Several hundred protesters demanded …"
                here = p.start + doc_toks[first].idx
                known = next((n for pos, n in reversed(T.recent) if p.start <= pos < here and n in T.actors
                              and T.actors[n].type == "Group" and n.split()[-1].lower() not in self.crowd_nouns
                              and n.split()[-1].lower() in self.group_nouns), None)
            if known is None and t.lower_ in self.armed_descriptors and first < t.i \
                    and doc_toks[first].lower_ == "the":  # "the insurgents" after "the TPLF": the armed group named last
                here = p.start + doc_toks[first].idx
                known = next((n for pos, n in reversed(T.recent) if pos < here and here - pos < 3000 and n in T.actors
                              and T.actors[n].type == "Group" and T.actors[n].named), None)
            if known is not None:
                T.add_mention(p, first, t.i + 1, t.i, known, "Group", "descriptor", surface)
                return True
        state = None
        for x in range(k + 1, t.i):
            adj = self._adjective_at(doc_toks[x]) if doc_toks[x].text[:1].isupper() else None
            if adj is not None and adj.type == "State":
                state = adj.name
        a = T.add_mention(p, first, last + 1, t.i, name, "Group", "collective", surface)
        if state and state not in a.affiliations:
            a.affiliations.append(state)
        return True

    def _place_after(self, p: Paragraph, t: Any) -> Any:
        """The place token closing "in <Place>" right after a plural ("Local leaders in Oecusse", "Fishermen's
        groups in La Unión"): the qualifier that makes the plural one group of its own; None elsewhere, and None for
        a state or a state's seat ("Leaders in Moscow": Russia's, or nobody's)."""
        prep = next((c for c in children_of(t) if c.dep_ == "prep" and c.lower_ == "in" and c.i == t.i + 1), None)
        obj = next((g for g in children_of(prep) if g.dep_ == "pobj"), None) if prep is not None else None
        if obj is None or not obj.text[:1].isupper() or obj.pos_ != "PROPN" or obj.ent_type_ in ("PERSON", "DATE") \
                or any(c.dep_ == "conj" for c in children_of(obj)) \
                or self.table.at(p, obj.i) is not None:
            return None  # "leaders in the Assembly": a body's own members; "councils in England, Spain …": many;
            # "Leaders in Moscow", "leaders in Russia": a state's (read as its seat), or nobody's, never a group
        e = self.gaz.lookup(_text_of([t for t in subtree_of(obj) if t.i <= obj.i]))
        if e is not None and (e.seat_of or e.kind == "actor" and e.type == "State"):
            return None  # a state or its seat (capital) names no group of its own
        return obj

    def _coalition(self, s: Sentence, t: Any) -> bool:
        """"A coalition of more than 100 countries, led by X, insisted …": an unnamed bloc that acts is a
        group of its own, named by what it gathers."""
        p, T = s.para, self.table
        if t.lower_ not in self.coalitions or not any(c.lower_ in ("a", "an") for c in children_of(t)) or not _acting(t):
            return False
        of = next((c for c in children_of(t) if c.dep_ == "prep" and c.lower_ == "of"), None)
        members = next((g for g in children_of(of) if g.dep_ == "pobj" and g.tag_ == "NNS"  # "of parent councils" too
                        and (g.lower_ in self.group_nouns or g.lower_ in self.placed_group_nouns)), None) \
            if of is not None else None
        if members is None:
            return self._placed_group(s, t) if of is None else False
        own = next((w for c in children_of(members) if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < members.i
                    and (w := T.at(p, c.i) or (c.text if c.pos_ == "PROPN" else None))
                    and w in T.actors and T.actors[w].type in ("Organization", "Group")), None)
        if own is not None:  # "a group of 40 X fighters": some of X's own members, so X acts
            T.add_mention(p, t.i, t.i + 1, t.i, own, T.actors[own].type, "collective")
            return True
        named = T.by_token.get((p.idx, t.head.i)) if t.dep_ == "appos" else None
        if named is not None and named.actor in T.actors and T.actors[named.actor].type != "Person":
            T.actors[named.actor].modifiers.add(members.lower_)  # "the unions" later is that body
            return False  # "The X Forum, an alliance of 14 unions,": the body just named, described
        text = _text_of(list(p.doc[t.i:members.i + 1]))
        det = min([t.i] + [c.i for c in children_of(t) if c.i < t.i])  # "A smaller group of fans": all of it
        a = T.add_mention(p, t.i, members.i + 1, t.i, text[:1].upper() + text[1:], "Group", "collective",
                          p.doc[det:members.i + 1].text)
        self.unnamed_blocs[a.name] = (t.lower_, members.lower_)
        return True

    def _faction(self, s: Sentence, t: Any) -> bool:
        """"A breakaway faction of the Yapala clan, led by X, says …": a faction the article introduces (an
        indefinite article or a splitting adjective) is a Group of its own, not the body it split from; X, who
        leads it, belongs to it. Named as written ("Breakaway faction of the Yapala clan"), so "the faction" and
        "X's faction" later are it."""
        p, T = s.para, self.table
        doc = p.doc
        if t.lower_ not in self.lex.words("faction_nouns") or t.tag_ != "NN":
            return False
        kids = children_of(t)
        of = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "of" and c.i == t.i + 1), None)
        whole = next((g for g in children_of(of) if g.dep_ == "pobj"), None) if of is not None else None
        if whole is None or not any(u.text[:1].isupper() for u in subtree_of(whole)) or not (
                any(c.lower_ in ("a", "an") for c in kids) or any(c.lower_ in self.lex.words("splitting_adjectives")
                                                                for c in kids)):
            return False  # "the faction" is one named before; "a faction of lawmakers" is nobody's group
        first = min([t.i] + [c.i for c in kids if c.dep_ in ("amod", "compound") and c.i < t.i])
        det = min([first] + [c.i for c in kids if c.dep_ == "det"])
        end = whole.i + 1  # "of the Yapala clan", without what hangs on it ("…, led by X,")
        if end - t.i > 8:
            return False
        lo = of.i + 1
        while lo < whole.i and tokens_of(doc)[lo].lower_ == "the":
            lo += 1
        text = _text_of(list(doc[lo:end])) + " " + _text_of(list(doc[first:t.i + 1]))  # "Yapala clan breakaway faction":
        # headed by the faction, so "the clan" later is not it
        a = T.add_mention(p, det, t.i + 1, t.i, text[:1].upper() + text[1:], "Group", "collective", doc[det:end].text)
        a.aliases.add(_clean_surface(doc[first:end].text))  # "breakaway faction of the Yapala clan"
        a.modifiers.add(t.lower_)
        if first < t.i:
            a.aliases.add(_clean_surface(doc[det:t.i + 1].text))  # "a breakaway faction"
        led = next((c for c in [*kids, *children_of(whole)] if c.dep_ == "acl" and c.lemma_ in ("lead", "head")), None)
        agent = next((g for c in children_of(led) if c.dep_ == "agent" for g in children_of(c) if g.dep_ == "pobj"),
                     None) if led is not None else None
        leader = T.at(p, agent.i) if agent is not None else None
        if leader is not None and T.actors[leader].type == "Person" and a.name not in T.actors[leader].affiliations:
            T.actors[leader].affiliations.append(a.name)  # "led by Martha Pundiya": she is of the faction
        return True

    def _placed_group(self, s: Sentence, t: Any) -> bool:
        """"… while a Regina-area group said it opposed any strike": an unnamed group that speaks, known by
        the place it comes from (a capitalised modifier naming no actor nor a state's adjective), is a group
        of its own named so; "a rebel group said" names nothing."""
        p, T = s.para, self.table
        if t.tag_ != "NN" or t.dep_ != "nsubj" or t.head.lemma_ not in self.lex.reporting:
            return False
        mods = [c for c in children_of(t) if c.dep_ in ("compound", "amod") and c.i < t.i]
        words = [u for c in mods for u in subtree_of(c)]
        if not words or not any(u.pos_ == "PROPN" and u.text[:1].isupper() for u in words) or any(
                T.at(p, u.i) or (u.text[:1].isupper() and self._adjective_at(u) is not None) for u in words):
            return False
        first = min(u.i for u in words)
        det = min([first] + [c.i for c in children_of(t) if c.dep_ == "det"])  # "a Regina-area group" as written
        text = _text_of(list(p.doc[first:t.i + 1]))
        T.add_mention(p, first, t.i + 1, t.i, text, "Group", "collective", p.doc[det:t.i + 1].text)
        return True

    def spokesman_of_kind(self, s: Sentence) -> None:
        """"a union spokeswoman", "a guild official", "the rebel spokesman": a speaker named by the kind of
        body he speaks for is that body, when the article has named one body of that kind before."""
        p, T = s.para, self.table
        heads = self.lex.cached("actors.kind_speaker_heads", lambda raw: frozenset(raw.get("proxy_nouns", [])) | {
            "official", "officials", "leader", "leaders", "negotiator", "negotiators", "source", "sources"})
        for t in s.tokens if not s.lowers.isdisjoint(heads) else ():
            if t.lower_ not in heads or (p.idx, t.i) in T.by_token:
                continue
            kind = next((c for c in children_of(t) if c.dep_ in ("compound", "amod") and c.i < t.i and c.pos_ in ("NOUN", "ADJ")
                         and c.text.islower() and (p.idx, c.i) not in T.by_token), None)
            if kind is None:
                continue
            word = kind.lower_
            syn = self._family(word) | set(_descriptor_synonyms(self.lex).get(word, ())) | (
                {word, word + "s"} if word in self.group_descriptors else set())
            if not syn:
                continue
            here = p.start + t.idx
            for pos, name in reversed(T.recent):
                a = T.actors.get(name)
                if pos >= here or a is None or a.type in ("Person", "State"):
                    continue
                if here - pos > 3000:
                    break
                if _name_heads(name) & syn or a.modifiers & syn or (word == "rebel" and a.type == "Group"):
                    T.add_mention(p, kind.i, kind.i + 1, kind.i, name, a.type, "descriptor", None, record=False)
                    break

    def _family(self, head: str) -> set[str]:
        """The words that name one kind of body ("union", "guild", "association"), from lexicon.json
        ``descriptor_families``: "the guild" may be a union's description and "the union" a guild's."""
        out: set[str] = set()
        for fam in self.lex.raw.get("descriptor_families", []):
            if head in fam:
                out.update(fam)
        return out

    def _adjective_at(self, t: Any) -> Entry | None:
        """The state or group the adjective ending at token ``t`` stands for, the longer one first: spaCy
        splits "South Sudanese" into "South" + "Sudanese", which alone would be Sudan."""
        if t.i > 0 and tokens_of(t.doc)[t.i - 1].text[:1].isupper():
            two = self.gaz.adjective(tokens_of(t.doc)[t.i - 1].text + " " + t.text)
            if two is not None:
                return two
        e = self.gaz.adjective(t.text)
        return None if e is not None and (self._opens_place_name(t, e) or closes_region_adjective(self.gaz, t)) else e

    def _opens_place_name(self, t: Any, e: Entry) -> bool:
        """Whether the adjective ``t`` is the first word of a place's own name ("British Columbia",
        "the Indian Ocean"): spaCy reads the words as one place, not the state ``e`` itself ("Saudi Arabia")."""
        nxt = tokens_of(t.doc)[t.i + 1] if t.i + 1 < len(t.doc) else None
        if nxt is None or t.ent_type_ not in ("GPE", "LOC") or nxt.ent_iob_ != "I" or not nxt.text[:1].isupper():
            return False
        ent = next(x for x in t.doc.ents if x.start <= t.i < x.end)
        words = [w.text for w in ent if w.text[:1].isupper()]
        whole = self.gaz.lookup(" ".join(words))
        return whole is None or whole.name != e.name

    def _opens_adjective(self, t: Any) -> bool:
        """Whether ``t`` is the first word of a two-word adjective ("South" of "South African"), which
        :meth:`_adjective_at` reads at its last word."""
        return t.text[:1].isupper() and t.i + 1 < len(t.doc) and \
            self.gaz.adjective(t.text + " " + tokens_of(t.doc)[t.i + 1].text) is not None

    def _regional_body(self, adjective: str, e: Entry) -> str:
        """"European officials" in a story about the European Union: a region's adjective stands for the
        union of that region the article names (one body named "<adjective> <union word>"), else the region."""
        if e.type == "State":
            return e.name
        words = _body_name_nouns(self.lex)
        named = [n for n, a in self.table.actors.items() if a.type in ("Organization", "Group")
                 and len(n.split()) == 2 and n.split()[0] == adjective and n.split()[1].lower() in words]
        if len(named) == 1:
            return named[0]
        # "The European powers" once "the three European powers" (the E3) are in the story: the one
        # group the gazetteer describes by that adjective
        low = {adjective.lower(), adjective.lower() + "s"}
        grouped = [n for n, a in self.table.actors.items() if a.type == "Group" and n != e.name
                   and (g := self.gaz.lookup(n)) is not None and g.name == n
                   and any(low & set(d.lower().split()) for d in g.descriptors)]
        return grouped[0] if len(grouped) == 1 else e.name

    def _type_of(self, name: str) -> str:
        """An actor's type: as the article has it, else as the gazetteer has it ("Europe" is a group)."""
        if name in self.table.actors:
            return self.table.actors[name].type
        e = self.gaz.entries.get(name)
        return e.type if e is not None and e.kind == "actor" else "State"

    def _adjective_of(self, state: str) -> str | None:
        e = self.gaz.entries.get(state)
        return e.adjectives[0] if e and e.adjectives else None

    def _unnamed_one_before(self, p: Paragraph, at: int, role: str) -> bool:
        """"A spokesman for the prime minister said … The spokesman added": "the" points back to the one the
        article brought in unnamed just before, not to a spokesman it names further on."""
        before = p.text[:at]
        if p.idx > 0:  # and the paragraph before (self.paras is listed by idx)
            before = self.paras[p.idx - 1].text + "\n" + before
        return _unnamed_role_re(role).search(before) is not None

    def _unnamed_one_at(self, p: Paragraph, at: int, role: str) -> str | None:
        """The actor an unnamed "a <role>" just before (this paragraph or the one before) stands for ("A Croatian
        diplomat" → Croatia), "" when it stands for none, None when no unnamed one came before."""
        for q, text in ((p, p.text[:at]), (self.paras[p.idx - 1], self.paras[p.idx - 1].text) if p.idx > 0 else (p, "")):
            hits = list(_unnamed_role_re(role).finditer(text))
            if hits:
                m = hits[-1]
                T, since = self.table, q.start + m.start()
                if any(since < pos < p.start + at and n in T.actors and T.actors[n].type == "Person"
                       and any(r.lower().split()[-1:] == [role] for r in T.actors[n].roles) for pos, n in T.recent):
                    return None  # "A minister said … Minister X said … The minister added": X, the one named since
                cs = q.doc.char_span(m.start(), m.end(), alignment_mode="expand")
                return next((a for t in (reversed(list(cs)) if cs is not None else ()) if (a := self.table.at(q, t.i))), "")
        return None

    def descriptors(self, s: Sentence) -> None:
        p, T = s.para, self.table
        doc = p.doc
        doc_toks = tokens_of(doc)
        text = p.text
        for m in self.descriptor_re.finditer(s.text):
            st = s.span.start_char + m.start()
            en = s.span.start_char + m.end()
            cs = doc.char_span(st, en, alignment_mode="expand")
            toks = list(cs) if cs is not None else []
            if not toks or any((p.idx, t.i) in T.by_token and T.by_token[(p.idx, t.i)].kind == "name"
                               and T.actors[T.by_token[(p.idx, t.i)].actor].type == "Person" for t in toks[1:]):
                continue
            if any(c.dep_ == "appos" and c.lemma_.lower() not in self.part_of_nouns
                   and any((p.idx, d.i) in T.by_token for d in subtree_of(c))  # ("the company, a unit of X,": not X)
                   for u in toks for c in [*children_of(u), *_prep_objects_children(u)]):  # "Its secretary-general, X,": the
                # apposition hangs on "secretary"; "Its representative in Beirut, X,": the parse hangs it on the place
                continue  # "Its chief negotiator, Ambassador X,", "The US envoy, Chief of Mission X,": the apposition names him
            nxt = text[en:en + 4]
            if nxt.startswith(" of ") and m.group(1).lower() == "the" and not re.match(r" of (?:the )?[A-Z]", text[en:en + 9]):
                pass  # "accused the comptroller of acting …": the of-phrase is the verb's, not the office's
            elif nxt.startswith(" of ") and m.group(1).lower() == "the":
                self._office_of(p, st, en)  # "the Minister of Labour" after "the Minister of Labour and Employment, X"
                continue
            elif nxt.startswith(" of ") or (nxt.startswith(" to ") and not self._infinitive_after(doc, toks[-1].i)) \
                    or (toks[-1].i + 1 < len(doc) and doc_toks[toks[-1].i + 1].pos_ == "PROPN"):
                continue  # "the envoy to Sudan" is another office; "urged the minister to act" is this one
            det = m.group(1).lower()
            qual = (m.group(2) or "").strip()
            role = m.group(4).lower()
            if qual and qual.lower() not in OFFICE_MODIFIERS and f"{qual} {role}".lower() in self.lex.role_words:
                qual, role = "", f"{qual} {role}".lower()  # "The Attorney General": one title, not a general
            if qual.lower() in self.office_only_modifiers:
                continue  # "since taking over the rotating chair": the office itself, held by no one named
            if (known := _KNOWN_AS_AFTER.match(text, en)) is not None and any(
                    u.lower_ in ("known", "called", "dubbed", "nicknamed") and u.tag_ == "VBN"
                    for u in doc_toks[toks[-1].i + 1:toks[-1].i + 4]) or (known and "alias" in known.group(0)):
                # (a participle: "the minister called it a final offer" names nobody)
                # "the commander known as 'Ivan Mordisco'": the name that follows is who this is, or no one
                after = [u for u in doc_toks[toks[-1].i + 1:toks[-1].i + 6] if u.idx >= known.end()][:2]
                who = next((T.by_token[(p.idx, u.i)] for u in after if (p.idx, u.i) in T.by_token), None)
                if who is not None and who.actor in T.actors and T.actors[who.actor].type == "Person":
                    T.add_mention(p, toks[0].i, toks[-1].i + 1, toks[-1].i, who.actor, "Person", "descriptor",
                                  text[st:en], record=det == "the")
                continue
            self.unresolved_surface[p.start + st] = text[st:en]
            office = [w for w in (qual + " " + (m.group(3) or "")).lower().split()
                      if w in OFFICE_MODIFIERS]  # "the prime minister", "the Prime Minister": the office's own word
            if det == "the" and not qual and (one := self._unnamed_one_at(p, st, role)) is not None:
                # "A Croatian diplomat said … The diplomat said …": that unnamed one again (his state's voice), not a
                # diplomat the article names
                if one and T.actors[one].type != "Person":
                    T.add_mention(p, toks[0].i, toks[-1].i + 1, toks[-1].i, one, T.actors[one].type, "descriptor",
                                  text[st:en], record=False)
                continue
            target = self.match_descriptor(qual, role, p.start + st, det, office)
            if target and det == "its" and not self._serves_its_owner(s, p.start + st, target):
                target = None  # "a deal negotiated over its head": the head of the body "its" is, else no one
            if target:
                surface = text[st:en]  # "his Turkish counterpart" is the person's description too
                T.add_mention(p, toks[0].i, toks[-1].i + 1, toks[-1].i, target, "Person", "descriptor", surface,
                              record=det == "the")
            elif det == "the" and role in self.office_heads and not re.match(r"'s|\u2019s", nxt) \
                    and not self._unnamed_one_before(p, st, role):
                self.later_offices.append((p, toks[0].i, toks[-1].i + 1, qual, (m.group(3) or "").lower().split(), role,
                                           text[st:en]))
        for m in self.owned_office_re.finditer(s.text):  # "Iraq's federal oil minister said", named further on
            st, en = s.span.start_char + m.start(), s.span.start_char + m.end()
            cs = doc.char_span(st, en, alignment_mode="expand")
            e = self.gaz.lookup(m.group(1)) if m.group(1) else None
            if cs is None or (m.group(1) and (e is None or e.kind != "actor" or e.type != "State")) or any(
                    (p.idx, t.i) in T.by_token for t in cs[1:] if t.tag_ != "POS") or (cs.end < len(doc) and doc_toks[cs.end].pos_ == "PROPN"):
                continue  # "Russia's foreign minister Sergei Lavrov": the name is right there
            if re.match(r"(?:'s|\u2019s|\s+(?:of|to|for)\b)", s.text[m.end():m.end() + 5]):
                continue  # "Brazil's minister of trade", "the Prime Minister's Office": another office or a body
            if not m.group(1) and self._unnamed_one_before(p, st, m.group(3).lower()):
                continue  # "A spokesman for X said … The spokesman added": that one, not one named further on
            first = next((t.i + 1 for t in cs if t.tag_ == "POS"), cs.start + 1) if m.group(1) else cs.start
            self.later_offices.append((p, first, cs.end, m.group(1) or "", m.group(2).lower().split(),
                                       m.group(3).lower(), m.group(0)))
        self._possessed_bodies(s)
        for m in re.finditer(r"\b([A-Z][\w\-]+)(?:'s|\u2019s) (leader|chief|head|commander|spokesman|spokesperson|envoy)\b",
                             s.text) if "'s " in s.text or "\u2019s " in s.text else ():  # (what it needs: no search without)
            st = s.span.start_char + m.start()
            self.unresolved_surface[p.start + st] = m.group(0)
            org = self.gaz.lookup(m.group(1))
            cs = doc.char_span(st, s.span.start_char + m.end(), alignment_mode="expand")
            subject = cs is not None and cs.root.dep_ in ("nsubj", "nsubjpass")
            if org is not None and org.kind == "actor" and org.type != "State" and subject:
                self.unresolved.append((p.start + st, m.group(1), m.group(2)))
        # gazetteer descriptors and head-noun descriptions: "the bloc", "the ministry", "the group"
        for t in s.tokens if "the" in s.lowers else ():
            if t.lower_ != "the" or t.i + 1 >= s.span.end:
                continue
            nxt = doc_toks[t.i + 1]
            if (p.idx, nxt.i) in T.by_token or nxt.pos_ not in ("NOUN", "PROPN", "ADJ"):
                continue
            j = nxt.i + 1
            if nxt.pos_ == "ADJ" and j < s.span.end and doc_toks[j].pos_ == "NOUN":
                j += 1
            if nxt.dep_ == "compound" and nxt.pos_ == "NOUN" and j < s.span.end and (
                    doc_toks[j].pos_ == "NOUN" or (doc_toks[j].pos_ == "PROPN" and doc_toks[j].text.islower())) \
                    and nxt.head.i == j and (doc_toks[j].lower_ in self.org_words or nxt.lower_ in self.org_words):
                j += 1  # "the school district", "the district lodge": the head names the body
            owner_word = None
            if nxt.dep_ == "poss" and nxt.tag_ == "NNS" and j + 1 < s.span.end and doc_toks[j].tag_ == "POS" \
                    and doc_toks[j + 1].lower_ in self.org_words and nxt.head.i == j + 1:
                owner_word, j = nxt.lower_, j + 2  # "the teachers' federation": a body described by its members
            phrase = p.doc_text[t.idx:doc_toks[j - 1].idx + len(doc_toks[j - 1].text)]  # = doc[t.i:j].text, no Span
            if nxt.dep_ == "compound" and j == nxt.i + 1 and nxt.head.i > nxt.i and nxt.head.pos_ == "NOUN" \
                    and nxt.head.lower_ not in self.org_words | MEMBERS | self.lex.role_heads | self.table.proxies:
                continue  # "the state property law": the noun names what the law is, not who acts
            named = nxt.text[:1].isupper() and t.i > s.span.start  # "the Federation": a name, not a description
            after = T.by_token.get((p.idx, j)) if j < s.span.end and doc_toks[j].text[:1].isupper() else None
            if after is not None and after.actor in T.actors and T.actors[after.actor].type != "Person" \
                    and after.i == j and not named:
                if doc_toks[j - 1].lower_ in self.org_words and nxt.text.islower() and T.actors[after.actor].type != "State" \
                        and (doc_toks[j - 1].head.i >= j or any(c.dep_ == "appos" and c.i >= j for c in children_of(doc_toks[j - 1]))):
                    T.actors[after.actor].aliases.add(_clean_surface(phrase))  # "the nationalist party X": later
                    # "the nationalist party" is X (a lower-case description ending in a body's word only)
                continue  # "the campaign group Severnvale Customers' Alliance": the name that follows is who it is
            k = j
            while k < s.span.end and k - j < 3 and doc_toks[k].pos_ in ("NOUN", "PROPN") and doc_toks[k].text.islower():
                k += 1
            if k > j and doc_toks[j - 1].dep_ == "compound" and (m := T.by_token.get((p.idx, k))) is not None \
                    and m.kind == "name" and T.actors[m.actor].type != "Person":
                continue  # "The trade union federation OGB": the words open that body's name, no earlier body's
            target = None
            if j - t.i == 3 and nxt.pos_ == "NOUN" and nxt.dep_ == "compound" and nxt.text.islower() \
                    and doc_toks[j - 1].lower_ in self.org_words | {"group", "camp", "side", "lobby"}:
                here, kin = p.start + t.idx, {nxt.lower_, nxt.lower_ + "s", nxt.lemma_.lower() + "s"}
                target = next((n for pos, n in reversed(T.recent) if pos < here and here - pos < 6000 and n in T.actors
                               and T.actors[n].type in ("Group", "Organization") and norm(n).split()[-1:]
                               and norm(n).split()[-1] in kin), None)  # "the creditor group" → "Senior creditors"
            described = [e.name for e in self.gaz.descriptor_index.get(norm(phrase), []) if e.name in T.actors]
            if described:  # "the bloc" in a story about the EU and ASEAN: the one last named
                here = p.start + t.idx
                target = next((n for pos, n in reversed(T.recent) if pos < here and n in described), described[-1])
            if target is not None and j - t.i == 2:  # "the Coalition for Change bloc … the bloc": the one just named so
                here = p.start + t.idx
                near = next((n for pos, n in reversed(T.recent) if pos < here and here - pos < 1500 and n in T.actors
                             and nxt.lower_ in T.actors[n].modifiers and T.actors[n].type != "Person"), None)
                target = near or target
            if not named:  # "The largest union in the sector, Industri Energi, accepted": the name in apposition
                target = next((app.actor for c in children_of(doc_toks[j - 1]) if c.dep_ == "appos" and c.i >= j
                               and (app := T.by_token.get((p.idx, c.i))) is not None and app.kind == "name"
                               and T.actors[app.actor].type in ("Organization", "Group")), target)
            head = doc_toks[j - 1].lower_
            if head in self.military or head == "forces":
                continue
            fallback = wordy = other_kind = None
            nation = nxt.lower_ if j - t.i == 3 and nxt.text[:1].isupper() and (ne := self._adjective_at(nxt)) is not None \
                and ne.type == "State" else None  # "the Danish company" names a Danish body only
            if target is None and head in self.org_words and t.i >= 2 and doc_toks[t.i - 1].text == "," \
                    and not (j < len(doc) and doc_toks[j].tag_ == "POS"):  # "X, the front's armed wing": the front owns X
                before = T.by_token.get((p.idx, t.i - 2))
                if before is not None and before.kind == "name" and T.actors[before.actor].type in ("Organization", "Group"):
                    target = before.actor  # "Unifor, the union representing autoworkers,": the body just named
            if target is None and (head == "group" or head in self.org_words):
                target = self._speakers_body(p, doc_toks[j - 1], head)
            if target is None and head in self.company_nouns:
                target = self._last_firm(p.start + t.idx, nation)
            if target is None:  # "the union" again: the body the article has already called so, if near
                here, said = p.start + t.idx, norm(phrase)
                tried: set[str] = set()  # each name's aliases read once, not once per mention (no set per name)
                for pos, n in reversed(T.recent):
                    if pos < here and here - pos < 4000 and n not in tried:
                        tried.add(n)
                        if n in T.actors and T.actors[n].type != "Person" and any(norm(x) == said for x in T.actors[n].aliases):
                            target = n
                            break
            if target is None and not named:
                target = self._headed_body(p.start + t.idx, head, owner_word or (nxt.lower_ if j - t.i == 3 else None))
            if target is None and not named:
                here = p.start + t.idx
                syn = set(_descriptor_synonyms(self.lex).get(head, (head,))) | {head} | self._family(head)
                armed = head in self.armed_descriptors
                for pos, name in reversed(T.recent):
                    a = T.actors.get(name)
                    if a is None or a.type == "Person" or pos >= here or not _named_for(name, owner_word):
                        continue
                    if j - t.i == 3 and nxt.pos_ in ("ADJ", "NOUN") and nxt.lower_ not in GENERIC_ADJ \
                            and nxt.lower_ not in self.sector_nouns and nxt.lower_ not in a.modifiers \
                            and nxt.lower_ not in norm(name).split() and not any(nxt.lower_ in norm(x).split() for x in a.aliases):
                        continue  # "the joint commission" is not the "Central Election Commission", nor "the school
                        # board" the "Public Employment Relations Board"
                    if fallback is None and a.type == "Group" and armed:
                        fallback = name  # "the rebels", "the insurgents": the armed group last named, if nothing fits better
                    if "army" in syn and head != "army" and norm(name).split()[-1] == "army":
                        if a.type == "Group" and fallback is None:
                            fallback = name  # "the rebels": an armed group only if no front or alliance is near
                        continue
                    if a.type != "State" and (_name_heads(name) & syn or head in a.modifiers
                                              or any(_name_heads(x) & syn for x in a.aliases)):
                        if head == "group" and self._only_owned(name, here):
                            fallback = fallback or name  # "a former commander of the X Group … The group demanded":
                            continue  # X was only whose he was, even when "Group" is its name's own word
                        if head == "union" and not self._workers_body(name, a):
                            other_kind = other_kind or name  # "The union said" after "the Saskatchewan Teachers'
                            continue  # Federation … the School Boards Association said": the teachers' body, if named
                        target = name  # "the guild": "Writers Guild of America"; "the bloc": "Africa Group"
                        break
                    if a.type != "State" and j - t.i == 3 and nxt.pos_ in ("NOUN", "ADJ") and (
                            nxt.lower_ in a.modifiers or nxt.lower_ + "s" in a.modifiers) and (
                            head in self.org_words or head in self.coalitions):
                        target = name  # "the rebel movement" after "the M23 rebels"
                        break
                    if a.type in ("Organization", "Group") and head in self.org_words and wordy is None and (
                            syn & set(re.findall(r"[a-z]+", norm(name)))):
                        wordy = name  # "the mission" → "UN Support Mission in Libya": the word inside the name
                    if head == "group" and (a.type == "Group" or (a.type == "Organization" and not (
                            set(norm(name).split()) & (self.body_nouns | self.military | {"union", "nations", "council"})))):
                        if self._only_owned(name, here):  # "through a former commander of the X … The group
                            fallback = fallback or name  # demanded": X was only whose he was; the group that acted
                            continue
                        target = name  # "two SDF members, the group said": the body just named, armed or not
                        break
                    if a.type == "State" and head in self.body_nouns and j - t.i == 2 and any(
                            norm(x).split()[-1:] == [head] for x in a.aliases):
                        target = name  # "China's foreign ministry said … The ministry said …": China again
                        break
                    if p.start + t.idx - pos > 3000:
                        break
                target = target or other_kind or wordy or fallback
            if target is not None and head in self.company_nouns and not self._may_be_firm(target):
                target = None  # "ordered the operator to pay", "the company said": a firm, never the regulator
            if target is None and not named and j - t.i == 2 and nxt.tag_ == "NNS" and head not in MEMBERS \
                    and head not in self.lex.role_words:
                target = self._body_of_members(s, p.start + t.idx, head)  # "the publishers" → "… Publishers … Group"
            if target is None and not named and j - t.i == 3 and self._members_body(nxt, owner_word, head):
                name = phrase.split(None, 1)[1]  # "the bondholder committee had offered …": the committee of that
                T.add_mention(p, t.i + 1, j, j - 1, name[:1].upper() + name[1:], "Group", "name", name)  # trade is a
                continue  # party of its own when the article never names it
            if target is None and (head in self.org_words or head in self.units) and j - t.i >= 2:
                self.later_bodies.append((p, t.i, j, head, phrase, p.start + t.idx))  # named further on
            if target is None and head in self.company_nouns:
                # "the company": the one body in the story whose name is a brand, not an institution
                early = [n for n, a in T.actors.items() if a.type == "Organization" and a.first < p.start + t.idx
                         and (nation is None or nation in a.modifiers)  # "the Danish company": a Danish one
                         and self._may_be_firm(n)]  # not the "Communications Authority", whatever its trade word
                described = [n for n in early if any(norm(x) in self.company_nouns for x in T.actors[n].aliases)]
                brands = described or [n for n in early if self.firm_words & {w.lower().strip(".") for w in n.split()}] or [
                    n for n in early if " " not in n and not n.isupper() and n.lower() not in self.org_words]
                if not brands:  # "SwiftRoute Parcel": a name of no institution's word, unknown to the gazetteer
                    start = next((q.start for q in self.paras if q.kind == "body" and not q.text.startswith("By ")),
                                 0)  # a byline's "Labour Correspondent" is no firm
                    institution = self.org_words | self.body_nouns
                    brands = [n for n in early if not n.isupper() and self.gaz.lookup(n) is None and not any(
                        w.lower().strip(".,'") in institution for w in n.split())
                        and any(m[0] >= start for m in T.actors[n].mentions)]
                brands = _without_units(brands)  # not "Air Canada Rouge", a unit of the firm, beside "Air Canada"
                target = brands[0] if len(brands) == 1 else None
            if target is None and head in ("paramilitary", "group", "paramilitaries"):
                for _pos, name in reversed(T.recent):
                    a = T.actors.get(name)
                    if a and _pos < p.start + t.idx and _named_for(name, owner_word) and (nation is None or nation in a.modifiers) \
                            and (head in a.modifiers or (head == "group" and a.type == "Group")):
                        target = name
                        break
            whole = self._whole_in_apposition(p, doc_toks[j - 1]) if target is not None else None
            if whole is not None and (target == whole or whole.endswith(" " + target)):
                here = p.start + t.idx  # "the company, a unit of X Group, said": never X (a short "X" read as the
                target = next((n for pos, n in reversed(T.recent) if pos < here and n not in (target, whole)  # group
                               and n in T.actors and T.actors[n].type == "Organization" and self._may_be_firm(n)), None)
                # before, or "South Africa's X Group" named so): the firm named before it
            if target is not None and self._scoped_by(p, doc_toks[j - 1], target):
                target = None  # "the largest union at X" is not X: the body is named further on, if at all
                if head in self.org_words or head in self.units:
                    self.later_bodies.append((p, t.i, j, head, phrase, p.start + t.idx))
            if target:
                T.add_mention(p, t.i, j, j - 1, target, T.actors[target].type, "descriptor", phrase)
                self._office_holder_of(p, doc_toks[j - 1], target)

    def _only_owned(self, name: str, here: int) -> bool:
        """Was ``name`` named before ``here`` only as whose a person or member is ("a former commander of the
        X", "a member of X")? Such a body has not acted in the story, so "the group" is not it while a group
        that acted is near."""
        T = self.table
        owners = self.lex.role_heads | RANKS_OF_A_BODY | MEMBERS
        seen = False
        for (pi, ti), m in T.by_token.items():
            if m.actor != name or ti != m.head:
                continue
            p = self.paras[pi]
            if p.start + tokens_of(p.doc)[ti].idx >= here:
                continue
            seen = True
            h = tokens_of(p.doc)[ti]
            if not (h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.lemma_.lower() in owners):
                return False
        return seen

    def _members_body(self, nxt: Any, owner_word: str | None, head: str) -> bool:
        """"the bondholder committee", "the creditors' committee": a body (lexicon ``member_body_heads``) named by
        the plural its members are (``group_nouns``), when no capitalised name in the article holds both words
        (then that name is the body, read by :meth:`_later_bodies`)."""
        if head not in self.lex.words("member_body_heads"):
            return False
        member = owner_word or (nxt.lower_ if nxt.pos_ == "NOUN" and nxt.dep_ == "compound" and nxt.text.islower()
                                else None)
        if not member:
            return False
        plural = member if member.endswith("s") else member + "s"
        if plural not in self.group_nouns:
            return False
        stem = plural[:-1]
        return not any(re.search(rf"\b{head.capitalize()}\b[^.]*\b{stem.capitalize()}|\b{stem.capitalize()}s?\b[^.]*"
                                 rf"\b{head.capitalize()}\b", q.text) for q in self.paras)

    def _serves_its_owner(self, s: Sentence, here: int, person: str) -> bool:
        """"The UN mission … Its head said": "its X" is a person of a body (or state) named in this sentence
        before it or in the one before, not whoever last held a like office ("The Palestinian Authority …
        said it will not accept a deal negotiated over its head" is no opposition leader's)."""
        T = self.table
        prev = self._sentence_before(s)
        lo = prev.start if prev is not None else s.start
        owners = {n for pos, n in T.recent if lo <= pos < here and n in T.actors and T.actors[n].type != "Person"}
        return bool(owners & set(T.actors[person].affiliations)) if person in T.actors else False

    def _may_be_firm(self, name: str) -> bool:
        """Can a firm's descriptor ("the company", "the operator", "the carrier") name ``name``? Not a state,
        nor a public body whose name has an authority's word ("Postal Authority of Malawi",
        "the Ministry of Trade", "the Supreme Court": ``public_body_words``)."""
        a = self.table.actors.get(name)
        if a is None or a.type not in ("Organization", "Group"):
            return False
        if {w.lower().strip(".,'") for w in name.split()} & self.public_body_words:
            return False
        kinds = self.lex.words("non_firm_descriptor_heads")  # "the union", "the largest union" named it before:
        return not self._workers_body(name, a) and not any(  # another kind of body, never "the company"
            (w := norm(x).split()) and w[-1] in kinds for x in a.aliases)

    def _whole_in_apposition(self, p: Paragraph, head: Any) -> str | None:
        """The body an apposition names as what ``head`` is part of ("the company, a unit of X," : X), else None."""
        for c in children_of(head):
            if c.dep_ == "appos" and c.lemma_.lower() in self.part_of_nouns:
                for prep in children_of(c):
                    if prep.dep_ == "prep" and prep.lower_ == "of":
                        for g in children_of(prep):
                            m = self.table.by_token.get((p.idx, g.i)) if g.dep_ == "pobj" else None
                            if m is not None:
                                return m.actor
        return None

    def _last_firm(self, here: int, nation: str | None) -> str | None:
        """"Talks between NHS England and drugmaker Corvex broke down. The company denied …": with several
        firms in the story, "the company" is the one named just before (within a few sentences), and "the
        Danish company" the last Danish one; None when the story has one firm or none is near."""
        T = self.table
        early = {n for n, a in T.actors.items() if a.type == "Organization" and a.first < here
                 and (nation is None or nation in a.modifiers) and self._may_be_firm(n)}
        rivals = {n for n in early if any(norm(x) in self.company_nouns for x in T.actors[n].aliases)
                  or self.firm_words & {w.lower().strip(".") for w in n.split()}
                  or T.actors[n].modifiers & self.firm_kinds}  # firms by name or trade only:
        # not a union or a town NER took for a body
        rivals = set(_without_units(rivals))  # "its leisure carrier Air Canada Rouge" is a unit of Air Canada: "the
        # airline" after it is still Air Canada
        if len(rivals) < 2:
            return None
        last = next(((pos, n) for pos, n in reversed(T.recent) if pos < here and n in rivals), None)
        return last[1] if last is not None and (nation is not None or here - last[0] < 600) else None

    def _workers_body(self, name: str, a: Actor) -> bool:
        """A body "the union" can mean: one named a union, or for the workers it speaks for ("Teachers' Federation",
        "Congress of Trade Unions"; events.json ``union_name_words``), not an association of boards or employers."""
        words = {w.rstrip("'\u2019") for x in (name, *a.aliases) for w in norm(x).split()}  # "Teachers'"
        unions = self.lex.cached("actors.union_name_words", lambda raw: frozenset(raw.get("union_name_words", [])))
        return "union" in words or "unions" in words or bool(words & unions)

    def _scoped_by(self, p: Paragraph, head: Any, target: str) -> bool:
        """"The largest union at X", "the workers' council in X": a body placed at or in an actor is
        one of that actor's parts or people, never the actor itself."""
        a = self.table.actors.get(target)
        if a is None:
            return False
        places = [g for c in children_of(head) if c.dep_ == "prep" and c.lower_ in ("at", "in", "within", "inside")
                  for g in children_of(c) if g.dep_ == "pobj" and g.pos_ == "PROPN"]
        if not places:
            return False
        key = norm(target)
        names = {key} | {norm(x) for x in a.aliases}  # built only when the body is placed somewhere
        for g in places:
            place = norm(p.doc[g.left_edge.i:g.i + 1].text)
            if self.table.at(p, g.i) == target or place in names or place.startswith(key + " "):
                return True
        return False

    @staticmethod
    def _infinitive_after(doc: Any, i: int) -> bool:
        """"urged the minister to bring …": the "to" after token ``i`` marks a verb, not a destination."""
        doc_toks = tokens_of(doc)
        return i + 2 < len(doc) and doc_toks[i + 1].lower_ == "to" and doc_toks[i + 1].dep_ == "aux" \
            and doc_toks[i + 2].pos_ in ("VERB", "AUX")

    def _possessed_bodies(self, s: Sentence) -> None:
        """"Portugal's main federation of rail unions turned down …": a union, party or federation that a
        state's name owns is no body of that state's; it is the one body the article names so (the
        "National Federation of Railway Workers" further on), else the state stands as before."""
        p, T = s.para, self.table
        civil = self.lex.cached("actors.civil_body_nouns", lambda raw: frozenset(raw.get("civil_body_nouns", [])))
        for t in s.tokens:
            if t.dep_ != "poss" or t.head.i <= t.i or t.head.lower_ not in civil or (p.idx, t.head.i) in T.by_token:
                continue
            owner = T.actors.get(T.at(p, t.i) or "")
            if owner is None or owner.type != "State":
                continue
            h = t.head
            if h.i - 1 <= t.i or (p.idx, h.i - 1) in T.by_token:
                continue  # "its union": a pronoun's own mention stays
            mods = [c.lower_ for c in children_of(h) if c.dep_ == "compound" and c.i > t.i and c.text.islower()]
            self.later_bodies.append((p, h.i - 1, h.i + 1, h.lower_, " ".join(["the", *mods, h.lower_]), p.start + h.idx))

    def _body_of_members(self, s: Sentence, here: int, plural: str) -> str | None:
        """"the publishers" for the "Game Publishers Bargaining Group", "the employers" for the
        "Harbour Employers Council": the one body near (or named in the same sentence) whose name holds
        the plural noun as a word of its own."""
        found: list[str] = []
        for pos, name in reversed(self.table.recent):
            a = self.table.actors.get(name)
            if a is None or a.type not in ("Organization", "Group") or pos >= s.end or here - pos > 3000:
                continue
            words = norm(name).replace("'", " ").split()
            if plural in words[:-1] and name not in found:
                found.append(name)
        return found[0] if len(found) == 1 else None

    def _office_holder_of(self, p: Paragraph, owner: Any, body: str) -> None:
        """"The cooperative's chairman, X,": the body a description names is X's, though the title was
        read before the description was resolved."""
        office = owner.head
        if owner.dep_ != "poss" or (office.lower_ not in self.lex.role_heads and office.lower_ not in self.lex.role_words):
            return
        for c in (*children_of(office), office.head, office):
            who = self.table.at(p, c.i)
            a = self.table.actors.get(who) if who else None
            if a is not None and a.type == "Person":
                if body not in a.affiliations and body != a.name:
                    a.affiliations.append(body)
                return

    def _headed_body(self, here: int, head: str, modifier: str | None) -> str | None:
        """"the group" → "Ad Hoc Group of Bondholders", "the bondholder group" → the same: a body whose
        own name is headed by the description's noun (and holds its modifier, if any) is preferred
        over a more recent body that merely could be called so."""
        T = self.table
        if head in self.armed_descriptors:
            return None  # "the rebels": the loop below weighs alliances against armed groups
        syn = {head} | self._family(head)
        seen: set[str] = set()
        other_kind: str | None = None
        for pos, name in reversed(T.recent):
            if pos >= here or name in seen:
                continue
            if here - pos > 3000:
                break
            seen.add(name)
            a = T.actors.get(name)
            if a is None or a.type == "Person":
                continue
            if a.type == "State":
                if modifier is None and any(norm(x).split()[-1:] == [head] for x in a.aliases):
                    return name  # "China's foreign ministry said … The ministry said …": China again
                continue
            if any(x[:1].islower() and x.split()[-1] == head and (modifier is None or modifier in x.split())
                   and not TAIL_PREPOSITIONS & set(x.split()[1:-1]) for x in a.aliases):  # not "the largest opposition
                # group on the council": that description is headed by "group", the council is another body
                return name  # "Eurofer, the steel industry association, … The association": described so before
            words = set(norm(name).split())
            if not (_name_heads(name) & syn):
                continue
            if modifier is None or modifier in words or modifier + "s" in words or modifier.rstrip("s") in words \
                    or modifier in a.modifiers:
                if head == "group" and self._only_owned(name, here):
                    continue  # "a former commander of the X Group … The group demanded": X only owned him
                if head == "union" and not self._workers_body(name, a):
                    other_kind = other_kind or name  # "the union": a teachers' federation named before the boards'
                    continue  # association named since
                return name
        return other_kind

    def _paragraph_state(self, p: Paragraph, t: Any) -> str | None:
        """"In Addis Ababa, Ethiopia's water minister said … The government would study it, he said": the one state
        whose own voice the paragraph has given before ``t`` (a state, or a person serving one, as the subject of a
        sentence's main verb, not of a clause inside it: "an accusation that Benin is hosting …"; a seat of government the paragraph opens in) is the state its bare "the government" is, in a story of
        several states. None when the paragraph gave no state's voice, or more than one's."""
        T = self.table
        states: set[str] = set()
        own = ("state", "country", "government", "cabinet", "kingdom", "republic", "emirate", "junta", "regime",
               "authorities", "administration")
        for h in tokens_of(p.doc)[:t.i]:
            if h.dep_ == "pobj" and h.head.lower_ == "in" and h.head.head.dep_ == "ROOT" and h.head.i < h.head.head.i:
                name = T.place_at(p, h.i)  # "In Addis Ababa, …": the seat the sentence opens in
                seat = T.places[name]["seat_of"] if name in T.places else None
                if seat in T.actors and T.actors[seat].type == "State":
                    states.add(seat)
                continue
            v = h.head
            while v.dep_ == "conj" and v.head.i != v.i:
                v = v.head
            if h.dep_ not in ("nsubj", "nsubjpass") or v.dep_ != "ROOT" or (h.lower_ in own or h.lower_ in self.state_forms) and (
                    (m := T.by_token.get((p.idx, h.i))) is None or m.kind == "descriptor"):
                continue  # (a bare "the government" read before is no voice; "Morocco's government" is Morocco's)
            for n in T.resolve(p, h):
                a = T.actors.get(n)
                if a is not None and a.type == "State":
                    states.add(a.name)
                elif a is not None and a.type == "Person":
                    states.update(x for x in a.affiliations if x in T.actors and T.actors[x].type == "State")
        if len(states) != 1:
            return None
        one = states.pop()
        return one if sum(1 for x in T.actors.values() if x.type == "State" and x.first < p.start + t.idx) > 1 else None

    def _seat_here(self, s: Sentence) -> str | None:
        """"In Belmopan, the opposition said the government …": the one seat of government the
        sentence sets itself in names the state its bare "the government" is."""
        T, p = self.table, s.para
        seats = set()
        for t in s.tokens:
            name = T.place_at(p, t.i) if t.dep_ == "pobj" and t.head.lower_ == "in" else None
            seat = T.places[name]["seat_of"] if name in T.places else None
            if seat in T.actors and T.actors[seat].type == "State":
                seats.add(seat)
        return seats.pop() if len(seats) == 1 else None

    def body_people(self, s: Sentence) -> None:
        """"District officials say …", "Union leaders voted …": a body's people, named by the body's
        own word, stand for the body the article calls so (or whose name that word heads)."""
        p, T = s.para, self.table
        doc = p.doc
        words = self.people_bodies
        for t in s.tokens if not s.lowers.isdisjoint(PEOPLE_OF) else ():
            if t.lower_ not in PEOPLE_OF or t.i == s.span.start or (p.idx, t.i) in T.by_token:
                continue
            mod = tokens_of(doc)[t.i - 1]
            state = T.last_gov or T.home
            if mod.lower_ in self.national_words and mod.head.i == t.i and state and (p.idx, mod.i) not in T.by_token:
                # "Federal officials maintain …": the national government of the state the story is about
                T.add_mention(p, mod.i, t.i + 1, t.i, state, self._type_of(state), "collective", doc[mod.i:t.i + 1].text)
                continue
            if mod.dep_ not in ("compound", "amod", "nmod") or mod.head.i != t.i or mod.lower_ not in words \
                    or (p.idx, mod.i) in T.by_token:
                continue
            here, said, fam = p.start + mod.idx, norm("the " + mod.lower_), {mod.lower_} | self._family(mod.lower_)
            near = [n for pos, n in reversed(T.recent) if pos < here and here - pos < 4000 and n in T.actors
                    and T.actors[n].type in ("Organization", "Group")]
            target = next((n for n in near if said in {norm(x) for x in T.actors[n].aliases}), None) or next(
                (n for n in near if _name_heads(n) & fam), None)
            if target:
                T.add_mention(p, mod.i, t.i + 1, t.i, target, T.actors[target].type, "descriptor", doc[mod.i:t.i + 1].text)
            elif mod.lower_ in self.org_words | self.units:  # the body is named further on
                self.later_bodies.append((p, mod.i, t.i + 1, mod.lower_, doc[mod.i:t.i + 1].text, here))

    def _speakers_body(self, p: Paragraph, tok: Any, head: str) -> str | None:
        """"X, a KNU spokesman, said the group was ready …": a body described inside what a person
        says is the one body that person speaks for (when its name fits the description)."""
        v = tok
        for _ in range(6):
            if v.head.i == v.i:
                break
            v = v.head
            if v.pos_ in ("VERB", "AUX") and v.lemma_ in self.lex.reporting:
                break
        else:
            return None
        if v.lemma_ not in self.lex.reporting:
            return None
        subj = next((c for c in children_of(v) if c.dep_ == "nsubj" and c.i < tok.i), None)
        who = self.table.resolve(p, subj, conj=False) if subj is not None else []
        a = self.table.actors.get(who[0]) if who else None
        if a is None or a.type != "Person":
            return None
        syn = {head} | self._family(head)
        bodies = [x for x in a.affiliations if x in self.table.actors and self.table.actors[x].type in (
            "Organization", "Group") and (head == "group" or _name_heads(x) & syn)]
        return bodies[0] if len(bodies) == 1 else None

    def match_descriptor(self, qual: str, role: str, pos: int, det: str, office: list[str] | None = None) -> str | None:
        T = self.table
        syn = self.lex.role_synonyms(role)
        state = None
        if qual:
            adj = self.gaz.adjective(qual)
            e = adj or self.gaz.lookup(qual)
            if e is not None:
                state = e.seat_of if e.kind == "place" else e.name
        body = None  # "The GNU leader": the body the article named, whose people alone may be meant
        if qual and state is None:
            body = self.acronyms.get(qual) or next((n for n, b in T.actors.items() if b.type != "Person" and (
                n == qual or qual in b.aliases)), None)
        best: tuple[int, str] | None = None
        if role == "counterpart" and state:  # "his Turkish counterpart": the last person of that state named
            near = [(max((m[0] for m in a.mentions if m[0] < pos), default=-1), n) for n, a in T.actors.items()
                    if a.type == "Person" and state in a.affiliations]
            near = [x for x in near if x[0] >= 0]
            if near:
                return max(near)[1]
        for name, a in T.actors.items():
            if a.type != "Person":
                continue
            if body is not None and body not in a.affiliations:
                continue
            roles = [r.lower() for r in a.roles]
            heads = {r.split()[-1] for r in roles} | {m.group(1) for r in roles if (m := _OFFICE_BEFORE_PORTFOLIO.search(r))}
            full = " ".join(x for x in (qual.lower(), role) if x)
            ok = role in heads or any(r.endswith(role) for r in roles) or full in roles or any(
                r.split()[:1] == [role] and r.split()[-1] == "general" for r in roles)  # "the comptroller" general
            if not ok and (syn & heads or syn.intersection(roles)):  # "the Italian leader": its prime minister too
                ok = True
            if ok and office and not any(all(w in r.split() for w in office)
                                         for r in roles + [x.lower() for x in a.aliases]):
                ok = False  # "the prime minister" is not the infrastructure minister
            if not ok:
                continue
            loose = False
            if state and state not in a.affiliations:
                if a.affiliations and not (qual and any(qual.lower() in r for r in roles)):
                    continue
                loose = True
            last = max((m[0] for m in a.mentions if m[0] < pos), default=None)
            if last is None:
                continue
            # exact role beats synonym
            score = last + (10**7 if role in heads else 0) - (10**8 if loose else 0)
            if qual and state is None and body is None and any(qual.lower() in r.split() for r in roles):
                score += 2 * 10**7  # "the opposition leader": the leader whose office says "opposition", not the last leader
            if best is None or score > best[0]:
                best = (score, name)
        if best is None and state and not any(state in x.affiliations for x in T.actors.values() if x.type == "Person"):
            # "The Danish diplomat" when no Dane was named: the nationality is news about the person just
            # described in that office ("the UN's personal envoy, X … The Danish diplomat")
            near = [(max((m[0] for m in a.mentions if m[0] < pos), default=-1), n) for n, a in T.actors.items()
                    if a.type == "Person" and ({r.lower().split()[-1] for r in a.roles if r.split()} & (syn | {role}))]
            near = [x for x in near if 0 <= pos - x[0] < 800]
            if near:
                best = (max(near)[0], max(near)[1])
        if best and state and state not in T.actors[best[1]].affiliations:
            T.actors[best[1]].affiliations.append(state)
        if best is None and qual and role in ("leader", "chief", "head", "commander", "president"):
            self.unresolved.append((pos, qual, role))
        return best[1] if best else None

    def gender(self, name: str) -> str | None:
        """"f" or "m" when an honorific ("Ms Sheinbaum") or a well-known first name says so, else None."""
        a = self.table.actors.get(name)
        if a is None or a.type != "Person":
            return None
        for x in sorted(a.aliases) + [name]:
            first = x.split()[0].lower().rstrip(".") if x.split() else ""
            if first in self.fem_hon:
                return "f"
            if first in self.masc_hon:
                return "m"
        words = {w for r in a.roles for w in r.lower().split()}
        if any(w.endswith(("woman", "women")) for w in words):
            return "f"  # "the foreign ministry spokeswoman": the office says it before any given name
        if any(w.endswith(("sman", "rman", "ssman")) for w in words):
            return "m"  # "spokesman", "chairman", "congressman"
        if name in self.learned_gender:
            return self.learned_gender[name]  # "Wang said she …": what the article's own pronouns said
        first = name.split()[0].lower() if name.split() else ""
        return "f" if first in self.fem_names else "m" if first in self.masc_names else None

    def _agreeing(self, cand: str | None, pron: str, here: int) -> str | None:
        """The pronoun's antecedent, checked for gender: "she" after a man is the last woman named
        (a person of unknown gender will do when no woman is near)."""
        want = "f" if pron in ("she", "her", "hers", "herself") else "m"
        if cand is not None and self.gender(cand) is None:
            # "Minister Chung said …. Kim Yo Jong, the sister of …, dismissed it. "…," she said": a person known
            # to be of the pronoun's gender, named since the candidate was, is who it continues with
            near = [(pos, n) for pos, n in self.table.recent if here - 1500 < pos < here]
            last = max((pos for pos, n in near if n == cand), default=here - 1500)  # "Kurti said" and "he" alike
            k = bisect.bisect_right(self.sent_starts, last) - 1
            after = self.sents[k].end if 0 <= k < len(self.sents) else last  # a later sentence, not "X met the envoys"
            newer = max(((pos, n) for pos, n in near if pos >= after and self.gender(n) == want), default=None)
            return newer[1] if newer is not None else cand
        if cand is None or self.gender(cand) == want:
            return cand
        unknown = None
        for pos, name in reversed(self.table.recent):
            if pos >= here or name == cand:
                continue
            if here - pos > 3000:
                break
            g = self.gender(name)
            if g == want:
                return name
            if g is None and unknown is None and self.table.actors.get(name) is not None \
                    and self.table.actors[name].type == "Person":
                if here - pos < 400:
                    return name  # "…, with the secretary, Brooke Rollins, calling it …. She has …": the nearest
                unknown = name
        return unknown or cand

    def _sentence_before(self, s: Sentence) -> Sentence | None:
        """The sentence before ``s`` in its paragraph, if any: what a pronoun or description opening ``s`` looks back at."""
        if s.idx < 1 or s.idx - 1 >= len(self.sents) or self.sents[s.idx - 1].para is not s.para:
            return None
        return self.sents[s.idx - 1]

    def _previous_sentence_person(self, s: Sentence, last: str | None, pron: str) -> str | None:
        """"The US rejected it, with the secretary, Brooke Rollins, calling it …. She has …": when the
        last subject person is not in the sentence before, the person that sentence names (nearest
        first, agreeing in gender) is who "she" continues with."""
        prev = self._sentence_before(s)
        if prev is None:
            return None
        lo, hi = prev.start, s.start
        # a person named only inside a quote is not who the pronoun after it is ('"Both leaders want
        # this. Nobody benefits," he told reporters')
        here = [n for pos, n in self.table.recent if lo <= pos < hi and n in self.table.actors
                and self.table.actors[n].type == "Person" and not in_quote(s.para.text, pos - s.para.start)]
        if not here or last in here:
            return None
        want = "f" if pron in ("she", "her", "hers", "herself") else "m"
        ok = [n for n in here if self.gender(n) in (None, want)]
        return ok[-1] if ok else None

    def _state_before(self, s: Sentence, t: Any) -> str | None:
        """The state "its" points back to: the last state named earlier in this sentence, else in the
        sentence before (in the same paragraph)."""
        T, p = self.table, s.para
        here = [n for u in s.tokens if u.i < t.i and (n := T.at(p, u.i)) and T.actors[n].type == "State"]
        if here:
            return here[-1]
        prev = self._sentence_before(s)
        if prev is None:
            return None
        before = [n for pos, n in T.recent if prev.start <= pos < s.start and n in T.actors
                  and T.actors[n].type == "State"]
        return before[-1] if before else None

    def _previous_sentence_bodies(self, s: Sentence) -> list[str]:
        """Bodies (not people, not states) the sentence before names, in reading order: what "Its
        chairman" opening the next sentence most likely belongs to when the last subject is not there."""
        if s.idx < 1 or s.idx - 1 >= len(self.sents):
            return []
        prev = self.sents[s.idx - 1]
        T = self.table
        out = [n for pos, n in T.recent if prev.start <= pos < s.start and n in T.actors
               and T.actors[n].type in ("Organization", "Group")]
        return list(dict.fromkeys(out))

    def pronouns(self, s: Sentence) -> None:
        p, T = s.para, self.table
        last = T.last_subject_person
        for t in s.tokens if not s.lowers.isdisjoint(PRONOUNS) else ():
            if t.lower_ in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass") and (p.idx, t.i) not in T.by_token:
                # "X said ... he" within one sentence: the nearest earlier subject person in the sentence
                cand = self._relcl_antecedent(p, t) or self._governing_subject(s, t) \
                    or self._subject_before(s, t, person=True)
                if cand and self.gender(cand) is None:
                    self.learned_gender[cand] = "f" if t.lower_ == "she" else "m"  # "Wang said she …"
                cand = cand or self._previous_sentence_person(s, last, t.lower_)
                cand = self._agreeing(cand or last, t.lower_, p.start + t.idx)
                if cand:
                    T.add_mention(p, t.i, t.i + 1, t.i, cand, "Person", "pronoun", None, record=False)
                    last = cand
            elif t.lower_ == "it" and t.dep_ == "nsubj" and t.i == s.span.start and (p.idx, t.i) not in T.by_token \
                    and (author := self._document_author(s, t)):  # "… handed over a list of demands. It calls for …"
                T.add_mention(p, t.i, t.i + 1, t.i, author, T.actors[author].type, "pronoun", None, record=False)
            elif t.lower_ in ("they", "it") and t.dep_ in ("nsubj", "nsubjpass") and (p.idx, t.i) not in T.by_token \
                    and not in_quote(p.text, t.idx):  # '"They are not going anywhere"': the speaker's other side
                g = T.last_subject_group
                if t.lower_ == "it" and t.head.lemma_ in self.lex.reporting and T.last_root_subject:
                    g = T.last_root_subject  # "Netanyahu's office said …. It added …"
                # an earlier subject in the same sentence ("X said that it …") wins
                own = self._parallel_subject(s, t) or self._subject_before(s, t, person=False)
                body = self._doubtful_person_says(s, t) if own is None and t.lower_ == "it" else None
                if body is not None:  # "Ansaru Wale said it supported the deal": NER's person is the body "it" is
                    T.actors[body].type = "Organization"
                    T.add_mention(p, t.i, t.i + 1, t.i, body, "Organization", "pronoun", None, record=False)
                    continue
                g = own or g
                many = self._plural_before(s, t) if t.lower_ == "they" else []
                if many:  # "Britain, France and Germany, which warned that they would …": all of them
                    T.add_mention(p, t.i, t.i + 1, t.i, many[0], T.actors[many[0]].type, "pronoun", None, record=False)
                    T.by_token[(p.idx, t.i)].others = many  # type: ignore[attr-defined]
                    continue
                if self._unnamed_antecedent(p, t):
                    continue  # "The administration said it would …": "it" is that unnamed speaker
                if g is None or (g in T.actors and T.actors[g].type == "Person"):
                    continue  # "it" and "they" are never one person
                if t.lower_ == "they" and T.actors[g].type == "State" and g == T.last_subject_group \
                        and not T.last_group_plural:
                    continue  # "they" is many: a state's officials ("Ethiopian officials … They"), not "Malaysia"
                T.add_mention(p, t.i, t.i + 1, t.i, g, T.actors[g].type, "pronoun", None, record=False)
            elif t.lower_ in ("its", "their") and t.dep_ == "poss" and (p.idx, t.i) not in T.by_token \
                    and t.head.dep_ in ("nsubj", "nsubjpass") and t.head.lower_ in MEMBERS | T.proxies | self.lex.role_heads \
                    and not in_quote(p.text, t.idx) and t.head.head.dep_ == "ROOT" \
                    and not any((p.idx, k) in T.by_token for k in range(s.span.start, t.i)):
                # "Its leader told reporters …", "Their negotiators said …": opening the sentence, the body that
                # was the last subject; inside a sentence ("X said its members …") the clause's subject decides
                g = T.last_subject_group
                named = self._previous_sentence_bodies(s)
                if named and g not in named:
                    g = named[-1]  # "… opposition from parliament's Committee on Public Finance. Its chairman …"
                if g is not None and g in T.actors and T.actors[g].type != "Person":
                    T.add_mention(p, t.i, t.i + 1, t.i, g, T.actors[g].type, "pronoun", None, record=False)
            elif t.lower_ in ("his", "her") and (p.idx, t.i) not in T.by_token:
                # "X said his forces …": the person who is subject earlier in the sentence
                who = self._agreeing(self._subject_before(s, t, person=True) or last, t.lower_, p.start + t.idx)
                if who:
                    T.add_mention(p, t.i, t.i + 1, t.i, who, "Person", "pronoun", None, record=False)

    def ages(self, s: Sentence) -> None:
        """"The 65-year-old said", "the 58-year-old opposition leader has demanded": an age stands for
        someone already named. With an office after it, the person last named in that office (else, as
        bare, the last person who was a subject); never after an unnamed "A driver was attacked"."""
        p, T, doc = s.para, self.table, s.para.doc
        doc_toks = tokens_of(doc)
        for t in s.tokens if "old" in s.lowers else ():
            if t.lower_ != "old" or t.i - 5 < s.span.start or doc_toks[t.i - 5].lower_ != "the" \
                    or doc_toks[t.i - 2].lower_ != "year" or not doc_toks[t.i - 4].like_num:
                continue
            head = t.head if t.dep_ == "amod" and t.head.pos_ == "NOUN" and t.head.i > t.i else t
            if (p.idx, head.i) in T.by_token or head.dep_ not in ("nsubj", "nsubjpass") or in_quote(p.text, t.idx):
                continue
            here = p.start + doc_toks[t.i - 5].idx
            target = None
            if head.i != t.i:
                if head.lower_ not in self.lex.role_heads:
                    continue  # "the 52-year-old driver": someone the table does not hold
                qual = next((c.text for c in children_of(head) if c.dep_ in ("compound", "amod") and c.i > t.i), "")
                target = self.match_descriptor(qual, head.lower_, here, "the")  # "the 79-year-old opposition leader"
            if target is None and not self._unnamed_person_before(s):
                target = self._subject_before(s, t, person=True) or T.last_subject_person
            if target:
                T.add_mention(p, t.i - 5, head.i + 1, head.i, target, "Person", "descriptor", doc[t.i - 5:head.i + 1].text)

    def _unnamed_person_before(self, s: Sentence) -> bool:
        """"A driver was attacked …. The 52-year-old was treated …": an indefinite subject the table
        cannot name, in the sentence before, is who an age that follows describes."""
        prev = self._sentence_before(s)
        return prev is not None and any(
            u.dep_ in ("nsubj", "nsubjpass") and u.pos_ == "NOUN" and u.tag_ == "NN"
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(u))
            and not self.table.resolve(s.para, u, conj=False) for u in prev.tokens)

    def _document_author(self, s: Sentence, t: Any) -> str | None:
        """"It calls for …", "It says …" opening a sentence after one that names a document ("Hungary's
        11-point list of demands", "The delegation handed the mediators a list"): the document speaks for
        its author (its possessor, the body in its compound or "from"/"by" phrase, or who handed it over)."""
        if t.head.lemma_.lower() not in self.speaking_verbs or s.idx < 1 or s.idx - 1 >= len(self.sents):
            return None
        prev = self.sents[s.idx - 1]
        if prev.para is not s.para:
            return None
        T, p = self.table, prev.para
        doc_tok = next((u for u in reversed(prev.tokens) if u.pos_ == "NOUN" and u.lemma_.lower() in self.authored_nouns
                        and u.tag_ in ("NN", "NNP")), None)
        if doc_tok is None or doc_tok.dep_ == "pobj":  # "… a betrayal of the UN's own charter. It demanded": a
            return None  # document named in passing inside a phrase is not what the next sentence's "it" is
        for c in children_of(doc_tok):
            if c.dep_ in ("poss", "compound") and c.i < doc_tok.i:
                who = T.resolve(p, c, conj=False)
                if who:
                    return who[0]
            if c.dep_ == "prep" and c.lower_ in ("from", "by"):
                who = next((w[0] for g in children_of(c) if g.dep_ == "pobj" and (w := T.resolve(p, g, conj=False))), None)
                if who:
                    return who
        if doc_tok.dep_ in ("dobj", "nsubjpass", "attr", "nsubj") and doc_tok.head.pos_ in ("VERB", "AUX"):
            subj = next((c for c in children_of(doc_tok.head) if c.dep_ == "nsubj" and c.i != doc_tok.i), None)
            who = T.resolve(p, subj, conj=False) if subj is not None else []
            if who and T.actors[who[0]].type != "Person":
                return who[0]
        return None

    def _unnamed_antecedent(self, p: Paragraph, t: Any) -> bool:
        """"The administration said it …", "the parties can pick the items they like": a common-noun
        subject of a clause above the pronoun, agreeing in number, that the table cannot name is what
        the pronoun means; no body named earlier is."""
        plural = t.lower_ == "they"
        v = t.head
        for _ in range(4):
            if v.head.i == v.i:
                break
            v = v.head
            for c in children_of(v):
                if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i and c.pos_ == "NOUN" \
                        and (c.tag_ == "NNS") == plural and not self.table.resolve(p, c, conj=False):
                    return True
            if v.pos_ not in ("VERB", "AUX", "NOUN"):
                break
        return False

    def _plural_before(self, s: Sentence, t: Any) -> list[str]:
        """The actors of the last subject before ``t`` in its sentence that names several of them
        ("X and Y said they …"; through "which"/"who" to the nouns the clause describes)."""
        found: list[str] = []
        for u in s.tokens:
            if u.i >= t.i:
                break
            if u.dep_ not in ("nsubj", "nsubjpass") or u.lower_ in ("it", "they"):
                continue
            noun = u.head.head if u.lower_ in ("which", "who", "that") and u.head.dep_ == "relcl" else u
            r = self.table.resolve(s.para, noun, conj=True)
            found = r if len(r) >= 2 else []
        return found

    def _subject_before(self, s: Sentence, t: Any, *, person: bool) -> str | None:
        """The last subject before ``t`` in its sentence that is a person (or, with ``person=False``,
        a body other than a pronoun's). For a person, a plural subject ("both leaders") is never "he",
        and a subject inside a quote is never the one who speaks it ('"Both leaders want this," he told')."""
        found = None
        outside = person and not in_quote(s.para.text, t.idx)
        for u in s.tokens:
            if u.i >= t.i:
                break
            if (u.dep_ in ("nsubj", "nsubjpass") and (person or u.lower_ not in ("it", "they"))) or self._fronted_subject(u):
                r = self.table.resolve(s.para, u, conj=False)
                if person and r and (len(r) > 1 or u.tag_ == "NNS"
                                     or (outside and in_quote(s.para.text, u.idx))):
                    continue
                if r and (self.table.actors[r[0]].type == "Person") == person:
                    found = r[0]
        return found

    def _parallel_subject(self, s: Sentence, t: Any) -> str | None:
        """"LeBlanc said that Canada was prepared to look at quotas, which U.S. producers say favour …, but
        that it would not create new ones": "it" opening a second that-clause of the same reporting verb is
        the subject of the first (a body), not a subject named inside a clause between them."""
        v = t.head
        if v.dep_ != "conj" or v.head.lemma_ not in self.lex.reporting \
                or not any(m.dep_ == "mark" and m.lower_ == "that" for m in children_of(v)):
            return None
        first = next((c for c in children_of(v.head) if c.dep_ == "ccomp" and c.i < v.i), None)
        subj = next((c for c in children_of(first) if c.dep_ in ("nsubj", "nsubjpass")), None) if first is not None else None
        r = self.table.resolve(s.para, subj, conj=False) if subj is not None and subj.i < t.i else []
        return r[0] if len(r) == 1 and self.table.actors[r[0]].type != "Person" else None

    def _fronted_subject(self, u: Any) -> bool:
        """Is ``u`` the speaker a reporting verb's opening place holds (:func:`fronted_appositions`)?"""
        if u.dep_ != "appos" or u.head.dep_ != "pobj" or u.head.head.dep_ != "prep":
            return False
        v = u.head.head.head
        return v.lemma_ in self.lex.reporting and any(a.i == u.i for a in fronted_appositions(v))

    def _governing_subject(self, s: Sentence, t: Any) -> str | None:
        """"X, whose call for Y to address parliament opened the door, said he …": the person who is
        subject of the reporting verb that governs the pronoun's clause, not the last person named
        inside a clause hanging off that subject. Stops at the first governing subject found."""
        v = t.head
        for _ in range(4):
            if v.dep_ not in ("ccomp", "conj", "xcomp", "advcl"):  # the root's dep_ is "ROOT"
                break
            v = v.head
            subj = next((c for c in children_of(v) if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i), None)
            if subj is None:
                continue
            if v.lemma_ not in self.lex.reporting or subj.tag_ == "NNS" or in_quote(s.para.text, subj.idx):
                return None
            r = self.table.resolve(s.para, subj, conj=False)
            return r[0] if len(r) == 1 and self.table.actors[r[0]].type == "Person" else None
        return None

    def _doubtful_person_says(self, s: Sentence, t: Any) -> str | None:
        """"X said it supported …" where X is an actor typed Person on NER's word alone (no given name, title,
        role, affiliation or "Mr"): a person does not speak of himself as "it", so X is the body "it" is. Only
        an act ("it supported", "it would appeal"), not a verdict ("X said it was unfair": a thing)."""
        if t.dep_ != "nsubj" or t.head.lemma_.lower() in NOT_AN_ACT or t.head.pos_ not in ("VERB", "AUX"):
            return None
        who = self._governing_subject(s, t)
        a = self.table.actors.get(who) if who else None
        if a is None or a.roles or a.affiliations or a.relations or who.split()[0].lower() in self.given_names \
                or who.split()[-1] in self.honorific_surnames or len(who.split()) > 3:
            return None
        return who

    def _relcl_antecedent(self, p: Paragraph, t: Any) -> str | None:
        """"statements from Mr Putin … in which he accused": the person the clause's noun belongs to."""
        v = t.head
        for _ in range(4):
            if v.dep_ == "relcl":
                noun = v.head
                for c in children_of(noun):
                    if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("from", "by", "of")):
                        for g in ([c] if c.dep_ == "poss" else [x for x in children_of(c) if x.dep_ == "pobj"]):
                            a = self.table.at(p, g.i)
                            if a and self.table.actors[a].type == "Person":
                                return a
                break
            if v.head.i == v.i:
                break
            v = v.head
        # "statements from Mr Putin …, in which he": the speaker of an earlier communication noun
        comm = communication_noun_set(self.lex)
        for u in t.sent:
            if u.i >= t.i:
                break
            if u.lower_ in comm:
                for c in children_of(u):
                    for g in ([c] if c.dep_ == "poss" else [x for x in children_of(c) if x.dep_ == "pobj"] if c.lower_ in ("from", "by") else []):
                        a = self.table.at(p, g.i)
                        if a and self.table.actors[a].type == "Person":
                            return a
        return None

    @property
    def _alias_cue_words(self) -> frozenset[str]:
        return self.lex.cached("actors.alias_cue_words", lambda raw: frozenset(
            c.split()[0] for key in ("alias_cues", "real_name_cues") for c in raw.get(key, [])))

    def _aliases_named(self, s: Sentence) -> None:
        """"The faction led by X, alias "Y"", "X, better known as Y", "known as "Y", whose real name is X": two
        names of one person. The name before an alias cue is the name, the one after it an alias; after a
        real-name cue it is the other way round. Only names right next to the cue (a comma, quotes between)."""
        p, T = s.para, self.table
        doc_toks = tokens_of(p.doc)
        lo, hi = s.span.start, s.span.end
        skip = {",", '"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "(", ")", "-", "\u2013", "\u2014"}

        def near(k: int, step: int) -> str | None:
            n = 0
            while lo <= k < hi and n < 3 and doc_toks[k].text in skip:
                k, n = k + step, n + 1
            if not lo <= k < hi:
                return None
            who = T.at(p, k)
            if who is not None:
                return who
            a = b = k  # 'alias "Calarca"' where the name is read as no one's mention here: its own words
            while lo <= a + step < hi and step < 0 and doc_toks[a + step].pos_ == "PROPN" and doc_toks[a + step].text[:1].isupper():
                a += step
            while b < hi and doc_toks[b].pos_ == "PROPN" and doc_toks[b].text[:1].isupper():
                b += 1
            return _text_of(doc_toks[a:b]) if b > a and doc_toks[k].pos_ == "PROPN" else None

        for key, real in (("alias_cues", False), ("real_name_cues", True)):
            for cue in self.lex.cached("actors." + key, lambda raw, key=key: [c.split() for c in raw.get(key, [])]):
                n = len(cue)
                for k in range(lo, hi - n + 1):
                    if doc_toks[k].lower_ != cue[0] or [t.lower_ for t in doc_toks[k:k + n]] != cue:
                        continue
                    before, after = near(k - 1, -1), near(k + n, 1)
                    if before is None or after is None or before == after or "Person" not in (
                            T.actors[before].type if before in T.actors else "", T.actors[after].type
                            if after in T.actors else ""):
                        continue
                    self.alias_pairs.append((before, after) if real else (after, before))

    def _one_person_two_names(self) -> None:
        """Fold each alias the article gave a person into the person's name: one actor, the alias among its
        aliases, a person whatever NER called the alias ("Calarca" tagged as a body)."""
        T = self.table
        folded: dict[str, str] = {}
        for alias, name in self.alias_pairs:
            while name not in T.actors and name in folded:
                name = folded[name]
            if name in T.actors and alias != name:
                T.actors[name].type = "Person"
                T.actors[name].aliases.add(alias)
                if alias in T.actors:
                    self._merge_into(alias, name)
                folded[alias] = name

    def _followed_no_actor(self) -> None:
        """A person the article names only as whom another followed ("Andriy Yermak's successor, X, said") does
        nothing in it: no actor, nor anyone's relative."""
        T = self.table
        for name, times in self.followed_only.items():
            a = T.actors.get(name)
            if a is None or a.type != "Person" or len(a.mentions) > times or a.roles:
                continue
            for c in T.actors.values():
                c.relations = [(r, o) for r, o in c.relations if o != name]
                c.affiliations = [x for x in c.affiliations if x != name]
            for key, m in list(T.by_token.items()):
                if m.actor == name:
                    del T.by_token[key]
            del T.actors[name]

    def _merge_person(self, name: str, full: str) -> None:
        """Fold the person ``name`` into ``full``: mentions, aliases, roles and affiliations."""
        self._merge_into(name, full)

    def _merge_into(self, name: str, full: str) -> None:
        """Fold the actor ``name`` into ``full``: mentions, aliases, roles and affiliations."""
        T = self.table
        a, b = T.actors[name], T.actors[full]
        b.mentions += a.mentions
        b.aliases |= a.aliases | {name}
        b.roles += [r for r in a.roles if r not in b.roles]
        b.affiliations += [x for x in a.affiliations if x not in b.affiliations]
        b.named = b.named or a.named
        b.first = min(a.first, b.first)
        for m in T.by_token.values():
            if m.actor == name:
                m.actor = full
        del T.actors[name]
        for c in T.actors.values():  # "Its president" of the crowd merged away is the body's
            if name in c.affiliations:
                c.affiliations = [x for x in dict.fromkeys(full if x == name else x for x in c.affiliations)
                                  if x != c.name]
            c.relations = [(r, full if o == name else o) for r, o in c.relations]

    def _ministers_ministries(self) -> None:
        """"the Minister of Health, X" in a story that names the "Ministry of Health and Social Protection": X serves
        that ministry (its portfolio's word opens the ministry's name), when the story names one such ministry."""
        T = self.table
        ministries = [n for n, a in T.actors.items() if a.type == "Organization" and re.match(r"Ministry (?:of|for) ", n)]
        if not ministries:
            return
        for a in list(T.actors.values()):
            if a.type != "Person":
                continue
            words = set()
            for x in [*a.roles, *a.aliases]:
                m = re.search(r"\bMinister (?:of|for) (?:the )?([A-Z][a-z]+)", x) or re.search(
                    r"\b([A-Z][a-z]+) Minister\b", x)
                if m is not None:
                    words.add(m.group(1))
            hits = {n for n in ministries for w in words if re.match(rf"Ministry (?:of|for) (?:the )?{re.escape(w)}\b", n)}
            if len(hits) == 1 and (n := next(iter(hits))) not in a.affiliations:
                a.affiliations.insert(0, n)

    def finish(self) -> None:
        T = self.table
        self._ministers_ministries()
        for pi, ti, person, office in self.held_offices:  # "X, who chairs the elders council,": X is its chair
            body = T.at(self.paras[pi], ti)
            if body is not None and body != person and person in T.actors and T.actors[body].type in ("Organization", "Group"):
                held = T.actors[person]
                if body not in held.affiliations:
                    held.affiliations.append(body)
                if office not in held.roles:
                    held.roles.append(office)
        gathering = [n for n, a in T.actors.items() if a.type in ("Organization", "Group") and a.named
                     and "unions" in a.modifiers]  # "X, an alliance of 14 port unions,"
        unions = gathering if len(gathering) == 1 else [
            n for n in (self._striking_union() if self.bare_unions else [])
            if self.gaz.lookup(n) is None and self._workers_body(n, T.actors[n])]  # no "European Union": a labour
        # body the article itself names
        for p, ti in self.bare_unions if len(unions) == 1 else ():  # "after unions and the government agreed": the
            if (p.idx, ti) not in T.by_token:  # one union body (or alliance of unions) the article names
                T.add_mention(p, ti, ti + 1, ti, unions[0], T.actors[unions[0]].type, "collective", None)
        for pi, tis, part in self.parts_of:  # "Tari Ridge Mining Ltd, a subsidiary of Corvane Resources,": Corvane's
            whole = next((w for ti in tis if (w := T.at(self.paras[pi], ti)) is not None), None)
            if whole is not None and whole != part and part in T.actors and T.actors[whole].type in (
                    "Organization", "Group") and whole not in T.actors[part].affiliations:
                T.actors[part].affiliations.append(whole)
        # cataphora: "Hezbollah's leader on Friday denounced … Naim Qassem said" → the next person named
        for pos, qual, _role in self.unresolved:
            # the person named in a later sentence: "The GNU leader met Ms X" is not X
            end = next((x.end for x in self.sents if x.start <= pos < x.end), pos)
            later = sorted((a.first, a.name) for a in T.actors.values() if a.type == "Person" and 0 < a.first - pos < 600
                           and a.first >= end)
            if later:
                a = T.actors[later[0][1]]
                surface = self.unresolved_surface.get(pos)
                if surface:
                    a.aliases.add(_clean_surface(surface))
                e = self.gaz.lookup(qual) or self.gaz.adjective(qual)
                if e is not None and e.kind == "actor" and e.name not in a.affiliations:
                    a.affiliations.append(e.name)
        self._teams_led()
        self._later_offices()
        self._later_bodies()
        self._seat_of_a_later_body()
        self._vessels_not_actors()
        self._products_not_actors()
        self._places_not_actors()
        self._silent_single_words()
        self._crowds_of_a_body()
        self._region_into_its_government()
        self._body_into_its_branch()
        self._one_spelling()
        self._short_given_names()
        self._one_person_two_names()
        self._followed_no_actor()
        self._same_by_alias()
        # "Autoworkers reject Halvorsen's offer" in the headline, "Halvorsen Motors" in the body: the
        # firm's first word taken for a person before the firm was named is the firm
        for name in [n for n, a in T.actors.items() if a.type == "Person" and " " not in n and not a.roles
                     and not a.relations]:
            bodies = [n for n, b in T.actors.items() if b.type in ("Organization", "Group") and " " in n
                      and self._first_word(n) == name]
            if len(bodies) == 1 and self.gaz.lookup(name) is None:
                self._merge_into(name, bodies[0])
                for b in T.actors.values():  # "Halvorsen's chief executive" belongs to the firm
                    b.affiliations = list(dict.fromkeys(bodies[0] if x == name else x for x in b.affiliations))
        # "European officials" before "the EU" is named: the region's union, once the article names it
        regional: dict[str, str] = {}
        for e in self.gaz.entries.values():
            if e.kind == "actor" and e.type != "State" and e.adjectives:
                target = self._regional_body(e.adjectives[0], e)
                if target != e.name:
                    regional[e.name] = target
        for name, target in regional.items():
            if name in T.actors and target in T.actors:
                self._merge_into(name, target)
        for a in T.actors.values():
            a.affiliations = list(dict.fromkeys(regional.get(x, x) for x in a.affiliations if regional.get(x, x) != a.name))
        # "Sudan's military" before "the Sudanese Armed Forces" are named: the army the article names
        for name in [n for n, a in T.actors.items() if n.endswith(" army") and a.type == "Organization"]:
            adj = name[:-len(" army")]
            owners = {adj, *T.actors[name].affiliations}
            named = [n for n, b in T.actors.items() if b.type in ("Organization", "Group") and n != name and any(
                any(x.startswith(o + " ") for o in owners) and x.split()[-1].lower() in self.military | {"forces"}
                for x in [n, *(re.sub(r"^the\s+", "", y, flags=re.I) for y in b.aliases)])]
            if len(named) == 1 and name in T.actors:
                self._merge_into(name, named[0])
        # "the Catalan regional executive", "the Catalan government" and "Catalonia": the one region (or state)
        # the demonym names, else the first of the demonym's governments
        for stem in dict.fromkeys(self.demonym_governments.values()):
            names = [n for n, st in self.demonym_governments.items() if st == stem]
            known = [n for n, a in T.actors.items() if " " not in n and a.type in ("State", "Organization")
                     and n.lower().startswith(stem)]  # merges below remove only names with a space: read once
            into = known[0] if len(known) == 1 else names[0]
            for name in names:
                if name in T.actors and into in T.actors and into != name:
                    self._merge_into(name, into)
        # "Police fired tear gas … Industrial Police said": the one police body the article names
        named = [n for n in T.actors if self._police_body(n)]  # police_nouns are one word: no merge changes this
        if len(named) == 1:
            for name in [n for n in T.actors if n.lower() in self.police]:
                self._merge_into(name, named[0])
        # "an alliance of ethnic armed groups …" and later "the Salween Alliance": the named one
        for bloc, (head, members) in self.unnamed_blocs.items():
            named = [n for n, a in T.actors.items() if n != bloc and a.type in ("Group", "Organization")
                     and n.split()[-1].lower() == head and n[:1].isupper()]
            if not named and members:  # "a group of Bolivia's bondholders": the committee of bondholders named
                gathering = self.org_words | self.coalitions
                named = [n for n, a in T.actors.items() if n != bloc and a.type in ("Group", "Organization")
                         and n.split()[-1].lower() == members and n[:1].isupper()
                         and any(w.lower() in gathering for w in n.split()[:-1])]
            if len(named) == 1 and bloc in T.actors:
                self._merge_into(bloc, named[0])
        # "Hla Seng" after "Tar Hla Seng", "Soe Naing" beside "Soe Naing Oo": one person
        people = [n for n, a in T.actors.items() if a.type == "Person" and " " in n]
        for name in sorted(people, key=len):
            longer = [n for n in people if n != name and len(n) > len(name) and (
                n.endswith(" " + name) or n.startswith((name + " ", name + "-")))]  # "Kang Min" of "Kang Min-seok"
            if len(longer) == 1 and name in T.actors and longer[0] in T.actors:
                self._merge_person(name, longer[0])
        # merge single-token people into the full name that shares the token
        for name in list(T.actors):
            a = T.actors[name]
            if " " in name or (a.type != "Person" and not self._clipped_person_name(name, a)):
                continue
            full = self.full_names.get(name.lower())
            if not (full and full in T.actors):
                full = next((n for n, b in T.actors.items() if b.type == "Person" and " " in n
                             and n.split()[-1] == name), None)
            if not (full and full in T.actors):  # "Lee" after "Lee Tae-woo": family name first
                firsts = [n for n, b in T.actors.items() if b.type == "Person" and " " in n and n.split()[0] == name]
                full = firsts[0] if len(firsts) == 1 else None
            if full and full != name and full in T.actors:
                b = T.actors[full]
                b.mentions += a.mentions
                b.aliases |= a.aliases | {name}
                b.roles += [r for r in a.roles if r not in b.roles]
                b.affiliations += [x for x in a.affiliations if x not in b.affiliations]
                b.named = b.named or a.named
                for m in T.by_token.values():
                    if m.actor == name:
                        m.actor = full
                del T.actors[name]
        self._offices_at_home()
        self._offices_of_a_state()
        self._persons_governments()

    def _clipped_person_name(self, name: str, a: Actor) -> bool:
        """"Choi said", "Chanthaboun said" after "Choi Jae-won", "Chanthaboun Soukaloun": NER took one word
        of a named person's name for a body; a bare word with nothing of a body's own (no initials, no
        gazetteer entry, no office, no affiliation) that opens or closes one person's name is that person."""
        if a.type != "Organization" or name.isupper() or a.roles or a.affiliations or a.relations \
                or self.gaz.lookup(name) is not None or any(x.lower() != name.lower() for x in a.aliases):
            return False
        return len([n for n, b in self.table.actors.items() if b.type == "Person" and " " in n
                    and name in (n.split()[0], n.split()[-1])]) == 1

    def _later_offices(self) -> None:
        """"The federal labour minister warned …" and, further on, "Labour Minister X said": the one person
        named later whose office has the description's head and its portfolio words is who was meant."""
        T = self.table
        generic = self.national_words | self.office_ranks  # "the new minister" may be another one
        for p, i, j, qual, mods, role, surface in self.later_offices:
            if any((p.idx, t) in T.by_token for t in range(i, j)):
                continue
            pos = p.start + tokens_of(p.doc)[i].idx
            e = (self.gaz.lookup(qual) or self.gaz.adjective(qual)) if qual else None
            state = (e.seat_of if e.kind == "place" else e.name) if e is not None else None
            words = [w for w in mods + ([qual.lower()] if qual and state is None else []) if w not in generic]
            fits = []
            for name, a in T.actors.items():
                if a.type != "Person" or not 0 < a.first - pos < 4000 or (state and a.affiliations
                                                                           and state not in a.affiliations):
                    continue
                for r in (x.lower().split() for x in a.roles):
                    if r[-1:] == [role] and all(w in r for w in words) and (words or len(r) == 1 or state):
                        fits.append((a.first, name))
                        break
            if len(fits) != 1 and not (fits and words):
                continue  # "the minister" with two ministers named later: no guess
            a = T.actors[min(fits)[1]]
            m = Mention(a.name, "descriptor", p.idx, i, j, j - 1)
            for t in range(i, j):
                T.by_token[(p.idx, t)] = m
            start = pos
            end = p.start + tokens_of(p.doc)[j - 1].idx + len(tokens_of(p.doc)[j - 1].text)
            a.mentions.append((start, end))
            a.first = min(a.first, start)
            a.aliases.add(_clean_surface(surface))
            if state and state in T.actors and state not in a.affiliations:
                a.affiliations.append(state)

    def _offices_of_a_state(self) -> None:
        """"Foreign Minister X" of Pakistan is also "Pakistan's foreign minister" and "the Pakistani
        foreign minister", the way a later sentence or another reader names him: each office a
        person holds, with each state he is affiliated to."""
        T = self.table
        for a in T.actors.values():
            if a.type != "Person":
                continue
            states = self._states_served(a)
            offices = {r.lower() for r in a.roles if self._plain_office(r)}
            for st in states[:2]:
                adj = self._adjective_of(st)
                for office in offices:
                    if st.lower() in office or (adj and adj.lower() in office):
                        continue
                    a.aliases.add(f"{st}'s {office}")
                    if adj:
                        a.aliases.add(f"{adj} {office}")

    def _plain_office(self, role: str) -> bool:
        """``role`` is an office alone ("Foreign Minister", "agriculture minister"): it ends in an office
        word, and no capitalised word after its first is other than a title word."""
        words = role.split()
        return bool(words) and words[-1].lower() in self.lex.role_heads and not any(
            w[:1].isupper() and w.lower() not in self.lex.role_words and w.lower() not in self.lex.role_heads
            and w.lower() not in OFFICE_MODIFIERS for w in words[1:])

    def _seat_of_a_later_body(self) -> None:
        """"Brussels is looking for middle ground" before "the European Union" is named: a state known
        only by a capital that also seats a body the article names is that body (gazetteer
        ``also_seat_of``)."""
        T = self.table
        for name in [n for n, a in T.actors.items() if a.type == "State"]:
            a = T.actors[name]
            seats = [self.gaz.lookup(x) for x in a.aliases]
            if not a.aliases or any(e is None or e.kind != "place" or not e.also_seat_of for e in seats):
                continue
            if any(m.actor == name and m.kind == "name" for m in T.by_token.values()):
                continue  # named as itself too
            body = next((x for e in seats if e is not None for x in e.also_seat_of if x in T.actors), None)
            if body is not None and body != name:
                self._merge_into(name, body)
                T.actors[body].aliases.discard(name)  # Belgium itself is no name of the EU

    def _region_into_its_government(self) -> None:
        """"Bougainville" acting beside the "Autonomous Bougainville Government": a region no gazetteer
        lists as a state, named alone, is the one government whose name holds it (the region's own
        government, administration or cabinet), not a second actor."""
        T = self.table
        bodies = self.region_heads
        for name in [n for n, a in T.actors.items() if " " not in n and a.type in ("State", "Organization")]:
            if self.gaz.lookup(name) is not None or name not in T.actors:
                continue
            govs = [n for n, b in T.actors.items() if n != name and b.type in ("Organization", "State")
                    and name in n.split() and n.split()[-1:] and n.split()[-1].lower() in bodies]
            if len(govs) == 1:
                self._merge_into(name, govs[0])

    def _body_into_its_branch(self) -> None:
        """"Greenpeace Netherlands … Greenpeace welcomed": a body named once by its national branch is that
        branch when the article calls it by the body's name alone (one branch only, else it names neither)."""
        T = self.table
        branches: dict[str, list[str]] = {}
        for n, a in T.actors.items():
            body, _, country = n.rpartition(" ")
            if body and a.type == "Organization" and _gaz_actor(self.gaz.lookup(country), "State") \
                    and body in T.actors and T.actors[body].type == "Organization":
                branches.setdefault(body, []).append(n)
        for body, names in branches.items():
            if len(names) == 1:
                self._merge_into(body, names[0])

    def _one_spelling(self) -> None:
        """"Québec" and "Quebec", "ACV-Transcom" and "ACV Transcom": names equal but for accents, case and
        punctuation are one actor (the graph keys actors by that folded name, so two would be one node with two
        counts); the more often mentioned spelling stays. Mostly non-Latin names, keyed apart by hash, stay apart."""
        T = self.table
        by_key: dict[str, list[str]] = {}
        for n in T.actors:
            key = fold(n)
            if folds_whole(n, key):
                by_key.setdefault(key, []).append(n)
        for names in by_key.values():
            if len(names) > 1:
                keep = max(names, key=lambda n: (len(T.actors[n].mentions), n))
                for n in names:
                    if n != keep:
                        self._merge_into(n, keep)

    def _short_given_names(self) -> None:
        """"Sam Kofi Mensah" and "Samuel Kofi Mensah": the same middle and last names after a given name
        and its short form (the one opens the other) are one person, kept under the longer name."""
        T = self.table
        people = [n for n, a in T.actors.items() if a.type == "Person" and len(n.split()) >= 3]
        for n in people:
            first, rest = n.split()[0], n.split()[1:]
            full = next((m for m in people if m != n and m in T.actors and m.split()[1:] == rest
                         and len(m.split()[0]) > len(first) >= 3 and m.split()[0].startswith(first)), None)
            if full is not None and n in T.actors:
                self._merge_person(n, full)

    def _same_by_alias(self) -> None:
        """Two actors, one named as the other's alias ("POLISARIO" and the Polisario Front called
        "Polisario", "CP" and "Comboios de Portugal (CP)"): one actor."""
        T = self.table
        subjects: set[str] | None = None  # the actors that act as a clause's subject somewhere, once needed
        for name in sorted(T.actors, key=len):
            a = T.actors.get(name)
            if a is None or a.type == "State":
                continue
            key = norm(name)
            other = [n for n, b in T.actors.items() if n != name and b.type != "State"
                     and ((b.type == "Person") == (a.type == "Person") or name.isupper())  # "POLISARIO" is no person
                     and (key in {norm(x) for x in b.aliases} or (a.type != "Person" and _acronym(n) == name))]
            if not other and " " not in name and not a.roles and name.lower() not in self.full_names:
                # "Tepco" beside "Tokyo Electric Power Company Holdings", "Ienu": a body's clipped name
                other = [n for n, b in T.actors.items() if n != name and b.type in ("Organization", "Group")
                         and " " in n and (_short_form(name, n) or _acronym(n).lower() == name.lower())]
            if not other and a.type in ("Organization", "Group") and " " in name:
                # "the Christian Council of Tanzania … The Christian Council said": the name without its country
                other = [n for n, b in T.actors.items() if b.type in ("Organization", "Group") and n.startswith(name + " of ")
                         and (e := self.gaz.lookup(n[len(name) + 4:])) is not None and (e.kind == "place" or e.type == "State")]
            if not other and a.type in ("Organization", "Group") and len(name.split()) >= 3:
                other = [n for n, b in T.actors.items() if b.type in ("Organization", "Group")
                         and self._one_word_dropped(name, n)]  # "Ethiopian Orthodox Church" after "… Tewahedo Church"
                if other:  # … but "The Social Democratic Labour Party said … The Social Democratic Party rejected
                    # it": two bodies that each act (as subjects) are rivals, not one body named two ways
                    acting = subjects if subjects is not None else (subjects := self._subject_actors())
                    other = [n for n in other if not (name in acting and n in acting)]
            if not other and name in self.known_as:  # "the National Federation of …, known as JF Zengyoren"
                long = self.known_as[name]
                other = [n for n, b in T.actors.items() if n != name and norm(long) in {norm(n), *map(norm, b.aliases)}]
            if len(other) == 1:
                if a.type == "Person" and T.actors[other[0]].type != "Person":
                    a.type = T.actors[other[0]].type
                self._merge_into(name, other[0])

    def _subject_actors(self) -> set[str]:
        """The actors named (by name) as a clause's subject, or coordinated with one, somewhere in the article."""
        out: set[str] = set()
        for (pi, _ti), m in self.table.by_token.items():
            if m.actor in out or m.kind != "name" or pi >= len(self.paras) or not 0 <= m.head < len(self.paras[pi].doc):
                continue
            h = tokens_of(self.paras[pi].doc)[m.head]
            while h.dep_ == "conj" and h.head.i != h.i:
                h = h.head
            if h.dep_ in ("nsubj", "nsubjpass", "agent"):
                out.add(m.actor)
        return out

    def _one_word_dropped(self, short: str, name: str) -> bool:
        """``short`` is ``name`` less one capitalised inner word that names no place or state, same first
        and last words ("Ethiopian Orthodox Church" for "Ethiopian Orthodox Tewahedo Church"), not a
        different body ("National Union of Mineworkers" and "National Union of Teachers" differ in the last)."""
        sw, nw = short.split(), name.split()
        if len(nw) != len(sw) + 1 or sw[0] != nw[0] or sw[-1] != nw[-1]:
            return False
        k = next((x for x in range(len(sw)) if sw[x] != nw[x]), len(sw))
        word = nw[k]
        return sw[k:] == nw[k + 1:] and 0 < k < len(nw) - 1 and word[:1].isupper() and word.lower() not in STOP_TITLE \
            and self.gaz.lookup(word) is None and self.gaz.adjective(word) is None

    def _places_not_actors(self) -> None:
        """A name the article uses as a place more often than it acts ("the disputed Abyei area", "the
        La Boquilla dam") is a place, unless the gazetteer or its own words make
        it an actor (a body's word, an office, an affiliation)."""
        T = self.table
        text = "\n".join(p.text for p in self.paras)
        for name in list(T.actors):
            a = T.actors[name]
            pl = T.places.get(name)
            if pl is not None and re.search(re.escape(name) + r"(?:'s|\u2019s)\s+[a-z]", text):
                continue  # "Freeport-McMoRan's chief executive": a body with people of its own
            e = self.gaz.lookup(name)
            if pl is None or a.type == "State" or (e is not None and e.kind == "actor") or a.roles or a.relations \
                    or a.affiliations or any(w.lower() in self.org_words for w in re.findall(r"\w+", name)) \
                    or len(pl["mentions"]) <= len(a.mentions) or any(name in b.affiliations for b in T.actors.values()):
                continue  # an actor by the gazetteer, by its own words, or because someone belongs to it
            self._not_an_actor(name)

    def _vessels_not_actors(self) -> None:
        """A ship is a thing the story's actors seize, board or send, never one of them: "the tanker Aral
        Crest", "X, a 2004-built oil products tanker,", "BRP Cabra" (a vessel noun before the name or in
        apposition with it, an alias that is one, or a hull prefix)."""
        T = self.table
        nouns = self.vessel_nouns
        if not nouns:
            return
        ships: set[str] = set()
        seen = [(pi, m.head, m.actor) for (pi, _ti), m in T.by_token.items() if m.kind == "name"]
        lone = {n for n, a in T.actors.items() if " " not in n and not a.roles and a.type in ("State", "Organization")}
        seen += [(p.idx, t.i, t.text) for p in self.paras for t in tokens_of(p.doc) if t.text in lone
                 and t.dep_ not in ("nsubj", "nsubjpass")]  # "the Jadran, a training ship" where it did not act (read
        # as a place, or as no mention at all), then "the Jadran sits in Tivat" as an actor: the name is the ship's
        for pi, head, name in seen:
            a = T.actors.get(name)
            if a is None or name in ships or a.roles or pi >= len(self.paras) or self.gaz.lookup(name) is not None:
                continue  # (an unknown "State" too: NER's place that sails)
            doc = self.paras[pi].doc
            if not 0 <= head < len(doc):
                continue
            h = tokens_of(doc)[head]
            near = [c for c in children_of(h) if c.dep_ in ("compound", "appos") and c.i != h.i]
            if h.dep_ in ("appos", "compound"):
                near.append(h.head)
            if any(t.pos_ == "NOUN" and t.text.islower() and t.lemma_.lower() in nouns for t in near):
                ships.add(name)
        for name, a in T.actors.items():
            words = name.split()
            if a.type in ("State", "Person") or self.gaz.lookup(name) is not None:
                continue
            if (len(words) >= 2 and words[0] in self.vessel_prefixes) or any(
                    x.split() and x.split()[-1].lower() in nouns and x.split()[0].lower() in ("a", "an", "the")
                    for x in a.aliases):
                ships.add(name)
        keys = {re.sub(r"^the\s+", "", n.lower()) for n in ships}  # "The Kestrel Star" is the "Kestrel Star"
        ships |= {n for n, a in T.actors.items() if a.type != "State" and re.sub(r"^the\s+", "", n.lower()) in keys}
        for name in ships:
            if name in T.actors and not T.actors[name].roles and not any(
                    name in b.affiliations for b in T.actors.values()):
                self._not_an_actor(name)

    def _products_not_actors(self) -> None:
        """"Scotland approved Trivexa in October": a name the story only approves, licenses, launches or
        prices (lexicon ``product_verbs``) and that never acts is a product, not an actor, whatever NER took
        it for ("Trivexa was clinically effective" is no act)."""
        T = self.table
        verbs = self.lex.words("product_verbs")
        things: set[str] = set()
        acts: set[str] = set()
        for (pi, _ti), m in T.by_token.items():
            a = T.actors.get(m.actor)
            if a is None or m.kind != "name" or a.roles or a.affiliations or pi >= len(self.paras) \
                    or m.actor in acts or self.gaz.lookup(m.actor) is not None:
                continue
            doc = self.paras[pi].doc
            if not 0 <= m.head < len(doc):
                continue
            h = tokens_of(doc)[m.head]
            while h.dep_ == "conj" and h.head.i != h.i:
                h = h.head
            if h.dep_ in ("dobj", "nsubjpass") and h.head.lemma_.lower() in verbs:
                things.add(m.actor)
            elif h.dep_ == "nsubj" and h.head.lemma_ not in STATIVE or h.dep_ == "poss" or h.dep_ == "pobj" \
                    and h.head.lower_ == "by":
                acts.add(m.actor)  # "Corvex offered a discount", "Corvex's offer": an actor, whatever it sells
        for name, a in T.actors.items():  # "Trivexa was effective" then "Scotland approved Trivexa": NER took the
            if a.type != "State" or name in acts or name in things or a.roles or " " in name \
                    or self.gaz.lookup(name) is not None:  # object of the second for a place, no mention
                continue
            for q in self.paras:
                if name not in q.text:
                    continue
                if any(u.text == name and u.dep_ in ("dobj", "nsubjpass") and u.head.lemma_.lower() in verbs
                       for u in tokens_of(q.doc)):
                    things.add(name)
                    break
        for name in things - acts:
            if name in T.actors and not any(name in b.affiliations for b in T.actors.values()):
                self._not_an_actor(name)

    def _not_an_actor(self, name: str) -> None:
        """Drop the actor ``name``: the tokens that named it now name a place (or a thing)."""
        T = self.table
        for key, m in list(T.by_token.items()):
            if m.actor == name:
                del T.by_token[key]
                T.place_tokens[key] = name
        del T.actors[name]

    def _crowds_of_a_body(self) -> None:
        """"Striking machinists" in a story about the "International Association of Machinists": a
        crowd named by the plural word of the one body whose name holds it is that body's members; "Arab
        states" beside the "Arab Group" are that bloc (its word, or its stem: "African", "Africa Group")."""
        T = self.table
        bodies = [(n, {w.lower() for w in n.replace("'", " ").replace("\u2019", " ").replace("-", " ").split() if w[:1].isupper()})
                  for n, b in T.actors.items() if b.type in ("Organization", "Group") and len(n.split()) >= 2]
        words_of = dict(bodies)  # (a one-word union from _striking_union is no listed body: its words cannot refuse it)
        for name in [n for n, a in T.actors.items() if a.type == "Group" and not a.roles]:
            words = norm(name).split()
            caps = {w.lower() for w in name.split()[1:] if w[:1].isupper()}
            if len(name.split()) >= 2 and all(w[:1].isupper() for w in name.split()):
                continue  # "the Social Democrats" beside "the Liberal Democrats": a name of its own, no crowd
            if not words or not words[-1].endswith("s") or (caps and not any(caps <= ws for _n, ws in bodies)):
                continue  # a crowd's own lower-case description only ("Striking machinists", "Rail unions"), or
                # named by the body's own capitalised words ("Nova Scotia nurses" of the Nova Scotia Nurses' Federation)
            whole = words[-1] in NOT_MEMBERS  # "Small island states": all its words, not only "states"
            one = words[-1][:-1]  # "the trade unions" beside the "Trade Union Federation": its singular too
            hit = [n for n, ws in bodies if n != name and (words[-1] in ws or not whole and len(one) > 3 and one in ws)
                   and (not whole or set(words) <= ws and not _narrowed_in(words, n))]
            if len(hit) > 1 and len(words) > 1:  # "trade unions": the "Trade Union Federation", not the "European Union"
                mods = {x for w in words[:-1] for x in w.split("-") if x}  # "public-service unions": both words
                hit = [n for n, ws in bodies if n in hit and mods <= ws]
            if not hit and whole and len(words) == 2 and len(words[0]) >= 4:
                hit = [n for n, ws in bodies if ws & self.coalitions and not _narrowed_in(words, n) and any(
                    len(x) >= 4 and (x.startswith(words[0]) or words[0].startswith(x)) for x in ws)]
                # "African states" are the "Africa Group", "Arab states" the "Arab Group": the one bloc of that word
            if not hit and words[0] in _striker_words(self.lex):
                hit = self._striking_union()  # "Striking workers", "Strikers" beside two unions: the one on strike
            hit = [n for n in hit if n in T.actors and caps <= words_of.get(n, caps)]  # a body listed above may be a crowd
            # merged away since ("Students" beside "Student workers", already folded into the union): only one still standing
            if len(hit) == 1:
                self._merge_into(name, hit[0])

    def _striking_union(self) -> list[str]:
        """The union a crowd of strikers belongs to: the most mentioned body whose name holds a union's word
        ("Workers' Union", "District Lodge") or that the article calls "the union", when it clearly leads."""
        T = self.table
        words = _descriptor_synonyms(self.lex).get("union", frozenset({"union"}))
        unions = sorted(((len(a.mentions), n) for n, a in T.actors.items() if a.type in ("Organization", "Group") and (
            words & set(re.findall(r"[a-z]+", norm(n))) or any(norm(x) == "union" for x in a.aliases))), reverse=True)
        return [unions[0][1]] if unions and (len(unions) == 1 or unions[0][0] > unions[1][0]) else []

    def _silent_single_words(self) -> None:
        """A one-word "person" with no title, office, honorific, affiliation or known full name that
        never reports anything and no he/she points back to ("Kalapani", "Dayton", "Turnout"): NER's
        person is a place or a thing, not someone who acts."""
        T = self.table
        keep: set[str] = set()
        for (pi, _ti), m in T.by_token.items():
            a = T.actors.get(m.actor)
            if a is None or (a.type != "Person" and m.actor not in self.lone_bodies) or " " in a.name \
                    or m.actor in keep or pi >= len(self.paras):
                continue
            doc = self.paras[pi].doc
            if m.kind == "pronoun" and tokens_of(doc)[m.i].lower_ in ("he", "she", "him", "her", "his", "hers"):
                keep.add(m.actor)
                continue
            h = tokens_of(doc)[m.head]
            if any(c.dep_ in ("compound", "appos", "amod") and c.pos_ == "NOUN" and c.text.islower() for c in children_of(h)) \
                    or (h.dep_ == "appos" and h.head.pos_ == "NOUN" and h.head.text.islower()):
                keep.add(m.actor)  # "the state supplier Energocom": described as one who acts
                continue
            while h.dep_ in ("conj", "appos", "compound") and h.head.i != h.i:
                h = h.head  # "the hauliers' association, Linava, says", "fired by Polisario fighters"
            if (h.dep_ == "nsubj" and h.head.pos_ == "VERB" and h.head.lemma_ not in STATIVE) or h.dep_ == "poss" \
                    or (h.dep_ == "nsubjpass" and h.head.lemma_ in self.lex.reporting) \
                    or (h.dep_ not in ("nsubj", "nsubjpass") and _acting(h)):
                keep.add(m.actor)  # "Coleman said", "Velmar presented", "told Freeport to": it acts, speaks or is told
        belongs = {x for b in T.actors.values() for x in [*b.affiliations, *(r[1] for r in b.relations)]}
        for name in [n for n, a in T.actors.items() if (a.type == "Person" or n in self.lone_bodies) and " " not in n
                     and n not in keep]:
            a = T.actors[name]
            low = name.lower()
            if a.roles or a.relations or a.affiliations or name in belongs or low in self.given_names \
                    or low in self.full_names or self.gaz.lookup(name) is not None or any(
                        x.split()[0].rstrip(".").lower() in self.name_titles for x in a.aliases if x.split()):
                continue
            self._not_an_actor(name)

    def _later_bodies(self) -> None:
        """"the school district's offer" in the lede, "Riverton Unified School District" further on: a
        body described before it is named is the one body whose name holds the described noun."""
        T = self.table
        syns = _descriptor_synonyms(self.lex)
        for p, i, j, head, phrase, _pos in self.later_bodies:
            if (p.idx, i + 1) in T.by_token:
                continue
            syn = set(syns.get(head, [head])) | {head}
            mods = [w for w in phrase.lower().split()[1:-1] if w.isalpha() and w not in GENERIC_ADJ]
            named = [n for n, a in T.actors.items() if a.type in ("Organization", "Group") and a.named
                     and syn & set(re.findall(r"[a-z]+", norm(n))) and n[:1].isupper()
                     and all(w in re.findall(r"[a-z]+", norm(n)) or w in a.modifiers for w in mods)]
            # "the joint commission" is not the "Central Election Commission"
            states = [n for n, a in T.actors.items() if a.type == "State"
                      and any(norm(x).split()[-1:] == [head] for x in a.aliases)]  # a state's own ministry is one too
            if len(named) == 1 and not states:
                T.add_mention(p, i, j, j - 1, named[0], T.actors[named[0]].type, "descriptor", phrase)


NOT_AN_ACT = frozenset({"be", "seem", "appear", "remain", "become", "look", "sound", "feel", "mean", "matter", "happen",
                        "take", "make", "depend", "cost", "need", "come", "go", "get", "have"})  # "it was", "it would take"


def closes_region_adjective(gaz: Gazetteer, t: Any) -> bool:
    """Whether the state adjective ``t`` ends a longer name NER reads as one ("Latin American", "West African",
    "North American"): a region's people, not the state's. A state's own word before it ("Bosnian Serb",
    "Greek Cypriot") or a two-word adjective the gazetteer knows ("South African") keeps the state."""
    if t.i == 0 or t.ent_iob_ != "I":
        return False
    prev = tokens_of(t.doc)[t.i - 1]
    return prev.text[:1].isupper() and prev.ent_type_ == t.ent_type_ and gaz.adjective(prev.text) is None \
        and gaz.lookup(prev.text) is None and gaz.adjective(prev.text + " " + t.text) is None


def _narrowed_in(words: list[str], body: str) -> bool:
    """"Developed countries" inside the "Least Developed Countries Group": a degree word of the body's own name
    turns the crowd's first word round, so the body is the opposite bloc, not that crowd ("Island nations" of
    the "Alliance of Small Island States" are that alliance)."""
    name = [w for w in re.split(r"[\s\-'\u2019]+", body.lower()) if w]
    at = name.index(words[0]) if words and words[0] in name else -1
    return at > 0 and name[at - 1] in DEGREE_WORDS


@functools.lru_cache(maxsize=4096)
def _name_heads(name: str) -> frozenset[str]:
    """The words a body's name is headed by: the last one, and the one before "of" ("Writers Guild
    of America" is a guild, "Alliance of Motion Picture … Producers" an alliance). A last word after
    "of the" names whose body it is, not what it is: "Civil Service of the Federation" is no federation.
    Cached (frozen): the descriptor loops ask it of every body named before, for every "the …"."""
    words = norm(name).split()
    out = set(words[-1:])
    if "of" in words[1:]:
        k = words.index("of", 1)
        out.add(words[k - 1])
        if len(words) == k + 3 and words[k + 1] == "the":
            out.discard(words[-1])
    return frozenset(out)


def _gaz_actor(e: Entry | None, typ: str) -> TypeGuard[Entry]:
    """Is this gazetteer entry an actor of that type (not a place that shares the name)?"""
    return e is not None and e.kind == "actor" and e.type == typ


def _named_for(name: str, owner: str | None) -> bool:
    """A body described by its members ("the commuters' group") is one named for them ("Nairobi Commuters
    Association"), not any group just named ("Gulf states"); a description without members fits any."""
    if owner is None:
        return True
    words = set(norm(name).split())
    return owner in words or owner.rstrip("s") in words


def _owner_opening(phrase: str) -> int:
    """Where an office's phrase opens at a capitalised owner after a lower-case word that is no
    preposition ("a phrase Somaliland's foreign minister"); 0 when it opens where it starts."""
    for m in _OWNER_OPENS.finditer(phrase):
        words = phrase[:m.start()].split()
        if words and words[-1][:1].islower() and words[-1].lower() not in _NOT_AN_OFFICE_WORD:
            return m.start()
    return 0


def in_quote(text: str, at: int) -> bool:
    """Is ``at`` inside a direct quote of the paragraph ``text`` (an odd number of marks before it)? A quote
    still open at the paragraph's end counts; ``speech.quoted_at`` (closed pairs only) is the strict test."""
    before = text[:at]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


_SHORT_SKIP = frozenset({"of", "the", "and", "for", "de", "del", "des", "du", "da", "do", "dos", "das", "di", "la", "le",
                         "y", "e", "&"})


def _short_form(short: str, name: str) -> bool:
    """``short`` is a one-word clipped name of the body ``name``: the opening letters of its words, in
    order and from the first, at least three of them ("Tepco" for Tokyo Electric Power Company Holdings,
    "Cosatu", "Napsu", "Ienu"). Case is ignored, so "Nato"-style spellings of initials match too."""
    low = short.lower()
    if not (3 <= len(low) <= 8 and low.isalpha()) or " " in short:
        return False
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", re.sub(r"['\u2019]s?\b", "", name))
             if w.lower() not in _SHORT_SKIP]
    if len(words) < 3:
        return False
    consumed = {0}  # the characters of ``low`` the words so far can account for, each giving one or more letters
    for k, w in enumerate(words):
        consumed = {pos + n for pos in consumed for n in range(1, len(w) + 1) if low.startswith(w[:n], pos)}
        if not consumed:
            break
        if k >= 2 and len(low) in consumed:  # at least three words used
            return True
    return False


def fronted_appositions(verb: Any) -> list[Any]:
    """"In Dushanbe, the head of the agency, X, said he …": the parse hangs the speaker on the opening place as its
    apposition and leaves the verb no subject; the appositions of what the verb's fronted prepositions govern (none
    when the verb has a subject). Speech reads the speaker from them, the actor reader the subject "he" looks back at."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in children_of(verb)):
        return []
    return [a for c in children_of(verb) if c.dep_ == "prep" and c.i < verb.i for g in children_of(c) if g.dep_ == "pobj"
            for a in children_of(g) if a.dep_ == "appos"]


@functools.lru_cache(maxsize=256)
def _unnamed_role_re(role: str) -> re.Pattern[str]:
    """"A spokesman", "a senior Commission spokesman": the words between the article and the role only describe it,
    never a second determiner ("a demand the spokesman called absurd" brings in no spokesman). Compiled once per role
    (``descriptors`` asks per descriptor)."""
    return re.compile(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother) (?:(?!the |his |her |its |their )[\w-]+ ){{0,2}}{re.escape(role)}\b")
    # ("One diplomat close to the talks said … the diplomat said": that one too)


def _relative_on(doc: Any, start: int, end: int, limit: int, root: Any, pronouns: tuple[str, ...]) -> bool:
    """", who chairs …", ", which has …" right after the name ``doc[start:end]`` and hanging on it, the name not the
    object of a preposition ("president of the X Conference, who led …" describes the president): what the
    pronoun says of the name (a person for "who"/"whose", a body for "which")."""
    doc_toks = tokens_of(doc)
    if not (end + 1 < limit and doc_toks[end].text == "," and doc_toks[end + 1].lower_ in pronouns):
        return False
    rel = doc_toks[end + 1]
    clause = rel.head.head if rel.lower_ == "whose" else rel.head  # ("whose" hangs on the noun it owns)
    return start <= clause.head.i < end and root.dep_ != "pobj"


def _prep_objects_children(tok: Any) -> list[Any]:
    """What hangs on the objects of a noun's prepositions ("representative in Beirut, Karolina Svensson": the
    name the parse hangs on "Beirut")."""
    return [a for c in children_of(tok) if c.dep_ == "prep" for o in children_of(c) if o.dep_ == "pobj" for a in children_of(o)]


# a capitalised name and its initials in brackets: "the Comprehensive Economic Trade Agreement (CETA)"
_NAME_AND_INITIALS = re.compile(r"\b([A-Z][\w'.]*(?:[\s-]+[A-Z][\w'.]*){0,8})\s*\(([A-Z][A-Za-z]{1,9})\)")


def _acronym(name: str) -> str:
    name = re.sub(r"['\u2019]s\b", "", name)  # "Tigray People's Liberation Front": TPLF
    words = [w for w in re.findall(r"[^\W\d_]+", name) if w.lower() not in NAME_LINKS]  # "Aéreos" is one word
    return "".join(w[0].upper() for w in words) if len(words) >= 2 else ""


_OFFICE_BEFORE_PORTFOLIO = re.compile(r"(\w+) (?:of|for) ")  # "minister" of "minister for legal affairs"
# home_state's runs of capitalised words: up to three (group 1 the third), "The" before them allowed, so
# that a three-word state is read whole ("(The) Central African Republic"); else its first two words
_CAPITALISED_RUN = re.compile(r"(?:The\s)?[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?(\s[A-Z][\w\-]+)?")
_FIRST_TWO_WORDS = re.compile(r"\S+(?:\s[A-Z][\w\-]+)?")
_GOVERNMENT_OF = re.compile(r"\bgovernment of ([A-Z][\w\-]+(?: [A-Z][\w\-]+)?)|\b([A-Z][\w\-]+)'s government\b")


def home_state(gaz: Gazetteer, paras: list[Paragraph], lex: Lexicon | None = None) -> str | None:  # noqa: C901
    """The state an article is mostly about: the most frequent state name or adjective, headline thrice,
    and a state whose government the text names outright ("the government of X") counts four times.
    A capital or seat of power counts for its state ("Addis Ababa rejected", "Manila's negotiators")
    unless a preposition of place makes it a venue ("talks in Doha"; lexicon ``venue_preps``), and only for a
    state the article names; the dateline city tips a close count to its state."""
    if lex is None:
        lex = load_lexicon()
    venue = lex.cached("actors.venue_preps", lambda raw: frozenset(w.lower() for w in raw.get("venue_preps", [])))
    named_for = lex.cached("actors.document_words", lambda raw: frozenset(
        w.lower() for w in [*raw.get("document_nouns", []), *raw.get("proposal_heads", [])]))
    counts: dict[str, float] = {}
    seats: dict[str, float] = {}
    for p in paras:
        at = 0
        while mw := _CAPITALISED_RUN.search(p.text, at):
            w = mw.group(0)
            e = (gaz.adjective(w) or gaz.lookup(w)) if mw.group(1) else None  # "Papua New Guinea" whole, not "Guinea"
            if e is None or e.type != "State":
                w = _FIRST_TWO_WORDS.match(w).group(0)  # type: ignore[union-attr]
                e = gaz.adjective(w) or gaz.lookup(w) or gaz.lookup(w.split()[0])
            at = mw.start() + len(w)
            weight = 3 if p.kind == "headline" else 1
            if _gaz_actor(e, "State"):
                counts[e.name] = counts.get(e.name, 0) + weight
            elif e is not None and e.kind == "place" and e.seat_of:
                seat = gaz.lookup(e.seat_of)
                before = p.text[max(0, mw.start() - 12):mw.start()].split()
                after = p.text[at:at + 16].split()
                if _gaz_actor(seat, "State") and not (
                        before and before[-1].lower() in venue) and not (
                        after and after[0].strip(",.;:'\u2019").lower() in named_for):  # "the Pretoria agreement"
                    seats[seat.name] = seats.get(seat.name, 0) + weight
        for m in _GOVERNMENT_OF.finditer(p.text):  # "the government of Mozambique": whose government this story is
            e = gaz.lookup(m.group(1) or m.group(2))
            if _gaz_actor(e, "State"):
                counts[e.name] = counts.get(e.name, 0) + 4
    line = next((p.dateline for p in paras if p.dateline), None)
    for city in (line or "").split("/"):  # "ADDIS ABABA –": the reporter's city tips a close count to its state
        e = gaz.lookup(city.strip())
        state = e.name if e is not None and e.kind == "actor" else (e.seat_of or e.located_in) if e is not None else None
        if state:
            seats[state] = seats.get(state, 0) + 1
    for name, n in seats.items():  # a seat only adds to a state the article names: "London" alone makes no story British
        if name in counts:
            counts[name] += n
    # the United States is everywhere; prefer a local state
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1] * (0.5 if kv[0] == "United States" else 1)))
    return ranked[0][0] if ranked else None

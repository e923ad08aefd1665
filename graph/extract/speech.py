"""Who said what: reporting frames ("X said", "X told Y", "according to X", "…, adding that …"),
quotes that run over several paragraphs, and the statements they make.

The speaker is the reporting verb's subject (resolved through coreference), inherited through
conjunctions and "adding"; a that-clause hanging inside a prepositional phrase ("said in remarks to
a cabinet meeting on Tuesday that …") is found by searching the verb's whole subtree; "so-called"
is never a reporting verb. A paragraph that is only a quote takes the previous speaker (not across a quote
whose tag names no actor: the bare quote after it is that unnamed speaker's). A text speaks
for its author ("a statement from the army said", "according to a statement from X"); particle verbs
report only with a clause ("pointed out that …", "hit back that …"). The subject of a passive report
("X was accused of …", "had been told to …") never speaks, only its agent does; "a spokesperson said"
with no body named speaks for the body the sentence before is about; "according to two people briefed
on the talks" names no speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from graph.extract.actors import communication_noun_set, fronted_appositions, in_quote
from graph.extract.common import Context, compact, evidence, set_off_participle, subjects, subtree
from graph.extract.paragraphs import Sentence, children_of, tokens_of
from graph.records import StatementRecord

QUOTES = "\"\u201c\u201d"
REPORTING_HINT = {"say", "tell", "add", "state", "claim", "write", "post", "warn", "insist", "argue", "accuse", "deny"}
SELF_FRAMED = {"accuse", "deny"}  # "… and accused X of Y" is a claim of its own, not part of the said-clause


@dataclass
class Frame:
    sent: Sentence
    verb: Any
    speakers: list[str]
    content: list[Any] = field(default_factory=list)  # tokens of what was said
    addressee: list[str] = field(default_factory=list)
    direct: bool = False


def _own_report(c: Any) -> bool:
    """"X said …; Y said …" parsed as one clause under the other: a reporting verb with its own
    subject is a frame of its own, not what the other speaker said."""
    return c.lemma_ in REPORTING_HINT and any(x.dep_ in ("nsubj", "nsubjpass") for x in children_of(c))


PHRASAL_REPORTS = {("point", "out"), ("spell", "out"), ("lay", "out"), ("hit", "back"), ("fire", "back")}


COUNTERFACTUAL = {"should", "could", "would", "might", "must", "ought"}


def unsaid(t: Any) -> bool:
    """A reporting verb that reports nothing: a modal perfect ("should have insisted", "could have
    demanded": what someone failed to say) or a negation ("would not say", "did not comment")."""
    aux = [c.lower_ for c in children_of(t) if c.dep_ in ("aux", "auxpass")]
    if "have" in aux and any(a in COUNTERFACTUAL for a in aux):
        return True
    return any(c.dep_ == "neg" for c in children_of(t))


def _passive(t: Any) -> bool:
    """"Belarus was accused of …", "it had been told to expect …", "are said to have voted", "to be
    added outside China": the subject of a passive reporting verb is who the report is about or who
    was told, never who speaks."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in children_of(t))


def _passive_agent(ctx: Context, s: Sentence, t: Any) -> list[str]:
    """The speaker of a passive report is its agent ("had been dismissed by the unions as …"), if any."""
    return next((w for c in children_of(t) if c.dep_ == "agent" for g in children_of(c)
                 if g.dep_ == "pobj" and (w := ctx.table.resolve(s.para, g))), [])


def _phrasal_report(t: Any) -> bool:
    """"X pointed out that …", "X hit back that …": a verb that reports only with its particle, and
    only when a clause follows (so "pointed out the map" is no statement)."""
    return any((t.lemma_.lower(), c.lower_) in PHRASAL_REPORTS for c in children_of(t) if c.dep_ == "prt") \
        and any(c.dep_ == "ccomp" for c in children_of(t))


def _narrated_time(c: Any, distance: frozenset[str]) -> bool:
    """", hours after Trump demanded …": an adverbial clause with a subject of its own, set off by a time
    distance ("hours after", "days before"), is the reporter's timeline, not part of what was said."""
    kids = children_of(c)
    return c.dep_ == "advcl" and any(x.dep_ == "mark" and x.lower_ in ("after", "before") for x in kids) \
        and any(x.dep_ == "nsubj" for x in kids) \
        and any(x.dep_ in ("npadvmod", "advmod") and x.lower_ in distance for x in kids)


def _content(verb: Any, distance: frozenset[str] = frozenset()) -> list[Any]:
    kids = [c for c in children_of(verb) if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")
            and not (c.i < verb.i and _own_report(c))]
    if kids:
        c = min(kids, key=lambda c: (c.i < verb.i, c.i))  # the clause after the verb first
        own = [x for x in children_of(c) if x.dep_ == "conj" and x.lemma_ in REPORTING_HINT and (
               x.lemma_ in SELF_FRAMED or any(y.dep_ == "nsubj" and y.pos_ == "PROPN" for y in children_of(x)))]
        own += [x for x in children_of(c) if _narrated_time(x, distance)]
        out = subtree(c)
        for x in own:
            drop = set(t.i for t in subtree(x))
            out = [t for t in out if t.i not in drop and not (t.dep_ == "cc" and t.head.i == c.i)]
        # "said Canada would look at …, but that it would not create new quotas": a second that-clause
        # coordinated with the verb is said by the same speaker
        for x in children_of(verb):
            if x.dep_ == "conj" and x.i > c.i and x.pos_ in ("VERB", "AUX") \
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in children_of(x)):
                out = out + [t for t in subtree(x) if not (t.dep_ == "cc" and t.head.i == verb.i)]
        return out
    for c in children_of(verb):  # "said in remarks to a cabinet meeting on Tuesday that …"
        if c.dep_ == "prep":
            for t in subtree(c):
                if t.dep_ == "ccomp" or (t.dep_ in ("acl", "relcl") and any(x.lower_ == "that" for x in children_of(t))):
                    return subtree(t)
    return []


def frames(ctx: Context, sents: list[Sentence]) -> list[Frame]:
    out: list[Frame] = []
    last: Frame | None = None
    intro: Frame | None = None
    local: Frame | None = None  # the person the sentence just before is about (no quote, no tag of its own)
    comm_nouns = communication_noun_set(ctx.lex)  # "statement", "remarks": a text, not a speaker
    data_nouns = ctx.lex.cached("speech.sourced_data_nouns", lambda raw: frozenset(  # "according to figures of X"
        w.lower() for w in raw.get("sourced_data_nouns", [])))
    distance = ctx.lex.cached("speech.time_distance_words", lambda raw: frozenset(
        w.lower() for w in raw.get("time_distance_words", [])))  # "hours after": the reporter's timeline
    for s in sents:
        if s.kind != "body":
            continue
        found: list[Frame] = []
        own_tag = False  # a reporting verb with a subject of its own that names no actor ('…," a ministry source said')
        for t in s.tokens:
            if t.pos_ not in ("VERB", "AUX") or (t.lemma_.lower() not in ctx.lex.reporting and not _phrasal_report(t)):
                continue
            if t.i > 0 and tokens_of(t.doc)[t.i - 1].text in ("-",) or t.lower_ in ("so-called",):
                continue
            if t.i > 1 and tokens_of(t.doc)[t.i - 1].text == "-" and tokens_of(t.doc)[t.i - 2].lower_ == "so":
                continue
            if quoted_at(s, t.idx):
                continue  # '"The minister should not be threatening us," he said': words inside a quote are its speaker's
            if unsaid(t):
                continue  # "the government should have insisted on …", "he would not say whether …": nothing was said
            host = _participle_host(t)
            who = _passive_agent(ctx, s, t) if _passive(t) else (
                subjects(ctx, s, host) if host is not None else None) or (
                subjects(ctx, s, t) or _fronted_speaker(ctx, s, t) or _unnamed_voice(ctx, sents, s, t))
            if not who:
                own_tag = own_tag or any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in comm_nouns
                                         for c in children_of(t))  # "the statement said": the text of the last speaker
                continue
            addressee: list[str] = []
            for c in children_of(t):
                if c.dep_ in ("dobj", "dative") and t.lemma_ == "tell":
                    addressee += ctx.table.resolve(s.para, c)
            content = _content(t, distance)
            direct = any(q in s.text for q in QUOTES)
            found.append(Frame(s, t, who, content, addressee, direct))
        for t in s.tokens if "according" in s.lowers else ():  # "according to X"
            if t.lower_ == "according" and t.i + 1 < len(t.doc) and tokens_of(t.doc)[t.i + 1].lower_ == "to":
                for g in children_of(tokens_of(t.doc)[t.i + 1]):
                    if _counted_sources(g):
                        continue
                    who = ctx.table.resolve(s.para, g)
                    if not who and (g.lower_ in comm_nouns or g.lower_ in data_nouns):
                        # "according to a statement from X", "according to remarks by X": X
                        who = next((w for c in children_of(g) if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")
                                    for x in children_of(c) if x.dep_ == "pobj" and (w := ctx.table.resolve(s.para, x))), [])
                    if who:  # "According to the Ministry of Health, X …": what follows the source's whole phrase
                        said = [x for x in s.tokens if x.i > (g.right_edge.i if t.i < t.head.i else g.i)]
                        found.append(Frame(s, t, who, said, [], False))
        stripped = s.text.strip()
        if not found:
            labelled = _qa_label(ctx, s)  # 'LEPARIYO: "Some of the raids never happened."': an interview's answer
            if labelled is not None:
                found.append(labelled)
        if not found and stripped[:1] in QUOTES:
            tagged = _quote_then_speaker(ctx, s)
            if tagged is not None:
                found.append(tagged)
        if not found and not own_tag and (stripped[:1] in QUOTES or _inside_quote(s)):
            ahead = _tag_ahead(ctx, sents, s)
            if ahead:  # '"We are ready. We will not sign," X said.': X speaks the first sentence too
                found.append(Frame(s, s.span.root, ahead, list(s.span), [], True))
        if not found and stripped[:1] not in QUOTES:
            colon = _colon_quote(ctx, s)  # 'X was blunt: "The offer is an insult."'
            if colon is not None:
                found.append(colon)
        if not found and not own_tag and local is not None and stripped[:1] in QUOTES and local.sent.para is s.para \
                and local.sent.idx == s.idx - 1 and not any(
                    t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in ctx.lex.reporting for t in s.tokens):
            found.append(Frame(s, s.span.root, local.speakers, list(s.span), [], True))  # 'X spoke after the
            # meeting. "The offer is an insult."': an untagged quote right after a sentence about a person is his
        if not found and intro is not None and stripped[:1] in QUOTES and s.para.idx - intro.sent.para.idx == 1 \
                and (last is None or last.sent.para.idx < intro.sent.para.idx):
            last = intro  # "Its chief executive, X, was blunt." then a paragraph of quotes: X speaks
        if not found and not own_tag and last is not None and (stripped[:1] in QUOTES or _inside_quote(s)) \
                and s.para.idx - last.sent.para.idx <= 1:
            found.append(Frame(s, s.span.root, last.speakers, list(s.span), [], True))
        out += found
        local = None
        if found:
            last = found[-1]
        elif own_tag:
            last = None  # '"…," a person close to the committee said. "We will not …"': the next bare quote is that
            # unnamed speaker's too, not the speaker before
        elif stripped[:1] not in QUOTES and not any(q in stripped for q in QUOTES):
            local = _introducer(ctx, s)
            if s.end >= s.para.start + len(s.para.text.rstrip()):
                intro = local
    return out


def _participle_host(t: Any) -> Any | None:
    """The verb whose subject speaks a comma-set participle that the parse hung on a wanted act: "X demanded
    that Y give him a mandate, saying …" and "X urged Y to resign, saying …" are X's words: a bare-infinitive
    or subjunctive clause tells what the main subject wants, so its own subject has done nothing, said nothing."""
    if not set_off_participle(t) or any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(t)):
        return None
    v = t.head
    if v.tag_ != "VB" or v.dep_ not in ("ccomp", "xcomp") or v.head.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ == "aux" and c.tag_ == "MD" for c in children_of(v)):
        return None  # not "X said the ministers would leave, saying …": a modal clause states what they do
    return v.head


def _fronted_speaker(ctx: Context, s: Sentence, verb: Any) -> list[str]:
    """"In Dushanbe, the head of the agency, X, said …": the apposition the opening place holds is who speaks."""
    return next((who for a in fronted_appositions(verb) if (who := ctx.table.resolve(s.para, a))), [])


def _counted_sources(g: Any) -> bool:
    """"according to two people briefed on the talks", "according to three diplomats": sources counted,
    not named, are nobody the article names, not the person a clause about them mentions."""
    return g.tag_ == "NNS" and any(c.dep_ == "nummod" for c in children_of(g))


def _unnamed_voice(ctx: Context, sents: list[Sentence], s: Sentence, verb: Any) -> list[str]:
    """"The ministry disputed that account. A spokesperson said …": an unnamed "a spokesperson" (or
    "a company spokesman", "a member") speaks for the body the sentence before in its paragraph is about."""
    subj = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in ctx.table.proxies or s.idx < 1 \
            or not any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in children_of(subj)) \
            or any(d.dep_ == "prep" or (d.dep_ == "compound" and d.text[:1].isupper()) for d in children_of(subj)):
        return []  # "a spokesman for X", "a Commission spokesperson": the body is named, read or not
    prev = sents[s.idx - 1]
    if prev.idx != s.idx - 1 or prev.para is not s.para or prev.kind != "body":
        return []
    head = next((c for c in children_of(prev.span.root) if c.dep_ == "nsubj"), None)
    who = ctx.table.resolve(prev.para, head, conj=False) if head is not None else []
    return who[:1] if who and ctx.table.actors[who[0]].type != "Person" else []


def _colon_quote(ctx: Context, s: Sentence) -> Frame | None:
    """'Its president, X, was blunt: "…"', 'X put it simply: "…"': a quote opened after a colon is
    spoken by the person the clause before the colon is about."""
    text = s.text
    m = re.search(r":\s*[\"\u201c]", text)
    if m is None:
        return None
    at = s.span.start_char + m.start()
    head = next((t for t in s.tokens if t.idx >= at), None)
    if head is None:
        return None
    before = [t for t in s.tokens if t.idx < at]
    subj = next((t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.head.idx < at), None)
    who = ctx.table.resolve(s.para, subj, conj=False) if subj is not None else []
    if not who or ctx.table.actors[who[0]].type != "Person":
        return None
    return Frame(s, subj.head, who[:1], [t for t in s.tokens if t.idx > at and t.text not in QUOTES], [], True)


_LABEL = re.compile(r"([A-Z][A-Z'\u2019-]+(?: [A-Z][A-Z'\u2019-]+){0,2}):\s")


def _qa_label(ctx: Context, s: Sentence) -> Frame | None:
    """'LEPARIYO: "Some of the raids never happened. We asked the forum …"': a paragraph of an interview opened by a
    speaker's name in capitals and a colon is that person's answer, every sentence of it. The label must be the
    surname (or the full name) of exactly one person the article names; "Q:" and headings name nobody."""
    text = s.para.text
    m = _LABEL.match(text)
    if m is None:
        return None
    label = m.group(1)
    people = [a.name for a in ctx.table.actors.values() if a.type == "Person" and (
        a.name.upper() == label or a.name.split()[-1].upper() == label)]
    if len(people) != 1:
        return None
    content = [t for t in s.tokens if t.idx >= m.end() and t.text not in QUOTES]  # the answer, after the label
    return Frame(s, s.span.root, people, content, [], True) if content else None


def _tag_ahead(ctx: Context, sents: list[Sentence], s: Sentence) -> list[str]:
    """The speaker named where a quote that ``s`` opens (or sits inside) closes, later in the same
    paragraph: '"We are ready. We will not sign until they do," the minister said.'"""
    marks = sum(s.text.count(q) for q in QUOTES)
    if marks % 2 == 0 and not (marks == 0 and _inside_quote(s)):
        return []  # the quote closes in this sentence: its own tag, if any, was read already
    for k in range(s.idx + 1, min(s.idx + 6, len(sents))):
        nxt = sents[k]
        if nxt.para is not s.para or nxt.idx != k:
            break
        if any(q in nxt.text for q in QUOTES):
            tagged = _quote_then_speaker(ctx, nxt)
            return tagged.speakers if tagged is not None else []
    return []


_QUOTED = re.compile(r"\"[^\"\n]*\"|\u201c[^\u201c\u201d\n]*\u201d")


def quoted_at(s: Sentence, char: int) -> bool:
    """Whether the paragraph character ``char`` lies inside a closed pair of quote marks: a verb there is
    part of what someone is quoted as saying, not a frame of its own. Stricter than :func:`_inside_quote`
    (``actors.in_quote``, which counts marks before the point): a mark never closed in the paragraph (a quote
    running on into the next one) does not count here, so a reporting verb after it is still read."""
    text = s.para.text
    if '"' not in text and "\u201c" not in text:
        return False
    return any(m.start() < char < m.end() for m in _QUOTED.finditer(text))


def _inside_quote(s: Sentence) -> bool:
    """'"We are ready. We have said so from the first day."': a sentence that opens inside a quote
    left open earlier in its paragraph (an odd number of quote marks before it) is still the quote."""
    return in_quote(s.para.text, max(0, s.span.start_char))


def _quote_then_speaker(ctx: Context, s: Sentence) -> Frame | None:
    """'"We cannot accept a treaty …," Norway's climate minister, X, said.': the speaker named after
    the closing quote, however the parser hung the sentence together."""
    toks = s.tokens
    close = next((k for k in range(len(toks) - 1, 0, -1) if toks[k].text in QUOTES), None)
    if close is None or close < 2:
        return None
    tail = [t for t in toks[close + 1:] if not t.is_punct]
    at = next((k for k, t in enumerate(tail) if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in ctx.lex.reporting),
              None)
    if at is None or at > 10:
        return None
    verb = tail[at]
    who = [a for t in tail[:at + 6] if (a := ctx.table.at(s.para, t.i))]  # "X said", "said X, the minister"
    people = [a for a in who if ctx.table.actors[a].type == "Person"]
    if not who:
        return None
    return Frame(s, verb, (people or who)[:1], [t for t in toks[1:close] if t.text not in QUOTES], [], True)


def _introducer(ctx: Context, s: Sentence) -> Frame | None:
    """The person a paragraph ends on as the subject of its last sentence, who may speak the quotes
    of the next paragraph."""
    root = s.span.root
    subj = next((c for c in children_of(root) if c.dep_ == "nsubj"), None)
    who = ctx.table.resolve(s.para, subj, conj=False) if subj is not None else []
    if not who or ctx.table.actors[who[0]].type != "Person":
        return None
    return Frame(s, root, who[:1], [], [], False)


def statements(ctx: Context, fr: list[Frame]) -> list[StatementRecord]:
    out: list[StatementRecord] = []
    seen: set[tuple[str, int]] = set()
    for f in fr:
        speaker = f.speakers[0]
        if (speaker, f.sent.idx) in seen:
            continue
        seen.add((speaker, f.sent.idx))
        text = compact(f.content, 40) if f.content else compact(list(f.sent.span), 40)
        out.append(StatementRecord(speaker=speaker, text=text or f.sent.text[:200], direct=f.direct,
                                   addressee=f.addressee[0] if f.addressee else None,
                                   evidence=evidence(ctx, f.sent)))
    return out

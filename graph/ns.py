"""Namespaces. ``PARLEY.Foo`` raises AttributeError when ``Foo`` is not declared in ontology.ttl.

rdflib's DefinedNamespace pattern: a misspelt term fails at import or first use instead of
minting a silent new IRI. ``tests/test_ontology.py`` checks this list against ontology.ttl.

>>> str(PARLEY.Position)
'https://w3id.org/parley/ns#Position'
>>> PARLEY.Postion
Traceback (most recent call last):
...
AttributeError: term 'Postion' not in namespace 'https://w3id.org/parley/ns#'
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

BASE = "https://w3id.org/parley/"
ID = Namespace(BASE + "id/")
GRAPH = Namespace(BASE + "graph/")
ENTITIES_GRAPH = URIRef(BASE + "graph/entities")
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
OA = Namespace("http://www.w3.org/ns/oa#")


class PARLEY(DefinedNamespace):
    """Terms of ontology.ttl."""

    _NS = Namespace(BASE + "ns#")
    _fail = True

    # classes
    Actor: URIRef
    Person: URIRef
    State: URIRef
    Organization: URIRef
    Group: URIRef
    Relation: URIRef
    Place: URIRef
    PlaceType: URIRef
    City: URIRef
    Region: URIRef
    Sea: URIRef
    Country: URIRef
    Building: URIRef
    Proposal: URIRef
    Issue: URIRef
    Assertion: URIRef
    Position: URIRef
    Stance: URIRef
    Demand: URIRef
    Claim: URIRef
    Dispute: URIRef
    Statement: URIRef
    Event: URIRef
    Grounding: URIRef
    EventCategory: URIRef
    # concept schemes and stances
    issues: URIRef
    stances: URIRef
    support: URIRef
    oppose: URIRef
    mixed: URIRef
    conditional: URIRef
    # properties
    role: URIRef
    relation: URIRef
    relative: URIRef
    relationKind: URIRef
    mentionCount: URIRef
    articleLabel: URIRef
    articleClass: URIRef
    mentioned: URIRef
    acts: URIRef
    placeType: URIRef
    locatedIn: URIRef
    seatOf: URIRef
    proposedBy: URIRef
    touchesIssue: URIRef
    evidence: URIRef
    text: URIRef
    holder: URIRef
    stance: URIRef
    target: URIRef
    demandedBy: URIRef
    demandedOf: URIRef
    condition: URIRef
    claimedBy: URIRef
    about: URIRef
    disputedBy: URIRef
    disputant: URIRef
    speaker: URIRef
    addressee: URIRef
    direct: URIRef
    eventType: URIRef
    mode: URIRef
    source: URIRef
    place: URIRef
    onProposal: URIRef
    contentHash: URIRef
    extractorVersion: URIRef


class PLOVER(DefinedNamespace):
    """The PLOVER event categories (a SKOS scheme in ontology.ttl)."""

    _NS = Namespace(BASE + "plover#")
    _fail = True

    scheme: URIRef
    AGREE: URIRef
    CONSULT: URIRef
    SUPPORT: URIRef
    CONCEDE: URIRef
    COOPERATE: URIRef
    AID: URIRef
    RETREAT: URIRef
    REQUEST: URIRef
    ACCUSE: URIRef
    REJECT: URIRef
    THREATEN: URIRef
    PROTEST: URIRef
    SANCTION: URIRef
    MOBILIZE: URIRef
    COERCE: URIRef
    ASSAULT: URIRef


ISSUE = Namespace(BASE + "issue#")

PREFIXES: dict[str, str] = {
    "parley": str(PARLEY._NS),
    "plover": str(PLOVER._NS),
    "issue": str(ISSUE),
    "pid": str(ID),
    "schema": str(SCHEMA),
    "skos": str(SKOS),
    "prov": str(PROV),
    "org": str(ORG),
    "oa": str(OA),
    "dcterms": str(DCTERMS),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "owl": str(OWL),
}


def sparql_prefixes() -> str:
    """PREFIX lines for every namespace above, for queries written in code or by users."""
    return "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())

"""Text and value formatting shared by the XML writers (GEXF, GraphML).

XML 1.0 cannot carry most control characters at all (not even escaped), lone surrogates or
U+FFFE/U+FFFF; an exporter that passes them through writes a file no parser opens. Labels and
``kind`` are ``xsd:token`` in GEXF, so their whitespace is collapsed as a reader would.

>>> token("  Ma'ariv\\n<&>\\x07 ")
"Ma'ariv <&>"
>>> format_list(['a "b"', "c, d"])
'["a \\\\"b\\\\"", "c, d"]'
>>> format_value("boolean", True), format_value("double", 0.5), format_value("integer", 3)
('true', '0.5', '3')
"""

from __future__ import annotations

import json
import re
from typing import Any

# Everything XML 1.0 forbids, plus C0/C1 controls it merely discourages (tab/newline/CR stay).
_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_WS = re.compile(r"\s+")


def xml_safe(text: str) -> str:
    """Drop characters an XML 1.0 document cannot contain."""
    return _BAD.sub("", text)


def token(text: str) -> str:
    """``xsd:token`` text: XML-safe, whitespace collapsed, trimmed."""
    return _WS.sub(" ", xml_safe(text)).strip()


def format_list(items: list[Any]) -> str:
    """Gephi's and graphology's list syntax: ``["a", "b"]`` with backslash escapes."""
    return "[" + ", ".join(json.dumps(token(str(i)), ensure_ascii=False) for i in items) + "]"


def format_value(gexf_type: str, value: Any) -> str:
    """One attribute value as text for its declared GEXF type."""
    if gexf_type == "boolean":
        return "true" if value else "false"
    if gexf_type in ("integer", "long"):
        return str(int(value))
    if gexf_type in ("double", "float"):
        return repr(float(value))
    if gexf_type.startswith("list"):
        return format_list(list(value))
    if gexf_type == "anyURI":
        return token(str(value)).replace(" ", "%20")
    return xml_safe(str(value))

"""What the message formats share: their content types, their error, and safe XML parsing."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET

TEXT_PLAIN = "text/plain"
CPIM = "message/cpim"  # RFC 3862; Linphone writes it "Message/CPIM"
CPIM_WIRE = "Message/CPIM"
IMDN = "message/imdn+xml"  # RFC 5438
IS_COMPOSING = "application/im-iscomposing+xml"  # RFC 3994
# Stored in place of content we cannot show: the body then explains, in words, what came.
UNREADABLE = "application/x-jego-unreadable"
# Stored in place of a message its sender took back (domain/chat_headers.py): no body.
RECALLED = "application/x-jego-recalled"

MAX_XML_BYTES = 16 * 1024  # notifications are a few hundred bytes
MAX_XML_DEPTH = 8
_DECLARATIONS = re.compile(r"<!\s*(DOCTYPE|ENTITY|ELEMENT|ATTLIST|NOTATION)", re.IGNORECASE)


class MessageFormatError(ValueError):
    """A CPIM, IMDN or is-composing body that is malformed, too large or hostile."""


def media_type(content_type: str) -> str:
    """'Text/Plain; charset=UTF-8' -> 'text/plain'."""
    return content_type.split(";", 1)[0].strip().lower()


def content_type_parameter(content_type: str, name: str) -> str | None:
    """A parameter's value ('charset') of a Content-Type, unquoted; None when absent."""
    for part in content_type.split(";")[1:]:
        key, sep, value = part.partition("=")
        if sep and key.strip().lower() == name:
            return value.strip().strip('"')
    return None


def parse_xml(text: str, what: str) -> ET.Element:
    """Parse a small XML document with no DTD (so no entity can expand), or raise.

    Raises MessageFormatError for anything too large, too deep, declaring a DTD or
    entities, or not well-formed.
    """
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        raise MessageFormatError(f"the {what} is not valid text") from None
    if len(data) > MAX_XML_BYTES:
        raise MessageFormatError(f"the {what} is larger than {MAX_XML_BYTES} bytes")
    if _DECLARATIONS.search(text):
        raise MessageFormatError(f"the {what} declares a DTD or entities")
    import xml.etree.ElementTree as ET  # with expat, at the first document parsed

    # The text is already decoded: an encoding="..." in the declaration is overridden,
    # so an unknown or lying one cannot make expat fail in other ways.
    parser = ET.XMLParser(encoding="utf-8")
    try:
        parser.feed(data)
        root = parser.close()
    except (ET.ParseError, LookupError, ValueError) as error:
        raise MessageFormatError(f"the {what} is not well-formed XML: {error}") from None
    if _depth(root) > MAX_XML_DEPTH:
        raise MessageFormatError(f"the {what} is nested too deeply")
    return root


def local_name(element: ET.Element) -> str:
    """'{urn:ietf:params:xml:ns:imdn}message-id' -> 'message-id'."""
    tag = element.tag
    return tag.rsplit("}", 1)[1] if tag.startswith("{") else tag


def namespace(element: ET.Element) -> str:
    tag = element.tag
    return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""


def child_text(parent: ET.Element, name: str) -> str | None:
    """Stripped text of the first child called `name` (any namespace); None when absent."""
    for child in parent:
        if local_name(child) == name:
            return (child.text or "").strip()
    return None


def _depth(element: ET.Element, level: int = 1) -> int:
    if level > MAX_XML_DEPTH:
        return level
    return max([level, *(_depth(child, level + 1) for child in element)])

"""Common Presence and Instant Messaging envelopes (RFC 3862), the way Linphone uses them.

A `Message/CPIM` body is: CPIM headers (From, To, DateTime, NS, imdn.Message-ID,
imdn.Disposition-Notification...), a blank line, the inner MIME headers
(Content-Type...), a blank line, then the inner content.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jego_desktop.domain.chat_headers import JEGO_PREFIX, JEGO_URN, ChatHeaders
from jego_desktop.domain.message_formats import MessageFormatError, media_type
from jego_desktop.domain.message_time import format_datetime_ms, parse_datetime
from jego_desktop.domain.peers import address_part
from jego_desktop.domain.reasons import reason

IMDN_URN = "urn:ietf:params:imdn"
MAX_CPIM_HEADERS = 64
MAX_HEADER_LINE = 4096
MAX_MESSAGE_ID_LENGTH = 256


@dataclass(frozen=True)
class CpimMessage:
    """An envelope and its content. `dispositions` holds 'positive-delivery', 'display'..."""

    content_type: str
    content: str
    from_uri: str = ""
    to_uri: str = ""
    datetime: float | None = None  # epoch seconds
    message_id: str = ""  # imdn.Message-ID
    dispositions: frozenset[str] = frozenset()
    content_disposition: str = ""  # "notification" on IMDN
    extra_headers: tuple[tuple[str, str], ...] = field(default=())
    # Headers of Jego's namespace (domain/chat_headers.py), by local name.
    chat_headers: ChatHeaders = field(default=())

    @property
    def wants_delivery_report(self) -> bool:
        return "positive-delivery" in self.dispositions

    @property
    def wants_display_report(self) -> bool:
        return "display" in self.dispositions


def build_cpim(message: CpimMessage) -> str:
    """The `Message/CPIM` body (CRLF line ends) for `message`."""
    lines = []
    if message.from_uri:
        lines.append(f"From: {_angle(message.from_uri)}")
    if message.to_uri:
        lines.append(f"To: {_angle(message.to_uri)}")
    if message.datetime is not None:
        lines.append(f"DateTime: {format_datetime_ms(message.datetime)}")
    if message.message_id or message.dispositions:
        lines.append(f"NS: imdn <{IMDN_URN}>")
    if message.message_id:
        lines.append(f"imdn.Message-ID: {_checked(message.message_id)}")
    if message.dispositions:
        lines.append(f"imdn.Disposition-Notification: {', '.join(sorted(message.dispositions))}")
    for name, value in message.extra_headers:
        lines.append(f"{_checked(name)}: {_checked(value)}")
    if message.chat_headers:
        lines.append(f"NS: {JEGO_PREFIX} <{JEGO_URN}>")
    for name, value in message.chat_headers:
        lines.append(f"{JEGO_PREFIX}.{_checked_name(name)}: {_checked(value)}")
    inner = [f"Content-Type: {_checked(message.content_type)}"]
    if message.content_disposition:
        inner.append(f"Content-Disposition: {_checked(message.content_disposition)}")
    return "\r\n".join([*lines, "", *inner, "", ""]) + message.content


def parse_cpim(text: str) -> CpimMessage:
    """Read a `Message/CPIM` body; raises MessageFormatError when it is not one."""
    cpim_block, rest = _split_block(text, "CPIM")
    mime_block, content = _split_block(rest, "MIME")
    headers = _headers(cpim_block)
    mime = {name.lower(): value for name, value in _headers(mime_block)}
    content_type = mime.get("content-type", "")
    if not content_type or "/" not in media_type(content_type):
        raise MessageFormatError(reason("the CPIM content has no content type"))
    namespaces = [_namespace(value) for name, value in headers if name.lower() == "ns"]
    prefixes = {prefix.lower() for prefix, urn in namespaces if urn == IMDN_URN}
    jego_prefixes = {prefix.lower() for prefix, urn in namespaces if urn == JEGO_URN}
    fields: dict[str, str] = {}
    extra: list[tuple[str, str]] = []
    chat: list[tuple[str, str]] = []
    for name, value in headers:
        prefix, dot, local = name.rpartition(".")
        key = local.lower() if dot and prefix.lower() in prefixes else name.lower()
        if dot and prefix.lower() in prefixes:
            fields[f"imdn.{key}"] = value
        elif dot and prefix.lower() in jego_prefixes:
            chat.append((local, value))
        elif key in ("from", "to", "datetime"):
            fields[key] = value
        elif key != "ns":
            extra.append((name, value))
    message_id = fields.get("imdn.message-id", "")
    if len(message_id) > MAX_MESSAGE_ID_LENGTH:
        raise MessageFormatError(reason("the CPIM message id is too long"))
    return CpimMessage(
        content_type=content_type,
        content=content,
        from_uri=_unangle(fields.get("from", "")),
        to_uri=_unangle(fields.get("to", "")),
        datetime=parse_datetime(fields.get("datetime", "")),
        message_id=message_id,
        dispositions=frozenset(
            value.strip().lower()
            for value in fields.get("imdn.disposition-notification", "").split(",")
            if value.strip()
        ),
        content_disposition=mime.get("content-disposition", "").split(";", 1)[0].strip().lower(),
        extra_headers=tuple(extra),
        chat_headers=tuple(chat),
    )


def _split_block(text: str, what: str) -> tuple[str, str]:
    """Header lines up to the first empty line, and what follows it (CRLF or LF)."""
    crlf, lf = text.find("\r\n\r\n"), text.find("\n\n")
    if crlf >= 0 and (lf < 0 or crlf <= lf):
        return text[:crlf], text[crlf + 4 :]
    if lf >= 0:
        return text[:lf], text[lf + 2 :]
    raise MessageFormatError(
        reason(
            "the CPIM body has no end of CPIM headers"
            if what == "CPIM"
            else "the CPIM body has no end of MIME headers"
        )
    )


def _headers(block: str) -> list[tuple[str, str]]:
    lines = [line for line in block.replace("\r\n", "\n").split("\n") if line]
    if len(lines) > MAX_CPIM_HEADERS:
        raise MessageFormatError(reason("the CPIM body has too many headers"))
    headers = []
    for line in lines:
        name, sep, value = line.partition(":")
        name = name.strip()
        if (
            not sep
            or not name
            or len(line) > MAX_HEADER_LINE
            or any(ch.isspace() or ord(ch) < 0x21 for ch in name)
        ):
            raise MessageFormatError(reason("not a CPIM header line: %1", repr(line[:80])))
        headers.append((name, value.strip()))
    return headers


def _namespace(value: str) -> tuple[str, str]:
    """'imdn <urn:ietf:params:imdn>' -> ('imdn', 'urn:ietf:params:imdn')."""
    prefix, _, urn = value.partition("<")
    return prefix.strip(), urn.split(">", 1)[0].strip()


def _unangle(value: str) -> str:
    """'Bob <sip:bob@example.com>' -> 'sip:bob@example.com'."""
    return address_part(value)


def _angle(uri: str) -> str:
    return _checked(uri if "<" in uri else f"<{uri}>")


def _checked_name(name: str) -> str:
    if not name or any(ch.isspace() or ch in ":." or ord(ch) < 0x21 for ch in name):
        raise ValueError(f"not a header name: {name[:80]!r}")
    return name


def _checked(value: str) -> str:
    if "\r" in value or "\n" in value:
        raise ValueError(f"a header value cannot hold a line break: {value[:80]!r}")
    return value

"""What an incoming SIP MESSAGE means: a text to store, a receipt, or a typing indication.

Pure functions over what pjsua hands the engine; the engine calls `interpret` and acts
on the result. Nothing here raises on bad input: a body we cannot read becomes a
stored message whose text explains what arrived (content type UNREADABLE), so nothing
the peer believes delivered is silently lost.
"""

from __future__ import annotations

import codecs
import dataclasses
import hashlib
import zlib
from dataclasses import dataclass
from typing import Protocol

from jego_desktop.domain.chat_headers import RECALL_ID, REPLY_TO_ID, chat_header
from jego_desktop.domain.cpim import MAX_MESSAGE_ID_LENGTH, CpimMessage, parse_cpim
from jego_desktop.domain.file_transfer import (
    FT_HTTP_CONTENT_TYPE,
    FileInfoError,
    attachment_for,
    parse_ft_http,
)
from jego_desktop.domain.group_headers import (
    GROUP_ID,
    GroupHeaderError,
    GroupHeaders,
    parse_group_headers,
)
from jego_desktop.domain.groups import GROUP_EVENT_CONTENT_TYPE, is_group_id
from jego_desktop.domain.imdn import Notification, parse_imdn
from jego_desktop.domain.is_composing import Composing, parse_is_composing
from jego_desktop.domain.message_formats import (
    CPIM,
    IMDN,
    IS_COMPOSING,
    UNREADABLE,
    MessageFormatError,
    content_type_parameter,
    media_type,
)
from jego_desktop.domain.messages import MAX_BODY_BYTES, Attachment, Message
from jego_desktop.domain.peer_formats import MAX_AGENT_LENGTH
from jego_desktop.domain.peers import address_part, sender_peer_uri
from jego_desktop.domain.reasons import reason
from jego_desktop.domain.sip_headers import sip_header

MAX_PREVIEW_CHARACTERS = 2000
_ENCODINGS = frozenset({"deflate", "gzip", "x-gzip"})
_ZLIB_OR_GZIP = zlib.MAX_WBITS | 32  # inflate either header, detected
_STRUCTURED = frozenset({CPIM, IMDN, IS_COMPOSING, FT_HTTP_CONTENT_TYPE})
_CHARSETS = frozenset(
    {"utf-8", "utf8", "us-ascii", "ascii", "iso-8859-1", "latin-1", "latin1", "windows-1252",
     "cp1252", "iso-8859-15", "gb2312", "gbk", "gb18030", "big5", "shift_jis", "euc-jp",
     "euc-kr", "utf-16", "koi8-r", "windows-1251"}
)  # fmt: skip


@dataclass(frozen=True)
class RawMessage:
    """An incoming MESSAGE as pjsua reports it. `body` may hold surrogate escapes."""

    account_key: str
    from_uri: str
    to_uri: str
    content_type: str
    body: str
    whole_message: str  # the request as received, for Call-ID and CSeq


@dataclass(frozen=True)
class IncomingText:
    """A message to store. `message_id` is stable across retransmissions of the request."""

    account_key: str
    peer_uri: str  # normalised
    message_id: str
    body: str
    content_type: str
    own_uri: str = ""  # our address as the sender wrote it (for receipts)
    sip_call_id: str | None = None
    sent_at: float | None = None
    wants_delivery_report: bool = False
    wants_display_report: bool = False
    uses_cpim: bool = False
    sender_agent: str = ""  # its User-Agent header (bounded), which may name a CPIM speaker
    problem: str = ""  # why the body is an explanation instead of what was sent
    attachments: tuple[Attachment, ...] = ()  # a file announced by its download address
    reply_to: str = ""  # the message id of the message this one answers (jego.Reply-To-Id)
    group: GroupHeaders | None = None  # the group it was written in (jego.Group-*)


@dataclass(frozen=True)
class IncomingReport:
    account_key: str
    peer_uri: str
    notification: Notification


@dataclass(frozen=True)
class IncomingTyping:
    account_key: str
    peer_uri: str
    composing: Composing


@dataclass(frozen=True)
class IncomingRecall:
    """The peer takes back its message `message_id` (jego.Recall-Id). Whether it may
    (its own message, recent enough) is for the store to check."""

    account_key: str
    peer_uri: str
    message_id: str
    group_id: str = ""  # the group the message was written in (jego.Group-Id), if any


@dataclass(frozen=True)
class Ignored:
    """Nothing to store or report (a malformed receipt, a sender we cannot name...)."""

    reason: str


Interpretation = IncomingText | IncomingReport | IncomingTyping | IncomingRecall | Ignored


@dataclass(frozen=True)
class AcceptResult:
    """`is_new` False: the message was stored before (a retransmission or a resend)."""

    is_new: bool
    stored: Message | None = None  # the row as stored (None from a sink that keeps none)

    @property
    def stored_id(self) -> int | None:
        return None if self.stored is None else self.stored.id

    @property
    def conversation_id(self) -> int | None:
        return None if self.stored is None else self.stored.conversation_id


@dataclass(frozen=True)
class RecallResult:
    """A recall the store accepted: the row as it is now, and the attachments it no longer
    lists, whose downloaded files and thumbnails must go too."""

    stored: Message
    dropped: tuple[Attachment, ...] = ()


class IncomingMessageSink(Protocol):
    """Stores an incoming message durably before the engine reports or acknowledges it.

    Called synchronously on the engine thread; must be thread-safe and must not touch
    objects owned by another thread. An exception means "not stored".
    """

    def accept(self, message: IncomingText) -> AcceptResult: ...

    def recall(self, recall: IncomingRecall) -> RecallResult | None:
        """Take back the peer's own recent message; what changed, or None when the
        recall is refused (not theirs, too old, unknown)."""
        ...

    def user_contacted(self, account_key: str, peer_uri: str) -> bool:
        """True when the stored history shows the user wrote to or called this peer
        (`peer_uri` normalised); receipts and typing notices go to no one else."""
        ...


def interpret(raw: RawMessage) -> Interpretation:
    try:
        peer = sender_peer_uri(raw.from_uri)
    except ValueError:
        return Ignored(f"the sender {raw.from_uri[:100]!r} is not a SIP address")
    call_id = sip_header(raw.whole_message, "Call-ID", "i")
    derived_id = derive_message_id(raw, call_id)
    kind = media_type(raw.content_type)
    data = _raw_bytes(raw.body)
    base = IncomingText(
        account_key=raw.account_key,
        peer_uri=peer,
        message_id=derived_id,
        body="",
        content_type=kind or "text/plain",
        own_uri=_plain_uri(raw.to_uri),
        sip_call_id=call_id or None,
        sender_agent=sip_header(raw.whole_message, "User-Agent")[:MAX_AGENT_LENGTH],
    )
    if len(data) > MAX_BODY_BYTES:
        return _unreadable(
            base, reason("The message was too large (%1 bytes) and was not kept.", len(data))
        )
    encoding = sip_header(raw.whole_message, "Content-Encoding", "e").lower()
    if encoding and encoding != "identity":
        data, problem = _decompressed(data, encoding)
        if problem:
            return _unreadable(base, problem)
    if not kind.startswith("text/") and kind not in _STRUCTURED:
        return _unsupported(base, kind, len(data))
    text, problem = _decode(data, raw.content_type)
    if problem:
        return _unreadable(base, problem, text)
    if kind == CPIM:
        return _interpret_cpim(base, text)
    if kind == "text/plain" and _is_relabelled_cpim(text):
        return _interpret_cpim(base, text)
    return _interpret_content(base, kind, raw.content_type, text)


def _is_relabelled_cpim(text: str) -> bool:
    """A CPIM envelope labelled text/plain: what Kamailio's msilo makes of a CPIM message
    it kept for an offline user. Taken as CPIM only when it names its message with
    imdn.Message-ID (no one types that by chance), so the stored copy is recognised
    by its id and its receipts are sent."""
    if "imdn.Message-ID:" not in text[:2000]:
        return False
    try:
        return bool(parse_cpim(text).message_id)
    except MessageFormatError:
        return False


def derive_message_id(raw: RawMessage, call_id: str) -> str:
    """A stable id for a message that carries none: its Call-ID and CSeq number.

    A retransmission (or a resend in a new transaction with the same CSeq) gets the
    same id; pjsua's own successive messages share a Call-ID but not a CSeq.
    """
    cseq = sip_header(raw.whole_message, "CSeq").split(" ", 1)[0]
    # Without a Call-ID (pjsip rejects such requests) the content is the next best key.
    key = f"{call_id}\n{cseq}" if call_id else f"{raw.from_uri}\n{raw.content_type}\n{raw.body}"
    digest = hashlib.sha256(_raw_bytes(key)).hexdigest()
    return f"sip-{digest[:40]}"


def _interpret_cpim(base: IncomingText, text: str) -> Interpretation:
    try:
        envelope = parse_cpim(text)
    except MessageFormatError as error:
        return _unreadable(base, reason("The message could not be read: %1.", error), text)
    recalled = chat_header(envelope.chat_headers, RECALL_ID).strip()
    if recalled:
        if len(recalled) > MAX_MESSAGE_ID_LENGTH:
            return Ignored("a recall names a message id that is too long")
        group_id = chat_header(envelope.chat_headers, GROUP_ID).strip()
        if group_id and not is_group_id(group_id):
            return Ignored("a recall names a malformed group id")
        return IncomingRecall(base.account_key, base.peer_uri, recalled, group_id)
    try:
        group = parse_group_headers(envelope.chat_headers)
    except GroupHeaderError as error:
        return Ignored(f"a group message with bad group headers: {error}")
    inner = media_type(envelope.content_type)
    with_envelope = dataclasses.replace(_with_envelope(base, envelope), group=group)
    return _interpret_content(with_envelope, inner, envelope.content_type, envelope.content)


def _with_envelope(base: IncomingText, envelope: CpimMessage) -> IncomingText:
    has_id = bool(envelope.message_id)  # receipts name the message: no id, no receipts
    reply_to = chat_header(envelope.chat_headers, REPLY_TO_ID).strip()
    return dataclasses.replace(
        base,
        message_id=envelope.message_id or base.message_id,
        sent_at=envelope.datetime,
        wants_delivery_report=has_id and envelope.wants_delivery_report,
        wants_display_report=has_id and envelope.wants_display_report,
        uses_cpim=True,
        reply_to=reply_to if len(reply_to) <= MAX_MESSAGE_ID_LENGTH else "",
    )


def _interpret_content(
    base: IncomingText, kind: str, content_type: str, text: str
) -> Interpretation:
    if kind == IMDN:
        try:
            return IncomingReport(base.account_key, base.peer_uri, parse_imdn(text))
        except MessageFormatError as error:
            return Ignored(f"malformed notification: {error}")
    if kind == IS_COMPOSING:
        try:
            return IncomingTyping(base.account_key, base.peer_uri, parse_is_composing(text))
        except MessageFormatError as error:
            return Ignored(f"malformed is-composing indication: {error}")
    if kind == FT_HTTP_CONTENT_TYPE:
        return _interpret_file(base, text)
    if kind == GROUP_EVENT_CONTENT_TYPE and base.group is not None:
        return dataclasses.replace(base, body=text, content_type=kind)  # the sink checks it
    if not kind.startswith("text/"):
        return _unsupported(base, kind, len(_raw_bytes(text)))
    binary = _binary_problem(text)
    if binary:
        return _unreadable(base, binary, text)
    return dataclasses.replace(base, body=text, content_type=kind)


def _interpret_file(base: IncomingText, text: str) -> IncomingText:
    """A file on the sender's file server: stored with its description as the body."""
    try:
        info = parse_ft_http(text)
    except FileInfoError as error:
        return _unreadable(
            base, reason("A file was sent, but its description cannot be read: %1.", error)
        )
    if info.encrypted:
        return _unreadable(
            base,
            reason(
                "An end-to-end encrypted file (%1) arrived; it cannot be opened.", info.name[:100]
            ),
        )
    return dataclasses.replace(
        base, body=text, content_type=FT_HTTP_CONTENT_TYPE, attachments=(attachment_for(info),)
    )


def _unsupported(base: IncomingText, kind: str, size: int) -> IncomingText:
    if not kind:
        return _unreadable(base, reason("The message had no content type (%1 bytes).", size))
    return _unreadable(
        base, reason("The message had content this app cannot show (%1, %2 bytes).", kind, size)
    )


def _decode(data: bytes, content_type: str) -> tuple[str, str]:
    """(text, problem): the body as text, and why it is not usable ('' when it is)."""
    charset = (content_type_parameter(content_type, "charset") or "utf-8").lower()
    if charset not in _CHARSETS:
        charset = "utf-8"
    try:
        codecs.lookup(charset)
        return data.decode(charset), ""
    except (LookupError, UnicodeDecodeError):
        text = data.decode("utf-8", "replace")
        return text, reason(
            "The message could not be read: its text is not valid %1.", charset.upper()
        )


def _decompressed(data: bytes, encoding: str) -> tuple[bytes, str]:
    """(body, problem) of a compressed body: Linphone deflates the receipts it sends
    for plain-text messages. Never more than MAX_BODY_BYTES is inflated."""
    if encoding not in _ENCODINGS:
        return b"", (
            reason(
                "The message could not be read: it is compressed as %1,"
                " which this app does not know.",
                repr(encoding[:40]),
            )
        )
    inflater = zlib.decompressobj(_ZLIB_OR_GZIP)
    try:
        inflated = inflater.decompress(data, MAX_BODY_BYTES + 1)
    except zlib.error:
        return b"", reason("The message could not be read: its compressed body is damaged.")
    if len(inflated) > MAX_BODY_BYTES or inflater.unconsumed_tail:
        return b"", reason(
            "The message was too large once uncompressed (over %1 bytes).", MAX_BODY_BYTES
        )
    return inflated, ""


def _raw_bytes(body: str) -> bytes:
    """The bytes the peer sent: SWIG decodes them as UTF-8 with surrogate escapes (any
    other lone surrogate becomes "?")."""
    try:
        return body.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return body.encode("utf-8", "replace")


def _binary_problem(text: str) -> str:
    if any(ord(ch) < 0x20 and ch not in "\t\n\r\f" for ch in text):
        return reason("The message could not be read: it holds binary data, not text.")
    return ""


def _unreadable(base: IncomingText, problem: str, text: str = "") -> IncomingText:
    preview = "".join(
        ch if ch in "\n\t" or (ord(ch) >= 0x20 and not 0xD800 <= ord(ch) <= 0xDFFF) else "\ufffd"
        for ch in text[:MAX_PREVIEW_CHARACTERS]
    )
    body = f"{problem}\n\n{preview}" if preview else problem
    return dataclasses.replace(base, body=body, content_type=UNREADABLE, problem=problem)


def _plain_uri(uri: str) -> str:
    return address_part(uri)

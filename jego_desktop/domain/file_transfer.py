"""Files sent the way Linphone sends them: the RCS "file transfer over HTTP" XML body.

A sender uploads the file to its file-transfer server, then sends a SIP MESSAGE of type
`FT_HTTP_CONTENT_TYPE` whose body (built by `build_ft_http`) says where to download it.
The receiver parses that body with `parse_ft_http`. Everything here is pure: no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from jego_desktop.domain.messages import Attachment, AttachmentState
from jego_desktop.domain.reasons import reason

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET

FT_HTTP_CONTENT_TYPE = "application/vnd.gsma.rcs-ft-http+xml"
FT_NS = "urn:gsma:params:xml:ns:rcs:rcs:fthttp"
RRAM_NS = "urn:gsma:params:xml:ns:rcs:rcs:rram"  # audio messages: <am:playing-length>
VOICE_RECORDING_PARAMETER = "voice-recording=yes"
MAX_FT_HTTP_BYTES = 16 * 1024  # a real body is well under 2 KB
MAX_FILE_NAME_BYTES = 200  # leaves room for " (123)" and a temporary suffix within 255
MAX_URL_LENGTH = 2048


class FileInfoError(ValueError):
    """A file-transfer body (or a value in it) that cannot be accepted; `str()` says why."""


@dataclass(frozen=True)
class ThumbnailInfo:
    """A small preview the sender uploaded next to an image."""

    size: int
    content_type: str
    url: str
    until: float | None = None  # epoch seconds


@dataclass(frozen=True)
class FileInfo:
    """One file on a file-transfer server, as described in a MESSAGE body."""

    name: str
    size: int  # bytes
    content_type: str
    url: str
    until: float | None = None  # epoch seconds after which the server may delete it
    playing_length_ms: int | None = None  # voice recordings only
    thumbnail: ThumbnailInfo | None = None
    encrypted: bool = False  # Linphone's end-to-end encrypted files carry a <file-key>

    @property
    def is_voice_recording(self) -> bool:
        return self.playing_length_ms is not None or is_voice_recording_type(self.content_type)


def is_voice_recording_type(content_type: str) -> bool:
    """Linphone marks voice messages with a `voice-recording=yes` content-type parameter."""
    parameters = [p.strip().lower().replace(" ", "") for p in content_type.split(";")[1:]]
    return VOICE_RECORDING_PARAMETER in parameters


def base_content_type(content_type: str) -> str:
    """`image/png` out of `Image/PNG; charset=x`."""
    return content_type.split(";", 1)[0].strip().lower()


# ----- parsing -----------------------------------------------------------------------------

_FORBIDDEN_MARKUP = re.compile(r"<!\s*(DOCTYPE|ENTITY|ELEMENT|ATTLIST)", re.IGNORECASE)
_CONTENT_TYPE = re.compile(r"^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+(\s*;.*)?$")


def parse_ft_http(xml: str) -> FileInfo:
    """The file described by a file-transfer body; `FileInfoError` for anything unusable.

    Document type declarations are refused before parsing, so no entity is ever expanded.
    """
    if len(xml.encode("utf-8", "surrogatepass")) > MAX_FT_HTTP_BYTES:
        raise FileInfoError(
            reason("the file description is larger than %1 bytes", MAX_FT_HTTP_BYTES)
        )
    if _FORBIDDEN_MARKUP.search(xml):
        raise FileInfoError(reason("the file description contains a document type declaration"))
    import xml.etree.ElementTree as ET  # with expat, at the first file received

    try:
        root = ET.fromstring(xml)
    except (ET.ParseError, ValueError, UnicodeError) as error:
        raise FileInfoError(
            reason("the file description is not well-formed XML (%1)", error)
        ) from None
    if root.tag != f"{{{FT_NS}}}file":
        raise FileInfoError(reason("the body is not a file-transfer description"))
    file_part: ET.Element | None = None
    thumbnail_part: ET.Element | None = None
    for info in root.findall(f"{{{FT_NS}}}file-info"):
        kind = info.get("type")
        if kind == "file" and file_part is None:
            file_part = info
        elif kind == "thumbnail" and thumbnail_part is None:
            thumbnail_part = info
    if file_part is None:
        raise FileInfoError(reason("the file description names no file"))
    url, until = _data(file_part)
    name = _text(file_part, "file-name")
    if not name:
        raise FileInfoError(reason("the file description has no file name"))
    return FileInfo(
        name=name,
        size=_size(file_part),
        content_type=_content_type(file_part),
        url=url,
        until=until,
        playing_length_ms=_playing_length(file_part),
        thumbnail=_thumbnail(thumbnail_part),
        encrypted=file_part.find(f"{{{FT_NS}}}file-key") is not None,
    )


def _thumbnail(element: ET.Element | None) -> ThumbnailInfo | None:
    if element is None:
        return None
    try:
        url, until = _data(element)
        return ThumbnailInfo(_size(element), _content_type(element), url, until)
    except FileInfoError:
        return None  # a broken preview does not make the file itself unusable


def _text(element: ET.Element, name: str, namespace: str = FT_NS) -> str:
    child = element.find(f"{{{namespace}}}{name}")
    return (child.text or "").strip() if child is not None else ""


def _size(element: ET.Element) -> int:
    text = _text(element, "file-size")
    if not text.isascii() or not text.isdigit() or len(text) > 15:
        raise FileInfoError(reason("the file size %1 is not a number of bytes", repr(text[:20])))
    return int(text)


def _content_type(element: ET.Element) -> str:
    text = _text(element, "content-type")
    if not _CONTENT_TYPE.match(text) or len(text) > 200 or not text.isprintable():
        raise FileInfoError(reason("the content type %1 is not valid", repr(text[:40])))
    return text


def _playing_length(element: ET.Element) -> int | None:
    text = _text(element, "playing-length", RRAM_NS)
    if not text:
        return None
    if not text.isascii() or not text.isdigit() or len(text) > 10:
        raise FileInfoError(
            reason("the playing length %1 is not a number of milliseconds", repr(text[:20]))
        )
    return int(text)


def _data(element: ET.Element) -> tuple[str, float | None]:
    data = element.find(f"{{{FT_NS}}}data")
    if data is None:
        raise FileInfoError(reason("the file description has no download address"))
    url = check_download_url(data.get("url", ""))
    until_text = data.get("until", "").strip()
    return url, parse_until(until_text) if until_text else None


def check_download_url(url: str) -> str:
    """`url` when it is an http(s) address with a host; `FileInfoError` otherwise."""
    url = url.strip()
    if len(url) > MAX_URL_LENGTH or not url.isprintable() or " " in url:
        raise FileInfoError(reason("the download address is not valid"))
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        raise FileInfoError(reason("the download address is not valid")) from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise FileInfoError(reason("the download address is not an http or https address"))
    return url


def parse_until(text: str) -> float:
    """Epoch seconds from an ISO 8601 time (`2026-11-30T10:00:00Z`, with or without offset)."""
    cleaned = text.strip()
    if cleaned.endswith(("Z", "z")):
        cleaned = cleaned[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(cleaned)
    except ValueError:
        raise FileInfoError(reason("the expiry time %1 is not valid", repr(text[:40]))) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    try:
        return moment.timestamp()
    except (OverflowError, ValueError, OSError):
        raise FileInfoError(reason("the expiry time %1 is out of range", repr(text[:40]))) from None


def format_until(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# ----- building ----------------------------------------------------------------------------


def build_ft_http(info: FileInfo) -> str:
    """The MESSAGE body describing `info`, in the form Linphone sends and reads.

    Written as text rather than through ElementTree, whose namespace prefixes are
    process-wide settings.
    """
    # Imported here: xml.sax.saxutils imports urllib.request, http.client and email
    # (~25 modules) and the app's start needs none of them (issue #15).
    from xml.sax.saxutils import escape

    check_download_url(info.url)
    namespaces = f'xmlns="{FT_NS}"'
    if info.playing_length_ms is not None:
        namespaces += f' xmlns:am="{RRAM_NS}"'
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f"<file {namespaces}>"]
    if info.thumbnail is not None:
        thumb = info.thumbnail
        lines += [
            '<file-info type="thumbnail">',
            f"<file-size>{int(thumb.size)}</file-size>",
            f"<content-type>{escape(thumb.content_type)}</content-type>",
            _data_element(thumb.url, thumb.until),
            "</file-info>",
        ]
    lines += [
        '<file-info type="file">',
        f"<file-size>{int(info.size)}</file-size>",
        f"<file-name>{escape(_xml_chars(info.name))}</file-name>",
        f"<content-type>{escape(info.content_type)}</content-type>",
        _data_element(info.url, info.until),
    ]
    if info.playing_length_ms is not None:
        lines.append(f"<am:playing-length>{int(info.playing_length_ms)}</am:playing-length>")
    lines += ["</file-info>", "</file>"]
    return "\n".join(lines) + "\n"


# Compiled (~4 ms) at first use, kept by re's cache: not at every start.
_NOT_XML = "[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"


def _xml_chars(text: str) -> str:
    """`text` without the characters XML 1.0 cannot carry at all."""
    return re.sub(_NOT_XML, "", text)


def _data_element(url: str, until: float | None) -> str:
    from xml.sax.saxutils import quoteattr  # here: see build_ft_http

    expiry = f" until={quoteattr(format_until(until))}" if until is not None else ""
    return f"<data url={quoteattr(url)}{expiry}/>"


# ----- file names --------------------------------------------------------------------------

_WINDOWS_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{prefix}{n}" for prefix in ("COM", "LPT") for n in "0123456789¹²³"]
)
_WINDOWS_FORBIDDEN = re.compile(r'[<>:"/\\|?*]')
DEFAULT_FILE_NAME = "file"
# control, format, surrogate, private-use, unassigned; line and paragraph separators
_DROPPED_CATEGORIES = frozenset(["Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"])


def safe_file_name(name: str) -> str:
    """A name safe to create in a folder on Linux, macOS and Windows; never empty.

    Keeps only the last path component, drops invisible characters (control, format,
    unassigned...) and makes every space an ordinary one, replaces
    characters Windows forbids, strips leading dots (no hidden files, no `..`) and
    trailing dots and spaces, renames reserved device names (`CON`, `COM1`...), and
    caps the length at `MAX_FILE_NAME_BYTES` of UTF-8, keeping the extension.
    """
    name = unicodedata.normalize("NFC", name)
    name = re.split(r"[/\\]", name)[-1]
    name = "".join(
        " " if unicodedata.category(c) == "Zs" else c
        for c in name
        if unicodedata.category(c) not in _DROPPED_CATEGORIES
    )
    name = _WINDOWS_FORBIDDEN.sub("_", name)
    name = name.strip().lstrip(".").rstrip(". ").strip()
    if name.partition(".")[0].upper().rstrip() in _WINDOWS_RESERVED:
        name = "_" + name
    name = _cap_length(name)
    return name or DEFAULT_FILE_NAME


def _cap_length(name: str) -> str:
    if len(name.encode("utf-8")) <= MAX_FILE_NAME_BYTES:
        return name
    stem, dot, extension = name.rpartition(".")
    if not dot or len(extension.encode("utf-8")) > 16:
        stem, extension = name, ""
    budget = MAX_FILE_NAME_BYTES - len(extension.encode("utf-8")) - (1 if extension else 0)
    cut = stem.encode("utf-8")[:budget].decode("utf-8", "ignore").rstrip(". ")
    return f"{cut}.{extension}" if extension else cut


# ----- sniffing ----------------------------------------------------------------------------

WAV = "wav"
OGG = "ogg"
MATROSKA = "matroska"
UNKNOWN = "unknown"


def sniff_audio_container(head: bytes) -> str:
    """`wav`, `ogg`, `matroska` or `unknown`, from the first bytes of a file (16 are enough).

    Linphone declares every voice recording `audio/wav` whatever it really holds.
    """
    if len(head) >= 12 and head[:4] in (b"RIFF", b"RIFX") and head[8:12] == b"WAVE":
        return WAV
    if head[:4] == b"OggS":
        return OGG
    if head[:4] == b"\x1a\x45\xdf\xa3":
        return MATROSKA
    return UNKNOWN


_IMAGE_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"GIF87a", 0, "image/gif"),
    (b"GIF89a", 0, "image/gif"),
    (b"WEBP", 8, "image/webp"),
    (b"BM", 0, "image/bmp"),
)


def sniff_image_type(head: bytes) -> str | None:
    """The image type the first bytes show (PNG, JPEG, GIF, WebP, BMP), or None."""
    for magic, offset, content_type in _IMAGE_MAGIC:
        if head[offset : offset + len(magic)] == magic:
            if content_type == "image/webp" and head[:4] != b"RIFF":
                continue
            return content_type
    return None


def content_matches_type(content_type: str, head: bytes) -> bool:
    """False when the first bytes prove the declared type wrong (an image that is none).

    Only types we recognise are checked: an image must be one of the formats
    `sniff_image_type` knows (HEIC, SVG and TIFF are accepted unchecked); a voice
    recording must be WAV, Ogg or Matroska. Anything else is accepted as declared.
    """
    declared = base_content_type(content_type)
    if declared in ("image/png", "image/jpeg", "image/jpg", "image/gif", "image/webp", "image/bmp"):
        found = sniff_image_type(head)
        return found == declared or (found == "image/jpeg" and declared == "image/jpg")
    if is_voice_recording_type(content_type) or declared in ("audio/wav", "audio/ogg"):
        return sniff_audio_container(head) != UNKNOWN
    return True


# ----- attachments -------------------------------------------------------------------------


def attachment_for(info: FileInfo) -> Attachment:
    """The attachment a received description becomes: known by its URL until downloaded."""
    return Attachment(
        file_name=safe_file_name(info.name),
        content_type=info.content_type,
        size=info.size,
        download_url=info.url,
        expires_at=info.until,
        state=AttachmentState.REMOTE,
        duration=None if info.playing_length_ms is None else info.playing_length_ms / 1000,
    )

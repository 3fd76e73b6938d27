"""Click-to-call links: tel: (RFC 3966), sip:/sips: (RFC 3261) and callto:.

A link is either parsed completely into something safe to dial, or refused with a
reason; nothing is ever dialled from half a link.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

from jego_desktop.domain.addresses import InvalidTargetError, normalise_number, to_sip_uri

MAX_LINK_LENGTH = 512
_SEPARATORS = re.compile(r"[\-.()\s]")  # RFC 3966 visual separators (and spaces people paste)
_GLOBAL_NUMBER = re.compile(r"^\+[0-9]{3,20}$")
_NUMBER_PREFIX = re.compile(r"^\+[0-9]{1,15}$")
_LOCAL_NUMBER = re.compile(r"^[0-9*#]{1,32}$")
_DOMAIN = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9\-]{1,63})*$")
_TEL_PARAMS = {"ext", "isub", "phone-context"}


class InvalidLinkError(ValueError):
    """The link cannot be dialled; the message says why, for the user."""


@dataclass(frozen=True)
class DialRequest:
    """What a link asks for: a number or SIP address, and an extension to key in after."""

    scheme: str  # "tel", "sip", "sips" or "callto"
    target: str  # E.164 number, local digits, or a SIP URI
    extension: str = ""  # digits to send as DTMF once connected (;ext=)

    @property
    def is_number(self) -> bool:
        return self.scheme in ("tel", "callto")

    def sip_uri(self, domain: str | None, home_region: str = "") -> str:
        try:
            return to_sip_uri(self.target, domain, home_region)
        except InvalidTargetError as error:
            raise InvalidLinkError(str(error)) from None


def parse_link(link: str, home_region: str = "") -> DialRequest:
    text = link.strip()
    if not text:
        raise InvalidLinkError("the link is empty")
    if len(text) > MAX_LINK_LENGTH:
        raise InvalidLinkError("the link is too long")
    scheme, colon, rest = text.partition(":")
    scheme = scheme.lower()
    if not colon or not rest:
        raise InvalidLinkError("this is not a tel:, sip: or callto: link")
    if scheme == "tel":
        return _parse_tel(rest, home_region)
    if scheme in ("sip", "sips"):
        return _parse_sip(scheme, rest)
    if scheme == "callto":
        return _parse_callto(rest, home_region)
    raise InvalidLinkError(f"“{scheme}:” links are not phone or SIP links")


def _decoded(text: str) -> str:
    if re.search(r"%(?![0-9A-Fa-f]{2})", text):
        raise InvalidLinkError("the link has a broken %-escape")
    try:
        decoded = unquote(text, errors="strict") if "%" in text else text
    except UnicodeDecodeError:
        raise InvalidLinkError("the link has a %-escape that is not UTF-8 text") from None
    if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in decoded):
        raise InvalidLinkError("the link contains control characters")
    return decoded


def _parse_tel(rest: str, home_region: str) -> DialRequest:
    number_part, *param_parts = _decoded(rest).split(";")
    params: dict[str, str] = {}
    for part in param_parts:
        name, _, value = part.partition("=")
        name = name.strip().lower()
        if name not in _TEL_PARAMS:
            raise InvalidLinkError(f"the tel: link has an unexpected parameter “{name}”")
        if name in params:
            raise InvalidLinkError(f"the tel: link repeats “{name}”")
        params[name] = value.strip()
    number = _SEPARATORS.sub("", number_part)
    extension = _SEPARATORS.sub("", params.get("ext", ""))
    if extension and not _LOCAL_NUMBER.match(extension):
        raise InvalidLinkError("the extension is not made of digits")
    if _GLOBAL_NUMBER.match(number):
        return DialRequest("tel", _number(number, home_region), extension)
    if not _LOCAL_NUMBER.match(number):
        raise InvalidLinkError(f"“{number_part}” is not a phone number")
    context = params.get("phone-context", "")
    if context.startswith("+"):
        prefix = _SEPARATORS.sub("", context)
        if not _NUMBER_PREFIX.match(prefix):
            raise InvalidLinkError("the phone-context is not a number prefix")
        return DialRequest("tel", _number(prefix + number, home_region), extension)
    if context and not _DOMAIN.match(context):
        raise InvalidLinkError("the phone-context is neither a number prefix nor a domain")
    # A local number: dialled as in the home country (or as typed, for short codes).
    return DialRequest("tel", _number(number, home_region), extension)


def _number(number: str, home_region: str) -> str:
    try:
        return normalise_number(number, home_region)
    except InvalidTargetError as error:
        raise InvalidLinkError(str(error)) from None


def _parse_sip(scheme: str, rest: str) -> DialRequest:
    if "?" in rest:
        raise InvalidLinkError("SIP links with headers (“?…”) are not dialled")
    decoded = _decoded(rest)
    try:
        uri = to_sip_uri(f"{scheme}:{decoded}", None)
    except InvalidTargetError as error:
        raise InvalidLinkError(str(error)) from None
    if "@" not in uri and not re.match(r"^sips?:\[", uri):
        raise InvalidLinkError("the SIP link names no user")
    return DialRequest(scheme, uri)


def _parse_callto(rest: str, home_region: str) -> DialRequest:
    body = _decoded(rest)
    body = body[2:] if body.startswith("//") else body
    body = body.rstrip("/")
    if "@" in body:
        return _parse_sip("sip", body)
    number = _SEPARATORS.sub("", body.split(";", 1)[0])
    if not (_GLOBAL_NUMBER.match(number) or _LOCAL_NUMBER.match(number)):
        raise InvalidLinkError(f"“{body}” is not a phone number")
    return DialRequest("callto", _number(number, home_region))

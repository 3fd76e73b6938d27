"""Turning what the user typed (a number or a SIP address) into a SIP URI to call or write to."""

from __future__ import annotations

import re

MAX_TARGET_LENGTH = 256
_VISUAL_SEPARATORS = re.compile(r"[\s\-.()/]")
_DIALABLE = re.compile(r"^\+?[0-9*#]{1,32}$")
# A SIP user name typed alone ("bob", "alice.smith"): RFC 3261 unreserved characters,
# at least one letter (digits alone are a number).
_USER_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\-_.!~*'+]{0,63}$")
_SIP_URI = re.compile(
    r"^sips?:(?:[A-Za-z0-9\-_.!~*'()&=+$,;?/%]+@)?"  # user part (optional)
    r"(?:[A-Za-z0-9\-.]+|\[[0-9A-Fa-f:.]+\])"  # host or [IPv6]
    r"(?::[0-9]{1,5})?"  # port
    r"(?:;[A-Za-z0-9\-_.!~*'()&=+$,%:\[\]]+)*$"  # parameters
)


class InvalidTargetError(ValueError):
    """What the user typed is neither a dialable number nor a SIP address."""


def to_sip_uri(target: str, domain: str | None, home_region: str = "") -> str:
    """A SIP URI for `target`.

    - `sip:`/`sips:` URIs are checked and kept (direct IP calls need no account);
    - `user@host` gets `sip:` in front;
    - a bare user name ("bob") is completed with the account's `domain`, as Linphone
      does: `sip:bob@domain`;
    - phone numbers are normalised to E.164 for `home_region` (ISO code such as "CN",
      "FR") and addressed to the account's `domain`; short codes and extensions
      ("10086", "1001", "*21#") are sent as typed.
    """
    text = target.strip()
    if not text:
        raise InvalidTargetError("nothing to call")
    if len(text) > MAX_TARGET_LENGTH:
        raise InvalidTargetError("the address is too long")
    if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in text):
        raise InvalidTargetError("the address contains control characters")
    lowered = text.lower()
    if lowered.startswith(("sip:", "sips:")):
        return _checked_sip_uri(text)
    if "@" in text:
        return _checked_sip_uri(f"sip:{text}")
    if is_user_name(text):
        if domain is None:
            raise InvalidTargetError("calling a name needs a bound account: type name@server")
        return _checked_sip_uri(f"sip:{text}@{domain}")
    if not looks_like_number(text):
        raise InvalidTargetError(f"{text!r} is not a phone number: type a number or name@server")
    if domain is None:
        raise InvalidTargetError("calling a phone number needs a bound account")
    return f"sip:{normalise_number(text, home_region)}@{domain}"


def is_user_name(text: str) -> bool:
    """'bob', 'alice.smith', 'desk-2': a user name to complete with a domain."""
    return bool(_USER_NAME.match(text)) and any(ch.isalpha() for ch in text)


def looks_like_number(text: str) -> bool:
    """Dial keys and visual separators only: '+33 6 12', '*21#', '(415) 555'."""
    compact = _VISUAL_SEPARATORS.sub("", text)
    return bool(compact) and bool(re.fullmatch(r"\+?[0-9*#]+", compact))


def normalise_number(text: str, home_region: str = "") -> str:
    """E.164 for a real phone number, else the dialable digits as typed."""
    compact = _VISUAL_SEPARATORS.sub("", text)
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    if not _DIALABLE.match(compact):
        raise InvalidTargetError(f"{text!r} is not a phone number")
    import phonenumbers  # ~16 ms: imported at the first number, not at start

    try:
        parsed = phonenumbers.parse(compact, home_region.upper() or None)
    except phonenumbers.NumberParseException:
        if compact.startswith("+"):
            raise InvalidTargetError(f"{text!r} is not a valid international number") from None
        return compact  # a short code or extension
    e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    # International form: trust the user when the length is possible. National form:
    # rewrite only a valid number; "10086" or "1001" stay as typed.
    if compact.startswith("+"):
        if not phonenumbers.is_possible_number(parsed):
            raise InvalidTargetError(f"{text!r} is not a possible phone number")
        return e164
    return e164 if phonenumbers.is_valid_number(parsed) else compact


def number_region(number: str) -> str:
    """'+8613800138000' -> 'CN'; '' for a name, a short code or an unknown country."""
    if not number.startswith("+"):
        return ""
    import phonenumbers

    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return ""
    region = phonenumbers.region_code_for_number(parsed) or ""
    return region if len(region) == 2 and region.isalpha() and region != "ZZ" else ""


def dialling_region(chosen: str, bound_number: str, fallback: str = "") -> str:
    """The country of numbers typed without one: the home country the user chose, else
    the bound number's (a Chinese number used from France dials China), else `fallback`
    (the system's locale)."""
    return chosen.upper() or number_region(bound_number) or fallback.upper()


def _checked_sip_uri(uri: str) -> str:
    scheme, _, rest = uri.partition(":")
    normalised = f"{scheme.lower()}:{rest}"
    if not _SIP_URI.match(normalised):
        raise InvalidTargetError(f"{uri!r} is not a valid SIP address")
    return normalised


def user_part(uri: str) -> str:
    """'sip:+33612345678@host;user=phone' -> '+33612345678'; '' when there is none."""
    body = uri.split(":", 1)[1] if ":" in uri else uri
    body = body.strip("<>")
    return body.split("@", 1)[0] if "@" in body else ""

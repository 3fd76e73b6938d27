"""How a peer's address is shown to people: the number, nicely spaced when it is one."""

from __future__ import annotations

import re

from jego_desktop.domain.addresses import user_part
from jego_desktop.domain.peers import address_part

_NUMBER = re.compile(r"^\+?[0-9*#]+$")


def peer_number(uri: str) -> str:
    """'sip:+336123@host;user=phone' -> '+336123'; 'sip:bob@host' -> 'bob@host'."""
    text = address_part(uri)
    user = user_part(text)
    if user and _NUMBER.match(user):
        return user
    address = text.split(":", 1)[1] if text.lower().startswith(("sip:", "sips:")) else text
    return address.split(";", 1)[0] or text


def display_number(uri: str, home_region: str = "") -> str:
    """The peer's number formatted for people: national form at home, else international."""
    number = peer_number(uri)
    if not number.startswith("+"):
        return number
    import phonenumbers  # ~16 ms: imported at the first number, not at start

    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return number
    if not phonenumbers.is_possible_number(parsed):
        return number
    region = phonenumbers.region_code_for_number(parsed)
    home = region is not None and region == home_region.upper()
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if home
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(parsed, style)

"""Address book entries, with the fields a vCard can carry."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PhoneNumber:
    number: str  # as the user wrote it
    label: str = ""  # vCard TEL TYPE: "cell", "work", "home"...


@dataclass(frozen=True)
class Contact:
    display_name: str
    phones: tuple[PhoneNumber, ...] = ()
    sip_uri: str = ""
    given_name: str = ""
    family_name: str = ""
    organization: str = ""
    email: str = ""
    favourite: bool = False
    notes: str = ""
    id: int | None = None  # None until stored

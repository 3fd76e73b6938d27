"""Group chats in words: why a group cannot be made, who its members are, its receipts."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from jego_desktop.domain.groups import (
    MAX_GROUP_MEMBERS,
    MAX_GROUP_NAME_CHARS,
    GroupProblem,
    GroupReceipts,
)
from jego_desktop.domain.peers import normalise_peer_uri
from jego_desktop.models.contacts.peer_text import display_number

SHOWN_NAME_CHARS = 40  # a member's name or number, from the network, in one sentence


def problem_text(problem: GroupProblem, detail: str = "") -> str:
    """Why the group cannot be made or changed, for the line under the field at fault."""
    if problem is GroupProblem.NO_NAME:
        return QCoreApplication.translate("GroupTexts", "Give the group a name.")
    if problem is GroupProblem.NAME_TOO_LONG:
        return QCoreApplication.translate(
            "GroupTexts", "A group name has at most %1 characters."
        ).replace("%1", str(MAX_GROUP_NAME_CHARS))
    if problem is GroupProblem.NO_MEMBERS:
        return QCoreApplication.translate("GroupTexts", "Add at least one member.")
    if problem is GroupProblem.TOO_MANY_MEMBERS:
        return QCoreApplication.translate(
            "GroupTexts", "A group has at most %1 other members."
        ).replace("%1", str(MAX_GROUP_MEMBERS - 1))
    if problem is GroupProblem.BAD_ADDRESS:
        if detail:
            return QCoreApplication.translate(
                "GroupTexts", "Not a number or SIP address: %1"
            ).replace("%1", bounded(detail))
        return QCoreApplication.translate("GroupTexts", "Not a number or SIP address.")
    if problem is GroupProblem.NOT_A_MEMBER:
        return QCoreApplication.translate("GroupTexts", "You are no longer a member of this group.")
    if problem is GroupProblem.NOT_SAVED:
        return QCoreApplication.translate(
            "GroupTexts", "The change could not be saved. Please try again."
        )
    return QCoreApplication.translate(
        "GroupTexts", "Some members' phones cannot take part in a group."
    )


def member_count(others: int) -> str:
    """The header's "4 members": the others and the user."""
    total = others + 1
    return (
        QCoreApplication.translate("GroupTexts", "1 member")
        if total == 1
        else QCoreApplication.translate("GroupTexts", "%1 members").replace("%1", str(total))
    )


def chosen_count(chosen: int) -> str:
    """The New group dialog's "3 of 49"."""
    return (
        QCoreApplication.translate("GroupTexts", "%1 of %2")
        .replace("%1", str(chosen))
        .replace("%2", str(MAX_GROUP_MEMBERS - 1))
    )


def receipts_text(receipts: GroupReceipts) -> str:
    """ "Delivered to 3 of 4 · read by 2" for an outgoing group message."""
    delivered = (
        QCoreApplication.translate("GroupTexts", "Delivered to %1 of %2")
        .replace("%1", str(receipts.delivered))
        .replace("%2", str(receipts.members))
    )
    if not receipts.read:
        return delivered
    return (
        delivered
        + " · "
        + QCoreApplication.translate("GroupTexts", "read by %1").replace("%1", str(receipts.read))
    )


def fill(template: str, *values: str) -> str:
    """`template` with %1, %2... replaced in one pass: a value that reads "%2" stays."""
    return re.sub(
        r"%([1-9])",
        lambda found: (
            values[int(found.group(1)) - 1]
            if int(found.group(1)) <= len(values)
            else found.group(0)
        ),
        template,
    )


def bounded(text: str, limit: int = SHOWN_NAME_CHARS) -> str:
    """One line of at most `limit` characters: control characters become spaces."""
    line = " ".join("".join(ch if ch.isprintable() else " " for ch in text[: limit * 4]).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


class MemberNames:
    """Names members as the user knows them: "You", a contact's name, else the number."""

    def __init__(
        self, names: Callable[[str], str], own_uri: str = "", home_region: str = ""
    ) -> None:
        self._names = names
        self._own = _normalised(own_uri)
        self._home_region = home_region

    def is_own(self, uri: str) -> bool:
        return bool(self._own) and _normalised(uri) == self._own

    def name_of(self, uri: str) -> str:
        if self.is_own(uri):
            return QCoreApplication.translate("GroupTexts", "You")
        known = self._names(uri) if uri else ""
        if known:
            return bounded(known)
        return (
            bounded(display_number(uri, self._home_region))
            if uri
            else QCoreApplication.translate("GroupTexts", "Someone")
        )


def own_uri_of(account_key: str) -> str:
    """The user's own address on an engine account ("+331…@sip.example.org" -> sip:…)."""
    if "@" not in account_key:
        return ""
    return _normalised(account_key if account_key.startswith("sip") else "sip:" + account_key)


def _normalised(uri: str) -> str:
    try:
        return normalise_peer_uri(uri) if uri else ""
    except ValueError:
        return ""

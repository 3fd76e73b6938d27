"""The New group form: a name and up to 49 other members, checked as the user types.

Members are typed like New chat's address (a number, a name or name@server, completed
with the account's domain by the dial pad's `uri_for`) or picked among contacts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from jego_desktop.domain.groups import (
    MAX_GROUP_MEMBERS,
    GroupError,
    GroupProblem,
    checked_name,
)
from jego_desktop.domain.peers import normalise_peer_uri
from jego_desktop.models.chats.group_texts import MemberNames, chosen_count, problem_text

UriFor = Callable[[str], tuple[str | None, str]]  # DialPadModel.uri_for
MAX_OTHERS = MAX_GROUP_MEMBERS - 1


@dataclass(frozen=True)
class ChosenMember:
    uri: str  # normalised SIP URI
    label: str  # the contact's name, else the number or address


class NewGroupForm(QObject):
    """What the New group dialog shows and checks; no widgets.

    Signals:
        changed(): the name, the members or a problem changed.
    """

    changed = Signal()

    def __init__(self, uri_for: UriFor, names: MemberNames, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._uri_for = uri_for
        self._names = names
        self._name = ""
        self._members: list[ChosenMember] = []
        self.entry_problem = ""  # why the typed member cannot be added ('' when it can)

    # ----- the name -------------------------------------------------------------------

    @property
    def name(self) -> str:
        return self._name

    def set_name(self, text: str) -> None:
        self._name = text
        self.changed.emit()

    @property
    def name_problem(self) -> str:
        """Why the name cannot be used, '' when it can."""
        try:
            checked_name(self._name)
        except GroupError as error:
            return problem_text(error.problem)
        return ""

    # ----- the members ----------------------------------------------------------------

    @property
    def members(self) -> tuple[ChosenMember, ...]:
        return tuple(self._members)

    @property
    def count_text(self) -> str:
        return chosen_count(len(self._members))

    @property
    def members_problem(self) -> str:
        """Why the members cannot make a group, '' when they can."""
        if not self._members:
            return problem_text(GroupProblem.NO_MEMBERS)
        return ""

    def check_entry(self, typed: str) -> str:
        """Why `typed` cannot be added, shown while typing ('' when it can, or may soon)."""
        half_typed = "@" in typed and self._uri_for(typed)[0] is None  # "bob@" on its way
        problem = "" if not typed.strip() or half_typed else self._refusal(typed)
        if problem != self.entry_problem:
            self.entry_problem = problem
            self.changed.emit()
        return problem

    def can_add(self, typed: str) -> bool:
        return bool(typed.strip()) and not self._refusal(typed)

    def add_typed(self, typed: str) -> bool:
        """Add a typed number, name or address; False (with `entry_problem`) when refused."""
        problem = self._refusal(typed)
        self.entry_problem = problem
        if not problem:
            uri = self._uri(typed)
            assert uri is not None
            self._members.append(ChosenMember(uri, self._names.name_of(uri)))
        self.changed.emit()
        return not problem

    def add_contact(self, uri: str, name: str) -> bool:
        """Add a contact picked from the list (its address on the account)."""
        try:
            normalised = normalise_peer_uri(uri)
        except ValueError:
            return False
        if self._has(normalised) or self._names.is_own(normalised):
            return False
        if len(self._members) >= MAX_OTHERS:
            self.entry_problem = problem_text(GroupProblem.TOO_MANY_MEMBERS)
            self.changed.emit()
            return False
        self._members.append(ChosenMember(normalised, name or self._names.name_of(normalised)))
        self.changed.emit()
        return True

    def remove(self, uri: str) -> None:
        try:
            normalised = normalise_peer_uri(uri)
        except ValueError:
            return
        self._members = [member for member in self._members if member.uri != normalised]
        self.entry_problem = ""
        self.changed.emit()

    def has(self, uri: str) -> bool:
        try:
            return self._has(normalise_peer_uri(uri))
        except ValueError:
            return False

    # ----- the whole form -------------------------------------------------------------

    @property
    def can_create(self) -> bool:
        return not self.name_problem and not self.members_problem

    def member_uris(self) -> list[str]:
        return [member.uri for member in self._members]

    def _refusal(self, typed: str) -> str:
        uri, problem = self._uri_for(typed)
        if uri is None:
            return problem or problem_text(GroupProblem.BAD_ADDRESS, typed)
        normalised = self._uri(typed)
        if normalised is None:
            return problem_text(GroupProblem.BAD_ADDRESS, typed)
        if self._names.is_own(normalised):
            return self.tr("You are in the group already.")
        if self._has(normalised):
            return self.tr("%1 is in the list already.").replace(
                "%1", self._names.name_of(normalised)
            )
        if len(self._members) >= MAX_OTHERS:
            return problem_text(GroupProblem.TOO_MANY_MEMBERS)
        return ""

    def _uri(self, typed: str) -> str | None:
        uri = self._uri_for(typed)[0]
        if uri is None:
            return None
        try:
            return normalise_peer_uri(uri)
        except ValueError:
            return None

    def _has(self, normalised: str) -> bool:
        return any(member.uri == normalised for member in self._members)

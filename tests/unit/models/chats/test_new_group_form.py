"""The New group form: the name and members checked as the user types."""

from __future__ import annotations

from jego_desktop.domain.groups import GroupReceipts
from jego_desktop.models.calls.dial_pad import DialPadModel
from jego_desktop.models.chats.group_texts import MemberNames, own_uri_of, receipts_text
from jego_desktop.models.chats.new_group import NewGroupForm

ACCOUNT = "+33100000000@sip.example.org"


def form() -> NewGroupForm:
    dial_pad = DialPadModel("FR")
    dial_pad.set_account(ACCOUNT, "sip.example.org")
    return NewGroupForm(dial_pad.uri_for, MemberNames(lambda _uri: "", own_uri_of(ACCOUNT), "FR"))


def test_members_are_completed_on_the_account_and_kept_once() -> None:
    chosen = form()
    assert not chosen.can_create
    assert chosen.add_typed("06 12 34 56 78")
    assert chosen.add_typed("bob")  # a name on the account's domain
    assert not chosen.add_typed("+33 6 12 34 56 78")  # the same number again
    assert chosen.entry_problem == "06 12 34 56 78 is in the list already."
    assert chosen.member_uris() == [
        "sip:+33612345678@sip.example.org",
        "sip:bob@sip.example.org",
    ]
    assert chosen.count_text == "2 of 49"
    chosen.remove("sip:bob@SIP.example.org")
    assert chosen.member_uris() == ["sip:+33612345678@sip.example.org"]


def test_the_name_and_the_members_say_what_is_missing() -> None:
    chosen = form()
    assert chosen.name_problem == "Give the group a name."
    assert chosen.members_problem == "Add at least one member."
    chosen.set_name("   ")
    assert chosen.name_problem == "Give the group a name."
    chosen.set_name("x" * 65)
    assert chosen.name_problem == "A group name has at most 64 characters."
    chosen.set_name("Family")
    chosen.add_typed("sip:alice@example.net")
    assert chosen.can_create
    assert chosen.check_entry("alice@") == ""  # still being typed
    assert chosen.check_entry("+33100000000") == "You are in the group already."
    assert chosen.check_entry("hello world!") != ""


def test_receipts_in_words() -> None:
    assert receipts_text(GroupReceipts(4, 3, 2)) == "Delivered to 3 of 4 · read by 2"
    assert receipts_text(GroupReceipts(4, 0, 0)) == "Delivered to 0 of 4"

"""The New group dialog: a name, members typed or ticked, "3 of 49", Create held back
with the reason under the field at fault, and the group's conversation opened after."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jego_desktop.domain.groups import MAX_GROUP_NAME_CHARS
from jego_desktop.ui.chats.member_entry import URI_ROLE
from jego_desktop.ui.chats.new_group_dialog import NewGroupDialog
from tests.ui.chats.group_page import ALICE, BOB, GroupChats, group_chats
from tests.ui.chats.test_chats_page import ACCOUNT

__all__ = ["group_chats"]  # the fixture


def open_dialog(qtbot: QtBot, chats: GroupChats) -> NewGroupDialog:
    assert chats.page.new_group_button.isEnabled()
    qtbot.mouseClick(chats.page.new_group_button, Qt.MouseButton.LeftButton)
    assert chats.page.groups is not None
    dialog = chats.page.groups.new_group_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def chosen(dialog: NewGroupDialog) -> list[tuple[str, str]]:
    return [
        (dialog.members.item(row).text(), str(dialog.members.item(row).data(URI_ROLE)))
        for row in range(dialog.members.count())
    ]


def test_create_waits_for_a_name_and_a_member_and_says_why(
    qtbot: QtBot, group_chats: GroupChats
) -> None:
    dialog = open_dialog(qtbot, group_chats)
    assert not dialog.create_button.isEnabled()
    assert dialog.count.text() == "0 of 49"
    qtbot.keyClicks(dialog.name_entry, "Family")
    assert not dialog.create_button.isEnabled()
    assert dialog.members_problem.isVisible()
    assert dialog.members_problem.text() == "Add at least one member."

    # A number on the account's domain, completed as New chat completes it.
    qtbot.keyClicks(dialog.entry.entry, "06 11 11 11 11")
    qtbot.keyClick(dialog.entry.entry, Qt.Key.Key_Return)
    assert chosen(dialog) == [("Alice Martin", ALICE)]  # the contact's name
    assert dialog.count.text() == "1 of 49"
    assert dialog.entry.entry.text() == ""
    assert dialog.create_button.isEnabled() and not dialog.members_problem.isVisible()

    # The name: empty and too long are said under it, and hold Create back.
    dialog.name_entry.clear()
    assert not dialog.create_button.isEnabled()
    assert dialog.name_problem.isVisible()
    assert dialog.name_problem.text() == "Give the group a name."
    dialog.name_entry.setText("F" * (MAX_GROUP_NAME_CHARS + 1))
    assert dialog.name_problem.text() == "A group name has at most 64 characters."
    assert not dialog.create_button.isEnabled()
    dialog.name_entry.setText("  Family  ")
    assert dialog.create_button.isEnabled() and not dialog.name_problem.isVisible()


def test_typed_members_are_checked_as_they_are_typed(qtbot: QtBot, group_chats: GroupChats) -> None:
    dialog = open_dialog(qtbot, group_chats)
    entry = dialog.entry
    qtbot.keyClicks(entry.entry, "carol@")  # on its way to carol@server: not blamed yet
    assert not entry.problem.isVisible() and not entry.add_button.isEnabled()
    qtbot.keyClicks(entry.entry, "example.net")
    assert entry.add_button.isEnabled()
    qtbot.mouseClick(entry.add_button, Qt.MouseButton.LeftButton)
    assert chosen(dialog) == [("carol@example.net", "sip:carol@example.net")]

    qtbot.keyClicks(entry.entry, "sip:carol@example.net")  # the same one again
    assert entry.problem.isVisible()
    assert entry.problem.text() == "carol@example.net is in the list already."
    assert not entry.add_button.isEnabled()
    entry.entry.clear()
    qtbot.keyClicks(entry.entry, "+33100000000")  # the user's own number
    assert entry.problem.text() == "You are in the group already."
    entry.entry.clear()
    qtbot.keyClicks(entry.entry, "<b>hi</b> !")
    assert entry.problem.isVisible() and entry.problem.text()
    qtbot.keyClick(entry.entry, Qt.Key.Key_Return)  # refused: nothing added
    assert len(chosen(dialog)) == 1
    assert dialog.isVisible()  # Enter never creates the group


def test_contacts_are_ticked_in_and_out_and_members_removed(
    qtbot: QtBot, group_chats: GroupChats
) -> None:
    dialog = open_dialog(qtbot, group_chats)
    contacts = dialog.entry.contact_list
    assert [contacts.item(row).text() for row in range(contacts.count())] == [
        "Alice Martin",
        "Bob",
    ]
    qtbot.keyClicks(dialog.entry.entry, "bo")  # filters the contacts
    assert [contacts.item(row).text() for row in range(contacts.count())] == ["Bob"]
    contacts.item(0).setCheckState(Qt.CheckState.Checked)
    assert chosen(dialog) == [("Bob", BOB)]
    dialog.entry.entry.clear()
    contacts.item(0).setCheckState(Qt.CheckState.Checked)  # Alice
    assert dialog.count.text() == "2 of 49"
    contacts.item(1).setCheckState(Qt.CheckState.Unchecked)  # Bob out again
    assert chosen(dialog) == [("Alice Martin", ALICE)]

    dialog.members.setFocus()
    dialog.members.setCurrentRow(0)
    qtbot.keyClick(dialog.members, Qt.Key.Key_Delete)
    assert chosen(dialog) == []
    assert contacts.item(0).checkState() == Qt.CheckState.Unchecked  # the tick follows


def test_at_most_49_others(qtbot: QtBot, group_chats: GroupChats) -> None:
    dialog = open_dialog(qtbot, group_chats)
    for n in range(49):
        assert dialog.form.add_typed(f"sip:member{n}@example.org")
    assert dialog.count.text() == "49 of 49"
    qtbot.keyClicks(dialog.entry.entry, "sip:one.more@example.org")
    assert dialog.entry.problem.text() == "A group has at most 49 other members."
    assert not dialog.entry.add_button.isEnabled()


def test_create_makes_the_group_and_opens_its_conversation(
    qtbot: QtBot, group_chats: GroupChats
) -> None:
    dialog = open_dialog(qtbot, group_chats)
    qtbot.keyClicks(dialog.name_entry, "Family")
    dialog.entry.contact_list.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(dialog.entry.entry, "sip:carol@example.net")
    qtbot.keyClick(dialog.entry.entry, Qt.Key.Key_Return)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert group_chats.page.groups is not None
    group = group_chats.page.groups.group
    assert group is not None and group.account_key == ACCOUNT
    assert (group.name, group.members) == ("Family", (ALICE, "sip:carol@example.net"))
    view = group_chats.page.view
    assert view.title.text() == "Family"
    assert view.members_button.isVisible() and view.members_button.text() == "3 members"
    current = group_chats.page.current
    assert current is not None and current.peer_uri.startswith("group:")
    assert group_chats.page.list.currentIndex().data() == "Family"
    assert group_chats.lines() == ["You created the group “Family”"]

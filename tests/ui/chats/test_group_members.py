"""The members dialog (list, Add, Remove, Rename, Leave asked first) and the invitation
from a stranger (a banner, Join or Decline, nothing of theirs before Join)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jego_desktop.domain.groups import GroupStatus
from jego_desktop.ui.chats.group_members_dialog import GroupMembersDialog
from tests.ui.chats.group_page import ALICE, BOB, XAVIER, GroupChats, group_chats
from tests.ui.chats.test_chats_page import ACCOUNT

__all__ = ["group_chats"]  # the fixture


def members_dialog(qtbot: QtBot, chats: GroupChats) -> GroupMembersDialog:
    qtbot.mouseClick(chats.page.view.members_button, Qt.MouseButton.LeftButton)
    assert chats.page.groups is not None
    dialog = chats.page.groups.members_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def listed(dialog: GroupMembersDialog) -> list[str]:
    return [dialog.list.item(row).text() for row in range(dialog.list.count())]


def test_the_members_are_listed_by_name_and_can_be_added_and_removed(
    qtbot: QtBot, group_chats: GroupChats
) -> None:
    family = group_chats.family()
    group_chats.open(family)
    dialog = members_dialog(qtbot, group_chats)
    assert dialog.count.text() == "4 members"
    assert listed(dialog) == ["You", "Alice Martin", "Bob", "carol@example.net"]
    dialog.list.setCurrentRow(0)
    assert not dialog.remove_button.isEnabled()  # not oneself: that is Leave

    dialog.list.setCurrentRow(2)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert group_chats.groups.last_call() == ("remove_member", family.id, BOB)
    assert listed(dialog) == ["You", "Alice Martin", "carol@example.net"]
    assert group_chats.page.view.members_button.text() == "3 members"  # the header follows

    qtbot.keyClicks(dialog.entry.entry, "06 22 22 22 22")
    qtbot.keyClick(dialog.entry.entry, Qt.Key.Key_Return)
    assert group_chats.groups.last_call() == ("add_members", family.id, [BOB])
    assert listed(dialog) == ["You", "Alice Martin", "Bob", "carol@example.net"]
    qtbot.keyClicks(dialog.entry.entry, "sip:carol@example.net")  # in already
    assert dialog.entry.problem.text() == "carol@example.net is in the list already."
    # The conversation shows what changed, as lines.
    delegate = group_chats.page.view.delegate
    rows = group_chats.page.messages.rowCount()
    lines = [delegate._notice_text(group_chats.row_message(row)) for row in range(rows)]
    assert lines == ["You removed Bob", "You added Bob"]


def test_rename_and_leave_after_asking(qtbot: QtBot, group_chats: GroupChats) -> None:
    family = group_chats.family()
    group_chats.open(family)
    dialog = members_dialog(qtbot, group_chats)
    assert not dialog.rename_button.isEnabled()  # nothing changed yet
    dialog.name_entry.clear()
    assert (
        dialog.problem.text() == "Give the group a name." and not dialog.rename_button.isEnabled()
    )
    qtbot.keyClicks(dialog.name_entry, "Famille Li")
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    assert group_chats.groups.last_call() == ("rename_group", family.id, "Famille Li")
    assert group_chats.page.view.title.text() == "Famille Li"
    row = group_chats.page.conversations.row_of(family.conversation_id)
    assert group_chats.page.conversations.index(row, 0).data() == "Famille Li"

    assert group_chats.page.groups is not None
    questions: list[str] = []
    answers = [False, True]

    def confirm(question: str) -> bool:
        questions.append(question)
        return answers.pop(0)

    group_chats.page.groups.confirm = confirm
    qtbot.mouseClick(dialog.leave_button, Qt.MouseButton.LeftButton)
    assert questions[0].startswith("Leave “Famille Li”?")
    assert not any(call[0] == "leave_group" for call in group_chats.groups.calls)
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.leave_button, Qt.MouseButton.LeftButton)
    assert group_chats.groups.last_call() == ("leave_group", family.id)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    view = group_chats.page.view
    assert view.bottom.currentWidget() is group_chats.page.groups.gone  # no composer
    assert group_chats.page.groups.gone.text() == "You left this group."


def test_an_invitation_from_a_stranger_waits_for_join(
    qtbot: QtBot, group_chats: GroupChats
) -> None:
    invited = group_chats.groups.make(
        ACCOUNT, "<i>Free gifts</i>", [XAVIER, ALICE], status=GroupStatus.INVITED, invited_by=XAVIER
    )
    group_chats.said(invited, XAVIER, "x-1", "click this link")
    group_chats.open(invited)
    view = group_chats.page.view
    banner = group_chats.page.groups.banner if group_chats.page.groups else None
    assert banner is not None and banner.isVisible()
    assert banner.text.text() == "+86 138 1234 5678 added you to “<i>Free gifts</i>”"
    assert banner.text.textFormat() == Qt.TextFormat.PlainText
    assert not view.list.isVisible() and not view.bottom.isVisible()  # nothing of theirs
    assert not view.members_button.isEnabled()

    qtbot.mouseClick(banner.join_button, Qt.MouseButton.LeftButton)
    assert group_chats.groups.last_call() == ("accept_invitation", invited.id)
    assert not banner.isVisible()
    assert view.list.isVisible() and view.bottom.isVisible()
    assert view.members_button.isEnabled() and view.members_button.text() == "3 members"


def test_declining_an_invitation_keeps_its_messages_hidden(
    qtbot: QtBot, group_chats: GroupChats
) -> None:
    invited = group_chats.groups.make(
        ACCOUNT, "Deals", [XAVIER], status=GroupStatus.INVITED, invited_by=XAVIER
    )
    group_chats.open(invited)
    assert group_chats.page.groups is not None
    banner = group_chats.page.groups.banner
    qtbot.mouseClick(banner.decline_button, Qt.MouseButton.LeftButton)
    assert group_chats.groups.last_call() == ("decline_invitation", invited.id)
    view = group_chats.page.view
    assert banner.isVisible() and banner.text.text() == "You declined to join “Deals”."
    assert not banner.join_button.isVisible() and not banner.decline_button.isVisible()
    assert not view.list.isVisible() and not view.bottom.isVisible()

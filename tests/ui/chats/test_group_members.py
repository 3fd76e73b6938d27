"""The members dialog (list, Add, Remove, Rename, Leave asked first) and invitations from
strangers (a banner above the list, Join or Decline, nothing of theirs before Join)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from jego_desktop.domain.engine_events import MessageReceived
from jego_desktop.domain.group_events import GroupEvent
from jego_desktop.domain.group_headers import GroupHeaders
from jego_desktop.domain.groups import (
    GROUP_EVENT_CONTENT_TYPE,
    Group,
    GroupStatus,
    new_group_id,
)
from jego_desktop.domain.incoming_messages import IncomingText
from jego_desktop.store.groups import GroupStore
from jego_desktop.ui import translations
from jego_desktop.ui.chats.group_members_dialog import GroupMembersDialog
from jego_desktop.ui.chats.member_entry import URI_ROLE
from tests.ui.chats.group_page import ALICE, BOB, OWN, XAVIER, GroupChats, group_chats
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
    contacts = dialog.entry.contact_list
    # Members already in: ticked and locked (removing is the list's Remove).
    assert not contacts.item(1).flags() & Qt.ItemFlag.ItemIsEnabled  # Bob

    dialog.list.setCurrentRow(2)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert BOB not in group_chats.fresh(family).members
    assert listed(dialog) == ["You", "Alice Martin", "carol@example.net"]
    assert group_chats.page.view.members_button.text() == "3 members"  # the header follows
    assert contacts.item(1).flags() & Qt.ItemFlag.ItemIsEnabled  # Bob may be ticked again
    assert contacts.item(1).checkState() == Qt.CheckState.Unchecked

    qtbot.keyClicks(dialog.entry.entry, "06 22 22 22 22")
    qtbot.keyClick(dialog.entry.entry, Qt.Key.Key_Return)
    assert BOB in group_chats.fresh(family).members
    assert listed(dialog) == ["You", "Alice Martin", "Bob", "carol@example.net"]
    qtbot.keyClicks(dialog.entry.entry, "sip:carol@example.net")  # in already
    assert dialog.entry.problem.text() == "carol@example.net is in the list already."
    assert group_chats.lines() == [
        "You created the group “Family”",
        "You removed Bob",
        "You added Bob",
    ]


def test_rename_and_leave_after_asking(qtbot: QtBot, group_chats: GroupChats) -> None:
    family = group_chats.family()
    group_chats.open(family)
    dialog = members_dialog(qtbot, group_chats)
    assert not dialog.rename_button.isEnabled()  # nothing changed yet
    dialog.name_entry.clear()
    assert dialog.problem.text() == "Give the group a name."
    assert not dialog.rename_button.isEnabled()
    qtbot.keyClicks(dialog.name_entry, "Famille Li")
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    assert group_chats.fresh(family).name == "Famille Li"
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
    assert group_chats.fresh(family).status is GroupStatus.MEMBER
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.leave_button, Qt.MouseButton.LeftButton)
    assert group_chats.fresh(family).status is GroupStatus.LEFT
    qtbot.waitUntil(lambda: not dialog.isVisible())
    view = group_chats.page.view
    assert view.bottom.currentWidget() is group_chats.page.groups.gone  # no composer
    assert group_chats.page.groups.gone.text() == "You left this group."
    assert group_chats.lines()[-1] == "You left the group"


def test_an_invitation_from_a_stranger_waits_above_the_list_until_join(
    qtbot: QtBot, group_chats: GroupChats
) -> None:
    assert group_chats.page.groups is not None
    bar = group_chats.page.groups.invitation_bar
    assert not bar.isVisible()
    invited = group_chats.invite("<i>Free gifts</i>", XAVIER, (XAVIER, ALICE))
    assert bar.isVisible()
    assert bar.text.text() == "+86 138 1234 5678 added you to “<i>Free gifts</i>”"
    assert bar.text.textFormat() == Qt.TextFormat.PlainText
    assert group_chats.page.conversations.rowCount() == 0  # nothing of theirs is listed

    qtbot.mouseClick(bar.join_button, Qt.MouseButton.LeftButton)
    assert group_chats.fresh(invited).status is GroupStatus.MEMBER
    assert not bar.isVisible()
    view = group_chats.page.view
    qtbot.waitUntil(lambda: view.title.text() == "<i>Free gifts</i>")
    assert view.members_button.text() == "3 members"
    assert view.list.isVisible() and view.bottom.isVisible()
    assert group_chats.lines() == ["+86 138 1234 5678 added you"]


def test_declining_leaves_nothing_and_the_next_invitation_shows(
    qtbot: QtBot, group_chats: GroupChats
) -> None:
    assert group_chats.page.groups is not None
    # One from before a restart (stored, never announced), one arriving now.
    older = GroupStore(group_chats.db).save(
        Group(new_group_id(), ACCOUNT, "Deals", (XAVIER,), 1, GroupStatus.INVITED, XAVIER, 0)
    )
    group_chats.page.groups.show_waiting()
    group_chats.invite("Lottery", XAVIER, (XAVIER,))
    bar = group_chats.page.groups.invitation_bar
    assert bar.text.text() == "+86 138 1234 5678 added you to “Deals”"
    assert bar.more.isVisible() and bar.more.text() == "1 more invitation"

    qtbot.mouseClick(bar.decline_button, Qt.MouseButton.LeftButton)
    assert group_chats.fresh(older).status is GroupStatus.LEFT
    assert bar.text.text() == "+86 138 1234 5678 added you to “Lottery”"
    assert not bar.more.isVisible()
    qtbot.mouseClick(bar.decline_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    assert group_chats.page.conversations.rowCount() == 0
    assert group_chats.page.current is None


def test_the_group_follows_a_live_language_switch(
    qtbot: QtBot, group_chats: GroupChats, compiled_translations: Path
) -> None:
    family = group_chats.family()
    group_chats.open(family)
    app = QCoreApplication.instance()
    assert app is not None
    translations.switch_language(app, "zh_CN")
    view = group_chats.page.view
    qtbot.waitUntil(lambda: view.members_button.text() == "4 位成员")
    assert group_chats.lines() == ["你创建了群聊“Family”"]
    assert group_chats.page.new_group_button.toolTip() == "发起群聊（Ctrl+Shift+N）"


def test_ctrl_shift_n_starts_a_group(qtbot: QtBot, group_chats: GroupChats) -> None:
    qtbot.keyClick(
        group_chats.page,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert group_chats.page.groups is not None
    dialog = group_chats.page.groups.new_group_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "New group"


def test_the_empty_list_and_nothing_open_name_both_shortcuts(
    qtbot: QtBot, group_chats: GroupChats, compiled_translations: Path
) -> None:
    page = group_chats.page
    assert page.conversations.rowCount() == 0 and page.no_conversations.isVisible()
    assert page.no_conversations.text() == (
        "No conversations yet.\nPress Ctrl+N to write to a number or SIP address,"
        "\nor Ctrl+Shift+N to start a group."
    )
    hint = page.nothing_open.findChild(QLabel, "emptyHint")
    assert hint is not None and "Ctrl+Shift+N" in hint.text()
    app = QCoreApplication.instance()
    assert app is not None
    translations.switch_language(app, "fr")
    qtbot.waitUntil(lambda: "Ctrl+Maj+N pour créer un groupe" in page.no_conversations.text())


def test_invitations_withdrawn_meanwhile_leave_the_banner_at_the_next_one(
    qtbot: QtBot, group_chats: GroupChats
) -> None:
    """A stranger invites and withdraws at will: the banner counts what still waits,
    and never offers a withdrawn invitation."""
    assert group_chats.page.groups is not None
    store = GroupStore(group_chats.db)
    first = group_chats.invite("Deals", XAVIER, (XAVIER,))
    second = group_chats.invite("Lottery", XAVIER, (XAVIER,))
    group_chats.invite("Prize", XAVIER, (XAVIER,))
    store.delete(first.id)  # withdrawn before the user answered (store/group_sink.py)
    store.save(dataclasses.replace(second, status=GroupStatus.REMOVED))
    group_chats.invite("Gifts", XAVIER, (XAVIER,))
    bar = group_chats.page.groups.invitation_bar
    assert bar.text.text() == "+86 138 1234 5678 added you to “Prize”"
    assert bar.more.text() == "1 more invitation"
    assert [g.name for g in group_chats.page.groups.waiting] == ["Prize", "Gifts"]


def arrive(
    chats: GroupChats, sender: str, message_id: str, event: GroupEvent, headers: GroupHeaders
) -> None:
    """A group event from `sender` through the store's sink, announced as the engine
    does: only when the sink says so."""
    accepted = chats.messaging.sink.accept(
        IncomingText(
            account_key=ACCOUNT,
            peer_uri=sender,
            message_id=message_id,
            body=event.to_json(),
            content_type=GROUP_EVENT_CONTENT_TYPE,
            own_uri=OWN,
            uses_cpim=True,
            group=headers,
        )
    )
    if accepted.is_new:
        chats.engine.publish(
            MessageReceived(
                ACCOUNT,
                sender,
                message_id,
                event.to_json(),
                GROUP_EVENT_CONTENT_TYPE,
                stored=accepted.stored,
            )
        )


def test_an_invitation_withdrawn_before_the_answer_leaves_the_banner_at_once(
    qtbot: QtBot, group_chats: GroupChats
) -> None:
    assert group_chats.page.groups is not None
    bar = group_chats.page.groups.invitation_bar
    invitations = {}
    for n, name in enumerate(("Prize", "Deals")):
        group_id, everyone = new_group_id(), (XAVIER, OWN, ALICE)
        invitations[name] = group_id
        arrive(
            group_chats,
            XAVIER,
            f"x-{n}",
            GroupEvent("created", XAVIER, name, everyone),
            GroupHeaders(group_id, name, 1, everyone, "created"),
        )
    assert bar.text.text() == "+86 138 1234 5678 added you to “Prize”"
    assert bar.more.text() == "1 more invitation"

    def withdraw(name: str) -> None:
        arrive(
            group_chats,
            XAVIER,
            f"w-{name}",
            GroupEvent("removed", XAVIER, name, (OWN,)),
            GroupHeaders(invitations[name], name, 2, (XAVIER, ALICE), "removed"),
        )

    withdraw("Prize")
    assert bar.isVisible() and bar.text.text() == "+86 138 1234 5678 added you to “Deals”"
    assert not bar.more.isVisible()
    withdraw("Deals")
    assert not bar.isVisible() and group_chats.page.groups.waiting == []


def test_a_rename_the_database_refuses_says_so_under_the_name(
    qtbot: QtBot, group_chats: GroupChats
) -> None:
    family = group_chats.family()
    group_chats.open(family)
    dialog = members_dialog(qtbot, group_chats)
    with group_chats.db.write() as connection:  # as on a full disk
        connection.execute(
            "CREATE TEMP TRIGGER full_disk BEFORE INSERT ON main.messages"
            " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
        )
    dialog.name_entry.clear()
    qtbot.keyClicks(dialog.name_entry, "Famille Li")
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    assert dialog.problem.text() == "The change could not be saved. Please try again."
    assert group_chats.fresh(family).name == "Family"
    assert dialog.isVisible() and dialog.rename_button.isEnabled()  # the user may try again


def _as_qt_shows(tooltip: str) -> str:
    """The text Qt shows for `tooltip`: it takes text that looks like markup for markup."""
    document = QTextDocument()
    if GuiQt.mightBeRichText(tooltip):
        document.setHtml(tooltip)
    else:
        document.setPlainText(tooltip)
    return document.toPlainText()


def test_a_members_address_is_shown_as_written_never_as_markup(
    qtbot: QtBot, group_chats: GroupChats
) -> None:
    # A valid address for the group headers ("<sip:…>" keeps the inner "<"), whose
    # tooltip Qt would read as markup: "alice@bank.example<", the real host commented out.
    spoof = "sip:alice&#64;bank.example&lt;<!--@evil.example"
    invited = group_chats.invite("Bank", XAVIER, (XAVIER, ALICE, spoof))
    assert group_chats.page.groups is not None
    qtbot.mouseClick(group_chats.page.groups.invitation_bar.join_button, Qt.MouseButton.LeftButton)
    group_chats.open(group_chats.fresh(invited))
    dialog = members_dialog(qtbot, group_chats)
    items = [dialog.list.item(row) for row in range(1, dialog.list.count())]
    shown = {item.data(URI_ROLE): _as_qt_shows(item.toolTip()) for item in items}
    assert shown[spoof] == spoof.removeprefix("sip:")
    assert shown[ALICE] == ALICE.removeprefix("sip:")

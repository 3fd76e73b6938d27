"""A group's conversation: its header ("4 members", no call buttons), each author named
above their bubble in a colour of their own, membership events as plain centred lines,
how many members got the user's message beside its ticks ("2/3"), and its row in the list."""

from __future__ import annotations

import json

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QStyleOptionViewItem, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from jego_desktop.domain.conversations import Conversation
from jego_desktop.domain.engine_events import MessageDelivered, MessageDisplayed, MessageSent
from jego_desktop.domain.groups import GroupReceipts
from jego_desktop.domain.messages import Message, MessageState
from jego_desktop.models.chats.conversation_list import ConversationRole
from jego_desktop.store.groups import GroupStore
from jego_desktop.store.messages import MessageStore
from jego_desktop.ui.chats.chat_text import clock_time
from jego_desktop.ui.chats.conversation_list_delegate import group_preview
from jego_desktop.ui.chats.group_look import author_colour, receipts_short
from jego_desktop.ui.style import LIGHT
from tests.ui.chats.group_page import ALICE, BOB, CAROL, GroupChats, group_chats
from tests.ui.chats.test_chats_page import ACCOUNT

__all__ = ["group_chats"]  # the fixture


def colour_pixels(chats: GroupChats, row: int, colour: str) -> int:
    view = chats.page.view.list
    image = view.viewport().grab(view.visualRect(view.source_index(row))).toImage()
    wanted = QColor(colour)
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if abs(image.pixelColor(x, y).red() - wanted.red()) < 24
        and abs(image.pixelColor(x, y).green() - wanted.green()) < 24
        and abs(image.pixelColor(x, y).blue() - wanted.blue()) < 24
    )


def test_the_header_shows_the_name_and_member_count_without_call_buttons(
    qtbot: QtBot, group_chats: GroupChats
) -> None:
    family = group_chats.family()
    group_chats.open(family)
    view = group_chats.page.view
    assert view.title.text() == "Family"
    assert view.members_button.isVisible() and view.members_button.text() == "4 members"
    assert not view.call_button.isVisible() and not view.video_button.isVisible()
    assert not view.subtitle.isVisible()

    group_chats.page.open_conversation(ACCOUNT, BOB)  # one person again
    assert view.call_button.isVisible() and view.video_button.isVisible()
    assert not view.members_button.isVisible() and view.subtitle.isVisible()
    assert view.delegate.group is None


def test_each_author_is_named_above_their_text_in_their_own_colour(
    qtbot: QtBot, group_chats: GroupChats
) -> None:
    family = group_chats.family()
    group_chats.open(family)
    group_chats.said(family, ALICE, "a-1", "Dinner at 8?")
    group_chats.said(family, CAROL, "c-1", "yes")
    group_chats.said(family, BOB, "b-1", "<b>late</b>")
    delegate = group_chats.page.view.delegate
    rows = [1, 2, 3]  # after the line "You created the group"
    authors = [delegate.author_of(group_chats.row_message(row)) for row in rows]
    assert [name for name, _colour in authors] == ["Alice Martin", "carol@example.net", "Bob"]
    assert len({colour for _name, colour in authors}) == 3  # one colour per author
    for row in rows:
        geometry = group_chats.geometry(row)
        assert geometry.author is not None
        assert geometry.bubble.contains(geometry.author)
        assert geometry.author.bottom() < geometry.text_origin.y()  # above the text
    assert group_chats.geometry(0).author is None  # a line, not a bubble
    qtbot.waitUntil(lambda: colour_pixels(group_chats, 1, authors[0][1]) > 20)
    assert colour_pixels(group_chats, 2, authors[1][1]) > 20
    assert author_colour(ALICE, LIGHT) == authors[0][1]  # the same in every group

    # Outside a group, a message names no author.
    group_chats.page.open_conversation(ACCOUNT, BOB)
    bob = group_chats.receive(BOB, "b-2", "just us")
    assert group_chats.page.view.delegate.author_of(bob) == ("", "")
    assert group_chats.geometry(0).author is None


def test_membership_events_are_plain_centred_lines(qtbot: QtBot, group_chats: GroupChats) -> None:
    family = group_chats.family()
    group_chats.open(family)
    event = group_chats.event
    event(family, ALICE, json.dumps({"event": "renamed", "by": ALICE, "name": "Family"}))
    event(family, BOB, json.dumps({"event": "added", "by": BOB, "members": [CAROL]}))
    event(family, BOB, json.dumps({"event": "left", "by": "sip:dave@example.org"}))
    hostile = {"event": "added", "by": "<b>" + "x" * 5000, "members": ["<img src=/dev/zero>"] * 9}
    event(family, BOB, json.dumps(hostile))
    event(family, BOB, "not json {")
    lines = group_chats.lines()
    assert lines[:4] == [
        "You created the group “Family”",
        "Alice Martin renamed the group to “Family”",
        "Bob added carol@example.net",
        "dave@example.org left",
    ]
    assert "img src=/dev/zero" in lines[4]  # a sentence of text, never markup
    assert lines[4].endswith("and 6 others") and len(lines[4]) < 200
    assert lines[5] == "The group changed"
    for row in range(6):
        geometry = group_chats.geometry(row)
        assert geometry.notice is not None and geometry.bubble.isEmpty()


def test_an_outgoing_message_says_how_many_got_it_and_read_it(
    qtbot: QtBot, group_chats: GroupChats
) -> None:
    family = group_chats.family()
    group_chats.open(family)
    group_chats.page.view.composer.set_text("On my way")
    group_chats.page.view.composer.submit()
    sent = group_chats.last_row()
    assert sent.body == "On my way"
    deliveries = GroupStore(group_chats.db)
    deliveries.update_delivery(sent.message_id, ALICE, MessageState.DISPLAYED)
    deliveries.update_delivery(sent.message_id, BOB, MessageState.DELIVERED)
    view = group_chats.page.view.list
    index = view.source_index(group_chats.page.messages.rowCount() - 1)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    centre = option.rect.center()
    tooltip = QHelpEvent(QEvent.Type.ToolTip, centre, view.viewport().mapToGlobal(centre))
    delegate = group_chats.page.view.delegate
    assert delegate.helpEvent(tooltip, view, option, index)
    assert QToolTip.text() == "Delivered to 2 of 3 · read by 1"
    QToolTip.hideText()
    deliveries.update_delivery(sent.message_id, CAROL, MessageState.DISPLAYED)
    assert delegate.group is not None
    assert delegate.group.status_text(sent) == "Delivered to 3 of 3 · read by 2"
    incoming = group_chats.said(family, ALICE, "a-1", "great")
    assert delegate.group.status_text(incoming) == ""  # only the user's own messages


def test_the_list_shows_the_group_with_its_icon_and_who_wrote_last(
    qtbot: QtBot, group_chats: GroupChats
) -> None:
    family = group_chats.family()
    group_chats.open(family)
    many = [ALICE, CAROL, "sip:dave@example.org", "sip:eve@example.org"]
    group_chats.event(family, BOB, json.dumps({"event": "added", "by": BOB, "members": many}))
    model = group_chats.page.conversations
    index = model.index(model.row_of(family.conversation_id), 0)
    assert index.data() == "Family" and index.data(ConversationRole.GROUP) is True
    # The whole event, even past the preview's 200 characters, in words.
    assert group_preview(index) == (
        "Bob added Alice Martin, carol@example.net, dave@example.org and 1 other"
    )

    events_read = model.last_message
    reads: list[Conversation] = []

    def counted(conversation: Conversation) -> Message | None:
        reads.append(conversation)
        return events_read(conversation)

    model.last_message = counted
    group_chats.said(family, ALICE, "a-1", "Dinner at 8?")
    index = model.index(model.row_of(family.conversation_id), 0)
    assert group_preview(index) == "Alice Martin: Dinner at 8?"
    assert reads == []  # the author comes with the list's own preview
    assert not group_chats.page.list.visualRect(index).isEmpty()
    group_chats.page.view.composer.set_text("see you")
    group_chats.page.view.composer.submit()
    index = model.index(model.row_of(family.conversation_id), 0)
    assert group_preview(index) == ""  # the list's own "You: see you"


def test_replies_and_taken_back_messages_name_the_author_not_the_group(
    qtbot: QtBot, group_chats: GroupChats
) -> None:
    family = group_chats.family()
    group_chats.open(family)
    question = group_chats.said(family, ALICE, "a-1", "Who brings the cake?")
    view = group_chats.page.view
    view.start_reply(question)
    assert view.reply_bar.author.text() == "Replying to Alice Martin"
    store = MessageStore(group_chats.db)
    taken = store.recall_incoming(family.conversation_id, "a-1", within_s=1e12, at=store.now())
    assert taken is not None
    assert view.delegate._notice_text(taken.stored) == "Alice Martin took back a message"


def test_a_contact_added_later_names_the_author_in_the_list(
    qtbot: QtBot, group_chats: GroupChats
) -> None:
    family = group_chats.family()
    group_chats.open(family)
    group_chats.said(family, CAROL, "c-1", "hello")
    model = group_chats.page.conversations
    index = model.index(model.row_of(family.conversation_id), 0)
    assert group_preview(index) == "carol@example.net: hello"
    group_chats.page.set_names(lambda uri: "Carol Li" if uri == CAROL else "")
    index = model.index(model.row_of(family.conversation_id), 0)
    assert group_preview(index) == "Carol Li: hello"
    assert group_chats.page.view.delegate.author_of(group_chats.last_row())[0] == "Carol Li"


def test_a_change_to_the_group_leaves_the_voice_recorder_alone(
    qtbot: QtBot, group_chats: GroupChats
) -> None:
    family = group_chats.family()
    group_chats.open(family)
    view = group_chats.page.view
    recorder = QWidget()  # stands in for the voice recorder in the composer's place
    view.show_bottom(recorder)
    group_chats.groups.rename_group(family.id, "Famille")
    assert view.title.text() == "Famille"
    assert view.bottom.currentWidget() is recorder


def test_a_quoted_group_message_names_the_member_who_wrote_it(
    qtbot: QtBot, group_chats: GroupChats
) -> None:
    family = group_chats.family()
    group_chats.open(family)
    group_chats.said(family, ALICE, "a-1", "Who brings the cake?")
    stored = MessageStore(group_chats.db).insert_incoming(
        family.conversation_id, "b-1", "Alice does", reply_to="a-1", author_uri=BOB
    )
    group_chats.messaging.message_added.emit(stored.message)
    delegate = group_chats.page.view.delegate
    assert delegate._quote_texts(group_chats.last_row()) == (
        "Alice Martin",
        "Who brings the cake?",
    )
    group_chats.page.view.start_reply(stored.message)
    group_chats.page.view.composer.set_text("thanks")
    group_chats.page.view.composer.submit()
    assert delegate._quote_texts(group_chats.last_row()) == ("Bob", "Alice does")


def test_the_bubble_shows_how_many_members_got_it_and_follows_the_receipts(
    qtbot: QtBot, group_chats: GroupChats
) -> None:
    family = group_chats.family()
    group_chats.open(family)
    group_chats.page.view.composer.set_text("On my way")
    group_chats.page.view.composer.submit()
    sent = group_chats.last_row()
    model = group_chats.page.messages
    row = model.rowCount() - 1
    list_view = group_chats.page.view.list
    delegate = group_chats.page.view.delegate
    small = delegate._small_metrics
    engine = group_chats.engine

    def shown() -> tuple[str, int, str]:
        """(what the bubble's corner reads, the room it has, the screen reader's text)"""
        message = group_chats.last_row()
        meta = delegate._meta_text(message)
        spoken = model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole)
        return meta, group_chats.geometry(row).meta.width() - small.horizontalAdvance(meta), spoken

    clock = clock_time(sent.created_at)
    assert shown()[0] == clock  # still going out: the clock alone
    for member in (ALICE, BOB, CAROL):
        engine.message_sent.emit(MessageSent(ACCOUNT, member, sent.message_id))
    assert shown()[0] == clock + "  0/3"
    before = list_view.viewport().grab(list_view.visualRect(list_view.source_index(row)))

    engine.message_delivered.emit(MessageDelivered(ACCOUNT, ALICE, sent.message_id))
    meta, room, spoken = shown()
    assert meta == clock + "  1/3" and room >= 0
    assert spoken == "On my way (Delivered to 1 of 3)"
    after = list_view.viewport().grab(list_view.visualRect(list_view.source_index(row)))
    assert before.toImage() != after.toImage()  # painted again at once

    engine.message_delivered.emit(MessageDelivered(ACCOUNT, BOB, sent.message_id))
    engine.message_displayed.emit(MessageDisplayed(ACCOUNT, ALICE, sent.message_id))
    meta, room, spoken = shown()
    assert meta == clock + "  2/3" and room >= 0
    assert spoken == "On my way (Delivered to 2 of 3 · read by 1)"

    # Incoming messages, and conversations with one person, keep the clock alone.
    incoming = group_chats.said(family, ALICE, "a-1", "ok")
    assert delegate._meta_text(incoming) == clock_time(incoming.created_at)
    group_chats.page.open_conversation(ACCOUNT, BOB)
    assert model.status_of(sent) == ""


def test_the_short_count_keeps_its_width_as_it_grows() -> None:
    assert receipts_short(GroupReceipts(3, 2, 1)) == "2/3"
    assert receipts_short(GroupReceipts(12, 3, 0)) == "\u20073/12"  # a figure space


def test_an_author_whose_address_reads_percent_two_stays_as_written_in_the_list(
    qtbot: QtBot, group_chats: GroupChats
) -> None:
    family = group_chats.family()
    group_chats.open(family)
    group_chats.said(family, "sip:%2@example.org", "p-1", "hello")
    model = group_chats.page.conversations
    index = model.index(model.row_of(family.conversation_id), 0)
    assert group_preview(index) == "%2@example.org: hello"


def test_a_taken_back_message_the_database_could_not_remove_says_so(
    qtbot: QtBot, group_chats: GroupChats
) -> None:
    family = group_chats.family()
    group_chats.open(family)
    mine = group_chats.messaging.send(ACCOUNT, family.peer_uri, "wrong group!")
    with qtbot.waitSignal(group_chats.page.problem) as told:
        group_chats.messaging.recall_not_saved.emit(mine)  # the members' servers have it
    assert told.args == [
        "The message was taken back, but it could not be removed from this computer."
        " Please take it back again."
    ]

"""What the user deletes never leaves, not even during the undo window when the account
registers (models/chats/messaging.py withholds it; ui/chats/chats_page.py wires it)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from jego_desktop.domain.accounts import RegistrationState
from jego_desktop.domain.engine_events import RegistrationChanged
from jego_desktop.domain.messages import Message
from tests.ui.chats import test_chats_page
from tests.ui.chats.test_chats_page import ACCOUNT, BOB, Chats

chats = test_chats_page.chats  # a fixture (db comes from conftest)


def registration(chats: Chats, state: RegistrationState) -> None:
    chats.engine.publish(RegistrationChanged(ACCOUNT, state, 200, "OK", 300))


def written_offline(chats: Chats, text: str) -> Message:
    """A message waiting in the outbox: the account is not registered."""
    registration(chats, RegistrationState.REGISTERING)
    chats.page.open_conversation(ACCOUNT, BOB)
    chats.page.view.composer.set_text(text)
    chats.page.view.composer.submit()
    assert "send_message" not in chats.engine.names()
    return chats.last_row()


def sent_ids(chats: Chats) -> list[str]:
    return [command[3] for command in chats.engine.commands if command[0] == "send_message"]


def test_a_deleted_pending_message_stays_when_the_account_registers_in_the_undo_window(
    qtbot: QtBot, chats: Chats
) -> None:
    gone = written_offline(chats, "not for Bob after all")
    chats.page.confirm = lambda _question: True
    chats.page.delete_message(gone)
    registration(chats, RegistrationState.REGISTERED)  # inside the 5 s window
    assert sent_ids(chats) == []
    assert chats.page.deletions is not None
    chats.page.deletions.commit()
    registration(chats, RegistrationState.REGISTERED)  # a refresh after it is gone
    assert sent_ids(chats) == []


def test_an_undone_deletion_sends_the_message_as_if_nothing_happened(
    qtbot: QtBot, chats: Chats
) -> None:
    back = written_offline(chats, "yes, send it")
    chats.page.confirm = lambda _question: True
    chats.page.delete_message(back)
    registration(chats, RegistrationState.REGISTERED)
    chats.page.undo()
    assert sent_ids(chats) == [back.message_id]


def test_a_deleted_conversation_sends_nothing_of_its_outbox(qtbot: QtBot, chats: Chats) -> None:
    written_offline(chats, "first")
    written_offline(chats, "second")
    conversation = chats.page.current
    assert conversation is not None
    chats.page.confirm = lambda _question: True
    chats.page.delete_conversation(conversation)
    registration(chats, RegistrationState.REGISTERED)
    assert sent_ids(chats) == []
    chats.page.undo()
    assert len(sent_ids(chats)) == 1  # the first; the second follows its answer

"""Every reason the engine gives for a message not sent is known to the translations."""

from __future__ import annotations

from jego_desktop.domain.sip_reasons import message_failure_reason
from jego_desktop.models.chats.message_failures import failure_text
from jego_desktop.models.window.engine_texts import REASONS

SIP_CODES = (0, 403, 404, 408, 413, 415, 480, 486, 488, 502, 503, 504, 603)


def test_each_reason_of_a_sip_answer_is_listed_for_translation() -> None:
    reasons = {message_failure_reason(code, "Refused") for code in SIP_CODES}
    assert reasons <= set(REASONS["MessageFailure"])


def test_a_template_keeps_its_detail_and_anything_else_stays_as_it_came() -> None:
    assert failure_text("could not be sent: Invalid URI (PJSIP_EINVALIDURI)") == (
        "could not be sent: Invalid URI (PJSIP_EINVALIDURI)"
    )
    assert failure_text("the recipient could not take it (error)") == (
        "the recipient could not take it (error)"
    )
    assert failure_text("599 Odd") == "599 Odd"


def test_a_group_message_s_reasons_are_listed_for_translation(tmp_path) -> None:
    from jego_desktop.domain.groups import Group, GroupStatus
    from jego_desktop.domain.messages import MessageState
    from jego_desktop.store.conversations import ConversationStore
    from jego_desktop.store.database import Database
    from jego_desktop.store.groups import GroupStore
    from jego_desktop.store.messages import MessageStore

    with Database.open(tmp_path / "db.sqlite3") as db:
        conversation = ConversationStore(db).get_or_create("me@x", "group:" + "a" * 32)
        store = GroupStore(db)
        store.save(Group("a" * 32, "me@x", "F", ("sip:b@x",), 1, GroupStatus.MEMBER, "", 1))
        message = MessageStore(db).insert_outgoing(conversation.id, "hi", message_id="m")
        store.add_deliveries(message.id, ["sip:b@x"])
        store.update_delivery("m", "sip:b@x", MessageState.FAILED)
        state, reason = store.summary_state(message.id)
    assert state is MessageState.FAILED
    assert reason == "not sent to sip:b@x"
    assert failure_text(reason) == reason  # English on screen: a template, its detail kept
    assert {"not sent to %1", "you are no longer a member of this group"} <= set(
        REASONS["MessageFailure"]
    )

"""Render a conversation with quoted replies and taken-back messages, the reply bar open.

Run from the repository root (after `bash translations/update.sh` and lrelease):
    .venv/bin/python docs/screenshot_replies.py [--dark] [--language fr|zh_CN]
Set JEGO_SHOTS to a folder to write there instead of docs/screenshots/.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import screenshot_kit
from screenshot_kit import (
    ACCOUNT,
    parse_variant,
    sample_main_window,
    sample_settings,
    save,
    start_app,
    use_locale,
)

from jego_desktop.domain.accounts import RegistrationState
from jego_desktop.domain.contacts import Contact, PhoneNumber
from jego_desktop.domain.engine_events import RegistrationChanged
from jego_desktop.domain.messages import MessageState
from jego_desktop.models.chats.chat_services import ChatServices
from jego_desktop.models.chats.messaging import MessagingService
from jego_desktop.store.contacts import ContactStore
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.message_window import NewerMessages
from jego_desktop.store.messages import MessageStore
from jego_desktop.store.search import MessageSearch
from tests.ui.fake_engine import FakeEngine

WANG = "sip:+8613800138000@sip.example.org"
NOW = 1_780_000_000.0
ENGLISH = (
    "Sunday lunch at noon?\nMum is making dumplings.",
    "Bring the kids!",
    "Yes, all four of us 🥟",
    "Great, I'll do the shopping.",
)
CHINESE = (
    "周日中午一起吃饭吗？\n妈妈做饺子。",
    "记得带孩子们来！",
    "好的，我们四个人都来 🥟",
    "太好了，我去买菜。",
)


def fill(db: Database, chinese: bool) -> None:
    conversation = ConversationStore(db).get_or_create(ACCOUNT, WANG)
    store = MessageStore(db)

    def inc(number: int, body: str, minute: int, reply_to: str = "") -> str:
        store.insert_incoming(
            conversation.id, f"w-{number}", body, received_at=NOW + 60 * minute, reply_to=reply_to
        )
        return f"w-{number}"

    def out(body: str, minute: int, reply_to: str = "") -> str:
        message = store.insert_outgoing(
            conversation.id, body, created_at=NOW + 60 * minute, reply_to=reply_to
        )
        for state in (MessageState.SENT, MessageState.DELIVERED, MessageState.DISPLAYED):
            store.update_outgoing_state(message.message_id, state)
        return message.message_id

    lunch = inc(
        1,
        "周日中午一起吃饭吗？\n妈妈做饺子。"
        if chinese
        else "Sunday lunch at noon?\nMum is making dumplings.",
        0,
    )
    inc(2, "记得带孩子们来！" if chinese else "Bring the kids!", 1)
    mine = out(
        "好的，我们四个人都来 🥟" if chinese else "Yes, all four of us 🥟", 3, reply_to=lunch
    )
    inc(3, "太好了，我去买菜。" if chinese else "Great, I'll do the shopping.", 4, reply_to=mine)
    inc(4, "(this one was sent by mistake)", 5)
    store.recall_incoming(conversation.id, "w-4", within_s=1e12, at=NOW + 5 * 60)
    oops = out("wrong chat, sorry", 6)
    store.recall_outgoing(oops)
    store.mark_read(conversation.id)


def main() -> int:
    variant = parse_variant(sys.argv[1:])
    if "JEGO_SHOTS" in os.environ:
        screenshot_kit.OUT = Path(os.environ["JEGO_SHOTS"])
    start_app(variant)
    use_locale(variant.language)
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        db = Database.open(folder / "jego.sqlite3")
        ContactStore(db).add_many([Contact("王小明", (PhoneNumber("+86 138 0013 8000", "cell"),))])
        fill(db, variant.language == "zh_CN")
        engine = FakeEngine()
        messaging = MessagingService(engine, ConversationStore(db), MessageStore(db))
        messaging.connect_engine(engine)
        engine.publish(RegistrationChanged(ACCOUNT, RegistrationState.REGISTERED, 200, "OK"))
        window = sample_main_window(sample_settings(folder), 1080, 720)
        window.contacts.set_store(ContactStore(db))
        page = window.chats_page
        page.connect_services(
            ChatServices(
                messaging, ConversationStore(db), MessageStore(db), NewerMessages(db),
                MessageSearch(db),
            )
        )  # fmt: skip
        window.show()
        window.show_page(0)
        page.open_conversation(ACCOUNT, WANG)
        last = page.messages.message(2)
        assert last is not None
        page.view.start_reply(last)
        page.view.list.scroll_to_end()
        save(window, f"chats-replies{variant.suffix}", settle=5)
        window.close()
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

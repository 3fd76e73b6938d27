"""Render group chats: the New group dialog, a group's conversation with three authors and
membership lines, its members dialog, and an invitation from a stranger above the list.

Run from the repository root (after `bash translations/update.sh` and lrelease):
    .venv/bin/python docs/screenshot_groups.py [--dark] [--language fr|zh_CN|zh_TW]
Set JEGO_SHOTS to a folder to write there instead of docs/screenshots/.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import screenshot_kit
from PySide6.QtCore import Qt
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
from jego_desktop.domain.engine_events import MessageReceived, RegistrationChanged
from jego_desktop.domain.groups import (
    GROUP_EVENT_CONTENT_TYPE,
    Group,
    GroupStatus,
    new_group_id,
)
from jego_desktop.domain.messages import MessageState
from jego_desktop.models.chats.chat_services import ChatServices
from jego_desktop.models.chats.group_chats import GroupChats
from jego_desktop.models.chats.messaging import MessagingService
from jego_desktop.store.contacts import ContactStore
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.groups import GroupStore
from jego_desktop.store.message_window import NewerMessages
from jego_desktop.store.messages import MessageStore
from jego_desktop.store.search import MessageSearch
from tests.ui.fake_engine import FakeEngine

MUM = "sip:+33611111111@sip.example.org"
WANG = "sip:+8613800138000@sip.example.org"
LEO = "sip:+33622222222@sip.example.org"
STRANGER = "sip:+8617012345678@sip.example.org"
NOW = 1_780_000_000.0
TEXTS: dict[str, dict[str, Any]] = {
    "en": {
        "mum": "Mum",
        "wang": "Uncle Wang",
        "group": "Family",
        "renamed from": "Family chat",
        "lines": (
            "Dinner on Sunday at 7?",
            "I'll bring dumplings",
            "Can we make it 7:30? My train is late.",
            "7:30 is fine, see you all!",
        ),
        "stranger group": "Cheap flights 2027",
    },
    "fr": {
        "mum": "Maman",
        "wang": "Oncle Wang",
        "group": "Famille",
        "renamed from": "Discussion famille",
        "lines": (
            "Dîner dimanche à 19 h ?",
            "J’apporte des raviolis",
            "On peut dire 19 h 30 ? Mon train a du retard.",
            "19 h 30, parfait, à dimanche !",
        ),
        "stranger group": "Vols pas chers 2027",
    },
    "zh_CN": {
        "mum": "妈妈",
        "wang": "王叔叔",
        "group": "相亲相爱一家人",
        "renamed from": "家人",
        "lines": (
            "周日晚上七点一起吃饭？",
            "我带饺子来",
            "能改到七点半吗？我的火车晚点了。",
            "七点半可以，大家到时见！",
        ),
        "stranger group": "特价机票群",
    },
    "zh_TW": {
        "mum": "媽媽",
        "wang": "王叔叔",
        "group": "相親相愛一家人",
        "renamed from": "家人",
        "lines": (
            "週日晚上七點一起吃飯？",
            "我帶水餃來",
            "可以改到七點半嗎？我的火車誤點了。",
            "七點半可以，大家到時見！",
        ),
        "stranger group": "特價機票群",
    },
}


def fill(db: Database, groups: GroupChats, texts: dict[str, Any]) -> Group:
    """A family group: created, renamed by Mum, Leo added; three authors, one of them me."""
    family = groups.create_group(ACCOUNT, str(texts["renamed from"]), [MUM, WANG])
    store = MessageStore(db)
    conversation_id = family.conversation_id

    def event(number: int, by: str, body: dict[str, object], minute: int) -> None:
        store.insert_incoming(
            conversation_id,
            f"e-{number}",
            json.dumps(body),
            content_type=GROUP_EVENT_CONTENT_TYPE,
            author_uri=by,
            received_at=NOW + 60 * minute,
        )

    def said(number: int, by: str, body: str, minute: int, reply_to: str = "") -> None:
        store.insert_incoming(
            conversation_id,
            f"m-{number}",
            body,
            author_uri=by,
            received_at=NOW + 60 * minute,
            reply_to=reply_to,
        )

    event(1, MUM, {"event": "renamed", "by": MUM, "name": texts["group"]}, 1)
    event(2, WANG, {"event": "added", "by": WANG, "members": [LEO]}, 2)
    lines = texts["lines"]
    said(3, MUM, lines[0], 3)
    said(4, WANG, lines[1], 4)
    said(5, LEO, lines[2], 5, reply_to="m-3")  # quotes Mum
    ConversationStore(db).set_title(conversation_id, str(texts["group"]))
    GroupStore(db).save(
        Group(
            family.id,
            ACCOUNT,
            str(texts["group"]),
            (MUM, WANG, LEO),
            family.version + 2,
            GroupStatus.MEMBER,
            "",
            conversation_id,
        )
    )
    mine = store.insert_outgoing(conversation_id, lines[3], created_at=NOW + 60 * 6)
    deliveries = GroupStore(db)
    deliveries.add_deliveries(mine.id, [MUM, WANG, LEO])
    for member, state in ((MUM, MessageState.DISPLAYED), (WANG, MessageState.DELIVERED)):
        deliveries.update_delivery(mine.message_id, member, state)
    deliveries.update_delivery(mine.message_id, LEO, MessageState.SENT)
    store.update_outgoing_state(mine.message_id, MessageState.SENT)  # 2 of 3 have it
    store.mark_read(conversation_id)
    refreshed = groups.group(family.id)
    assert refreshed is not None
    return refreshed


def main() -> int:
    variant = parse_variant(sys.argv[1:])
    if "JEGO_SHOTS" in os.environ:
        screenshot_kit.OUT = Path(os.environ["JEGO_SHOTS"])
    start_app(variant)
    use_locale(variant.language)
    texts = TEXTS.get(variant.language, TEXTS["en"])
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        db = Database.open(folder / "jego.sqlite3", clock=lambda: NOW)  # created before
        ContactStore(db).add_many(
            [
                Contact(str(texts["mum"]), (PhoneNumber("+33 6 11 11 11 11", "cell"),)),
                Contact(str(texts["wang"]), (PhoneNumber("+86 138 0013 8000", "cell"),)),
            ]
        )
        engine = FakeEngine()
        messaging = MessagingService(engine, ConversationStore(db), MessageStore(db))
        messaging.connect_engine(engine)
        engine.publish(RegistrationChanged(ACCOUNT, RegistrationState.REGISTERED, 200, "OK"))
        groups = GroupChats(
            messaging, db, home_region=lambda _key: "FR", own_uri=lambda key: "sip:" + key
        )
        family = fill(db, groups, texts)
        window = sample_main_window(sample_settings(folder), 1080, 720)
        window.contacts.set_store(ContactStore(db))
        page = window.chats_page
        page.contact_choices = lambda: [
            (str(texts["mum"]), MUM),
            (str(texts["wang"]), WANG),
        ]
        page.connect_services(
            ChatServices(
                messaging, ConversationStore(db), MessageStore(db), NewerMessages(db),
                MessageSearch(db), groups,
            )
        )  # fmt: skip
        window.show()
        window.show_page(0)
        conversation = ConversationStore(db).get(family.conversation_id)
        assert conversation is not None
        page.conversations.refresh()
        page.show_conversation(conversation)
        page.view.list.scroll_to_end()
        save(window, f"groups-conversation{variant.suffix}", settle=5)

        assert page.groups is not None
        page.groups.show_members()
        members = page.groups.members_dialog
        assert members is not None
        save(members, f"groups-members{variant.suffix}", settle=5)
        members.close()

        page.start_new_group()
        dialog = page.groups.new_group_dialog
        assert dialog is not None
        dialog.name_entry.setText(str(texts["group"]))
        dialog.entry.contact_list.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.entry.contact_list.item(1).setCheckState(Qt.CheckState.Checked)
        dialog.entry.entry.setText("leo@")
        save(dialog, f"groups-new{variant.suffix}", settle=5)
        dialog.entry.entry.setText("06 22 22 22 22")
        dialog.entry.add_typed()
        dialog.entry.entry.setText("Leo Li")
        save(dialog, f"groups-new-filled{variant.suffix}", settle=5)
        dialog.close()

        invited = GroupStore(db).save(
            Group(
                new_group_id(),
                ACCOUNT,
                str(texts["stranger group"]),
                (STRANGER, MUM),
                1,
                GroupStatus.INVITED,
                STRANGER,
                0,
            )
        )
        engine.publish(MessageReceived(ACCOUNT, STRANGER, "inv-" + invited.id, "", "text/plain"))
        save(window, f"groups-invitation{variant.suffix}", settle=5)
        window.close()
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

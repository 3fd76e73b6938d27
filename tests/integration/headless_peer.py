"""A whole messaging stack (engine + store + MessagingService) in a process of its own.

pjsua2 is one library per process, so tests that need two Jego instances (receipts
and typing between them) or that kill one with SIGKILL run each instance through
this module:

    python -m tests.integration.headless_peer --db FILE --number bob --password X \\
        --server 127.0.0.1:PORT [--no-register]

Commands arrive on stdin, one JSON object a line: {"cmd": "register"} (again: the
account is made anew, as when its settings change), {"cmd": "remove_account"},
{"cmd": "send", "peer": URI, "body": TEXT[, "content_type": TYPE]},
{"cmd": "mark_read", "peer": URI}, {"cmd": "typing", "peer": URI, "active": BOOL},
{"cmd": "quit"}; {"cmd": "send", ..., "reply_to": MESSAGE_ID},
{"cmd": "recall", "peer": URI, "message_id": ID},
{"cmd": "forward", "from_peer": URI, "message_id": ID, "peer": URI},
{"cmd": "delete", "peer": URI, "message_id": ID}, {"cmd": "delete_conversation", "peer": URI},
{"cmd": "forged_recall", "peer": URI, "message_id": ID[, "group": ID]} (sent whatever
the rules say);
groups: {"cmd": "create_group", "name": N, "members": [...]}, {"cmd": "rename_group",
"group": ID, "name": N}, {"cmd": "add_members", "group": ID, "members": [...]},
{"cmd": "remove_member", "group": ID, "member": URI}, {"cmd": "leave_group", "group": ID},
{"cmd": "accept_invitation", "group": ID}, {"cmd": "decline_invitation", "group": ID},
{"cmd": "receipts", "message_id": ID},
{"cmd": "history", "peer": URI} (every
message of a conversation: event "history"), {"cmd": "forged_group", "peer": URI,
"group": ID, "members": [...], "body": TEXT} (group headers whatever the rules say);
with --files DIR --file-server URL also {"cmd": "send_file", "peer": URI, "path": P}
and {"cmd": "send_voice", "peer": URI, "path": P, "duration": SECONDS}.
Events leave on stdout, one JSON object a line: started, registration, added,
changed, typing, error.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from jego_desktop.domain.accounts import AccountConfig
from jego_desktop.domain.chat_headers import RECALL_FALLBACK_TEXT, RECALL_ID
from jego_desktop.domain.download_limits import DownloadLimits
from jego_desktop.domain.engine_events import EngineError, RegistrationChanged, TypingChanged
from jego_desktop.domain.group_headers import GroupHeaders, group_chat_headers
from jego_desktop.domain.groups import Group
from jego_desktop.domain.messages import Message
from jego_desktop.domain.outgoing_messages import new_message_id
from jego_desktop.engine.config import EngineConfig
from jego_desktop.engine.worker import CallEngine
from jego_desktop.media.synthetic import ToneAudio
from jego_desktop.models.chats.attachments import AttachmentService
from jego_desktop.models.chats.forwarding import forward
from jego_desktop.models.chats.group_chats import GroupChats
from jego_desktop.models.chats.messaging import MessagingService
from jego_desktop.store.auto_downloads import AutoDownloads
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.file_store import FileStore
from jego_desktop.store.http_auth import Credentials
from jego_desktop.store.known_senders import KnownSenders
from jego_desktop.store.messages import MessageStore
from tests.integration.peer_main import run_peer
from tests.integration.peer_stdio import emit

MB = 1024 * 1024
GROUP_COMMANDS = frozenset(
    {"create_group", "rename_group", "add_members", "remove_member", "leave_group",
     "accept_invitation", "decline_invitation", "history", "forged_group", "receipts"}
)  # fmt: skip


def describe(message: Message) -> dict[str, Any]:
    return {
        "message_id": message.message_id,
        "direction": message.direction.value,
        "state": message.state.value,
        "body": message.body,
        "reason": message.failure_reason,
        "attachments": [[a.state.value, a.file_name] for a in message.attachments],
        "reply_to": message.reply_to,
        "quote": message.quote.first_line if message.quote is not None else None,
        "recalled": message.recalled,
        "author": message.author_uri,
        "content_type": message.content_type,
        "conversation": message.conversation_id,
    }


def describe_group(group: Group) -> dict[str, Any]:
    return {
        "id": group.id,
        "name": group.name,
        "members": list(group.members),
        "version": group.version,
        "status": group.status.value,
        "conversation": group.conversation_id,
        "peer": group.peer_uri,
    }


class HeadlessPeer(QObject):
    command = Signal(str)  # emitted by the stdin reader thread, handled on the main thread

    def __init__(self, options: argparse.Namespace) -> None:
        super().__init__()
        self._app = QCoreApplication.instance()
        self.database = Database.open(Path(options.db))
        self.conversations = ConversationStore(self.database)
        self.engine = CallEngine(
            EngineConfig(bind_address="127.0.0.1", transports=("udp",)), ToneAudio(None)
        )
        self.messages = MessageStore(self.database)
        self.service = MessagingService(self.engine, self.conversations, self.messages)
        self.service.connect_engine(self.engine)
        self.engine.set_message_sink(self.service.sink)
        self.account = AccountConfig(number=options.number, server=options.server)
        self._password = options.password
        self._register_at_start = not options.no_register
        self._stopped = False
        self.attachments = attachment_service(self, options)
        aor = self.account.aor
        self.groups = GroupChats(self.service, self.database, own_uri=lambda _key: aor)
        self.groups.group_changed.connect(lambda g: emit("group", **describe_group(g)))
        self.groups.invitation_received.connect(lambda g: emit("invited", **describe_group(g)))
        self.service.message_added.connect(lambda m: emit("added", **describe(m)))
        self.service.message_changed.connect(lambda m: emit("changed", **describe(m)))
        self.service.typing_changed.connect(self._on_typing)
        self.service.recall_failed.connect(lambda m: emit("recall_failed", **describe(m)))
        self.engine.registration_changed.connect(self._on_registration)
        self.engine.error.connect(self._on_error)
        self.engine.started.connect(lambda e: emit("started", ports=e.sip_ports))
        self.command.connect(self._on_command)
        if self._app is not None:
            self._app.aboutToQuit.connect(self.close_database)

    def start(self) -> None:
        self.engine.start()
        if self._register_at_start:
            self._register()

    def _register(self) -> None:
        password = self._password
        self.engine.add_account(self.account, lambda: password)

    @Slot(object)
    def _on_registration(self, event: RegistrationChanged) -> None:
        emit("registration", state=event.state.value, code=event.code)

    @Slot(object)
    def _on_typing(self, event: TypingChanged) -> None:
        emit("typing", peer=event.peer_uri, active=event.active)

    @Slot(object)
    def _on_error(self, event: EngineError) -> None:
        emit("error", command=event.command, message=event.message)

    @Slot(str)
    def _on_command(self, line: str) -> None:
        if self._stopped:  # queued before the quit was handled: too late
            return
        try:
            request = json.loads(line)
            name = request["cmd"]
            if name == "register":
                self._register()
            elif name == "remove_account":
                self.engine.remove_account(self.account.key)
            elif name == "send":
                message = self.service.send(
                    self.account.key,
                    request["peer"],
                    request["body"],
                    request.get("content_type", "text/plain"),
                    reply_to=self._message(request["peer"], request.get("reply_to", "")),
                )
                emit("written", **describe(message))
            elif name == "recall":
                original = self._message(request["peer"], request["message_id"])
                assert original is not None, "no such message"
                refusal = self.service.recall(original)
                emit("recall", refused=refusal.value if refusal is not None else None)
            elif name == "forward":
                original = self._message(request["from_peer"], request["message_id"])
                assert original is not None, "no such message"
                uploads = self.attachments
                if uploads is None:
                    self.service.forward(original, self.account.key, request["peer"])
                else:
                    missing = forward(
                        original, self.account.key, request["peer"], self.service, uploads
                    )
                    emit("forwarded", missing=missing)
            elif name == "delete":
                found = self._message(request["peer"], request["message_id"])
                assert found is not None, "no such message"
                self.messages.delete([found.id])
                emit("deleted", message_id=found.message_id)
            elif name == "delete_conversation":
                conversation = self.conversations.get_or_create(self.account.key, request["peer"])
                self.conversations.delete(conversation.id)
                emit("deleted", peer=request["peer"])
            elif name == "forged_recall":  # a recall the app would never send (tests)
                self.engine.send_message(
                    self.account.key,
                    request["peer"],
                    new_message_id(),
                    RECALL_FALLBACK_TEXT,
                    imdn=True,
                    chat_headers=(
                        *((("Group-Id", request["group"]),) if request.get("group") else ()),
                        (RECALL_ID, request["message_id"]),
                    ),
                )
            elif name in GROUP_COMMANDS:
                self._on_group_command(name, request)
            elif name == "mark_read":
                conversation = self.conversations.get_or_create(self.account.key, request["peer"])
                self.service.mark_read(conversation.id)
                emit("read", peer=request["peer"])
            elif name == "typing":
                self.service.set_typing(self.account.key, request["peer"], request["active"])
            elif name == "send_file" and self.attachments is not None:
                self.attachments.send_file(self.account.key, request["peer"], Path(request["path"]))
            elif name == "send_voice" and self.attachments is not None:
                self.attachments.send_voice_message(
                    self.account.key, request["peer"], Path(request["path"]), request["duration"]
                )
            elif name == "quit":
                self.shutdown()
        except Exception as error:
            emit("error", command=line[:100], message=repr(error))

    def _on_group_command(self, name: str, request: dict[str, Any]) -> None:
        groups = self.groups
        if name == "create_group":
            group = groups.create_group(self.account.key, request["name"], request["members"])
            emit("created", **describe_group(group))
        elif name == "rename_group":
            groups.rename_group(request["group"], request["name"])
        elif name == "add_members":
            groups.add_members(request["group"], request["members"])
        elif name == "remove_member":
            groups.remove_member(request["group"], request["member"])
        elif name == "leave_group":
            groups.leave_group(request["group"])
        elif name == "accept_invitation":
            groups.accept_invitation(request["group"])
        elif name == "decline_invitation":
            groups.decline_invitation(request["group"])
        elif name == "history":
            conversation = self.conversations.get_or_create(self.account.key, request["peer"])
            page = self.messages.page(conversation.id, limit=1000)
            emit("history", peer=request["peer"], messages=[describe(m) for m in page])
        elif name == "receipts":
            receipts = groups.receipts(request["message_id"])
            found = {} if receipts is None else dataclasses.asdict(receipts)
            emit("receipts", message_id=request["message_id"], **found)
        elif name == "forged_group":  # a group message the app would never send (tests)
            headers = GroupHeaders(request["group"], "Forged", 99, tuple(request["members"]))
            self.engine.send_message(
                self.account.key,
                request["peer"],
                new_message_id(),
                request["body"],
                imdn=True,
                chat_headers=group_chat_headers(headers),
            )

    def _message(self, peer: str, message_id: str) -> Message | None:
        if not message_id:
            return None
        conversation = self.conversations.get_or_create(self.account.key, peer)
        return self.messages.find(conversation.id, message_id)

    def shutdown(self) -> None:
        """Stop the engine and the transfers; the database closes only once the event
        loop is left, so that the events already queued (the engine's last reports, a
        transfer's end) are handled with it open. Commands after this are ignored."""
        if self._stopped:
            return
        self._stopped = True
        self.engine.stop()
        if self.attachments is not None:
            self.attachments.shutdown()
        emit("stopped")
        if self._app is not None:
            self._app.quit()  # -> aboutToQuit -> close_database
        else:
            self.close_database()

    def close_database(self) -> None:
        self.database.close()


def attachment_service(peer: HeadlessPeer, options: argparse.Namespace) -> AttachmentService | None:
    if not options.files:
        return None
    credentials = Credentials(options.number, options.password)
    service = AttachmentService(
        peer.service,
        MessageStore(peer.database),
        peer.conversations,
        FileStore(Path(options.files)),
        server_url=lambda _key: str(options.file_server),
        credentials=lambda _key: credentials,
        limits=lambda: DownloadLimits(10 * MB, 100, 100 * MB, 1000 * MB),
        known_sender=KnownSenders(peer.database).is_known,
        auto_downloads=AutoDownloads(peer.database),
        plain_http_loopback=lambda: True,  # the test file server is http on 127.0.0.1
    )
    service.problem.connect(lambda text: emit("problem", message=text))
    return service


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--number", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--server", required=True)
    parser.add_argument("--no-register", action="store_true")
    parser.add_argument("--files", default="")
    parser.add_argument("--file-server", default="")
    options = parser.parse_args()
    return run_peer(lambda: HeadlessPeer(options), engine_log=False)


if __name__ == "__main__":
    sys.exit(main())

"""Incoming file descriptions (RCS file transfer over HTTP) become messages with an attachment."""

from __future__ import annotations

from jego_desktop.domain.file_transfer import FT_HTTP_CONTENT_TYPE, FileInfo, build_ft_http
from jego_desktop.domain.incoming_messages import interpret
from jego_desktop.domain.message_formats import UNREADABLE
from jego_desktop.domain.messages import AttachmentState
from jego_desktop.domain.outgoing_messages import encode_text
from tests.unit.domain.test_incoming_messages import raw, text_of

VOICE = FileInfo(
    name="recording.mka",
    size=12_345,
    content_type="audio/wav;voice-recording=yes",
    url="https://files.example.org/download/abc/recording.mka",
    until=1_900_000_000.0,
    playing_length_ms=4_200,
)


def test_a_linphone_voice_recording_in_cpim_becomes_an_attachment() -> None:
    payload = encode_text(
        message_id="id-1",
        body=build_ft_http(VOICE),
        content_type=FT_HTTP_CONTENT_TYPE,
        from_uri="sip:bob@example.org",
        to_uri="sip:alice@example.org",
        at=1_800_000_000.0,
        use_cpim=True,
    )
    message = text_of(interpret(raw(payload.content, payload.content_type)))
    assert message.content_type == FT_HTTP_CONTENT_TYPE and not message.problem
    assert message.message_id == "id-1" and message.wants_display_report
    [attachment] = message.attachments
    assert attachment.file_name == "recording.mka"
    assert attachment.size == 12_345 and attachment.duration == 4.2
    assert attachment.download_url == VOICE.url and attachment.expires_at == VOICE.until
    assert attachment.state is AttachmentState.REMOTE and attachment.local_path is None


def test_a_plain_description_with_a_hostile_name_keeps_only_a_safe_name() -> None:
    body = build_ft_http(FileInfo("../../etc/passwd", 10, "text/plain", "http://h/x"))
    message = text_of(interpret(raw(body, FT_HTTP_CONTENT_TYPE)))
    assert message.attachments[0].file_name == "passwd"


def test_broken_and_encrypted_descriptions_are_explained_not_lost() -> None:
    broken = text_of(interpret(raw("<file>no namespace</file>", FT_HTTP_CONTENT_TYPE)))
    assert broken.content_type == UNREADABLE and broken.attachments == ()
    assert "description cannot be read" in broken.body

    no_url = build_ft_http(VOICE).replace('url="https://', 'url="ftp://')
    refused = text_of(interpret(raw(no_url, FT_HTTP_CONTENT_TYPE)))
    assert refused.content_type == UNREADABLE and "http or https" in refused.body

    encrypted = build_ft_http(VOICE).replace(
        "</file-info>", "<file-key>AAAA</file-key></file-info>"
    )
    secret = text_of(interpret(raw(encrypted, FT_HTTP_CONTENT_TYPE)))
    assert secret.content_type == UNREADABLE and secret.attachments == ()
    assert "end-to-end encrypted file (recording.mka)" in secret.body

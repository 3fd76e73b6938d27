from __future__ import annotations

import contextlib
from pathlib import PurePosixPath, PureWindowsPath

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jego_desktop.domain.file_transfer import (
    MAX_FILE_NAME_BYTES,
    FileInfo,
    FileInfoError,
    ThumbnailInfo,
    attachment_for,
    build_ft_http,
    content_matches_type,
    is_voice_recording_type,
    parse_ft_http,
    safe_file_name,
    sniff_audio_container,
    sniff_image_type,
)
from jego_desktop.domain.messages import Attachment, AttachmentState

# As Linphone 5 sends it for a voice recording (server address changed).
LINPHONE_VOICE = """<?xml version="1.0" encoding="UTF-8"?>
<file xmlns="urn:gsma:params:xml:ns:rcs:rcs:fthttp"
      xmlns:am="urn:gsma:params:xml:ns:rcs:rcs:rram">
<file-info type="file">
<file-size>12345</file-size>
<file-name>voice-recording-2026-11-23.mka</file-name>
<content-type>audio/wav;voice-recording=yes</content-type>
<data url="https://files.example.org/tmp/abc.mka" until="2026-11-30T10:00:00Z"/>
<am:playing-length>4321</am:playing-length>
</file-info>
</file>"""

WITH_THUMBNAIL = """<?xml version="1.0" encoding="UTF-8"?>
<file xmlns="urn:gsma:params:xml:ns:rcs:rcs:fthttp">
<file-info type="thumbnail">
<file-size>700</file-size>
<content-type>image/jpeg</content-type>
<data url="https://files.example.org/tmp/thumb.jpg" until="2026-11-30T10:00:00+01:00"/>
</file-info>
<file-info type="file">
<file-size>99000</file-size>
<file-name>photo.jpg</file-name>
<content-type>image/jpeg</content-type>
<data url="https://files.example.org/tmp/photo.jpg" until="2026-11-30T10:00:00Z"/>
</file-info>
</file>"""

NOV_30_10H_UTC = 1796032800.0


def test_parse_linphone_voice_recording() -> None:
    info = parse_ft_http(LINPHONE_VOICE)
    assert info == FileInfo(
        name="voice-recording-2026-11-23.mka",
        size=12345,
        content_type="audio/wav;voice-recording=yes",
        url="https://files.example.org/tmp/abc.mka",
        until=NOV_30_10H_UTC,
        playing_length_ms=4321,
    )
    assert info.is_voice_recording


def test_parse_thumbnail_and_time_offsets() -> None:
    info = parse_ft_http(WITH_THUMBNAIL)
    assert info.name == "photo.jpg" and info.size == 99000 and not info.is_voice_recording
    assert info.thumbnail == ThumbnailInfo(
        700, "image/jpeg", "https://files.example.org/tmp/thumb.jpg", NOV_30_10H_UTC - 3600
    )


def test_build_then_parse_round_trips() -> None:
    info = FileInfo(
        name='a "quoted" <name> & co.ogg',
        size=42,
        content_type="audio/ogg;voice-recording=yes",
        url="http://127.0.0.1:8080/download/x?a=1&b=2",
        until=NOV_30_10H_UTC,
        playing_length_ms=1500,
        thumbnail=ThumbnailInfo(7, "image/png", "http://127.0.0.1/t", None),
    )
    xml = build_ft_http(info)
    assert 'xmlns:am="urn:gsma:params:xml:ns:rcs:rcs:rram"' in xml
    assert "<am:playing-length>1500</am:playing-length>" in xml
    assert 'until="2026-11-30T10:00:00Z"' in xml
    assert parse_ft_http(xml) == info


@pytest.mark.parametrize(
    ("xml", "reason"),
    [
        ("", "well-formed"),
        ("<file", "well-formed"),
        ('<!DOCTYPE x [<!ENTITY a "b">]><file/>', "document type"),
        ("<other xmlns='urn:gsma:params:xml:ns:rcs:rcs:fthttp'/>", "not a file-transfer"),
        (LINPHONE_VOICE.replace("12345", "-1"), "file size"),
        (LINPHONE_VOICE.replace("12345", "12e3"), "file size"),
        (LINPHONE_VOICE.replace("https://files", "file:///etc/passwd#"), "http or https"),
        (LINPHONE_VOICE.replace("https://files", "javascript:alert(1)//"), "http or https"),
        (LINPHONE_VOICE.replace("2026-11-30T10:00:00Z", "tomorrow"), "expiry"),
        (LINPHONE_VOICE.replace("4321", "long"), "playing length"),
        (LINPHONE_VOICE.replace("audio/wav;voice-recording=yes", "wav"), "content type"),
        (LINPHONE_VOICE.replace('type="file"', 'type="thumbnail"'), "names no file"),
        (LINPHONE_VOICE.replace("voice-recording-2026-11-23.mka", " "), "no file name"),
        (
            "<file xmlns='urn:gsma:params:xml:ns:rcs:rcs:fthttp'>" + "x" * 20000 + "</file>",
            "larger",
        ),
    ],
)
def test_bad_bodies_are_rejected_with_a_reason(xml: str, reason: str) -> None:
    with pytest.raises(FileInfoError, match=reason):
        parse_ft_http(xml)


def test_entity_expansion_is_never_attempted() -> None:
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><file>&lol2;</file>'
    )
    with pytest.raises(FileInfoError, match="document type"):
        parse_ft_http(bomb)


@given(st.text(max_size=400))
def test_parser_raises_only_its_own_error_for_any_text(text: str) -> None:
    with contextlib.suppress(FileInfoError):
        parse_ft_http(text)


@given(
    st.lists(
        st.sampled_from(
            [
                "<file-size>",
                "</file-size>",
                "12",
                "<file-name>",
                "</file-name>",
                "<data url='http://h/x' until='2026-01-01T00:00:00Z'/>",
                "<content-type>image/png</content-type>",
                "<am:playing-length>",
                "</am:playing-length>",
                "<file-info type='file'>",
                "</file-info>",
                "&amp;",
                "\x00",
                "<![CDATA[x]]>",
            ]
        ),
        max_size=20,
    )
)
def test_parser_raises_only_its_own_error_for_near_miss_documents(parts: list[str]) -> None:
    xml = (
        "<file xmlns='urn:gsma:params:xml:ns:rcs:rcs:fthttp'"
        " xmlns:am='urn:gsma:params:xml:ns:rcs:rcs:rram'>" + "".join(parts) + "</file>"
    )
    with contextlib.suppress(FileInfoError):
        parse_ft_http(xml)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("photo.jpg", "photo.jpg"),
        ("../../etc/passwd", "passwd"),
        ("..\\..\\Windows\\win.ini", "win.ini"),
        ("..", "file"),
        ("", "file"),
        ("/", "file"),
        (".bashrc", "bashrc"),
        ("a\x00b\nc\u202ed.txt", "abcd.txt"),
        ("CON", "_CON"),
        ("com1.txt", "_com1.txt"),
        ("what?.txt", "what_.txt"),
        ("trailing. . ", "trailing"),
        ("Ça va.png", "Ça va.png"),
    ],
)
def test_safe_file_name(name: str, expected: str) -> None:
    assert safe_file_name(name) == expected


def test_safe_file_name_caps_the_length_and_keeps_the_extension() -> None:
    name = safe_file_name("é" * 500 + ".jpeg")
    assert name.endswith(".jpeg") and len(name.encode()) <= MAX_FILE_NAME_BYTES


@given(st.text(max_size=300))
def test_safe_file_name_is_always_one_harmless_component(name: str) -> None:
    safe = safe_file_name(name)
    assert safe and safe not in (".", "..") and not safe.startswith(".")
    assert len(safe.encode("utf-8")) <= MAX_FILE_NAME_BYTES
    for flavour in (PurePosixPath, PureWindowsPath):
        path = flavour(safe)
        assert path.parts == (safe,) and not path.anchor
    assert all(c.isprintable() for c in safe)


@pytest.mark.parametrize(
    ("head", "container"),
    [
        (b"RIFF\x24\x00\x00\x00WAVEfmt ", "wav"),
        (b"OggS\x00\x02" + bytes(10), "ogg"),
        (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81", "matroska"),
        (b"ID3\x03", "unknown"),
        (b"", "unknown"),
    ],
)
def test_sniff_audio_container(head: bytes, container: str) -> None:
    assert sniff_audio_container(head) == container


def test_content_type_lies_are_caught() -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(8)
    assert sniff_image_type(png) == "image/png"
    assert content_matches_type("image/png", png)
    assert not content_matches_type("image/jpeg", png)
    assert not content_matches_type("image/png", b"MZ\x90\x00 an executable")
    assert content_matches_type("image/jpg", b"\xff\xd8\xff\xe0")
    assert content_matches_type("audio/wav;voice-recording=yes", b"\x1a\x45\xdf\xa3")
    assert not content_matches_type("audio/wav;voice-recording=yes", b"<html>")
    assert content_matches_type("application/pdf", b"%PDF-1.7")


def test_voice_recording_parameter() -> None:
    assert is_voice_recording_type("audio/wav; voice-recording=yes")
    assert not is_voice_recording_type("audio/wav")


@given(st.text(min_size=1, max_size=100), st.integers(0, 10**12), st.integers(0, 10**9))
def test_any_safe_name_survives_the_round_trip(name: str, size: int, length: int) -> None:
    info = FileInfo(
        safe_file_name(name), size, "audio/ogg", "https://h.example/x", playing_length_ms=length
    )
    assert parse_ft_http(build_ft_http(info)) == info


def test_characters_xml_cannot_carry_are_dropped_when_building() -> None:
    info = FileInfo("a\x00b\x1bc.txt", 1, "text/plain", "https://h.example/x")
    assert parse_ft_http(build_ft_http(info)).name == "abc.txt"


def test_a_received_description_becomes_a_remote_attachment() -> None:
    attachment = attachment_for(parse_ft_http(LINPHONE_VOICE))
    assert attachment == Attachment(
        file_name="voice-recording-2026-11-23.mka",
        content_type="audio/wav;voice-recording=yes",
        size=12345,
        download_url="https://files.example.org/tmp/abc.mka",
        expires_at=NOV_30_10H_UTC,
        state=AttachmentState.REMOTE,
        duration=4.321,
    )

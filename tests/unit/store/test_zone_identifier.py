"""Windows' "from the Internet" mark on received files, written through a stand-in file
system (the stream exists only on NTFS under Windows)."""

from __future__ import annotations

from pathlib import Path

from jego_desktop.store.zone_identifier import mark_from_internet, zone_identifier_path


def test_the_mark_goes_to_the_zone_identifier_stream(tmp_path: Path) -> None:
    written: list[tuple[str, str]] = []
    path = tmp_path / "invoice.pdf.exe"
    assert mark_from_internet(
        path,
        "https://files.example.org/f/1",
        windows=True,
        write=lambda target, text: written.append((target, text)),
    )
    assert written == [
        (
            f"{path}:Zone.Identifier",
            "[ZoneTransfer]\r\nZoneId=3\r\nHostUrl=https://files.example.org/f/1\r\n",
        )
    ]
    assert zone_identifier_path(path) == f"{path}:Zone.Identifier"


def test_a_strange_address_is_left_out_of_the_mark(tmp_path: Path) -> None:
    written: list[str] = []
    mark_from_internet(
        tmp_path / "x", "https://a\r\nZoneId=0", windows=True, write=lambda _, t: written.append(t)
    )
    assert written == ["[ZoneTransfer]\r\nZoneId=3\r\n"]


def test_nothing_is_written_elsewhere_or_where_streams_do_not_exist(tmp_path: Path) -> None:
    path = tmp_path / "x.exe"
    path.write_bytes(b"MZ")
    assert not mark_from_internet(path, "https://f.example/1")  # not Windows
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.exe"]

    def no_streams(target: str, text: str) -> None:
        raise OSError("FAT32 has no alternate data streams")

    assert not mark_from_internet(path, windows=True, write=no_streams)

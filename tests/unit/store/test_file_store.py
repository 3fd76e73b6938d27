from __future__ import annotations

from pathlib import Path

import pytest

from jego_desktop.store.file_store import RECEIVED, SENT, FileStore, FileStoreError
from jego_desktop.store.profile import Profile


@pytest.fixture
def files(tmp_path: Path) -> FileStore:
    return FileStore(Profile.open(tmp_path / "profile").files_dir)


def visible(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))


def everything(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_committed_file_appears_whole_under_its_name(files: FileStore) -> None:
    with files.begin("photo.png") as partial:
        partial.write(b"abc")
        assert visible(files.folder(RECEIVED)) == []  # not visible while written
        partial.write(b"def")
        path = partial.commit()
    assert path == files.folder(RECEIVED) / "photo.png"
    assert path.read_bytes() == b"abcdef"
    assert everything(files.folder(RECEIVED)) == ["photo.png"]


def test_leaving_without_commit_removes_the_partial_file(files: FileStore) -> None:
    with pytest.raises(RuntimeError), files.begin("x.bin") as partial:
        partial.write(b"half")
        raise RuntimeError("network gone")
    assert everything(files.folder(RECEIVED)) == []


def test_a_refused_verification_removes_the_file(files: FileStore) -> None:
    def refuse(path: Path) -> None:
        raise ValueError("wrong size")

    with pytest.raises(ValueError), files.begin("x.bin") as partial:
        partial.write(b"data")
        partial.commit(refuse)
    assert everything(files.folder(RECEIVED)) == []


def test_names_never_overwrite(files: FileStore) -> None:
    paths = []
    for content in (b"1", b"2", b"3"):
        with files.begin("a.txt") as partial:
            partial.write(content)
            paths.append(partial.commit())
    assert [p.name for p in paths] == ["a.txt", "a (2).txt", "a (3).txt"]
    assert [p.read_bytes() for p in paths] == [b"1", b"2", b"3"]


def test_hostile_names_stay_inside_the_folder(files: FileStore) -> None:
    for name in ("../../escape.txt", "/etc/passwd", "..\\..\\x", "..", ""):
        with files.begin(name) as partial:
            path = partial.commit()
        assert path.parent == files.folder(RECEIVED)
    assert not (files.root.parent / "escape.txt").exists()


def test_relative_paths_round_trip_and_refuse_escapes(files: FileStore, tmp_path: Path) -> None:
    path = files.import_file(_source(tmp_path, b"hello"), SENT)
    relative = files.relative(path)
    assert relative == "files/sent/source.txt"
    assert files.resolve(relative) == path
    for bad in ("files/../jego.sqlite3", "/etc/passwd", "other/x", "", "files/sent/../../x"):
        with pytest.raises(FileStoreError):
            files.resolve(bad)
    with pytest.raises(FileStoreError):
        files.relative(tmp_path / "elsewhere")


def test_a_symbolic_link_out_of_the_folder_is_refused(files: FileStore, tmp_path: Path) -> None:
    outside = tmp_path / "secret"
    outside.write_text("x")
    (files.folder(RECEIVED) / "link").symlink_to(outside)
    with pytest.raises(FileStoreError):
        files.resolve("files/received/link")


def test_leftovers_of_a_crash_are_removed(files: FileStore) -> None:
    partial = files.begin("x")
    partial.write(b"data")
    partial._stream.close()  # the process "died" here
    assert files.remove_partials() == 1
    assert everything(files.folder(RECEIVED)) == []


def _source(tmp_path: Path, content: bytes) -> Path:
    source = tmp_path / "source.txt"
    source.write_bytes(content)
    return source

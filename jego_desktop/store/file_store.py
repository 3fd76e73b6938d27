"""Where sent and received files live: under the profile's files folder, and nowhere else.

A download is written to a hidden temporary file in the folder it belongs to and only
renamed to its visible name once it is complete and verified (`PartialFile.commit`), so
a file with a visible name is always whole. Temporary names start with a dot, which a
file name from `safe_file_name` never does; `remove_partials()` clears the leftovers of
a crash. Files are created 0600 and folders 0700: only the user reads them.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from types import TracebackType

from jego_desktop.domain.file_transfer import safe_file_name
from jego_desktop.store.private_files import make_private_folder, open_private

RECEIVED = "received"
SENT = "sent"
THUMBNAILS = "thumbnails"
_KINDS = (RECEIVED, SENT, THUMBNAILS)
_PARTIAL_PREFIX = ".partial-"
_MAX_NAME_ATTEMPTS = 1000


class FileStoreError(Exception):
    """A path outside the files folder, or a file that cannot be stored; `str()` says why."""


class PartialFile:
    """A file being written; invisible under its final name until `commit()`.

    Use as a context manager: leaving the block without a commit deletes the file.
    """

    def __init__(self, folder: Path, name: str) -> None:
        self._folder = folder
        self._name = name
        self.path = folder / f"{_PARTIAL_PREFIX}{os.urandom(8).hex()}"
        descriptor = open_private(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
        self._stream = open(descriptor, "wb")  # noqa: SIM115 - closed by commit/discard
        self.written = 0
        self.final_path: Path | None = None

    def write(self, data: bytes) -> None:
        self._stream.write(data)
        self.written += len(data)

    def head(self, count: int = 64) -> bytes:
        """The first `count` bytes written so far."""
        self._stream.flush()
        with open(self.path, "rb") as stream:
            return stream.read(count)

    def commit(self, verify: Callable[[Path], None] | None = None) -> Path:
        """Flush to disk, run `verify` on the temporary file, then give it its final name.

        `verify` raises to refuse the file, which is then deleted. The final name is
        the wanted one, or "name (2).ext" and so on if that is taken; nothing is
        overwritten.
        """
        try:
            self._stream.flush()
            os.fsync(self._stream.fileno())
            self._stream.close()
            if verify is not None:
                verify(self.path)
            self.final_path = _link_unique(self.path, self._folder, self._name)
        except BaseException:
            self.discard()
            raise
        return self.final_path

    def discard(self) -> None:
        self._stream.close()
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    def __enter__(self) -> PartialFile:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self.final_path is None:
            self.discard()


class FileStore:
    """The files folder of one profile (`Profile.files_dir`): received, sent, and the
    thumbnails (`Profile.thumbnails_dir`, in the cache folder for the default profile).

    Paths are exchanged with the database as POSIX paths relative to the profile
    folder (`Attachment.local_path`, e.g. `files/received/photo.jpg`).
    """

    def __init__(self, files_dir: Path, thumbnails_dir: Path | None = None) -> None:
        self.root = files_dir.resolve()
        # Thumbnails can be made again: the default profile keeps them in the cache folder.
        self._thumbnails = thumbnails_dir or self.root / THUMBNAILS

    def folder(self, kind: str) -> Path:
        if kind not in _KINDS:
            raise ValueError(f"unknown file folder {kind!r}")
        folder = self._thumbnails if kind == THUMBNAILS else self.root / kind
        make_private_folder(folder)
        return folder

    def begin(self, name: str, kind: str = RECEIVED) -> PartialFile:
        """Start writing a file that will be called `safe_file_name(name)` when committed."""
        return PartialFile(self.folder(kind), safe_file_name(name))

    def import_file(self, source: Path, kind: str = SENT, name: str | None = None) -> Path:
        """Copy a file the user picked into the folder (the original may move or vanish)."""
        with self.begin(name or source.name, kind) as partial, open(source, "rb") as stream:
            while chunk := stream.read(1024 * 1024):
                partial.write(chunk)
            return partial.commit()

    def relative(self, path: Path) -> str:
        """`path` as stored in the database: POSIX, relative to the profile folder."""
        inside = self._inside(path)
        return PurePosixPath(self.root.name, *inside.relative_to(self.root).parts).as_posix()

    def resolve(self, relative: str) -> Path:
        """The file a stored relative path names; `FileStoreError` if it points outside."""
        parts = PurePosixPath(relative).parts
        if not parts or parts[0] != self.root.name or PurePosixPath(relative).is_absolute():
            raise FileStoreError(f"{relative!r} is not a path in the files folder")
        return self._inside(self.root.joinpath(*parts[1:]))

    def remove(self, path: Path) -> None:
        with contextlib.suppress(FileNotFoundError):
            self._inside(path).unlink()

    def remove_partials(self) -> int:
        """Delete temporary files left by an interrupted transfer; how many were removed."""
        removed = 0
        for kind in _KINDS:
            for leftover in self.folder(kind).glob(f"{_PARTIAL_PREFIX}*"):
                with contextlib.suppress(OSError):
                    leftover.unlink()
                    removed += 1
        return removed

    def free_bytes(self) -> int:
        make_private_folder(self.root)
        return shutil.disk_usage(self.root).free

    def _inside(self, path: Path) -> Path:
        """`path` resolved (symbolic links followed) if it lies within the folder."""
        resolved = Path(os.path.realpath(path))
        if resolved != self.root and self.root not in resolved.parents:
            raise FileStoreError(f"{path} is outside the files folder")
        return resolved


def _link_unique(source: Path, folder: Path, name: str) -> Path:
    """Give `source` the name `name` in `folder`, or the first free "name (n)"."""
    stem, dot, extension = name.rpartition(".")
    if not stem:
        stem, dot, extension = name, "", ""
    for attempt in range(1, _MAX_NAME_ATTEMPTS + 1):
        candidate = name if attempt == 1 else f"{stem} ({attempt}){dot}{extension}"
        target = folder / candidate
        try:
            # A hard link fails if the target exists, where a rename would overwrite it.
            os.link(source, target)
        except FileExistsError:
            continue
        except OSError:  # a filesystem without hard links
            if target.exists():
                continue
            source.replace(target)
            return target
        source.unlink()
        return target
    raise FileStoreError(f"too many files called {name!r}")

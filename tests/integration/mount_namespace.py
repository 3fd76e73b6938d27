"""A private mount namespace with a copy-on-write overlay over the system's folders, so a
package can be installed for real (`dpkg -i`, its maintainer scripts) without touching the
machine: every write lands in the overlays' upper folders and vanishes with the namespace.
Needs root (CI runs as root) and overlayfs."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

# What dpkg and the maintainer scripts write: the files, the caches, dpkg's database.
OVERLAID = ("/usr", "/opt", "/etc", "/var")
READY = "mounted"


class MountNamespace:
    """Commands run inside through nsenter; a `sleep` holds the namespace open."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self._holder: subprocess.Popen[str] | None = None

    def upper(self, folder: str) -> Path:
        """Where the namespace's writes to FOLDER (one of OVERLAID) land, seen from outside."""
        return self.inside(self.workdir / folder.strip("/") / "upper")

    def start(self) -> None:
        """Skips the test with the reason when the namespace or an overlay cannot be made."""
        if os.geteuid() != 0:
            pytest.skip("a mount namespace with overlays over /usr needs root")
        for tool in ("unshare", "nsenter", "mount", "setpriv"):
            if not shutil.which(tool):
                pytest.skip(f"{tool} is not installed (util-linux)")
        # The upper folders on a tmpfs of the namespace's own: an overlay's upper cannot be
        # on an overlay (a container's /tmp), and it all goes with the namespace.
        mounts = [f"mount -t tmpfs -o mode=700 jego-overlays {self.workdir}"]
        for folder in OVERLAID:
            base = self.workdir / folder.strip("/")
            options = f"lowerdir={folder},upperdir={base / 'upper'},workdir={base / 'work'}"
            mounts.append(f"mkdir -p {base / 'upper'} {base / 'work'}")
            mounts.append(f"mount -t overlay overlay -o {options} {folder}")
        script = " && ".join(mounts) + f" && echo {READY} && exec sleep 600"
        self._holder = subprocess.Popen(
            ["unshare", "--mount", "--propagation", "private", "sh", "-c", script],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self._holder.stdout is not None
        line = self._holder.stdout.readline().strip()  # EOF if a mount failed
        if line != READY:
            _, errors = self._holder.communicate(timeout=10)
            pytest.skip(f"no mount namespace with overlays here: {errors.strip()[:300]}")

    def command(self, *argv: str, user: int | None = None) -> list[str]:
        """ARGV run inside the namespace (programs found on the namespace's PATH), as root
        or as USER (its uid and gid, no other groups)."""
        assert self._holder is not None
        enter = ["nsenter", f"--mount=/proc/{self._holder.pid}/ns/mnt", "--"]
        if user is not None:
            enter += ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups", "--"]
        return [*enter, *argv]

    def inside(self, path: Path) -> Path:
        """PATH as the namespace sees it, readable from outside (through /proc)."""
        assert self._holder is not None
        return Path(f"/proc/{self._holder.pid}/root") / path.relative_to("/")

    def run(
        self,
        *argv: str,
        env: dict[str, str] | None = None,
        user: int | None = None,
        timeout: float = 60,
    ) -> subprocess.CompletedProcess[str]:
        command = self.command(*argv, user=user)
        return subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=env)

    def stop(self) -> None:
        """The overlays go with the namespace's last process."""
        if self._holder is not None and self._holder.poll() is None:
            self._holder.kill()
            self._holder.communicate(timeout=10)


def mount_namespace(workdir: Path) -> Iterator[MountNamespace]:
    namespace = MountNamespace(workdir)
    try:
        namespace.start()
        yield namespace
    finally:
        namespace.stop()

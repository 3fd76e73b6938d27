"""Whether the process at the other end of a local socket runs as this user.

The single-instance socket carries commands (`message TARGET TEXT`) and their answers;
a program of another local user listening on it, or connecting to it, must be refused.
The kernel tells who the peer is: `SO_PEERCRED` on Linux, `getpeereid()` on macOS and
the BSDs, the pipe's client or server process token on Windows.
"""

from __future__ import annotations

import os
import socket
import struct
import sys


def peer_uid(descriptor: int) -> int | None:
    """The user id of the peer of a connected Unix socket; None when it cannot be read."""
    if descriptor < 0:
        return None
    try:
        return _peer_uid(descriptor)
    except OSError:
        return None


if sys.platform == "linux":

    def _peer_uid(descriptor: int) -> int | None:
        with socket.fromfd(descriptor, socket.AF_UNIX, socket.SOCK_STREAM) as copy:
            credentials = copy.getsockopt(
                socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i")
            )
        _pid, uid, _gid = struct.unpack("3i", credentials)
        return int(uid)

elif sys.platform == "win32":  # pragma: no cover - Windows has no Unix socket peer

    def _peer_uid(descriptor: int) -> int | None:
        return None

else:  # pragma: no cover - macOS and the BSDs

    def _peer_uid(descriptor: int) -> int | None:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        uid, gid = ctypes.c_uint32(), ctypes.c_uint32()
        if libc.getpeereid(descriptor, ctypes.byref(uid), ctypes.byref(gid)) != 0:
            return None
        return int(uid.value)


def is_same_user(descriptor: int, peer_is_server: bool) -> bool:
    """True only when the peer of `descriptor` provably runs as this user.

    `descriptor` is `QLocalSocket.socketDescriptor()`: a Unix socket, or on Windows the
    pipe's handle (`peer_is_server` says which end to ask about).
    """
    if sys.platform == "win32":  # pragma: no cover - Windows only
        from jego_desktop.platform import pipe_owner_windows

        return pipe_owner_windows.peer_is_current_user(descriptor, peer_is_server)
    else:
        uid = peer_uid(descriptor)
        return uid is not None and uid == os.getuid()

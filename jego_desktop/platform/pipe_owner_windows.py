"""Windows: whether the process at the other end of a named pipe runs as this user.

The pipe's ACL (`QLocalServer.UserAccessOption`) already keeps other users from
connecting to our pipe; this check also keeps our client away from a pipe of the same
name that another user created first. The peer's process id comes from the pipe
(`GetNamedPipeServerProcessId` / `GetNamedPipeClientProcessId`), its user SID from the
process token, compared byte for byte with our own. Written for Windows, untested on it
in this project's CI (Linux).
"""

from __future__ import annotations

import ctypes
import sys

PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
TOKEN_QUERY = 0x0008
TOKEN_USER = 1  # TOKEN_INFORMATION_CLASS.TokenUser


if sys.platform == "win32":  # pragma: no cover - Windows only
    from ctypes import wintypes

    def peer_is_current_user(handle: int, peer_is_server: bool) -> bool:
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel32.OpenProcess.restype = wintypes.HANDLE
        kernel32.GetCurrentProcess.restype = wintypes.HANDLE
        ask = (
            kernel32.GetNamedPipeServerProcessId
            if peer_is_server
            else kernel32.GetNamedPipeClientProcessId
        )
        ask.argtypes = [wintypes.HANDLE, ctypes.POINTER(wintypes.ULONG)]
        pid = wintypes.ULONG()
        if not ask(wintypes.HANDLE(handle), ctypes.byref(pid)):
            return False
        process = kernel32.OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, False, pid.value)
        if not process:  # e.g. another user's elevated process: not ours either way
            return False
        try:
            peer = _token_user_sid(process)
        finally:
            kernel32.CloseHandle(process)
        own = _token_user_sid(kernel32.GetCurrentProcess())
        return peer is not None and peer == own

    def _token_user_sid(process: int) -> bytes | None:
        """The user SID of a process's token, as bytes."""
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)
        token = wintypes.HANDLE()
        if not advapi32.OpenProcessToken(
            wintypes.HANDLE(process), TOKEN_QUERY, ctypes.byref(token)
        ):
            return None
        try:
            size = wintypes.DWORD()
            advapi32.GetTokenInformation(token, TOKEN_USER, None, 0, ctypes.byref(size))
            if not size.value:
                return None
            buffer = ctypes.create_string_buffer(size.value)
            if not advapi32.GetTokenInformation(
                token, TOKEN_USER, buffer, size, ctypes.byref(size)
            ):
                return None
            # TOKEN_USER starts with SID_AND_ATTRIBUTES, whose first field is the SID pointer.
            sid = ctypes.c_void_p.from_buffer(buffer).value
            if not sid or not advapi32.IsValidSid(ctypes.c_void_p(sid)):
                return None
            advapi32.GetLengthSid.restype = wintypes.DWORD
            length = advapi32.GetLengthSid(ctypes.c_void_p(sid))
            return ctypes.string_at(sid, length)
        finally:
            kernel32.CloseHandle(token)

else:

    def peer_is_current_user(handle: int, peer_is_server: bool) -> bool:
        return False

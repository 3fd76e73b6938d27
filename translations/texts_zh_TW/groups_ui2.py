"""Traditional Chinese (Taiwan, Hong Kong) of the hints that name New group's shortcut."""

# source: Traditional Chinese. 建立群組 as in groups_ui.py.
TEXTS: dict[str, str] = {
    "No conversations yet.\nPress Ctrl+N to write to a number or SIP address,"
    "\nor Ctrl+Shift+N to start a group.": (
        "還沒有對話。\n按 Ctrl+N 傳訊息給號碼或 SIP 位址，\n按 Ctrl+Shift+N 建立群組。"
    ),
    "Or start a new one with Ctrl+N, or a group with Ctrl+Shift+N.": (
        "或按 Ctrl+N 開始新的對話，按 Ctrl+Shift+N 建立群組。"
    ),
}

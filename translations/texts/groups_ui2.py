"""Translations of what the groups-ui2 branch added: the hints that name New group's
shortcut (ui/chats/chats_page.py)."""

# source: (French, Simplified Chinese). WeChat's word for starting a group: 发起群聊.
TEXTS: dict[str, tuple[str, str]] = {
    "No conversations yet.\nPress Ctrl+N to write to a number or SIP address,"
    "\nor Ctrl+Shift+N to start a group.": (
        "Aucune discussion pour l’instant.\n"
        "Appuyez sur Ctrl+N pour écrire à un numéro ou une adresse SIP,\n"
        "ou sur Ctrl+Maj+N pour créer un groupe.",
        "还没有聊天。\n按 Ctrl+N 给号码或 SIP 地址发消息，\n按 Ctrl+Shift+N 发起群聊。",
    ),
    "Or start a new one with Ctrl+N, or a group with Ctrl+Shift+N.": (
        "Ou commencez-en une nouvelle avec Ctrl+N, ou un groupe avec Ctrl+Maj+N.",
        "或按 Ctrl+N 开始新的聊天，按 Ctrl+Shift+N 发起群聊。",
    ),
}

"""Translations of voicemail (the Calls page's mailbox line, the tray, the voicemail
number in Settings) and of files dropped or pasted into a chat (the strip above the
composer)."""

# source: (French, Simplified Chinese)
TEXTS: dict[str, tuple[str, str]] = {
    "Call voicemail": ("Appeler la messagerie", "拨打语音信箱"),
    "No voicemail number yet": (
        "Pas encore de numéro de messagerie",
        "尚未设置语音信箱号码",
    ),
    "No new voicemail": ("Aucun nouveau message vocal", "没有新的语音留言"),
    "New voicemails: %s": ("Nouveaux messages vocaux : %s", "新语音留言：%s"),
    "Voicemail number…": ("Numéro de messagerie…", "语音信箱号码…"),
    "Voicemail number": ("Numéro de messagerie", "语音信箱号码"),
    "The number or SIP address that reaches the voicemail of %1. Leave it empty to use"
    " the one your operator announces.": (
        "Le numéro ou l’adresse SIP de la messagerie de %1. Laissez vide pour utiliser"
        " celui qu’annonce votre opérateur.",
        "%1 的语音信箱号码或 SIP 地址。留空则使用运营商提供的号码。",
    ),
    "At most %1 files can be sent at once.": (
        "Au plus %1 fichiers peuvent être envoyés à la fois.",
        "一次最多只能发送 %1 个文件。",
    ),
    "Only files can be sent, not “%1”.": (
        "Seuls des fichiers peuvent être envoyés, pas « %1 ».",
        "只能发送文件，不能发送“%1”。",
    ),
    "The pasted picture is too large to send.": (
        "L’image collée est trop grande pour être envoyée.",
        "粘贴的图片太大，无法发送。",
    ),
    "The pasted picture could not be kept for sending.": (
        "L’image collée n’a pas pu être préparée pour l’envoi.",
        "无法保存粘贴的图片以供发送。",
    ),
    "Files to send: %s": ("Fichiers à envoyer : %s", "待发送文件：%s"),
    "Send": ("Envoyer", "发送"),
    "Send these files": ("Envoyer ces fichiers", "发送这些文件"),
    "Remove all": ("Tout retirer", "全部移除"),
    "Remove %1": ("Retirer %1", "移除 %1"),
}

"""Translations for dialling names as well as numbers (issue #19 item 4)."""

# source: (French, Simplified Chinese)
TEXTS: dict[str, tuple[str, str]] = {
    "Number or name": ("Numéro ou nom", "号码或用户名"),
    "From my number, else the system's language": (
        "Selon mon numéro, sinon la langue du système",
        "跟随我的号码，否则跟随系统语言",
    ),
    "Number, name or name@server": ("Numéro, nom ou nom@serveur", "号码、用户名或 用户名@服务器"),
    "Not a number or a name: type a number or name@server.": (
        "Ni un numéro ni un nom : tapez un numéro ou nom@serveur.",
        "这不是号码或用户名：请输入号码或 用户名@服务器。",
    ),
    "Bind your number in Settings to call a name, or type name@server.": (
        "Liez votre numéro dans les Réglages pour appeler un nom, ou tapez nom@serveur.",
        "请在设置中绑定您的号码以呼叫用户名，或输入 用户名@服务器。",
    ),
}

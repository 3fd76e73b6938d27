"""Translations for dialling names as well as numbers (issue #19 item 4)."""

# source: (French, Simplified Chinese)
TEXTS: dict[str, tuple[str, str]] = {
    "Number, name or name@server": ("Numéro, nom ou nom@serveur", "号码、用户名或 用户名@服务器"),
    "This cannot be called: type a number or name@server.": (
        "Impossible d’appeler ceci : tapez un numéro ou nom@serveur.",
        "无法呼叫：请输入号码或 用户名@服务器。",
    ),
    "Bind your number in Settings to call a name, or type name@server.": (
        "Liez votre numéro dans les Réglages pour appeler un nom, ou tapez nom@serveur.",
        "请在设置中绑定您的号码以呼叫用户名，或输入 用户名@服务器。",
    ),
}

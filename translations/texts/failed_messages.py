"""Translations of failed messages: the line under them, the conversation list's mark and
the engine's reasons (models/chats/message_failures.py)."""

# source: (French, Simplified Chinese); "Sending…", "busy" and "server unreachable" are in
# chats.py, my_status.py and engine.py
TEXTS: dict[str, tuple[str, str]] = {
    "Still not sent (%1). Click to retry": (
        "Toujours pas envoyé (%1). Cliquez pour réessayer",
        "仍未发送（%1）。点击重试",
    ),
    "Still not sent. Click to retry": (
        "Toujours pas envoyé. Cliquez pour réessayer",
        "仍未发送。点击重试",
    ),
    "Last message not sent": ("Dernier message non envoyé", "最后一条消息未发送"),
    "could not be sent": ("n’a pas pu être envoyé", "无法发送"),
    "refused by the server": ("refusé par le serveur", "被服务器拒绝"),
    "unknown user": ("utilisateur inconnu", "用户不存在"),
    "no answer (timed out)": ("pas de réponse (délai dépassé)", "无应答（超时）"),
    "too large for the server": ("trop volumineux pour le serveur", "对服务器来说太大"),
    "the recipient cannot show this kind of message": (
        "le destinataire ne peut pas afficher ce type de message",
        "对方无法显示此类消息",
    ),
    "not reachable": ("injoignable", "无法联系"),
    "not accepted by the recipient": ("refusé par le destinataire", "对方不接受"),
    "service unavailable": ("service indisponible", "服务不可用"),
    "declined": ("refusé", "已拒绝"),
    "the account was removed before the server answered": (
        "le compte a été retiré avant la réponse du serveur",
        "服务器应答前账号已被移除",
    ),
    "the account is not set up": ("le compte n’est pas configuré", "账号尚未设置"),
    "could not be sent: %1": ("n’a pas pu être envoyé : %1", "无法发送：%1"),
    "the recipient could not take it (%1)": (
        "le destinataire n’a pas pu le recevoir (%1)",
        "对方无法接收（%1）",
    ),
}

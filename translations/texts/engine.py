"""Translations of the call engine's reasons (registration, account checks)."""

# source: (French, Simplified Chinese)
TEXTS: dict[str, tuple[str, str]] = {
    "registered": ("enregistré", "已注册"),
    "registering": ("enregistrement…", "正在注册…"),
    "removed": ("supprimé", "已移除"),
    "wrong user name or password": (
        "nom d’utilisateur ou mot de passe incorrect",
        "用户名或密码错误",
    ),
    "forbidden by the server": ("refusé par le serveur", "被服务器拒绝"),
    "this number is unknown to the server": (
        "ce numéro est inconnu du serveur",
        "服务器不认识此号码",
    ),
    "server unreachable": ("serveur injoignable", "无法连接服务器"),
    "the server refused the registration interval": (
        "le serveur a refusé la durée d’enregistrement",
        "服务器拒绝了注册时长",
    ),
    "another check is running": (
        "une autre vérification est en cours",
        "另一项检查正在进行",
    ),
}

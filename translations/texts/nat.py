"""Translations of the texts about networks: a call whose far end vanished, NAT
traversal settings (STUN, ICE, TURN, keep-alives)."""

# source: (French, Simplified Chinese)
TEXTS: dict[str, tuple[str, str]] = {
    "Connection lost": ("Connexion perdue", "连接已断开"),
    "%s, connection lost": ("%s, connexion perdue", "%s，连接已断开"),
    "Type a server name such as stun.example.org:3478.": (
        "Saisissez un nom de serveur comme stun.example.org:3478.",
        "请输入服务器名称，例如 stun.example.org:3478。",
    ),
    "The port must be a number from 1 to 65535.": (
        "Le port doit être un nombre de 1 à 65535.",
        "端口必须是 1 到 65535 之间的数字。",
    ),
    "The keyring refused the password; it is not saved.": (
        "Le trousseau a refusé le mot de passe ; il n’est pas enregistré.",
        "密钥环拒绝了该密码，密码未保存。",
    ),
    "Saved in the keyring": ("Enregistré dans le trousseau", "已保存在密钥环中"),
    "Not set": ("Non défini", "未设置"),
    "Crossing routers (NAT)": ("Traversée des routeurs (NAT)", "穿越路由器（NAT）"),
    "STUN server": ("Serveur STUN", "STUN 服务器"),
    "None": ("Aucun", "无"),
    "Use ICE to find a path for the sound (recommended)": (
        "Utiliser ICE pour trouver un chemin pour le son (recommandé)",
        "使用 ICE 为声音寻找通路（推荐）",
    ),
    "TURN relay server": ("Serveur relais TURN", "TURN 中继服务器"),
    "TURN transport": ("Transport TURN", "TURN 传输方式"),
    "TURN user name": ("Nom d’utilisateur TURN", "TURN 用户名"),
    "TURN password": ("Mot de passe TURN", "TURN 密码"),
    "Keep-alive every": ("Maintien toutes les", "保活间隔"),
    "Keep-alive interval in seconds": (
        "Intervalle de maintien de connexion en secondes",
        "保活间隔（秒）",
    ),
    " s": (" s", " 秒"),
    "Never": ("Jamais", "从不"),
    "Use the public address the server sees (for home routers)": (
        "Utiliser l’adresse publique vue par le serveur (box)",
        "使用服务器看到的公网地址（适用于家用路由器）",
    ),
}

"""Crossing routers in the account wizard, filled from the operator's defaults."""

TEXTS = {
    "Crossing routers": ("Traversée des routeurs", "穿越路由器"),
    "Filled in from your operator's settings when it provides them. These apply to every"
    " account, after a restart; the TURN password is set in Settings > Network & security.": (
        "Remplis d’après les réglages de votre opérateur quand il les fournit. Ils valent"
        " pour tous les comptes, après un redémarrage ; le mot de passe TURN se règle dans"
        " Réglages > Réseau et sécurité.",
        "运营商提供时会自动填写。这些设置适用于所有账号，重启后生效；TURN 密码在"
        "“设置 > 网络与安全”中设置。",
    ),
}

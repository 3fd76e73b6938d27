"""Translations of the first start: no keyring (the password asked at each start), no
number yet, the window's menu and Quit (issue #19 items 1, 8, 9)."""

# source: (French, Simplified Chinese)
TEXTS: dict[str, tuple[str, str]] = {
    "Password for %s": ("Mot de passe de %s", "%s 的密码"),
    "Enter the password of %s on %s to receive calls and messages.": (
        "Saisissez le mot de passe de %s sur %s pour recevoir appels et messages.",
        "请输入 %s 在 %s 上的密码，以便接听电话和接收消息。",
    ),
    "This computer has no keyring, so Jego keeps the password in memory until you quit and"
    " asks for it at each start. To be asked no more, install a keyring (Secret Service,"
    " such as GNOME Keyring, or KWallet), then enter the password again in Settings,"
    " Accounts, Edit.": (
        "Cet ordinateur n'a pas de trousseau : Jego garde le mot de passe en mémoire jusqu'à"
        " ce que vous quittiez et le redemande à chaque démarrage. Pour ne plus avoir à le"
        " saisir, installez un trousseau (Secret Service, comme GNOME Keyring, ou KWallet),"
        " puis saisissez de nouveau le mot de passe dans Réglages, Comptes, Modifier.",
        "这台电脑没有密钥环，Jego 只把密码保存在内存中直到您退出，每次启动都会再次询问。"
        "如不想再输入，请安装密钥环（Secret Service，例如 GNOME Keyring，或 KWallet），"
        "然后在“设置 › 账户 › 编辑”中重新输入密码。",
    ),
    "Your keyring does not have this password: Jego keeps it there once given.": (
        "Votre trousseau n'a pas ce mot de passe : Jego l'y gardera une fois saisi.",
        "您的密钥环中没有这个密码：输入后 Jego 会把它保存在那里。",
    ),
    "Connect": ("Se connecter", "连接"),
    "Not now": ("Pas maintenant", "暂不"),
    "password needed": ("mot de passe requis", "需要密码"),
    "No number yet": ("Pas encore de numéro", "还没有号码"),
    "This computer has no keyring: the password is kept in memory until you quit, and"
    " asked for at each start.": (
        "Cet ordinateur n'a pas de trousseau : le mot de passe est gardé en mémoire jusqu'à"
        " ce que vous quittiez, et redemandé à chaque démarrage.",
        "这台电脑没有密钥环：密码只保存在内存中直到您退出，每次启动时会再次询问。",
    ),
    "Quit Jego": ("Quitter Jego", "退出 Jego"),
    "Menu": ("Menu", "菜单"),
    "Bind your number to be reachable; then your status shows here.": (
        "Liez votre numéro pour être joignable ; votre statut s'affichera alors ici.",
        "绑定您的号码后即可被联系；届时您的状态会显示在这里。",
    ),
    "Calls and messages still reach you. Quit from the tray icon's menu or with Ctrl+Q.": (
        "Les appels et les messages vous parviennent toujours. Quittez depuis le menu de"
        " l'icône de notification ou avec Ctrl+Q.",
        "您仍会收到来电和消息。可从托盘图标的菜单或按 Ctrl+Q 退出。",
    ),
}

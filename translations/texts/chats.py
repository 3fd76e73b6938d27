"""Translations of the Chats view: conversation list, bubbles, composer, search, new chat."""

# source: (French, Simplified Chinese)
TEXTS: dict[str, tuple[str, str]] = {
    # days and previews
    "Today": ("Aujourd’hui", "今天"),
    "Yesterday": ("Hier", "昨天"),
    # A Qt date format for days of this year: weekday, day, month.
    "dddd d MMMM": ("dddd d MMMM", "M月d日 dddd"),
    "No messages yet": ("Pas encore de message", "还没有消息"),
    "File": ("Fichier", "文件"),
    "You: %1": ("Vous : %1", "你：%1"),
    # bubbles
    "Not sent. Click to retry": ("Non envoyé. Cliquez pour réessayer", "未发送。点击重试"),
    "Not sent (%1). Click to retry": (
        "Non envoyé (%1). Cliquez pour réessayer",
        "未发送（%1）。点击重试",
    ),
    "Sending…": ("Envoi…", "正在发送…"),
    "Sending %1%": ("Envoi : %1 %", "正在发送 %1%"),
    "Downloading…": ("Téléchargement…", "正在下载…"),
    "Downloading %1%": ("Téléchargement : %1 %", "正在下载 %1%"),
    "Failed. Click to try again": ("Échec. Cliquez pour réessayer", "失败。点击重试"),
    "No longer on the server": ("N’est plus sur le serveur", "服务器上已没有此文件"),
    "Click to download": ("Cliquez pour télécharger", "点击下载"),
    "Picture": ("Photo", "图片"),
    "Click to open": ("Cliquez pour ouvrir", "点击打开"),
    "Copy text": ("Copier le texte", "复制文字"),
    "typing…": ("écrit…", "正在输入…"),
    "Messages": ("Messages", "消息"),
    # composer
    "Send a file": ("Envoyer un fichier", "发送文件"),
    "Write a message…": ("Écrire un message…", "输入消息…"),
    "Message text": ("Texte du message", "消息文字"),
    "Attach a file": ("Joindre un fichier", "附加文件"),
    "Insert an emoji": ("Insérer un émoji", "插入表情"),
    "Record a voice message": ("Enregistrer un message vocal", "录制语音消息"),
    "Send (Enter)": ("Envoyer (Entrée)", "发送（Enter）"),
    # new chat
    "New chat": ("Nouvelle discussion", "新聊天"),
    "Phone number or SIP address": ("Numéro de téléphone ou adresse SIP", "电话号码或 SIP 地址"),
    "e.g. 06 12 34 56 78 or alice@example.org": (
        "p. ex. 06 12 34 56 78 ou alice@example.org",
        "例如 138 0013 8000 或 alice@example.org",
    ),
    "Open chat": ("Ouvrir la discussion", "打开聊天"),
    # chats page
    "This conversation cannot be opened: %1": (
        "Impossible d’ouvrir cette discussion : %1",
        "无法打开此聊天：%1",
    ),
    "The message was not sent: %1": ("Le message n’a pas été envoyé : %1", "消息未发送：%1"),
    "New chat (Ctrl+N)": ("Nouvelle discussion (Ctrl+N)", "新聊天（Ctrl+N）"),
    "Search messages (Ctrl+K)": ("Rechercher dans les messages (Ctrl+K)", "搜索消息（Ctrl+K）"),
    "Search messages": ("Rechercher dans les messages", "搜索消息"),
    "Conversations": ("Discussions", "聊天列表"),
    "Search results": ("Résultats de la recherche", "搜索结果"),
    "No messages found": ("Aucun message trouvé", "未找到消息"),
    "No conversations yet.\nPress Ctrl+N to write to a number or SIP address.": (
        "Aucune discussion pour l’instant.\n"
        "Appuyez sur Ctrl+N pour écrire à un numéro ou une adresse SIP.",
        "还没有聊天。\n按 Ctrl+N 给号码或 SIP 地址发消息。",
    ),
    "Choose a conversation": ("Choisissez une discussion", "选择一个聊天"),
    "Or start a new one with Ctrl+N.": (
        "Ou commencez-en une nouvelle avec Ctrl+N.",
        "或按 Ctrl+N 开始新的聊天。",
    ),
}

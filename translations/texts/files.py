"""Translations of files, pictures and voice messages (sending, receiving, recording, playing)."""

# source: (French, Simplified Chinese)
TEXTS: dict[str, tuple[str, str]] = {
    "“%1” is not a file that can be sent.": (
        "« %1 » n’est pas un fichier qui peut être envoyé.",
        "“%1”不是可以发送的文件。",
    ),
    "“%1” cannot be read: %2": ("« %1 » ne peut pas être lu : %2", "无法读取“%1”：%2"),
    "The voice message cannot be read: %1": (
        "Le message vocal ne peut pas être lu : %1",
        "无法读取语音消息：%1",
    ),
    "This file has no download address.": (
        "Ce fichier n’a pas d’adresse de téléchargement.",
        "此文件没有下载地址。",
    ),
    "Files cannot be sent: no file-transfer server is set. Add its address in Settings,"
    " under Files.": (
        "Impossible d’envoyer des fichiers : aucun serveur de transfert n’est défini."
        " Ajoutez son adresse dans Réglages, rubrique Fichiers.",
        "无法发送文件：未设置文件传输服务器。请在“设置”的“文件”中添加其地址。",
    ),
    "The file to send is no longer in the profile folder.": (
        "Le fichier à envoyer n’est plus dans le dossier du profil.",
        "要发送的文件已不在配置文件夹中。",
    ),
    "No file-transfer server is set.": (
        "Aucun serveur de transfert de fichiers n’est défini.",
        "未设置文件传输服务器。",
    ),
    "The file cannot be sent: %1": (
        "Le fichier ne peut pas être envoyé : %1",
        "无法发送该文件：%1",
    ),
    "“%1” could not be downloaded: %2": (
        "« %1 » n’a pas pu être téléchargé : %2",
        "无法下载“%1”：%2",
    ),
    "“%1” was not sent: %2": ("« %1 » n’a pas été envoyé : %2", "“%1”未发送：%2"),
    "This voice message is in a sound format this app cannot play.": (
        "Ce message vocal est dans un format audio que cette application ne sait pas lire.",
        "此语音消息的音频格式本应用无法播放。",
    ),
    "This voice message cannot be played here: %1": (
        "Ce message vocal ne peut pas être lu ici : %1",
        "此语音消息无法在此播放：%1",
    ),
    "This voice message cannot be played: %1": (
        "Ce message vocal ne peut pas être lu : %1",
        "无法播放此语音消息：%1",
    ),
    "Recording cannot start: %1": (
        "L’enregistrement ne peut pas commencer : %1",
        "无法开始录音：%1",
    ),
    "The voice message was not recorded: %1": (
        "Le message vocal n’a pas été enregistré : %1",
        "语音消息未录制：%1",
    ),
    "Discard the voice message": ("Supprimer le message vocal", "放弃语音消息"),
    "Send the voice message": ("Envoyer le message vocal", "发送语音消息"),
    "Microphone level": ("Niveau du micro", "麦克风音量"),
    "Length of the recording": ("Durée de l’enregistrement", "录音时长"),
    "The file server cannot be reached.": (
        "Le serveur de fichiers est injoignable.",
        "无法连接文件服务器。",
    ),
    "The file server refused the account's user name or password.": (
        "Le serveur de fichiers a refusé l’identifiant ou le mot de passe du compte.",
        "文件服务器拒绝了该账户的用户名或密码。",
    ),
    "The file does not have the size it was announced with; it was not kept.": (
        "Le fichier n’a pas la taille annoncée ; il n’a pas été conservé.",
        "文件大小与声明的不符，未予保留。",
    ),
    "The download was cut off before the end; nothing was kept.": (
        "Le téléchargement a été interrompu avant la fin ; rien n’a été conservé.",
        "下载在完成前中断，未保留任何内容。",
    ),
    "The file is larger than this app downloads, or than the free disk space.": (
        "Le fichier dépasse la taille que cette application télécharge, ou l’espace disque libre.",
        "文件超过本应用允许下载的大小或可用磁盘空间。",
    ),
    "The file's content is not what it was announced as; it was not kept.": (
        "Le contenu du fichier ne correspond pas à ce qui était annoncé ; il n’a pas été conservé.",
        "文件内容与声明的类型不符，未予保留。",
    ),
    "The file is no longer available on the server.": (
        "Le fichier n’est plus disponible sur le serveur.",
        "该文件在服务器上已不可用。",
    ),
    "The file server refused the transfer (error %1).": (
        "Le serveur de fichiers a refusé le transfert (erreur %1).",
        "文件服务器拒绝了传输（错误 %1）。",
    ),
    "The file server's answer was not understood.": (
        "La réponse du serveur de fichiers n’a pas été comprise.",
        "无法理解文件服务器的响应。",
    ),
    "Cancelled.": ("Annulé.", "已取消。"),
    "%1 has sent many files lately": (
        "%1 a envoyé beaucoup de fichiers ces derniers temps",
        "%1 最近发送了很多文件",
    ),
    "received files have reached their space limit": (
        "les fichiers reçus ont atteint leur limite d’espace",
        "已接收的文件已达到空间上限",
    ),
    "“%1” was not downloaded automatically: %2. Click it to download it.": (
        "« %1 » n’a pas été téléchargé automatiquement : %2. Cliquez dessus pour le télécharger.",
        "“%1”未自动下载：%2。点击即可下载。",
    ),
    "To make room for new files, files downloaded automatically and never opened were"
    " removed (%1); click one to download it again.": (
        "Pour faire de la place, des fichiers téléchargés automatiquement et jamais ouverts"
        " ont été supprimés (%1) ; cliquez sur l’un d’eux pour le télécharger de nouveau.",
        "为腾出空间，已删除自动下载且从未打开的文件（%1 个）；点击文件即可重新下载。",
    ),
    "The file is on a local or private address, which a message may not make this app"
    " reach; it was not downloaded.": (
        "Le fichier se trouve à une adresse locale ou privée, qu’un message ne peut pas"
        " faire joindre à cette application ; il n’a pas été téléchargé.",
        "该文件位于本地或私有地址，消息无权让本应用访问此类地址；未下载该文件。",
    ),
    "The download took too long and was stopped; nothing was kept.": (
        "Le téléchargement a pris trop de temps et a été arrêté ; rien n’a été conservé.",
        "下载耗时过长，已停止；未保留任何内容。",
    ),
    "Click to download from %1": ("Cliquez pour télécharger depuis %1", "点击从 %1 下载"),
}

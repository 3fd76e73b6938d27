"""Translations of how calls end (call window, history), the call quality mark, and the
history rows' buttons and menu."""

# source: (French, Simplified Chinese)
TEXTS: dict[str, tuple[str, str]] = {
    "Call ended": ("Appel terminé", "通话已结束"),
    "Call ended · %s": ("Appel terminé · %s", "通话已结束 · %s"),
    "Number not found": ("Numéro introuvable", "号码不存在"),
    "No answer": ("Pas de réponse", "无人接听"),
    "Not reachable right now": ("Injoignable pour le moment", "暂时无法接通"),
    "Incomplete number": ("Numéro incomplet", "号码不完整"),
    "Busy": ("Occupé", "占线"),
    "Cancelled": ("Annulé", "已取消"),
    "No sound format in common": ("Aucun format audio en commun", "没有共同的音频格式"),
    "Service unavailable": ("Service indisponible", "服务不可用"),
    "Declined": ("Refusé", "已拒绝"),
    "Can't reach the server": ("Serveur injoignable", "无法连接服务器"),
    "Refused by the server": ("Refusé par le serveur", "被服务器拒绝"),
    "Call failed (%1)": ("Échec de l’appel (%1)", "呼叫失败（%1）"),
    "Good sound": ("Son de bonne qualité", "音质良好"),
    "Fair sound": ("Son moyen", "音质一般"),
    "Poor sound": ("Son médiocre", "音质较差"),
    "Details": ("Détails", "详情"),
    "Close": ("Fermer", "关闭"),
    "Codec, jitter, packet loss and round-trip time": (
        "Codec, gigue, perte de paquets et temps aller-retour",
        "编解码器、抖动、丢包率和往返时延",
    ),
    "Call back": ("Rappeler", "回拨"),
    "Add to contacts": ("Ajouter aux contacts", "添加到联系人"),
    "Copy number": ("Copier le numéro", "复制号码"),
    "Delete from history": ("Supprimer de l’historique", "从通话记录中删除"),
    "Double-click a call, or press Enter, to call back. Right-click for more.": (
        "Double-cliquez sur un appel, ou appuyez sur Entrée, pour rappeler."
        " Clic droit pour plus d’options.",
        "双击通话记录或按回车键即可回拨。右键单击查看更多操作。",
    ),
}

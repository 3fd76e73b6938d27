"""Translations of my status (Online, Away, Do not disturb, Invisible) and the calls
it declines."""

# source: (French, Simplified Chinese)
TEXTS: dict[str, tuple[str, str]] = {
    "Online": ("En ligne", "在线"),
    "Away": ("Absent", "离开"),
    "Do not disturb": ("Ne pas déranger", "请勿打扰"),
    "Invisible": ("Invisible", "隐身"),
    "busy": ("occupé", "忙碌"),  # a contact on Do not disturb, after their number
    "Your contacts see you online.": ("Vos contacts vous voient en ligne.", "联系人看到您在线。"),
    "Your contacts see you away; calls still ring.": (
        "Vos contacts vous voient absent ; les appels sonnent toujours.",
        "联系人看到您离开；来电仍会响铃。",
    ),
    "Calls are declined as busy and listed as missed.": (
        "Les appels sont refusés (occupé) et notés comme manqués.",
        "来电将以忙线拒接，并记为未接来电。",
    ),
    "You appear offline; calls and messages still reach you.": (
        "Vous apparaissez hors ligne ; appels et messages vous parviennent toujours.",
        "您显示为离线；仍可接收来电和消息。",
    ),
    "My status: %s": ("Mon statut : %s", "我的状态：%s"),
    "Missed: you were on Do not disturb": (
        "Manqué : vous étiez en Ne pas déranger",
        "未接：您处于请勿打扰状态",
    ),
    "Missed call from %s while on Do not disturb": (
        "Appel manqué de %s pendant Ne pas déranger",
        "请勿打扰期间来自 %s 的未接来电",
    ),
}

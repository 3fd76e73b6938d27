"""Translations of replies, forwarding, deleting with undo and taking messages back
(ui/chats/conversation_view.py, chats_page.py, reply_bar.py, undo_bar.py,
forward_dialog.py, quote_text.py, chat_attachments.py)."""

# source: (French, Simplified Chinese); "Delete", "Copy text" and "Conversations" are in
# other tables. WeChat says 撤回 for taking a message back.
TEXTS: dict[str, tuple[str, str]] = {
    "Reply": ("Répondre", "回复"),
    "Forward…": ("Transférer…", "转发…"),
    "Forward": ("Transférer", "转发"),
    "Forward to…": ("Transférer à…", "转发给…"),
    "Or a number, name or name@server": (
        "Ou un numéro, un nom ou nom@serveur",
        "或输入号码、姓名或 名称@服务器",
    ),
    "Take back": ("Retirer le message", "撤回"),
    "Take back (only in the first 2 minutes)": (
        "Retirer (seulement dans les 2 premières minutes)",
        "撤回（仅限发送后 2 分钟内）",
    ),
    "Take back (their phone cannot be told)": (
        "Retirer (son téléphone ne le permet pas)",
        "撤回（对方的电话不支持）",
    ),
    "Take back (not sent: delete it instead)": (
        "Retirer (non envoyé : supprimez-le plutôt)",
        "撤回（尚未发送：请直接删除）",
    ),
    "Take back (not connected)": ("Retirer (non connecté)", "撤回（未连接）"),
    "Delete for me…": ("Supprimer pour moi…", "仅为我删除…"),
    "Delete conversation…": ("Supprimer la discussion…", "删除聊天…"),
    "Delete this message from this computer? The other person keeps their copy.": (
        "Supprimer ce message de cet ordinateur ? Votre correspondant garde sa copie.",
        "从这台电脑上删除这条消息？对方仍保留他的副本。",
    ),
    "Delete this whole conversation from this computer? The other person keeps their copy.": (
        "Supprimer toute cette discussion de cet ordinateur ? Votre correspondant garde sa copie.",
        "从这台电脑上删除整个聊天？对方仍保留他的副本。",
    ),
    "Message deleted": ("Message supprimé", "消息已删除"),
    "Conversation deleted": ("Discussion supprimée", "聊天已删除"),
    "Undo": ("Annuler", "撤销"),
    "Replying to %1": ("Réponse à %1", "回复 %1"),
    "Cancel the reply": ("Annuler la réponse", "取消回复"),
    "yourself": ("vous-même", "自己"),
    "You": ("Vous", "你"),
    "Them": ("Votre correspondant", "对方"),
    "Your contact": ("Votre correspondant", "对方"),
    "Message taken back": ("Message retiré", "消息已撤回"),
    "A message taken back": ("Un message retiré", "一条已撤回的消息"),
    "You took back a message": ("Vous avez retiré un message", "你撤回了一条消息"),
    "%1 took back a message": ("%1 a retiré un message", "%1 撤回了一条消息"),
    "This message cannot be taken back any more.": (
        "Ce message ne peut plus être retiré.",
        "这条消息已无法撤回。",
    ),
    "The message could not be taken back: the other phone was not reached.": (
        "Le message n’a pas pu être retiré : l’autre téléphone n’a pas été joint.",
        "消息未能撤回：无法联系到对方的电话。",
    ),
    "The message was not forwarded: %1": (
        "Le message n’a pas été transféré : %1",
        "消息未转发：%1",
    ),
    "%1 was not forwarded: it is no longer on this computer.": (
        "%1 n’a pas été transféré : il n’est plus sur cet ordinateur.",
        "%1 未转发：它已不在这台电脑上。",
    ),
    "Missed only": ("Manqués seulement", "仅未接来电"),
    "Show only missed calls, or every call": (
        "Afficher seulement les appels manqués, ou tous les appels",
        "只显示未接来电，或显示全部通话",
    ),
    "Clear…": ("Effacer…", "清空…"),
    "Clear history": ("Effacer l’historique", "清空通话记录"),
    "Delete every call from the history": (
        "Supprimer tous les appels de l’historique",
        "从通话记录中删除全部通话",
    ),
    "Delete every call from the history?": (
        "Supprimer tous les appels de l’historique ?",
        "要从通话记录中删除全部通话吗？",
    ),
    "No missed calls": ("Aucun appel manqué", "没有未接来电"),
    "Calls you missed will be listed here.": (
        "Les appels que vous avez manqués apparaîtront ici.",
        "你错过的来电会显示在这里。",
    ),
}

"""Fill translations/jego_fr.ts and jego_zh_CN.ts from the tables below (idempotent).

After `pyside6-lupdate` adds new source texts, add them here and run
`.venv/bin/python translations/fill.py`; a test fails while any text is untranslated.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent

# source: (French, Simplified Chinese)
TEXTS: dict[str, tuple[str, str]] = {
    "Missed call from %s": ("Appel manqué de %s", "来自 %s 的未接来电"),
    "Incoming call from %s": ("Appel entrant de %s", "来自 %s 的来电"),
    "Outgoing call to %s": ("Appel sortant vers %s", "呼出至 %s"),
    "Recording needs a profile folder.": (
        "L’enregistrement nécessite un dossier de profil.",
        "录音需要一个配置文件夹。",
    ),
    "Calls": ("Appels", "通话"),
    "Call history": ("Historique des appels", "通话记录"),
    "No calls yet": ("Aucun appel pour l’instant", "暂无通话"),
    "Calls you make and receive will be listed here.": (
        "Les appels passés et reçus apparaîtront ici.",
        "您拨出和接听的电话将显示在这里。",
    ),
    "Only digits, +, * and # can be dialled.": (
        "Seuls les chiffres, +, * et # peuvent être composés.",
        "只能拨打数字、+、* 和 #。",
    ),
    "Unknown country code.": ("Indicatif de pays inconnu.", "未知的国家代码。"),
    "Too many digits for a phone number.": (
        "Trop de chiffres pour un numéro de téléphone.",
        "电话号码位数过多。",
    ),
    "Type a number or a SIP address first.": (
        "Saisissez d’abord un numéro ou une adresse SIP.",
        "请先输入号码或 SIP 地址。",
    ),
    "This is not a valid SIP address.": (
        "Ce n’est pas une adresse SIP valide.",
        "这不是有效的 SIP 地址。",
    ),
    "Bind your number in Settings to call phone numbers.": (
        "Liez votre numéro dans les Réglages pour appeler des numéros de téléphone.",
        "请在设置中绑定您的号码以拨打电话号码。",
    ),
    "This is not a valid phone number.": (
        "Ce n’est pas un numéro de téléphone valide.",
        "这不是有效的电话号码。",
    ),
    "Dial pad": ("Clavier", "拨号盘"),
    "Number or SIP address": ("Numéro ou adresse SIP", "号码或 SIP 地址"),
    "Number to call": ("Numéro à appeler", "要拨打的号码"),
    "Delete the last digit": ("Effacer le dernier chiffre", "删除最后一位"),
    "Send a message": ("Envoyer un message", "发送消息"),
    "Call": ("Appeler", "呼叫"),
    "Call the last number again": ("Rappeler le dernier numéro", "重拨上一个号码"),
    "Message": ("Message", "消息"),
    "Redial": ("Rappel", "重拨"),
    "Missed call": ("Appel manqué", "未接来电"),
    "Incoming": ("Entrant", "呼入"),
    "Outgoing": ("Sortant", "呼出"),
    "%s, not answered": ("%s, sans réponse", "%s，未接通"),
    "Mute": ("Muet", "静音"),
    "Hold": ("Attente", "保持"),
    "Keypad": ("Clavier", "键盘"),
    "Transfer": ("Transférer", "转接"),
    "Merge calls": ("Fusionner les appels", "合并通话"),
    "Record": ("Enregistrer", "录音"),
    "Hang up": ("Raccrocher", "挂断"),
    "Merge": ("Fusionner", "合并"),
    "Call with %s": ("Appel avec %s", "与 %s 通话"),
    "Calling…": ("Appel en cours…", "正在呼叫…"),
    "Ringing…": ("Ça sonne…", "正在响铃…"),
    "Incoming call…": ("Appel entrant…", "来电…"),
    "Connecting…": ("Connexion…", "正在连接…"),
    "On hold · %s": ("En attente · %s", "保持中 · %s"),
    "Held by the other side · %s": ("Mis en attente par l’autre côté · %s", "对方已保持 · %s"),
    "%s %s kHz · jitter %s ms · loss %s%% / %s%% · RTT %s ms": (
        "%s %s kHz · gigue %s ms · pertes %s %% / %s %% · RTT %s ms",
        "%s %s kHz · 抖动 %s 毫秒 · 丢包 %s%% / %s%% · 往返 %s 毫秒",
    ),
    "%s (ringing)": ("%s (sonne)", "%s（响铃中）"),
    "%s (on hold)": ("%s (en attente)", "%s（保持中）"),
    "Also on the line: %s": ("Également en ligne : %s", "线路上还有：%s"),
    "Transfer the call": ("Transférer l’appel", "转接通话"),
    "Number or SIP address to transfer the call to:": (
        "Numéro ou adresse SIP vers lequel transférer l’appel :",
        "要转接到的号码或 SIP 地址：",
    ),
    "Incoming call": ("Appel entrant", "来电"),
    "Decline the call": ("Refuser l’appel", "拒接来电"),
    "Answer the call": ("Répondre à l’appel", "接听来电"),
    "Decline": ("Refuser", "拒接"),
    "Answer": ("Répondre", "接听"),
    "Star": ("Étoile", "星号"),
    "Hash": ("Dièse", "井号"),
    "Hold for +": ("Maintenir pour +", "长按输入 +"),
    "No number bound yet: bind your number in Settings.": (
        "Aucun numéro lié : liez votre numéro dans les Réglages.",
        "尚未绑定号码：请在设置中绑定您的号码。",
    ),
    "Chats": ("Discussions", "聊天"),
    "No conversations yet": ("Aucune conversation pour l’instant", "暂无会话"),
    "Messages to and from your contacts will appear here.": (
        "Les messages échangés avec vos contacts apparaîtront ici.",
        "您与联系人之间的消息将显示在这里。",
    ),
    "Contacts": ("Contacts", "联系人"),
    "No contacts yet": ("Aucun contact pour l’instant", "暂无联系人"),
    "Add the people you call and write to.": (
        "Ajoutez les personnes que vous appelez et à qui vous écrivez.",
        "添加您常打电话和发消息的人。",
    ),
    "Call any phone": ("Appelez n’importe quel téléphone", "拨打任何电话"),
    "Landlines and mobiles, at home and abroad.": (
        "Fixes et mobiles, au pays et à l’étranger.",
        "国内外的固定电话和手机。",
    ),
    "Settings": ("Réglages", "设置"),
    "Bind your number": ("Liez votre numéro", "绑定您的号码"),
    "Register your mobile number with your operator's service to start.": (
        "Enregistrez votre numéro mobile auprès du service de votre opérateur pour commencer.",
        "在运营商的服务上注册您的手机号码即可开始。",
    ),
    "connecting…": ("connexion…", "正在连接…"),
    "online": ("en ligne", "在线"),
    "offline": ("hors ligne", "离线"),
    "not connected (%s)": ("non connecté (%s)", "未连接（%s）"),
    "Your history cannot be opened: %s": (
        "Votre historique ne peut pas être ouvert : %s",
        "无法打开您的历史记录：%s",
    ),
    "No sound: %s. Calls still connect, without audio.": (
        "Pas de son : %s. Les appels aboutissent quand même, sans audio.",
        "没有声音：%s。通话仍可接通，但没有音频。",
    ),
    "No keyring: %s. Passwords cannot be saved; you will be asked each time.": (
        "Pas de trousseau : %s. Les mots de passe ne peuvent pas être enregistrés ; "
        "ils vous seront demandés à chaque fois.",
        "没有密钥环：%s。无法保存密码，每次都会询问您。",
    ),
    "No network connection.": ("Pas de connexion réseau.", "没有网络连接。"),
}

LANGUAGES = {"fr": 0, "zh_CN": 1}


def fill(language: str) -> list[str]:
    """Fill one .ts file; returns the source texts that have no translation yet."""
    path = HERE / f"jego_{language}.ts"
    tree = ET.parse(path)
    tree.getroot().set("language", language)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if source in TEXTS:
            translation.text = TEXTS[source][LANGUAGES[language]]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    untranslated = {language: fill(language) for language in LANGUAGES}
    for language, texts in untranslated.items():
        for text in texts:
            print(f"{language}: untranslated: {text!r}")
    sys.exit(1 if any(untranslated.values()) else 0)

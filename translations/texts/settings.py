"""Translations of the settings view, the account wizard and their checks."""

# source: (French, Simplified Chinese)
TEXTS: dict[str, tuple[str, str]] = {
    # --- sections ---
    "Accounts": ("Comptes", "账户"),
    "Audio": ("Audio", "音频"),
    "Network & security": ("Réseau et sécurité", "网络与安全"),
    "Files": ("Fichiers", "文件"),
    "Language & startup": ("Langue et démarrage", "语言与启动"),
    "Settings sections": ("Rubriques des réglages", "设置分类"),
    # --- accounts ---
    "Bound numbers": ("Numéros liés", "已绑定的号码"),
    "No number bound yet. Bind your mobile number to make and receive calls here.": (
        "Aucun numéro lié. Liez votre numéro de mobile pour passer et recevoir des appels ici.",
        "尚未绑定号码。绑定您的手机号码即可在这里拨打和接听电话。",
    ),
    "Bind your number…": ("Lier votre numéro…", "绑定您的号码…"),
    "Edit…": ("Modifier…", "编辑…"),
    "Remove": ("Retirer", "移除"),
    "Remove account": ("Retirer le compte", "移除账户"),
    "Stop receiving calls for %s on this computer? Its history is kept.": (
        "Ne plus recevoir les appels de %s sur cet ordinateur ? Son historique est conservé.",
        "不再在这台电脑上接听 %s 的来电？其记录会保留。",
    ),
    "Delivery and read receipts and typing notices go only to people"
    " you have written to or called.": (
        "Les accusés de réception et de lecture et l’indication de saisie ne partent que vers"
        " les personnes à qui vous avez écrit ou que vous avez appelées.",
        "送达回执、已读回执和正在输入提示只会发给您写过信息或打过电话的人。",
    ),
    "Online": ("En ligne", "在线"),
    "Offline": ("Hors ligne", "离线"),
    "Not connected: %s": ("Non connecté : %s", "未连接：%s"),
    "%s is already bound.": ("%s est déjà lié.", "%s 已经绑定。"),
    "%s is not bound.": ("%s n’est pas lié.", "%s 未绑定。"),
    "A password is needed.": ("Un mot de passe est nécessaire.", "需要密码。"),
    "The password cannot be kept: %s": (
        "Le mot de passe ne peut pas être conservé : %s",
        "无法保存密码：%s",
    ),
    "The keyring refused the password: %s": (
        "Le trousseau a refusé le mot de passe : %s",
        "密钥环拒绝了该密码：%s",
    ),
    # --- wizard ---
    "Edit account": ("Modifier le compte", "编辑账户"),
    "Your number": ("Votre numéro", "您的号码"),
    "The mobile number your operator binds to this computer, with its country code.": (
        "Le numéro de mobile que votre opérateur lie à cet ordinateur, avec l’indicatif du pays.",
        "运营商绑定到这台电脑的手机号码，需带国家代码。",
    ),
    "Number": ("Numéro", "号码"),
    "Your name": ("Votre nom", "您的名字"),
    "Shown to the people you call (optional)": (
        "Affiché aux personnes que vous appelez (facultatif)",
        "向您呼叫的人显示（可选）",
    ),
    "Your operator's server": ("Le serveur de votre opérateur", "运营商的服务器"),
    "As given by your operator: a host name, and a port if needed.": (
        "Tel que fourni par votre opérateur : un nom d’hôte, et un port si besoin.",
        "按运营商提供的填写：主机名，必要时加端口。",
    ),
    "Server": ("Serveur", "服务器"),
    "Transport": ("Transport", "传输方式"),
    "TLS (encrypted)": ("TLS (chiffré)", "TLS（加密）"),
    "User name": ("Nom d’utilisateur", "用户名"),
    "The number, unless your operator says otherwise": (
        "Le numéro, sauf indication contraire de l’opérateur",
        "默认为号码，除非运营商另有说明",
    ),
    "Check the server's certificate (recommended)": (
        "Vérifier le certificat du serveur (recommandé)",
        "验证服务器证书（推荐）",
    ),
    "Certificate authority file": ("Fichier des autorités de certification", "证书颁发机构文件"),
    "The system's certificates": ("Les certificats du système", "系统证书"),
    "Choose…": ("Choisir…", "选择…"),
    "Certificates (*.pem *.crt)": ("Certificats (*.pem *.crt)", "证书 (*.pem *.crt)"),
    "These TLS settings apply to every account, after a restart.": (
        "Ces réglages TLS s’appliquent à tous les comptes, après un redémarrage.",
        "这些 TLS 设置适用于所有账户，重启后生效。",
    ),
    "Certificates": ("Certificats", "证书"),
    "Password and security": ("Mot de passe et sécurité", "密码与安全"),
    "The password is kept in your system's keyring, nowhere else.": (
        "Le mot de passe est conservé dans le trousseau du système, nulle part ailleurs.",
        "密码只保存在系统密钥环中，不会存放在其他地方。",
    ),
    "Password": ("Mot de passe", "密码"),
    "Encrypted calls (SRTP)": ("Appels chiffrés (SRTP)", "加密通话（SRTP）"),
    "Encrypted calls": ("Appels chiffrés", "加密通话"),
    "Off": ("Désactivé", "关闭"),
    "When the other side can (optional)": (
        "Quand l’autre côté le peut (facultatif)",
        "对方支持时使用（可选）",
    ),
    "Always (calls fail without it)": (
        "Toujours (sinon l’appel échoue)",
        "始终使用（不支持则通话失败）",
    ),
    "Unchanged": ("Inchangé", "不变"),
    "Test the registration": ("Tester l’enregistrement", "测试注册"),
    "Jego tries to register with these settings before saving them.": (
        "Jego essaie de s’enregistrer avec ces réglages avant de les enregistrer.",
        "Jego 会先用这些设置尝试注册，然后再保存。",
    ),
    "Test registration": ("Tester l’enregistrement", "测试注册"),
    "Save these settings even though the test failed": (
        "Enregistrer ces réglages malgré l’échec du test",
        "即使测试失败也保存这些设置",
    ),
    "%s on %s over %s": ("%s sur %s via %s", "%s，服务器 %s，经由 %s"),
    "Not tested yet.": ("Pas encore testé.", "尚未测试。"),
    "Registering with %s…": ("Enregistrement auprès de %s…", "正在向 %s 注册…"),
    "Registered: these settings work.": (
        "Enregistré : ces réglages fonctionnent.",
        "注册成功：这些设置可用。",
    ),
    "Registration failed: %s": ("Échec de l’enregistrement : %s", "注册失败：%s"),
    "the server did not answer in time": (
        "le serveur n’a pas répondu à temps",
        "服务器未及时响应",
    ),
    # --- field checks ---
    "Type your mobile number.": ("Saisissez votre numéro de mobile.", "请输入您的手机号码。"),
    "Type the number in international form, starting with + and the country code.": (
        "Saisissez le numéro au format international, avec + et l’indicatif du pays.",
        "请以国际格式输入号码，以 + 和国家代码开头。",
    ),
    "This is not a valid international number.": (
        "Ce n’est pas un numéro international valide.",
        "这不是有效的国际号码。",
    ),
    "This is neither a phone number nor a SIP user name.": (
        "Ce n’est ni un numéro de téléphone ni un nom d’utilisateur SIP.",
        "这既不是电话号码，也不是 SIP 用户名。",
    ),
    "Type the server your operator gave you.": (
        "Saisissez le serveur fourni par votre opérateur.",
        "请输入运营商提供的服务器。",
    ),
    "The port must be a number from 1 to 65535.": (
        "Le port doit être un nombre de 1 à 65535.",
        "端口必须是 1 到 65535 之间的数字。",
    ),
    "Type a host name or address, optionally followed by :port.": (
        "Saisissez un nom d’hôte ou une adresse, suivi éventuellement de :port.",
        "请输入主机名或地址，可在后面加 :端口。",
    ),
    "This is too long.": ("C’est trop long.", "内容过长。"),
    "This contains control characters.": (
        "Cela contient des caractères de contrôle.",
        "其中包含控制字符。",
    ),
    "The user name cannot contain spaces.": (
        "Le nom d’utilisateur ne peut pas contenir d’espaces.",
        "用户名不能包含空格。",
    ),
    "Type your password.": ("Saisissez votre mot de passe.", "请输入您的密码。"),
    "An address cannot contain spaces.": (
        "Une adresse ne peut pas contenir d’espaces.",
        "地址不能包含空格。",
    ),
    "This address is not valid.": ("Cette adresse n’est pas valide.", "该地址无效。"),
    "The address must start with https:// or http://.": (
        "L’adresse doit commencer par https:// ou http://.",
        "地址必须以 https:// 或 http:// 开头。",
    ),
    "The address has no server name.": (
        "L’adresse ne contient pas de nom de serveur.",
        "地址中没有服务器名称。",
    ),
    "Type an IP address such as 192.168.1.20, or leave empty.": (
        "Saisissez une adresse IP comme 192.168.1.20, ou laissez vide.",
        "请输入 IP 地址（如 192.168.1.20），或留空。",
    ),
    "This file does not exist.": ("Ce fichier n’existe pas.", "该文件不存在。"),
    # --- audio ---
    "Devices": ("Périphériques", "设备"),
    "Microphone": ("Microphone", "麦克风"),
    "Input level": ("Niveau d’entrée", "输入电平"),
    "Microphone level": ("Niveau du microphone", "麦克风电平"),
    "Speaker": ("Haut-parleur", "扬声器"),
    "Ringer": ("Sonnerie sur", "铃声设备"),
    "Look for devices again": ("Rechercher à nouveau les périphériques", "重新查找设备"),
    "System default": ("Par défaut du système", "系统默认"),
    "%s (not connected)": ("%s (non connecté)", "%s（未连接）"),
    "No sound: %s.": ("Pas de son : %s.", "没有声音：%s。"),
    "A missing device is replaced by the system default until it is back.": (
        "Un périphérique absent est remplacé par celui du système jusqu’à son retour.",
        "设备缺失时使用系统默认设备，直到它重新连接。",
    ),
    "Sound test": ("Test du son", "声音测试"),
    "Check your microphone and speaker without calling anyone.": (
        "Vérifiez votre microphone et votre haut-parleur sans appeler personne.",
        "无需拨打电话即可检查麦克风和扬声器。",
    ),
    "Hear yourself": ("S’entendre", "听自己的声音"),
    "Record 3 s and play back": ("Enregistrer 3 s et réécouter", "录音 3 秒并回放"),
    "The sound test cannot start: %s.": (
        "Le test du son ne peut pas démarrer : %s.",
        "无法开始声音测试：%s。",
    ),
    "Speak: you should hear yourself. Use headphones to avoid feedback.": (
        "Parlez : vous devriez vous entendre. Utilisez un casque pour éviter l’effet Larsen.",
        "请说话：您应该能听到自己的声音。请使用耳机以免啸叫。",
    ),
    "Loopback stopped.": ("Retour du son arrêté.", "已停止回环。"),
    "Recording for 3 seconds: say something…": (
        "Enregistrement pendant 3 secondes : dites quelque chose…",
        "正在录音 3 秒：请说点什么…",
    ),
    "Playing back what was recorded…": ("Lecture de l’enregistrement…", "正在回放录音…"),
    "Done. If you heard your voice, your microphone and speaker work.": (
        "Terminé. Si vous avez entendu votre voix, le microphone et le haut-parleur marchent.",
        "完成。如果您听到了自己的声音，说明麦克风和扬声器工作正常。",
    ),
    "The microphone heard nothing: check it is connected and not muted.": (
        "Le microphone n’a rien capté : vérifiez qu’il est branché et non coupé.",
        "麦克风没有收到声音：请检查它是否已连接且未静音。",
    ),
    "Voice": ("Voix", "语音"),
    "Echo cancellation": ("Annulation d’écho", "回声消除"),
    "Noise suppression": ("Réduction du bruit", "降噪"),
    "Ringtone": ("Sonnerie", "铃声"),
    "Ring for incoming calls": ("Sonner pour les appels entrants", "来电时响铃"),
    "Volume": ("Volume", "音量"),
    "Ringtone volume": ("Volume de la sonnerie", "铃声音量"),
    # --- calls ---
    "Codecs": ("Codecs", "编解码器"),
    "Offered to the other side in this order; untick a codec to never use it.": (
        "Proposés à l’autre côté dans cet ordre ; décochez un codec pour ne jamais l’utiliser.",
        "按此顺序提供给对方；取消勾选的编解码器将不会使用。",
    ),
    "The codecs are listed once the call engine runs.": (
        "Les codecs s’affichent une fois le moteur d’appel démarré.",
        "通话引擎运行后会列出编解码器。",
    ),
    "Codec order": ("Ordre des codecs", "编解码器顺序"),
    "Move up": ("Monter", "上移"),
    "Move down": ("Descendre", "下移"),
    "Calling": ("Pendant les appels", "呼叫"),
    "Keypad tones": ("Tonalités du clavier", "按键音"),
    "In the audio (RFC 4733)": ("Dans l’audio (RFC 4733)", "在音频中（RFC 4733）"),
    "As SIP INFO messages": ("En messages SIP INFO", "以 SIP INFO 消息发送"),
    "Home country": ("Pays de résidence", "所在国家/地区"),
    "From the system's language": ("Selon la langue du système", "跟随系统语言"),
    "Call a clicked phone link at once (no dial pad)": (
        "Appeler aussitôt un lien téléphonique cliqué (sans le clavier)",
        "点击电话链接后立即呼叫（不经过拨号盘）",
    ),
    "Clicked links follow this choice from the next start.": (
        "Les liens cliqués suivent ce choix à partir du prochain démarrage.",
        "点击的链接将在下次启动后按此设置处理。",
    ),
    # --- network ---
    "Network": ("Réseau", "网络"),
    "Listen on address": ("Écouter sur l’adresse", "监听地址"),
    "Every network interface": ("Toutes les interfaces réseau", "所有网络接口"),
    "Security": ("Sécurité", "安全"),
    "Encrypted calls for new accounts": (
        "Appels chiffrés pour les nouveaux comptes",
        "新账户的加密通话",
    ),
    "Check TLS servers' certificates (recommended)": (
        "Vérifier les certificats des serveurs TLS (recommandé)",
        "验证 TLS 服务器证书（推荐）",
    ),
    "Certificate authorities": ("Autorités de certification", "证书颁发机构"),
    "These settings take effect at the next start.": (
        "Ces réglages s’appliquent au prochain démarrage.",
        "这些设置在下次启动时生效。",
    ),
    # --- files ---
    "File-transfer server": ("Serveur de transfert de fichiers", "文件传输服务器"),
    "Server address": ("Adresse du serveur", "服务器地址"),
    "File-transfer server address": (
        "Adresse du serveur de transfert de fichiers",
        "文件传输服务器地址",
    ),
    "Pictures, voice messages and files are sent through it. Empty: none are sent.": (
        "Les images, messages vocaux et fichiers passent par lui. Vide : rien n’est envoyé.",
        "图片、语音消息和文件都通过它发送。留空则不发送。",
    ),
    "Downloads": ("Téléchargements", "下载"),
    "Download by itself up to": ("Télécharger automatiquement jusqu’à", "自动下载上限"),
    " MB": (" Mo", " MB"),
    "Never": ("Jamais", "从不"),
    "Automatic download size limit": (
        "Taille maximale du téléchargement automatique",
        "自动下载大小上限",
    ),
    # --- language and startup ---
    "Language": ("Langue", "语言"),
    "System": ("Système", "跟随系统"),
    "Startup": ("Démarrage", "启动"),
    "Start Jego when I log in": ("Lancer Jego à l’ouverture de session", "登录时启动 Jego"),
    "Start hidden in the system tray": (
        "Démarrer masqué dans la zone de notification",
        "启动时隐藏到系统托盘",
    ),
}

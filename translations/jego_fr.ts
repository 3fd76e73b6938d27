<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountEditor</name>
    <message>
        <source>A password is needed.</source>
        <translation>Un mot de passe est nécessaire.</translation>
    </message>
    <message>
        <source>%s is already bound.</source>
        <translation>%s est déjà lié.</translation>
    </message>
    <message>
        <source>%s is not bound.</source>
        <translation>%s n’est pas lié.</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>Type your mobile number.</source>
        <translation>Saisissez votre numéro de mobile.</translation>
    </message>
    <message>
        <source>Type the number in international form, starting with + and the country code.</source>
        <translation>Saisissez le numéro au format international, avec + et l’indicatif du pays.</translation>
    </message>
    <message>
        <source>This is not a valid international number.</source>
        <translation>Ce n’est pas un numéro international valide.</translation>
    </message>
    <message>
        <source>This is neither a phone number nor a SIP user name.</source>
        <translation>Ce n’est ni un numéro de téléphone ni un nom d’utilisateur SIP.</translation>
    </message>
    <message>
        <source>Type the server your operator gave you.</source>
        <translation>Saisissez le serveur fourni par votre opérateur.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Le port doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>Type a host name or address, optionally followed by :port.</source>
        <translation>Saisissez un nom d’hôte ou une adresse, suivi éventuellement de :port.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>C’est trop long.</translation>
    </message>
    <message>
        <source>This contains control characters.</source>
        <translation>Cela contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>The user name cannot contain spaces.</source>
        <translation>Le nom d’utilisateur ne peut pas contenir d’espaces.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Not connected: %s</source>
        <translation>Non connecté : %s</translation>
    </message>
</context>
<context>
    <name>AccountWizard</name>
    <message>
        <source>Bind your number</source>
        <translation>Liez votre numéro</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Modifier le compte</translation>
    </message>
    <message>
        <source>Registering with %s…</source>
        <translation>Enregistrement auprès de %s…</translation>
    </message>
    <message>
        <source>Registered: these settings work.</source>
        <translation>Enregistré : ces réglages fonctionnent.</translation>
    </message>
    <message>
        <source>Registration failed: %s</source>
        <translation>Échec de l’enregistrement : %s</translation>
    </message>
</context>
<context>
    <name>AccountsSection</name>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Bound numbers</source>
        <translation>Numéros liés</translation>
    </message>
    <message>
        <source>No number bound yet. Bind your mobile number to make and receive calls here.</source>
        <translation>Aucun numéro lié. Liez votre numéro de mobile pour passer et recevoir des appels ici.</translation>
    </message>
    <message>
        <source>Bind your number…</source>
        <translation>Lier votre numéro…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Voicemail number…</source>
        <translation>Numéro de messagerie…</translation>
    </message>
    <message>
        <source>Delivery and read receipts and typing notices go only to people you have written to or called.</source>
        <translation>Les accusés de réception et de lecture et l’indication de saisie ne partent que vers les personnes à qui vous avez écrit ou que vous avez appelées.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Retirer le compte</translation>
    </message>
    <message>
        <source>Stop receiving calls for %s on this computer? Its history is kept.</source>
        <translation>Ne plus recevoir les appels de %s sur cet ordinateur ? Son historique est conservé.</translation>
    </message>
    <message>
        <source>Voicemail number</source>
        <translation>Numéro de messagerie</translation>
    </message>
    <message>
        <source>The number or SIP address that reaches the voicemail of %1. Leave it empty to use the one your operator announces.</source>
        <translation>Le numéro ou l’adresse SIP de la messagerie de %1. Laissez vide pour utiliser celui qu’annonce votre opérateur.</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>An address cannot contain spaces.</source>
        <translation>Une adresse ne peut pas contenir d’espaces.</translation>
    </message>
    <message>
        <source>This address is not valid.</source>
        <translation>Cette adresse n’est pas valide.</translation>
    </message>
    <message>
        <source>The address must start with https:// or http://.</source>
        <translation>L’adresse doit commencer par https:// ou http://.</translation>
    </message>
    <message>
        <source>The address has no server name.</source>
        <translation>L’adresse ne contient pas de nom de serveur.</translation>
    </message>
    <message>
        <source>Type an IP address such as 192.168.1.20, or leave empty.</source>
        <translation>Saisissez une adresse IP comme 192.168.1.20, ou laissez vide.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Le port doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>Type a server name such as stun.example.org:3478.</source>
        <translation>Saisissez un nom de serveur comme stun.example.org:3478.</translation>
    </message>
    <message>
        <source>This file does not exist.</source>
        <translation>Ce fichier n’existe pas.</translation>
    </message>
</context>
<context>
    <name>AttachmentService</name>
    <message>
        <source>“%1” is not a file that can be sent.</source>
        <translation>« %1 » n’est pas un fichier qui peut être envoyé.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>« %1 » ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The voice message cannot be read: %1</source>
        <translation>Le message vocal ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>This file has no download address.</source>
        <translation>Ce fichier n’a pas d’adresse de téléchargement.</translation>
    </message>
    <message>
        <source>%1 has sent many files lately</source>
        <translation>%1 a envoyé beaucoup de fichiers ces derniers temps</translation>
    </message>
    <message>
        <source>received files have reached their space limit</source>
        <translation>les fichiers reçus ont atteint leur limite d’espace</translation>
    </message>
    <message>
        <source>“%1” was not downloaded automatically: %2. Click it to download it.</source>
        <translation>« %1 » n’a pas été téléchargé automatiquement : %2. Cliquez dessus pour le télécharger.</translation>
    </message>
    <message>
        <source>To make room for new files, files downloaded automatically and never opened were removed (%1); click one to download it again.</source>
        <translation>Pour faire de la place, des fichiers téléchargés automatiquement et jamais ouverts ont été supprimés (%1) ; cliquez sur l’un d’eux pour le télécharger de nouveau.</translation>
    </message>
    <message>
        <source>Files cannot be sent: no file-transfer server is set. Add its address in Settings, under Files.</source>
        <translation>Impossible d’envoyer des fichiers : aucun serveur de transfert n’est défini. Ajoutez son adresse dans Réglages, rubrique Fichiers.</translation>
    </message>
    <message>
        <source>The file cannot be sent: %1</source>
        <translation>Le fichier ne peut pas être envoyé : %1</translation>
    </message>
    <message>
        <source>The file to send is no longer in the profile folder.</source>
        <translation>Le fichier à envoyer n’est plus dans le dossier du profil.</translation>
    </message>
    <message>
        <source>No file-transfer server is set.</source>
        <translation>Aucun serveur de transfert de fichiers n’est défini.</translation>
    </message>
    <message>
        <source>“%1” could not be downloaded: %2</source>
        <translation>« %1 » n’a pas pu être téléchargé : %2</translation>
    </message>
    <message>
        <source>“%1” was not sent: %2</source>
        <translation>« %1 » n’a pas été envoyé : %2</translation>
    </message>
    <message>
        <source>The file server cannot be reached.</source>
        <translation>Le serveur de fichiers est injoignable.</translation>
    </message>
    <message>
        <source>The file server refused the account&apos;s user name or password.</source>
        <translation>Le serveur de fichiers a refusé l’identifiant ou le mot de passe du compte.</translation>
    </message>
    <message>
        <source>The file does not have the size it was announced with; it was not kept.</source>
        <translation>Le fichier n’a pas la taille annoncée ; il n’a pas été conservé.</translation>
    </message>
    <message>
        <source>The download was cut off before the end; nothing was kept.</source>
        <translation>Le téléchargement a été interrompu avant la fin ; rien n’a été conservé.</translation>
    </message>
    <message>
        <source>The file is larger than this app downloads, or than the free disk space.</source>
        <translation>Le fichier dépasse la taille que cette application télécharge, ou l’espace disque libre.</translation>
    </message>
    <message>
        <source>The file&apos;s content is not what it was announced as; it was not kept.</source>
        <translation>Le contenu du fichier ne correspond pas à ce qui était annoncé ; il n’a pas été conservé.</translation>
    </message>
    <message>
        <source>The file is no longer available on the server.</source>
        <translation>Le fichier n’est plus disponible sur le serveur.</translation>
    </message>
    <message>
        <source>The file is on a local or private address, which a message may not make this app reach; it was not downloaded.</source>
        <translation>Le fichier se trouve à une adresse locale ou privée, qu’un message ne peut pas faire joindre à cette application ; il n’a pas été téléchargé.</translation>
    </message>
    <message>
        <source>The download took too long and was stopped; nothing was kept.</source>
        <translation>Le téléchargement a pris trop de temps et a été arrêté ; rien n’a été conservé.</translation>
    </message>
    <message>
        <source>The file server refused the transfer (error %1).</source>
        <translation>Le serveur de fichiers a refusé le transfert (erreur %1).</translation>
    </message>
    <message>
        <source>The file server&apos;s answer was not understood.</source>
        <translation>La réponse du serveur de fichiers n’a pas été comprise.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>This voice message is in a sound format this app cannot play.</source>
        <translation>Ce message vocal est dans un format audio que cette application ne sait pas lire.</translation>
    </message>
    <message>
        <source>This voice message cannot be played here: %1</source>
        <translation>Ce message vocal ne peut pas être lu ici : %1</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>Files to send: %s</source>
        <translation>Fichiers à envoyer : %s</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send these files</source>
        <translation>Envoyer ces fichiers</translation>
    </message>
    <message>
        <source>Remove all</source>
        <translation>Tout retirer</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
</context>
<context>
    <name>AudioSection</name>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Périphériques</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <source>Input level</source>
        <translation>Niveau d’entrée</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Haut-parleur</translation>
    </message>
    <message>
        <source>Ringer</source>
        <translation>Sonnerie sur</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Niveau du microphone</translation>
    </message>
    <message>
        <source>Look for devices again</source>
        <translation>Rechercher à nouveau les périphériques</translation>
    </message>
    <message>
        <source>Sound test</source>
        <translation>Test du son</translation>
    </message>
    <message>
        <source>Check your microphone and speaker without calling anyone.</source>
        <translation>Vérifiez votre microphone et votre haut-parleur sans appeler personne.</translation>
    </message>
    <message>
        <source>Hear yourself</source>
        <translation>S’entendre</translation>
    </message>
    <message>
        <source>Record 3 s and play back</source>
        <translation>Enregistrer 3 s et réécouter</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Echo cancellation</source>
        <translation>Annulation d’écho</translation>
    </message>
    <message>
        <source>Noise suppression</source>
        <translation>Réduction du bruit</translation>
    </message>
    <message>
        <source>Ringtone</source>
        <translation>Sonnerie</translation>
    </message>
    <message>
        <source>Ring for incoming calls</source>
        <translation>Sonner pour les appels entrants</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Ringtone volume</source>
        <translation>Volume de la sonnerie</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Par défaut du système</translation>
    </message>
    <message>
        <source>%s (not connected)</source>
        <translation>%s (non connecté)</translation>
    </message>
    <message>
        <source>No sound: %s.</source>
        <translation>Pas de son : %s.</translation>
    </message>
    <message>
        <source>A missing device is replaced by the system default until it is back.</source>
        <translation>Un périphérique absent est remplacé par celui du système jusqu’à son retour.</translation>
    </message>
    <message>
        <source>The sound test cannot start: %s.</source>
        <translation>Le test du son ne peut pas démarrer : %s.</translation>
    </message>
    <message>
        <source>Speak: you should hear yourself. Use headphones to avoid feedback.</source>
        <translation>Parlez : vous devriez vous entendre. Utilisez un casque pour éviter l’effet Larsen.</translation>
    </message>
    <message>
        <source>Loopback stopped.</source>
        <translation>Retour du son arrêté.</translation>
    </message>
    <message>
        <source>Recording for 3 seconds: say something…</source>
        <translation>Enregistrement pendant 3 secondes : dites quelque chose…</translation>
    </message>
    <message>
        <source>Playing back what was recorded…</source>
        <translation>Lecture de l’enregistrement…</translation>
    </message>
    <message>
        <source>Done. If you heard your voice, your microphone and speaker work.</source>
        <translation>Terminé. Si vous avez entendu votre voix, le microphone et le haut-parleur marchent.</translation>
    </message>
    <message>
        <source>The microphone heard nothing: check it is connected and not muted.</source>
        <translation>Le microphone n’a rien capté : vérifiez qu’il est branché et non coupé.</translation>
    </message>
</context>
<context>
    <name>CallHistoryModel</name>
    <message>
        <source>Missed: you were on Do not disturb</source>
        <translation>Manqué : vous étiez en Ne pas déranger</translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation>Appel manqué</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>%s, not answered</source>
        <translation>%s, sans réponse</translation>
    </message>
    <message>
        <source>Missed call from %s while on Do not disturb</source>
        <translation>Appel manqué de %s pendant Ne pas déranger</translation>
    </message>
    <message>
        <source>Missed call from %s</source>
        <translation>Appel manqué de %s</translation>
    </message>
    <message>
        <source>Incoming call from %s</source>
        <translation>Appel entrant de %s</translation>
    </message>
    <message>
        <source>Outgoing call to %s</source>
        <translation>Appel sortant vers %s</translation>
    </message>
</context>
<context>
    <name>CallOutcome</name>
    <message>
        <source>Call ended</source>
        <translation>Appel terminé</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Connexion perdue</translation>
    </message>
    <message>
        <source>Number not found</source>
        <translation>Numéro introuvable</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Not reachable right now</source>
        <translation>Injoignable pour le moment</translation>
    </message>
    <message>
        <source>Incomplete number</source>
        <translation>Numéro incomplet</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>No sound format in common</source>
        <translation>Aucun format audio en commun</translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation>Service indisponible</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Can&apos;t reach the server</source>
        <translation>Serveur injoignable</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refusé par le serveur</translation>
    </message>
    <message>
        <source>Missed: you were on Do not disturb</source>
        <translation>Manqué : vous étiez en Ne pas déranger</translation>
    </message>
    <message>
        <source>Call failed (%1)</source>
        <translation>Échec de l’appel (%1)</translation>
    </message>
</context>
<context>
    <name>CallQuality</name>
    <message>
        <source>Good sound</source>
        <translation>Son de bonne qualité</translation>
    </message>
    <message>
        <source>Fair sound</source>
        <translation>Son moyen</translation>
    </message>
    <message>
        <source>Poor sound</source>
        <translation>Son médiocre</translation>
    </message>
</context>
<context>
    <name>CallQualityMark</name>
    <message>
        <source>%s %s kHz · jitter %s ms · loss %s%% / %s%% · RTT %s ms</source>
        <translation>%s %s kHz · gigue %s ms · pertes %s %% / %s %% · RTT %s ms</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Codec, jitter, packet loss and round-trip time</source>
        <translation>Codec, gigue, perte de paquets et temps aller-retour</translation>
    </message>
</context>
<context>
    <name>CallWindows</name>
    <message>
        <source>Recording needs a profile folder.</source>
        <translation>L’enregistrement nécessite un dossier de profil.</translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <source>Delete every call from the history?</source>
        <translation>Supprimer tous les appels de l’historique ?</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Effacer l’historique</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Historique des appels</translation>
    </message>
    <message>
        <source>Missed only</source>
        <translation>Manqués seulement</translation>
    </message>
    <message>
        <source>Show only missed calls, or every call</source>
        <translation>Afficher seulement les appels manqués, ou tous les appels</translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation>Effacer…</translation>
    </message>
    <message>
        <source>Delete every call from the history</source>
        <translation>Supprimer tous les appels de l’historique</translation>
    </message>
    <message>
        <source>No missed calls</source>
        <translation>Aucun appel manqué</translation>
    </message>
    <message>
        <source>Calls you missed will be listed here.</source>
        <translation>Les appels que vous avez manqués apparaîtront ici.</translation>
    </message>
    <message>
        <source>No calls yet</source>
        <translation>Aucun appel pour l’instant</translation>
    </message>
    <message>
        <source>Calls you make and receive will be listed here.</source>
        <translation>Les appels passés et reçus apparaîtront ici.</translation>
    </message>
    <message>
        <source>Double-click a call, or press Enter, to call back. Right-click for more.</source>
        <translation>Double-cliquez sur un appel, ou appuyez sur Entrée, pour rappeler. Clic droit pour plus d’options.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>Envoyer un message</translation>
    </message>
    <message>
        <source>Add to contacts</source>
        <translation>Ajouter aux contacts</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Copier le numéro</translation>
    </message>
    <message>
        <source>Delete from history</source>
        <translation>Supprimer de l’historique</translation>
    </message>
</context>
<context>
    <name>CallsSection</name>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Codecs</source>
        <translation>Codecs</translation>
    </message>
    <message>
        <source>Offered to the other side in this order; untick a codec to never use it.</source>
        <translation>Proposés à l’autre côté dans cet ordre ; décochez un codec pour ne jamais l’utiliser.</translation>
    </message>
    <message>
        <source>The codecs are listed once the call engine runs.</source>
        <translation>Les codecs s’affichent une fois le moteur d’appel démarré.</translation>
    </message>
    <message>
        <source>Codec order</source>
        <translation>Ordre des codecs</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>Pendant les appels</translation>
    </message>
    <message>
        <source>Keypad tones</source>
        <translation>Tonalités du clavier</translation>
    </message>
    <message>
        <source>In the audio (RFC 4733)</source>
        <translation>Dans l’audio (RFC 4733)</translation>
    </message>
    <message>
        <source>As SIP INFO messages</source>
        <translation>En messages SIP INFO</translation>
    </message>
    <message>
        <source>Home country</source>
        <translation>Pays de résidence</translation>
    </message>
    <message>
        <source>From my number, else the system&apos;s language</source>
        <translation>Selon mon numéro, sinon la langue du système</translation>
    </message>
    <message>
        <source>Call a clicked phone link at once (no dial pad)</source>
        <translation>Appeler aussitôt un lien téléphonique cliqué (sans le clavier)</translation>
    </message>
    <message>
        <source>Clicked links follow this choice from the next start.</source>
        <translation>Les liens cliqués suivent ce choix à partir du prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>CameraProblem</name>
    <message>
        <source>No camera was found.</source>
        <translation>Aucune caméra n’a été trouvée.</translation>
    </message>
    <message>
        <source>The camera was not found. Is it still plugged in?</source>
        <translation>La caméra est introuvable. Est-elle toujours branchée ?</translation>
    </message>
    <message>
        <source>The camera is in use by another app. Close that app, then turn the camera on.</source>
        <translation>La caméra est utilisée par une autre application. Fermez-la, puis allumez la caméra.</translation>
    </message>
    <message>
        <source>Allow Jego to use the camera in System Settings › Privacy &amp; Security › Camera.</source>
        <translation>Autorisez Jego à utiliser la caméra dans Réglages Système › Confidentialité et sécurité › Caméra.</translation>
    </message>
    <message>
        <source>Allow desktop apps to use the camera in Settings › Privacy &amp; security › Camera.</source>
        <translation>Autorisez les applications de bureau à utiliser la caméra dans Paramètres › Confidentialité et sécurité › Caméra.</translation>
    </message>
    <message>
        <source>Jego may not use the camera (permission denied).</source>
        <translation>Jego n’a pas le droit d’utiliser la caméra (permission refusée).</translation>
    </message>
    <message>
        <source>The camera offers no picture size Jego can use.</source>
        <translation>La caméra ne propose aucune taille d’image utilisable par Jego.</translation>
    </message>
    <message>
        <source>The camera did not open (%1).</source>
        <translation>La caméra ne s’est pas ouverte (%1).</translation>
    </message>
    <message>
        <source>%1 The other side does not see you; you still see them.</source>
        <translation>%1 Votre correspondant ne vous voit pas ; vous le voyez toujours.</translation>
    </message>
</context>
<context>
    <name>ChatAttachments</name>
    <message>
        <source>%1 was not forwarded: it is no longer on this computer.</source>
        <translation>%1 n’a pas été transféré : il n’est plus sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>ChatGroups</name>
    <message>
        <source>You left this group.</source>
        <translation>Vous avez quitté ce groupe.</translation>
    </message>
    <message>
        <source>You were removed from this group.</source>
        <translation>Vous ne faites plus partie de ce groupe.</translation>
    </message>
    <message>
        <source>Leave group</source>
        <translation>Quitter le groupe</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>ChatText</name>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation>dddd d MMMM</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Pas encore de message</translation>
    </message>
    <message>
        <source>Message taken back</source>
        <translation>Message retiré</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Vous : %1</translation>
    </message>
</context>
<context>
    <name>ChatsPage</name>
    <message>
        <source>This conversation cannot be opened: %1</source>
        <translation>Impossible d’ouvrir cette discussion : %1</translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation>Le message n’a pas été envoyé : %1</translation>
    </message>
    <message>
        <source>This message cannot be taken back any more.</source>
        <translation>Ce message ne peut plus être retiré.</translation>
    </message>
    <message>
        <source>The message could not be taken back: the other phone was not reached.</source>
        <translation>Le message n’a pas pu être retiré : l’autre téléphone n’a pas été joint.</translation>
    </message>
    <message>
        <source>The message was taken back, but it could not be removed from this computer. Please take it back again.</source>
        <translation>Le message a été retiré, mais il n’a pas pu être effacé de cet ordinateur. Veuillez le retirer à nouveau.</translation>
    </message>
    <message>
        <source>The message was not forwarded: %1</source>
        <translation>Le message n’a pas été transféré : %1</translation>
    </message>
    <message>
        <source>Delete this message from this computer? The other person keeps their copy.</source>
        <translation>Supprimer ce message de cet ordinateur ? Votre correspondant garde sa copie.</translation>
    </message>
    <message>
        <source>Delete this whole conversation from this computer? The other person keeps their copy.</source>
        <translation>Supprimer toute cette discussion de cet ordinateur ? Votre correspondant garde sa copie.</translation>
    </message>
    <message>
        <source>Delete conversation…</source>
        <translation>Supprimer la discussion…</translation>
    </message>
    <message>
        <source>Conversation deleted</source>
        <translation>Discussion supprimée</translation>
    </message>
    <message>
        <source>Message deleted</source>
        <translation>Message supprimé</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <source>New chat (Ctrl+N)</source>
        <translation>Nouvelle discussion (Ctrl+N)</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>New group (Ctrl+Shift+N)</source>
        <translation>Nouveau groupe (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <source>Search messages (Ctrl+K)</source>
        <translation>Rechercher dans les messages (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Rechercher dans les messages</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>No messages found</source>
        <translation>Aucun message trouvé</translation>
    </message>
    <message>
        <source>No conversations yet.
Press Ctrl+N to write to a number or SIP address,
or Ctrl+Shift+N to start a group.</source>
        <translation>Aucune discussion pour l’instant.
Appuyez sur Ctrl+N pour écrire à un numéro ou une adresse SIP,
ou sur Ctrl+Maj+N pour créer un groupe.</translation>
    </message>
    <message>
        <source>Or start a new one with Ctrl+N, or a group with Ctrl+Shift+N.</source>
        <translation>Ou commencez-en une nouvelle avec Ctrl+N, ou un groupe avec Ctrl+Maj+N.</translation>
    </message>
    <message>
        <source>Choose a conversation</source>
        <translation>Choisissez une discussion</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Send a file</source>
        <translation>Envoyer un fichier</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>Écrire un message…</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>Insert an emoji</source>
        <translation>Insérer un émoji</translation>
    </message>
    <message>
        <source>Record a voice message</source>
        <translation>Enregistrer un message vocal</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Envoyer (Entrée)</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <source>SIP address</source>
        <translation>Adresse SIP</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Send a message to %s</source>
        <translation>Envoyer un message à %s</translation>
    </message>
    <message>
        <source>Video call with %s</source>
        <translation>Appel vidéo avec %s</translation>
    </message>
    <message>
        <source>Call %s</source>
        <translation>Appeler %s</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Appel vidéo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favori</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Export as vCard…</source>
        <translation>Exporter en vCard…</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Supprimer le contact</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>SIP address</source>
        <translation>Adresse SIP</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favori</translation>
    </message>
    <message>
        <source>Add a number</source>
        <translation>Ajouter un numéro</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>Un contact doit avoir un nom.</translation>
    </message>
    <message>
        <source>This is not a valid SIP address.</source>
        <translation>Ce n’est pas une adresse SIP valide.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>Ce n’est pas une adresse e-mail valide.</translation>
    </message>
</context>
<context>
    <name>ContactsDelegate</name>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>away</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>occupé</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Favourites</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Tous les contacts</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>The contact could not be saved: %s</source>
        <translation>Le contact n’a pas pu être enregistré : %s</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <source>Delete %s from your contacts?</source>
        <translation>Supprimer %s de vos contacts ?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Rien n’a été importé depuis %1 : %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Contacts imported: %s</source>
        <translation>Contacts importés : %s</translation>
    </message>
    <message>
        <source>Importing contacts from %1…</source>
        <translation>Importation des contacts depuis %1…</translation>
    </message>
    <message>
        <source>Contacts exported: %s</source>
        <translation>Contacts exportés : %s</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Fichiers vCard (*.vcf)</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exporter des contacts</translation>
    </message>
    <message>
        <source>No contact found</source>
        <translation>Aucun contact trouvé</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Aucun contact pour l’instant</translation>
    </message>
    <message>
        <source>No name or number matches your search.</source>
        <translation>Aucun nom ni numéro ne correspond à votre recherche.</translation>
    </message>
    <message>
        <source>Add the people you call and write to, or import a vCard file.</source>
        <translation>Ajoutez les personnes que vous appelez et à qui vous écrivez, ou importez une vCard.</translation>
    </message>
    <message>
        <source>Choose a contact</source>
        <translation>Choisissez un contact</translation>
    </message>
    <message>
        <source>Their numbers and notes will show here.</source>
        <translation>Ses numéros et notes s’afficheront ici.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Import vCard…</source>
        <translation>Importer une vCard…</translation>
    </message>
    <message>
        <source>Export all as vCard…</source>
        <translation>Tout exporter en vCard…</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Rechercher un contact</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>Last message not sent</source>
        <translation>Dernier message non envoyé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>ConversationListDelegate</name>
    <message>
        <source>typing…</source>
        <translation>écrit…</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <source>Forward…</source>
        <translation>Transférer…</translation>
    </message>
    <message>
        <source>Delete for me…</source>
        <translation>Supprimer pour moi…</translation>
    </message>
    <message>
        <source>Take back (only in the first 2 minutes)</source>
        <translation>Retirer (seulement dans les 2 premières minutes)</translation>
    </message>
    <message>
        <source>Take back (their phone cannot be told)</source>
        <translation>Retirer (son téléphone ne le permet pas)</translation>
    </message>
    <message>
        <source>Take back (not sent: delete it instead)</source>
        <translation>Retirer (non envoyé : supprimez-le plutôt)</translation>
    </message>
    <message>
        <source>Take back (not connected)</source>
        <translation>Retirer (non connecté)</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Retirer le message</translation>
    </message>
    <message>
        <source>yourself</source>
        <translation>vous-même</translation>
    </message>
    <message>
        <source>typing…</source>
        <translation>écrit…</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Appel vidéo</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
</context>
<context>
    <name>DatabaseProblem</name>
    <message>
        <source>SQLite %1 is too old; %2 or newer is needed</source>
        <translation>SQLite %1 est trop ancien ; il faut la version %2 ou plus récente</translation>
    </message>
    <message>
        <source>the database is closed</source>
        <translation>la base de données est fermée</translation>
    </message>
    <message>
        <source>the database could not be written: %1</source>
        <translation>impossible d’écrire dans la base de données : %1</translation>
    </message>
    <message>
        <source>the database could not be read: %1</source>
        <translation>impossible de lire la base de données : %1</translation>
    </message>
    <message>
        <source>cannot use write-ahead logging for %1 (journal mode %2)</source>
        <translation>impossible d’utiliser la journalisation anticipée pour %1 (mode de journal %2)</translation>
    </message>
    <message>
        <source>the account %1 exists</source>
        <translation>le compte %1 existe déjà</translation>
    </message>
</context>
<context>
    <name>DialPadModel</name>
    <message>
        <source>Unknown country code.</source>
        <translation>Indicatif de pays inconnu.</translation>
    </message>
    <message>
        <source>Too many digits for a phone number.</source>
        <translation>Trop de chiffres pour un numéro de téléphone.</translation>
    </message>
    <message>
        <source>Type a number or a SIP address first.</source>
        <translation>Saisissez d’abord un numéro ou une adresse SIP.</translation>
    </message>
    <message>
        <source>This is not a valid SIP address.</source>
        <translation>Ce n’est pas une adresse SIP valide.</translation>
    </message>
    <message>
        <source>Bind your number in Settings to call a name, or type name@server.</source>
        <translation>Liez votre numéro dans les Réglages pour appeler un nom, ou tapez nom@serveur.</translation>
    </message>
    <message>
        <source>Not a number or a name: type a number or name@server.</source>
        <translation>Ni un numéro ni un nom : tapez un numéro ou nom@serveur.</translation>
    </message>
    <message>
        <source>Bind your number in Settings to call phone numbers.</source>
        <translation>Liez votre numéro dans les Réglages pour appeler des numéros de téléphone.</translation>
    </message>
    <message>
        <source>This is not a valid phone number.</source>
        <translation>Ce n’est pas un numéro de téléphone valide.</translation>
    </message>
</context>
<context>
    <name>DialPadPage</name>
    <message>
        <source>Extension %s will be dialled once answered</source>
        <translation>Le poste %s sera composé une fois l’appel décroché</translation>
    </message>
    <message>
        <source>Dial pad</source>
        <translation>Clavier</translation>
    </message>
    <message>
        <source>Number or name</source>
        <translation>Numéro ou nom</translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation>Numéro à appeler</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>Envoyer un message</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Appel vidéo</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Call the last number again</source>
        <translation>Rappeler le dernier numéro</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Redial</source>
        <translation>Rappel</translation>
    </message>
</context>
<context>
    <name>DtmfFailures</name>
    <message>
        <source>The other side refused the keypad tones “%1” (%2).</source>
        <translation>Le correspondant a refusé les tonalités du clavier «&#xa0;%1&#xa0;» (%2).</translation>
    </message>
    <message>
        <source>The keypad tones “%1” could not be sent: this call carries none.</source>
        <translation>Les tonalités «&#xa0;%1&#xa0;» n’ont pas pu être envoyées&#xa0;: cet appel n’en transmet aucune.</translation>
    </message>
</context>
<context>
    <name>EngineProblem</name>
    <message>
        <source>the call engine failed to start: %1</source>
        <translation>le moteur d’appel n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>the video connection failed</source>
        <translation>la connexion vidéo a échoué</translation>
    </message>
    <message>
        <source>nothing from the video peer for %1 s</source>
        <translation>rien reçu du correspondant vidéo depuis %1 s</translation>
    </message>
    <message>
        <source>Your message database was damaged and has been set aside as %1; a new one was started.</source>
        <translation>Votre base de messages était endommagée : elle a été mise de côté sous le nom %1 et une nouvelle a été créée.</translation>
    </message>
</context>
<context>
    <name>EventNotifications</name>
    <message>
        <source>Incoming call</source>
        <translation>Appel entrant</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>File: %s</source>
        <translation>Fichier : %s</translation>
    </message>
</context>
<context>
    <name>FileTransferProblem</name>
    <message>
        <source>The file changed while it was being sent.</source>
        <translation>Le fichier a changé pendant son envoi.</translation>
    </message>
    <message>
        <source>This file is end-to-end encrypted, which is not supported.</source>
        <translation>Ce fichier est chiffré de bout en bout, ce qui n’est pas pris en charge.</translation>
    </message>
    <message>
        <source>No file-transfer server is set for this account.</source>
        <translation>Aucun serveur de transfert de fichiers n’est défini pour ce compte.</translation>
    </message>
    <message>
        <source>The file-transfer server address %1 is not an http(s) address.</source>
        <translation>L’adresse du serveur de transfert de fichiers %1 n’est pas une adresse http(s).</translation>
    </message>
</context>
<context>
    <name>FileTransfers</name>
    <message>
        <source>The transfer failed (%1).</source>
        <translation>Le transfert a échoué (%1).</translation>
    </message>
</context>
<context>
    <name>FilesSection</name>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>File-transfer server</source>
        <translation>Serveur de transfert de fichiers</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>File-transfer server address</source>
        <translation>Adresse du serveur de transfert de fichiers</translation>
    </message>
    <message>
        <source>Pictures, voice messages and files are sent through it. Empty: none are sent.</source>
        <translation>Les images, messages vocaux et fichiers passent par lui. Vide : rien n’est envoyé.</translation>
    </message>
    <message>
        <source>Voice messages</source>
        <translation>Messages vocaux</translation>
    </message>
    <message>
        <source>Send them as</source>
        <translation>Les envoyer en</translation>
    </message>
    <message>
        <source>Ogg Opus — standard</source>
        <translation>Ogg Opus — standard</translation>
    </message>
    <message>
        <source>Matroska — for Linphone</source>
        <translation>Matroska — pour Linphone</translation>
    </message>
    <message>
        <source>Voice message format</source>
        <translation>Format des messages vocaux</translation>
    </message>
    <message>
        <source>Linphone plays only Matroska voice messages; most other apps want Ogg.</source>
        <translation>Linphone ne lit que les messages vocaux Matroska ; la plupart des autres applications attendent de l’Ogg.</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>Download by itself up to</source>
        <translation>Télécharger automatiquement jusqu’à</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Automatic download size limit</source>
        <translation>Taille maximale du téléchargement automatique</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <source>Forward to…</source>
        <translation>Transférer à…</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <source>Or a number, name or name@server</source>
        <translation>Ou un numéro, un nom ou nom@serveur</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Transférer</translation>
    </message>
</context>
<context>
    <name>GroupEvents</name>
    <message>
        <source>%1 created the group “%2”</source>
        <translation>%1 a créé le groupe « %2 »</translation>
    </message>
    <message>
        <source>%1 created the group</source>
        <translation>%1 a créé le groupe</translation>
    </message>
    <message>
        <source>%1 renamed the group to “%2”</source>
        <translation>%1 a renommé le groupe « %2 »</translation>
    </message>
    <message>
        <source>%1 added %3</source>
        <translation>%1 a ajouté %3</translation>
    </message>
    <message>
        <source>%1 removed %3</source>
        <translation>%1 a retiré %3</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 a quitté le groupe</translation>
    </message>
    <message>
        <source>The group changed</source>
        <translation>Le groupe a changé</translation>
    </message>
    <message>
        <source>You created the group “%2”</source>
        <translation>Vous avez créé le groupe « %2 »</translation>
    </message>
    <message>
        <source>You created the group</source>
        <translation>Vous avez créé le groupe</translation>
    </message>
    <message>
        <source>You renamed the group to “%2”</source>
        <translation>Vous avez renommé le groupe « %2 »</translation>
    </message>
    <message>
        <source>You added %3</source>
        <translation>Vous avez ajouté %3</translation>
    </message>
    <message>
        <source>You removed %3</source>
        <translation>Vous avez retiré %3</translation>
    </message>
    <message>
        <source>You left the group</source>
        <translation>Vous avez quitté le groupe</translation>
    </message>
    <message>
        <source>%1 added you</source>
        <translation>%1 vous a ajouté au groupe</translation>
    </message>
    <message>
        <source>%1 removed you</source>
        <translation>%1 vous a retiré du groupe</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 and 1 other</source>
        <translation>%1 et 1 autre</translation>
    </message>
    <message>
        <source>%1 and %2 others</source>
        <translation>%1 et %2 autres</translation>
    </message>
</context>
<context>
    <name>GroupMembersDialog</name>
    <message>
        <source>Group name</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Add members</source>
        <translation>Ajouter des membres</translation>
    </message>
    <message>
        <source>Leave group</source>
        <translation>Quitter le groupe</translation>
    </message>
    <message>
        <source>Leave “%1”? You will no longer get its messages, and someone in it has to add you again to come back.</source>
        <translation>Quitter « %1 » ? Vous ne recevrez plus ses messages, et il faudra qu’un membre vous ajoute à nouveau pour revenir.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
</context>
<context>
    <name>GroupTexts</name>
    <message>
        <source>Give the group a name.</source>
        <translation>Donnez un nom au groupe.</translation>
    </message>
    <message>
        <source>A group name has at most %1 characters.</source>
        <translation>Un nom de groupe a au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Add at least one member.</source>
        <translation>Ajoutez au moins un membre.</translation>
    </message>
    <message>
        <source>A group has at most %1 other members.</source>
        <translation>Un groupe compte au plus %1 autres membres.</translation>
    </message>
    <message>
        <source>Not a number or SIP address: %1</source>
        <translation>Ni un numéro ni une adresse SIP : %1</translation>
    </message>
    <message>
        <source>Not a number or SIP address.</source>
        <translation>Ni un numéro ni une adresse SIP.</translation>
    </message>
    <message>
        <source>You are no longer a member of this group.</source>
        <translation>Vous n’êtes plus membre de ce groupe.</translation>
    </message>
    <message>
        <source>The change could not be saved. Please try again.</source>
        <translation>La modification n’a pas pu être enregistrée. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Some members&apos; phones cannot take part in a group.</source>
        <translation>Le téléphone de certains membres ne peut pas participer à un groupe.</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 membre</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 membres</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Delivered to %1 of %2</source>
        <translation>Remis à %1 sur %2</translation>
    </message>
    <message>
        <source>read by %1</source>
        <translation>lu par %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu’un</translation>
    </message>
</context>
<context>
    <name>HistoryDelegate</name>
    <message>
        <source>Call back</source>
        <translation>Rappeler</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>Envoyer un message</translation>
    </message>
</context>
<context>
    <name>InCallWindow</name>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Muet</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Keypad</source>
        <translation>Clavier</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <source>Merge calls</source>
        <translation>Fusionner les appels</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Raccrocher</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Call ended · %s</source>
        <translation>Appel terminé · %s</translation>
    </message>
    <message>
        <source>Call with %s</source>
        <translation>Appel avec %s</translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>Appel en cours…</translation>
    </message>
    <message>
        <source>Ringing…</source>
        <translation>Ça sonne…</translation>
    </message>
    <message>
        <source>Incoming call…</source>
        <translation>Appel entrant…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>On hold · %s</source>
        <translation>En attente · %s</translation>
    </message>
    <message>
        <source>Held by the other side · %s</source>
        <translation>Mis en attente par l’autre côté · %s</translation>
    </message>
    <message>
        <source>Extension %s dialled</source>
        <translation>Poste %s composé</translation>
    </message>
    <message>
        <source>Dialling extension %s…</source>
        <translation>Composition du poste %s…</translation>
    </message>
    <message>
        <source>Extension %s will be dialled</source>
        <translation>Le poste %s sera composé</translation>
    </message>
    <message>
        <source>%s (ringing)</source>
        <translation>%s (sonne)</translation>
    </message>
    <message>
        <source>%s (on hold)</source>
        <translation>%s (en attente)</translation>
    </message>
    <message>
        <source>Also on the line: %s</source>
        <translation>Également en ligne : %s</translation>
    </message>
    <message>
        <source>Transfer the call</source>
        <translation>Transférer l’appel</translation>
    </message>
    <message>
        <source>Number or SIP address to transfer the call to:</source>
        <translation>Numéro ou adresse SIP vers lequel transférer l’appel :</translation>
    </message>
</context>
<context>
    <name>IncomingCallDialog</name>
    <message>
        <source>Incoming call</source>
        <translation>Appel entrant</translation>
    </message>
    <message>
        <source>Incoming call…</source>
        <translation>Appel entrant…</translation>
    </message>
    <message>
        <source>Decline the call</source>
        <translation>Refuser l’appel</translation>
    </message>
    <message>
        <source>Answer the call</source>
        <translation>Répondre à l’appel</translation>
    </message>
    <message>
        <source>Incoming call from %s</source>
        <translation>Appel entrant de %s</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Répondre</translation>
    </message>
</context>
<context>
    <name>InvitationBanner</name>
    <message>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>1 more invitation</source>
        <translation>1 autre invitation</translation>
    </message>
    <message>
        <source>%1 more invitations</source>
        <translation>%1 autres invitations</translation>
    </message>
    <message>
        <source>%1 added you to “%2”</source>
        <translation>%1 vous a ajouté à « %2 »</translation>
    </message>
    <message>
        <source>They are not in your contacts. Nothing of this group is shown and nothing is sent until you join.</source>
        <translation>Cette personne n’est pas dans vos contacts. Rien de ce groupe n’est affiché ni envoyé tant que vous ne l’avez pas rejoint.</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Star</source>
        <translation>Étoile</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Dièse</translation>
    </message>
    <message>
        <source>Hold for +</source>
        <translation>Maintenir pour +</translation>
    </message>
</context>
<context>
    <name>KeyringProblem</name>
    <message>
        <source>no keyring backend is available on this system</source>
        <translation>aucun trousseau n’est disponible sur ce système</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No number yet</source>
        <translation>Pas encore de numéro</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Aucune conversation pour l’instant</translation>
    </message>
    <message>
        <source>Messages to and from your contacts will appear here.</source>
        <translation>Les messages échangés avec vos contacts apparaîtront ici.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Aucun contact pour l’instant</translation>
    </message>
    <message>
        <source>Add the people you call and write to.</source>
        <translation>Ajoutez les personnes que vous appelez et à qui vous écrivez.</translation>
    </message>
    <message>
        <source>Dial pad</source>
        <translation>Clavier</translation>
    </message>
    <message>
        <source>Call any phone</source>
        <translation>Appelez n’importe quel téléphone</translation>
    </message>
    <message>
        <source>Landlines and mobiles, at home and abroad.</source>
        <translation>Fixes et mobiles, au pays et à l’étranger.</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>No calls yet</source>
        <translation>Aucun appel pour l’instant</translation>
    </message>
    <message>
        <source>Calls you make and receive will be listed here.</source>
        <translation>Les appels passés et reçus apparaîtront ici.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Bind your number</source>
        <translation>Liez votre numéro</translation>
    </message>
    <message>
        <source>Register your mobile number with your operator&apos;s service to start.</source>
        <translation>Enregistrez votre numéro mobile auprès du service de votre opérateur pour commencer.</translation>
    </message>
</context>
<context>
    <name>MemberEntry</name>
    <message>
        <source>Add a member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>Number, name or name@server</source>
        <translation>Numéro, nom ou nom@serveur</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>Not sent. Click to retry</source>
        <translation>Non envoyé. Cliquez pour réessayer</translation>
    </message>
    <message>
        <source>Not sent (%1). Click to retry</source>
        <translation>Non envoyé (%1). Cliquez pour réessayer</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Still not sent (%1). Click to retry</source>
        <translation>Toujours pas envoyé (%1). Cliquez pour réessayer</translation>
    </message>
    <message>
        <source>Still not sent. Click to retry</source>
        <translation>Toujours pas envoyé. Cliquez pour réessayer</translation>
    </message>
    <message>
        <source>Sending %1%</source>
        <translation>Envoi : %1 %</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <source>Downloading %1%</source>
        <translation>Téléchargement : %1 %</translation>
    </message>
    <message>
        <source>Failed. Click to try again</source>
        <translation>Échec. Cliquez pour réessayer</translation>
    </message>
    <message>
        <source>No longer on the server</source>
        <translation>N’est plus sur le serveur</translation>
    </message>
    <message>
        <source>Click to download from %1</source>
        <translation>Cliquez pour télécharger depuis %1</translation>
    </message>
    <message>
        <source>Click to download</source>
        <translation>Cliquez pour télécharger</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Click to open</source>
        <translation>Cliquez pour ouvrir</translation>
    </message>
</context>
<context>
    <name>MessageFailure</name>
    <message>
        <source>could not be sent</source>
        <translation>n’a pas pu être envoyé</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>refusé par le serveur</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>utilisateur inconnu</translation>
    </message>
    <message>
        <source>no answer (timed out)</source>
        <translation>pas de réponse (délai dépassé)</translation>
    </message>
    <message>
        <source>too large for the server</source>
        <translation>trop volumineux pour le serveur</translation>
    </message>
    <message>
        <source>the recipient cannot show this kind of message</source>
        <translation>le destinataire ne peut pas afficher ce type de message</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>occupé</translation>
    </message>
    <message>
        <source>not accepted by the recipient</source>
        <translation>refusé par le destinataire</translation>
    </message>
    <message>
        <source>service unavailable</source>
        <translation>service indisponible</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>server unreachable</source>
        <translation>serveur injoignable</translation>
    </message>
    <message>
        <source>the account was removed before the server answered</source>
        <translation>le compte a été retiré avant la réponse du serveur</translation>
    </message>
    <message>
        <source>the account is not set up</source>
        <translation>le compte n’est pas configuré</translation>
    </message>
    <message>
        <source>could not be sent: %1</source>
        <translation>n’a pas pu être envoyé : %1</translation>
    </message>
    <message>
        <source>the recipient could not take it (%1)</source>
        <translation>le destinataire n’a pas pu le recevoir (%1)</translation>
    </message>
    <message>
        <source>the message has %1 bytes; at most %2 can be stored</source>
        <translation>le message fait %1 octets ; au plus %2 peuvent être enregistrés</translation>
    </message>
    <message>
        <source>you are no longer a member of this group</source>
        <translation>vous ne faites plus partie de ce groupe</translation>
    </message>
    <message>
        <source>not sent to %1</source>
        <translation>non envoyé à %1</translation>
    </message>
</context>
<context>
    <name>MyStatus</name>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Ne pas déranger</translation>
    </message>
    <message>
        <source>Invisible</source>
        <translation>Invisible</translation>
    </message>
    <message>
        <source>Your contacts see you online.</source>
        <translation>Vos contacts vous voient en ligne.</translation>
    </message>
    <message>
        <source>Your contacts see you away; calls still ring.</source>
        <translation>Vos contacts vous voient absent ; les appels sonnent toujours.</translation>
    </message>
    <message>
        <source>Calls are declined as busy and listed as missed.</source>
        <translation>Les appels sont refusés (occupé) et notés comme manqués.</translation>
    </message>
    <message>
        <source>You appear offline; calls and messages still reach you.</source>
        <translation>Vous apparaissez hors ligne ; appels et messages vous parviennent toujours.</translation>
    </message>
</context>
<context>
    <name>MyStatusButton</name>
    <message>
        <source>No number yet</source>
        <translation>Pas encore de numéro</translation>
    </message>
    <message>
        <source>Bind your number to be reachable; then your status shows here.</source>
        <translation>Liez votre numéro pour être joignable ; votre statut s&apos;affichera alors ici.</translation>
    </message>
    <message>
        <source>My status: %s</source>
        <translation>Mon statut : %s</translation>
    </message>
</context>
<context>
    <name>NatFields</name>
    <message>
        <source>STUN server</source>
        <translation>Serveur STUN</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Use ICE to find a path for the sound (recommended)</source>
        <translation>Utiliser ICE pour trouver un chemin pour le son (recommandé)</translation>
    </message>
    <message>
        <source>TURN relay server</source>
        <translation>Serveur relais TURN</translation>
    </message>
    <message>
        <source>TURN transport</source>
        <translation>Transport TURN</translation>
    </message>
    <message>
        <source>TURN user name</source>
        <translation>Nom d’utilisateur TURN</translation>
    </message>
    <message>
        <source>Keep-alive every</source>
        <translation>Maintien toutes les</translation>
    </message>
    <message>
        <source>Keep-alive interval in seconds</source>
        <translation>Intervalle de maintien de connexion en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Filled in from your operator&apos;s settings when it provides them. These apply to every account, after a restart; the TURN password is set in Settings &gt; Network &amp; security.</source>
        <translation>Remplis d’après les réglages de votre opérateur quand il les fournit. Ils valent pour tous les comptes, après un redémarrage ; le mot de passe TURN se règle dans Réglages &gt; Réseau et sécurité.</translation>
    </message>
</context>
<context>
    <name>NetworkSection</name>
    <message>
        <source>The keyring refused the password; it is not saved.</source>
        <translation>Le trousseau a refusé le mot de passe ; il n’est pas enregistré.</translation>
    </message>
    <message>
        <source>Saved in the keyring</source>
        <translation>Enregistré dans le trousseau</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Network &amp; security</source>
        <translation>Réseau et sécurité</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Listen on address</source>
        <translation>Écouter sur l’adresse</translation>
    </message>
    <message>
        <source>Every network interface</source>
        <translation>Toutes les interfaces réseau</translation>
    </message>
    <message>
        <source>Crossing routers (NAT)</source>
        <translation>Traversée des routeurs (NAT)</translation>
    </message>
    <message>
        <source>STUN server</source>
        <translation>Serveur STUN</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Use ICE to find a path for the sound (recommended)</source>
        <translation>Utiliser ICE pour trouver un chemin pour le son (recommandé)</translation>
    </message>
    <message>
        <source>TURN relay server</source>
        <translation>Serveur relais TURN</translation>
    </message>
    <message>
        <source>TURN transport</source>
        <translation>Transport TURN</translation>
    </message>
    <message>
        <source>TURN user name</source>
        <translation>Nom d’utilisateur TURN</translation>
    </message>
    <message>
        <source>TURN password</source>
        <translation>Mot de passe TURN</translation>
    </message>
    <message>
        <source>Keep-alive every</source>
        <translation>Maintien toutes les</translation>
    </message>
    <message>
        <source>Keep-alive interval in seconds</source>
        <translation>Intervalle de maintien de connexion en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Use the public address the server sees (for home routers)</source>
        <translation>Utiliser l’adresse publique vue par le serveur (box)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Encrypted calls for new accounts</source>
        <translation>Appels chiffrés pour les nouveaux comptes</translation>
    </message>
    <message>
        <source>Check TLS servers&apos; certificates (recommended)</source>
        <translation>Vérifier les certificats des serveurs TLS (recommandé)</translation>
    </message>
    <message>
        <source>Certificate authorities</source>
        <translation>Autorités de certification</translation>
    </message>
    <message>
        <source>The system&apos;s certificates</source>
        <translation>Les certificats du système</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Fichier des autorités de certification</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>These settings take effect at the next start.</source>
        <translation>Ces réglages s’appliquent au prochain démarrage.</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificats (*.pem *.crt)</translation>
    </message>
</context>
<context>
    <name>NewChatDialog</name>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>Number, name or name@server</source>
        <translation>Numéro, nom ou nom@serveur</translation>
    </message>
    <message>
        <source>e.g. 06 12 34 56 78 or alice@example.org</source>
        <translation>p. ex. 06 12 34 56 78 ou alice@example.org</translation>
    </message>
    <message>
        <source>Open chat</source>
        <translation>Ouvrir la discussion</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <source>New group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <source>e.g. Family</source>
        <translation>p. ex. Famille</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Double-click a member, or press Delete, to remove them.</source>
        <translation>Double-cliquez sur un membre, ou appuyez sur Suppr, pour le retirer.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Add members</source>
        <translation>Ajouter des membres</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
</context>
<context>
    <name>NewGroupForm</name>
    <message>
        <source>You are in the group already.</source>
        <translation>Vous êtes déjà dans le groupe.</translation>
    </message>
    <message>
        <source>%1 is in the list already.</source>
        <translation>%1 est déjà dans la liste.</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Your history cannot be opened: %s</source>
        <translation>Votre historique ne peut pas être ouvert : %s</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1 ; %2</translation>
    </message>
    <message>
        <source>No sound: %s. Calls still connect, without audio.</source>
        <translation>Pas de son : %s. Les appels aboutissent quand même, sans audio.</translation>
    </message>
    <message>
        <source>No keyring: %s. Passwords cannot be saved; you will be asked each time.</source>
        <translation>Pas de trousseau : %s. Les mots de passe ne peuvent pas être enregistrés ; ils vous seront demandés à chaque fois.</translation>
    </message>
    <message>
        <source>No network connection.</source>
        <translation>Pas de connexion réseau.</translation>
    </message>
</context>
<context>
    <name>NumberPage</name>
    <message>
        <source>Your number</source>
        <translation>Votre numéro</translation>
    </message>
    <message>
        <source>The mobile number your operator binds to this computer, with its country code.</source>
        <translation>Le numéro de mobile que votre opérateur lie à cet ordinateur, avec l’indicatif du pays.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Shown to the people you call (optional)</source>
        <translation>Affiché aux personnes que vous appelez (facultatif)</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>Password for %s</source>
        <translation>Mot de passe de %s</translation>
    </message>
    <message>
        <source>Enter the password of %s on %s to receive calls and messages.</source>
        <translation>Saisissez le mot de passe de %s sur %s pour recevoir appels et messages.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Your keyring does not have this password: Jego keeps it there once given.</source>
        <translation>Votre trousseau n&apos;a pas ce mot de passe : Jego l&apos;y gardera une fois saisi.</translation>
    </message>
    <message>
        <source>This computer has no keyring, so Jego keeps the password in memory until you quit and asks for it at each start. To be asked no more, install a keyring (Secret Service, such as GNOME Keyring, or KWallet), then enter the password again in Settings, Accounts, Edit.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau : Jego garde le mot de passe en mémoire jusqu&apos;à ce que vous quittiez et le redemande à chaque démarrage. Pour ne plus avoir à le saisir, installez un trousseau (Secret Service, comme GNOME Keyring, ou KWallet), puis saisissez de nouveau le mot de passe dans Réglages, Comptes, Modifier.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
</context>
<context>
    <name>PendingFiles</name>
    <message>
        <source>At most %1 files can be sent at once.</source>
        <translation>Au plus %1 fichiers peuvent être envoyés à la fois.</translation>
    </message>
    <message>
        <source>Only files can be sent, not “%1”.</source>
        <translation>Seuls des fichiers peuvent être envoyés, pas « %1 ».</translation>
    </message>
    <message>
        <source>The pasted picture is too large to send.</source>
        <translation>L’image collée est trop grande pour être envoyée.</translation>
    </message>
    <message>
        <source>The pasted picture could not be kept for sending.</source>
        <translation>L’image collée n’a pas pu être préparée pour l’envoi.</translation>
    </message>
</context>
<context>
    <name>PhoneKind</name>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Domicile</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>PhoneRow</name>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Kind of number</source>
        <translation>Type de numéro</translation>
    </message>
    <message>
        <source>Remove this number</source>
        <translation>Retirer ce numéro</translation>
    </message>
</context>
<context>
    <name>ProgramWarning</name>
    <message>
        <source>Open a program?</source>
        <translation>Ouvrir un programme ?</translation>
    </message>
    <message>
        <source>“%1” is a program or a script (%2), not a document.</source>
        <translation>« %1 » est un programme ou un script (%2), pas un document.</translation>
    </message>
    <message>
        <source>“%1” is a program or a script, not a document.</source>
        <translation>« %1 » est un programme ou un script, pas un document.</translation>
    </message>
    <message>
        <source>Opening it runs it on this computer, with your rights. Open it only if you expected it from someone you trust.</source>
        <translation>L’ouvrir l’exécute sur cet ordinateur, avec vos droits. Ne l’ouvrez que si vous l’attendiez de quelqu’un de confiance.</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>Ouvrir quand même</translation>
    </message>
</context>
<context>
    <name>Quote</name>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Them</source>
        <translation>Votre correspondant</translation>
    </message>
    <message>
        <source>A message taken back</source>
        <translation>Un message retiré</translation>
    </message>
    <message>
        <source>You took back a message</source>
        <translation>Vous avez retiré un message</translation>
    </message>
    <message>
        <source>Your contact</source>
        <translation>Votre correspondant</translation>
    </message>
    <message>
        <source>%1 took back a message</source>
        <translation>%1 a retiré un message</translation>
    </message>
</context>
<context>
    <name>RegionName</name>
    <message>
        <source>Ascension Island</source>
        <translation>Île de l’Ascension</translation>
    </message>
    <message>
        <source>Tristan da Cunha</source>
        <translation>Tristan da Cunha</translation>
    </message>
    <message>
        <source>Samoa</source>
        <translation>Samoa</translation>
    </message>
    <message>
        <source>Kosovo</source>
        <translation>Kosovo</translation>
    </message>
</context>
<context>
    <name>RegistrationProbe</name>
    <message>
        <source>the server did not answer in time</source>
        <translation>le serveur n’a pas répondu à temps</translation>
    </message>
</context>
<context>
    <name>RegistrationReason</name>
    <message>
        <source>registered</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>registering</source>
        <translation>enregistrement…</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>nom d’utilisateur ou mot de passe incorrect</translation>
    </message>
    <message>
        <source>forbidden by the server</source>
        <translation>refusé par le serveur</translation>
    </message>
    <message>
        <source>this number is unknown to the server</source>
        <translation>ce numéro est inconnu du serveur</translation>
    </message>
    <message>
        <source>server unreachable</source>
        <translation>serveur injoignable</translation>
    </message>
    <message>
        <source>the server refused the registration interval</source>
        <translation>le serveur a refusé la durée d’enregistrement</translation>
    </message>
    <message>
        <source>another check is running</source>
        <translation>une autre vérification est en cours</translation>
    </message>
    <message>
        <source>server error (%1)</source>
        <translation>erreur du serveur (%1)</translation>
    </message>
</context>
<context>
    <name>RegistrationStatus</name>
    <message>
        <source>No number yet</source>
        <translation>Pas encore de numéro</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>not connected (%s)</source>
        <translation>non connecté (%s)</translation>
    </message>
</context>
<context>
    <name>ReplyBar</name>
    <message>
        <source>Replying to %1</source>
        <translation>Réponse à %1</translation>
    </message>
    <message>
        <source>Cancel the reply</source>
        <translation>Annuler la réponse</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source>Password and security</source>
        <translation>Mot de passe et sécurité</translation>
    </message>
    <message>
        <source>The password is kept in your system&apos;s keyring, nowhere else.</source>
        <translation>Le mot de passe est conservé dans le trousseau du système, nulle part ailleurs.</translation>
    </message>
    <message>
        <source>This computer has no keyring: the password is kept in memory until you quit, and asked for at each start.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau : le mot de passe est gardé en mémoire jusqu&apos;à ce que vous quittiez, et redemandé à chaque démarrage.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Encrypted calls (SRTP)</source>
        <translation>Appels chiffrés (SRTP)</translation>
    </message>
    <message>
        <source>Encrypted calls</source>
        <translation>Appels chiffrés</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Your operator&apos;s server</source>
        <translation>Le serveur de votre opérateur</translation>
    </message>
    <message>
        <source>As given by your operator: a host name, and a port if needed.</source>
        <translation>Tel que fourni par votre opérateur : un nom d’hôte, et un port si besoin.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>TLS (encrypted)</source>
        <translation>TLS (chiffré)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>The number, unless your operator says otherwise</source>
        <translation>Le numéro, sauf indication contraire de l’opérateur</translation>
    </message>
    <message>
        <source>Crossing routers</source>
        <translation>Traversée des routeurs</translation>
    </message>
    <message>
        <source>Check the server&apos;s certificate (recommended)</source>
        <translation>Vérifier le certificat du serveur (recommandé)</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Fichier des autorités de certification</translation>
    </message>
    <message>
        <source>The system&apos;s certificates</source>
        <translation>Les certificats du système</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>These TLS settings apply to every account, after a restart.</source>
        <translation>Ces réglages TLS s’appliquent à tous les comptes, après un redémarrage.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificats (*.pem *.crt)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Network &amp; security</source>
        <translation>Réseau et sécurité</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Language &amp; startup</source>
        <translation>Langue et démarrage</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Rubriques des réglages</translation>
    </message>
</context>
<context>
    <name>SoundProblem</name>
    <message>
        <source>no sound device was found</source>
        <translation>aucun périphérique audio trouvé</translation>
    </message>
    <message>
        <source>no microphone was found</source>
        <translation>aucun micro trouvé</translation>
    </message>
    <message>
        <source>no speaker was found</source>
        <translation>aucun haut-parleur trouvé</translation>
    </message>
    <message>
        <source>echo cancellation is unavailable: the pywebrtc-audio package is missing</source>
        <translation>l’annulation d’écho est indisponible : le paquet pywebrtc-audio manque</translation>
    </message>
    <message>
        <source>the PortAudio library is missing (%1)</source>
        <translation>la bibliothèque PortAudio manque (%1)</translation>
    </message>
    <message>
        <source>the sound system did not answer (%1)</source>
        <translation>le système audio n’a pas répondu (%1)</translation>
    </message>
    <message>
        <source>echo cancellation failed and is off (%1)</source>
        <translation>l’annulation d’écho a échoué et est coupée (%1)</translation>
    </message>
    <message>
        <source>echo cancellation failed to start (%1)</source>
        <translation>l’annulation d’écho n’a pas pu démarrer (%1)</translation>
    </message>
    <message>
        <source>the microphone did not start (%1)</source>
        <translation>le micro n’a pas démarré (%1)</translation>
    </message>
    <message>
        <source>the speaker did not start (%1)</source>
        <translation>le haut-parleur n’a pas démarré (%1)</translation>
    </message>
    <message>
        <source>the microphone “%1” cannot be opened (%2)</source>
        <translation>impossible d’ouvrir le micro « %1 » (%2)</translation>
    </message>
    <message>
        <source>the speaker “%1” cannot be opened (%2)</source>
        <translation>impossible d’ouvrir le haut-parleur « %1 » (%2)</translation>
    </message>
    <message>
        <source>the microphone “%1” delivers no sound</source>
        <translation>le micro « %1 » ne donne aucun son</translation>
    </message>
    <message>
        <source>the microphone “%1” is not connected; using the system default (%2)</source>
        <translation>le micro « %1 » n’est pas branché ; celui du système est utilisé (%2)</translation>
    </message>
    <message>
        <source>the speaker “%1” is not connected; using the system default (%2)</source>
        <translation>le haut-parleur « %1 » n’est pas branché ; celui du système est utilisé (%2)</translation>
    </message>
    <message>
        <source>the microphone “%1” is not connected</source>
        <translation>le micro « %1 » n’est pas branché</translation>
    </message>
    <message>
        <source>the speaker “%1” is not connected</source>
        <translation>le haut-parleur « %1 » n’est pas branché</translation>
    </message>
    <message>
        <source>the microphone cannot be opened (%1)</source>
        <translation>impossible d’ouvrir le micro (%1)</translation>
    </message>
    <message>
        <source>the microphone stopped (disconnected?)</source>
        <translation>le micro s’est arrêté (débranché ?)</translation>
    </message>
    <message>
        <source>the speaker stopped (disconnected?)</source>
        <translation>le haut-parleur s’est arrêté (débranché ?)</translation>
    </message>
    <message>
        <source>it takes none of the usual sample rates in mono</source>
        <translation>il n’accepte aucune des fréquences d’échantillonnage habituelles en mono</translation>
    </message>
    <message>
        <source>no sample rate accepted</source>
        <translation>aucune fréquence d’échantillonnage acceptée</translation>
    </message>
    <message>
        <source>a sound check is already running</source>
        <translation>un test du son est déjà en cours</translation>
    </message>
    <message>
        <source>a call is using the sound devices</source>
        <translation>un appel utilise les périphériques audio</translation>
    </message>
</context>
<context>
    <name>SrtpChoice</name>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>When the other side can (optional)</source>
        <translation>Quand l’autre côté le peut (facultatif)</translation>
    </message>
    <message>
        <source>Always (calls fail without it)</source>
        <translation>Toujours (sinon l’appel échoue)</translation>
    </message>
</context>
<context>
    <name>StartupSection</name>
    <message>
        <source>Language &amp; startup</source>
        <translation>Langue et démarrage</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Start Jego when I log in</source>
        <translation>Lancer Jego à l’ouverture de session</translation>
    </message>
    <message>
        <source>Start hidden in the system tray</source>
        <translation>Démarrer masqué dans la zone de notification</translation>
    </message>
</context>
<context>
    <name>TestPage</name>
    <message>
        <source>Test the registration</source>
        <translation>Tester l’enregistrement</translation>
    </message>
    <message>
        <source>Jego tries to register with these settings before saving them.</source>
        <translation>Jego essaie de s’enregistrer avec ces réglages avant de les enregistrer.</translation>
    </message>
    <message>
        <source>Test registration</source>
        <translation>Tester l’enregistrement</translation>
    </message>
    <message>
        <source>Save these settings even though the test failed</source>
        <translation>Enregistrer ces réglages malgré l’échec du test</translation>
    </message>
    <message>
        <source>%s on %s over %s</source>
        <translation>%s sur %s via %s</translation>
    </message>
    <message>
        <source>Not tested yet.</source>
        <translation>Pas encore testé.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Bind your number</source>
        <translation>Liez votre numéro</translation>
    </message>
    <message>
        <source>Register your mobile number with your operator&apos;s service to start.</source>
        <translation>Enregistrez votre numéro mobile auprès du service de votre opérateur pour commencer.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Quit Jego</source>
        <translation>Quitter Jego</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Quick dial</source>
        <translation>Appel rapide</translation>
    </message>
    <message>
        <source>Dial…</source>
        <translation>Composer…</translation>
    </message>
    <message>
        <source>Hide window</source>
        <translation>Masquer la fenêtre</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Afficher la fenêtre</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation>Rien de nouveau</translation>
    </message>
    <message>
        <source>Unread messages: %s</source>
        <translation>Messages non lus : %s</translation>
    </message>
    <message>
        <source>Missed calls: %s</source>
        <translation>Appels manqués : %s</translation>
    </message>
    <message>
        <source>New voicemails: %s</source>
        <translation>Nouveaux messages vocaux : %s</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>UnreadableMessage</name>
    <message>
        <source>The message was too large (%1 bytes) and was not kept.</source>
        <translation>Le message était trop volumineux (%1 octets) et n’a pas été gardé.</translation>
    </message>
    <message>
        <source>The message could not be read: %1.</source>
        <translation>Le message n’a pas pu être lu : %1.</translation>
    </message>
    <message>
        <source>A file was sent, but its description cannot be read: %1.</source>
        <translation>Un fichier a été envoyé, mais sa description est illisible : %1.</translation>
    </message>
    <message>
        <source>An end-to-end encrypted file (%1) arrived; it cannot be opened.</source>
        <translation>Un fichier chiffré de bout en bout (%1) est arrivé ; il ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>The message had no content type (%1 bytes).</source>
        <translation>Le message n’avait pas de type de contenu (%1 octets).</translation>
    </message>
    <message>
        <source>The message had content this app cannot show (%1, %2 bytes).</source>
        <translation>Le message avait un contenu que cette application ne peut pas afficher (%1, %2 octets).</translation>
    </message>
    <message>
        <source>The message could not be read: its text is not valid %1.</source>
        <translation>Le message n’a pas pu être lu : son texte n’est pas du %1 valide.</translation>
    </message>
    <message>
        <source>The message could not be read: it is compressed as %1, which this app does not know.</source>
        <translation>Le message n’a pas pu être lu : il est compressé en %1, que cette application ne connaît pas.</translation>
    </message>
    <message>
        <source>The message could not be read: its compressed body is damaged.</source>
        <translation>Le message n’a pas pu être lu : son contenu compressé est endommagé.</translation>
    </message>
    <message>
        <source>The message was too large once uncompressed (over %1 bytes).</source>
        <translation>Le message était trop volumineux une fois décompressé (plus de %1 octets).</translation>
    </message>
    <message>
        <source>The message could not be read: it holds binary data, not text.</source>
        <translation>Le message n’a pas pu être lu : il contient des données binaires, pas du texte.</translation>
    </message>
    <message>
        <source>the CPIM body has no end of CPIM headers</source>
        <translation>le corps CPIM n’a pas de fin d’en-têtes CPIM</translation>
    </message>
    <message>
        <source>the CPIM body has no end of MIME headers</source>
        <translation>le corps CPIM n’a pas de fin d’en-têtes MIME</translation>
    </message>
    <message>
        <source>the CPIM content has no content type</source>
        <translation>le contenu CPIM n’a pas de type de contenu</translation>
    </message>
    <message>
        <source>the CPIM message id is too long</source>
        <translation>l’identifiant de message CPIM est trop long</translation>
    </message>
    <message>
        <source>the CPIM body has too many headers</source>
        <translation>le corps CPIM a trop d’en-têtes</translation>
    </message>
    <message>
        <source>not a CPIM header line: %1</source>
        <translation>ce n’est pas une ligne d’en-tête CPIM : %1</translation>
    </message>
    <message>
        <source>the file description is larger than %1 bytes</source>
        <translation>la description du fichier dépasse %1 octets</translation>
    </message>
    <message>
        <source>the file description contains a document type declaration</source>
        <translation>la description du fichier contient une déclaration de type de document</translation>
    </message>
    <message>
        <source>the file description is not well-formed XML (%1)</source>
        <translation>la description du fichier n’est pas du XML bien formé (%1)</translation>
    </message>
    <message>
        <source>the body is not a file-transfer description</source>
        <translation>le contenu n’est pas une description de transfert de fichier</translation>
    </message>
    <message>
        <source>the file description names no file</source>
        <translation>la description ne nomme aucun fichier</translation>
    </message>
    <message>
        <source>the file description has no file name</source>
        <translation>la description du fichier n’a pas de nom de fichier</translation>
    </message>
    <message>
        <source>the file size %1 is not a number of bytes</source>
        <translation>la taille de fichier %1 n’est pas un nombre d’octets</translation>
    </message>
    <message>
        <source>the content type %1 is not valid</source>
        <translation>le type de contenu %1 n’est pas valide</translation>
    </message>
    <message>
        <source>the playing length %1 is not a number of milliseconds</source>
        <translation>la durée de lecture %1 n’est pas un nombre de millisecondes</translation>
    </message>
    <message>
        <source>the file description has no download address</source>
        <translation>la description du fichier n’a pas d’adresse de téléchargement</translation>
    </message>
    <message>
        <source>the download address is not valid</source>
        <translation>l’adresse de téléchargement n’est pas valide</translation>
    </message>
    <message>
        <source>the download address is not an http or https address</source>
        <translation>l’adresse de téléchargement n’est pas une adresse http ou https</translation>
    </message>
    <message>
        <source>the expiry time %1 is not valid</source>
        <translation>la date d’expiration %1 n’est pas valide</translation>
    </message>
    <message>
        <source>the expiry time %1 is out of range</source>
        <translation>la date d’expiration %1 est hors limites</translation>
    </message>
</context>
<context>
    <name>UrlOpenFilter</name>
    <message>
        <source>This link cannot be read as a phone or SIP address.</source>
        <translation>Ce lien ne peut pas être lu comme un numéro de téléphone ou une adresse SIP.</translation>
    </message>
    <message>
        <source>This link cannot be called: %s</source>
        <translation>Impossible d’appeler ce lien : %s</translation>
    </message>
</context>
<context>
    <name>VCardProblem</name>
    <message>
        <source>not a valid vCard file: %1</source>
        <translation>ce n’est pas un fichier vCard valide : %1</translation>
    </message>
    <message>
        <source>the file holds no vCard</source>
        <translation>le fichier ne contient aucune vCard</translation>
    </message>
    <message>
        <source>vCard %1 has no name (FN or N)</source>
        <translation>la vCard %1 n’a pas de nom (FN ou N)</translation>
    </message>
    <message>
        <source>item %1 is a %2, not a vCard</source>
        <translation>l’élément %1 est un %2, pas une vCard</translation>
    </message>
    <message>
        <source>the file %1 is larger than %2 MB</source>
        <translation>le fichier %1 dépasse %2 Mo</translation>
    </message>
    <message>
        <source>the file %1 cannot be read: %2</source>
        <translation>impossible de lire le fichier %1 : %2</translation>
    </message>
    <message>
        <source>the file %1 is not UTF-8 text (byte %2)</source>
        <translation>le fichier %1 n’est pas du texte UTF-8 (octet %2)</translation>
    </message>
</context>
<context>
    <name>VideoPane</name>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Turn the camera off</source>
        <translation>Éteindre la caméra</translation>
    </message>
    <message>
        <source>No video</source>
        <translation>Pas de vidéo</translation>
    </message>
    <message>
        <source>Video is not available with this contact</source>
        <translation>La vidéo n’est pas disponible avec ce contact</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Stop video</source>
        <translation>Arrêter la vidéo</translation>
    </message>
    <message>
        <source>Start video</source>
        <translation>Démarrer la vidéo</translation>
    </message>
    <message>
        <source>Turn the camera on</source>
        <translation>Allumer la caméra</translation>
    </message>
    <message>
        <source>Waiting for the other side to take video…</source>
        <translation>En attente de la vidéo de l’autre côté…</translation>
    </message>
    <message>
        <source>Connecting video…</source>
        <translation>Connexion de la vidéo…</translation>
    </message>
    <message>
        <source>Receiving %s×%s · %s fps · %s kbit/s</source>
        <translation>Réception %s×%s · %s i/s · %s kbit/s</translation>
    </message>
    <message>
        <source>Sending %s×%s · %s fps · %s kbit/s</source>
        <translation>Envoi %s×%s · %s i/s · %s kbit/s</translation>
    </message>
    <message>
        <source>The video connection was lost.</source>
        <translation>La connexion vidéo a été perdue.</translation>
    </message>
</context>
<context>
    <name>VoiceMessageProblem</name>
    <message>
        <source>the voice message is longer than 10 minutes, the longest this app plays</source>
        <translation>le message vocal dure plus de 10 minutes, le maximum que cette application lit</translation>
    </message>
    <message>
        <source>this file is not a sound format we know</source>
        <translation>ce fichier n’est pas dans un format sonore connu</translation>
    </message>
    <message>
        <source>the recording cannot be written (%1)</source>
        <translation>impossible d’écrire l’enregistrement (%1)</translation>
    </message>
    <message>
        <source>the speaker cannot be opened (%1)</source>
        <translation>impossible d’ouvrir le haut-parleur (%1)</translation>
    </message>
    <message>
        <source>the voice message cannot be decoded (%1)</source>
        <translation>impossible de décoder le message vocal (%1)</translation>
    </message>
    <message>
        <source>the voice message cannot be read (%1)</source>
        <translation>impossible de lire le message vocal (%1)</translation>
    </message>
    <message>
        <source>the recording failed (%1)</source>
        <translation>l’enregistrement a échoué (%1)</translation>
    </message>
    <message>
        <source>nothing is being recorded</source>
        <translation>rien n’est en cours d’enregistrement</translation>
    </message>
    <message>
        <source>no sound came from the microphone</source>
        <translation>aucun son n’est venu du micro</translation>
    </message>
    <message>
        <source>this %1 file cannot be decoded here (%2)</source>
        <translation>ce fichier %1 ne peut pas être décodé ici (%2)</translation>
    </message>
    <message>
        <source>this Matroska file cannot be played: %1</source>
        <translation>ce fichier Matroska ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>the file is too large for a voice message</source>
        <translation>le fichier est trop volumineux pour un message vocal</translation>
    </message>
    <message>
        <source>not a Matroska file</source>
        <translation>ce n’est pas un fichier Matroska</translation>
    </message>
    <message>
        <source>not a Matroska file (document type %1)</source>
        <translation>ce n’est pas un fichier Matroska (type de document %1)</translation>
    </message>
    <message>
        <source>the file holds no Opus audio (tracks: %1)</source>
        <translation>le fichier ne contient pas d’audio Opus (pistes : %1)</translation>
    </message>
    <message>
        <source>an Opus packet is damaged (%1)</source>
        <translation>un paquet Opus est endommagé (%1)</translation>
    </message>
    <message>
        <source>the file has too many elements for a voice message</source>
        <translation>le fichier a trop d’éléments pour un message vocal</translation>
    </message>
    <message>
        <source>the file&apos;s header is damaged</source>
        <translation>l’en-tête du fichier est endommagé</translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation>le fichier est tronqué</translation>
    </message>
    <message>
        <source>the file is damaged (an element of unknown size)</source>
        <translation>le fichier est endommagé (un élément de taille inconnue)</translation>
    </message>
    <message>
        <source>the file is damaged (bad element header)</source>
        <translation>le fichier est endommagé (en-tête d’élément incorrect)</translation>
    </message>
    <message>
        <source>the file is damaged (short block)</source>
        <translation>le fichier est endommagé (bloc trop court)</translation>
    </message>
    <message>
        <source>the file is damaged (bad lacing)</source>
        <translation>le fichier est endommagé (laçage incorrect)</translation>
    </message>
    <message>
        <source>the file is not an Ogg stream (or it is damaged)</source>
        <translation>le fichier n’est pas un flux Ogg (ou il est endommagé)</translation>
    </message>
    <message>
        <source>the Ogg file is cut short</source>
        <translation>le fichier Ogg est tronqué</translation>
    </message>
    <message>
        <source>the Ogg stream is longer than a voice message may be</source>
        <translation>le flux Ogg est plus long qu’un message vocal ne peut l’être</translation>
    </message>
    <message>
        <source>the Ogg file holds no Opus stream</source>
        <translation>le fichier Ogg ne contient pas de flux Opus</translation>
    </message>
    <message>
        <source>the Opus stream has no comment header</source>
        <translation>le flux Opus n’a pas d’en-tête de commentaires</translation>
    </message>
    <message>
        <source>the Ogg stream claims to be longer than a voice message may be</source>
        <translation>le flux Ogg annonce une durée plus longue qu’un message vocal ne peut l’avoir</translation>
    </message>
    <message>
        <source>an element is too large for Matroska</source>
        <translation>un élément est trop grand pour Matroska</translation>
    </message>
</context>
<context>
    <name>VoicePlayback</name>
    <message>
        <source>This voice message cannot be played: %1</source>
        <translation>Ce message vocal ne peut pas être lu : %1</translation>
    </message>
</context>
<context>
    <name>VoiceRecorderBar</name>
    <message>
        <source>Recording cannot start: %1</source>
        <translation>L’enregistrement ne peut pas commencer : %1</translation>
    </message>
    <message>
        <source>The voice message was not recorded: %1</source>
        <translation>Le message vocal n’a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>Discard the voice message</source>
        <translation>Supprimer le message vocal</translation>
    </message>
    <message>
        <source>Send the voice message</source>
        <translation>Envoyer le message vocal</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Niveau du micro</translation>
    </message>
    <message>
        <source>Length of the recording</source>
        <translation>Durée de l’enregistrement</translation>
    </message>
</context>
<context>
    <name>VoicemailBar</name>
    <message>
        <source>Call voicemail</source>
        <translation>Appeler la messagerie</translation>
    </message>
    <message>
        <source>No voicemail number yet</source>
        <translation>Pas encore de numéro de messagerie</translation>
    </message>
    <message>
        <source>No new voicemail</source>
        <translation>Aucun nouveau message vocal</translation>
    </message>
    <message>
        <source>New voicemails: %s</source>
        <translation>Nouveaux messages vocaux : %s</translation>
    </message>
</context>
<context>
    <name>WindowPresence</name>
    <message>
        <source>Jego is still running</source>
        <translation>Jego fonctionne toujours</translation>
    </message>
    <message>
        <source>Calls and messages still reach you. Quit from the tray icon&apos;s menu or with Ctrl+Q.</source>
        <translation>Les appels et les messages vous parviennent toujours. Quittez depuis le menu de l&apos;icône de notification ou avec Ctrl+Q.</translation>
    </message>
</context>
</TS>

# Staff sign-in and password (French).

login-title = Connexion de l’équipe
login-name = Identifiant
login-password = Mot de passe
login-submit = Se connecter
login-error = L’identifiant ou le mot de passe est incorrect.
login-error-rate = Trop de tentatives de connexion sont venues de votre connexion au cours de la dernière minute. Attendez une minute, puis réessayez.
login-locked = Trop de tentatives infructueuses. Réessayez dans { $minutes-n ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}.
logout = Se déconnecter
password-title = Changer de mot de passe
password-intro = Changer de mot de passe vous déconnecte partout, sur tous vos appareils.
password-current = Mot de passe actuel
password-new = Nouveau mot de passe
password-hint = Au moins { $count } { $count-n ->
    [one] caractère
   *[other] caractères
}. Quelques mots sans rapport entre eux font un bon mot de passe.
password-repeat = Nouveau mot de passe (confirmation)
password-submit = Changer le mot de passe
password-mismatch = Les deux nouveaux mots de passe ne sont pas identiques.
password-wrong = Le mot de passe actuel est incorrect.
password-changed = Votre mot de passe a été changé. Connectez-vous avec le nouveau.
form-error-login = Un identifiant compte de 3 à 64 caractères : lettres minuscules a-z, chiffres, points, traits d’union ou tirets bas.
form-error-password-short = Un mot de passe doit compter au moins { $count } { $count-n ->
    [one] caractère
   *[other] caractères
}.

## Roles
role-coordinator = Coordination
role-moderator = Modération
role-org-admin = Administration de l’organisation
role-org-staff = Équipe de l’organisation

## Second factor at sign-in
code-title = Authentification à deux facteurs
code-intro = Saisissez le code à 6 chiffres qu’affiche en ce moment votre application d’authentification, ou l’un de vos codes de secours.
code-label = Code
code-hint = Par exemple 287082. Un code de secours ressemble à k7qf-2mzp-9d.
code-error = Ce code est incorrect, ou il a déjà été utilisé. Saisissez le code qu’affiche en ce moment votre application.

## Security page
security-title = Connexion et sécurité
sessions-title = Vos sessions ouvertes
sessions-ended = La session a été fermée.
col-signed-in = Ouverte le
col-last-seen = Dernière activité
session-this = Ce navigateur
session-end = Fermer cette session
sessions-end-others = Fermer toutes les autres sessions
two-factor-title = Authentification à deux facteurs
two-factor-is-on = L’authentification à deux facteurs est activée.
two-factor-is-off = L’authentification à deux facteurs est désactivée. Activée, elle empêche qu’un mot de passe volé suffise à ouvrir votre compte.
two-factor-set-up = Configurer l’authentification à deux facteurs
two-factor-step-app = Installez une application d’authentification sur votre téléphone (par exemple Aegis, FreeOTP ou Google Authenticator).
two-factor-step-scan = Scannez ce code avec l’application :
two-factor-step-secret = Ou saisissez cette clé dans l’application :
two-factor-step-code = Saisissez le code qu’affiche l’application, pour vérifier que tout fonctionne.
two-factor-qr-label = QR code pour votre application d’authentification
two-factor-turn-on = Activer l’authentification à deux facteurs
two-factor-on = L’authentification à deux facteurs est maintenant activée.
two-factor-required-notice = La coordination exige l’authentification à deux facteurs pour tous les comptes. Configurez-la pour continuer.
recovery-codes-once = Conservez ces codes de secours en lieu sûr. Si vous perdez votre téléphone, chacun remplace un code, une seule fois. Ils ne sont affichés que maintenant.
recovery-codes-left = { $count-n ->
    [one] Il reste { $count } code de secours.
   *[other] Il reste { $count } codes de secours.
}

## Accounts and invitations
accounts-title = Comptes de l’équipe
col-role = Rôle
account-active = Actif
account-disabled = Désactivé
account-disable = Désactiver
account-enable = Réactiver
invite-title = Inviter une personne
invite-field-email = Son adresse e-mail
    .hint = Nous envoyons l’invitation à cette adresse, sans la conserver.
invite-field-role = Rôle
invite-field-organisation = Organisation
    .hint = Obligatoire pour l’administration ou l’équipe d’une organisation.
invite-field-mail_lang = Langue de l’invitation
invite-submit = Envoyer l’invitation
invite-sent = L’invitation a été envoyée.
invite-error-mail = L’invitation n’a pas pu être envoyée. Vérifiez l’adresse et réessayez.
invite-accept-intro = On vous invite à rejoindre l’équipe avec le rôle « { $role } ». Choisissez un identifiant et un mot de passe.
invite-login-hint = De 3 à 64 caractères : a–z, 0–9, point, trait d’union, tiret bas.
invite-accept = Créer mon compte
invite-invalid = Cette invitation n’est pas valide : elle a déjà été utilisée, elle a expiré, ou le lien est incomplet.
invite-error-login-taken = Cet identifiant est déjà pris. Choisissez-en un autre.
invite-done = Votre compte est prêt. Connectez-vous.
invite-mail-subject = Invitation à rejoindre l’équipe de la campagne
invite-mail-intro = On vous invite à rejoindre l’équipe de la campagne avec le rôle « { $role } ». Ouvrez le lien pour choisir votre identifiant et votre mot de passe.
invite-mail-expires = { $count-n ->
    [one] Le lien est valable { $count } jour.
   *[other] Le lien est valable { $count } jours.
}
invite-mail-button = Accepter l’invitation
two-factor-required-on = Tous les comptes doivent se connecter avec l’authentification à deux facteurs.
two-factor-required-off = L’authentification à deux facteurs est facultative.
two-factor-require-on = L’exiger pour tous les comptes
two-factor-require-off = La rendre facultative

## Audit log
audit-staff-invited = Invitation envoyée
audit-staff-role-changed = Rôle modifié
audit-staff-disabled = Compte désactivé
audit-staff-enabled = Compte réactivé
audit-staff-two-factor-on = Authentification à deux facteurs activée
audit-two-factor-required = Authentification à deux facteurs exigée pour tous les comptes
audit-two-factor-optional = Authentification à deux facteurs rendue facultative
audit-staff-two-factor-reset = Authentification à deux facteurs réinitialisée
two-factor-reset = Réinitialiser
invite-context-site = Le site : ⁨{ $site }⁩
invite-context-organisation = L'organisation : ⁨{ $organisation }⁩
invite-page-organisation = L'organisation :

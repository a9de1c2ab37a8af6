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

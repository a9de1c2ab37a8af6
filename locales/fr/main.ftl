# Page chrome, errors and the form kit shared by every capability (French).
# Numbers arrive already formatted ($count); plural selectors use the raw number ($count-n).

site-name = tadamun
skip-to-content = Aller au contenu
language-switcher = Langue
staff-nav = Équipe
footer-privacy = Ce site ne conserve aucune trace de votre adresse IP, ne dépose aucun cookie de suivi et ne charge rien depuis d’autres sites.
list-separator = {", "}
language-ar = arabe
language-en = anglais
language-fr = français
language-es = espagnol
language-de = allemand
error-code = Code d’erreur
back-home = Aller à la page d’accueil
error-not-found = Il n’y a aucune page à cette adresse. Vérifiez l’adresse, ou repartez de la page d’accueil.
    .title = Page introuvable
error-forbidden = Ce formulaire n’a pas pu être accepté : il est peut-être resté ouvert trop longtemps, ou il a été envoyé depuis un autre site. Revenez en arrière, rechargez la page et réessayez.
    .title = Action non autorisée
error-too-large = Ce que vous avez envoyé dépasse la taille acceptée par ce site. Raccourcissez-le et réessayez.
    .title = Envoi trop volumineux
error-bad-request = La requête n’a pas pu être comprise.
    .title = Requête incorrecte
error-method = Cette adresse n’accepte pas ce type de requête.
    .title = Requête non autorisée ici
error-internal = Une erreur s’est produite de notre côté. Si vous revenez en arrière, vous retrouverez tout ce que vous avez saisi ; réessayez dans un instant.
    .title = Une erreur s’est produite
error-unavailable = Ce n’est pas possible pour le moment. Rien de ce que vous avez saisi n’est perdu si vous revenez en arrière ; réessayez dans quelques minutes.
    .title = Indisponible pour le moment
pager-label = Pages
pager-previous = Page précédente
pager-next = Page suivante
pager-position = Page { $page } sur { $pages }
fallback-note = Certaines parties de cette page ne sont pas encore traduites en { $target } ; elles s’affichent en { $language }.
save = Enregistrer
notice-saved = Modifications enregistrées.
form-has-errors = Veuillez corriger les points suivants :
title-refused = Erreur : { $title }
chars-max = { $count-n ->
    [one] { $count } caractère au maximum.
   *[other] { $count } caractères au maximum.
}
form-error-required = Ce champ est obligatoire.
form-error-too-long = Ce texte est trop long.
form-error-too-long-n = Ce texte est trop long : { $count-n ->
    [one] { $count } caractère au maximum.
   *[other] { $count } caractères au maximum.
}
form-error-bidi = Ce texte contient des caractères invisibles qui changent le sens d’écriture et peuvent faire lire autre chose que ce qui est écrit. Supprimez-les, puis saisissez de nouveau le texte.
form-error-marks = Ce texte empile trop d’accents ou de signes sur une même lettre. Supprimez-les et saisissez le texte de nouveau.
form-error-control = Ce texte contient des caractères de contrôle invisibles. Supprimez-les, puis saisissez de nouveau le texte.
form-error-single-line = Ce texte doit tenir sur une seule ligne.
form-error-language = Choisissez les langues dans la liste.
form-error-conflict = Une autre personne a enregistré ce texte pendant que vous le modifiiez. Votre version se trouve ci-dessous, inchangée ; ouvrez l’aperçu dans un autre onglet pour voir la sienne, puis enregistrez de nouveau pour la remplacer par la vôtre.
mail-test-subject = tadamun : e-mail de test
mail-test-body = Ceci est un e-mail de test envoyé par tadamun. Si vous pouvez le lire, les e-mails de la campagne arrivent bien à cette adresse.
form-token-bad = Ce formulaire n’a pas pu être vérifié. Rechargez la page et envoyez-le de nouveau.
form-token-fast = Ce formulaire a été rempli plus vite qu’une personne ne peut le faire. Vérifiez ce que vous avez saisi et envoyez-le de nouveau.
form-token-expired = Ce formulaire est resté ouvert trop longtemps. Vérifiez ce que vous avez saisi et envoyez-le de nouveau.
form-token-reused = Ce formulaire a déjà été envoyé.
error-stale-form = Ce formulaire a été ouvert avant votre dernière connexion ; il n’a donc pas pu être accepté. Rien n’a été enregistré.
    .title = Le formulaire a expiré
error-session-ended = Votre session a pris fin pendant que ce formulaire était ouvert ; rien n’a donc été enregistré. Reconnectez-vous, rouvrez le formulaire et collez-y ce que vous aviez saisi.
    .title = Votre session a pris fin
recovered-heading = Ce que vous avez saisi
recovered-intro = Rien n’est perdu : copiez-le d’ici dans le formulaire.
draft-pending = Ce texte a des modifications non publiées : le public voit toujours le texte publié. Prévisualisez les modifications, puis publiez-les.
draft-publish = Publier les modifications
draft-discard = Abandonner les modifications
draft-explain = Ce texte est visible du public : ce que vous enregistrez reste une modification non publiée jusqu’à ce que vous la publiiez.
notice-text-published = Les modifications sont publiées.
notice-draft-discarded = Les modifications non publiées ont été abandonnées.
notice-not-published = Rien n’a été publié : ces modifications ont été changées ou abandonnées entre-temps. Vérifiez-les ci-dessous, puis publiez de nouveau.
notice-not-discarded = Rien n’a été abandonné : ces modifications ont changé entre-temps (peut-être par quelqu’un d’autre). Vérifiez-les ci-dessous.

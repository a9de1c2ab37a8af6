## Letters to decision-makers
letters-title = Lettres aux responsables politiques
letters-new = Nouvelle action de lettres
letters-none = Aucune action de lettres pour l’instant.
letters-saved = L’action de lettres est enregistrée.
letter-form-title = Action de lettres
letters-delivery = Envoi
letter-mode-spread = Réparties sur leurs heures de travail
letter-mode-digest = Un récapitulatif par jour
letters-per-hour = Au plus ce nombre de lettres par heure à un ou une même responsable
letters-day-start = Début de la journée de travail (heure, la leur)
letters-day-end = Fin de la journée de travail (heure, la leur)
letters-test-mode = Mode test : chaque lettre part à la personne qui l’a écrite, pas au ou à la responsable
letters-bounces = Refusées par le serveur destinataire
letter-status-pending = En attente de confirmation
letter-status-queued = En attente de leur créneau
letter-status-sent = Remises
letter-status-bounced = Refusées
letter-status-stopped = Arrêtées (action close ou responsable politique retiré)
letter-field-subject = Objet
letter-field-body = Votre lettre
    .hint = Faites-la vôtre : changez ce que vous voulez, mais gardez les revendications de la campagne. La personne destinataire la lit avec votre nom et votre ville.
letter-field-city = Votre ville (facultatif)
letters-to = À qui
letters-routing = Votre lettre part aux responsables de votre pays, ou à celles et ceux que vous choisissez ci-dessous.
letters-choose = Choisir à qui écrire (facultatif)
letters-choose-hint = Si personne n’est de votre pays, choisissez au moins une personne.
letters-write = Écrire votre lettre
letters-privacy = Nous vous envoyons par e-mail un lien de confirmation. Votre lettre ne part qu’une fois confirmée, une lettre par responsable, avec votre nom et votre ville ; votre adresse e-mail ne leur est jamais montrée.
letters-send = J’envoie ma lettre
letters-closed = Cette action de lettres est terminée. Merci à toutes les personnes qui ont écrit.
letters-delivered = { $count-n ->
    [one] { $count } lettre remise pour l’instant.
   *[other] { $count } lettres remises pour l’instant.
}
letters-delivered-short = { $count-n ->
    [one] { $count } lettre
   *[other] { $count } lettres
}
letters-by-country = Lettres par pays des personnes qui écrivent :
letter-check-mail = Merci. Regardez vos e-mails : votre lettre part dès que vous la confirmez.
letter-confirm-title = Confirmez votre lettre
letter-confirm-intro = { $count-n ->
    [one] Appuyez sur le bouton pour envoyer votre lettre.
   *[other] Appuyez sur le bouton pour envoyer vos { $count } lettres.
}
letter-confirmed = { $count-n ->
    [one] Confirmé : votre lettre parviendra pendant les heures de travail de la personne destinataire.
   *[other] Confirmé : vos { $count } lettres parviendront pendant les heures de travail des personnes destinataires.
}
letter-confirm-done = Ces lettres sont déjà confirmées, ou n’attendent plus.
letter-confirm-replaced = Ce lien n’envoie plus rien : la lettre a été écrite à nouveau depuis (le lien du courriel le plus récent l’envoie), ou elle a attendu trop longtemps sa confirmation. Vous pouvez l’écrire à nouveau depuis la page de la campagne.
letter-confirm-closed = Cette action de lettres est terminée : votre lettre ne sera pas envoyée. Merci d’avoir écrit.
letter-error-number = Écrivez un nombre entier jusqu’à { $count }.
letter-error-hours = La journée de travail doit finir après avoir commencé.
letter-error-emptied = Gardez les revendications de la campagne : trop de son texte a disparu.
letter-error-choose = Aucune personne destinataire de cette lettre n’est de votre pays : choisissez-en au moins une.
letter-mail-confirm-subject = Confirmez votre lettre
letter-mail-confirm-intro = { $count-n ->
    [one] Vous avez écrit une lettre à un ou une responsable. Elle part dès que vous la confirmez.
   *[other] Vous avez écrit { $count } lettres à des responsables. Elles partent dès que vous les confirmez.
}
letter-mail-confirm-button = J’envoie ma lettre
letter-mail-from = Lettre de { $signed } ({ $country }), envoyée par la campagne « ⁨{ $campaign }⁩ » :
letter-mail-digest-subject = { $count-n ->
    [one] { $count } lettre de la campagne « ⁨{ $campaign }⁩ »
   *[other] { $count } lettres de la campagne « ⁨{ $campaign }⁩ »
}
letter-mail-digest-intro = { $count-n ->
    [one] Madame, Monsieur, veuillez trouver ci-dessous { $count } lettre qui vous a été adressée aujourd’hui par la campagne « ⁨{ $campaign }⁩ ».
   *[other] Madame, Monsieur, veuillez trouver ci-dessous { $count } lettres qui vous ont été adressées aujourd’hui par la campagne « ⁨{ $campaign }⁩ ».
}
audit-letters-saved = Action de lettres enregistrée
job-kind-letter-confirm = E-mail demandant de confirmer une lettre
job-kind-letter-send = Une lettre à un ou une responsable
job-kind-letter-digest = Les lettres du jour à un ou une responsable
letters-open-heading = Écrivez maintenant
letter-demo-subject = Ouvrez vos frontières aux réfugiés de Syrie
letter-demo-body =
    Madame la Ministre, Monsieur le Ministre,

    Le régime de Bachar al-Assad et ses alliés bombardent Idlib, et des centaines de milliers de personnes ont fui vers une frontière fermée. Je vous demande d’ouvrir les frontières de votre pays aux réfugiés de Syrie, d’arrêter toute expulsion vers la Syrie et de refuser toute démarche qui soutient ou réhabilite le régime de Bachar al-Assad.

    Veuillez agréer l’expression de ma haute considération,
alert-letter-title = Lancer une alerte par lettres
alert-letter-intro = Une action de lettres aux responsables, préremplie à partir de l’élément dans toutes les langues de la campagne. Vérifiez-la, puis lancez-la : elle est en ligne aussitôt.
watch-raise-letter-alert = Lancer une alerte par lettres à partir de cet élément
alert-letter-subject = Au sujet de « ⁨{ $item }⁩ »
alert-letter-body =
    Madame, Monsieur,

    Je vous écris au sujet de « ⁨{ $item }⁩ ». Je vous demande de vous y opposer publiquement et de refuser toute démarche qui soutient ou réhabilite le régime de Bachar al-Assad.

    Veuillez agréer l’expression de ma haute considération,
letter-error-links = Les liens ne sont pas permis ici : le courrier d’un ou d’une responsable n’est pas leur place.
letter-recipient-hidden = un ou une responsable
letter-signed = Signé
letter-error-too-many = Choisissez-en { $count } au plus.
letter-error-no-targets = Choisir au moins un ou une responsable politique à qui écrire.
letter-error-no-public-targets = Une action de lettres ouverte a besoin d’au moins un ou une responsable politique affiché·e publiquement : les lettres ne vont qu’aux responsables politiques que les personnes qui écrivent peuvent voir.

## La page personnelle de l’auteur
me-letters-heading = Les lettres que vous avez écrites aux responsables politiques
me-no-letters = Vous n’avez écrit aucune lettre.
me-letter-to = À
me-letter-pending = Attend votre confirmation
me-letter-queued = Confirmée, attend son heure d’envoi
me-letter-sent = Remise
me-letter-bounced = Refusée par le serveur de courriel du destinataire
me-letter-stopped = Non envoyée : l’action est terminée, ou ce ou cette responsable politique en a été retiré·e

## Calls to decision-makers
calls-title = Appels aux responsables politiques
calls-none = Aucune action d’appel pour l’instant.
call-new = Nouvelle action d’appel
call-form-title = Action d’appel
call-field-title = Titre
call-field-script = Quoi dire (Markdown)
call-whom = Qui appeler
call-whom-hint = Seuls les responsables marqués publics sont montrés, avec leurs numéros.
call-not-public = non public : non montré
call-save = Enregistrer
call-saved = L’action d’appel est enregistrée.
call-reports-col = Appels signalés
call-status-draft = Brouillon
call-status-open = Ouverte
call-status-closed = Terminée
call-outcome-reached = Joint·e
call-outcome-voicemail = Messagerie
call-outcome-no-answer = Pas de réponse
call-error-no-targets = Choisissez au moins un ou une responsable à appeler.
call-error-target = Cette personne ne fait pas partie de cette action.
call-error-outcome = Dites comment l’appel s’est passé.
call-closed = Cette action d’appel est terminée. Merci à toutes les personnes qui ont appelé.
call-script = Quoi dire
call-total = { $count-n ->
    [one] { $count } appel signalé pour l’instant.
   *[other] { $count } appels signalés pour l’instant.
}
call-privacy = Quand vous dites comment s’est passé un appel, nous ne gardons que le résultat et, si vous l’indiquez, votre pays : jamais votre numéro, votre nom ni votre adresse.
call-nobody = Personne à appeler ici pour l’instant.
call-speaks = parle
call-no-number = Pas encore de numéro à appeler.
call-how = Comment s’est passé l’appel ?
call-your-country = Votre pays (facultatif)
call-country-unsaid = Je préfère ne pas le dire
call-country-hint = Indiqué une fois ici, il accompagne chaque appel que vous signalez ci-dessous : votre appel est compté pour votre pays.
call-country-set = Je choisis ce pays
call-report = J’envoie
call-reported = Merci : votre appel est compté.
call-by-country = Appels par pays des personnes qui appellent
target-calls-received = { $count-n ->
    [one] { $count } appel signalé.
   *[other] { $count } appels signalés.
}
target-asked = Ce qui lui a été demandé
target-watched = Sur la liste de veille
calls-open-heading = Appelez maintenant
## Rapid response
alert-title = Lancer une alerte
alert-intro = Une action d’appel visant les responsables, préremplie à partir de l’élément dans toutes les langues de la campagne. Vérifiez-la, puis lancez-la : elle est en ligne aussitôt.
alert-raise = Lancer l’alerte
alert-from-watch = Lancer une alerte depuis la liste de veille
watch-raise-alert = Lancer une alerte à partir de cet élément
alert-live = L’alerte est en ligne, { $seconds-n ->
    [one] { $seconds } seconde après son lancement.
   *[other] { $seconds } secondes après son lancement.
}
alert-live-col = Du lancement à la mise en ligne
alert-seconds = { $count-n ->
    [one] { $count } seconde
   *[other] { $count } secondes
}
alert-call-title = Appelez au sujet de « ⁨{ $item }⁩ »
alert-call-script = Bonjour. J’appelle au sujet de « ⁨{ $item }⁩ ». Je vous demande de vous y opposer publiquement et de refuser toute démarche qui soutient ou réhabilite le régime de Bachar al-Assad. Je vous remercie.
audit-call-saved = Action d’appel enregistrée
audit-alert-raised = Alerte lancée
alert-mailing-legend = Envoi aux sympathisant·es
alert-mailing-hint = Enregistré avec l’alerte dès maintenant ; il partira quand la campagne enverra des messages groupés.
alert-segment-none = Pas d’envoi : la page de la campagne seulement
alert-segment-consenting = Toutes les personnes qui ont accepté des nouvelles de l’organisation porteuse
alert-segment-countries = Parmi elles, celles des pays des responsables
alert-message = Message
alert-mailing-text = Agissez maintenant : « ⁨{ $title }⁩ ». Appelez les responsables aujourd’hui depuis la page de la campagne.

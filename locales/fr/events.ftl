# Days of action and their events (French).

## Public pages
event-back-to-campaign = Retour à la campagne
events-count = { $count-n ->
    [one] { $count } événement
   *[other] { $count } événements
}
events-by-country = Événements par pays
events-all-countries = Tous les pays
events-none = Aucun événement pour l’instant.
events-feed = Flux d’agenda de tous les événements (iCalendar)
events-feed-country = Flux d’agenda des événements de ce pays
event-kind-rally = Rassemblement
event-kind-vigil = Veillée
event-kind-meeting = Réunion
event-kind-cultural = Événement culturel
event-kind-online = En ligne
event-kind-other = Autre
event-status-unconfirmed = Pas encore confirmé
event-status-pending = À examiner
event-status-changes = Modifications demandées
event-status-approved = Validé
event-status-rejected = Refusé
event-status-cancelled = Annulé
event-when = Quand
event-where = Où
event-cancelled = Cet événement est annulé.
event-address-attendees = L’adresse exacte est communiquée aux participant·es.
event-add-to-calendar = Ajouter à mon agenda

## Submitting an event
event-submit-title = Organiser un événement
event-submit-intro = Tout le monde peut organiser un événement pour la journée d’action, dans n’importe quelle langue. Vous le confirmez par e-mail ; la coordination l’examine ensuite avant de le publier.
event-about = L’événement
event-field-title = Titre
event-field-kind = Type d’événement
event-choose-kind = Choisissez un type
event-field-description = Description (facultatif)
    .hint = Ce qui va se passer, et ce qu’il faut apporter. Markdown : **gras**, *italique*, liens, listes.
event-field-languages = Langues parlées
event-field-starts = Début
    .hint = Date et heure sur le lieu de l’événement.
event-field-ends = Fin
event-field-time_zone = Fuseau horaire (facultatif)
    .hint = Déduit de la ville. Pour un événement en ligne, ou pour le changer, saisissez-en un comme Europe/Berlin ou Asia/Damascus.
event-field-country = Pays
event-field-city = Ville
    .hint = Dans n’importe quelle langue ou écriture, par exemple Alep ou حلب.
event-choose-city = Plusieurs lieux portent ce nom : choisissez le vôtre.
event-field-address = Adresse
event-field-address_public = Afficher l’adresse sur la page de l’événement (sinon, seules les personnes qui y participent la reçoivent)
event-field-capacity = Nombre de places (facultatif)
    .hint = Laissez vide s’il n’y a pas de limite.
event-field-accessibility = Accessibilité (facultatif)
event-field-photo = Photo (facultatif)
    .hint = PNG, JPEG, WebP ou GIF, 10 Mo au maximum. Nous en gardons une copie nettoyée : le lieu et l’heure enregistrés par l’appareil photo sont supprimés.
event-about-organiser = Vous, qui organisez l’événement
event-organiser-hint = Votre nom et votre adresse e-mail ne sont jamais publiés et sont conservés chiffrés. Nous vous envoyons par e-mail un lien pour confirmer l’événement et le gérer.
event-field-organiser_name = Votre nom
event-field-organiser_email = Votre adresse e-mail
event-submit-button = Je propose l’événement
event-submitted-title = Consultez vos e-mails
event-submitted-check-mail = Nous vous avons envoyé un e-mail. Ouvrez le lien qu’il contient pour confirmer l’événement.
event-submitted-next = Ensuite, la coordination l’examine et vous répond par e-mail.
event-confirm-title = Confirmez l’événement
event-confirm-intro = Merci de confirmer cet événement :
event-confirm-button = Je confirme l’événement
event-confirm-done = Merci : l’événement est confirmé. La coordination va l’examiner et vous répondra par e-mail.
event-manage-title = Votre événement
event-moderator-message = Message de la coordination
    .hint = Obligatoire pour demander des modifications ou refuser : il est envoyé par e-mail aux organisateur·ices.
event-public-page = La page publique de l’événement
event-cancel-sure = Oui, je veux annuler cet événement
event-cancel = J’annule l’événement

## Errors
event-error-date = Saisissez une date au format AAAA-MM-JJ, par exemple ⁨2026-03-15⁩.
event-error-last-before-first = Le dernier jour précède le premier.
event-error-too-many-days = { $count-n ->
    [one] Une journée d’action dure au plus { $count } jour.
   *[other] Une journée d’action dure au plus { $count } jours.
}
event-error-city-choose = Plusieurs lieux portent ce nom : choisissez le vôtre dans la liste.
event-error-city = Nous ne trouvons pas cette ville dans ce pays. Vérifiez l’orthographe, ou saisissez la ville plus grande la plus proche.
event-error-time-zone = Nous ne connaissons pas ce fuseau horaire. Saisissez-en un comme Europe/Berlin.
event-error-time = Saisissez une date et une heure.
event-error-end-before-start = La fin précède le début.
event-error-too-long = Un événement dure au plus trois jours.
event-error-outside-day = L’événement doit commencer pendant la journée d’action.
event-error-capacity = Saisissez un nombre entier de personnes, ou laissez le champ vide.

## Staff
days-title = Journées d’action
days-none = Aucune journée d’action pour l’instant.
day-declare = Annoncer une journée d’action
day-first = Premier jour
day-last = Dernier jour (facultatif)
day-last-hint = Pour une journée d’action sur plusieurs jours.
day-title-field = Titre
day-body-field = Texte (facultatif)
events-moderation-title = Événements
event-decided = Décision enregistrée. Les organisateur·ices reçoivent un e-mail.
event-detail-title = Événement
event-ask-changes = Demander des modifications
event-awaiting-organiser = Les organisateur·ices n’ont pas encore confirmé l’événement, ou l’ont annulé.

## Mails to the organiser
event-mail-confirm-subject = Merci de confirmer votre événement « ⁨{ $event }⁩ »
event-mail-confirm-intro = Quelqu’un a proposé l’événement « ⁨{ $event }⁩ » avec cette adresse e-mail.
event-mail-ignore = Si ce n’était pas vous, ignorez cet e-mail : rien n’est publié sans confirmation.
event-mail-manage = Pour suivre l’état de votre événement ou l’annuler, gardez ce lien :
event-mail-confirm-button = Je confirme l’événement
event-mail-approved-subject = Votre événement « ⁨{ $event }⁩ » est publié
event-mail-approved-intro = Merci : la coordination a validé votre événement « ⁨{ $event }⁩ ». Sa page :
event-mail-manage-button = Gérer mon événement
event-mail-changes-subject = Votre événement « ⁨{ $event }⁩ » : modifications demandées
event-mail-changes-intro = La coordination demande des modifications à votre événement « ⁨{ $event }⁩ » :
event-mail-rejected-subject = Au sujet de votre événement « ⁨{ $event }⁩ »
event-mail-rejected-intro = La coordination n’a pas validé votre événement « ⁨{ $event }⁩ ». Motif indiqué :

## Audit log and jobs
audit-day-declared = Journée d’action annoncée
audit-event-approved = Événement validé
audit-event-changes = Modifications demandées pour un événement
audit-event-rejected = Événement refusé
job-kind-event-mail = E-mail aux organisateur·ices d’un événement
events-map = Carte des événements ; chaque point mène à son événement, ou à la liste de son pays.

## Attending
rsvp-heading = Je participe
rsvp-count = { $count-n ->
    [one] { $count } personne participe.
   *[other] { $count } personnes participent.
}
rsvp-places = { $count-n ->
    [one] { $count } place au total
   *[other] { $count } places au total
}
rsvp-privacy = Nous vous envoyons par e-mail un lien de confirmation. Les organisateur·ices de cet événement voient le nom que vous donnez ici, jamais votre adresse e-mail ; les deux sont conservés chiffrés.
rsvp-submit = Je participe
rsvp-check-mail = Consultez vos e-mails : ouvrez le lien reçu pour confirmer votre participation.
rsvp-confirm-title = Confirmez votre participation
rsvp-confirm-button = Oui, je participe
rsvp-cancel-title = Votre place à l’événement
rsvp-cancel-button = Je ne peux plus venir
rsvp-now-attending = Votre place est réservée : à bientôt sur place.
rsvp-now-waiting = L’événement est complet : vous êtes sur liste d’attente, et nous vous écrivons si une place se libère.
rsvp-now-cancelled = Votre participation est annulée. Merci de nous l’avoir fait savoir.
rsvp-attendees = Participant·es
rsvp-none = Personne n’a encore confirmé.
rsvp-waiting = liste d’attente
rsvp-mail-confirm-subject = Merci de confirmer votre participation à « ⁨{ $event }⁩ »
rsvp-mail-confirm-intro = Quelqu’un a indiqué avec cette adresse e-mail participer à « ⁨{ $event }⁩ » :
rsvp-mail-confirm-button = Oui, je participe
rsvp-mail-attending-subject = À bientôt à « ⁨{ $event }⁩ »
rsvp-mail-attending-intro = Votre place est réservée pour « ⁨{ $event }⁩ » :
rsvp-mail-waiting-subject = Liste d’attente pour « ⁨{ $event }⁩ »
rsvp-mail-waiting-intro = « ⁨{ $event }⁩ » est complet : vous êtes sur liste d’attente. Nous vous écrivons si une place se libère.
rsvp-mail-moved-up-subject = Une place vous attend à « ⁨{ $event }⁩ »
rsvp-mail-moved-up-intro = Quelqu’un s’est désisté : vous avez maintenant une place à « ⁨{ $event }⁩ » :
rsvp-mail-reminder-subject = Rappel : « ⁨{ $event }⁩ »
rsvp-mail-reminder-intro = Petit rappel : vous participez à « ⁨{ $event }⁩ » :
rsvp-mail-cancel = Si vous ne pouvez plus venir, dites-le-nous ici (votre place ira à la personne suivante) :
job-kind-rsvp-mail = E-mail à une personne qui participe à un événement

## Reports and the tally
report-title = Après l’événement
report-attended = Combien de personnes sont venues
report-text = Ce qui s’est passé (facultatif)
report-photos = Photos (facultatif)
report-photos-hint = { $count-n ->
    [one] { $count } photo de plus au maximum. Nous gardons une copie nettoyée : le lieu et l’heure enregistrés par l’appareil sont supprimés.
   *[other] { $count } photos de plus au maximum. Nous gardons une copie nettoyée : le lieu et l’heure enregistrés par l’appareil sont supprimés.
}
report-save = Enregistrer le compte rendu
report-saved = Le compte rendu est enregistré.
report-people = { $count-n ->
    [one] { $count } personne a participé.
   *[other] { $count } personnes ont participé.
}
event-error-attended = Indiquez un nombre entier de personnes.
tally-events = { $count-n ->
    [one] { $count } événement tenu
   *[other] { $count } événements tenus
}
tally-countries = { $count-n ->
    [one] { $count } pays
   *[other] { $count } pays
}
tally-cities = { $count-n ->
    [one] { $count } ville
   *[other] { $count } villes
}
tally-people = { $count-n ->
    [one] { $count } participant·e
   *[other] { $count } participant·es
}
gallery-photo = Une photo de l’événement
event-edit-title = Modifier l’événement
event-edit-details-only = L’événement est publié : son heure et ses détails pratiques (places, accessibilité) peuvent changer, et les personnes inscrites sont prévenues. Pour changer son titre, son texte ou son lieu, annulez-le et proposez-le à nouveau.
event-edited = Enregistré.
rsvp-mail-changed-subject = Modifié : « ⁨{ $event }⁩ »
rsvp-mail-changed-intro = L’heure ou le lieu de « ⁨{ $event }⁩ » a changé. Désormais :
event-when-value = { $date }, de { $from } à { $to }
rsvp-mail-called-off-subject = Annulé : « ⁨{ $event }⁩ »
rsvp-mail-called-off-intro = « ⁨{ $event }⁩ » n’a plus lieu comme prévu. Nous en sommes désolés.
rsvp-mail-address = L’adresse : ⁨{ $address }⁩
event-error-time-gap = Cette heure n’existe pas là-bas : on avance les horloges cette nuit-là. Choisissez une autre heure.
event-error-past = Cette heure est passée.
report-error-too-many-photos = { $count-n ->
    [one] { $count } photo de plus au maximum.
   *[other] { $count } photos de plus au maximum.
}

## The organiser writes to the people coming
event-message-title = Écrire aux participant·es
event-message-hint = { $count-n ->
    [one] Votre message part par e-mail à la personne qui a une place. Elle ne voit pas votre adresse e-mail. Trois messages par jour au plus.
   *[other] Votre message part par e-mail aux { $count } personnes qui ont une place. Elles ne voient ni votre adresse e-mail ni celles des autres. Trois messages par jour au plus.
}
event-message-field = Votre message
event-message-send = Envoyer le message
event-message-sent = { $count-n ->
    [one] Votre message part vers { $count } personne.
   *[other] Votre message part vers { $count } personnes.
}
event-message-error-limit = Trois messages sont partis aujourd’hui. Le prochain pourra partir demain.
event-message-error-nobody = Personne n’a encore de place : il n’y a personne à qui écrire.
rsvp-mail-message-subject = Un message à propos de « ⁨{ $event }⁩ »
rsvp-mail-message-intro = Les organisateur·ices de « ⁨{ $event }⁩ » écrivent à toutes les personnes qui ont une place :
rsvp-mail-message-no-reply = Les organisateur·ices ne voient pas les réponses à cet e-mail.

## Reports before the moderators
report-status-pending = En attente de modération
report-status-published = Publié
report-status-hidden = Retiré par la modération
report-moderated-hint = La modération relit chaque compte rendu, et chaque modification, avant qu’il paraisse sur la page de l’événement. Ceux des organisations de la coalition paraissent aussitôt.
report-photos-faces = Ne montrez personne qui n’a pas accepté d’être montré : un visage sur une photo peut mettre en danger une personne, ou sa famille en Syrie.
reports-waiting = Comptes rendus en attente
report-publish = Publier le compte rendu
report-hide = Retirer le compte rendu
report-decided = Décision sur le compte rendu enregistrée.
audit-report-published = Compte rendu d’événement publié
audit-report-hidden = Compte rendu d’événement retiré
event-message-error-closed = Cet événement n’a plus lieu tel qu’il a été validé : il n’y a personne à qui écrire.
rsvp-no-name = Quelqu’un (sans nom)
rsvp-status-attending = Vous avez une place
rsvp-status-waiting = Sur la liste d’attente
rsvp-status-cancelled = Annulé
me-answers-heading = Les événements auxquels vous avez dit venir
me-no-answers = Vous n’avez répondu à aucun événement.
me-answer-name = Nom donné aux organisateur·ices

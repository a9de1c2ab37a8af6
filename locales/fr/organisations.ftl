# The coalition: organisations endorse the call, partner pages, organisations' staff (French).

## Endorsing (public)
endorse-title = Signer l’appel en tant qu’organisation
endorse-intro = Syndicats, associations et collectifs, ONG, partis et organisations confessionnelles peuvent signer l’appel. Après votre confirmation par e-mail, la coordination examine votre soutien ; une fois celui-ci validé, votre organisation figure dans la liste et dispose de sa propre page partenaire.
endorse-about-organisation = Votre organisation
endorse-about-contact = Personne à contacter
endorse-contact-hint = Nous écrivons à cette personne pour confirmer le soutien et lui faire part de notre décision. Son nom et son adresse e-mail ne sont jamais publiés et sont conservés chiffrés.
endorse-field-name = Nom de l’organisation
endorse-field-kind = Type d’organisation
endorse-choose-kind = Choisissez un type
endorse-field-country = Pays
endorse-field-city = Ville (facultatif)
endorse-field-website_url = Site web (facultatif)
endorse-field-logo = Logo (facultatif)
    .hint = PNG, JPEG, WebP ou GIF, 2 Mo au maximum. Nous en conservons une copie nettoyée : rien d’autre que l’image n’est gardé.
endorse-field-statement = Courte déclaration (facultatif)
    .hint = Pourquoi votre organisation signe l’appel, en quelques phrases. Affichée sur votre page partenaire.
endorse-field-contact_name = Nom
endorse-field-contact_email = Adresse e-mail
endorse-privacy = Le nom, le type, le pays, la ville, le site web, le logo et la déclaration de l’organisation sont publiés une fois le soutien validé.
endorse-submit = Nous signons l’appel
endorse-sent-title = Consultez votre boîte de réception
endorse-sent-check-mail = Nous avons envoyé un e-mail à la personne à contacter. Ouvrez le lien qu’il contient pour confirmer le soutien.
endorse-sent-next = Ensuite, la coordination examine le soutien et répond par e-mail.
endorse-confirm-title = Confirmez le soutien
endorse-confirm-intro = Merci de confirmer que cette organisation signe l’appel :
endorse-confirm-button = Nous confirmons notre soutien
endorse-confirm-done = Merci : le soutien est confirmé. La coordination va l’examiner et répondra par e-mail.
endorse-confirm-invalid = Ce lien n’est pas valide. Copiez le lien complet depuis l’e-mail.

org-kind-union = Syndicats
org-kind-community = Associations et collectifs locaux
org-kind-ngo = ONG
org-kind-party = Partis politiques
org-kind-faith = Organisations confessionnelles
org-kind-other = Autres organisations
org-kind-union-one = Syndicat
org-kind-community-one = Association ou collectif local
org-kind-ngo-one = ONG
org-kind-party-one = Parti politique
org-kind-faith-one = Organisation confessionnelle
org-kind-other-one = Autre

org-error-website = Saisissez une adresse web qui commence par https:// ou http://, par exemple https://example.org.
org-error-age-key = Ce n’est pas une clé publique age. Elle commence par age1 et tient sur une seule ligne, par exemple age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p.
image-error-empty = Le fichier est vide.
image-error-too-large = Le fichier est trop volumineux. Choisissez une image de { $count } Mo au maximum.
image-error-not-image = Nous ne pouvons pas lire ce fichier comme une image. Choisissez un fichier PNG, JPEG, WebP ou GIF.
image-error-dimensions = L’image compte trop de pixels. Choisissez-en une plus petite.
image-error-corrupt = L’image est endommagée ou incomplète. Choisissez un autre fichier.

## The public list and partner pages
endorsers-title = Organisations signataires de l’appel
endorsers-count = { $count-n ->
    [one] { $count } organisation signe l’appel.
   *[other] { $count } organisations signent l’appel.
}
partner-act = Agissez avec nous
partner-nothing-open = Aucune action n’est ouverte pour le moment.
partner-tally = { $count-n ->
    [one] { $count } action venue de cette page (signatures, lettres, réponses aux événements).
   *[other] { $count } actions venues de cette page (signatures, lettres, réponses aux événements).
}
sign-consent-partner-before = J’accepte que l’organisation
sign-consent-partner-after = { "" } me contacte au sujet de cette campagne.

## Moderation (staff)
orgs-moderation-title = Soutiens des organisations
org-status-filter = Soutiens par statut
org-status-unconfirmed = Pas encore confirmé
org-status-pending = À examiner
org-status-approved = Validé
org-status-rejected = Refusé
orgs-none = Aucun soutien ici.
col-organisation = Organisation
col-received = Reçu le
org-decided = Décision enregistrée. La personne à contacter reçoit un e-mail.
org-detail-title = Soutien
org-language = Langue
org-logo = Logo
org-field-reason = Motif
    .hint = Obligatoire en cas de refus : il est envoyé par e-mail à la personne à contacter.
org-approve = Valider
org-reject = Refuser
org-awaiting-contact = La personne à contacter n’a pas encore confirmé.

## An organisation's own pages (staff)
org-home-title = Notre organisation
org-partner-page = Notre page partenaire
org-referral = Code partenaire
org-supporters-title = Nos sympathisant·es
org-supporters-count = { $count-n ->
    [one] { $count } personne a accepté de recevoir de nos nouvelles.
   *[other] { $count } personnes ont accepté de recevoir de nos nouvelles.
}
org-supporters-open = Voir la liste
org-supporters-monthly = Nouvelles personnes sympathisantes par mois
col-month = Mois
col-supporters = Sympathisant·es
col-consented = Accord donné le
org-search-found = Adresse trouvée.
org-search-none = Aucune personne ayant cette adresse e-mail n’a accepté de recevoir de nos nouvelles.
org-export-sealed = Le fichier est chiffré avec notre clé publique : seule notre clé privée permet de l’ouvrir. Chaque export est inscrit au journal d’audit.
org-page-title = Page partenaire
org-field-statement = Courte déclaration
org-field-page_md = Texte de la page
    .hint = Markdown : **gras**, *italique*, liens, listes. Pas d’images.
org-field-call_to_action = Invitation à agir (un titre au-dessus des actions de la campagne)
org-field-age = Clé publique pour les exports
    .hint = Une clé publique age (age1…). Avec une clé, les exports sont chiffrés pour elle et n’existent jamais en clair sur le serveur. Laissez le champ vide pour la supprimer.

## Mails to an organisation's contact
endorse-mail-subject = Merci de confirmer : ⁨{ $organisation }⁩ signe l’appel « ⁨{ $campaign }⁩ »
endorse-mail-intro = Quelqu’un a signé l’appel « ⁨{ $campaign }⁩ » au nom de l’organisation ⁨{ $organisation }⁩, en indiquant cette adresse e-mail comme contact.
endorse-mail-button = Nous confirmons notre soutien
endorse-mail-ignore = Si ce n’était pas vous, ignorez cet e-mail : rien n’est publié sans confirmation.
org-approved-mail-subject = ⁨{ $organisation }⁩ signe désormais l’appel « ⁨{ $campaign }⁩ »
org-approved-mail-intro = Merci : la coordination a validé le soutien de l’organisation ⁨{ $organisation }⁩. Elle figure désormais parmi les organisations signataires de l’appel.
org-approved-mail-next = Votre page partenaire est prête : les actions faites par son intermédiaire sont attribuées à votre organisation.
org-approved-mail-link = Ouvrir la page partenaire
org-rejected-mail-subject = Au sujet du soutien de l’organisation ⁨{ $organisation }⁩
org-rejected-mail-intro = La coordination de « ⁨{ $campaign }⁩ » n’a pas validé le soutien de l’organisation ⁨{ $organisation }⁩.
org-rejected-mail-reason = Motif indiqué :

## Audit log and jobs
audit-org-approved = Soutien validé
audit-org-rejected = Soutien refusé
audit-org-page-saved = Page partenaire enregistrée
audit-org-key-set = Clé d’export enregistrée
audit-org-key-removed = Clé d’export supprimée
audit-org-supporters-read = Lecture des sympathisant·es (page)
audit-org-supporters-searched = Recherche de sympathisant·es par e-mail
audit-org-supporters-exported = Export des sympathisant·es
job-kind-organisation-mail = E-mail à la personne à contacter d’une organisation
endorsers-see = Voir la liste
org-export-csv = Exporter nos sympathisant·es (CSV)
detail-consent-partner = Peut vous contacter au sujet de cette campagne
form-error-rate = Trop de formulaires ont été envoyés d'ici à l'instant. Veuillez patienter une minute et réessayer.
endorse-logo-again = Si vous avez choisi un logo, choisissez-le à nouveau : les fichiers ne sont pas conservés quand un formulaire est refusé.
org-decided-nothing = Rien n'a changé : le soutien était déjà dans cet état, ou n'est pas encore confirmé.

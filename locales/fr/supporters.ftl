# Supporters: mail to them and their own pages (French).

email-error = Cela ne ressemble pas à une adresse e-mail. Vérifiez-la et réessayez.
country-error = Choisissez un pays dans la liste.
confirm-mail-subject = Confirmez votre signature : ⁨{ $title }⁩
confirm-mail-greeting-anonymous = Bonjour,
confirm-mail-intro = Vous avez signé la pétition « ⁨{ $title }⁩ ». Pour confirmer votre signature, ouvrez le lien ci-dessous et cliquez sur le bouton de cette page. D’ici là, votre signature n’est pas comptée.
confirm-mail-button = Je confirme ma signature
confirm-mail-ignore = { $count-n ->
    [one] Si vous n’avez pas signé, ignorez cet e-mail : la signature sera supprimée au bout de { $count } jour.
   *[other] Si vous n’avez pas signé, ignorez cet e-mail : la signature sera supprimée au bout de { $count } jours.
}
mail-own-page = Consulter, télécharger ou effacer vos données
mail-unsubscribe = Se désabonner
link-invalid = Ce lien n’est pas valide, ou les données auxquelles il renvoie ont été effacées.
unsubscribe-title = Désabonnement
unsubscribe-explain = Cliquez sur le bouton pour retirer tous les consentements que vous avez donnés pour recevoir des nouvelles des organisations de la campagne.
unsubscribe-button = Je me désabonne
unsubscribe-done = Votre désabonnement est enregistré : vous ne recevrez plus de nouvelles des organisations de la campagne.
me-title = Vos données
me-data-heading = Ce que nous conservons à votre sujet
me-since = Date d’inscription
me-download = Télécharger toutes vos données (JSON)
me-consents-heading = Organisations dont vous avez accepté de recevoir des nouvelles
me-no-consents = Vous n’avez accepté de recevoir des nouvelles d’aucune organisation.
me-consent-given = consentement donné
me-consent-withdrawn = consentement retiré
me-withdraw = Je retire mon consentement
me-signatures-heading = Vos signatures
me-no-signatures = Aucune signature.
me-confirmed = confirmée
me-pending = en attente de confirmation
me-erase-heading = Effacer vos données
me-erase-explain = Cette action efface définitivement votre nom, votre adresse e-mail, vos signatures, vos réponses aux événements, vos lettres et vos consentements. Vos signatures ne seront plus comptées, et les lettres qui attendent encore ne seront pas envoyées. Une lettre déjà remise est chez son ou sa responsable politique : elle reste comptée, mais nous n’en gardons rien.
me-erase-sure = Oui, je veux effacer tout ce qui me concerne
me-erase-button = J’efface mes données
me-erase-not-sure = Cochez la case pour confirmer que vous voulez effacer vos données ; rien n’a été effacé.
me-erased-title = Vos données sont effacées
me-erased = Tout ce que nous conservions à votre sujet a été supprimé.
unsubscribe-home = Aller à l’accueil de la campagne
me-links-heading = Liens vers cette page
me-links-explain = Le lien vers cette page fonctionne 90 jours après l’e-mail qui l’a apporté. Si un de nos e-mails est arrivé chez quelqu’un d’autre, mettez fin à tous les liens envoyés jusqu’ici : notre prochain e-mail en apportera un nouveau.
me-links-button = Mettre fin à tous les liens vers cette page
me-links-ended-title = Liens désactivés
me-links-ended = Tous les liens vers votre page que nous avons envoyés sont désactivés, celui-ci aussi. Notre prochain e-mail en apportera un nouveau.

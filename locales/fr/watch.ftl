## The watch list
watch-title = Liste de veille
watch-intro = Les efforts pour soutenir ou réhabiliter le régime de Bachar al-Assad, au fil de l’eau : conférences, accords commerciaux, étapes de normalisation, accords d’expulsion. Chacun est sourcé et nomme les responsables politiques.
watch-back-to-campaign = Retour à la campagne
watch-when-filter = À venir ou passés
watch-upcoming = À venir et en cours
watch-past = Passés
watch-none = Rien ici.
watch-field-kind = Type
watch-field-when = Quand
watch-field-place = Lieu
watch-people = Responsables politiques
watch-sources = Sources
watch-kind-conference = Conférence
watch-kind-trade-deal = Accord commercial
watch-kind-normalisation = Étape de normalisation
watch-kind-deportation = Accord d’expulsion
watch-kind-other = Autre
watch-new-title = Ajouter à la liste de veille
watch-edit-title = Modifier un élément de la liste de veille
watch-public-page = La page publique
watch-saved = La liste de veille est enregistrée.
watch-deleted = L’élément est supprimé.
watch-choose-kind = Choisir un type
watch-field-starts = Premier jour
watch-field-ends = Dernier jour
watch-date-hint = Sous la forme 2027-03-14 (année, mois, jour).
watch-no-country = Aucun pays, ou plusieurs
watch-field-title = Titre
watch-field-description = De quoi il s’agit (Markdown)
watch-sources-hint = Au moins une source avec son lien. Laissez vides les lignes inutiles.
watch-source-n = Source { $count }
watch-source-title = Titre
watch-source-publisher = Éditeur
watch-source-url = Lien
watch-source-published = Publiée le (sous la forme 2027-03-14)
watch-no-targets = Aucun responsable politique pour l’instant : ajoutez-en d’abord.
watch-save = Enregistrer
watch-delete = Supprimer cet élément
watch-error-ends-before = Le dernier jour précède le premier.
watch-error-no-source = Donnez au moins une source, avec son lien.
audit-watch-saved = Élément de la liste de veille enregistré
audit-watch-deleted = Élément de la liste de veille supprimé
watch-upcoming-count = { $count-n ->
    [one] { $count } effort de réhabilitation du régime est à venir ou en cours.
   *[other] { $count } efforts de réhabilitation du régime sont à venir ou en cours.
}
watch-see = Voir la liste de veille

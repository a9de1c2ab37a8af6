## Decision-makers (staff pages; "target" is the code's word only)
targets-title = Responsables politiques
targets-intro = Les personnes qui décident, que lettres et appels atteindront : chacune dans sa langue, à l’heure de son propre fuseau horaire. Leurs adresses et numéros sont chiffrés ; seuls le nom, la fonction, l’institution et les numéros de téléphone de celles marquées publiques sont montrés (les numéros sur les pages d’appel).
target-new-title = Ajouter un ou une responsable
target-edit-title = Modifier un ou une responsable
targets-search = Nom, fonction ou institution
targets-all-countries = Tous les pays
targets-search-button = Rechercher
targets-count = { $count-n ->
    [one] { $count } responsable
   *[other] { $count } responsables
}
target-field-name = Nom
target-field-role = Fonction
target-field-institution = Institution
target-field-area = Territoire
    .hint = Une région, une circonscription ou une ville, si sa fonction en couvre une.
target-field-lang = Langue
    .hint = La langue dans laquelle les lettres lui parviennent.
target-field-time_zone = Fuseau horaire
    .hint = Les lettres lui parviennent pendant ses heures de travail, à cette heure-là. Laissez vide pour le fuseau principal du pays, ou écrivez-en un comme Europe/Paris.
target-field-emails = Adresses e-mail
    .hint = Une ou plusieurs, une par ligne. La première permet de la reconnaître lors d’un import.
target-field-phones = Numéros de téléphone
    .hint = Au format international, comme +33 1 49 27 49 27 ; un par ligne.
target-field-public = Montrer publiquement
    .hint = Son nom, sa fonction et son institution peuvent paraître sur les pages publiques, et ses numéros de téléphone sur les pages d’appel. Jamais ses adresses e-mail.
target-public-col = Public
target-demo = données de démonstration
target-choose-country = Choisir un pays
target-save = Enregistrer
target-delete = Supprimer ce ou cette responsable
target-saved = Le ou la responsable est enregistré·e.
target-deleted = Le ou la responsable est supprimé·e.
target-delete-history = Supprimer ce ou cette responsable supprime aussi, définitivement :
target-delete-waiting = { $count-n ->
    [one] { $count } lettre qui attend encore de lui être envoyée (la personne qui l’a écrite n’est pas prévenue)
   *[other] { $count } lettres qui attendent encore de lui être envoyées (les personnes qui les ont écrites ne sont pas prévenues)
}
target-delete-delivered = { $count-n ->
    [one] { $count } lettre remise, retirée de tous les compteurs
   *[other] { $count } lettres remises, retirées de tous les compteurs
}
target-delete-calls = { $count-n ->
    [one] { $count } appel signalé, retiré de tous les compteurs
   *[other] { $count } appels signalés, retirés de tous les compteurs
}
target-delete-sure = Je comprends : supprimer avec tout cela
target-delete-unsure = Cocher la case pour supprimer avec les lettres et les appels, ou garder la fiche et décocher « Montrer publiquement » : les lettres cessent alors d’être envoyées.
targets-export = Télécharger tous les responsables en CSV (le téléchargement est inscrit au journal d’audit)
target-groups-title = Groupes
target-groups-none = Aucun groupe pour l’instant.
target-group-new = Nouveau groupe
target-group-add = Ajouter le groupe
target-group-delete = Supprimer
target-group-saved = Les groupes sont enregistrés.
targets-import-title = Importer un fichier CSV
targets-import-label = Texte CSV
targets-import-hint = Colonnes : name, role, institution, country (deux lettres), area, language (ar, en, fr, es, de), time_zone, emails et phones (séparés par des points-virgules), public (yes ou no), groups (séparés par des points-virgules). Une personne déjà présente avec la même première adresse est mise à jour. Une seule ligne fausse, et rien n’est importé.
targets-import-submit = Importer
targets-import-refused = Rien n’a été importé. Corrigez ces lignes et importez à nouveau :
targets-imported = Import terminé : { $added } ajouté·es, { $updated } mis·es à jour, { $unchanged } inchangé·es.
target-error-phone = Écrivez le numéro au format international, avec + et l’indicatif du pays.
target-error-lang = Choisissez l’une des langues proposées.
target-error-email = L’une de ces adresses n’est pas une adresse e-mail.
target-error-no-email = Donnez au moins une adresse e-mail : une lettre doit pouvoir partir.
target-error-too-many = { $count } au plus ici.
target-error-exists = Une personne avec cette première adresse est déjà enregistrée.
target-error-public = Écrivez yes ou no.
target-error-group = Un nom de groupe est trop long ou contient des caractères impossibles à afficher.
target-error-group-semicolon = Un nom de groupe ne peut pas contenir de point-virgule : il sépare les groupes dans le fichier CSV.
target-csv-too-many = Trop de lignes : importez-en { $count } au plus à la fois.
target-csv-duplicate = Cette première adresse figure déjà sur une ligne précédente.
audit-target-saved = Responsable enregistré·e
audit-target-deleted = Responsable supprimé·e
audit-targets-imported = Responsables importé·es
audit-targets-exported = Responsables exporté·es
target-error-cap = Une campagne garde au plus { $count } responsables.

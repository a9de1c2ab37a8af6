# Le journal d’audit

audit-title = Journal d’audit
audit-explain = Chaque export de données de sympathisant·es : qui l’a fait, et quand.
audit-empty = Rien n’a encore été exporté.
col-when-utc = Date (UTC)

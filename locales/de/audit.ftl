# Das Prüfprotokoll

audit-title = Prüfprotokoll
audit-explain = Jeder Export von Daten der Unterstützenden, mit Angabe, wer ihn wann vorgenommen hat.
audit-empty = Es wurde noch nichts exportiert.
col-when-utc = Wann (UTC)

# El registro de auditoría

audit-title = Registro de auditoría
audit-explain = Cada exportación de datos de simpatizantes, con quién la hizo y cuándo.
audit-empty = Todavía no se ha exportado nada.
col-when-utc = Fecha (UTC)

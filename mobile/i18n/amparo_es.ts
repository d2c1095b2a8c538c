<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AgencyField</name>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing to show for these filters.</source>
        <translation>No hay nada que mostrar con estos filtros.</translation>
    </message>
    <message>
        <source>Show fewer</source>
        <translation>Mostrar menos</translation>
    </message>
    <message>
        <source>Show all %1</source>
        <translation>Mostrar todo (%1)</translation>
    </message>
    <message>
        <source>&lt;5: fewer than 5 people; the exact count is withheld to protect them.</source>
        <translation>&lt;5: menos de 5 personas; la cifra exacta se reserva para protegerlas.</translation>
    </message>
</context>
<context>
    <name>BorderModuleCard</name>
    <message>
        <source>Border</source>
        <translation>Frontera</translation>
    </message>
    <message>
        <source>Direction of movement</source>
        <translation>Dirección del movimiento</translation>
    </message>
    <message>
        <source>Individuals (estimate)</source>
        <translation>Personas (estimación)</translation>
    </message>
    <message>
        <source>Family groups</source>
        <translation>Grupos familiares</translation>
    </message>
    <message>
        <source>Unaccompanied or separated children</source>
        <translation>Niñas, niños y adolescentes no acompañados o separados</translation>
    </message>
    <message>
        <source>Caravans</source>
        <translation>Caravanas</translation>
    </message>
    <message>
        <source>How people cross</source>
        <translation>Cómo cruzan las personas</translation>
    </message>
    <message>
        <source>Authorities present</source>
        <translation>Autoridades presentes</translation>
    </message>
    <message>
        <source>Incidents observed</source>
        <translation>Incidentes observados</translation>
    </message>
    <message>
        <source>Information point present</source>
        <translation>Hay punto de información</translation>
    </message>
</context>
<context>
    <name>CaseFormHeader</name>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
</context>
<context>
    <name>ConflictComparePage</name>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Resolve a conflict</source>
        <translation>Resolver un conflicto</translation>
    </message>
    <message>
        <source>Keep the left version</source>
        <translation>Conservar versión izquierda</translation>
    </message>
    <message>
        <source>Keep the right version</source>
        <translation>Conservar versión derecha</translation>
    </message>
    <message numerus="yes">
        <source>Merge: %n field(s) from the right</source>
        <translation>
            <numerusform>Combinar: %n campo de la derecha</numerusform>
            <numerusform>Combinar: %n campos de la derecha</numerusform>
        </translation>
    </message>
    <message>
        <source>This record is not in conflict (any more).</source>
        <translation>Este registro (ya) no está en conflicto.</translation>
    </message>
    <message>
        <source>Left: the version that wins for now</source>
        <translation>Izquierda: la versión que prevalece por ahora</translation>
    </message>
    <message>
        <source>Right: the other version</source>
        <translation>Derecha: la otra versión</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Touch the value to keep in each highlighted field, then merge; or keep one version whole.</source>
        <translation>Toca el valor que quieres conservar en cada campo resaltado y luego combina; o conserva una versión completa.</translation>
    </message>
</context>
<context>
    <name>ConflictPage</name>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>This record was changed on this device and on another one. Choose which version to keep; the other one is closed on the server at the next sync.</source>
        <translation>Este registro se cambió en este dispositivo y en otro. Elige qué versión conservar; la otra se cierra en el servidor en la próxima sincronización.</translation>
    </message>
    <message>
        <source>This record is not in conflict.</source>
        <translation>Este registro no está en conflicto.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Este dispositivo</translation>
    </message>
    <message>
        <source>Other device</source>
        <translation>Otro dispositivo</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Conservar la otra</translation>
    </message>
</context>
<context>
    <name>CoordinatorApi</name>
    <message>
        <source>Cannot reach the server.</source>
        <translation>No se puede conectar con el servidor.</translation>
    </message>
    <message>
        <source>The server refused the request as malformed.</source>
        <translation>El servidor rechazó la solicitud por estar mal formada.</translation>
    </message>
    <message>
        <source>This device is no longer signed in: sign in again.</source>
        <translation>Este dispositivo ya no tiene sesión iniciada: inicia sesión de nuevo.</translation>
    </message>
    <message>
        <source>Your account may not see this (another office or role).</source>
        <translation>Tu cuenta no puede ver esto (otra oficina u otro rol).</translation>
    </message>
    <message>
        <source>The server does not have this record.</source>
        <translation>El servidor no tiene este registro.</translation>
    </message>
    <message>
        <source>The record changed meanwhile: reload it and try again.</source>
        <translation>El registro cambió mientras tanto: vuelve a cargarlo e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The server is busy or its storage is unavailable; try again later.</source>
        <translation>El servidor está ocupado o su almacenamiento no está disponible; inténtalo más tarde.</translation>
    </message>
    <message>
        <source>The server answered with an error (%1).</source>
        <translation>El servidor respondió con un error (%1).</translation>
    </message>
    <message>
        <source>Sign in to the server first.</source>
        <translation>Inicia sesión primero en el servidor.</translation>
    </message>
</context>
<context>
    <name>CoordinatorHomePage</name>
    <message>
        <source>Amparo · Coordination</source>
        <translation>Amparo · Coordinación</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message numerus="yes">
        <source>More than %n records raise an alert and are not reviewed yet.</source>
        <translation>
            <numerusform>Más de %n registro con alerta aún no se ha revisado.</numerusform>
            <numerusform>Más de %n registros con alerta aún no se han revisado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) raise an alert and are not reviewed yet.</source>
        <translation>
            <numerusform>%n registro con alerta aún no se ha revisado.</numerusform>
            <numerusform>%n registros con alerta aún no se han revisado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Touch to see them.</source>
        <translation>Toca para verlos.</translation>
    </message>
    <message>
        <source>Visit log</source>
        <translation>Bitácora de visitas</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflictos (%1)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
</context>
<context>
    <name>CountField</name>
    <message>
        <source>Not counted</source>
        <translation>Sin contar</translation>
    </message>
</context>
<context>
    <name>CountryField</name>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
</context>
<context>
    <name>CountryListField</name>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Add a country…</source>
        <translation>Agregar un país…</translation>
    </message>
</context>
<context>
    <name>CountryPickerDialog</name>
    <message>
        <source>Add a country</source>
        <translation>Agregar un país</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Search by name or code</source>
        <translation>Buscar por nombre o código</translation>
    </message>
    <message>
        <source>No country matches.</source>
        <translation>Ningún país coincide.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>All my offices</source>
        <translation>Todas mis oficinas</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>Tipo de visita</translation>
    </message>
    <message>
        <source>From yyyy-mm-dd</source>
        <translation>Desde aaaa-mm-dd</translation>
    </message>
    <message>
        <source>To yyyy-mm-dd</source>
        <translation>Hasta aaaa-mm-dd</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) with an alert not reviewed yet</source>
        <translation>
            <numerusform>%n visita con alerta sin revisar</numerusform>
            <numerusform>%n visitas con alerta sin revisar</numerusform>
        </translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Acceso negado</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <source>People covered</source>
        <translation>Personas alcanzadas</translation>
    </message>
    <message>
        <source>Information sessions</source>
        <translation>Sesiones informativas</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Unaccompanied or separated children</source>
        <translation>Niñas, niños y adolescentes no acompañados o separados</translation>
    </message>
    <message>
        <source>Visits by type</source>
        <translation>Visitas por tipo</translation>
    </message>
    <message>
        <source>Activity per month</source>
        <translation>Actividad por mes</translation>
    </message>
    <message>
        <source>People covered by nationality, sex and age</source>
        <translation>Personas alcanzadas por nacionalidad, sexo y edad</translation>
    </message>
    <message>
        <source>Specific needs</source>
        <translation>Necesidades específicas</translation>
    </message>
    <message>
        <source>Referrals by agency</source>
        <translation>Referencias por institución</translation>
    </message>
    <message>
        <source>Referrals by agency and status</source>
        <translation>Referencias por institución y estado</translation>
    </message>
    <message>
        <source>Detention: population at the last visit (red: children present)</source>
        <translation>Detención: población en la última visita (rojo: con niñas y niños presentes)</translation>
    </message>
    <message>
        <source>Capacity, population and children over time: %1</source>
        <translation>Capacidad, población y niñez en el tiempo: %1</translation>
    </message>
    <message>
        <source>Shelters: occupancy at the last visit (red: above capacity)</source>
        <translation>Albergues: ocupación en la última visita (rojo: excede la capacidad)</translation>
    </message>
    <message>
        <source>Capacity and occupancy over time: %1</source>
        <translation>Capacidad y ocupación en el tiempo: %1</translation>
    </message>
    <message numerus="yes">
        <source>Computed by the server from %n record(s). Counts from 1 to 4 are shown as &lt;5.</source>
        <translation>
            <numerusform>Calculado por el servidor a partir de %n registro. Los conteos de 1 a 4 se muestran como &lt;5.</numerusform>
            <numerusform>Calculado por el servidor a partir de %n registros. Los conteos de 1 a 4 se muestran como &lt;5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Use the form 2026-11-20 15:00</source>
        <translation>Usa el formato 2026-11-20 15:00</translation>
    </message>
</context>
<context>
    <name>DetentionModuleCard</name>
    <message>
        <source>Detention</source>
        <translation>Detención</translation>
    </message>
    <message>
        <source>Legal basis of detention</source>
        <translation>Fundamento legal de la detención</translation>
    </message>
    <message>
        <source>Official capacity</source>
        <translation>Capacidad oficial</translation>
    </message>
    <message>
        <source>Population today</source>
        <translation>Población del día</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Niñas</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>Niños</translation>
    </message>
    <message>
        <source>Sex or age not known</source>
        <translation>Sexo o edad desconocidos</translation>
    </message>
    <message>
        <source>Families present</source>
        <translation>Familias presentes</translation>
    </message>
    <message>
        <source>Longest stay (days)</source>
        <translation>Estancia más larga (días)</translation>
    </message>
    <message>
        <source>Average stay (days)</source>
        <translation>Estancia promedio (días)</translation>
    </message>
    <message>
        <source>Wishing to apply for asylum</source>
        <translation>Desean solicitar asilo</translation>
    </message>
    <message>
        <source>Applications lodged</source>
        <translation>Solicitudes presentadas</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Women staff</source>
        <translation>Mujeres en el personal</translation>
    </message>
    <message>
        <source>Identified for alternatives to detention</source>
        <translation>Identificadas para alternativas a la detención</translation>
    </message>
    <message>
        <source>Asylum information displayed or handed out</source>
        <translation>Información sobre asilo visible o entregada</translation>
    </message>
    <message>
        <source>Access to COMAR</source>
        <translation>Acceso a la COMAR</translation>
    </message>
    <message>
        <source>Access to lawyers</source>
        <translation>Acceso a abogados</translation>
    </message>
    <message>
        <source>Access to interpreters</source>
        <translation>Acceso a intérpretes</translation>
    </message>
    <message>
        <source>Access to consulate</source>
        <translation>Acceso al consulado</translation>
    </message>
    <message>
        <source>Access to a telephone</source>
        <translation>Acceso a teléfono</translation>
    </message>
    <message>
        <source>Complaint channels available (CNDH)</source>
        <translation>Hay vías de queja (CNDH)</translation>
    </message>
    <message>
        <source>Conditions and treatment of concern</source>
        <translation>Condiciones y trato preocupantes</translation>
    </message>
    <message>
        <source>Staff profile</source>
        <translation>Perfil del personal</translation>
    </message>
    <message>
        <source>Vulnerability screening practice</source>
        <translation>Práctica de identificación de vulnerabilidad</translation>
    </message>
    <message>
        <source>Removal practice</source>
        <translation>Práctica de deportación</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Excel workbook: every kind of record, one sheet each</source>
        <translation>Libro de Excel: todos los tipos de registro, una hoja por tipo</translation>
    </message>
    <message>
        <source>CSV file: one kind of record</source>
        <translation>Archivo CSV: un tipo de registro</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>HXL hashtags on a second header row</source>
        <translation>Etiquetas HXL en una segunda fila de encabezado</translation>
    </message>
    <message>
        <source>With the visit log&apos;s filters. Names and contacts are never exported.</source>
        <translation>Con los filtros de la bitácora de visitas. Nunca se exportan nombres ni contactos.</translation>
    </message>
    <message>
        <source>Everything in your offices. Names and contacts are never exported.</source>
        <translation>Todo lo de tus oficinas. Nunca se exportan nombres ni contactos.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All my offices</source>
        <translation>Todas mis oficinas</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Todos los sitios</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>Tipo de visita</translation>
    </message>
    <message>
        <source>From yyyy-mm-dd</source>
        <translation>Desde aaaa-mm-dd</translation>
    </message>
    <message>
        <source>To yyyy-mm-dd</source>
        <translation>Hasta aaaa-mm-dd</translation>
    </message>
    <message>
        <source>Monitor (account)</source>
        <translation>Monitor (cuenta)</translation>
    </message>
    <message>
        <source>Any review status</source>
        <translation>Cualquier estado de revisión</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisado</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Señalado</translation>
    </message>
    <message>
        <source>Follow-up requested</source>
        <translation>Seguimiento solicitado</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Estado de revisión</translation>
    </message>
    <message>
        <source>Alerts only</source>
        <translation>Solo alertas</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
</context>
<context>
    <name>FindingsCard</name>
    <message numerus="yes">
        <source>%n field(s) need attention before this record can be finalized.</source>
        <translation>
            <numerusform>%n campo requiere atención antes de finalizar este registro.</numerusform>
            <numerusform>%n campos requieren atención antes de finalizar este registro.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to Amparo</source>
        <translation>Te damos la bienvenida a Amparo</translation>
    </message>
    <message>
        <source>Everything you record stays encrypted on this tablet until it is sent to the server.</source>
        <translation>Todo lo que registres queda cifrado en esta tableta hasta que se envíe al servidor.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de acceso</translation>
    </message>
    <message>
        <source>At least %1 characters. Without it nobody, including you, can open the records on this tablet.</source>
        <translation>Al menos %1 caracteres. Sin ella nadie, ni tú, puede abrir los registros de esta tableta.</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Repite la frase de acceso</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Comenzar</translation>
    </message>
</context>
<context>
    <name>FollowUpFormPage</name>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>Contact achieved</source>
        <translation>Se logró el contacto</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>New risks</source>
        <translation>Nuevos riesgos</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Estado del caso</translation>
    </message>
    <message>
        <source>Closure reason</source>
        <translation>Motivo de cierre</translation>
    </message>
    <message>
        <source>Next follow-up on</source>
        <translation>Próximo seguimiento el</translation>
    </message>
    <message>
        <source>Finalize follow-up</source>
        <translation>Finalizar seguimiento</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Amparo</source>
        <translation>Amparo</translation>
    </message>
    <message>
        <source>All visits</source>
        <translation>Todas las visitas</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Nueva visita</translation>
    </message>
    <message>
        <source>Today&apos;s visits</source>
        <translation>Visitas de hoy</translation>
    </message>
    <message>
        <source>No visits today yet.</source>
        <translation>Aún no hay visitas hoy.</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>No drafts.</source>
        <translation>No hay borradores.</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Por sincronizar</translation>
    </message>
    <message>
        <source>Nothing waiting.</source>
        <translation>Nada pendiente.</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <source>No follow-ups due.</source>
        <translation>No hay seguimientos pendientes.</translation>
    </message>
</context>
<context>
    <name>IncidentFormPage</name>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>Perpetrador</translation>
    </message>
    <message>
        <source>Short factual description (no names)</source>
        <translation>Descripción breve de los hechos (sin nombres)</translation>
    </message>
    <message>
        <source>Sexual violence is recorded as a code only: no description.</source>
        <translation>La violencia sexual se registra solo con el código: sin descripción.</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>Cuándo y dónde</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>Ocurrió el</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Se informó el</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Víctimas</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Niñas</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>Niños</translation>
    </message>
    <message>
        <source>Unaccompanied children</source>
        <translation>Niñas y niños no acompañados</translation>
    </message>
    <message>
        <source>Finalize incident</source>
        <translation>Finalizar incidente</translation>
    </message>
</context>
<context>
    <name>InformationSessionsCard</name>
    <message>
        <source>Information sessions</source>
        <translation>Sesiones informativas</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sesión %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Niñas</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>Niños</translation>
    </message>
    <message>
        <source>Add an information session</source>
        <translation>Agregar una sesión informativa</translation>
    </message>
</context>
<context>
    <name>LineChart</name>
    <message>
        <source>Nothing to show for these filters.</source>
        <translation>No hay nada que mostrar con estos filtros.</translation>
    </message>
    <message>
        <source>Alert raised</source>
        <translation>Alerta emitida</translation>
    </message>
</context>
<context>
    <name>LocationCard</name>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>No position source on this device.</source>
        <translation>Este dispositivo no tiene fuente de posición.</translation>
    </message>
    <message>
        <source>Waiting for a position…</source>
        <translation>Esperando una posición…</translation>
    </message>
    <message>
        <source>Current position: %1</source>
        <translation>Posición actual: %1</translation>
    </message>
    <message>
        <source>Accuracy is worse than 100 m: check the position or enter it by hand.</source>
        <translation>La precisión es peor que 100 m: revisa la posición o escríbela a mano.</translation>
    </message>
    <message>
        <source>Recorded (GNSS): %1</source>
        <translation>Registrada (GNSS): %1</translation>
    </message>
    <message>
        <source>Recorded (entered by hand): %1</source>
        <translation>Registrada (escrita a mano): %1</translation>
    </message>
    <message>
        <source>Recorded: no fix</source>
        <translation>Registrada: sin posición</translation>
    </message>
    <message>
        <source>No position recorded yet.</source>
        <translation>Aún no hay posición registrada.</translation>
    </message>
    <message>
        <source>Use this position</source>
        <translation>Usar esta posición</translation>
    </message>
    <message>
        <source>Enter by hand</source>
        <translation>Escribir a mano</translation>
    </message>
    <message>
        <source>No fix</source>
        <translation>Sin posición</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Save position</source>
        <translation>Guardar posición</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Amparo</source>
        <translation>Amparo</translation>
    </message>
</context>
<context>
    <name>NeedsPickerDialog</name>
    <message>
        <source>Add a specific need</source>
        <translation>Agregar una necesidad específica</translation>
    </message>
    <message>
        <source>Search by code or description</source>
        <translation>Buscar por código o descripción</translation>
    </message>
    <message>
        <source>No code matches.</source>
        <translation>Ningún código coincide.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>NewSiteDialog</name>
    <message>
        <source>New site</source>
        <translation>Nuevo sitio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save site</source>
        <translation>Guardar sitio</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type of site</source>
        <translation>Tipo de sitio</translation>
    </message>
    <message>
        <source>Subtype (e.g. garita, río, DIF shelter)</source>
        <translation>Subtipo (p. ej. garita, río, albergue del DIF)</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipio</translation>
    </message>
</context>
<context>
    <name>RecordDetailPage</name>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Choose a record in the list.</source>
        <translation>Elige un registro de la lista.</translation>
    </message>
    <message>
        <source>Recorded by %1 · office %2 · last changed %3</source>
        <translation>Registrado por %1 · oficina %2 · último cambio %3</translation>
    </message>
    <message>
        <source>This record was withdrawn.</source>
        <translation>Este registro fue retirado.</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Marcar revisado</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Señalar</translation>
    </message>
    <message>
        <source>Request a follow-up</source>
        <translation>Solicitar seguimiento</translation>
    </message>
    <message>
        <source>Resolve the conflict</source>
        <translation>Resolver el conflicto</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <source>Names, contacts and exact ages are hidden. Showing them is recorded with your name and reason.</source>
        <translation>Los nombres, contactos y edades exactas están ocultos. Si los muestras, se registran tu nombre y el motivo.</translation>
    </message>
    <message>
        <source>Show personal data…</source>
        <translation>Mostrar datos personales…</translation>
    </message>
    <message>
        <source>Shown for: %1</source>
        <translation>Mostrados por motivo: %1</translation>
    </message>
    <message>
        <source>Hide personal data</source>
        <translation>Ocultar datos personales</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Linked records (%1)</source>
        <translation>Registros vinculados (%1)</translation>
    </message>
    <message>
        <source>No screenings or incidents from this visit.</source>
        <translation>No hay entrevistas ni incidentes de esta visita.</translation>
    </message>
    <message>
        <source>No referrals, follow-ups or incidents for this case.</source>
        <translation>No hay referencias, seguimientos ni incidentes para este caso.</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Reviews (%1)</source>
        <translation>Revisiones (%1)</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>Aún sin revisar.</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisado</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Señalado</translation>
    </message>
    <message>
        <source>Follow-up requested</source>
        <translation>Seguimiento solicitado</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>para el %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Emergency-priority case</source>
        <translation>Caso con prioridad de emergencia</translation>
    </message>
    <message>
        <source>The monitor raised an alert</source>
        <translation>El monitor emitió una alerta</translation>
    </message>
</context>
<context>
    <name>ReferralFormPage</name>
    <message>
        <source>Referral</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Agency and consent</source>
        <translation>Institución y consentimiento</translation>
    </message>
    <message>
        <source>Destination agency</source>
        <translation>Institución de destino</translation>
    </message>
    <message>
        <source>The case consents to a referral to this agency.</source>
        <translation>La persona consiente la referencia a esta institución.</translation>
    </message>
    <message>
        <source>The case withdrew consent for this agency: nothing more may be shared.</source>
        <translation>La persona retiró el consentimiento para esta institución: no se puede compartir nada más.</translation>
    </message>
    <message>
        <source>The case has no referral consent for this agency. Record it in the screening first.</source>
        <translation>La persona no ha dado consentimiento de referencia para esta institución. Regístralo primero en la entrevista.</translation>
    </message>
    <message>
        <source>Supervisor who signed off (required for INM and COMAR)</source>
        <translation>Supervisora o supervisor que autorizó (obligatorio para INM y COMAR)</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Proveedor del servicio</translation>
    </message>
    <message>
        <source>Type (legal, health, shelter…)</source>
        <translation>Tipo (legal, salud, albergue…)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>Fields shared (only what the agency needs)</source>
        <translation>Campos compartidos (solo lo que la institución necesita)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Enviada el</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Respondida el</translation>
    </message>
    <message>
        <source>Reason for the rejection</source>
        <translation>Motivo del rechazo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Finalize referral</source>
        <translation>Finalizar referencia</translation>
    </message>
</context>
<context>
    <name>ReviewChip</name>
    <message>
        <source>Reviewed ✓</source>
        <translation>Revisado ✓</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Señalado</translation>
    </message>
    <message>
        <source>Follow-up by %1</source>
        <translation>Seguimiento para el %1</translation>
    </message>
    <message>
        <source>Follow-up requested</source>
        <translation>Seguimiento solicitado</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review %1 records</source>
        <translation>Revisar %1 registros</translation>
    </message>
    <message>
        <source>Review this record</source>
        <translation>Revisar este registro</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Marcar revisado</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Señalar</translation>
    </message>
    <message>
        <source>Request a follow-up</source>
        <translation>Solicitar seguimiento</translation>
    </message>
    <message>
        <source>What is wrong (required)</source>
        <translation>Qué está mal (obligatorio)</translation>
    </message>
    <message>
        <source>Comment for the monitor</source>
        <translation>Comentario para el monitor</translation>
    </message>
    <message>
        <source>No names or personal details here.</source>
        <translation>Aquí no van nombres ni datos personales.</translation>
    </message>
    <message>
        <source>Follow-up by yyyy-mm-dd</source>
        <translation>Seguimiento para el aaaa-mm-dd</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Send review</source>
        <translation>Enviar revisión</translation>
    </message>
</context>
<context>
    <name>ReviewsCard</name>
    <message>
        <source>Coordinator reviews</source>
        <translation>Revisiones de la coordinación</translation>
    </message>
</context>
<context>
    <name>RevisionHistoryList</name>
    <message>
        <source>Current version</source>
        <translation>Versión actual</translation>
    </message>
    <message>
        <source>Conflicting version</source>
        <translation>Versión en conflicto</translation>
    </message>
    <message>
        <source>Earlier version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirada</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>revisión %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>después de %1</translation>
    </message>
</context>
<context>
    <name>ScreeningDelegate</name>
    <message>
        <source>Screening</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Personal data removed from this device</source>
        <translation>Datos personales borrados de este dispositivo</translation>
    </message>
</context>
<context>
    <name>ScreeningFormPage</name>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Mode and consent</source>
        <translation>Modalidad y consentimiento</translation>
    </message>
    <message>
        <source>Kind of screening</source>
        <translation>Tipo de entrevista</translation>
    </message>
    <message>
        <source>Identified: needed for referrals and follow-up. Name and contact are kept apart, encrypted.</source>
        <translation>Identificada: necesaria para referencias y seguimiento. Nombre y contacto se guardan aparte, cifrados.</translation>
    </message>
    <message>
        <source>Anonymous: one per household, no name or contact.</source>
        <translation>Anónima: una por hogar, sin nombre ni contacto.</translation>
    </message>
    <message>
        <source>Consents to the interview</source>
        <translation>Consiente la entrevista</translation>
    </message>
    <message>
        <source>Consents to keeping name and contact</source>
        <translation>Consiente que se guarden nombre y contacto</translation>
    </message>
    <message>
        <source>Consents to a referral</source>
        <translation>Consiente una referencia</translation>
    </message>
    <message>
        <source>The child assents</source>
        <translation>La niña, niño o adolescente asiente</translation>
    </message>
    <message>
        <source>A parent or guardian consents</source>
        <translation>Madre, padre o tutor consiente</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base legal</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Persona entrevistada</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>Edad en años</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Stateless</source>
        <translation>Apátrida</translation>
    </message>
    <message>
        <source>Household on the move</source>
        <translation>Hogar en movimiento</translation>
    </message>
    <message>
        <source>Travelling</source>
        <translation>Viaja</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Personas adultas</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Niñas y niños</translation>
    </message>
    <message>
        <source>Children under 5</source>
        <translation>Menores de 5 años</translation>
    </message>
    <message>
        <source>Flight and intentions</source>
        <translation>Huida e intenciones</translation>
    </message>
    <message>
        <source>Reasons for leaving</source>
        <translation>Motivos de salida</translation>
    </message>
    <message>
        <source>Risk if returned</source>
        <translation>Riesgo en caso de retorno</translation>
    </message>
    <message>
        <source>Intends to seek asylum in Mexico</source>
        <translation>Piensa solicitar asilo en México</translation>
    </message>
    <message>
        <source>COMAR status</source>
        <translation>Situación ante la COMAR</translation>
    </message>
    <message>
        <source>Documents held</source>
        <translation>Documentos que tiene</translation>
    </message>
    <message>
        <source>Specific needs</source>
        <translation>Necesidades específicas</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Add a specific need…</source>
        <translation>Agregar una necesidad específica…</translation>
    </message>
    <message>
        <source>Risks, information and priority</source>
        <translation>Riesgos, información y prioridad</translation>
    </message>
    <message>
        <source>At risk of refoulement (LP-RR)</source>
        <translation>En riesgo de devolución (LP-RR)</translation>
    </message>
    <message>
        <source>Detained (LP-DA)</source>
        <translation>Detenida (LP-DA)</translation>
    </message>
    <message>
        <source>At risk of removal (LP-RD)</source>
        <translation>En riesgo de deportación (LP-RD)</translation>
    </message>
    <message>
        <source>GBV disclosed (code only, no narrative)</source>
        <translation>Reveló VBG (solo código, sin relato)</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>Información brindada</translation>
    </message>
    <message>
        <source>Case priority</source>
        <translation>Prioridad del caso</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Requiere seguimiento</translation>
    </message>
    <message>
        <source>Finalize screening</source>
        <translation>Finalizar entrevista</translation>
    </message>
    <message>
        <source>Identity (kept apart, encrypted)</source>
        <translation>Identidad (aparte, cifrada)</translation>
    </message>
    <message>
        <source>Only for protection cases. Stored as a separate record; switching back to anonymous withdraws it.</source>
        <translation>Solo para casos de protección. Se guarda como registro aparte; volver a anónima lo retira.</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Family names</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Date of birth (may be estimated)</source>
        <translation>Fecha de nacimiento (puede ser estimada)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>When is it safe to call?</source>
        <translation>¿Cuándo es seguro llamar?</translation>
    </message>
    <message>
        <source>Country of habitual residence</source>
        <translation>País de residencia habitual</translation>
    </message>
    <message>
        <source>Already applied for protection</source>
        <translation>Ya solicitó protección</translation>
    </message>
    <message>
        <source>Reasons for not applying</source>
        <translation>Motivos para no solicitar</translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation>País de destino</translation>
    </message>
    <message>
        <source>Paid a smuggler</source>
        <translation>Pagó a un traficante</translation>
    </message>
    <message>
        <source>Alternatives to detention</source>
        <translation>Alternativas a la detención</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Elegible</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Durable solutions</source>
        <translation>Soluciones duraderas</translation>
    </message>
    <message>
        <source>Interest expressed</source>
        <translation>Interés expresado</translation>
    </message>
    <message>
        <source>Resettlement: primary category</source>
        <translation>Reasentamiento: categoría principal</translation>
    </message>
    <message>
        <source>Resettlement: secondary categories</source>
        <translation>Reasentamiento: categorías secundarias</translation>
    </message>
    <message>
        <source>Resettlement priority</source>
        <translation>Prioridad de reasentamiento</translation>
    </message>
    <message>
        <source>RRF reference</source>
        <translation>Referencia RRF</translation>
    </message>
    <message>
        <source>Referral and data sharing: one consent per agency</source>
        <translation>Referencia e intercambio de datos: un consentimiento por institución</translation>
    </message>
    <message>
        <source>Choose an agency…</source>
        <translation>Elegir una institución…</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Consents to sharing data</source>
        <translation>Consiente compartir datos</translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <translation>retirado el %1</translation>
    </message>
    <message>
        <source>given %1</source>
        <translation>dado el %1</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>negado</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Languages (incl. Haitian Creole, indigenous languages, sign language)</source>
        <translation>Idiomas (incl. criollo haitiano, lenguas indígenas, lengua de señas)</translation>
    </message>
    <message>
        <source>Spanish, Haitian Creole</source>
        <translation>español, criollo haitiano</translation>
    </message>
    <message>
        <source>Countries crossed</source>
        <translation>Países de tránsito</translation>
    </message>
    <message>
        <source>Reasons for the destination</source>
        <translation>Motivos del destino</translation>
    </message>
    <message>
        <source>family, work, safety</source>
        <translation>familia, trabajo, seguridad</translation>
    </message>
    <message>
        <source>Main needs (as the person ranks them)</source>
        <translation>Necesidades principales (en el orden que da la persona)</translation>
    </message>
    <message>
        <source>shelter, legal advice, health</source>
        <translation>albergue, asesoría legal, salud</translation>
    </message>
    <message>
        <source>Trafficking indicators (local checklist codes)</source>
        <translation>Indicadores de trata (códigos de la lista local)</translation>
    </message>
    <message>
        <source>Case work</source>
        <translation>Trabajo del caso</translation>
    </message>
    <message>
        <source>Referrals and follow-ups need an identified screening.</source>
        <translation>Las referencias y los seguimientos requieren una entrevista identificada.</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Nueva referencia</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Nuevo seguimiento</translation>
    </message>
    <message>
        <source>Report an incident</source>
        <translation>Registrar un incidente</translation>
    </message>
    <message>
        <source>Personal data removed from this device</source>
        <translation>Datos personales borrados de este dispositivo</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Automatic lock</source>
        <translation>Bloqueo automático</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use (0: only when the app goes to the background).</source>
        <translation>Bloquear tras estos minutos sin uso (0: solo cuando la app pasa a segundo plano).</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar frase de acceso</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de acceso actual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de acceso</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Repite la nueva frase de acceso</translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>Frase de acceso cambiada.</translation>
    </message>
    <message>
        <source>Personal data on this device</source>
        <translation>Datos personales en este dispositivo</translation>
    </message>
    <message>
        <source>Days that names and contacts stay on this device after the server has them. Then they are removed from the device; the records stay listed.</source>
        <translation>Días que los nombres y contactos permanecen en este dispositivo después de que el servidor los tiene. Luego se borran del dispositivo; los registros siguen en la lista.</translation>
    </message>
    <message>
        <source>Days before personal data is removed</source>
        <translation>Días antes de borrar los datos personales</translation>
    </message>
</context>
<context>
    <name>ShelterModuleCard</name>
    <message>
        <source>Shelter</source>
        <translation>Albergue</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Occupancy today</source>
        <translation>Ocupación del día</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Niñas</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>Niños</translation>
    </message>
    <message>
        <source>Unaccompanied children</source>
        <translation>Niñas y niños no acompañados</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Familias</translation>
    </message>
    <message>
        <source>Maximum stay (days)</source>
        <translation>Estancia máxima (días)</translation>
    </message>
    <message>
        <source>Refusals of entry</source>
        <translation>Negativas de ingreso</translation>
    </message>
    <message>
        <source>Reasons for refusals</source>
        <translation>Motivos de las negativas</translation>
    </message>
    <message>
        <source>Services offered</source>
        <translation>Servicios que ofrece</translation>
    </message>
    <message>
        <source>Service gaps</source>
        <translation>Servicios que faltan</translation>
    </message>
    <message>
        <source>Security incidents</source>
        <translation>Incidentes de seguridad</translation>
    </message>
    <message>
        <source>Criminal groups present</source>
        <translation>Presencia de grupos delictivos</translation>
    </message>
</context>
<context>
    <name>ShowPersonalDataDialog</name>
    <message>
        <source>Show personal data</source>
        <translation>Mostrar datos personales</translation>
    </message>
    <message>
        <source>Why do you need to see this person&apos;s data? Your name and the reason are recorded.</source>
        <translation>¿Por qué necesitas ver los datos de esta persona? Se registran tu nombre y el motivo.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Sign in to the server</source>
        <translation>Iniciar sesión en el servidor</translation>
    </message>
    <message>
        <source>Ask your coordinator for the server address and its certificate fingerprint.</source>
        <translation>Pide a tu coordinación la dirección del servidor y la huella de su certificado.</translation>
    </message>
    <message>
        <source>Server address (https://…)</source>
        <translation>Dirección del servidor (https://…)</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Name of this tablet (e.g. Tablet TAP-03)</source>
        <translation>Nombre de esta tableta (p. ej. Tableta TAP-03)</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256)</source>
        <translation>Huella del certificado (SHA-256)</translation>
    </message>
    <message>
        <source>The server presented this fingerprint; sign in only if it is the one you were given: %1</source>
        <translation>El servidor presentó esta huella; inicia sesión solo si es la que te dieron: %1</translation>
    </message>
    <message>
        <source>It matches: use this fingerprint</source>
        <translation>Coincide: usar esta huella</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>SitePickerDialog</name>
    <message>
        <source>Choose a site</source>
        <translation>Elegir un sitio</translation>
    </message>
    <message>
        <source>Search sites</source>
        <translation>Buscar sitios</translation>
    </message>
    <message>
        <source>No site matches.</source>
        <translation>Ningún sitio coincide.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>New site…</source>
        <translation>Nuevo sitio…</translation>
    </message>
</context>
<context>
    <name>StatsModel</name>
    <message>
        <source>Border</source>
        <translation>Frontera</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Albergue</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>Detención</translation>
    </message>
    <message>
        <source>Urban point</source>
        <translation>Punto urbano</translation>
    </message>
    <message>
        <source>Field mission</source>
        <translation>Misión de campo</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>No declarado</translation>
    </message>
    <message>
        <source>Sex unknown</source>
        <translation>Sexo desconocido</translation>
    </message>
    <message>
        <source>0–4</source>
        <translation>0–4</translation>
    </message>
    <message>
        <source>5–11</source>
        <translation>5–11</translation>
    </message>
    <message>
        <source>12–17</source>
        <translation>12–17</translation>
    </message>
    <message>
        <source>18–59</source>
        <translation>18–59</translation>
    </message>
    <message>
        <source>60+</source>
        <translation>60+</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Edad desconocida</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Delivery failed</source>
        <translation>Fallo de entrega</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En atención</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
</context>
<context>
    <name>SyncStateChip</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Por sincronizar</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
</context>
<context>
    <name>SyncStatusCard</name>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Sending records…</source>
        <translation>Enviando registros…</translation>
    </message>
    <message>
        <source>Receiving updates…</source>
        <translation>Recibiendo actualizaciones…</translation>
    </message>
    <message>
        <source>Last attempt failed: %1</source>
        <translation>El último intento falló: %1</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Al día</translation>
    </message>
    <message>
        <source>Not signed in to a server</source>
        <translation>Sin sesión en un servidor</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Waiting to send: %1</source>
        <translation>Pendientes de enviar: %1</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Última sincronización correcta: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nunca sincronizada</translation>
    </message>
    <message>
        <source>Sent %1 records (%2 KB), received %3 records (%4 KB)</source>
        <translation>Enviados %1 registros (%2 KB), recibidos %3 registros (%4 KB)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Change server or account</source>
        <translation>Cambiar servidor o cuenta</translation>
    </message>
    <message>
        <source>Sign in to a server</source>
        <translation>Iniciar sesión en un servidor</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Amparo is locked</source>
        <translation>Amparo está bloqueado</translation>
    </message>
    <message>
        <source>Enter your passphrase to open the records on this tablet.</source>
        <translation>Escribe tu frase de acceso para abrir los registros de esta tableta.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de acceso</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
</context>
<context>
    <name>VisitDelegate</name>
    <message>
        <source>Site not chosen</source>
        <translation>Sitio sin elegir</translation>
    </message>
    <message>
        <source>Type not chosen</source>
        <translation>Tipo sin elegir</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>próximo %1</translation>
    </message>
</context>
<context>
    <name>VisitFormPage</name>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>Tipo de visita</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Choose a site…</source>
        <translation>Elegir un sitio…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Access obtained</source>
        <translation>Acceso obtenido</translation>
    </message>
    <message>
        <source>Why was access denied?</source>
        <translation>¿Por qué se negó el acceso?</translation>
    </message>
    <message>
        <source>People interviewed</source>
        <translation>Personas entrevistadas</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Organización socia</translation>
    </message>
    <message>
        <source>Narrative (restricted)</source>
        <translation>Relato (restringido)</translation>
    </message>
    <message>
        <source>Never shared outside the protection team.</source>
        <translation>Nunca se comparte fuera del equipo de protección.</translation>
    </message>
    <message>
        <source>Screenings in this visit</source>
        <translation>Entrevistas de esta visita</translation>
    </message>
    <message>
        <source>New screening</source>
        <translation>Nueva entrevista</translation>
    </message>
    <message>
        <source>Finalize visit</source>
        <translation>Finalizar visita</translation>
    </message>
    <message>
        <source>Co-monitors (account names, separated by commas)</source>
        <translation>Co-monitores (cuentas, separadas por comas)</translation>
    </message>
    <message>
        <source>Incidents reported in this visit</source>
        <translation>Incidentes registrados en esta visita</translation>
    </message>
    <message>
        <source>Report an incident</source>
        <translation>Registrar un incidente</translation>
    </message>
</context>
<context>
    <name>VisitListPage</name>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Search by site</source>
        <translation>Buscar por sitio</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>Tipo de visita</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Por sincronizar</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Estado de sincronización</translation>
    </message>
    <message>
        <source>From yyyy-mm-dd</source>
        <translation>Desde aaaa-mm-dd</translation>
    </message>
    <message>
        <source>To yyyy-mm-dd</source>
        <translation>Hasta aaaa-mm-dd</translation>
    </message>
    <message>
        <source>No visits match.</source>
        <translation>Ninguna visita coincide.</translation>
    </message>
</context>
<context>
    <name>VisitLogDelegate</name>
    <message>
        <source>Select for review</source>
        <translation>Seleccionar para revisar</translation>
    </message>
    <message>
        <source>Unknown site</source>
        <translation>Sitio desconocido</translation>
    </message>
    <message>
        <source>Type not chosen</source>
        <translation>Tipo sin elegir</translation>
    </message>
    <message numerus="yes">
        <source>%n interviewed</source>
        <translation>
            <numerusform>%n entrevistada</numerusform>
            <numerusform>%n entrevistadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
</context>
<context>
    <name>VisitLogPage</name>
    <message>
        <source>Filters (%1)</source>
        <translation>Filtros (%1)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in conflict</source>
        <translation>
            <numerusform>%n registro en conflicto</numerusform>
            <numerusform>%n registros en conflicto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Quitar selección</translation>
    </message>
    <message>
        <source>Select all loaded</source>
        <translation>Seleccionar los cargados</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Cargar más</translation>
    </message>
    <message>
        <source>No conflicts to resolve.</source>
        <translation>No hay conflictos por resolver.</translation>
    </message>
    <message>
        <source>No records match.</source>
        <translation>Ningún registro coincide.</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n seleccionado</numerusform>
            <numerusform>%n seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Review selected</source>
        <translation>Revisar seleccionados</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Border</source>
        <translation>Frontera</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Albergue</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>Detención</translation>
    </message>
    <message>
        <source>Urban point</source>
        <translation>Punto urbano</translation>
    </message>
    <message>
        <source>Field mission</source>
        <translation>Misión de campo</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Parcial</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Negado</translation>
    </message>
    <message>
        <source>Border point</source>
        <translation>Punto fronterizo</translation>
    </message>
    <message>
        <source>Detention centre</source>
        <translation>Estación migratoria</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anónima</translation>
    </message>
    <message>
        <source>Identified (protection case)</source>
        <translation>Identificada (caso de protección)</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Vital interest</source>
        <translation>Interés vital</translation>
    </message>
    <message>
        <source>Best interests of the child</source>
        <translation>Interés superior de la niñez</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandato</translation>
    </message>
    <message>
        <source>Safety of others</source>
        <translation>Seguridad de terceros</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Prefers not to say</source>
        <translation>Prefiere no decir</translation>
    </message>
    <message>
        <source>Alone</source>
        <translation>Sola o solo</translation>
    </message>
    <message>
        <source>With family</source>
        <translation>Con familia</translation>
    </message>
    <message>
        <source>With a group</source>
        <translation>Con un grupo</translation>
    </message>
    <message>
        <source>Direct violence</source>
        <translation>Violencia directa</translation>
    </message>
    <message>
        <source>Threats or intimidation</source>
        <translation>Amenazas o intimidación</translation>
    </message>
    <message>
        <source>General violence</source>
        <translation>Violencia generalizada</translation>
    </message>
    <message>
        <source>Persecution</source>
        <translation>Persecución</translation>
    </message>
    <message>
        <source>No work or income</source>
        <translation>Sin trabajo ni ingresos</translation>
    </message>
    <message>
        <source>Family reunification</source>
        <translation>Reunificación familiar</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Disaster or climate</source>
        <translation>Desastre o clima</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Doesn&apos;t know</source>
        <translation>No sabe</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>Constancia de trámite</source>
        <translation>Constancia de trámite</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Reconocida</translation>
    </message>
    <message>
        <source>Complementary protection</source>
        <translation>Protección complementaria</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Negada</translation>
    </message>
    <message>
        <source>Recurso de revisión</source>
        <translation>Recurso de revisión</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonada</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>Documento nacional de identidad</translation>
    </message>
    <message>
        <source>TVRH (humanitarian visitor card)</source>
        <translation>TVRH (tarjeta de visitante por razones humanitarias)</translation>
    </message>
    <message>
        <source>COMAR constancia</source>
        <translation>Constancia de la COMAR</translation>
    </message>
    <message>
        <source>Other INM document</source>
        <translation>Otro documento del INM</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Right to asylum (30 working days)</source>
        <translation>Derecho al asilo (30 días hábiles)</translation>
    </message>
    <message>
        <source>COMAR procedure (45 working days)</source>
        <translation>Procedimiento ante la COMAR (45 días hábiles)</translation>
    </message>
    <message>
        <source>Rights in detention</source>
        <translation>Derechos en detención</translation>
    </message>
    <message>
        <source>Alternatives to detention</source>
        <translation>Alternativas a la detención</translation>
    </message>
    <message>
        <source>Regularisation (INM / TVRH)</source>
        <translation>Regularización (INM / TVRH)</translation>
    </message>
    <message>
        <source>Local services</source>
        <translation>Servicios locales</translation>
    </message>
    <message>
        <source>Trafficking risks</source>
        <translation>Riesgos de trata</translation>
    </message>
    <message>
        <source>Complaint channels</source>
        <translation>Vías de queja</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Overcrowding</source>
        <translation>Hacinamiento</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Alimentación</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Agua</translation>
    </message>
    <message>
        <source>Hygiene</source>
        <translation>Higiene</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation>Ropa</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Atención médica</translation>
    </message>
    <message>
        <source>Ill-treatment allegations</source>
        <translation>Denuncias de malos tratos</translation>
    </message>
    <message>
        <source>Force or restraints</source>
        <translation>Uso de fuerza o sujeción</translation>
    </message>
    <message>
        <source>Solitary confinement</source>
        <translation>Aislamiento</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Traslados</translation>
    </message>
    <message>
        <source>Civilian</source>
        <translation>Civil</translation>
    </message>
    <message>
        <source>Military or police</source>
        <translation>Militar o policial</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixto</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>Hospedaje</translation>
    </message>
    <message>
        <source>Water, sanitation, hygiene</source>
        <translation>Agua, saneamiento e higiene</translation>
    </message>
    <message>
        <source>Psychosocial</source>
        <translation>Psicosocial</translation>
    </message>
    <message>
        <source>Legal orientation</source>
        <translation>Orientación legal</translation>
    </message>
    <message>
        <source>Child-friendly space</source>
        <translation>Espacio amigable para la niñez</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Conectividad</translation>
    </message>
    <message>
        <source>Northbound</source>
        <translation>Hacia el norte</translation>
    </message>
    <message>
        <source>Southbound</source>
        <translation>Hacia el sur</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Ambas</translation>
    </message>
    <message>
        <source>Formal crossing</source>
        <translation>Cruce formal</translation>
    </message>
    <message>
        <source>Raft</source>
        <translation>Balsa</translation>
    </message>
    <message>
        <source>On foot</source>
        <translation>A pie</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehículo</translation>
    </message>
    <message>
        <source>Returned by the US</source>
        <translation>Devueltas por EE. UU.</translation>
    </message>
    <message>
        <source>INM</source>
        <translation>INM</translation>
    </message>
    <message>
        <source>Guardia Nacional</source>
        <translation>Guardia Nacional</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Policía</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>Ejército</translation>
    </message>
    <message>
        <source>Pushbacks</source>
        <translation>Devoluciones</translation>
    </message>
    <message>
        <source>Extortion</source>
        <translation>Extorsión</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Violencia</translation>
    </message>
    <message>
        <source>Lack of information</source>
        <translation>Falta de información</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>En tránsito</translation>
    </message>
    <message>
        <source>Still deciding</source>
        <translation>Aún lo decide</translation>
    </message>
    <message>
        <source>Procedure too long</source>
        <translation>El procedimiento es muy largo</translation>
    </message>
    <message>
        <source>Asylum seeker</source>
        <translation>Solicitante de asilo</translation>
    </message>
    <message>
        <source>Shelter place available</source>
        <translation>Hay lugar en un albergue</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Vulnerabilidad</translation>
    </message>
    <message>
        <source>Released to a shelter</source>
        <translation>Liberada a un albergue</translation>
    </message>
    <message>
        <source>Still detained</source>
        <translation>Sigue detenida</translation>
    </message>
    <message>
        <source>Deported</source>
        <translation>Deportada</translation>
    </message>
    <message>
        <source>Voluntary repatriation</source>
        <translation>Repatriación voluntaria</translation>
    </message>
    <message>
        <source>Resettlement</source>
        <translation>Reasentamiento</translation>
    </message>
    <message>
        <source>Local integration</source>
        <translation>Integración local</translation>
    </message>
    <message>
        <source>Internal relocation</source>
        <translation>Reubicación interna</translation>
    </message>
    <message>
        <source>Legal and/or physical protection needs</source>
        <translation>Necesidades de protección legal o física</translation>
    </message>
    <message>
        <source>Survivor of violence and/or torture</source>
        <translation>Sobreviviente de violencia o tortura</translation>
    </message>
    <message>
        <source>Medical needs</source>
        <translation>Necesidades médicas</translation>
    </message>
    <message>
        <source>Women and girls at risk</source>
        <translation>Mujeres y niñas en riesgo</translation>
    </message>
    <message>
        <source>Children and adolescents at risk</source>
        <translation>Niñas, niños y adolescentes en riesgo</translation>
    </message>
    <message>
        <source>Lack of foreseeable alternative durable solutions</source>
        <translation>Sin perspectivas de otra solución duradera</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Keeping name and contact</source>
        <translation>Conservar nombre y contacto</translation>
    </message>
    <message>
        <source>Data sharing</source>
        <translation>Intercambio de datos</translation>
    </message>
    <message>
        <source>Child&apos;s assent</source>
        <translation>Asentimiento de la niña o niño</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>Madre, padre o tutor</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Por escrito</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Accompanied</source>
        <translation>Acompañada</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>In detention</source>
        <translation>En detención</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>A distancia</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferido</translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation>Se perdió el contacto</translation>
    </message>
    <message>
        <source>Left the country</source>
        <translation>Salió del país</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Lo rechazó la persona</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>País de origen</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>Tránsito</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>México</translation>
    </message>
    <message>
        <source>Robbery</source>
        <translation>Robo</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Amenaza</translation>
    </message>
    <message>
        <source>Kidnapping</source>
        <translation>Secuestro</translation>
    </message>
    <message>
        <source>Physical assault</source>
        <translation>Agresión física</translation>
    </message>
    <message>
        <source>Sexual violence (restricted)</source>
        <translation>Violencia sexual (restringido)</translation>
    </message>
    <message>
        <source>Arbitrary detention</source>
        <translation>Detención arbitraria</translation>
    </message>
    <message>
        <source>Pushback at the border</source>
        <translation>Devolución en la frontera</translation>
    </message>
    <message>
        <source>Denied access to asylum</source>
        <translation>Negación de acceso al asilo</translation>
    </message>
    <message>
        <source>Family separation</source>
        <translation>Separación familiar</translation>
    </message>
    <message>
        <source>Disappearance or death</source>
        <translation>Desaparición o muerte</translation>
    </message>
    <message>
        <source>Trafficking indicators</source>
        <translation>Indicadores de trata</translation>
    </message>
    <message>
        <source>Organised crime</source>
        <translation>Crimen organizado</translation>
    </message>
    <message>
        <source>Smuggler</source>
        <translation>Traficante (pollero)</translation>
    </message>
    <message>
        <source>Other migrants</source>
        <translation>Otras personas migrantes</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>referral status</comment>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>referral status</comment>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>referral status</comment>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>referral status</comment>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Delivery failed</source>
        <comment>referral status</comment>
        <translation>Fallo de entrega</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>referral status</comment>
        <translation>En atención</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>referral status</comment>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>case status</comment>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>In follow-up</source>
        <comment>case status</comment>
        <translation>En seguimiento</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>case status</comment>
        <translation>Cerrado</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <source>Withdraw consent?</source>
        <translation>¿Retirar el consentimiento?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>The withdrawal is recorded with today&apos;s date. Nothing more is shared under this consent; data already shared must be recalled by the manual procedure.</source>
        <translation>El retiro se registra con la fecha de hoy. Ya no se comparte nada con este consentimiento; los datos ya compartidos deben recuperarse con el procedimiento manual.</translation>
    </message>
</context>
<context>
    <name>amparo::mobile::AppController</name>
    <message>
        <source>Cannot create the data folder</source>
        <translation>No se puede crear la carpeta de datos</translation>
    </message>
    <message>
        <source>The data folder is not available</source>
        <translation>La carpeta de datos no está disponible</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters</source>
        <translation>
            <numerusform>La frase de acceso necesita al menos %n carácter</numerusform>
            <numerusform>La frase de acceso necesita al menos %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ</source>
        <translation>Las dos frases de acceso no coinciden</translation>
    </message>
    <message>
        <source>Choose your office</source>
        <translation>Elige tu oficina</translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation>Frase de acceso incorrecta</translation>
    </message>
</context>
<context>
    <name>amparo::mobile::ConflictModel</name>
    <message>
        <source>This record is not in conflict</source>
        <translation>Este registro no está en conflicto</translation>
    </message>
</context>
<context>
    <name>amparo::mobile::ExportController</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>No se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>amparo::mobile::LocalStore</name>
    <message>
        <source>SQL failed: %1</source>
        <translation>Falló la consulta SQL: %1</translation>
    </message>
    <message>
        <source>Cannot open the database: %1</source>
        <translation>No se puede abrir la base de datos: %1</translation>
    </message>
    <message>
        <source>Cannot switch the database to WAL mode</source>
        <translation>No se puede poner la base de datos en modo WAL</translation>
    </message>
    <message>
        <source>The store is not open</source>
        <translation>El almacén no está abierto</translation>
    </message>
    <message>
        <source>Cannot save a setting: %1</source>
        <translation>No se puede guardar un ajuste: %1</translation>
    </message>
    <message>
        <source>Cannot start a transaction</source>
        <translation>No se puede iniciar una transacción</translation>
    </message>
    <message>
        <source>Cannot store the key: %1</source>
        <translation>No se puede guardar la clave: %1</translation>
    </message>
    <message>
        <source>The store is already set up</source>
        <translation>El almacén ya está configurado</translation>
    </message>
    <message>
        <source>The store is not set up</source>
        <translation>El almacén no está configurado</translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation>Frase de acceso incorrecta</translation>
    </message>
    <message>
        <source>Cannot derive a key</source>
        <translation>No se puede derivar una clave</translation>
    </message>
    <message>
        <source>Refusing to store an unsealed revision</source>
        <translation>Se rechaza guardar una revisión sin sellar</translation>
    </message>
    <message>
        <source>The record changed since it was opened</source>
        <translation>El registro cambió desde que se abrió</translation>
    </message>
    <message>
        <source>The store is locked</source>
        <translation>El almacén está bloqueado</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>No se puede iniciar una transacción: %1</translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation>No se puede confirmar: %1</translation>
    </message>
    <message>
        <source>A record could not be decrypted</source>
        <translation>No se pudo descifrar un registro</translation>
    </message>
    <message>
        <source>A record could not be decoded</source>
        <translation>No se pudo decodificar un registro</translation>
    </message>
    <message>
        <source>Personal data was removed from this device: this record cannot be changed here</source>
        <translation>Los datos personales se borraron de este dispositivo: este registro no se puede cambiar aquí</translation>
    </message>
    <message>
        <source>Cannot record the server&apos;s answer: %1</source>
        <translation>No se puede guardar la respuesta del servidor: %1</translation>
    </message>
    <message>
        <source>A revision is missing</source>
        <translation>Falta una revisión</translation>
    </message>
</context>
<context>
    <name>amparo::mobile::Message</name>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>No se pudo leer la respuesta del servidor.</translation>
    </message>
</context>
<context>
    <name>amparo::mobile::RecordDetail</name>
    <message>
        <source>Case management</source>
        <translation>Gestión del caso</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Data-subject request</source>
        <translation>Solicitud del titular de los datos</translation>
    </message>
    <message>
        <source>Protection emergency</source>
        <translation>Emergencia de protección</translation>
    </message>
    <message>
        <source>Choose why the personal data is needed.</source>
        <translation>Elige por qué se necesitan los datos personales.</translation>
    </message>
</context>
<context>
    <name>amparo::mobile::RecordEditor</name>
    <message>
        <source>Cannot set %1</source>
        <translation>No se puede asignar %1</translation>
    </message>
    <message>
        <source>The store is locked</source>
        <translation>El almacén está bloqueado</translation>
    </message>
</context>
<context>
    <name>amparo::mobile::ReviewComposer</name>
    <message>
        <source>The app is locked.</source>
        <translation>La aplicación está bloqueada.</translation>
    </message>
    <message>
        <source>Choose at least one record to review.</source>
        <translation>Elige al menos un registro para revisar.</translation>
    </message>
    <message>
        <source>Choose a verdict.</source>
        <translation>Elige un dictamen.</translation>
    </message>
    <message>
        <source>The reviews could not be stored: %1</source>
        <translation>No se pudieron guardar las revisiones: %1</translation>
    </message>
</context>
<context>
    <name>amparo::mobile::ServerConnection</name>
    <message>
        <source>The server address must start with https://</source>
        <translation>La dirección del servidor debe empezar por https://</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (fingerprint %1)</source>
        <translation>El certificado del servidor no es de confianza (huella %1)</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>No se puede conectar con el servidor: %1</translation>
    </message>
    <message>
        <source>The server answered in an unknown encoding</source>
        <translation>El servidor respondió con una codificación desconocida</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be decompressed</source>
        <translation>No se pudo descomprimir la respuesta del servidor</translation>
    </message>
</context>
<context>
    <name>amparo::mobile::StatsModel</name>
    <message>
        <source>Site %1</source>
        <translation>Sitio %1</translation>
    </message>
    <message>
        <source>accepted %1 %</source>
        <translation>aceptadas %1 %</translation>
    </message>
    <message>
        <source>median %1 days to answer</source>
        <translation>mediana de %1 días para responder</translation>
    </message>
    <message>
        <source>&lt;5 delivery failures</source>
        <translation>&lt;5 fallos de entrega</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery failure(s)</source>
        <translation>
            <numerusform>%n fallo de entrega</numerusform>
            <numerusform>%n fallos de entrega</numerusform>
        </translation>
    </message>
    <message>
        <source>capacity %1 · %2</source>
        <translation>capacidad %1 · %2</translation>
    </message>
    <message>
        <source>children present: %1</source>
        <translation>niñas y niños presentes: %1</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>Children present</source>
        <translation>Niñas y niños presentes</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Ocupación</translation>
    </message>
</context>
<context>
    <name>amparo::mobile::SyncClient</name>
    <message>
        <source>The server answered with status %1</source>
        <translation>El servidor respondió con el estado %1</translation>
    </message>
    <message>
        <source>Unlock the app first</source>
        <translation>Desbloquea primero la aplicación</translation>
    </message>
    <message>
        <source>The fingerprint must be 64 hexadecimal digits</source>
        <translation>La huella debe tener 64 dígitos hexadecimales</translation>
    </message>
    <message>
        <source>Wrong username or password</source>
        <translation>Usuario o contraseña incorrectos</translation>
    </message>
    <message>
        <source>The app was locked</source>
        <translation>La aplicación se bloqueó</translation>
    </message>
    <message>
        <source>The server did not acknowledge a record</source>
        <translation>El servidor no confirmó un registro</translation>
    </message>
    <message>
        <source>The server no longer accepts this device: sign in again</source>
        <translation>El servidor ya no acepta este dispositivo: inicia sesión de nuevo</translation>
    </message>
    <message>
        <source>This device was revoked: its data was deleted</source>
        <translation>Este dispositivo fue revocado: se borraron sus datos</translation>
    </message>
</context>
</TS>

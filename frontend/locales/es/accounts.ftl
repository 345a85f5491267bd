form-has-problems = Hay un problema
login-title = Iniciar sesión
login-email = Correo electrónico
login-password = Contraseña
login-submit = Iniciar sesión
login-wrong = El correo electrónico o la contraseña no son correctos.
groups-title = Sus grupos de trabajo
groups-none = Todavía no pertenece a ningún grupo de trabajo. Un administrador puede invitarle.
nav-label = Menú principal
nav-groups = Grupos
nav-logout = Cerrar sesión
password-too-short = Use al menos 12 caracteres.
password-too-long = Use como máximo 128 caracteres.
password-too-common = Esta contraseña es demasiado común. Elija otra.

## Shared words
save = Guardar
continue = Continuar
actions = Acciones
yes = Sí
back-to-login = Volver a iniciar sesión
form-expired = Este formulario había caducado. Inténtelo de nuevo.
email-invalid = Escriba una dirección de correo como nombre@ejemplo.org.
nav-account = Su cuenta
nav-admin = Administración
role-facilitator = facilitador o facilitadora
role-member = miembro del grupo
role-admin = administrador o administradora
role-facilitator-hint = Crea y dirige consultas, modera respuestas y publica resultados.
role-member-hint = Lee los resúmenes y los descarga.

## Sign in
login-forgot = ¿Olvidó su contraseña?
login-email-missing = Escriba su dirección de correo.
login-password-missing = Escriba su contraseña.
login-wait = { $count ->
    [one] Demasiados intentos fallidos. Espere { $count } segundo y vuelva a intentarlo.
   *[other] Demasiados intentos fallidos. Espere { $count } segundos y vuelva a intentarlo.
}
login-locked = El inicio de sesión está bloqueado por un tiempo tras demasiados intentos fallidos. La persona titular de la cuenta ha recibido un correo; restablecer la contraseña lo desbloquea de inmediato.
login-notice-reset = Su contraseña se ha cambiado. Inicie sesión con la nueva contraseña.
login-notice-welcome = Su cuenta está lista. ¡Bienvenida o bienvenido!
login-notice-added = La invitación se ha aceptado. Inicie sesión para continuar.
login-notice-signed-out = Ha cerrado la sesión.
login-notice-ended = Sus sesiones se han cerrado. Vuelva a iniciar sesión para continuar.

## Second factor
totp-login-title = Escriba su código de seguridad
totp-login-submit = Continuar
totp-login-restart = Empezar de nuevo
totp-code = Código de seguridad
totp-code-hint = El código de 6 dígitos de su aplicación de autenticación, o uno de sus códigos de recuperación.
totp-code-hint-setup = El código de 6 dígitos que muestra ahora su aplicación de autenticación.
totp-code-missing = Escriba el código de su aplicación de autenticación.
totp-code-wrong = Este código no es correcto o ya se usó. Espere a un código nuevo y vuelva a intentarlo.
totp-enrol-title = Configurar un segundo factor
totp-enrol-required = Su administrador exige un segundo factor a facilitadores y administradores. Configúrelo ahora para continuar.
totp-title = Segundo factor
totp-intro = Con un segundo factor, iniciar sesión requiere su contraseña y un código de una aplicación de autenticación en su teléfono (por ejemplo FreeOTP, Aegis, Google Authenticator o Microsoft Authenticator).
totp-required-note = Su administrador exige un segundo factor para su cuenta.
totp-is-on = El segundo factor está activado.
totp-is-off = El segundo factor está desactivado.
totp-start = Configurar un segundo factor
totp-setup-heading = Configuración
totp-step-app = Instale una aplicación de autenticación en su teléfono si no tiene ninguna.
totp-step-scan = En la aplicación, añada una cuenta y escanee este código QR.
totp-step-type = Si no puede escanearlo, escriba esta clave:
totp-step-confirm = Escriba el código de 6 dígitos que muestra la aplicación.
totp-qr-label = Código QR para añadir Consulta a su aplicación de autenticación
totp-confirm = Activar el segundo factor
totp-new-secret = Empezar de nuevo con una clave nueva
totp-codes-title = Sus códigos de recuperación
totp-codes-on = El segundo factor está activado.
totp-codes-intro = Si pierde su teléfono, cada uno de estos códigos le permite iniciar sesión una vez en lugar de un código de la aplicación. Imprímalos o guárdelos en un gestor de contraseñas.
totp-codes-once = Estos códigos solo se muestran ahora.
totp-codes-left = { $count ->
    [one] Le queda { $count } código de recuperación sin usar.
   *[other] Le quedan { $count } códigos de recuperación sin usar.
}
totp-renew-heading = Nuevos códigos de recuperación
totp-renew-intro = Los códigos nuevos sustituyen a todos los anteriores.
totp-renew-submit = Crear nuevos códigos de recuperación
totp-disable-heading = Desactivar el segundo factor
totp-disable-submit = Desactivar el segundo factor
totp-required-cannot-disable = Su administrador exige un segundo factor, así que no se puede desactivar.
totp-notice-off = El segundo factor está desactivado.

## Forgotten password
forgot-title = Restablecer su contraseña
forgot-intro = Escriba la dirección de correo de su cuenta. Le enviaremos un enlace para elegir una contraseña nueva.
forgot-submit = Enviar el enlace
forgot-sent = Si alguna cuenta usa esta dirección, le hemos enviado un enlace para elegir una contraseña nueva.
forgot-sent-hint = El enlace funciona durante 30 minutos y una sola vez. Revise la carpeta de correo no deseado si no llega nada en unos minutos.
reset-title = Elegir una contraseña nueva
reset-submit = Guardar la contraseña nueva
reset-ask-again = Pedir un enlace nuevo

## Links that do not work
link-unknown-title = Este enlace no funciona
link-unknown = El enlace está incompleto o lo ha sustituido otro más reciente. Copie el enlace completo del correo o pida uno nuevo.
link-used-title = Este enlace ya se usó
link-used = Cada enlace funciona una sola vez. Si lo necesita, pida uno nuevo.
link-expired-title = Este enlace ha caducado
link-expired = Por su seguridad, los enlaces solo funcionan durante un tiempo limitado. Pida uno nuevo.

## Passwords
password-title = Cambiar su contraseña
password-intro = Se cerrarán las demás sesiones de su cuenta.
password-current = Contraseña actual
password-new = Contraseña nueva
password-choose = Elija una contraseña
password-confirm = Escriba de nuevo la contraseña
password-rules = Al menos 12 caracteres. Unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.
password-submit = Cambiar la contraseña
password-missing = Escriba una contraseña.
password-mismatch = Las dos contraseñas no coinciden.
password-current-missing = Escriba su contraseña actual.
password-current-wrong = Su contraseña actual no es correcta.
password-same = Elija una contraseña distinta de la actual.

## Your account
account-title = Su cuenta
account-nav-label = Su cuenta
account-nav-profile = Perfil
account-nav-password = Contraseña
account-nav-2fa = Segundo factor
account-nav-sessions = Sesiones
account-nav-tokens = Tokens de API
account-email = Dirección de correo
account-admin = Administrador
account-display-name = Nombre
account-display-name-hint = El nombre que ven los demás adultos de sus grupos. Los jóvenes nunca lo ven.
account-name-missing = Escriba un nombre.
account-name-too-long = Use como máximo 100 caracteres.
account-locale = Idioma de sus correos
account-locale-hint = Los correos que Consulta le envía están escritos en este idioma.
account-locale-invalid = Elija uno de los idiomas de la lista.
account-notice-profile = Su perfil se ha guardado.
account-notice-password = Su contraseña se ha cambiado. Sus demás sesiones se han cerrado.

## Sessions
sessions-title = Dónde tiene la sesión iniciada
sessions-intro = Estos son los navegadores con sesión iniciada en su cuenta. Cierre cualquier sesión que no reconozca y después cambie su contraseña.
sessions-device = Dispositivo
sessions-created = Inicio de sesión
sessions-last-seen = Última actividad
sessions-this-one = este navegador
sessions-end = Cerrar esta sesión
sessions-end-all = Cerrar sesión en todas partes, también aquí
sessions-notice-ended = La sesión se ha cerrado.

## API tokens
tokens-title = Tokens de API
tokens-intro = Un token de API permite que un script u otra herramienta use la API de Consulta con sus permisos. Dé a cada herramienta su propio token y revóquelo cuando ya no lo necesite.
tokens-none = No tiene tokens de API.
tokens-name = Nombre
tokens-name-hint = Para qué sirve el token, por ejemplo «Exportación nocturna».
tokens-name-missing = Escriba un nombre para el token.
tokens-name-too-long = Use como máximo 100 caracteres.
tokens-created-at = Creado
tokens-last-used = Último uso
tokens-never-used = Nunca
tokens-revoke = Revocar
tokens-new-heading = Token nuevo
tokens-create = Crear el token
tokens-created = Token nuevo creado:
tokens-secret = Su token nuevo
tokens-secret-once = Cópielo ahora: no se volverá a mostrar.
tokens-usage = Envíelo en la cabecera
tokens-notice-revoked = El token se ha revocado.
tokens-create-needs-role = Solo las personas facilitadoras y administradoras pueden crear tokens de API. Puede seguir viendo y revocando los suyos.

## Invitations and first administrator
invitation-title = Unirse a Consulta
invitation-offer-group = Le invitan a ser { $role } en «{ $group }».
invitation-offer-admin = Le invitan a ser administrador o administradora de Consulta.
invitation-has-account = Ya tiene una cuenta con esta dirección. Acepte para añadirle este rol.
invitation-accept = Aceptar la invitación
invitation-create = Crear mi cuenta
setup-title = Crear el primer administrador
setup-intro = Este Consulta aún no tiene administrador. La cuenta que cree aquí podrá gestionar los grupos de trabajo, invitar a personas y leer el registro de auditoría.
setup-email-hint = Iniciará sesión con esta dirección.
setup-email-taken = Ya hay una cuenta con esta dirección.
setup-submit = Crear el administrador

## Administration
admin-title = Administración
admin-nav-label = Administración
admin-nav-overview = Resumen
admin-nav-groups = Grupos de trabajo
admin-nav-accounts = Cuentas
admin-nav-audit = Registro de auditoría
admin-groups-count = { $count ->
    [one] { $count } grupo de trabajo
   *[other] { $count } grupos de trabajo
}
admin-accounts-count = { $count ->
    [one] { $count } cuenta
   *[other] { $count } cuentas
}
admin-security-heading = Seguridad
admin-totp-legend = Segundo factor
admin-totp-hint = Si se activa, cada facilitador y administrador debe usar una aplicación de autenticación para iniciar sesión. Quienes no la tengan verán cerrada su sesión y la configurarán al volver a iniciarla.
admin-totp-label = Exigir un segundo factor a facilitadores y administradores
admin-totp-self-first = Primero configure su propio segundo factor (Su cuenta › Segundo factor).
admin-groups-title = Grupos de trabajo
admin-groups-none = Todavía no hay grupos de trabajo.
admin-group-new = Nuevo grupo de trabajo
admin-group-create = Crear el grupo
admin-members = Miembros
admin-members-none = Todavía no hay nadie en este grupo. Invite a personas más abajo.
admin-role-and-lead = Rol
admin-role-of = Rol de
admin-safeguarding-lead = Responsable de protección
admin-safeguarding-hint = La persona responsable de protección (un facilitador) recibe un aviso cuando una respuesta sugiere que una persona joven puede estar en riesgo. Cada grupo tiene un responsable.
admin-remove = Quitar del grupo
admin-pending-invitations = Invitaciones aún no aceptadas
admin-expires = caduca el
admin-revoke = Retirar
admin-invite-heading = Invitar a alguien
admin-invite-intro = Recibe un correo con un enlace para elegir su nombre y su contraseña (válido 7 días). Quien ya tiene una cuenta recibe el rol de inmediato.
admin-invite-submit = Enviar la invitación
admin-accounts-title = Cuentas
admin-status = Estado
admin-has-2fa = segundo factor activado
admin-no-2fa = sin segundo factor
admin-locked = Bloqueada tras inicios de sesión fallidos
admin-unlock = Desbloquear
admin-revoke-admin = Retirar la administración
admin-invite-admin-heading = Invitar a un administrador
admin-invite-admin-intro = Los administradores gestionan todos los grupos de trabajo, todas las cuentas y la configuración de seguridad.
admin-notice-group-created = El grupo de trabajo se ha creado. Invite ahora a sus miembros.
admin-notice-invited = La invitación se ha enviado.
admin-notice-added = Esta persona ya tenía una cuenta y ahora tiene el rol.
admin-notice-no-mail = El cambio se ha guardado, pero no se pudo enviar el correo. Revise la configuración del correo y vuelva a enviar la invitación.
admin-notice-changed = El cambio se ha guardado.
admin-notice-removed = La persona se ha quitado del grupo.
admin-notice-revoked = La invitación se ha retirado.
admin-notice-unlocked = La cuenta se ha desbloqueado.
admin-notice-settings = La configuración de seguridad se ha guardado.
group-name = Nombre
group-name-hint = Por ejemplo «Grupo de Trabajo del Consejo sobre la Protección de la Infancia en Línea».
group-name-missing = Escriba el nombre del grupo.
group-name-too-long = Use como máximo 200 caracteres.
group-slug = Nombre corto para los enlaces
group-slug-hint = Letras minúsculas a–z, cifras y guiones. Déjelo vacío para formarlo a partir del nombre.
group-slug-invalid = Use de 2 a 80 letras minúsculas a–z, cifras y guiones, sin guion al principio ni al final.
group-slug-taken = Otro grupo ya usa este nombre corto.
invite-role = Rol
invite-role-missing = Elija un rol: facilitador o miembro del grupo.
invite-email-missing = Escriba la dirección de correo de la persona a la que invita.
invite-locale = Idioma de la invitación
invite-locale-hint = El correo y la página a la que lleva están en este idioma.
invite-already-member = Esta persona ya tiene un rol en este grupo. Cámbielo en la tabla de miembros.
invite-already-admin = Esta persona ya es administradora.
member-lead-needs-facilitator = Solo un facilitador puede ser responsable de protección.

## Audit log
audit-title = Registro de auditoría
audit-intro = Acciones sensibles, de la más reciente a la más antigua. El registro no contiene datos personales de jóvenes.
audit-when = Cuándo (UTC)
audit-action = Acción
audit-actor = Quién
audit-group = Grupo
audit-details = Detalles
audit-from = Desde
audit-to = Hasta
audit-any = Cualquiera
audit-filter = Filtrar
audit-clear = Quitar los filtros
audit-none = Ninguna entrada coincide.
audit-older = Entradas anteriores
audit-filter-invalid = Elija un valor de la lista.
audit-date-invalid = Escriba una fecha como 2027-03-31.
audit-dates-reversed = La fecha final es anterior a la inicial.
audit-action-login = Inicio de sesión
audit-action-login-failed = Inicio de sesión fallido
audit-action-login-locked = Cuenta bloqueada
audit-action-login-2fa-failed = Código de seguridad erróneo
audit-action-logout = Cierre de sesión
audit-action-sessions-ended = Cierre de sesión en todas partes
audit-action-session-ended = Sesión cerrada
audit-action-password-changed = Contraseña cambiada
audit-action-password-reset-requested = Restablecimiento solicitado
audit-action-password-reset = Contraseña restablecida
audit-action-profile-changed = Perfil modificado
audit-action-totp-enabled = Segundo factor activado
audit-action-totp-disabled = Segundo factor desactivado
audit-action-recovery-codes-renewed = Nuevos códigos de recuperación
audit-action-recovery-code-used = Código de recuperación usado
audit-action-api-token-created = Token de API creado
audit-action-api-token-revoked = Token de API revocado
audit-action-group-created = Grupo de trabajo creado
audit-action-invitation-sent = Invitación enviada
audit-action-invitation-revoked = Invitación retirada
audit-action-invitation-accepted = Invitación aceptada
audit-action-membership-added = Añadido a un grupo
audit-action-role-changed = Rol cambiado
audit-action-membership-removed = Quitado de un grupo
audit-action-safeguarding-lead-set = Responsable de protección designado
audit-action-safeguarding-lead-unset = Responsable de protección retirado
audit-action-admin-created = Administrador creado
audit-action-admin-granted = Administración concedida
audit-action-admin-revoked = Administración retirada
audit-action-account-unlocked = Cuenta desbloqueada
audit-action-security-setting-changed = Configuración de seguridad cambiada

## E-mails
email-greeting = Hola:
email-footer = Este correo lo envió Consulta ({ $site }). Si no lo esperaba, puede ignorarlo.
email-link-fallback = Si el botón no funciona, copie este enlace en su navegador:
email-invitation-subject = Le invitan a Consulta
email-invitation-group = Le invitan a unirse al grupo de trabajo «{ $group }» en Consulta como { $role }.
email-invitation-admin = Le invitan a ser administrador o administradora de Consulta.
email-invitation-action = Elegir su nombre y su contraseña
email-invitation-expiry = Este enlace funciona una sola vez, durante 7 días.
email-added-subject = Tiene un nuevo rol en Consulta
email-added-body = Ahora es { $role } en el grupo de trabajo «{ $group }» en Consulta. Inicie sesión con su dirección de correo y su contraseña de siempre.
email-added-action = Iniciar sesión
email-reset-subject = Elija una nueva contraseña de Consulta
email-reset-body = Alguien, probablemente usted, pidió restablecer la contraseña de su cuenta de Consulta.
email-reset-action = Elegir una contraseña nueva
email-reset-expiry = Este enlace funciona una sola vez, durante 30 minutos. Si no lo pidió, ignore este correo: su contraseña no cambia.
email-reset-tokens = Elegir una nueva contraseña también revoca todos sus tokens de API: los scripts y herramientas que los usan necesitarán otros nuevos.
email-locked-subject = Su cuenta de Consulta está bloqueada
email-locked-body = Tras { $attempts } intentos fallidos de iniciar sesión, su cuenta queda bloqueada durante { $minutes } minutos. Si no fue usted, puede que alguien intente adivinar su contraseña.
email-locked-action = Restablecer su contraseña (también desbloquea la cuenta)
email-changed-subject = Se cambió su contraseña de Consulta
email-changed-body = La contraseña de su cuenta de Consulta se acaba de cambiar y sus demás sesiones se han cerrado.
email-changed-warning = Si no fue usted, restablezca su contraseña ahora:
email-changed-action = Restablecer su contraseña

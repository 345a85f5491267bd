form-has-problems = There is a problem
login-title = Sign in
login-email = E-mail address
login-password = Password
login-submit = Sign in
login-wrong = The e-mail address or the password is not right.
groups-title = Your working groups
groups-none = You are not in any working group yet. An administrator can invite you.
nav-label = Main menu
nav-groups = Groups
nav-logout = Sign out
password-too-short = Use at least 12 characters.
password-too-long = Use at most 128 characters.
password-too-common = This password is too common. Choose another one.

## Shared words
save = Save
continue = Continue
actions = Actions
yes = Yes
back-to-login = Back to sign in
form-expired = This form had expired. Please try again.
email-invalid = Enter an e-mail address like name@example.org.
nav-account = Your account
nav-admin = Administration
role-facilitator = facilitator
role-member = group member
role-admin = administrator
role-facilitator-hint = Creates and runs consultations, moderates answers and publishes results.
role-member-hint = Reads the summaries and downloads them.

## Sign in
login-forgot = Forgot your password?
login-email-missing = Enter your e-mail address.
login-password-missing = Enter your password.
login-wait = { $count ->
    [one] Too many failed attempts. Wait 1 second, then try again.
   *[other] Too many failed attempts. Wait { $count } seconds, then try again.
}
login-locked = Sign-in is blocked for a while after too many failed attempts. The account holder has been sent an e-mail; resetting the password unblocks it at once.
login-notice-reset = Your password was changed. Sign in with your new password.
login-notice-welcome = Your account is ready. Welcome!
login-notice-added = The invitation was accepted. Sign in to continue.
login-notice-signed-out = You are signed out.
login-notice-ended = Your sessions were ended. Sign in again to continue.

## Second factor
totp-login-title = Enter your security code
totp-login-submit = Continue
totp-login-restart = Start again
totp-code = Security code
totp-code-hint = The 6-digit code from your authenticator app, or one of your recovery codes.
totp-code-hint-setup = The 6-digit code your authenticator app shows now.
totp-code-missing = Enter the code from your authenticator app.
totp-code-wrong = This code is not right, or it was already used. Wait for a new code and try again.
totp-enrol-title = Set up a second factor
totp-enrol-required = Your administrator requires a second factor for facilitators and administrators. Set it up now to continue.
totp-title = Second factor
totp-intro = With a second factor, signing in needs your password and a code from an authenticator app on your phone (for example FreeOTP, Aegis, Google Authenticator or Microsoft Authenticator).
totp-required-note = Your administrator requires a second factor for your account.
totp-is-on = The second factor is on.
totp-is-off = The second factor is off.
totp-start = Set up a second factor
totp-setup-heading = Set it up
totp-step-app = Install an authenticator app on your phone if you do not have one.
totp-step-scan = In the app, add an account and scan this QR code.
totp-step-type = If you cannot scan it, type this key instead:
totp-step-confirm = Enter the 6-digit code the app shows.
totp-qr-label = QR code to add Consulta to your authenticator app
totp-confirm = Turn on the second factor
totp-new-secret = Start again with a new key
totp-codes-title = Your recovery codes
totp-codes-on = The second factor is on.
totp-codes-intro = If you lose your phone, each of these codes lets you sign in once instead of a code from the app. Print them or keep them in a password manager.
totp-codes-once = These codes are shown only now.
totp-codes-left = { $count ->
    [one] You have 1 unused recovery code.
   *[other] You have { $count } unused recovery codes.
}
totp-renew-heading = New recovery codes
totp-renew-intro = New codes replace all the old ones.
totp-renew-submit = Make new recovery codes
totp-disable-heading = Turn off the second factor
totp-disable-submit = Turn off the second factor
totp-required-cannot-disable = Your administrator requires a second factor, so it cannot be turned off.
totp-notice-off = The second factor is off.

## Forgotten password
forgot-title = Reset your password
forgot-intro = Enter the e-mail address of your account. We will send you a link to choose a new password.
forgot-submit = Send the link
forgot-sent = If an account uses this address, we have sent it a link to choose a new password.
forgot-sent-hint = The link works for 30 minutes and only once. Check your spam folder if nothing arrives within a few minutes.
reset-title = Choose a new password
reset-submit = Save the new password
reset-ask-again = Ask for a new link

## Links that do not work
link-unknown-title = This link does not work
link-unknown = The link is not complete, or a newer one replaced it. Copy the whole link from the e-mail, or ask for a new one.
link-used-title = This link was already used
link-used = Each link works only once. If you need to, ask for a new one.
link-expired-title = This link has expired
link-expired = For your security, links work only for a limited time. Please ask for a new one.

## Passwords
password-title = Change your password
password-intro = Other sessions of your account will be signed out.
password-current = Current password
password-new = New password
password-choose = Choose a password
password-confirm = Type the password again
password-rules = At least 12 characters. A few unrelated words are easy to remember and hard to guess.
password-submit = Change the password
password-missing = Enter a password.
password-mismatch = The two passwords are not the same.
password-current-missing = Enter your current password.
password-current-wrong = Your current password is not right.
password-same = Choose a password different from the current one.

## Your account
account-title = Your account
account-nav-label = Your account
account-nav-profile = Profile
account-nav-password = Password
account-nav-2fa = Second factor
account-nav-sessions = Sessions
account-nav-tokens = API tokens
account-email = E-mail address
account-admin = Administrator
account-display-name = Name
account-display-name-hint = The name other adults of your groups see. Young people never see it.
account-name-missing = Enter a name.
account-name-too-long = Use at most 100 characters.
account-locale = Language of your e-mails
account-locale-hint = E-mails from Consulta to you are written in this language.
account-locale-invalid = Choose one of the languages in the list.
account-notice-profile = Your profile was saved.
account-notice-password = Your password was changed. Your other sessions were signed out.

## Sessions
sessions-title = Where you are signed in
sessions-intro = These are the browsers signed in to your account. End any session you do not recognise, then change your password.
sessions-device = Device
sessions-created = Signed in
sessions-last-seen = Last active
sessions-this-one = this browser
sessions-end = End this session
sessions-end-all = Sign out everywhere, including here
sessions-notice-ended = The session was ended.

## API tokens
tokens-title = API tokens
tokens-intro = An API token lets a script or another tool use the Consulta API with your rights. Give each tool its own token and revoke it when it is no longer needed.
tokens-none = You have no API tokens.
tokens-name = Name
tokens-name-hint = What the token is for, for example "Nightly export".
tokens-name-missing = Enter a name for the token.
tokens-name-too-long = Use at most 100 characters.
tokens-created-at = Created
tokens-last-used = Last used
tokens-never-used = Never
tokens-revoke = Revoke
tokens-new-heading = New token
tokens-create = Create the token
tokens-created = New token created:
tokens-secret = Your new token
tokens-secret-once = Copy it now: it will not be shown again.
tokens-usage = Send it in the header
tokens-notice-revoked = The token was revoked.
tokens-create-needs-role = Only facilitators and administrators can create API tokens. You can still see and revoke the ones you have.

## Invitations and first administrator
invitation-title = Join Consulta
invitation-offer-group = You are invited to be { $role } in “{ $group }”.
invitation-offer-admin = You are invited to be an administrator of Consulta.
invitation-has-account = You already have an account with this address. Accept to add this role to it.
invitation-accept = Accept the invitation
invitation-create = Create my account
setup-title = Create the first administrator
setup-intro = This Consulta has no administrator yet. The account you create here can manage working groups, invite people and read the audit log.
setup-email-hint = You will sign in with this address.
setup-email-taken = An account already uses this address.
setup-submit = Create the administrator

## Administration
admin-title = Administration
admin-nav-label = Administration
admin-nav-overview = Overview
admin-nav-groups = Working groups
admin-nav-accounts = Accounts
admin-nav-audit = Audit log
admin-groups-count = { $count ->
    [one] 1 working group
   *[other] { $count } working groups
}
admin-accounts-count = { $count ->
    [one] 1 account
   *[other] { $count } accounts
}
admin-security-heading = Security
admin-totp-legend = Second factor
admin-totp-hint = When this is on, every facilitator and administrator must use an authenticator app to sign in. Those who have none are signed out and set it up at their next sign-in.
admin-totp-label = Require a second factor for facilitators and administrators
admin-totp-self-first = Set up your own second factor first (Your account › Second factor).
admin-groups-title = Working groups
admin-groups-none = There are no working groups yet.
admin-group-new = New working group
admin-group-create = Create the group
admin-members = Members
admin-members-none = Nobody is in this group yet. Invite people below.
admin-role-and-lead = Role
admin-role-of = Role of
admin-safeguarding-lead = Safeguarding lead
admin-safeguarding-hint = The safeguarding lead (a facilitator) is told when a young person's answer suggests they may be at risk. A group has one lead.
admin-remove = Remove from the group
admin-pending-invitations = Invitations not yet accepted
admin-expires = expires
admin-revoke = Withdraw
admin-invite-heading = Invite someone
admin-invite-intro = They receive an e-mail with a link to choose their name and password (valid 7 days). Someone who already has an account gets the role at once.
admin-invite-submit = Send the invitation
admin-accounts-title = Accounts
admin-status = Status
admin-has-2fa = second factor on
admin-no-2fa = no second factor
admin-locked = Locked after failed sign-ins
admin-unlock = Unlock
admin-revoke-admin = Withdraw administration
admin-invite-admin-heading = Invite an administrator
admin-invite-admin-intro = Administrators manage every working group, every account and the security settings.
admin-notice-group-created = The working group was created. Invite its members now.
admin-notice-invited = The invitation was sent.
admin-notice-added = This person already had an account and now has the role.
admin-notice-no-mail = The change is saved, but the e-mail could not be sent. Check the mail settings, then send the invitation again.
admin-notice-changed = The change was saved.
admin-notice-removed = The person was removed from the group.
admin-notice-revoked = The invitation was withdrawn.
admin-notice-unlocked = The account was unlocked.
admin-notice-settings = The security settings were saved.
group-name = Name
group-name-hint = For example "Council Working Group on Child Online Protection".
group-name-missing = Enter the group's name.
group-name-too-long = Use at most 200 characters.
group-slug = Short name for links
group-slug-hint = Lower-case letters a–z, digits and hyphens. Leave it empty to make one from the name.
group-slug-invalid = Use 2 to 80 lower-case letters a–z, digits and hyphens, not starting or ending with a hyphen.
group-slug-taken = Another group already uses this short name.
invite-role = Role
invite-role-missing = Choose a role: facilitator or group member.
invite-email-missing = Enter the e-mail address of the person to invite.
invite-locale = Language of the invitation
invite-locale-hint = The e-mail and the page it links to are in this language.
invite-already-member = This person already has a role in this group. Change it in the members table.
invite-already-admin = This person is already an administrator.
member-lead-needs-facilitator = Only a facilitator can be the safeguarding lead.

## Audit log
audit-title = Audit log
audit-intro = Sensitive actions, newest first. The log holds no personal data of young people.
audit-when = When (UTC)
audit-action = Action
audit-actor = Who
audit-group = Group
audit-details = Details
audit-from = From
audit-to = To
audit-any = Any
audit-filter = Filter
audit-clear = Clear the filters
audit-none = No entries match.
audit-older = Older entries
audit-filter-invalid = Choose a value from the list.
audit-date-invalid = Enter a date like 2027-03-31.
audit-dates-reversed = The end date is before the start date.
audit-action-login = Signed in
audit-action-login-failed = Failed sign-in
audit-action-login-locked = Account locked
audit-action-login-2fa-failed = Wrong security code
audit-action-logout = Signed out
audit-action-sessions-ended = Signed out everywhere
audit-action-session-ended = Session ended
audit-action-password-changed = Password changed
audit-action-password-reset-requested = Password reset asked for
audit-action-password-reset = Password reset
audit-action-profile-changed = Profile changed
audit-action-totp-enabled = Second factor turned on
audit-action-totp-disabled = Second factor turned off
audit-action-recovery-codes-renewed = New recovery codes
audit-action-recovery-code-used = Recovery code used
audit-action-api-token-created = API token created
audit-action-api-token-revoked = API token revoked
audit-action-group-created = Working group created
audit-action-invitation-sent = Invitation sent
audit-action-invitation-revoked = Invitation withdrawn
audit-action-invitation-accepted = Invitation accepted
audit-action-membership-added = Added to a group
audit-action-role-changed = Role changed
audit-action-membership-removed = Removed from a group
audit-action-safeguarding-lead-set = Safeguarding lead named
audit-action-safeguarding-lead-unset = Safeguarding lead withdrawn
audit-action-admin-created = Administrator created
audit-action-admin-granted = Administration granted
audit-action-admin-revoked = Administration withdrawn
audit-action-account-unlocked = Account unlocked
audit-action-security-setting-changed = Security setting changed

## E-mails
email-greeting = Hello,
email-footer = This e-mail was sent by Consulta ({ $site }). If you did not expect it, you can ignore it.
email-link-fallback = If the button does not work, copy this link into your browser:
email-invitation-subject = You are invited to Consulta
email-invitation-group = You are invited to join the working group “{ $group }” on Consulta as { $role }.
email-invitation-admin = You are invited to become an administrator of Consulta.
email-invitation-action = Choose your name and password
email-invitation-expiry = This link works once, for 7 days.
email-added-subject = You have a new role on Consulta
email-added-body = You are now { $role } in the working group “{ $group }” on Consulta. Sign in with your usual e-mail address and password.
email-added-action = Sign in
email-reset-subject = Choose a new Consulta password
email-reset-body = Someone, probably you, asked to reset the password of your Consulta account.
email-reset-action = Choose a new password
email-reset-expiry = This link works once, for 30 minutes. If you did not ask for it, ignore this e-mail: your password stays the same.
email-reset-tokens = Choosing a new password also revokes all your API tokens: scripts and tools that use them will need new ones.
email-locked-subject = Your Consulta account is locked
email-locked-body = After { $attempts } failed attempts to sign in, your account is locked for { $minutes } minutes. If this was not you, someone may be trying to guess your password.
email-locked-action = Reset your password (this also unlocks the account)
email-changed-subject = Your Consulta password was changed
email-changed-body = The password of your Consulta account was just changed, and your other sessions were signed out.
email-changed-warning = If you did not do this, reset your password now:
email-changed-action = Reset your password

"""How intake proves who it is to the mailbox and the SMTP server when they take no password: OAuth2.

    token_file.py   the refresh token on disk: 0600, written atomically, changed only under a file lock
    tokens.py       access tokens, in memory only: refreshed before they expire and once on a refusal
    sign_in.py      `intake auth login`: the device authorization grant (RFC 8628) or the loopback redirect
                    with PKCE (RFC 8252, RFC 7636)
    sasl.py         the SASL XOAUTH2 string for IMAP AUTHENTICATE and SMTP AUTH

It sits between ``config`` and the layers that connect (``notifications`` for SMTP, ``intake.mailbox`` for
IMAP): it imports only ``config``, Authlib and httpx2. No token ever goes into a message, a log line, the
database or any file but ``token_file``; the access token is never written anywhere.
"""

#!/usr/bin/env python3
"""An SMTP server that keeps what it receives, for tests and CI (aiosmtpd).

    python3 scripts/smtp_sink.py --port 2525 --dir /tmp/correo
    python3 scripts/smtp_sink.py --port 2587 --dir /tmp/correo \
        --starttls Tests/SecretariadoMailTests/Fixtures/server.pem Tests/SecretariadoMailTests/Fixtures/server.key \
        --auth buzon:secreto
    python3 scripts/smtp_sink.py --port 2465 --dir /tmp/correo --implicit-tls CERT KEY --auth buzon:secreto

Each message becomes NNNN.eml (the bytes as received, dot-stuffing undone) beside
NNNN.json ({"mail_from", "rcpt_tos", "auth"}). "ready" is printed once it listens.
With --auth, AUTH (PLAIN or LOGIN) is required before MAIL FROM and only over TLS.
"""
import argparse
import asyncio
import json
import os
import signal
import ssl
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Sink:
    def __init__(self, directory):
        self.directory = directory
        self.count = len([name for name in os.listdir(directory) if name.endswith(".eml")])

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        stem = os.path.join(self.directory, "%04d" % self.count)
        with open(stem + ".eml", "wb") as handle:
            handle.write(envelope.original_content or envelope.content)
        login = session.auth_data.login.decode() if isinstance(session.auth_data, LoginPassword) else None
        with open(stem + ".json", "w") as handle:
            json.dump({"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos, "auth": login}, handle)
        return "250 2.0.0 Ok: queued as %04d" % self.count


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--dir", required=True, help="folder for the received messages")
    parser.add_argument("--starttls", nargs=2, metavar=("CERT", "KEY"), help="offer STARTTLS with this PEM certificate and key")
    parser.add_argument("--implicit-tls", nargs=2, metavar=("CERT", "KEY"), help="TLS from the first byte (smtps)")
    parser.add_argument("--auth", metavar="USER:PASS", help="require AUTH PLAIN/LOGIN with these credentials")
    args = parser.parse_args()
    if args.starttls and args.implicit_tls:
        parser.error("--starttls and --implicit-tls exclude each other")
    os.makedirs(args.dir, exist_ok=True)

    def context(pair):
        tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls.load_cert_chain(pair[0], pair[1])
        return tls

    smtp_options = {}
    controller_options = {}
    if args.starttls:
        smtp_options["tls_context"] = context(args.starttls)
    if args.implicit_tls:
        controller_options["ssl_context"] = context(args.implicit_tls)
    if args.auth:
        user, _, password = args.auth.partition(":")

        def authenticator(server, session, envelope, mechanism, data):
            ok = isinstance(data, LoginPassword) and data.login.decode() == user and data.password.decode() == password
            # handled=False: aiosmtpd itself answers 235 or 535.
            return AuthResult(success=ok, handled=False, auth_data=data if ok else None)

        # Over implicit TLS the connection is encrypted already, which aiosmtpd does not see:
        # there it must not insist on STARTTLS before AUTH.
        smtp_options.update(authenticator=authenticator, auth_required=True, auth_require_tls=not args.implicit_tls)
    controller = Controller(Sink(args.dir), hostname=args.host, port=args.port, **controller_options, **smtp_options)
    controller.start()
    print("ready", flush=True)
    stop = asyncio.new_event_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.call_soon_threadsafe(stop.stop))
    try:
        stop.run_forever()
    finally:
        controller.stop()


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""`secretariado mail test` against real SMTP servers (scripts/smtp_sink.py, aiosmtpd):
plain, STARTTLS with AUTH, implicit TLS with AUTH; then the refusals (no SMTP configured,
a wrong password, an unknown CA, credentials offered no TLS). Each received message is
parsed with Python's own e-mail parser, an independent reader of what the platform writes.

    python3 scripts/mail_cli.py .build/debug/secretariado
"""
import email
import email.policy
import json
import os
import socket
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "Tests", "SecretariadoMailTests", "Fixtures")
CERT, KEY, CA = (os.path.join(FIXTURES, name) for name in ("server.pem", "server.key", "ca.pem"))


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def sink(directory, *options):
    port = free_port()
    process = subprocess.Popen([sys.executable, os.path.join(ROOT, "scripts", "smtp_sink.py"), "--port", str(port),
                                "--dir", directory, *options], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    if process.stdout.readline().strip() != "ready":
        raise SystemExit("smtp_sink.py did not start")
    return process, port


def mail_test(binary, workdir, address, **variables):
    environment = {key: value for key, value in os.environ.items() if not key.startswith("SECRETARIADO_")}
    environment.update(variables)
    return subprocess.run([binary, "mail", "test", address], cwd=workdir, env=environment,
                          capture_output=True, text=True, timeout=120)


def check(condition, message):
    if not condition:
        raise SystemExit("FAIL: " + message)
    print("ok:", message)


def main():
    binary = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory() as workdir:
        received = os.path.join(workdir, "recibidos")
        servers = []
        try:
            plain, plain_port = sink(received + "-plain")
            starttls, starttls_port = sink(received + "-starttls", "--starttls", CERT, KEY, "--auth", "buzon:se:creto")
            implicit, implicit_port = sink(received + "-implicit", "--implicit-tls", CERT, KEY, "--auth", "buzon:se:creto")
            servers = [plain, starttls, implicit]
            cases = [
                ("plain", "smtp://127.0.0.1:%d" % plain_port, None),
                ("starttls", "smtp://buzon:se%%3Acreto@localhost:%d" % starttls_port, CA),
                ("implicit", "smtps://buzon:se%%3Acreto@localhost:%d" % implicit_port, CA),
            ]
            for name, url, ca in cases:
                variables = {"SECRETARIADO_SMTP_URL": url, "SECRETARIADO_MAIL_FROM": "Secretariado Técnico Local <stl@example.org>"}
                if ca:
                    variables["SECRETARIADO_SMTP_CA_FILE"] = ca
                result = mail_test(binary, workdir, "ana.pena@example.org", **variables)
                check(result.returncode == 0 and "250" in result.stdout, "%s: mail test exits 0 and prints the 250 (%s%s)"
                      % (name, result.stdout.strip(), result.stderr.strip()))
                check("se:creto" not in result.stdout + result.stderr, "%s: the password is never printed" % name)
                directory = received + "-" + name
                with open(os.path.join(directory, "0001.json")) as handle:
                    envelope = json.load(handle)
                check(envelope["rcpt_tos"] == ["ana.pena@example.org"] and envelope["mail_from"] == "stl@example.org",
                      "%s: envelope %s" % (name, envelope))
                check(envelope["auth"] == (None if name == "plain" else "buzon"), "%s: authenticated as %s" % (name, envelope["auth"]))
                with open(os.path.join(directory, "0001.eml"), "rb") as handle:
                    raw = handle.read()
                check(b"\n" not in raw.replace(b"\r\n", b"") and all(len(line) <= 78 for line in raw.split(b"\r\n")),
                      "%s: CRLF only, lines within 78" % name)
                message = email.message_from_bytes(raw, policy=email.policy.default)
                check(str(message["From"]) == "Secretariado Técnico Local <stl@example.org>", "%s: From reads %s" % (name, message["From"]))
                check(message["Subject"] == "Prueba de correo de Secretariado", "%s: Subject" % name)
                body = message.get_body(("plain",)).get_content()
                check("servidor de correo configurado funciona" in body, "%s: the quoted-printable body decodes" % name)

            refusals = [
                ("no SMTP configured", {}, 2, "SECRETARIADO_SMTP_URL"),
                ("a wrong password", {"SECRETARIADO_SMTP_URL": "smtp://buzon:mala@localhost:%d" % starttls_port,
                                      "SECRETARIADO_SMTP_CA_FILE": CA}, 1, "535"),
                ("an unknown CA", {"SECRETARIADO_SMTP_URL": "smtp://buzon:se%%3Acreto@localhost:%d" % starttls_port}, 1, "TLS"),
                ("credentials without TLS", {"SECRETARIADO_SMTP_URL": "smtp://buzon:x@127.0.0.1:%d" % plain_port}, 1, "STARTTLS"),
                ("a bad address", {"SECRETARIADO_SMTP_URL": "smtp://127.0.0.1:%d" % plain_port}, 2, "no válida"),
            ]
            for name, variables, status, words in refusals:
                address = "ana@@example.org" if name == "a bad address" else "ana@example.org"
                result = mail_test(binary, workdir, address, **variables)
                check(result.returncode == status and words in result.stderr,
                      "%s: exit %d, says %r (%d: %s)" % (name, status, words, result.returncode, result.stderr.strip()))
            check(not os.path.exists(os.path.join(received + "-plain", "0002.eml")), "nothing refused reached a server")
        finally:
            for server in servers:
                server.terminate()
                server.wait(timeout=10)
    print("mail CLI: all checks passed")


if __name__ == "__main__":
    main()

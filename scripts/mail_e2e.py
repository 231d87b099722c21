#!/usr/bin/env python3
"""End-to-end check of session invitations by e-mail (iMIP, RFC 6047), against a real server.

usage: mail_e2e.py BINARY [--postgres URL] [--files]

1. starts scripts/smtp_sink.py (aiosmtpd; `--port`, `--dir`, prints "ready") and
   `BINARY serve` with SECRETARIADO_SMTP_URL pointing at it — or, with --files, no SMTP at
   all: the embedded transport writes .eml files under SECRETARIADO_MAIL_DIR;
2. gives Morelos' seats accounts (titulares) and a facilitator, through the CLI;
3. convenes a session through the API: every member gets exactly one message with a
   `text/calendar; method=REQUEST` part that the `icalendar` package parses, with the UID of
   the public sessions.ics and SEQUENCE 0;
4. reschedules it: a new REQUEST with a higher SEQUENCE; cancels it: METHOD:CANCEL with
   STATUS:CANCELLED;
5. (SMTP only) faults: the SMTP server stopped while a session is convened — the convocation
   succeeds and every message arrives once the server is back (the first retry comes a
   minute later); the server SIGKILLed while it delivers — after a restart every message
   arrives, none more than twice, and copies of a message share its Message-ID (messages the
   killed process had claimed wait for its claim to lapse: up to five minutes).
Exit 0 when everything holds.
"""
import datetime, email, email.policy, email.utils, glob, json, os, subprocess, sys, tempfile, time, urllib.error, urllib.request

import icalendar

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e import Server, cli, free_port  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SLUG = "campeche"  # no demo accounts hold its seats (the demo sessions give Jalisco, Morelos and Nuevo León some)
SEATS = [("gobierno", 1), ("gobierno", 2), ("sociedad_civil", 1), ("organismo_garante", 1)]


def api(server, method, path, body, token):
    req = urllib.request.Request(server.url(path), data=json.dumps(body).encode(), method=method)
    req.add_header("Content-Type", "application/json")
    req.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(req, timeout=20) as r:
        return json.loads(r.read() or b"null")


def start_sink(maildir, port=None):
    port = port or free_port()
    sink = subprocess.Popen([sys.executable, os.path.join(ROOT, "scripts", "smtp_sink.py"), "--port", str(port), "--dir", maildir],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.time() + 30
    while time.time() < deadline:
        line = sink.stdout.readline()
        if "ready" in line:
            return sink, port
        if sink.poll() is not None:
            break
    raise SystemExit("smtp_sink.py did not start")


def invitations(maildir):
    """(recipient, METHOD, VEVENT) of every message in the directory with a calendar part."""
    found = []
    for path in sorted(glob.glob(os.path.join(maildir, "**", "*.eml"), recursive=True)):
        with open(path, "rb") as f:
            message = email.message_from_binary_file(f, policy=email.policy.default)
        for part in message.walk():
            if part.get_content_type() != "text/calendar":
                continue
            calendar = icalendar.Calendar.from_ical(part.get_content())
            events = [c for c in calendar.walk("VEVENT")]
            method = str(calendar.get("METHOD"))
            if part.get_param("method") != method:
                raise SystemExit(f"{path}: Content-Type method={part.get_param('method')} but METHOD:{method}")
            recipient = email.utils.parseaddr(str(message["To"]))[1].lower()
            found.append((recipient, method, events[0], message["Message-ID"]))
    return found


def wait_for(maildir, predicate, what, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        got = invitations(maildir)
        if predicate(got):
            return got
        time.sleep(0.5)
    raise SystemExit(f"timed out waiting for {what}; have {[(r, m, int(e.get('SEQUENCE', 0))) for r, m, e, _ in invitations(maildir)]}")


def stop(process):
    process.terminate()
    process.wait(timeout=10)


def convene(server, token, days, time_of_day):
    session = api(server, "POST", f"/api/v1/secretariats/{SLUG}/sessions",
                  {"kind": "ordinaria", "date": local_day(days), "time": time_of_day, "durationMinutes": "120",
                   "place": "Sala de juntas", "modality": "presencial"}, token)
    return f"sesion-{session['id'].lower()}@secretariado"


def faults(server, maildir, sink_port, everyone, token, stop_sink, restart_sink, set_sink):
    """SMTP down while convening; SIGKILL while delivering. Nothing acknowledged is lost."""
    def delivered(uid):
        return lambda got: {r for r, m, e, _ in got if m == "REQUEST" and str(e.get("UID")) == uid} >= everyone

    stop_sink()
    down = convene(server, token, 14, "12:00")  # acknowledged while nothing listens on the SMTP port
    time.sleep(2)
    set_sink(restart_sink())
    wait_for(maildir, delivered(down), "the convocation sent while SMTP was down", seconds=300)
    print("smtp-down: convened while the SMTP server was stopped; every invitation arrived once it was back")

    before = len(glob.glob(os.path.join(maildir, "*.eml")))
    killed = convene(server, token, 16, "13:00")
    deadline = time.time() + 60
    while len(glob.glob(os.path.join(maildir, "*.eml"))) <= before and time.time() < deadline:
        time.sleep(0.05)
    server.kill()  # SIGKILL, as soon as the first message of the batch is out
    server.start()
    got = wait_for(maildir, delivered(killed), "every invitation after SIGKILL", seconds=480)
    copies = {}
    for recipient, method, event, message_id in got:
        if method == "REQUEST" and str(event.get("UID")) == killed:
            copies.setdefault(recipient, []).append(message_id)
    too_many = {r: ids for r, ids in copies.items() if len(ids) > 2}
    differing = {r: ids for r, ids in copies.items() if len(set(ids)) > 1}
    assert not too_many, f"delivered more than twice: {too_many}"
    assert not differing, f"copies of one message with different Message-IDs: {differing}"
    repeated = sum(len(ids) - 1 for ids in copies.values())
    print(f"sigkill: every invitation arrived after the restart; {repeated} repeated, each with its Message-ID")


def local_day(days):
    # Mexico City is UTC-6 all year since 2022.
    return (datetime.datetime.utcnow() - datetime.timedelta(hours=6) + datetime.timedelta(days=days)).strftime("%Y-%m-%d")


def main():
    binary = sys.argv[1]
    postgres = sys.argv[sys.argv.index("--postgres") + 1] if "--postgres" in sys.argv else None
    files = "--files" in sys.argv
    workdir = tempfile.mkdtemp(prefix="secretariado-mail-e2e-")
    maildir = os.path.join(workdir, "correo")
    os.makedirs(maildir)
    env = dict(os.environ)
    if postgres:
        env["DATABASE_URL"] = postgres
    else:
        env.pop("DATABASE_URL", None)
        env["SECRETARIADO_DB"] = os.path.join(workdir, "mail.sqlite")
    sink = None
    sinks = []
    if files:
        env.pop("SECRETARIADO_SMTP_URL", None)
        env["SECRETARIADO_MAIL_DIR"] = maildir
    else:
        sink, port = start_sink(maildir)
        env["SECRETARIADO_SMTP_URL"] = f"smtp://127.0.0.1:{port}"
    server = Server(binary, env, free_port())
    server.start()
    try:
        members = []
        for sector, number in SEATS:
            address = f"{sector}-{number}@mail-e2e.example"
            cli(binary, env, "users", "create", address, "--name", f"{sector} {number}", "--password", "clave-e2e-larga")
            cli(binary, env, "users", "grant", address, "--stl", SLUG, "--role", "representante", "--sector", sector, "--seat", str(number))
            members.append(address)
        cli(binary, env, "users", "create", "fac@mail-e2e.example", "--name", "Facilitación", "--password", "clave-e2e-larga")
        cli(binary, env, "users", "grant", "fac@mail-e2e.example", "--stl", SLUG, "--role", "facilitador")
        token = cli(binary, env, "users", "token", "fac@mail-e2e.example")
        everyone = set(members) | {"fac@mail-e2e.example"}

        session = api(server, "POST", f"/api/v1/secretariats/{SLUG}/sessions",
                      {"kind": "ordinaria", "date": local_day(12), "time": "10:00", "durationMinutes": "120",
                       "place": "Sala de juntas", "modality": "presencial"}, token)
        uid = f"sesion-{session['id'].lower()}@secretariado"
        with urllib.request.urlopen(server.url(f"/api/v1/secretariats/{SLUG}/sessions.ics"), timeout=10) as r:
            feed = icalendar.Calendar.from_ical(r.read())
        feed_uids = {str(e.get("UID")) for e in feed.walk("VEVENT")}
        assert uid in feed_uids, f"{uid} not in the public feed {feed_uids}"

        def requests_with(sequence):
            return lambda got: {r for r, m, e, _ in got if m == "REQUEST" and str(e.get("UID")) == uid
                                and int(e.get("SEQUENCE", 0)) == sequence} >= everyone
        got = wait_for(maildir, requests_with(0), "the convocation")
        firsts = [r for r, m, e, _ in got if m == "REQUEST" and int(e.get("SEQUENCE", 0)) == 0 and str(e.get("UID")) == uid]
        assert sorted(firsts) == sorted(set(firsts)), f"a member got the convocation twice: {sorted(firsts)}"
        print(f"convene: {len(firsts)} invitations, UID {uid}, METHOD:REQUEST, SEQUENCE 0")

        api(server, "PATCH", f"/api/v1/secretariats/{SLUG}/sessions/{session['id']}",
            {"date": local_day(13), "time": "12:00", "durationMinutes": "90", "place": "Auditorio", "modality": "presencial"}, token)
        wait_for(maildir, requests_with(1), "the reschedule")
        print("reschedule: every member got REQUEST with SEQUENCE 1")

        api(server, "POST", f"/api/v1/secretariats/{SLUG}/sessions/{session['id']}/cancel", {"reason": "Prueba de correo"}, token)
        got = wait_for(maildir, lambda got: {r for r, m, e, _ in got if m == "CANCEL" and str(e.get("UID")) == uid} >= everyone,
                       "the cancellation")
        for recipient, method, event, _ in got:
            if method == "CANCEL":
                assert str(event.get("STATUS")) == "CANCELLED", f"{recipient}: STATUS {event.get('STATUS')}"
                assert int(event.get("SEQUENCE", 0)) == 2, f"{recipient}: SEQUENCE {event.get('SEQUENCE')}"
        print("cancel: every member got METHOD:CANCEL, STATUS:CANCELLED, SEQUENCE 2")
        if sink:
            faults(server, maildir, sink_port=port, everyone=everyone, token=token, stop_sink=lambda: stop(sink),
                   restart_sink=lambda: start_sink(maildir, port)[0], set_sink=lambda new: sinks.append(new))
            sink = sinks[-1] if sinks else sink
        ok = True
    except (AssertionError, SystemExit, urllib.error.HTTPError) as problem:
        print("mail e2e FAILED:", problem)
        ok = False
    finally:
        server.stop()
        for process in [sink] + sinks:
            if process and process.poll() is None:
                stop(process)
    print("mail e2e:", "ok" if ok else "FAILED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()

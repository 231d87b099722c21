#!/usr/bin/env python3
"""Security crawls against a real server (run by .ci/run, on SQLite and PostgreSQL).

usage: crawl.py BINARY [--postgres URL] [--budget SECONDS]
Starts `BINARY serve` on a fresh database (demo data loads on start), creates an admin, a
facilitator, a representative and guarantor staff for Morelos and Yucatán (in formation), then:
1. injection crawl: as the public and as every role, follows same-origin links (bounded per
   URL shape) and fills every form that role can post (text with `"><x-inj a=1>`,
   `' x-inj='1`, `<x-inj>`, `javascript:alert(1)`; links with the same inside an https
   URL; private e-mails in e-mail fields; a refused field, named by the error page, is
   retried with a plausible value); every GET form and every page is also fetched with
   the payloads in its echoed query parameters (`q`, `status`, `owner`, `sector`,
   `session`, `lang`, `next`, `otro_nombre`…). Afterwards every page and export is read
   again by every role and the public. Every HTML document is parsed with html.parser;
   an `x-inj` element or attribute, a `<meta http-equiv>`, or an href/src/action/formaction
   whose scheme is not http(s) fails the run, with the URL and the markup.
2. privacy crawl: on the populated database, every public page and export (CSV, JSON,
   Popolo, .ics, .md) fetched anonymously must show no account e-mail and no private
   contact e-mail (people, organisations, registrations, promoter group), read from the
   database.
   Forms with a file field (documents attached to a record) are posted as
   multipart/form-data with a small PDF named `"><x-inj a=1>.pdf`, so the stored file
   name is checked on every page that lists it.
3. the login `next` parameter: raw response bytes over a socket must carry no header
   made from a CR/LF in `next`.
Exit 0 when everything holds.
"""
import datetime, html.parser, http.cookiejar, os, re, socket, sqlite3, subprocess, sys, tempfile, time
import urllib.error, urllib.parse, urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e import Server, cli, free_port

TEXT = "\"><x-inj a=1> ' x-inj='1 <x-inj> javascript:alert(1)"
URL = "https://ok.example/\"><x-inj a=1>' x-inj='1"
PASSWORD = "clave-del-rastreo-larga"
# A hostile file name on a real (tiny) PDF: the name must be sanitised wherever it is shown.
FILE_NAME = "\"><x-inj a=1>.pdf"
FILE_BYTES = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
SLUGS = ("morelos", "yucatan")
UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
EXPORT = re.compile(r"\.(csv|json|ics|md)$|/api/|popolo", re.I)
# Forms that would end the crawl's own access or are not the STL's content.
# (/login is checked on its own: failed logins would count against the address.)
SKIP_POST = re.compile(r"/logout|/login|/cuenta|/admin/usuarios|/admin/correo")
ECHOED = ["q", "status", "owner", "sector", "session", "lang", "next", "otro_nombre", "kind", "year", "period", "tipo", "estado"]
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")

problems = []
posted = {"accepted": [], "refused": [], "uploads": []}
private_emails = set()
counter = [0]


class Page(html.parser.HTMLParser):
    """Links, forms, and anything injected, from one HTML document."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links, self.forms, self.injected, self.form = [], [], [], None
        self.select = None

    def handle_starttag(self, tag, attrs):
        self.check(tag, attrs)
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "form":
            self.form = {"action": a.get("action") or "", "method": (a.get("method") or "get").lower(), "fields": [],
                         "multipart": (a.get("enctype") or "").lower() == "multipart/form-data"}
            self.forms.append(self.form)
        elif self.form is not None and tag in ("input", "textarea", "button"):
            if tag == "button" and not a.get("name"):
                return
            self.form["fields"].append({"tag": tag, "type": (a.get("type") or ("textarea" if tag == "textarea" else "text")).lower(),
                                        "name": a.get("name"), "value": a.get("value") or "", "checked": "checked" in a,
                                        "min": a.get("min"), "options": []})
        elif self.form is not None and tag == "select":
            self.select = {"tag": "select", "type": "select", "name": a.get("name"), "value": None, "options": []}
            self.form["fields"].append(self.select)
        elif self.select is not None and tag == "option":
            value = a.get("value")
            self.select["options"].append(value)
            if "selected" in a and value is not None:
                self.select["value"] = value

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag == "form":
            self.form = None
        elif tag == "select":
            self.select = None

    def check(self, tag, attrs):
        markup = "<" + tag + "".join(f' {k}="{v}"' if v is not None else f" {k}" for k, v in attrs) + ">"
        if "x-inj" in tag:
            self.injected.append("element " + markup)
        for name, value in attrs:
            if "x-inj" in name:
                self.injected.append("attribute " + markup)
            if name in ("href", "src", "action", "formaction") and value:
                cleaned = re.sub(r"[\t\n\r]", "", value).lstrip(" \x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f")
                scheme = re.match(r"([A-Za-z][A-Za-z0-9+.-]*):", cleaned)
                if scheme and scheme.group(1).lower() not in ("http", "https"):
                    self.injected.append(f"{name} with scheme {scheme.group(1)!r}: {markup}")
            if name == "http-equiv":
                self.injected.append("meta refresh/http-equiv: " + markup)


class Client:
    """A cookie-keeping client that logs in through the real form (CSRF cookie + field)."""

    def __init__(self, server, role, email=None):
        self.server, self.role, self.email = server, role, email
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.seen = set()

    def csrf(self):
        for cookie in self.jar:
            if cookie.name == "stl_csrf":
                return cookie.value
        self.fetch("/login")
        return next((c.value for c in self.jar if c.name == "stl_csrf"), "")

    def fetch(self, path, data=None):
        url = self.server.url(path) if path.startswith("/") else path
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        req = urllib.request.Request(url, data=body, method="POST" if body is not None else "GET")
        if body is not None:
            req.add_header("Content-Type", "application/x-www-form-urlencoded")
        try:
            with self.opener.open(req, timeout=20) as r:
                return r.status, r.headers.get("Content-Type", ""), r.read().decode("utf-8", "replace"), r.geturl()
        except urllib.error.HTTPError as error:
            return error.code, error.headers.get("Content-Type", ""), error.read().decode("utf-8", "replace"), url

    def fetch_multipart(self, path, data, files):
        """POSTs `data` and `files` ([(field, filename, bytes)]) as multipart/form-data."""
        boundary = "----rastreo" + str(time.time_ns())
        body = b""
        for name, value in data:
            body += f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, filename, content in files:
            quoted = filename.replace('"', "%22")
            body += (f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{quoted}"\r\n'
                     f"Content-Type: application/pdf\r\n\r\n").encode() + content + b"\r\n"
        body += f"--{boundary}--\r\n".encode()
        url = self.server.url(path) if path.startswith("/") else path
        req = urllib.request.Request(url, data=body, method="POST")
        req.add_header("Content-Type", f"multipart/form-data; boundary={boundary}")
        try:
            with self.opener.open(req, timeout=20) as r:
                return r.status, r.headers.get("Content-Type", ""), r.read().decode("utf-8", "replace"), r.geturl()
        except urllib.error.HTTPError as error:
            return error.code, error.headers.get("Content-Type", ""), error.read().decode("utf-8", "replace"), url

    def login(self):
        status, _, body, final = self.fetch("/login", {"email": self.email, "password": PASSWORD, "_csrf": self.csrf(), "next": "/"})
        if status != 200 or "/login" in final:
            raise SystemExit(f"{self.role}: login failed ({status}): {body[:300]}")


def display(path):
    """A URL for the report: query values that carry the payload are shown as PAYLOAD."""
    base, _, query = path.partition("?")
    if not query:
        return path
    pairs = urllib.parse.parse_qsl(query, keep_blank_values=True)
    return base + "?" + "&".join(f"{k}={'PAYLOAD' if 'x-inj' in v else v}" for k, v in pairs)


def inspect(client, path, status, ctype, body):
    path = display(path)
    if status >= 500:
        problems.append(f"[{client.role}] {path}: HTTP {status}")
    if "html" not in ctype:
        return None
    page = Page()
    try:
        page.feed(body)
    except Exception as error:  # html.parser is lenient; note and go on
        problems.append(f"[{client.role}] {path}: unparsable HTML ({error})")
        return None
    for item in page.injected:
        problems.append(f"[{client.role}] {path}: injected {item}")
    return page


def local(base, href):
    """The same-origin path of a link, or None."""
    if not href or href.startswith("#"):
        return None
    joined = urllib.parse.urljoin(base, href)
    parts = urllib.parse.urlsplit(joined)
    if parts.scheme not in ("http", "https") or not parts.netloc.startswith("127.0.0.1"):
        return None
    return parts.path + ("?" + parts.query if parts.query else "")


def shape(path):
    """Links that differ only by ids or page numbers share a shape (bounded per shape)."""
    path = UUID.sub("{id}", path)
    path = re.sub(r"/\d+(?=/|$|\?)", "/{n}", path)
    return re.sub(r"=[^&]*", "=", path)


def in_scope(path):
    p = path.split("?")[0]
    if p.startswith("/stl/"):
        return p.split("/")[2] in SLUGS
    return not p.startswith(("/static", "/favicon", "/logout", "/health"))


def crawl(client, start, limit, per_shape=2, on_page=None, deadline=None):
    """Breadth-first over same-origin links; returns the pages and exports fetched."""
    queue, shapes, visited = list(start), {}, []
    while queue and len(visited) < limit and (deadline is None or time.time() < deadline):
        path = queue.pop(0)
        if path in client.seen or not in_scope(path):
            continue
        s = shape(path)
        if shapes.get(s, 0) >= per_shape:
            continue
        shapes[s] = shapes.get(s, 0) + 1
        client.seen.add(path)
        status, ctype, body, final = client.fetch(path)
        visited.append((path, status, ctype, body))
        page = inspect(client, path, status, ctype, body)
        if page is None:
            continue
        if on_page:
            on_page(path, page)
        for href in page.links:
            target = local(client.server.url(path), href)
            if target and target not in client.seen:
                queue.append(target)
    return visited


def plausible(field, kind):
    name = (field.get("name") or "").lower()
    today = datetime.date.today()
    if any(k in name for k in ("link", "url", "website", "evidence", "receipt", "material", "sitio")):
        return URL
    if "email" in name or "correo" in name:
        counter[0] += 1
        email = f"privado.rastreo{counter[0]}@contacto.example"
        private_emails.add(email)
        return email
    if "amount" in name or "monto" in name:
        return "1234.50"
    if "slug" in name:
        counter[0] += 1
        return f"rastreo-{counter[0]}"
    if "phone" in name or "telefono" in name:
        return "+52 999 000 0000"
    if "password" in name:
        return PASSWORD
    if kind == "date" or name.endswith("on") or "date" in name or "fecha" in name:
        # Calls open today and close later; what was done, was done today.
        ahead = 30 if any(k in name for k in ("close", "due", "end", "until")) else 0 if name.endswith("on") else 10
        return (today + datetime.timedelta(days=ahead)).isoformat()
    if kind == "datetime-local" or "at" == name[-2:]:
        return (today + datetime.timedelta(days=10)).isoformat() + "T10:00"
    if kind == "time" or "time" in name or "hora" in name:
        return "10:00"
    if kind == "number" or any(k in name for k in ("number", "attendees", "position", "seats", "count", "year", "numero", "votes", "rank", "minutes", "camaras", "duration")):
        return field.get("min") or "2"
    return None


def fill(form, retry):
    data = []
    for field in form["fields"]:
        name, kind = field.get("name"), field["type"]
        if not name:
            continue
        if kind in ("hidden", "submit"):
            data.append((name, field["value"]))
        elif name == "homepage":  # the registration form's trap for robots stays empty
            data.append((name, ""))
        elif kind == "select":
            options = [o for o in field["options"] if o]
            value = field["value"] if field["value"] else (options[0] if options else "")
            if name in retry:
                value = options[-1] if options else value
            data.append((name, value))
        elif kind in ("checkbox", "radio"):
            if kind == "checkbox" or not any(n == name for n, _ in data):
                data.append((name, field["value"] or "on"))
        elif kind == "password":
            data.append((name, PASSWORD))
        elif kind == "email":
            data.append((name, plausible({"name": "email"}, kind)))
        elif kind == "url":
            data.append((name, "javascript:alert(1)" if retry.get("__scheme__") else URL))
        elif kind in ("date", "datetime-local", "time", "number"):
            data.append((name, field["value"] or plausible(field, kind)))
        else:
            value = TEXT
            if name in retry:
                value = retry[name]
            data.append((name, value))
    return data


def refused_field(body):
    """The field an error page names, as «field» or “field”."""
    found = re.findall(r"[«“]([A-Za-z_][A-Za-z0-9_.\[\]]*)[»”]", body)
    return found[0] if found else None


def submit_forms(client, pages, done, deadline):
    """Posts every not-yet-posted form shape the role's pages offer; adapts to 422s."""
    for path, page in pages:
        for form in page.forms:
            if time.time() > deadline:
                return
            action = local(client.server.url(path), form["action"]) or path
            if form["method"] == "get":
                data = [(f["name"], TEXT) for f in form["fields"] if f.get("name")]
                target = action.split("?")[0] + "?" + urllib.parse.urlencode(data)
                status, ctype, body, _ = client.fetch(target)
                inspect(client, target, status, ctype, body)
                continue
            if SKIP_POST.search(action) or not in_scope(action):
                continue
            key = (client.role, shape(action), tuple(sorted(f.get("name") or "" for f in form["fields"])))
            if key in done:
                continue
            done.add(key)
            retry = {}
            for _ in range(6):
                data = fill(form, retry)
                if form.get("multipart"):
                    names = {f.get("name") for f in form["fields"] if f["type"] == "file"}
                    data = [(n, v) for n, v in data if n not in names]
                    status, ctype, body, final = client.fetch_multipart(action, data, [(n, FILE_NAME, FILE_BYTES) for n in names])
                else:
                    status, ctype, body, final = client.fetch(action, data)
                inspect(client, action + " (POST)", status, ctype, body)
                if status < 400:
                    posted["accepted"].append(f"{client.role} {shape(action)}")
                    if form.get("multipart"):
                        posted["uploads"].append(f"{client.role} {shape(action)}")
                    break
                field = refused_field(body)
                if not field or field in retry:
                    posted["refused"].append(f"{client.role} {shape(action)} ({status}{', ' + field if field else ''})")
                    break
                sample = next((f for f in form["fields"] if f.get("name") == field), {"name": field, "type": "text"})
                retry[field] = plausible(sample, sample["type"]) or "Texto del rastreo"


def echo_queries(client, paths):
    """Every page again with the payload in the query parameters pages echo."""
    for path in paths:
        base = path.split("?")[0]
        query = urllib.parse.urlencode([(k, TEXT) for k in ECHOED] + [("next", "/\"><x-inj>")])
        status, ctype, body, _ = client.fetch(base + "?" + query)
        inspect(client, base + "?" + query, status, ctype, body)


def account_and_private_emails(env, postgres):
    queries = {"account": ["SELECT email FROM users"],
               "private": ["SELECT email FROM people WHERE email IS NOT NULL",
                           "SELECT contact_email FROM organizations WHERE contact_email IS NOT NULL",
                           "SELECT contact_email FROM call_registrations",
                           "SELECT contact_email FROM promoter_members WHERE contact_email IS NOT NULL"]}
    found = {"account": set(), "private": set()}
    for kind, sqls in queries.items():
        for sql in sqls:
            if postgres:
                out = subprocess.run(["psql", postgres, "-tAc", sql], capture_output=True, text=True)
                if out.returncode != 0:
                    raise SystemExit(f"psql: {out.stderr}")
                rows = [line.strip() for line in out.stdout.splitlines() if line.strip()]
            else:
                rows = [r[0] for r in sqlite3.connect(env["SECRETARIADO_DB"]).execute(sql).fetchall() if r[0]]
            found[kind].update(r.lower() for r in rows)
    return found


def privacy(server, env, postgres):
    emails = account_and_private_emails(env, postgres)
    emails["private"].update(private_emails)
    public = Client(server, "public")
    start = ["/", "/comparativo", "/seguimiento", "/simulador"] + [f"/stl/{s}{p}" for s in SLUGS for p in (
        "", "/acta", "/acta.md", "/mecanismo", "/mecanismo.md", "/mecanismo/versiones", "/instalacion", "/instalacion/facilitacion",
        "/instalacion/convocatoria", "/instalacion/registro", "/instalacion/grupo-promotor", "/sesiones", "/acuerdos", "/plan-de-accion", "/finanzas",
        "/difusion", "/seguimiento")] + [f"/api/v1/secretariats/{s}{p}" for s in SLUGS for p in (
        "", "/members", "/organizations", "/governance", "/governance/versions", "/sessions", "/agreements")] + ["/api/v1/secretariats"]
    pages = crawl(public, start, limit=900, per_shape=3)
    leaks = 0
    for path, status, _, body in pages:
        if status != 200:
            continue
        for address in set(m.lower() for m in EMAIL.findall(body)):
            if address in emails["account"]:
                problems.append(f"[privacy] {path}: account e-mail {address}"); leaks += 1
            elif address in emails["private"]:
                problems.append(f"[privacy] {path}: private contact e-mail {address}"); leaks += 1
    exports = sum(1 for p, *_ in pages if EXPORT.search(p))
    if len(pages) < 100 or exports < 10:
        problems.append(f"[coverage] the privacy crawl read only {len(pages)} documents ({exports} exports)")
    print(f"privacy: {len(pages)} public documents ({exports} exports), {len(emails['account'])} account and "
          f"{len(emails['private'])} private e-mails checked, {leaks} leaks")


def raw_next(server):
    """POST /login with a CR/LF in `next`, read the raw response head from the socket."""
    token = "t" * 40
    for next_value in ("/\r\nSet-Cookie: injected=1; Path=/", "/%0d%0aSet-Cookie:%20injected=1", "/\nLocation: https://evil.example"):
        body = urllib.parse.urlencode({"email": "admin@rastreo.example", "password": PASSWORD, "next": next_value, "_csrf": token})
        request = (f"POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: stl_csrf={token}\r\n"
                   f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n{body}")
        with socket.create_connection(("127.0.0.1", server.port), timeout=10) as s:
            s.sendall(request.encode())
            raw = b""
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                raw += chunk
        head = raw.split(b"\r\n\r\n", 1)[0].decode("latin-1")
        lines = [line.lower() for line in head.split("\r\n")]
        if any(line.startswith("set-cookie: injected") for line in lines) or "evil.example" in head:
            problems.append(f"[next] {next_value!r} injected a header:\n{head}")
        elif [line for line in lines if line.startswith("location:")] != ["location: /"]:
            problems.append(f"[next] {next_value!r}: expected a redirect home, got:\n{head}")
    print("login next: raw response heads checked")


def report(found):
    """One line per kind of problem and URL shape (the first URL of the shape is shown)."""
    seen, lines = {}, []
    for problem in found:
        head, _, rest = problem.partition("\n")
        match = re.match(r"(\[[^\]]+\]) (\S+)(.*)", head)
        key = (match.group(1), shape(match.group(2)), re.sub(r"\d+", "N", match.group(3))) if match else (head, "", "")
        if key in seen:
            seen[key] += 1
            continue
        seen[key] = 1
        lines.append((key, (head if len(head) < 400 else head[:400] + "…") + ("\n" + rest if rest else "")))
    order = {"[coverage]": 0, "[next]": 1, "[privacy]": 2}
    lines.sort(key=lambda item: order.get(item[0][0], 3))
    print(f"\nFAILED: {len(found)} problems, {len(lines)} distinct:")
    for key, line in lines[:300]:
        print(" -", line, f"(×{seen[key]})" if seen[key] > 1 else "")



def grant_free_seat(binary, env, email, slug):
    """A seat position has one account, and a grant for a vacant position gives no rights
    until someone is appointed: take the first held position no account speaks for yet."""
    waiting = None
    for sector in ("gobierno", "sociedad_civil", "organismo_garante"):
        for seat in range(1, 9):
            for suplente in ([], ["--suplente"]):
                args = ("users", "grant", email, "--stl", slug, "--role", "representante",
                        "--sector", sector, "--seat", str(seat), *suplente)
                out = subprocess.run([binary, *args], env=env, capture_output=True, text=True)
                if out.returncode != 0:
                    continue
                if "vacante" not in out.stdout:
                    return
                # Bound to nothing yet: look on for a held position, remembering this one.
                cli(binary, env, "users", "revoke", email, "--stl", slug, "--role", "representante")
                waiting = waiting or args
    if waiting is None:
        raise SystemExit(f"no seat position of {slug} is free for the crawl's representative")
    cli(binary, env, *waiting)

def main():
    binary = sys.argv[1]
    postgres = sys.argv[sys.argv.index("--postgres") + 1] if "--postgres" in sys.argv else None
    # A safety cap: the crawl is bounded by pages per role, not by time, so a slow machine
    # checks as much as a fast one; going over the cap fails the run.
    budget = float(sys.argv[sys.argv.index("--budget") + 1]) if "--budget" in sys.argv else 600
    started = time.time()
    env = dict(os.environ)
    workdir = tempfile.mkdtemp(prefix="secretariado-crawl-")
    if postgres:
        env["DATABASE_URL"] = postgres
    else:
        env.pop("DATABASE_URL", None)
        env["SECRETARIADO_DB"] = os.path.join(workdir, "crawl.sqlite")
    server = Server(binary, env, free_port())
    try:
        server.start()
        people = {"admin": "admin@rastreo.example", "facilitator": "facilita@rastreo.example",
                  "representative": "representa@rastreo.example", "guarantor": "garante@rastreo.example"}
        for role, email in people.items():
            cli(binary, env, "users", "create", email, "--name", f"Rastreo {role}", "--password", PASSWORD,
                *(["--admin"] if role == "admin" else []))
        for slug in SLUGS:
            cli(binary, env, "users", "grant", people["facilitator"], "--stl", slug, "--role", "facilitador")
            cli(binary, env, "users", "grant", people["guarantor"], "--stl", slug, "--role", "garante")
            grant_free_seat(binary, env, people["representative"], slug)
        raw_next(server)
        print(f"setup: {time.time() - started:.0f}s")
        # Staff first (a call they open takes the public's registration), the public last.
        clients = [Client(server, role, email) for role, email in people.items()] + [Client(server, "public")]
        start = ["/", "/comparativo", "/seguimiento", "/simulador", "/login", "/admin"] + [f"/stl/{s}" for s in SLUGS] + \
                [f"/stl/{s}/{p}" for s in SLUGS for p in ("gestion", "instalacion", "instalacion/registro", "sesiones", "acuerdos", "plan-de-accion",
                                                          "finanzas", "difusion", "mecanismo/editar", "propuestas")]
        done = set()
        deadline = started + budget
        for client in clients:
            if client.email:
                client.login()
            pages = []
            crawl(client, start, limit=140, per_shape=1, on_page=lambda p, pg: pages.append((p, pg)), deadline=deadline)
            submit_forms(client, pages, done, deadline)
            echo_queries(client, [p for p, _ in pages][:50])
            if len(pages) < 25:
                problems.append(f"[coverage] {client.role} reached only {len(pages)} pages in the write pass")
            print(f"write pass as {client.role}: {len(pages)} pages, {len(done)} form shapes posted so far, "
                  f"{len(posted['accepted'])} accepted ({len(posted['uploads'])} with a file), {len(posted['refused'])} refused")
        # Stored values written by later roles: everyone reads everything again.
        for client in clients:
            client.seen = set()
            pages = crawl(client, start, limit=300, deadline=deadline)
            print(f"read pass as {client.role}: {len(pages)} documents")
            if len(pages) < 50:
                problems.append(f"[coverage] {client.role} read only {len(pages)} documents")
        if not posted["uploads"]:
            problems.append("[coverage] no file was accepted: the hostile file name was never stored and shown")
        if len(posted["accepted"]) < 60:
            problems.append(f"[coverage] only {len(posted['accepted'])} forms were accepted: the crawl wrote too little to prove anything")
        privacy(server, env, postgres)
        if time.time() > deadline:
            problems.append(f"[coverage] the crawl ran past its {budget:.0f}s cap and stopped early")
        if "--verbose" in sys.argv:
            print("accepted:", *sorted(set(posted["accepted"])), sep="\n  ")
            print("refused:", *sorted(set(posted["refused"])), sep="\n  ")
    finally:
        server.stop()
    if problems:
        report(problems)
        sys.exit(1)
    print(f"crawl: ok in {time.time() - started:.0f}s")


if __name__ == "__main__":
    main()

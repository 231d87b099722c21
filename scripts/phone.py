#!/usr/bin/env python3
"""Every page fits a phone: no page wider than a 390 px screen (run by .ci/run).

usage: phone.py BINARY [--screenshots DIR]
Starts `BINARY serve` on a fresh SQLite database (demo data loads on start) and, in headless
Chromium emulating a 390 px wide phone, loads every public page — home, comparativo,
simulador, seguimiento, login, and for each demo STL its page and sub-pages (charter,
sessions, agreements, plan, finances, outreach, follow-up, installation and its steps, acta)
plus the sessions, minutes, agreements, plans and commitments linked from them — and then,
signed in as a facilitator (Morelos) and guarantor staff (Yucatán, in formation), the
management pages (Mi trabajo, gestión, conduct, proposals, confirmations, registrations…).
On each it checks `document.documentElement.scrollWidth <= 390`: a table must scroll in
its own box, the header must fold, long words must wrap. Screenshots of a few pages at 390
and 1280 px go to DIR (default: the temporary directory) for people to look at.
Exit 0 when every page fits.
"""
import os, re, sys, tempfile, urllib.parse
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e import Server, cli, free_port  # noqa: E402

WIDTH = 390
PASSWORD = "clave-del-telefono"
SKIP = re.compile(r"\.(md|csv|json|ics|png|svg|css)$|^/api/|^/static/|/boleta/|^/logout")
# The pages of an STL that are not linked from everywhere, or not at all for the public.
STL_PAGES = ["", "/mecanismo", "/mecanismo/versiones", "/sesiones", "/acuerdos", "/plan-de-accion",
             "/finanzas", "/difusion", "/seguimiento", "/instalacion", "/instalacion/grupo-promotor",
             "/instalacion/convocatoria", "/instalacion/registro", "/instalacion/eleccion",
             "/instalacion/facilitacion", "/acta"] + [f"/instalacion/pasos/{n}" for n in range(1, 11)]
PUBLIC = ["/", "/comparativo", "/simulador", "/seguimiento", "/login", "/no-existe"]
# Pages whose screenshots are kept, at both widths.
SHOTS = {"/": "home", "/comparativo": "comparativo", "/stl/morelos": "stl", "/stl/morelos/sesiones": "sesiones",
         "/stl/morelos/finanzas": "finanzas", "/mi-trabajo": "mi-trabajo", "/stl/morelos/gestion": "gestion"}

problems = []
checked = set()


def phone(driver):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": WIDTH, "height": 844, "deviceScaleFactor": 1, "mobile": True})


def desktop(driver):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False})


WIDEST = """
const limit = arguments[0], out = [];
for (const el of document.querySelectorAll('body *')) {
  const r = el.getBoundingClientRect();
  if (r.right > limit + 1 && r.width > 0) {
    let inScroller = false;
    for (let p = el.parentElement; p; p = p.parentElement) {
      const s = getComputedStyle(p);
      if (s.overflowX === 'auto' || s.overflowX === 'scroll' || s.overflowX === 'hidden') { inScroller = true; break; }
    }
    if (!inScroller) out.push(el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ').join('.') : '') + ' ' + Math.round(r.right) + 'px');
  }
}
return out.slice(0, 4);
"""


def check(driver, server, path, who, shots):
    key = (who, path)
    if key in checked:
        return
    checked.add(key)
    driver.get(server.url(path))
    width = driver.execute_script("return document.documentElement.scrollWidth")
    if width > WIDTH:
        culprits = driver.execute_script(WIDEST, WIDTH)
        problems.append(f"{path} ({who}): {width} px wide at {WIDTH} px; widest: {', '.join(culprits)}")
    if path in SHOTS:
        name = f"secretariado-phone-{SHOTS[path]}{'' if who == 'público' else '-' + who}"
        driver.save_screenshot(os.path.join(shots, name + "-390.png"))
        desktop(driver)
        driver.get(server.url(path))
        driver.save_screenshot(os.path.join(shots, name + "-1280.png"))
        phone(driver)


def links(driver, prefix):
    """The site's own links under `prefix` on the page just loaded, in page order."""
    found = []
    for a in driver.find_elements(By.CSS_SELECTOR, "a[href]"):
        href = a.get_attribute("href") or ""
        parts = urllib.parse.urlsplit(href)
        path = parts.path
        if parts.hostname not in ("127.0.0.1", None) or SKIP.search(path) or not path.startswith(prefix):
            continue
        if path not in found:
            found.append(path)
    return found


def crawl_stl(driver, server, slug, who, shots, extra=(), limit=60):
    base = f"/stl/{slug}"
    queue = [base + p for p in STL_PAGES] + [base + p for p in extra]
    seen = set()
    while queue and len(seen) < limit:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        check(driver, server, path, who, shots)
        # One level of discovery: sessions, minutes, agreements, plans, commitments, steps.
        for found in links(driver, base + "/"):
            if found not in seen and found not in queue:
                queue.append(found)


def sign_in(driver, server, email):
    driver.delete_all_cookies()
    driver.get(server.url("/login"))
    driver.find_element(By.ID, "f-email").send_keys(email)
    driver.find_element(By.ID, "f-password").send_keys(PASSWORD)
    form = driver.find_element(By.CSS_SELECTOR, "form.stack")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(driver, 15).until(lambda d: "/login" not in urllib.parse.urlsplit(d.current_url).path)


def main():
    binary = sys.argv[1]
    shots = sys.argv[sys.argv.index("--screenshots") + 1] if "--screenshots" in sys.argv else tempfile.gettempdir()
    env = dict(os.environ)
    env.pop("DATABASE_URL", None)
    env["SECRETARIADO_DB"] = os.path.join(tempfile.mkdtemp(prefix="secretariado-phone-"), "p.sqlite")
    server = Server(binary, env, free_port())
    server.start()
    cli(binary, env, "users", "create", "fac@phone.mx", "--name", "Facilitadora Teléfono", "--password", PASSWORD)
    cli(binary, env, "users", "grant", "fac@phone.mx", "--stl", "morelos", "--role", "facilitador")
    cli(binary, env, "users", "create", "og@phone.mx", "--name", "Garante Teléfono", "--password", PASSWORD)
    cli(binary, env, "users", "grant", "og@phone.mx", "--stl", "yucatan", "--role", "garante")
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", f"--window-size={WIDTH},844", "--hide-scrollbars"):
        options.add_argument(flag)
    # Spanish, the site's default and its longer wording (Chrome would send en-US).
    options.add_argument("--lang=es-MX")
    options.add_experimental_option("prefs", {"intl.accept_languages": "es-MX,es"})
    service = webdriver.ChromeService("/usr/bin/chromedriver") if os.path.exists("/usr/bin/chromedriver") else None
    driver = webdriver.Chrome(options=options, service=service)
    try:
        phone(driver)
        for path in PUBLIC:
            check(driver, server, path, "público", shots)
        driver.get(server.url("/"))
        slugs = sorted({p.split("/")[2] for p in links(driver, "/stl/") if p.count("/") == 2})
        if len(slugs) < 16:
            problems.append(f"the home page links {len(slugs)} STLs, expected every demo STL")
        for slug in slugs:
            crawl_stl(driver, server, slug, "público", shots)
        sign_in(driver, server, "fac@phone.mx")
        for path in ("/mi-trabajo", "/cuenta", "/no-existe"):
            check(driver, server, path, "facilitación", shots)
        crawl_stl(driver, server, "morelos", "facilitación", shots,
                  extra=["/gestion", "/auditoria", "/propuestas", "/mecanismo/propuestas", "/mecanismo/propuestas/nueva", "/avisos"], limit=90)
        sign_in(driver, server, "og@phone.mx")
        check(driver, server, "/mi-trabajo", "garante", shots)
        crawl_stl(driver, server, "yucatan", "garante", shots, extra=["/gestion", "/instalacion/registros"], limit=60)
    finally:
        driver.quit()
        server.stop()
    for problem in problems:
        print("PROBLEM:", problem)
    print(f"phone: {len(checked)} pages at {WIDTH} px, {'all fit' if not problems else f'{len(problems)} problems'}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()

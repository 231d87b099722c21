#!/usr/bin/env python3
"""Drives the main flows in headless Chromium (Selenium), as a person would.

usage: browser.py BINARY
Starts a server on a fresh SQLite file, then: signs in, appoints a member through the
management form, checks the public page; then runs a session of Morelos through its forms:
the facilitator convenes it, adds a point, takes attendance and puts a motion to the vote,
two representatives (a titular and a suplente) vote, the facilitator closes the vote and
finalises the minutes, and a representative signs them with their password; then the
follow-up of Morelos: a milestone done with evidence, an expense, an outreach activity, the
agreements filter and the dashboards. On every page
visited it fails on any JavaScript console error or any form control without a label.
"""
import datetime, os, re, subprocess, sys, tempfile
from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select, WebDriverWait

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e import Server, cli, free_port

problems = []

def check_page(driver, what):
    for entry in driver.get_log("browser"):
        if entry.get("level") == "SEVERE":
            problems.append(f"{what}: console error: {entry.get('message')}")
    for control in driver.find_elements(By.CSS_SELECTOR, "input, select, textarea"):
        kind = (control.get_attribute("type") or "").lower()
        if kind in ("hidden", "submit", "button"):
            continue
        cid = control.get_attribute("id")
        labelled = (cid and driver.find_elements(By.CSS_SELECTOR, f"label[for='{cid}']")) or control.get_attribute("aria-label")
        if not labelled:
            problems.append(f"{what}: control {control.get_attribute('name')!r} has no label")

def submit(driver, form):
    """Clicks the form's button and waits for the next page, as a person would."""
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(driver, 15).until(left_page(form))

def left_page(element):
    """`staleness_of`, also when Chrome, asked mid-navigation, answers that the node no
    longer belongs to the document instead of calling it stale."""
    def gone(_driver):
        try:
            element.is_enabled()
            return False
        except StaleElementReferenceException:
            return True
        except WebDriverException as error:
            if "does not belong to the document" in str(error):
                return True
            raise
    return gone

def visit(driver, server, path):
    driver.get(server.url(path))
    check_page(driver, path)

def fail_unless_saved(driver, what):
    """The page after a form must confirm, and show no error box."""
    check_page(driver, what)
    box = driver.find_elements(By.CSS_SELECTOR, ".error-box")
    if box or "Cambios guardados" not in driver.page_source:
        problems.append(f"{what} did not confirm: " + (box[0].text if box else driver.title))
        return False
    return True

def sign_in(driver, server, email, password):
    driver.delete_all_cookies()
    visit(driver, server, "/login")
    driver.find_element(By.ID, "f-email").send_keys(email)
    driver.find_element(By.ID, "f-password").send_keys(password)
    submit(driver, driver.find_element(By.CSS_SELECTOR, "form.stack"))

def form(driver, action_suffix):
    return driver.find_element(By.CSS_SELECTOR, f"form[action$='{action_suffix}']")

def set_value(driver, element, value):
    """Date and time inputs take keys in the browser's locale; the value is what is sent."""
    driver.execute_script("arguments[0].value = arguments[1]", element, value)

def session_flow(driver, server, binary, env):
    """A Morelos session from convocation to signed minutes, through the real forms."""
    password = "clave-del-navegador"
    cli(binary, env, "users", "grant", "fac@browser.mx", "--stl", "morelos", "--role", "facilitador")
    # The demo's accounts hold Morelos' current terms, and one seat position has one account:
    # the facilitator first appoints the two people whose accounts are then granted.
    sign_in(driver, server, "fac@browser.mx", password)
    for seat_label, role, person in (("Gobierno #1", "titular", "Titular Gobierno 1"), ("Gobierno #2", "suplente", "Suplente Gobierno 2")):
        visit(driver, server, "/stl/morelos/gestion")
        appoint = driver.find_element(By.CSS_SELECTOR, "form[action$='/gestion/integrantes']")
        Select(appoint.find_element(By.NAME, "seatId")).select_by_visible_text(seat_label)
        Select(appoint.find_element(By.NAME, "role")).select_by_value(role)
        appoint.find_element(By.NAME, "personName").send_keys(person)
        submit(driver, appoint)
        fail_unless_saved(driver, f"appointing {person}")
    for email, name, sector, seat, suplente in (("gob1@browser.mx", "Titular Gobierno 1", "gobierno", "1", False),
                                                ("gob2s@browser.mx", "Suplente Gobierno 2", "gobierno", "2", True)):
        cli(binary, env, "users", "create", email, "--name", name, "--password", password)
        cli(binary, env, "users", "grant", email, "--stl", "morelos", "--role", "representante", "--sector", sector,
            "--seat", seat, *(["--suplente"] if suplente else []))
    # The facilitator convenes a session two weeks ahead (Mexico City's calendar).
    sign_in(driver, server, "fac@browser.mx", password)
    visit(driver, server, "/stl/morelos/sesiones")
    convene = form(driver, "/stl/morelos/sesiones")
    Select(convene.find_element(By.NAME, "kind")).select_by_value("ordinaria")
    day = (datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(hours=6)).date() + datetime.timedelta(days=14)
    set_value(driver, convene.find_element(By.NAME, "date"), day.isoformat())
    set_value(driver, convene.find_element(By.NAME, "time"), "10:00")
    convene.find_element(By.NAME, "place").send_keys("Sala del navegador")
    Select(convene.find_element(By.NAME, "modality")).select_by_value("presencial")
    submit(driver, convene)
    found = re.search(r"/stl/morelos/sesiones/([0-9A-Fa-f-]{36})/conducir", driver.current_url)
    if not fail_unless_saved(driver, "convening") or not found:
        problems.append(f"convening did not lead to the conduct page: {driver.current_url}")
        return
    session = found.group(1)
    conduct = f"/stl/morelos/sesiones/{session}/conducir"
    # A point of the agenda, attendance (gobierno-2 by its suplente), a motion.
    agenda = form(driver, "/orden-del-dia")
    agenda.find_element(By.NAME, "title").send_keys("Plan de trabajo del navegador")
    submit(driver, agenda)
    fail_unless_saved(driver, "adding an agenda point")
    attendance = form(driver, "/asistencia")
    for select in attendance.find_elements(By.CSS_SELECTOR, "select[name^='seat_']"):
        label = driver.find_element(By.CSS_SELECTOR, f"label[for='{select.get_attribute('id')}']").text
        Select(select).select_by_value("suplente" if label.startswith("Gobierno 2") else "titular")
    submit(driver, attendance)
    fail_unless_saved(driver, "taking attendance")
    motion = form(driver, f"/sesiones/{session}/mociones")
    Select(motion.find_element(By.NAME, "agendaItemId")).select_by_index(0)
    motion.find_element(By.NAME, "title").send_keys("Aprobar el plan de trabajo del navegador")
    motion.find_element(By.NAME, "agreementOwner").send_keys("Facilitación")
    submit(driver, motion)
    fail_unless_saved(driver, "putting a motion to the vote")
    # Two representatives vote: the titular of gobierno-1 and the suplente sitting for gobierno-2.
    for email in ("gob1@browser.mx", "gob2s@browser.mx"):
        sign_in(driver, server, email, password)
        visit(driver, server, f"/stl/morelos/sesiones/{session}")
        vote = driver.find_elements(By.CSS_SELECTOR, "form[action$='/votar']")
        if not vote:
            problems.append(f"{email} sees no vote form"); continue
        # The ballot preselects nothing: a submit without a choice must cast no vote.
        if any(r.is_selected() for r in vote[0].find_elements(By.CSS_SELECTOR, "input[name='option']")):
            problems.append(f"{email}: the ballot has an option chosen in advance")
        vote[0].find_element(By.CSS_SELECTOR, "input[name='option'][value='a_favor']").click()
        submit(driver, vote[0])
        if fail_unless_saved(driver, f"{email} voting") and "Tu voto" not in driver.page_source:
            problems.append(f"{email}: the page does not show their vote")
    # The facilitator closes the vote, drafts and finalises the minutes.
    sign_in(driver, server, "fac@browser.mx", password)
    visit(driver, server, conduct)
    submit(driver, form(driver, "/cerrar"))
    fail_unless_saved(driver, "closing the vote")
    minutes = form(driver, f"/sesiones/{session}/minuta")
    for area in minutes.find_elements(By.CSS_SELECTOR, "textarea[name^='discussion_']"):
        area.send_keys("Se presentó el plan y se votó.")
    minutes.find_element(By.NAME, "notes").send_keys("Sesión de prueba del navegador.")
    submit(driver, minutes)
    fail_unless_saved(driver, "saving the minutes draft")
    submit(driver, form(driver, "/minuta/finalizar"))
    fail_unless_saved(driver, "finalising the minutes")
    # A representative who attended signs with their password.
    sign_in(driver, server, "gob1@browser.mx", password)
    visit(driver, server, f"/stl/morelos/sesiones/{session}")
    sign = driver.find_elements(By.CSS_SELECTOR, "form[action$='/minuta/firmar']")
    if not sign:
        problems.append("the titular sees no signature form"); return
    Select(sign[0].find_element(By.NAME, "decision")).select_by_value("firma")
    sign[0].find_element(By.NAME, "password").send_keys(password)
    submit(driver, sign[0])
    fail_unless_saved(driver, "signing the minutes")
    if "Titular Gobierno 1" not in driver.page_source:
        problems.append("the signature is not on the session page")
    if driver.find_elements(By.CSS_SELECTOR, "form[action$='/minuta/firmar']"):
        problems.append("the signature form is still offered after signing")
    visit(driver, server, f"/stl/morelos/sesiones/{session}/minuta")
    if "Aprobar el plan de trabajo del navegador" not in driver.page_source:
        problems.append("the published minutes do not show the motion")
    for private in ("gob1@browser.mx", "gob2s@browser.mx"):
        if private in driver.page_source:
            problems.append(f"{private} appears on the public minutes")
    # What the browser signed is in the archive, and it verifies.
    verified = subprocess.run([binary, "verify", server.url("/api/v1/secretariats/morelos/archive")], env=env, capture_output=True, text=True)
    if verified.returncode != 0:
        problems.append(f"the archive does not verify after the browser's signature: {verified.stdout}{verified.stderr}")
    driver.save_screenshot(os.path.join(tempfile.gettempdir(), "secretariado-browser-session.png"))
    print(f"browser: session {session} convened, voted, closed, finalised and signed through the forms")

def followup_flow(driver, server):
    """Follow-up (issue #5): Morelos' facilitator adds a milestone to a commitment of the demo
    plan, marks it done with evidence, records an expense and an outreach activity, filters
    the agreements; the dashboards draw their charts with text alternatives."""
    sign_in(driver, server, "fac@browser.mx", "clave-del-navegador")
    visit(driver, server, "/stl/morelos/plan-de-accion")
    link = driver.find_elements(By.CSS_SELECTOR, "a[href*='/stl/morelos/compromisos/']")
    if not link:
        problems.append("the demo plan of Morelos shows no commitment"); return
    commitment = re.search(r"/stl/morelos/compromisos/[0-9A-Fa-f-]{36}", link[0].get_attribute("href")).group(0)
    visit(driver, server, commitment)
    add = form(driver, f"{commitment}/hitos")
    add.find_element(By.NAME, "title").send_keys("Hito del navegador")
    set_value(driver, add.find_element(By.NAME, "dueOn"), "2026-12-15")
    submit(driver, add)
    if not fail_unless_saved(driver, "adding a milestone"): return
    progress = driver.find_elements(By.CSS_SELECTOR, "details")
    last = progress[-1]
    last.find_element(By.TAG_NAME, "summary").click()
    Select(last.find_element(By.NAME, "done")).select_by_value("true")
    last.find_element(By.NAME, "evidenceLinks").send_keys("https://example.org/evidencia-navegador.pdf")
    submit(driver, last.find_element(By.TAG_NAME, "form"))
    if fail_unless_saved(driver, "marking a milestone done") and "evidencia-navegador.pdf" not in driver.page_source:
        problems.append("the milestone's evidence is not on the commitment page")
    visit(driver, server, "/stl/morelos/finanzas")
    expense = driver.find_element(By.CSS_SELECTOR, "form.stack[action$='/stl/morelos/finanzas']")  # not the totals' GET form
    set_value(driver, expense.find_element(By.NAME, "spentOn"), "2026-11-02")
    expense.find_element(By.NAME, "concept").send_keys("Papelería del navegador")
    expense.find_element(By.NAME, "amount").send_keys("0.10")
    expense.find_element(By.NAME, "source").send_keys("Organismo garante")
    submit(driver, expense)
    if fail_unless_saved(driver, "recording an expense") and "Papelería del navegador" not in driver.page_source:
        problems.append("the expense is not listed")
    visit(driver, server, "/stl/morelos/difusion")
    activity = form(driver, "/stl/morelos/difusion")
    set_value(driver, activity.find_element(By.NAME, "heldOn"), "2026-11-03")
    Select(activity.find_element(By.NAME, "kind")).select_by_value("taller")
    activity.find_element(By.NAME, "title").send_keys("Taller del navegador")
    activity.find_element(By.NAME, "audience").send_keys("Estudiantes")
    activity.find_element(By.NAME, "attendees").send_keys("25")
    submit(driver, activity)
    fail_unless_saved(driver, "recording an outreach activity")
    visit(driver, server, "/stl/morelos/acuerdos")
    filters = driver.find_element(By.CSS_SELECTOR, "form.filters")
    Select(filters.find_element(By.NAME, "status")).select_by_value("vencido")
    submit(driver, filters)
    check_page(driver, "filtering agreements")
    if "status=vencido" not in driver.current_url or "overdue" not in driver.page_source:
        problems.append("the overdue filter does not show the demo's overdue agreement")
    for path in ("/stl/morelos/seguimiento", "/seguimiento", "/seguimiento?lang=en"):
        visit(driver, server, path)
        charts = driver.find_elements(By.CSS_SELECTOR, "svg[role='img']")
        if len(charts) < 3 or any(not c.find_elements(By.TAG_NAME, "title") for c in charts):
            problems.append(f"{path}: {len(charts)} charts, or a chart without its title")
    driver.save_screenshot(os.path.join(tempfile.gettempdir(), "secretariado-browser-followup.png"))
    print("browser: follow-up milestone, expense, outreach, filters and dashboards through the forms")

def main():
    binary = sys.argv[1]
    env = dict(os.environ)
    env.pop("DATABASE_URL", None)
    env["SECRETARIADO_DB"] = os.path.join(tempfile.mkdtemp(prefix="secretariado-browser-"), "b.sqlite")
    server = Server(binary, env, free_port())
    server.start()
    cli(binary, env, "users", "create", "fac@browser.mx", "--name", "Facilitadora", "--password", "clave-del-navegador")
    cli(binary, env, "users", "grant", "fac@browser.mx", "--stl", "jalisco", "--role", "facilitador")
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1800"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # Debian's chromedriver, so Selenium does not try to download one.
    service = webdriver.ChromeService("/usr/bin/chromedriver") if os.path.exists("/usr/bin/chromedriver") else None
    driver = webdriver.Chrome(options=options, service=service)
    try:
        for path in ("/", "/stl/jalisco", "/comparativo", "/simulador", "/stl/jalisco/mecanismo", "/login"):
            visit(driver, server, path)
        driver.find_element(By.ID, "f-email").send_keys("fac@browser.mx")
        driver.find_element(By.ID, "f-password").send_keys("clave-del-navegador")
        submit(driver, driver.find_element(By.CSS_SELECTOR, "form.stack"))
        visit(driver, server, "/stl/jalisco/gestion")
        form = driver.find_element(By.CSS_SELECTOR, "form[action$='/gestion/integrantes']")
        Select(form.find_element(By.NAME, "seatId")).select_by_index(5)
        Select(form.find_element(By.NAME, "role")).select_by_value("suplente")
        form.find_element(By.NAME, "personName").send_keys("Suplente Navegador")
        form.find_element(By.NAME, "personEmail").send_keys("privado@navegador.mx")
        submit(driver, form)
        check_page(driver, "after appointing")
        if "Cambios guardados" not in driver.page_source:
            box = driver.find_elements(By.CSS_SELECTOR, ".error-box")
            problems.append("appointing a member did not confirm: " + (box[0].text if box else driver.title))
        visit(driver, server, "/stl/jalisco")
        if "Suplente Navegador" not in driver.page_source:
            problems.append("the new member is not on the public page")
        if "privado@navegador.mx" in driver.page_source:
            problems.append("contact data on the public page")
        visit(driver, server, "/simulador?gobierno=5&sociedad_civil=1&organismo_garante=1&kind=consensus_then_majority")
        if "Gobierno" not in driver.page_source:
            problems.append("simulator shows no result")
        driver.save_screenshot(os.path.join(tempfile.gettempdir(), "secretariado-browser.png"))
        session_flow(driver, server, binary, env)
        followup_flow(driver, server)  # follow-up (issue #5); needs session_flow's Morelos grant
    finally:
        driver.quit()
        server.stop()
    for problem in problems:
        print("PROBLEM:", problem)
    print(f"browser: {'ok' if not problems else f'{len(problems)} problems'}")
    sys.exit(1 if problems else 0)

if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Drives the main flows in headless Chromium (Selenium), as a person would.

usage: browser.py BINARY
Starts a server on a fresh SQLite file, then: signs in, appoints a member through the
management form, checks the public page; then runs a session of Morelos through its forms:
the facilitator convenes it, adds a point, takes attendance and puts a motion to the vote,
two representatives (a titular and a suplente) vote, the facilitator closes the vote and
finalises the minutes, and a representative signs them with their password, and the minutes
and an acta are printed to PDF and read back; then the
follow-up of Morelos: a milestone done with evidence, an expense, an outreach activity, the
agreements filter and the dashboards. Long texts (a 20 KB charter section, 50 KB of minutes)
go through the forms, and five forms are sent with a mistake to check that the same page
comes back with what was typed and a summary linking to the field. On every page
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
from print_check import check_printed

problems = []

def check_page(driver, what):
    for entry in driver.get_log("browser"):
        # A form sent back for its input answers 422 (or 413 over its limit) on purpose;
        # Chrome logs any 4xx document as a console error.
        if re.search(r"Failed to load resource: the server responded with a status of (422|413) ", entry.get("message", "")):
            continue
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

# Realistic long texts: Spanish prose with accents and line breaks, as minutes and charters are.
PARAGRAPH = ("La sesión ordinaria se celebró en la Sala de Cabildo; participaron las personas titulares de "
             "gobierno, sociedad civil y el organismo garante, quienes discutieron el avance de los compromisos, "
             "la publicación de datos abiertos y la rendición de cuentas.\n")

def long_text(kb, ending):
    text = ""
    while len(text.encode()) < kb * 1024:
        text += PARAGRAPH
    return text + ending

def type_long(driver, element, text):
    """Puts most of a long text in at once (typing 50 KB key by key takes minutes) and types
    its last sentence, so the browser's own input events run as for a person."""
    tail = text[-120:]
    driver.execute_script("arguments[0].value = arguments[1]", element, text[:-len(tail)])
    element.send_keys(tail)
    if element.get_attribute("value").replace("\r\n", "\n") != text:
        problems.append(f"typing into {element.get_attribute('name')!r} did not give the whole text")

def screenshot(driver, name):
    """Saves the page at desktop and phone widths (look at them: /tmp/secretariado-*.png)."""
    for width in (1280, 390):
        driver.set_window_size(width, 1800)
        driver.save_screenshot(os.path.join(tempfile.gettempdir(), f"secretariado-{name}-{width}.png"))
    driver.set_window_size(1280, 1800)

def expect_sent_back(driver, what, field_id, kept, shot=None):
    """A form refused for its input: the same form again, a summary linking to the field,
    the message beside it, and every value in `kept` (element id -> text) still there."""
    check_page(driver, what)
    links = driver.find_elements(By.CSS_SELECTOR, f".error-summary a[href='#{field_id}']")
    if not links:
        problems.append(f"{what}: no error summary linking to #{field_id} ({driver.title})")
        return False
    if not driver.find_elements(By.ID, f"{field_id}-error"):
        problems.append(f"{what}: no message beside #{field_id}")
    if "Volver al inicio" in driver.page_source:
        problems.append(f"{what}: the dead-end error page")
    for element_id, text in kept.items():
        found = driver.find_elements(By.ID, element_id)
        value = found[0].get_attribute("value").replace("\r\n", "\n") if found else None
        if value != text:
            problems.append(f"{what}: #{element_id} lost what was typed ({len(value or '')} of {len(text)} characters)")
    if shot:
        screenshot(driver, shot)
    links[0].click()
    target = driver.execute_script("var t = document.querySelector(':target'); return t && t.id")
    if target != field_id:
        problems.append(f"{what}: the summary link does not lead to #{field_id} (went to {target!r})")
    return True

def move_clock(server, offset):
    """Restarts the server with its clock moved by `offset` (SECRETARIADO_CLOCK_OFFSET, read
    only at startup and meant only for checks like this one): a session convened days ahead
    can then be held, since nothing of its conduct is recorded before its start. Sign-ins
    survive: web sessions are kept in the database."""
    server.stop()
    server.env = dict(server.env)
    if offset:
        server.env["SECRETARIADO_CLOCK_OFFSET"] = offset
    else:
        server.env.pop("SECRETARIADO_CLOCK_OFFSET", None)
    server.start()

def session_flow(driver, server, binary, env):
    """A Morelos session from convocation to signed minutes, through the real forms."""
    password = "clave-del-navegador"
    cli(binary, env, "users", "grant", "fac@browser.mx", "--stl", "morelos", "--role", "facilitador")
    # The demo's accounts hold Morelos' current terms, and one seat position has one account:
    # the facilitator first appoints the two people whose accounts are then granted.
    sign_in(driver, server, "fac@browser.mx", password)
    for seat_label, role, person in (("Gobierno 1", "titular", "Titular Gobierno 1"), ("Gobierno 2", "suplente", "Suplente Gobierno 2")):
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
    # Two days ahead is inside the charter's notice period: refused, with the form kept.
    soon = day - datetime.timedelta(days=12)
    set_value(driver, convene.find_element(By.NAME, "date"), soon.isoformat())
    submit(driver, convene)
    expect_sent_back(driver, "convening too soon", "f-date", {"f-place": "Sala del navegador", "f-date": soon.isoformat()},
                     shot="form-error-convene")
    convene = form(driver, "/stl/morelos/sesiones")
    set_value(driver, convene.find_element(By.NAME, "date"), day.isoformat())
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
    # Before its start the desk says when the session opens and offers no attendance form.
    if driver.find_elements(By.CSS_SELECTOR, "form[action$='/asistencia']") or "Se podrá registrar a partir del" not in driver.page_source:
        problems.append("the conduct page offers attendance before the session starts")
    # Fifteen days later (the session was convened fourteen days ahead), it is under way.
    move_clock(server, "15d")
    visit(driver, server, conduct)
    if driver.find_elements(By.CSS_SELECTOR, "form[action$='/orden-del-dia']"):
        problems.append("the agenda can still be changed after the session started")
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
    # Irreversible actions are links to a confirmation page whose button posts.
    driver.get(driver.find_element(By.CSS_SELECTOR, "a[href$='/cerrar']").get_attribute("href"))
    check_page(driver, "confirming the close of the vote")
    submit(driver, form(driver, "/cerrar"))
    fail_unless_saved(driver, "closing the vote")
    minutes = form(driver, f"/sesiones/{session}/minuta")
    for area in minutes.find_elements(By.CSS_SELECTOR, "textarea[name^='discussion_']"):
        area.send_keys("Se presentó el plan y se votó.")
    # Fifty kilobytes of minutes: the body reaches the server in many reads.
    notes = long_text(50, "Se levantó la sesión del navegador.")
    type_long(driver, minutes.find_element(By.NAME, "notes"), notes)
    submit(driver, minutes)
    fail_unless_saved(driver, "saving 50 KB of minutes")
    saved = driver.find_element(By.CSS_SELECTOR, "textarea[name='notes']").get_attribute("value").replace("\r\n", "\n")
    if saved != notes:
        problems.append(f"the minutes kept {len(saved)} of {len(notes)} characters")
    driver.get(driver.find_element(By.CSS_SELECTOR, "a[href$='/minuta/finalizar']").get_attribute("href"))
    check_page(driver, "confirming the minutes' finalisation")
    submit(driver, form(driver, "/minuta/finalizar"))
    fail_unless_saved(driver, "finalising the minutes")
    # A representative who attended signs with their password.
    sign_in(driver, server, "gob1@browser.mx", password)
    visit(driver, server, f"/stl/morelos/sesiones/{session}")
    sign = driver.find_elements(By.CSS_SELECTOR, "form[action$='/minuta/firmar']")
    if not sign:
        problems.append("the titular sees no signature form"); return
    Select(sign[0].find_element(By.NAME, "decision")).select_by_value("firma")
    sign[0].find_element(By.NAME, "reason").send_keys("Firmo con una observación sobre el punto 1.")
    sign[0].find_element(By.NAME, "password").send_keys("no-es-la-clave")
    submit(driver, sign[0])
    expect_sent_back(driver, "signing with a wrong password", "f-password",
                     {"f-reason": "Firmo con una observación sobre el punto 1.", "f-password": ""}, shot="form-error-sign")
    sign = driver.find_elements(By.CSS_SELECTOR, "form[action$='/minuta/firmar']")
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
    # Printed («Imprimir → Guardar como PDF»): the minutes with their digest, the archive's
    # address and a line to sign for each present position; no menus, forms or buttons.
    digest = driver.find_element(By.CSS_SELECTOR, ".doc-identity dd code").text
    if not re.fullmatch(r"[0-9a-f]{64}", digest):
        problems.append(f"the minutes' identification shows no SHA-256: {digest!r}")
    buttons = driver.find_elements(By.CSS_SELECTOR, "button[data-print]")
    if not buttons or not buttons[0].is_displayed():
        problems.append("the minutes show no «Imprimir» button")
    pages = check_printed(driver, "minutes", [digest, "/api/v1/secretariats/morelos/archive",
                                              "Firmas", "Titular Gobierno 1", "Aprobar el plan de trabajo del navegador"],
                          ["Saltar al contenido", "Volver a la sesión", "Imprimir / Guardar como PDF", "Mi trabajo"], problems)
    print(f"browser: the minutes print to {pages} page(s) with their SHA-256")
    # What the browser signed is in the archive, and it verifies.
    verified = subprocess.run([binary, "verify", server.url("/api/v1/secretariats/morelos/archive")], env=env, capture_output=True, text=True)
    if verified.returncode != 0:
        problems.append(f"the archive does not verify after the browser's signature: {verified.stdout}{verified.stderr}")
    driver.save_screenshot(os.path.join(tempfile.gettempdir(), "secretariado-browser-session.png"))
    print(f"browser: session {session} convened, voted, closed, finalised and signed through the forms")

def acta_flow(driver, server):
    """«Acta de instalación»: an STL installed before the platform says its acta is not
    uploaded yet and who may upload it; Yucatán's draft prints as a marked draft, with the
    address of its verifiable text and a line to sign for the facilitator and each member."""
    visit(driver, server, "/stl/jalisco/acta")
    if "aún no se ha subido" not in driver.page_source:
        problems.append("Jalisco's acta page does not say the acta is not uploaded yet")
    visit(driver, server, "/stl/yucatan/acta")
    buttons = driver.find_elements(By.CSS_SELECTOR, "button[data-print]")
    if not buttons or not buttons[0].is_displayed():
        problems.append("the acta shows no «Imprimir» button")
    pages = check_printed(driver, "acta", ["BORRADOR", "Acta de instalación del Secretariado Técnico Local", "/stl/yucatan/acta.md", "Firmas"],
                          ["Saltar al contenido", "Imprimir / Guardar como PDF", "Emitir el acta"], problems)
    print(f"browser: Yucatán's draft acta prints to {pages} page(s)")

def charter_flow(driver, server):
    """A reform of Jalisco's Mecanismo de Gobernanza through the proposal form: a 20 KB
    section with a missing one is sent back whole; completed, it is saved as a draft whose
    diff shows it, while the charter in force stays as it was (only the STL's motion puts it
    in force); a text over the form's limit comes back with the limit in words and the text
    still in its field."""
    page = "/stl/jalisco/mecanismo/propuestas/nueva"
    edit = "/stl/jalisco/mecanismo/propuestas"
    visit(driver, server, page)
    charter = form(driver, edit)
    section = long_text(20, "Fin de la integración del navegador.")
    type_long(driver, charter.find_element(By.NAME, "representatives"), section)
    driver.execute_script("arguments[0].value = '   '", charter.find_element(By.NAME, "rotation"))
    charter.find_element(By.NAME, "note").send_keys("Integración detallada desde el navegador")
    submit(driver, charter)
    expect_sent_back(driver, "the charter without its rotation", "f-rotation",
                     {"f-representatives": section, "f-note": "Integración detallada desde el navegador"}, shot="form-error-charter")
    charter = form(driver, edit)
    charter.find_element(By.NAME, "rotation").send_keys("Rotación anual de la facilitación.")
    submit(driver, charter)
    check_page(driver, "saving the charter")
    if driver.find_elements(By.CSS_SELECTOR, ".error-box, .error-summary"):
        problems.append("a 20 KB charter proposal was not saved: " + driver.title)
    if "Fin de la integración del navegador." not in driver.page_source:
        problems.append("the 20 KB section is not in the draft's diff")
    visit(driver, server, "/stl/jalisco/mecanismo")
    if "Fin de la integración del navegador." in driver.page_source:
        problems.append("a proposal is in force without the STL's motion")
    # Over the limit: the page says it in words, and the text is still there to shorten.
    visit(driver, server, page)
    charter = form(driver, edit)
    huge = "a" * (800 * 1024) + "FIN"
    driver.execute_script("arguments[0].value = arguments[1]", charter.find_element(By.NAME, "representatives"), huge)
    charter.find_element(By.NAME, "note").send_keys("Demasiado largo")
    submit(driver, charter)
    if "admite hasta" not in driver.page_source:
        problems.append("a charter over the limit does not say the limit: " + driver.title)
    else:
        kept = driver.find_element(By.ID, "f-representatives").get_attribute("value")
        if kept != huge:
            problems.append(f"the text over the limit was not kept ({len(kept)} of {len(huge)} characters)")
        screenshot(driver, "form-too-large")
    # Beyond what the server reads at all: a page saying the limit and to go back, and Back
    # does give the text again (the page's promise).
    visit(driver, server, page)
    charter = form(driver, edit)
    enormous = "z" * (2200 * 1024)
    driver.execute_script("arguments[0].value = arguments[1]", charter.find_element(By.NAME, "representatives"), enormous)
    charter.find_element(By.NAME, "note").send_keys("Enorme")
    submit(driver, charter)
    if "«Atrás»" not in driver.page_source:
        problems.append("a body over 2 MB does not get the page saying the limit: " + driver.title)
    screenshot(driver, "form-over-hard-cap")
    driver.back()
    back = driver.find_elements(By.ID, "f-representatives")
    if not back or back[0].get_attribute("value") != enormous:
        problems.append("going back from the limit page lost the text")
    print("browser: charter with a 20 KB section, a validation error kept, and the limit pages")

def followup_flow(driver, server):
    """Follow-up: Morelos' facilitator adds a milestone to a commitment of the demo
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
    # Each milestone's progress form is in a <details>; its documents are in another one.
    progress = [d for d in driver.find_elements(By.CSS_SELECTOR, "details") if d.find_elements(By.NAME, "done")]
    if not progress:
        problems.append("the commitment page has no milestone progress form"); return
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
    expense.find_element(By.NAME, "amount").send_keys("diez centavos")
    expense.find_element(By.NAME, "source").send_keys("Organismo garante")
    submit(driver, expense)
    expect_sent_back(driver, "an expense with an amount in words", "f-amount",
                     {"f-concept": "Papelería del navegador", "f-amount": "diez centavos", "f-source": "Organismo garante"},
                     shot="form-error-expense")
    expense = driver.find_element(By.CSS_SELECTOR, "form.stack[action$='/stl/morelos/finanzas']")
    expense.find_element(By.NAME, "amount").clear()
    expense.find_element(By.NAME, "amount").send_keys("0.10")
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
    activity.find_element(By.NAME, "materialLinks").send_keys("presentación del taller")
    submit(driver, activity)
    expect_sent_back(driver, "outreach with a material that is not a link", "f-materialLinks",
                     {"f-title": "Taller del navegador", "f-audience": "Estudiantes", "f-materialLinks": "presentación del taller"})
    activity = form(driver, "/stl/morelos/difusion")
    activity.find_element(By.NAME, "materialLinks").clear()
    activity.find_element(By.NAME, "materialLinks").send_keys("https://example.org/taller.pdf")
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

def account_flow(driver, server):
    """«Mi cuenta»: create an API token and revoke it, then change the password, through
    the forms; the new password signs in."""
    sign_in(driver, server, "fac@browser.mx", "clave-del-navegador")
    visit(driver, server, "/cuenta")
    if "/stl/jalisco" not in driver.page_source:
        problems.append("my account does not link my role to its STL")
    visit(driver, server, "/cuenta/tokens")
    form = driver.find_element(By.CSS_SELECTOR, "form[action='/cuenta/tokens']")
    form.find_element(By.NAME, "name").send_keys("token del navegador")
    submit(driver, form)
    check_page(driver, "after creating a token")
    if "stl_" not in driver.page_source or "token del navegador" not in driver.page_source:
        problems.append("the new token is not shown once and listed")
    revoke = driver.find_element(By.CSS_SELECTOR, "form[action$='/revocar']")
    submit(driver, revoke)
    check_page(driver, "after revoking a token")
    if "Token revocado" not in driver.page_source or "token del navegador" in driver.page_source:
        problems.append("revoking the token did not confirm or left it listed")
    visit(driver, server, "/cuenta/contrasena")
    form = driver.find_element(By.CSS_SELECTOR, "form[action='/cuenta/contrasena']")
    form.find_element(By.NAME, "currentPassword").send_keys("clave-del-navegador")
    form.find_element(By.NAME, "newPassword").send_keys("otra clave del navegador")
    form.find_element(By.NAME, "confirmation").send_keys("otra clave del navegador")
    submit(driver, form)
    check_page(driver, "after changing the password")
    if "Contraseña cambiada" not in driver.page_source:
        problems.append("changing the password did not confirm")
    sign_in(driver, server, "fac@browser.mx", "otra clave del navegador")
    visit(driver, server, "/cuenta")
    if "Mi cuenta" not in driver.title:
        problems.append("the new password does not sign in")
    print("browser: token created and revoked, password changed through «Mi cuenta»")

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
    # A Spanish-speaking browser: the site honours Accept-Language, and these checks read Spanish.
    options.add_argument("--lang=es-MX")
    options.add_experimental_option("prefs", {"intl.accept_languages": "es-MX,es"})
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
        # A civil-society seat filled by hand is a direct appointment: without its reference,
        # reason and confirmation the form comes back, with what was typed.
        check_page(driver, "a direct appointment without its confirmation")
        form = driver.find_element(By.CSS_SELECTOR, "form[action$='/gestion/integrantes']")
        if form.find_element(By.NAME, "personName").get_attribute("value") != "Suplente Navegador":
            problems.append("the appointment form did not keep the name typed")
        Select(form.find_element(By.NAME, "appointmentReference")).select_by_value("designacion_directa")
        form.find_element(By.NAME, "appointmentReason").send_keys("Las organizaciones aún no eligen a su suplente")
        checkbox = form.find_element(By.NAME, "confirmDirectAppointment")
        if not checkbox.is_selected():
            checkbox.click()
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
        charter_flow(driver, server)  # long texts and the form error pattern
        session_flow(driver, server, binary, env)
        acta_flow(driver, server)
        if server.env.get("SECRETARIADO_CLOCK_OFFSET"):
            move_clock(server, None)  # the rest runs on today's date
        followup_flow(driver, server)  # follow-up; needs session_flow's Morelos grant
        account_flow(driver, server)  # tokens and password at «Mi cuenta»; runs last: it changes a password
    finally:
        driver.quit()
        server.stop()
    for problem in problems:
        print("PROBLEM:", problem)
    print(f"browser: {'ok' if not problems else f'{len(problems)} problems'}")
    sys.exit(1 if problems else 0)

if __name__ == "__main__":
    main()

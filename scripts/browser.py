#!/usr/bin/env python3
"""Drives the main flows in headless Chromium (Selenium), as a person would.

usage: browser.py BINARY
Starts a server on a fresh SQLite file, then: signs in, appoints a member through the
management form, checks the public page, and on every page visited fails on any
JavaScript console error or any form control without a label.
"""
import os, sys, tempfile
from selenium import webdriver
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
    WebDriverWait(driver, 15).until(expected_conditions.staleness_of(form))

def visit(driver, server, path):
    driver.get(server.url(path))
    check_page(driver, path)

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
    finally:
        driver.quit()
        server.stop()
    for problem in problems:
        print("PROBLEM:", problem)
    print(f"browser: {'ok' if not problems else f'{len(problems)} problems'}")
    sys.exit(1 if problems else 0)

if __name__ == "__main__":
    main()

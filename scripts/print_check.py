"""Prints a page to PDF in the running headless Chromium, as «Imprimir → Guardar como PDF»
would, and checks the document: it has pages, and its text holds what the printed record
must carry (the SHA-256, the archive's address) and none of the site's chrome.

Used by browser.py; needs poppler-utils (pdfinfo, pdftotext)."""
import base64, os, re, subprocess, tempfile
from selenium.webdriver.common.print_page_options import PrintOptions

def print_to_pdf(driver, name):
    options = PrintOptions()
    options.page_width, options.page_height = 21.0, 29.7  # A4, in centimetres
    pdf = os.path.join(tempfile.gettempdir(), f"secretariado-print-{name}.pdf")
    with open(pdf, "wb") as out:
        out.write(base64.b64decode(driver.print_page(options)))
    return pdf

def pdf_text(pdf):
    pages = int(re.search(r"^Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout, re.M).group(1))
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    return pages, text

def check_printed(driver, name, must_contain, must_not_contain, problems):
    """The page now open in `driver`, printed: page count > 0, each string of
    `must_contain` in its text (whitespace ignored, as a line break may split it), none of
    `must_not_contain`. Returns the page count."""
    pdf = print_to_pdf(driver, name)
    pages, text = pdf_text(pdf)
    flat = re.sub(r"\s+", "", text)
    if pages < 1:
        problems.append(f"printing {name}: the PDF has no pages")
    for expected in must_contain:
        if re.sub(r"\s+", "", expected) not in flat:
            problems.append(f"printing {name}: {expected!r} is not in the PDF ({pdf})")
    for unexpected in must_not_contain:
        if unexpected in text:
            problems.append(f"printing {name}: {unexpected!r} is printed ({pdf})")
    return pages

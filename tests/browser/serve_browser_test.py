#!/usr/bin/python3
"""The search page of `twindex serve` in a real browser (headless Chromium through Selenium).

    serve_browser_test.py --twindex BUILD/twindex --screenshots BUILD/screenshots

Builds an index of seven short documents it writes itself (pl, be, lt, ru; Latin- and
Cyrillic-script towns; dates), starts `twindex serve` on a free loopback port and, as a user:
types a Cyrillic query, picks a Latin-script city from the type-ahead with the keyboard, sets a
date range, submits, clicks a city facet, opens the hit's document page (the page of the hit
first, the words marked), switches the interface language; then again with JavaScript off (the
form alone). Checks accessibility in the browser: a label for every control, the Tab order,
Enter submitting, the contrast of the colours the page uses; that every select of the form is as
wide as its longest option, in each interface language. Writes screenshots of the search and
document pages at 1280 and 360 px wide, and checks that nothing is wider than the window at 360.

Exit status: 0 passed, 1 failed, 77 skipped (no Chromium, chromedriver or python3-selenium: the
test cannot run here, and says which is missing).
"""

import argparse
import base64
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unittest

SKIP = 77
CHROMIUM = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
CHROMEDRIVER = ("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver")
# Generous: on a loaded machine one page load of Chromium may take seconds.
WAIT_S = 60

# The documents: the query "договор" is in the four Russian ones; with the city Białystok three
# are left, with the dates 2010-2020 two, and with the facet Grodno (Hrodna) one (ru-grodno-bialystok, whose
# word is on its second page only).
DOCUMENTS = {
    "ru-grodno-bialystok.txt":
        "Гродно и Белосток: протокол встречи\n\n"
        "Встреча делегаций городов Гродно и Белосток прошла 12.05.2015 в городской ратуше. "
        "Обсуждались культурные обмены, ярмарки и летние лагеря для школьников. "
        "Стороны отметили хорошую работу городских библиотек и музеев.\n"
        "\f"
        "Стороны подписали договор о партнёрстве. Договор вступает в силу 01.06.2015 и "
        "действует пять лет. Мэры городов Гродно и Белосток обменялись подарками.\n",
    "ru-bialystok-lida.txt":
        "Белосток и Лида: соглашение о сотрудничестве\n\n"
        "Города Белосток и Лида заключили договор о сотрудничестве 03.03.2018. "
        "Договор касается школ, спорта и туризма. "
        "Следующая встреча делегаций запланирована на осень.\n",
    "ru-bialystok-old.txt":
        "Белосток и Гродно: первый договор\n\n"
        "Первый договор между городами Белосток и Гродно был подписан 20.09.2006. "
        "Он касался торговли и транспорта между двумя городами. "
        "Стороны продлили этот договор 14.11.2008 ещё на два года.\n",
    "ru-brest-lublin.txt":
        "Брест и Люблин: договор о дружбе\n\n"
        "Города Брест и Люблин подписали договор о дружбе 15.10.2016. "
        "Договор предусматривает обмен студентами и совместные фестивали. "
        "Делегация из Люблина посетит Брест весной.\n",
    "pl-bialystok-grodno.txt":
        "Umowa partnerska Białystok i Grodno\n\n"
        "W dniu 07.04.2016 miasta Białystok i Grodno podpisały umowę o współpracy w dziedzinie "
        "kultury i sportu. Umowa przewiduje wymianę młodzieży oraz wspólne festiwale muzyczne. "
        "Następne spotkanie odbędzie się jesienią w ratuszu.\n",
    "be-grodno-bialystok.txt":
        "Гродна і Беласток: сустрэча дэлегацый\n\n"
        "Прадстаўнікі гарадоў Гродна і Беласток сустрэліся 14.02.2014 у гарадской ратушы. "
        "Яны абмеркавалі супрацоўніцтва ў галіне культуры і адукацыі. "
        "Наступная сустрэча адбудзецца восенню.\n",
    "lt-vilnius-minsk.txt":
        "Vilnius ir Minskas: bendradarbiavimo sutartis\n\n"
        "Vilniaus ir Minsko atstovai 2017-05-05 pasirašė bendradarbiavimo sutartį. "
        "Sutartis apima kultūros mainus, jaunimo stovyklas ir turizmą. "
        "Kitas susitikimas vyks rudenį.\n",
}
QUERY = "договор"
# The cities as the English interface names them (GeoNames' English names).
CITY_PREFIX, CITY = "Bia", "Bialystok"
FACET_CITY = "Hrodna"
# The order Tab takes through the form: the query box, the button beside it, then the filters
# row by row as they are laid out.
TAB_ORDER = ["q", "search-btn", "city", "lang", "from", "to", "sort"]
MIN_CONTRAST = 4.5


def missing_tools():
    """What the test needs and this machine lacks ("" if nothing)."""
    missing = []
    try:
        import selenium  # noqa: F401
    except ImportError:
        missing.append("python3-selenium (the selenium module for %s)" % sys.executable)
    if not any(os.access(p, os.X_OK) for p in CHROMIUM) and not shutil.which("chromium"):
        missing.append("chromium")
    if not any(os.access(p, os.X_OK) for p in CHROMEDRIVER) and not shutil.which("chromedriver"):
        missing.append("chromedriver (chromium-driver)")
    return ", ".join(missing)


def first_executable(paths, name):
    for p in paths:
        if os.access(p, os.X_OK):
            return p
    return shutil.which(name)


class Server:
    """`twindex serve` over `index` on a free loopback port, stopped by SIGTERM."""

    def __init__(self, twindex, index, log_path):
        self.log_path = log_path
        self.log = open(log_path, "w")
        self.process = subprocess.Popen(
            [twindex, "serve", "--index", index, "--listen", "127.0.0.1:0"],
            stdout=self.log, stderr=subprocess.STDOUT)
        self.url = None
        deadline = time.monotonic() + 30
        while self.url is None:
            with open(log_path) as f:
                found = re.search(r"on (http://127\.0\.0\.1:\d+)/", f.read())
            if found:
                self.url = found.group(1)
            elif self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("twindex serve did not start:\n" + open(log_path).read())
            else:
                time.sleep(0.05)

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        code = self.process.wait(timeout=15)
        self.log.close()
        if code != 0:
            raise RuntimeError("twindex serve exited %d:\n%s" % (code, open(self.log_path).read()))


def relative_luminance(rgb):
    def channel(c):
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(fg, bg):
    hi, lo = sorted((relative_luminance(fg), relative_luminance(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def parse_rgb(css):
    """'rgb(1, 2, 3)' or 'rgba(1, 2, 3, 0.5)' -> ((1, 2, 3), alpha)."""
    parts = [float(x) for x in re.findall(r"[\d.]+", css)]
    return tuple(parts[:3]), (parts[3] if len(parts) > 3 else 1.0)


# For each element: its text colour and the colour behind it (the nearest ancestor's background
# that is not transparent, blended over white where it is translucent).
COLOURS_JS = """
const out = [];
for (const [what, selector] of arguments[0]) {
  const el = document.querySelector(selector);
  if (!el) { out.push([what, selector, null, null]); continue; }
  const backgrounds = [];
  for (let e = el; e; e = e.parentElement) backgrounds.push(getComputedStyle(e).backgroundColor);
  out.push([what, selector, getComputedStyle(el).color, backgrounds]);
}
return out;
"""


def background_of(backgrounds):
    colour = (255.0, 255.0, 255.0)
    for css in reversed(backgrounds):  # from the root down to the element
        rgb, alpha = parse_rgb(css)
        if alpha > 0:
            colour = tuple(alpha * c + (1 - alpha) * under for c, under in zip(rgb, colour))
    return colour


# For each select of the page, how wide it is and how wide it would be left to itself (its
# longest option's width, with the padding and the arrow): a probe, a copy of the select at its
# own width beside it, out of the flow. select.scrollWidth > clientWidth cannot tell: Chromium
# gave 206 and 206 for the sort select that cut "najtrafniejsze najpierw" (223 px) off.
SELECT_WIDTHS_JS = """
const out = [];
for (const select of document.querySelectorAll('select')) {
  const probe = select.cloneNode(true);
  probe.removeAttribute('id');
  probe.removeAttribute('name');
  for (const [property, value] of [['position', 'absolute'], ['visibility', 'hidden'],
                                   ['width', 'auto'], ['min-width', '0'], ['max-width', 'none']])
    probe.style.setProperty(property, value, 'important');
  select.after(probe);
  const needed = probe.getBoundingClientRect().width;
  probe.remove();
  const longest = Array.from(select.options, o => o.text).sort((a, b) => b.length - a.length)[0];
  out.push([select.id, select.getBoundingClientRect().width, needed, longest]);
}
return out;
"""


def total_of(driver):
    return int(re.sub(r"\D", "", driver.find_element("id", "total").text))


class ServeInBrowser(unittest.TestCase):
    twindex = None
    screenshots = None

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="twindex-browser-")
        docs = os.path.join(cls.tmp.name, "docs")
        os.makedirs(docs)
        for name, text in DOCUMENTS.items():
            with open(os.path.join(docs, name), "w", encoding="utf-8") as f:
                f.write(text)
        index = os.path.join(cls.tmp.name, "index")
        subprocess.run([cls.twindex, "-q", "ingest", docs, "--index", index], check=True)
        cls.server = Server(cls.twindex, index, os.path.join(cls.tmp.name, "serve.log"))
        os.makedirs(cls.screenshots, exist_ok=True)
        cls.driver = cls.new_driver(javascript=True)

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()
        cls.server.stop()
        cls.tmp.cleanup()

    @staticmethod
    def new_driver(javascript):
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
        options = webdriver.ChromeOptions()
        options.binary_location = first_executable(CHROMIUM, "chromium")
        # --no-sandbox: CI runs as root, where Chromium's sandbox will not start. The rest spare
        # the work a browser does at start that this test does not need.
        for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                    "--disable-extensions", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--mute-audio",
                    "--window-size=1280,900", "--lang=en-GB"):
            options.add_argument(arg)
        prefs = {"intl.accept_languages": "en-GB,en"}
        if not javascript:
            prefs["profile.managed_default_content_settings.javascript"] = 2
        options.add_experimental_option("prefs", prefs)
        service = Service(executable_path=first_executable(CHROMEDRIVER, "chromedriver"))
        driver = webdriver.Chrome(service=service, options=options)
        driver.set_page_load_timeout(WAIT_S)
        return driver

    # --- helpers ---------------------------------------------------------------------------

    def wait(self, condition, driver=None, message=""):
        from selenium.webdriver.support.ui import WebDriverWait
        return WebDriverWait(driver or self.driver, WAIT_S).until(condition, message)

    def submit_and_wait(self, action, driver=None):
        """Runs `action` (which loads a new page) and waits until the new page is there."""
        from selenium.common.exceptions import WebDriverException
        driver = driver or self.driver
        old = driver.find_element("tag name", "html")

        def gone(_):
            # The old page's root is stale once the new page replaced it. Chromedriver says so
            # with StaleElementReferenceException, or, caught mid-navigation, with a plain
            # WebDriverException ("Node with given id does not belong to the document").
            try:
                old.is_enabled()
                return False
            except WebDriverException:
                return True

        action()
        self.wait(gone, driver, "the page did not change")
        self.wait(lambda d: d.execute_script("return document.readyState") == "complete", driver)

    def screenshot(self, name, width, driver=None):
        """A full-page PNG at `width` CSS px; fails if the page is wider than that."""
        driver = driver or self.driver
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": 800, "deviceScaleFactor": 1, "mobile": width < 600})
        try:
            scroll_width, height = driver.execute_script(
                "return [document.documentElement.scrollWidth,"
                " document.documentElement.scrollHeight]")
            shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
                "format": "png", "captureBeyondViewport": True,
                "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
            path = os.path.join(self.screenshots, "%s-%d.png" % (name, width))
            with open(path, "wb") as f:
                f.write(base64.b64decode(shot["data"]))
            self.assertLessEqual(scroll_width, width,
                                 "%s is %d px wide in a %d px window (see %s)"
                                 % (name, scroll_width, width, path))
        finally:
            driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})

    def assert_every_control_labelled(self, driver=None):
        driver = driver or self.driver
        unlabelled = driver.execute_script("""
            const bad = [];
            for (const el of document.querySelectorAll('input, select, button, textarea')) {
              if (el.type === 'hidden') continue;
              const byFor = el.id && document.querySelector('label[for="' + el.id + '"]');
              const byAria = (el.getAttribute('aria-label') || '').trim();
              const byIds = (el.getAttribute('aria-labelledby') || '').split(/\\s+/)
                  .filter(id => id && document.getElementById(id));
              // A button is named by its own text (as assistive technology reads it).
              const text = el.tagName === 'BUTTON' && el.textContent.trim();
              const ok = (byFor && byFor.textContent.trim()) || byAria || byIds.length || text;
              if (!ok) bad.push(el.outerHTML.slice(0, 120));
            }
            return bad;""")
        self.assertEqual(unlabelled, [], "controls without an accessible label")

    def assert_contrast(self, elements, driver=None):
        driver = driver or self.driver
        results = driver.execute_script(COLOURS_JS, elements)
        for what, selector, colour, backgrounds in results:
            self.assertIsNotNone(colour, "no element %s (%s) on %s"
                                 % (selector, what, driver.current_url))
            fg, _ = parse_rgb(colour)
            bg = background_of(backgrounds)
            ratio = contrast(fg, bg)
            self.assertGreaterEqual(ratio, MIN_CONTRAST, "%s (%s): %s on rgb%s is %.2f:1"
                                    % (what, selector, colour, bg, ratio))

    def city_facet(self, name, driver=None):
        """The link of the city facet `name`."""
        links = (driver or self.driver).find_elements("css selector", "#facet-cities a")
        found = [a for a in links if a.text == name]
        self.assertEqual(len(found), 1, "no facet %s among %s" % (name, [a.text for a in links]))
        return found[0]

    def open_search(self, query=""):
        from urllib.parse import quote
        self.driver.get(self.server.url + "/" + ("?q=" + quote(query) if query else ""))

    # --- the tests -------------------------------------------------------------------------

    def test_1_search_type_ahead_dates_facet_document_language(self):
        from selenium.webdriver.common.keys import Keys
        d = self.driver
        self.open_search()
        self.assertEqual(d.find_element("css selector", "html").get_attribute("lang"), "en")
        d.find_element("id", "q").send_keys(QUERY)

        # The type-ahead: a few letters, then arrow down to the city and Enter (which picks it,
        # and does not submit the form).
        city = d.find_element("id", "city")
        city.send_keys(CITY_PREFIX)
        # Each letter asks the server; a list for a shorter prefix may show for a moment before
        # the one for the whole prefix replaces it: wait for the whole prefix's answer first.
        self.wait(lambda d: d.execute_script(
            "return performance.getEntriesByType('resource').some(e => e.name.endsWith("
            "'/api/cities?prefix=' + encodeURIComponent(arguments[0]) + '&ui=en'))",
            CITY_PREFIX), message="the type-ahead did not ask for " + CITY_PREFIX)
        time.sleep(0.5)  # for its answer to be parsed and shown
        options = self.wait(
            lambda d: [o for o in d.find_elements("css selector", "#city-suggestions li")
                       if o.is_displayed()], message="no type-ahead suggestions")
        names = [o.get_attribute("data-name") for o in options]
        self.assertIn(CITY, names)
        for _ in range(names.index(CITY) + 1):
            city.send_keys(Keys.ARROW_DOWN)
        chosen = d.find_element("css selector", "#city-suggestions li[aria-selected=true]")
        self.assertEqual(chosen.get_attribute("data-name"), CITY)
        self.assertEqual(city.get_attribute("aria-activedescendant"), chosen.get_attribute("id"))
        url_before = d.current_url
        city.send_keys(Keys.ENTER)
        self.assertEqual(city.get_attribute("value"), CITY)
        self.assertEqual(d.current_url, url_before, "Enter on a suggestion submitted the form")
        self.assertEqual(city.get_attribute("aria-expanded"), "false")

        d.find_element("id", "from").send_keys("2010")
        d.find_element("id", "to").send_keys("2020")
        self.submit_and_wait(lambda: d.find_element("id", "search-btn").click())
        self.assertIn("city=" + CITY, d.current_url)
        self.assertIn("from=2010", d.current_url)
        self.assertEqual(total_of(d), 2)
        titles = {h.text for h in d.find_elements("css selector", "#results li.hit h3")}
        self.assertEqual(titles, {"Гродно и Белосток: протокол встречи",
                                  "Белосток и Лида: соглашение о сотрудничестве"})
        # The filters are shown, and each can be taken off (the 2006 document comes back).
        self.assertEqual(len(d.find_elements("css selector", ".active-filters li")), 3)
        self.screenshot("search", 1280)
        self.screenshot("search", 360)
        self.assert_every_control_labelled()
        self.assert_contrast([
            ("body text", "#total"), ("link", "#results li.hit h3 a"),
            ("muted text", "#results .meta"), ("hint", "#q-hint"), ("mark", "#results mark"),
            ("facet count", ".facet .count"), ("header link", "#ui-lang a"),
            ("button", "#search-btn"), ("label", "label[for=q]"), ("legend", "legend")])

        # A facet: the city Grodno, added to the filters.
        self.submit_and_wait(self.city_facet(FACET_CITY).click)
        self.assertEqual(total_of(d), 1)
        self.assertIn("city=" + FACET_CITY, d.current_url)
        hits = d.find_elements("css selector", "#results li.hit")
        self.assertEqual(len(hits), 1)
        self.assertEqual(hits[0].find_element("css selector", "h3").text,
                         "Гродно и Белосток: протокол встречи")
        # The word is on the second of its two pages only.
        self.assertEqual(hits[0].find_element("css selector", ".page").text, "page 2 of 2")
        marks = [m.text.lower() for m in hits[0].find_elements("css selector", ".snippet mark")]
        self.assertTrue(marks and all(m.startswith(QUERY) for m in marks), marks)

        # The document page: the hit's page first, its words marked.
        self.submit_and_wait(hits[0].find_element("css selector", "h3 a").click)
        self.assertTrue(d.current_url.endswith("#page-2"), d.current_url)
        sections = d.find_elements("css selector", "section.page")
        self.assertEqual([s.get_attribute("data-page") for s in sections], ["2", "1"])
        self.assertIn("hit-page", sections[0].get_attribute("class"))
        marks = [m.text.lower() for m in sections[0].find_elements("tag name", "mark")]
        self.assertGreaterEqual(len(marks), 2, "the word is twice on page 2")
        self.assertTrue(all(m.startswith(QUERY) for m in marks), marks)
        self.assertEqual(sections[1].find_elements("tag name", "mark"), [])
        self.assertTrue(d.find_element("id", "open-original").get_attribute("href")
                        .endswith("#page=2"))
        self.screenshot("document", 1280)
        self.screenshot("document", 360)
        self.assert_every_control_labelled()
        self.assert_contrast([("body text", "section.page .text"), ("mark", "section.page mark"),
                              ("link", "#open-original"), ("note", ".note")])

        # Back to the search, in Polish: the labels and the total are translated, the search kept.
        self.submit_and_wait(d.find_element("css selector", "a.back").click)
        self.assertEqual(total_of(d), 1)
        self.submit_and_wait(d.find_element("css selector", "#ui-lang a[lang=pl]").click)
        self.assertEqual(d.find_element("css selector", "html").get_attribute("lang"), "pl")
        self.assertEqual(d.find_element("css selector", "label[for=q]").text, "Szukane słowa")
        self.assertEqual(d.find_element("id", "search-btn").text, "Szukaj")
        self.assertTrue(d.find_element("id", "total").text.startswith("Znalezione dokumenty"))
        self.assertEqual(total_of(d), 1)
        self.assertEqual(d.find_element("id", "q").get_attribute("value"), QUERY)

    def test_2_keyboard_only(self):
        from selenium.webdriver.common.action_chains import ActionChains
        from selenium.webdriver.common.keys import Keys
        d = self.driver
        self.open_search()
        stops = []
        for _ in range(30):
            ActionChains(d).send_keys(Keys.TAB).perform()
            el = d.switch_to.active_element
            stops.append(el.get_attribute("id") or el.tag_name + ":" + el.text)
            if stops[-1] == TAB_ORDER[-1]:
                break
        controls = [s for s in stops if s in TAB_ORDER]
        self.assertEqual(controls, TAB_ORDER, "Tab went %s" % stops)
        # Before the query box only the header's links (the home link and the five languages).
        self.assertLessEqual(stops.index("q"), 6, "Tab went %s" % stops)

        # Shift+Tab back to the query box, type, Enter: the search runs.
        for _ in range(len(TAB_ORDER) - 1):
            ActionChains(d).key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT).perform()
        self.assertEqual(d.switch_to.active_element.get_attribute("id"), "q")
        self.submit_and_wait(lambda: ActionChains(d).send_keys(QUERY + Keys.ENTER).perform())
        self.assertEqual(total_of(d), 4)

    def test_3_javascript_off(self):
        d = self.new_driver(javascript=False)
        try:
            d.get(self.server.url + "/")
            # No script ran: the city field is a plain text field, no type-ahead.
            self.assertIsNone(d.find_element("id", "city").get_attribute("role"))
            self.assertNotIn("js", d.find_element("tag name", "html").get_attribute("class") or "")
            d.find_element("id", "q").send_keys(QUERY)
            d.find_element("id", "city").send_keys(CITY)  # typed in full
            d.find_element("id", "from").send_keys("2010")
            self.submit_and_wait(lambda: d.find_element("id", "search-btn").click(), d)
            self.assertEqual(total_of(d), 2)
            # A facet is a plain link.
            self.submit_and_wait(self.city_facet(FACET_CITY, d).click, d)
            self.assertEqual(total_of(d), 1)
            self.screenshot("search-nojs", 360, d)
        finally:
            d.quit()

    def test_4_every_option_of_every_select_shows_whole(self):
        """Each select as wide as its longest option, in every interface language, at 1280 and
        at 360 px ("najtrafniejsze najpierw" was cut off at 1280)."""
        d = self.driver
        for ui in ("pl", "be", "lt", "ru", "en"):
            d.get(self.server.url + "/?ui=" + ui)
            for width in (1280, 360):
                d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
                    "width": width, "height": 800, "deviceScaleFactor": 1,
                    "mobile": width < 600})
                try:
                    selects = d.execute_script(SELECT_WIDTHS_JS)
                finally:
                    d.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
                self.assertEqual(len(selects), 2, selects)  # lang and sort
                for select_id, has, needs, longest in selects:
                    self.assertGreaterEqual(
                        has + 0.5, needs, "ui=%s, %d px: #%s is %.1f px wide, its longest option %r "
                        "needs %.1f" % (ui, width, select_id, has, longest, needs))
            self.screenshot("search-form-" + ui, 1280)
            self.screenshot("search-form-" + ui, 360)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--twindex", required=True, help="the built twindex binary")
    parser.add_argument("--screenshots", required=True, help="where the PNGs go")
    args, rest = parser.parse_known_args()
    missing = missing_tools()
    if missing:
        print("SKIPPED: the browser test needs %s; install them (.ci/deps.sh does)" % missing)
        return SKIP
    if not os.access(args.twindex, os.X_OK):
        print("no twindex binary at %s" % args.twindex, file=sys.stderr)
        return 1
    ServeInBrowser.twindex = os.path.abspath(args.twindex)
    ServeInBrowser.screenshots = os.path.abspath(args.screenshots)
    program = unittest.main(argv=[sys.argv[0]] + rest, exit=False, verbosity=2)
    return 0 if program.result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main())

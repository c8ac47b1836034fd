#!/usr/bin/env python3
# Starts the real window in each language of po/LINGUAS, under that
# language's own locale (as a user's session has it), on 404, and reads over
# AT-SPI that the window shows what that language's catalogue has for the
# title and summary of 404 and for the interface. In German it also checks
# the spec row, whose RFC name stays and whose word for "Section" is German.
# Prints TAP.

import gettext
import os
import subprocess
import sys

from atspi_session import Atspi, check, finish, start_app, stop_app, wait_for, walk

SUMMARY_404 = "The server has nothing to serve at this URL, or will not say that it does."


def locale_of(language):
    """The installed UTF-8 locale that @language runs under, as build-aux/dev
    generates it for po/LINGUAS: "pt_BR" → pt_BR.utf8, "ja" → ja_JP.utf8;
    or None."""
    done = subprocess.run(["locale", "-a"], capture_output=True, text=True)
    for name in sorted(done.stdout.split()):
        base, _, codeset = name.partition(".")
        if codeset.lower() in ("utf8", "utf-8") and (base == language or base.startswith(language + "_")):
            return name
    return None


def names(app):
    found = set()
    for node in walk(app):
        try:
            found.add(node.get_name())
            if node.get_role() == Atspi.Role.ENTRY or node.get_role() == Atspi.Role.TEXT:
                found.add(node.get_text_iface().get_text(0, -1) if node.get_text_iface() else "")
        except Exception:
            pass
    return found


def check_language(binary, localedir, language):
    catalogue = gettext.translation("status-codes", localedir, languages=[language])
    title = catalogue.pgettext("404", "Not Found")
    summary = catalogue.pgettext("404", SUMMARY_404)
    causes = catalogue.gettext("Common Causes")
    search_label = catalogue.gettext("Search status codes")
    check(f"{language}: the catalogue translates 404 and the interface",
          title != "Not Found" and summary != SUMMARY_404 and causes != "Common Causes"
          and search_label != "Search status codes")

    env = dict(os.environ, LANG=locale_of(language), LC_ALL=locale_of(language), STATUS_CODES_LOCALEDIR=localedir)
    env.pop("LANGUAGE", None)
    process, app = start_app([binary, "404"], env)
    try:
        check(f"{language}: the app is on the accessibility bus", app is not None)
        if app is None:
            return
        shown = wait_for(lambda: (lambda n: n if title in n else None)(names(app))) or names(app)
        check(f"{language}: the detail title is “{title}”", title in shown)
        check(f"{language}: the summary of 404 is “{summary}”", summary in shown)
        check(f"{language}: the heading “{causes}” is shown", causes in shown)
        check(f"{language}: the search entry is labelled “{search_label}”", search_label in shown)
        check(f"{language}: the English heading is not shown", "Common Causes" not in shown)
        if language == "de":
            spec = catalogue.gettext("%s, Section %s") % ("RFC 9110", "15.5.5")
            check(f"the spec reference reads “{spec}”", spec != "RFC 9110, Section 15.5.5" and spec in shown)
    finally:
        stop_app(process)


def main():
    binary, localedir = sys.argv[1], sys.argv[2]
    source_dir = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    languages = open(os.path.join(source_dir, "po", "LINGUAS")).read().split()
    missing = [language for language in languages if locale_of(language) is None]
    check("every language of po/LINGUAS has its locale generated", not missing,
          "no UTF-8 locale for " + " ".join(missing) + "; see locale_of in build-aux/dev")
    for language in languages:
        if language not in missing:
            check_language(binary, localedir, language)


if __name__ == "__main__":
    main()
    finish()

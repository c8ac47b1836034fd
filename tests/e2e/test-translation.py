#!/usr/bin/env python3
# Starts the real window in German (LANGUAGE=de under the real locale
# en_US.UTF-8) on 404, and reads over AT-SPI that the interface and the
# detail of 404 are in German: the texts the German catalogue has for them.
# Prints TAP.

import gettext
import os
import sys

from atspi_session import Atspi, check, finish, start_app, stop_app, wait_for, walk


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


def main():
    binary, localedir = sys.argv[1], sys.argv[2]
    catalogue = gettext.translation("status-codes", localedir, languages=["de"])
    title = catalogue.pgettext("404", "Not Found")
    summary = catalogue.pgettext("404", "The server has nothing to serve at this URL, or will not say that it does.")
    causes = catalogue.gettext("Common Causes")
    search_label = catalogue.gettext("Search status codes")
    # The spec row: the RFC's name stays, the word for its section is German.
    spec = catalogue.gettext("%s, Section %s") % ("RFC 9110", "15.5.5")

    check("the German catalogue translates 404 and the interface",
          title != "Not Found" and causes != "Common Causes" and search_label != "Search status codes")

    env = dict(os.environ, LANGUAGE="de", LANG="en_US.UTF-8", LC_ALL="en_US.UTF-8",
               STATUS_CODES_LOCALEDIR=localedir)
    process, app = start_app([binary, "404"], env)
    try:
        check("the app is on the accessibility bus", app is not None)
        if app is None:
            return
        shown = wait_for(lambda: (lambda n: n if title in n else None)(names(app))) or names(app)
        check(f"the detail title is “{title}”", title in shown)
        check("the summary of 404 is in German", summary in shown)
        check(f"the heading “{causes}” is shown", causes in shown)
        check(f"the search entry is labelled “{search_label}”", search_label in shown)
        check("the English title is not shown as the heading", "Common Causes" not in shown)
        check(f"the spec reference reads “{spec}”", spec != "RFC 9110, Section 15.5.5" and spec in shown)
    finally:
        stop_app(process)


if __name__ == "__main__":
    main()
    finish()

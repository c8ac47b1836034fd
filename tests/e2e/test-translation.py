#!/usr/bin/env python3
# Starts the real window in German (LANGUAGE=de under the real locale
# en_US.UTF-8) on 404, and reads over AT-SPI that the interface and the
# detail of 404 are in German: the texts the German catalogue has for them.
# Prints TAP.

import gettext
import os
import subprocess
import sys
import time

try:
    import gi
    gi.require_version("Atspi", "2.0")
    from gi.repository import Atspi
except (ImportError, ValueError) as error:
    print(f"1..0 # SKIP AT-SPI bindings (python3-gi, gir1.2-atspi-2.0) are not installed: {error}")
    sys.exit(77)

results = []


def check(name, condition, detail=""):
    results.append(bool(condition))
    suffix = f" # {detail}" if detail and not condition else ""
    print(f"{'ok' if condition else 'not ok'} {len(results)} {name}{suffix}", flush=True)


def walk(node, depth=0):
    if node is None or depth > 60:
        return
    yield node
    try:
        count = node.get_child_count()
    except Exception:
        return
    for i in range(count):
        try:
            yield from walk(node.get_child_at_index(i), depth + 1)
        except Exception:
            continue


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


def wait_for(predicate, timeout=20):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    return predicate()


def main():
    binary, localedir = sys.argv[1], sys.argv[2]
    catalogue = gettext.translation("status-codes", localedir, languages=["de"])
    title = catalogue.pgettext("404", "Not Found")
    summary = catalogue.pgettext("404", "The server has nothing to serve at this URL, or will not say that it does.")
    causes = catalogue.gettext("Common Causes")
    search_label = catalogue.gettext("Search status codes")

    check("the German catalogue translates 404 and the interface",
          title != "Not Found" and causes != "Common Causes" and search_label != "Search status codes")

    env = dict(os.environ, LANGUAGE="de", LANG="en_US.UTF-8", LC_ALL="en_US.UTF-8",
               STATUS_CODES_LOCALEDIR=localedir)
    env.pop("GTK_A11Y", None)
    env.pop("NO_AT_BRIDGE", None)
    process = subprocess.Popen([binary, "404"], env=env)
    try:
        desktop = Atspi.get_desktop(0)

        def find_app():
            for i in range(desktop.get_child_count()):
                child = desktop.get_child_at_index(i)
                if child is not None and child.get_process_id() == process.pid:
                    return child
            return None

        app = wait_for(find_app)
        check("the app is on the accessibility bus", app is not None)
        if app is None:
            return
        shown = wait_for(lambda: (lambda n: n if title in n else None)(names(app))) or names(app)
        check(f"the detail title is “{title}”", title in shown)
        check("the summary of 404 is in German", summary in shown)
        check(f"the heading “{causes}” is shown", causes in shown)
        check(f"the search entry is labelled “{search_label}”", search_label in shown)
        check("the English title is not shown as the heading", "Common Causes" not in shown)
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()


if __name__ == "__main__":
    Atspi.init()
    main()
    print(f"1..{len(results)}")
    sys.exit(0 if results and all(results) else 1)

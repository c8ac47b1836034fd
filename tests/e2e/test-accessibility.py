#!/usr/bin/env python3
# Drives the real Status Codes window over AT-SPI, as a screen reader user
# does: types in the search entry, reads the names of the list items, presses
# a class toggle and reads the detail. Prints TAP.

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

TIMEOUT = 20
results = []


def check(name, condition, detail=""):
    results.append((name, bool(condition), detail))
    print(f"{'ok' if condition else 'not ok'} {len(results)} {name}{' # ' + detail if detail and not condition else ''}",
          flush=True)


def wait_for(predicate, timeout=TIMEOUT):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    return None


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
            child = node.get_child_at_index(i)
        except Exception:
            continue
        yield from walk(child, depth + 1)


def find(root, role=None, name=None, predicate=None):
    for node in walk(root):
        try:
            if role is not None and node.get_role() != role:
                continue
            if name is not None and node.get_name() != name:
                continue
            if predicate is not None and not predicate(node):
                continue
            return node
        except Exception:
            continue
    return None


def find_all(root, role):
    found = []
    for node in walk(root):
        try:
            if node.get_role() == role:
                found.append(node)
        except Exception:
            pass
    return found


def showing(node):
    return node.get_state_set().contains(Atspi.StateType.SHOWING)


def type_text(text):
    for char in text:
        Atspi.generate_keyboard_event(ord(char), None, Atspi.KeySynthType.SYM)
        time.sleep(0.02)


def press_key(keysym):
    Atspi.generate_keyboard_event(keysym, None, Atspi.KeySynthType.SYM)


def list_item_names(app):
    codes = find(app, name="Status codes", predicate=lambda n: n.get_role() in (Atspi.Role.LIST, Atspi.Role.LIST_BOX))
    if codes is None:
        return []
    items = [node for node in find_all(codes, Atspi.Role.LIST_ITEM) if showing(node)]
    return [node.get_name() for node in items]


def main():
    binary = sys.argv[1]
    env = dict(os.environ)
    env.pop("GTK_A11Y", None)
    env.pop("NO_AT_BRIDGE", None)
    process = subprocess.Popen([binary], env=env)

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

        entry = wait_for(lambda: find(app, name="Search status codes"))
        check("the search entry is labelled “Search status codes”", entry is not None)
        if entry is None:
            return
        wait_for(lambda: entry.get_state_set().contains(Atspi.StateType.FOCUSED))
        check("the search entry has the focus at start", entry.get_state_set().contains(Atspi.StateType.FOCUSED))

        names = wait_for(lambda: list_item_names(app))
        check("the list items are named by code and title", names and "100 Continue" in names, str(names[:5] if names else None))

        type_text("teapot")
        names = wait_for(lambda: (lambda n: n if n == ["418 I’m a Teapot"] else None)(list_item_names(app)))
        check("typing “teapot” leaves one item, 418 I’m a Teapot", names == ["418 I’m a Teapot"], str(list_item_names(app)))

        heading = wait_for(lambda: find(app, role=Atspi.Role.LABEL, name="I’m a Teapot",
                                        predicate=showing))
        check("the detail shows 418 at once", heading is not None)

        summary = wait_for(lambda: find(app, role=Atspi.Role.LABEL,
                                        predicate=lambda n: showing(n) and "April Fools" in (n.get_name() or "")))
        check("the detail reads the summary of 418", summary is not None)

        # Escape clears the search; the whole list is back.
        press_key(0xff1b)
        names = wait_for(lambda: (lambda n: n if len(n) > 1 else None)(list_item_names(app)))
        check("Escape clears the search", names and len(names) > 1, str(names))

        toggle = find(app, name="5xx", predicate=lambda n: n.get_role() in (Atspi.Role.TOGGLE_BUTTON, Atspi.Role.PUSH_BUTTON, Atspi.Role.RADIO_BUTTON))
        check("the 5xx class toggle is a button", toggle is not None)
        if toggle is not None:
            action = toggle.get_action_iface()
            action.do_action(0)
            names = wait_for(lambda: (lambda n: n if n and all(x[0] == "5" for x in n) else None)(list_item_names(app)))
            check("pressing 5xx shows only 5xx codes", names and all(x[0] == "5" for x in names), str(list_item_names(app)[:6]))
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()

    print(f"1..{len(results)}")


if __name__ == "__main__":
    Atspi.init()
    main()
    sys.exit(0 if results and all(ok for _, ok, _ in results) else 1)

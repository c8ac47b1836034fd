#!/usr/bin/env python3
# Drives the real Status Codes window over AT-SPI, as a screen reader user
# does: types in the search entry, reads the names of the list items, presses
# a class toggle and reads the detail. Prints TAP.

import os
import sys
import time

from atspi_session import Atspi, check, find, finish, list_item_names, showing, start_app, stop_app, wait_for


def type_text(text):
    for char in text:
        Atspi.generate_keyboard_event(ord(char), None, Atspi.KeySynthType.SYM)
        time.sleep(0.02)


def press_key(keysym):
    Atspi.generate_keyboard_event(keysym, None, Atspi.KeySynthType.SYM)


def main():
    process, app = start_app([sys.argv[1]], os.environ)
    try:
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
            names = wait_for(lambda: (lambda n: n if n and all(x.startswith("5") for x in n) else None)(list_item_names(app)))
            check("pressing 5xx shows only 5xx codes", names and all(x.startswith("5") for x in names), str(list_item_names(app)[:6]))
    finally:
        stop_app(process)


if __name__ == "__main__":
    main()
    finish()

#!/usr/bin/env python3
# Drives the real Status Codes window with the keyboard alone, as a person
# who does not reach for the mouse would, and reads what happens over
# AT-SPI: typing from anywhere searches, Enter opens the best match and takes
# the keyboard into its page, Escape comes back and then clears, Tab into
# the list lands on the selected row, and the page scrolls with the keys.
# Prints TAP.

import os
import sys
import tempfile
import time

from atspi_session import Atspi, check, find, finish, list_item_names, showing, start_app, stop_app, wait_for

KEY_TAB = 0xff09
KEY_RETURN = 0xff0d
KEY_ESCAPE = 0xff1b
KEY_DOWN = 0xff54
KEY_PAGE_DOWN = 0xff56
KEY_HOME = 0xff50


def press(keysym, times=1):
    for _ in range(times):
        Atspi.generate_keyboard_event(keysym, None, Atspi.KeySynthType.SYM)
        time.sleep(0.15)


def type_text(text):
    for char in text:
        Atspi.generate_keyboard_event(ord(char), None, Atspi.KeySynthType.SYM)
        time.sleep(0.03)
    # The search waits a moment for more typing.
    time.sleep(0.4)


def focused(node):
    try:
        return node.get_state_set().contains(Atspi.StateType.FOCUSED)
    except Exception:
        return False


def focus(app):
    return find(app, predicate=lambda n: focused(n) and showing(n))


def entry_text(app):
    entry = find(app, name="Search status codes")
    if entry is None:
        return None
    for node in (entry, find(entry, role=Atspi.Role.TEXT), find(entry, role=Atspi.Role.ENTRY)):
        if node is not None and node.get_text_iface() is not None:
            return Atspi.Text.get_text(node, 0, Atspi.Text.get_character_count(node))
    return None


def entry_focused(app):
    entry = find(app, name="Search status codes")
    return entry is not None and (focused(entry) or find(entry, predicate=focused) is not None)


def page_heading(app):
    """The focusable heading of the page in view, named like the code's row."""
    return find(app, predicate=lambda n: showing(n) and n.get_role() != Atspi.Role.LIST_ITEM
                and (n.get_name() or "")[:3].isdigit() and n.get_state_set().contains(Atspi.StateType.FOCUSABLE))


def heading_name(app):
    node = page_heading(app)
    return node.get_name() if node is not None else None


def heading_y(app):
    node = page_heading(app)
    if node is None:
        return None
    return Atspi.Component.get_extents(node, Atspi.CoordType.WINDOW).y


def selected_name(app):
    codes = find(app, name="Status codes", predicate=lambda n: n.get_role() in (Atspi.Role.LIST, Atspi.Role.LIST_BOX))
    if codes is None:
        return None
    for node in wait_for(lambda: list(walk_items(codes))) or []:
        if node.get_state_set().contains(Atspi.StateType.SELECTED) and showing(node):
            return node.get_name()
    return None


def walk_items(codes):
    for i in range(codes.get_child_count()):
        child = codes.get_child_at_index(i)
        if child is not None and child.get_role() == Atspi.Role.LIST_ITEM:
            yield child


def tab_into_list(app):
    for _ in range(8):
        press(KEY_TAB)
        node = focus(app)
        if node is not None and node.get_role() == Atspi.Role.LIST_ITEM:
            return node
    return None


def wide_window(binary):
    process, app = start_app([binary], os.environ)
    try:
        check("the app is on the accessibility bus", app is not None)
        if app is None:
            return
        wait_for(lambda: entry_focused(app))
        wait_for(lambda: list_item_names(app))

        # Typing with the focus on a row searches, and Enter opens the best
        # match, not the row that had the focus.
        row = tab_into_list(app)
        check("Tab reaches a row of the list", row is not None)
        type_text("gateway")
        check("typing from the list moves the focus into the search", wait_for(lambda: entry_focused(app)))
        check("the typed word is the query", entry_text(app) == "gateway", entry_text(app))
        names = wait_for(lambda: list_item_names(app) if len(list_item_names(app)) < 10 else None)
        top = names[0] if names else None
        press(KEY_RETURN)
        check("Enter opens the top match", wait_for(lambda: heading_name(app) == top), f"{heading_name(app)} != {top}")
        copy = find(app, role=Atspi.Role.PUSH_BUTTON, name="Copy Code and Name", predicate=showing)
        check("the page’s copy button is named for what it copies", copy is not None)
        check("Enter takes the focus to the page’s heading",
              wait_for(lambda: page_heading(app) is not None and focused(page_heading(app))))

        # The page scrolls from there.
        before = heading_y(app)
        press(KEY_PAGE_DOWN)
        after = wait_for(lambda: (lambda y: y if y is not None and before is not None and y < before else None)(heading_y(app)), 5)
        check("Page Down scrolls the page", after is not None, f"{before} → {heading_y(app)}")
        press(KEY_HOME)
        check("Home scrolls back to the top", wait_for(lambda: heading_y(app) == before, 5), f"{heading_y(app)} != {before}")
        press(KEY_DOWN, 3)
        check("Down scrolls the page", wait_for(lambda: (heading_y(app) or 0) < (before or 0), 5))

        # Escape goes back to the search with the query; Escape there
        # clears it, and the code being read stays.
        press(KEY_ESCAPE)
        check("Escape in the page returns to the search", wait_for(lambda: entry_focused(app)))
        check("the query is still there", entry_text(app) == "gateway", entry_text(app))
        press(KEY_ESCAPE)
        check("Escape in the search clears it", wait_for(lambda: entry_text(app) == ""), entry_text(app))
        check("clearing the search keeps the page", heading_name(app) == top, heading_name(app))
        check("and selects its code in the whole list", wait_for(lambda: selected_name(app) == top), selected_name(app))

        # From the page, typing searches too.
        press(KEY_RETURN)
        wait_for(lambda: page_heading(app) is not None and focused(page_heading(app)))
        type_text("503")
        check("typing from the page moves the focus into the search", wait_for(lambda: entry_focused(app)))
        press(KEY_RETURN)
        check("and Enter opens 503", wait_for(lambda: (heading_name(app) or "").startswith("503 ")), heading_name(app))

        # Tab into the list lands on the selected row, and Down goes on.
        press(KEY_ESCAPE)
        wait_for(lambda: entry_focused(app))
        press(KEY_ESCAPE)
        type_text("5xx")
        press(KEY_DOWN, 2)
        names = list_item_names(app)
        picked = wait_for(lambda: selected_name(app))
        check("Down twice from the search selects the third result", names and picked == names[2], f"{picked} in {names[:4]}")
        row = tab_into_list(app)
        check("Tab into the list lands on the selected row", row is not None and row.get_name() == picked,
              row.get_name() if row is not None else None)
        press(KEY_DOWN)
        row = wait_for(lambda: (lambda n: n if n is not None and n.get_name() != picked else None)(focus(app)))
        check("Down goes to the next row", row is not None and names and row.get_name() == names[3],
              row.get_name() if row is not None else None)
    finally:
        stop_app(process)


def with_settings(width, height):
    config = tempfile.mkdtemp()
    os.makedirs(os.path.join(config, "glib-2.0", "settings"))
    with open(os.path.join(config, "glib-2.0", "settings", "keyfile"), "w") as keyfile:
        keyfile.write(f"[io/github/statuscodes/StatusCodes]\nwindow-width={width}\nwindow-height={height}\n")
    env = dict(os.environ)
    env["XDG_CONFIG_HOME"] = config
    env["GSETTINGS_BACKEND"] = "keyfile"
    return env


def narrow_window(binary):
    process, app = start_app([binary, "404"], with_settings(360, 700))
    try:
        check("a 360 px window opens on 404", app is not None and wait_for(lambda: heading_name(app) == "404 Not Found"))
        if app is None:
            return
        type_text("timeout")
        check("typing on a page at 360 px brings back the search", wait_for(lambda: entry_focused(app)))
        entry = find(app, name="Search status codes")
        check("and the query shows", entry is not None and showing(entry) and entry_text(app) == "timeout", entry_text(app))
        names = wait_for(lambda: list_item_names(app) if list_item_names(app) and len(list_item_names(app)) < 30 else None)
        top = names[0] if names else None
        press(KEY_RETURN)
        check("Enter opens the top match", wait_for(lambda: heading_name(app) == top), f"{heading_name(app)} != {top}")
    finally:
        stop_app(process)


def command_line_query(binary):
    process, app = start_app([binary, "not found"], os.environ)
    try:
        check("“status-codes not found” opens that search", app is not None and wait_for(lambda: entry_text(app) == "not found"))
        if app is None:
            return
        type_text("s")
        check("a typed key goes after the query", wait_for(lambda: entry_text(app) == "not founds"), entry_text(app))
    finally:
        stop_app(process)


def guide_path(code):
    """The answers, as their English text, that lead from the guide's first
    question to a result naming @code, read from the guide's data file."""
    import xml.etree.ElementTree as ElementTree
    root = ElementTree.parse(os.path.join(os.path.dirname(__file__), "..", "..", "data", "guide.xml")).getroot()
    questions = {q.get("id"): q for q in root.findall("question")}
    results = {r.get("id"): r.get("codes").split() for r in root.findall("result")}

    def walk(question):
        for answer in question.findall("answer"):
            target = answer.get("to")
            if target in results:
                if str(code) in results[target]:
                    return [(question.findtext("ask"), answer.text)]
            else:
                rest = walk(questions[target])
                if rest is not None:
                    return [(question.findtext("ask"), answer.text)] + rest
        return None

    return walk(root.find("question"))


def guide(binary):
    """Walks the guide to 201 as a screen reader user does: each question is
    a heading, each answer a button named by its whole text; then opens the
    result's code."""
    process, app = start_app([binary, "--guide"], os.environ)
    try:
        check("status-codes --guide opens the guide", app is not None)
        if app is None:
            return
        for question, answer in guide_path(201):
            heading = wait_for(lambda: find(app, role=Atspi.Role.HEADING, name=question, predicate=showing))
            check(f"the guide asks “{question}” as a heading", heading is not None)
            button = wait_for(lambda: find(app, role=Atspi.Role.PUSH_BUTTON, name=answer, predicate=showing))
            check(f"“{answer}” is a button named by its whole text", button is not None)
            if button is None:
                return
            if not focused(button):
                button.get_action_iface()
                Atspi.Action.do_action(button, 0)
            else:
                press(KEY_RETURN)
        opener = wait_for(lambda: find(app, role=Atspi.Role.PUSH_BUTTON, name="Open 201", predicate=showing))
        check("the result offers to open 201", opener is not None)
        if opener is not None:
            check("the result’s first button takes the focus", wait_for(lambda: focused(opener), 5))
            press(KEY_RETURN)
            check("Enter opens 201’s page", wait_for(lambda: heading_name(app) == "201 Created"), heading_name(app))
    finally:
        stop_app(process)


def main():
    wide_window(sys.argv[1])
    guide(sys.argv[1])
    narrow_window(sys.argv[1])
    command_line_query(sys.argv[1])


if __name__ == "__main__":
    main()
    finish()

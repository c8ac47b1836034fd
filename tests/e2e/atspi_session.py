# What the AT-SPI tests share: TAP output, waiting, walking the accessible
# tree, and starting the app so that it shows up on the accessibility bus.

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


def finish():
    print(f"1..{len(results)}")
    sys.exit(0 if results and all(results) else 1)


def wait_for(predicate, timeout=20):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    return predicate()


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


def list_item_names(app):
    codes = find(app, name="Status codes", predicate=lambda n: n.get_role() in (Atspi.Role.LIST, Atspi.Role.LIST_BOX))
    if codes is None:
        return []
    items = [node for node in find_all(codes, Atspi.Role.LIST_ITEM) if showing(node)]
    return [node.get_name() for node in items]


def start_app(command, env):
    """Starts the app with accessibility on; returns the process and its
    accessible application, or None for the latter if it never shows up."""
    env = dict(env)
    env.pop("GTK_A11Y", None)
    env.pop("NO_AT_BRIDGE", None)
    Atspi.init()
    process = subprocess.Popen(command, env=env)
    desktop = Atspi.get_desktop(0)

    def find_app():
        if process.poll() is not None:
            print(f"# the app exited with status {process.returncode} before it showed up", flush=True)
            return "exited"
        for i in range(desktop.get_child_count()):
            # An app that another test just stopped may still be listed,
            # and asking it anything fails.
            try:
                child = desktop.get_child_at_index(i)
                if child is not None and child.get_process_id() == process.pid:
                    return child
            except Exception:
                continue
        return None

    app = wait_for(find_app)
    return process, app if app != "exited" else None


def stop_app(process):
    process.terminate()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()

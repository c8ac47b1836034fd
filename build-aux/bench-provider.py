#!/usr/bin/env python3
# The GNOME Shell search benchmark of build-aux/dev bench: on a private
# session bus, the app is started by D-Bus activation from a service file, as
# the Shell starts it, and GetInitialResultSet is timed from the call to its
# answer (cold), then a second call to the running app. The app is stopped
# between runs. Prints "name value" lines: the medians of RUNS runs.
#
# Usage: bench-provider.py BINARY RUNS

import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

BUS_NAME = "io.github.statuscodes.StatusCodes"
OBJECT_PATH = "/io/github/statuscodes/StatusCodes/SearchProvider"
INTERFACE = "org.gnome.Shell.SearchProvider2"


def measure(runs):
    import gi
    gi.require_version("Gio", "2.0")
    from gi.repository import Gio, GLib

    bus = Gio.bus_get_sync(Gio.BusType.SESSION)

    def dbus(method, signature, *args):
        return bus.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                             method, GLib.Variant(signature, args), None, Gio.DBusCallFlags.NONE, 5000, None)

    def search(terms):
        start = time.monotonic()
        answer = bus.call_sync(BUS_NAME, OBJECT_PATH, INTERFACE, "GetInitialResultSet",
                               GLib.Variant("(as)", (terms,)), GLib.VariantType("(as)"),
                               Gio.DBusCallFlags.NONE, 20000, None)
        return (time.monotonic() - start) * 1000, answer.unpack()[0]

    cold, warm = [], []
    for _ in range(runs):
        ms, ids = search(["404"])
        if ids[:1] != ["404"]:
            sys.exit(f"bench-provider: “404” answered {ids}")
        cold.append(ms)
        ms, ids = search(["not", "found"])
        if "404" not in ids:
            sys.exit(f"bench-provider: “not found” answered {ids}")
        warm.append(ms)

        pid = dbus("GetConnectionUnixProcessID", "(s)", BUS_NAME).unpack()[0]
        os.kill(pid, signal.SIGTERM)
        for _ in range(500):
            if not dbus("NameHasOwner", "(s)", BUS_NAME).unpack()[0]:
                break
            time.sleep(0.01)
        else:
            sys.exit("bench-provider: the app did not stop")
        time.sleep(0.2)

    print(f"provider-cold-ms {statistics.median(cold):.1f}")
    print(f"provider-second-ms {statistics.median(warm):.2f}")
    print("provider-cold-runs " + " ".join(f"{v:.0f}" for v in cold))


def main():
    binary, runs = os.path.abspath(sys.argv[1]), int(sys.argv[2])
    if "SC_BENCH_INSIDE_BUS" in os.environ:
        measure(runs)
        return

    data = tempfile.mkdtemp(prefix="sc-bench-provider-")
    try:
        services = os.path.join(data, "dbus-1", "services")
        os.makedirs(services)
        with open(os.path.join(services, f"{BUS_NAME}.service"), "w") as service:
            service.write(f"[D-BUS Service]\nName={BUS_NAME}\nExec={binary} --gapplication-service\n")
        env = dict(os.environ, SC_BENCH_INSIDE_BUS="1",
                   XDG_DATA_DIRS=data + ":" + os.environ.get("XDG_DATA_DIRS", "/usr/local/share:/usr/share"))
        done = subprocess.run(["dbus-run-session", "--", sys.executable, os.path.abspath(__file__), binary, str(runs)],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        sys.stdout.write(done.stdout)
        if done.returncode != 0:
            sys.exit(done.stderr.strip()[-500:] or f"bench-provider: exit {done.returncode}")
    finally:
        shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    main()

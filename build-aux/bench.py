#!/usr/bin/env python3
# The benchmarks of build-aux/dev bench, run under an X server and a session
# bus. Start-up and memory are compared with the floor that every real app
# pays: the same empty window with a header bar, built the same way, in
# alternating runs, with the default renderer and with cairo. The empty
# window without a header bar runs too, for context. Then the app's page
# opening, the GNOME Shell search provider started cold, and bench-core's
# table, index and search figures at 1, 10 and 100 times the table. Prints
# a table of medians and exits 1 when a target is missed.
#
# Usage: bench.py BUILD_DIR RUNS

import os
import platform
import statistics
import subprocess
import sys
import time

build, runs = sys.argv[1], int(sys.argv[2])
bench = os.path.join(build, "tests", "bench")
env = dict(os.environ,
           GSETTINGS_BACKEND="memory",
           GSETTINGS_SCHEMA_DIR=os.path.join(build, "data"),
           LANG="en_US.UTF-8", LC_ALL="en_US.UTF-8")
env.pop("GSK_RENDERER", None)
programs = {
    "Status Codes": os.path.join(bench, "bench-app"),
    # The floor: a title and a close button, the least a real window shows.
    "the header-bar window": os.path.join(bench, "bench-header-bar-window"),
    "the empty window, for context": os.path.join(bench, "bench-empty-window"),
}
renderers = {"default renderer": None, "cairo": "cairo"}


def values(output):
    return dict(line.split(" ", 1) for line in output.splitlines() if " " in line)


def start(path, renderer):
    """Milliseconds from exec to the first frame, and what the program printed."""
    run_env = dict(env)
    if renderer:
        run_env["GSK_RENDERER"] = renderer
    else:
        # Only cairo runs wait for the settled figures; the default renderer
        # gives start-up and first-frame memory.
        run_env["BENCH_NO_SETTLE"] = "1"
    before = time.monotonic_ns() // 1000
    done = subprocess.run([path], env=run_env, capture_output=True, text=True, timeout=60)
    found = values(done.stdout)
    if done.returncode != 0 or "first-frame-us" not in found:
        sys.exit(f"bench: {path} did not report a first frame: {done.stderr.strip()[:500]}")
    return (int(found["first-frame-us"]) - before) / 1000, found


def machine():
    cpu = "unknown CPU"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = subprocess.run(["pkg-config", "--modversion", "gtk4", "libadwaita-1"],
                              capture_output=True, text=True).stdout.split()
    return f"{cpu}, {os.cpu_count()} cores, Linux {platform.release()}; GTK {versions[0]}, libadwaita {versions[1]}"


# One unmeasured start of each, so that all meet warm caches.
for path in programs.values():
    start(path, "cairo")

names = list(programs)
startup = {(r, n): [] for r in renderers for n in names}
printed = {(r, n): [] for r in renderers for n in names}
for renderer, renderer_value in renderers.items():
    for i in range(runs):
        for name in (names if i % 2 == 0 else names[::-1]):
            ms, found = start(programs[name], renderer_value)
            startup[(renderer, name)].append(ms)
            printed[(renderer, name)].append(found)


def med(renderer, name, key=None):
    if key is None:
        return statistics.median(startup[(renderer, name)])
    return statistics.median(float(found[key]) for found in printed[(renderer, name)] if key in found)


provider = values(subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__), "bench-provider.py"),
                                  os.path.join(build, "src", "status-codes"), str(runs)],
                                 env=dict(env, GSK_RENDERER="cairo"), capture_output=True, text=True,
                                 check=True).stdout)

core_env = dict(env, LANGUAGE="de", LANG="de_DE.UTF-8", LC_ALL="de_DE.UTF-8",
                STATUS_CODES_LOCALEDIR=os.path.join(build, "po"))
# Each run of bench-core gives medians of its own; a process can land on a
# slower or faster core or page layout, so the figures are the medians of
# those medians over RUNS processes.
core_runs = [values(subprocess.run([os.path.join(bench, "bench-core")], env=core_env,
                                   capture_output=True, text=True, check=True).stdout)
             for _ in range(runs)]
core = dict(core_runs[0])
for key in core:
    if key.endswith("-ms") or key.endswith("-kb"):
        core[key] = str(statistics.median(float(run[key]) for run in core_runs))
if core.get("table-title") != "Nicht gefunden":
    sys.exit(f"bench: the table was not translated while loading (404 is “{core.get('table-title')}”)")

app, floor, empty = names
rows = []
for renderer, limit in (("default renderer", 1.15), ("cairo", 1.10)):
    ratio = med(renderer, app) / med(renderer, floor)
    rows += [
        (f"start-up, exec to first frame, {renderer}: Status Codes", f"{med(renderer, app):.0f} ms", None),
        ("  the header-bar window", f"{med(renderer, floor):.0f} ms", None),
        ("  ratio", f"×{ratio:.2f}", (f"≤ ×{limit:.2f}", ratio <= limit)),
        ("  the empty window, for context", f"{med(renderer, empty):.0f} ms", None),
    ]
for renderer in renderers:
    mb = med(renderer, app, "peak-rss-kb") / 1024
    floor_mb = med(renderer, floor, "peak-rss-kb") / 1024
    rows += [
        (f"peak RSS at the first frame, {renderer}: Status Codes", f"{mb:.1f} MB", None),
        ("  the header-bar window", f"{floor_mb:.1f} MB", None),
        ("  difference", f"{mb - floor_mb:+.1f} MB", ("≤ +6 MB", mb - floor_mb <= 6)),
    ]
mb = med("cairo", app, "settled-peak-rss-kb") / 1024
floor_mb = med("cairo", floor, "settled-peak-rss-kb") / 1024
rows += [
    ("peak RSS 2 s after the first frame, cairo: Status Codes", f"{mb:.1f} MB", None),
    ("  the header-bar window", f"{floor_mb:.1f} MB", None),
    ("  difference", f"{mb - floor_mb:+.1f} MB", ("≤ +8 MB", mb - floor_mb <= 8)),
    ("opening a code's page, call to contents set: median of 19", f"{med('cairo', app, 'page-median-ms'):.2f} ms",
     ("≤ 2 ms", med("cairo", app, "page-median-ms") <= 2)),
    ("  the slowest of them", f"{med('cairo', app, 'page-max-ms'):.2f} ms", None),
    ("  the first page opened, which makes the page", f"{med('cairo', app, 'page-first-ms'):.2f} ms", None),
    ("  the heap it takes", f"{med('cairo', app, 'page-first-kb') / 1024:.2f} MB", None),
]
cold, floor_ms = float(provider["provider-cold-ms"]), med("default renderer", floor)
rows += [
    ("Shell search, cold: activation to the first answer", f"{cold:.0f} ms", None),
    ("  ratio to the header-bar window's start-up", f"×{cold / floor_ms:.2f}", ("≤ ×0.80", cold / floor_ms <= 0.80)),
    ("Shell search, a second call", f"{float(provider['provider-second-ms']):.1f} ms",
     ("≤ 10 ms", float(provider["provider-second-ms"]) <= 10)),
    (f"table load, parse and translate (German, {core['table-codes']} codes)", f"{float(core['load-ms']):.2f} ms",
     None),
    (f"constants load and parse ({core['constants-libraries']} libraries, {core['constants-entries']} entries)",
     f"{float(core['constants-load-ms']):.2f} ms", None),
    ("history, examples and guide load and parse",
     f"{float(core['history-load-ms']) + float(core['examples-load-ms']) + float(core['guide-load-ms']):.2f} ms", None),
    ("search index, built on a thread after the first frame", f"{float(core['index-ms']):.2f} ms", None),
    (f"search, mean per query ({core['queries']} queries, {core['table-codes']} codes)",
     f"{float(core['search-ms']) * 1000:.0f} µs", ("≤ 1 ms", float(core["search-ms"]) <= 1)),
    (f"search, mean per query ({core['large-codes']} codes)", f"{float(core['large-search-ms']):.2f} ms",
     ("≤ 16 ms", float(core["large-search-ms"]) <= 16)),
]

print(f"Status Codes benchmarks: medians of {runs} alternating start-up runs of each program and renderer,")
print(f"release build, Xvfb; Shell search: medians of {runs} activations; table and search: medians over")
print(f"{runs} processes of bench-core")
print(f"machine: {machine()}")
print()
width = max(len(row[0]) for row in rows)
print(f"{'':{width}}  {'measured':>10}  {'target':>9}")
missed = False
for what, measured, target in rows:
    line = f"{what:{width}}  {measured:>10}"
    if target is not None:
        line += f"  {target[0]:>9}  {'met' if target[1] else 'MISSED'}"
        missed |= not target[1]
    print(line)

print()
print("How the cost grows (German; the table loaded N times over, all of it in one index):")
print(f"{'':>6}  {'codes':>6}  {'load':>9}  {'index':>9}  {'heap':>9}  {'peak RSS':>9}  {'search':>9}")
for factor in (1, 10, 100):
    g = lambda key: float(core[f"growth-{factor}-{key}"])
    print(f"{factor:>5}×  {int(g('codes')):>6}  {g('load-ms'):>6.1f} ms  {g('index-ms'):>6.1f} ms  "
          f"{g('heap-kb') / 1024:>6.1f} MB  {g('peak-rss-kb') / 1024:>6.1f} MB  {g('search-ms'):>6.3f} ms")
print()
print("What the data keeps in the heap (German): "
      + ", ".join(f"{name} {float(core[key]) / 1024:.2f} MB" for name, key in
                  (("table", "table-kb"), ("index", "index-kb"), ("constants", "constants-kb"),
                   ("history", "history-kb"), ("examples", "examples-kb"), ("guide", "guide-kb"))))
print()
for renderer in renderers:
    print(f"start-up runs, {renderer} (ms): " + "; ".join(
        f"{name}: " + " ".join(f"{v:.0f}" for v in startup[(renderer, name)]) for name in names))
print("Shell search cold runs (ms): " + provider["provider-cold-runs"])
sys.exit(1 if missed else 0)

#!/usr/bin/env python3
# The benchmarks of build-aux/dev bench, run under an X server and a session
# bus: start-up and memory against an empty AdwApplicationWindow, in
# alternating runs, and the table and search timings of bench-core. Prints a
# table of medians and exits 1 when a target is missed. The same window with
# a header bar runs too, with no target: it shows what GTK alone costs for
# the least a real window has.
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
           GSK_RENDERER="cairo",
           LANG="en_US.UTF-8", LC_ALL="en_US.UTF-8")
programs = {
    "Status Codes": os.path.join(bench, "bench-app"),
    "empty AdwApplicationWindow": os.path.join(bench, "bench-empty-window"),
    # Not a target: what GTK alone costs for a title and a close button.
    "the same with a header bar": os.path.join(bench, "bench-header-bar-window"),
}


def values(output):
    return dict(line.split(" ", 1) for line in output.splitlines() if " " in line)


def start(path):
    """Milliseconds from exec to the first frame, and peak RSS in MB."""
    before = time.monotonic_ns() // 1000
    done = subprocess.run([path], env=env, capture_output=True, text=True, timeout=60)
    found = values(done.stdout)
    if done.returncode != 0 or "first-frame-us" not in found:
        sys.exit(f"bench: {path} did not report a first frame: {done.stderr.strip()[:500]}")
    return (int(found["first-frame-us"]) - before) / 1000, int(found["peak-rss-kb"]) / 1024


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


# One unmeasured start of each, so that both meet warm caches.
for path in programs.values():
    start(path)

startup = {name: [] for name in programs}
memory = {name: [] for name in programs}
names = list(programs)
for i in range(runs):
    for name in (names if i % 2 == 0 else names[::-1]):
        ms, mb = start(programs[name])
        startup[name].append(ms)
        memory[name].append(mb)

core_env = dict(env, LANGUAGE="de", LANG="de_DE.UTF-8", LC_ALL="de_DE.UTF-8",
                STATUS_CODES_LOCALEDIR=os.path.join(build, "po"))
# Each run of bench-core gives medians of its own; a process can land on a
# slower or faster core or page layout, so the figures are the medians of
# those medians over RUNS processes.
core_runs = [values(subprocess.run([os.path.join(bench, "bench-core")], env=core_env,
                                   capture_output=True, text=True, check=True).stdout)
             for _ in range(runs)]
core = dict(core_runs[0])
for key in ("load-ms", "constants-load-ms", "index-ms", "search-ms", "large-search-ms"):
    core[key] = str(statistics.median(float(run[key]) for run in core_runs))
if core.get("table-title") != "Nicht gefunden":
    sys.exit(f"bench: the table was not translated while loading (404 is “{core.get('table-title')}”)")

app, empty, header = names
app_ms, empty_ms, header_ms = (statistics.median(startup[name]) for name in names)
app_mb, empty_mb, header_mb = (statistics.median(memory[name]) for name in names)
rows = [
    # what, measured, shown, target, met
    ("start-up, exec to first frame: Status Codes", f"{app_ms:.0f} ms", None),
    ("  empty AdwApplicationWindow", f"{empty_ms:.0f} ms", None),
    ("  ratio", f"{app_ms / empty_ms:.2f}", ("≤ 1.10", app_ms / empty_ms <= 1.10)),
    ("  for context, the empty window with a header bar", f"{header_ms:.0f} ms", None),
    ("    its ratio to the empty window", f"{header_ms / empty_ms:.2f}", None),
    ("peak RSS after start: Status Codes", f"{app_mb:.1f} MB", None),
    ("  empty AdwApplicationWindow", f"{empty_mb:.1f} MB", None),
    ("  difference", f"{app_mb - empty_mb:+.1f} MB", ("≤ +8 MB", app_mb - empty_mb <= 8)),
    ("  for context, the empty window with a header bar", f"{header_mb:.1f} MB", None),
    ("    its difference to the empty window", f"{header_mb - empty_mb:+.1f} MB", None),
    (f"table load, parse and translate (German, {core['table-codes']} codes)", f"{float(core['load-ms']):.2f} ms",
     ("≤ 5 ms", float(core["load-ms"]) <= 5)),
    (f"constants load and parse ({core['constants-libraries']} libraries, {core['constants-entries']} entries)",
     f"{float(core['constants-load-ms']):.2f} ms", None),
    ("search index, built once while the window starts", f"{float(core['index-ms']):.2f} ms", None),
    (f"search, mean per query ({core['queries']} queries, {core['table-codes']} codes)",
     f"{float(core['search-ms']) * 1000:.0f} µs", ("≤ 1 ms", float(core["search-ms"]) <= 1)),
    (f"search, mean per query ({core['large-codes']} codes)", f"{float(core['large-search-ms']):.2f} ms",
     ("≤ 16 ms", float(core["large-search-ms"]) <= 16)),
]

print(f"Status Codes benchmarks: medians of {runs} alternating start-up runs of each program,")
print(f"release build, Xvfb with the cairo renderer; table and search: medians over {runs} processes of the")
print("medians of 30 runs each (10 for the large table)")
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
print("start-up runs (ms): " + "; ".join(f"{name}: " + " ".join(f"{v:.0f}" for v in startup[name]) for name in names))
sys.exit(1 if missed else 0)

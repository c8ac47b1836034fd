#!/usr/bin/env python3
# Every catalogue in po/LINGUAS translates every string of the current
# sources (the POT extracted as po/ extracts it), with nothing fuzzy, and
# passes msgfmt --check. Prints TAP.

import os
import subprocess
import sys

source_dir, pot = sys.argv[1], sys.argv[2]
languages = open(os.path.join(source_dir, "po", "LINGUAS")).read().split()
count = 0


def check(name, ok, detail=""):
    global count
    count += 1
    print(f"{'ok' if ok else 'not ok'} {count} {name}{' # ' + detail if detail and not ok else ''}", flush=True)
    return ok


all_ok = check("po/LINGUAS names at least German, French and Spanish",
               {"de", "fr", "es"} <= set(languages), str(languages))

for language in languages:
    po = os.path.join(source_dir, "po", f"{language}.po")
    done = subprocess.run(["msgfmt", "--check", "--statistics", "-o", os.devnull, po],
                          capture_output=True, text=True)
    clean = done.returncode == 0 and "fuzzy" not in done.stderr and "untranslated" not in done.stderr
    all_ok &= check(f"{language}.po checks clean and is fully translated", clean, done.stderr.strip())

    # msgcmp fails when a string of the sources has no translation.
    done = subprocess.run(["msgcmp", "--use-untranslated", po, pot], capture_output=True, text=True)
    all_ok &= check(f"{language}.po covers every string of the sources", done.returncode == 0,
                    done.stderr.strip()[:500])
    done = subprocess.run(["msgattrib", "--only-fuzzy", "--no-obsolete", po], capture_output=True, text=True)
    all_ok &= check(f"{language}.po has no fuzzy entry", done.stdout.strip() == "", done.stdout[:300])
    done = subprocess.run(["msgattrib", "--untranslated", "--no-obsolete", po], capture_output=True, text=True)
    all_ok &= check(f"{language}.po has no untranslated entry", done.stdout.strip() == "", done.stdout[:300])

print(f"1..{count}")
sys.exit(0 if all_ok else 1)

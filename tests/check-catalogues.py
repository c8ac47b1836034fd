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


# The languages the app ships, and how many plural forms each has: Slavic
# languages tell one, few and many apart; Chinese and Japanese have one form.
PLURAL_FORMS = {"de": 2, "es": 2, "fr": 2, "it": 2, "ja": 1, "pl": 3, "pt_BR": 2, "ru": 3, "uk": 3, "zh_CN": 1}

all_ok = check("po/LINGUAS names the ten languages", set(PLURAL_FORMS) <= set(languages), str(languages))

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
    header = subprocess.run(["msgattrib", "--no-wrap", po], capture_output=True, text=True).stdout
    expected = PLURAL_FORMS.get(language)
    all_ok &= check(f"{language}.po has {expected} plural forms",
                    expected is None or f"nplurals={expected};" in header.replace(" ", ""),
                    "Plural-Forms does not say nplurals=%s" % expected)

print(f"1..{count}")
sys.exit(0 if all_ok else 1)

#!/usr/bin/env python3
# The command line, as users and scripts meet it: --help, a code, a search,
# numbers that are no code, a second invocation that goes to the running
# window, and nonsense (unknown options, invalid UTF-8, a megabyte of
# arguments). The window is read over AT-SPI. Prints TAP.

import gettext
import os
import subprocess
import sys

from atspi_session import Atspi, check, find, finish, list_item_names, showing, start_app, stop_app, wait_for

app_binary, localedir = sys.argv[1], sys.argv[2]

# One argument may not exceed 128 KiB on Linux (MAX_ARG_STRLEN), so a
# megabyte arrives as eight arguments.
MAX_ARG = 128 * 1024 - 1


def run(*arguments, timeout=20, **env):
    return subprocess.run([app_binary, *arguments], capture_output=True, timeout=timeout,
                          env=dict(os.environ, NO_AT_BRIDGE="1", GTK_A11Y="none", **env))


def shows_code(app, title):
    return find(app, role=Atspi.Role.LABEL, name=title, predicate=showing)


def no_result_page(app):
    return find(app, name="No Matching Codes", predicate=showing)


def explained(app, value, explanation):
    """The empty list's title is the value and its description the
    explanation that the command line printed."""
    title = find(app, name=value, predicate=lambda n: showing(n) and n.get_role() != Atspi.Role.ENTRY)
    text = find(app, name=explanation, predicate=showing)
    return title if title is not None and text is not None else None


def frames(app):
    return [app.get_child_at_index(i) for i in range(app.get_child_count())
            if app.get_child_at_index(i) is not None]


def main():
    # Before any window: --help and option errors answer on the terminal.
    done = run("--help")
    out = done.stdout.decode()
    check("--help exits 0", done.returncode == 0, done.returncode)
    check("--help shows the usage with a code or a search", "CODE" in out and "SEARCH" in out, out[:300])
    check("--help explains what a code, a word and a number do",
          all(word in out for word in ("404", "teapot", "999")), out[:600])

    # The help is translated like the rest of the app.
    german = gettext.translation("status-codes", localedir, languages=["de"])
    done = run("--help", LANGUAGE="de", STATUS_CODES_LOCALEDIR=localedir)
    out = done.stdout.decode()
    summary = german.gettext("Look up HTTP status codes.\n\nWith a code from 100 to 599, such as 404, open it. "
                             "With anything else,\nsuch as “teapot”, “not found” or “5xx”, open a search for it. "
                             "A number\nthat is not a known code, such as 999, opens an empty search and says why.")
    check("--help is in German under LANGUAGE=de", summary.startswith("HTTP-") and summary in out, out[:400])

    done = run("--version")
    check("--version prints the name and version", done.returncode == 0 and
          done.stdout.decode().startswith("Status Codes ") and done.stdout.decode().split()[-1][0].isdigit(),
          done.stdout[:100])

    for option in ("--frobnicate", "-1"):
        done = run(option)
        err = done.stderr.decode()
        check(f"{option} is refused with exit status 1", done.returncode == 1, done.returncode)
        check(f"{option} is named in the message", f"Unknown option {option}" in err, err[:300])

    process, app = start_app([app_binary, "404"], os.environ)
    try:
        check("status-codes 404 starts on the accessibility bus", app is not None)
        if app is None:
            return
        check("status-codes 404 opens 404 Not Found", wait_for(lambda: shows_code(app, "Not Found")) is not None)

        # From here on every invocation goes to the running window.
        done = run("teapot")
        check("a second invocation returns 0 at once", done.returncode == 0 and not done.stderr, done.stderr[:300])
        names = wait_for(lambda: (lambda n: n if n == ["418 I’m a Teapot"] else None)(list_item_names(app)))
        check("status-codes teapot searches the running window", names == ["418 I’m a Teapot"],
              str(list_item_names(app)[:5]))

        done = run("not", "found")
        names = wait_for(lambda: (lambda n: n if n and n[0] == "404 Not Found" else None)(list_item_names(app)))
        check("status-codes not found searches the words, 404 first", names and names[0] == "404 Not Found",
              str(list_item_names(app)[:5]))

        done = run("HttpStatusCode.TooManyRequests")
        names = wait_for(lambda: (lambda n: n if n and n[0] == "429 Too Many Requests" else None)(list_item_names(app)))
        check("status-codes HttpStatusCode.TooManyRequests finds the constant, 429 first",
              names and names[0] == "429 Too Many Requests", str(list_item_names(app)[:5]))

        for argument, message in (("9999", "“9999” is not a status code"),
                                  ("299", "No status code 299 is registered"),
                                  ("99999999999999999999", "“99999999999999999999” is not a status code")):
            done = run(argument)
            err = done.stderr.decode()
            check(f"status-codes {argument} exits 0 and says why nothing matches",
                  done.returncode == 0 and message in err, f"{done.returncode} {err[:300]}")
            check(f"status-codes {argument} shows No Matching Codes", wait_for(lambda: no_result_page(app)) is not None)

        # Values that logs show in place of a code are explained on standard
        # output, and the window's empty list explains them too, under the
        # value itself, whatever codes their digits would find elsewhere.
        for arguments, vendor in ((["000"], "curl"), (["0"], "Envoy"), (["999"], "LinkedIn"),
                                  (["642"], "Fastly"), (["--", "-1"], "HAProxy")):
            value = arguments[-1]
            done = run(*arguments)
            out = done.stdout.decode()
            check(f"status-codes {' '.join(arguments)} explains {value}, naming {vendor}",
                  done.returncode == 0 and out.startswith(f"{value}: Not ") and vendor in out and not done.stderr,
                  f"{done.returncode} {out[:300]} {done.stderr[:200]}")
            explanation = out.split(": ", 1)[-1].strip()
            check(f"the window explains {value} in its empty list",
                  wait_for(lambda: explained(app, value, explanation)) is not None)

        done = run("")
        check("an empty argument is no search and no error", done.returncode == 0 and not done.stderr, done.stderr[:300])

        done = run(b"\xff\xfe\x80404")
        check("an argument that is not UTF-8 is taken without error", done.returncode == 0, done.stderr[:300])

        done = run(*(["x" * MAX_ARG] * 8))
        check("a megabyte of arguments exits 0", done.returncode == 0, done.stderr[:300])

        done = run("503")
        check("the window still answers: status-codes 503 opens 503",
              done.returncode == 0 and wait_for(lambda: shows_code(app, "Service Unavailable")) is not None)
        check("the running instance is still the same process", process.poll() is None, process.poll())
        check("it still has one window", len(frames(app)) == 1, len(frames(app)))
    finally:
        stop_app(process)


if __name__ == "__main__":
    main()
    finish()

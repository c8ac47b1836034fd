#!/usr/bin/env python3
# Calls the GNOME Shell search provider of the built app on a private session
# bus, as the Shell does: the app is started by D-Bus activation from a service
# file, and every method is called with gdbus. Prints TAP.

import os
import shutil
import socket
import struct
import subprocess
import sys
import tempfile

BUS_NAME = "io.github.statuscodes.StatusCodes"
OBJECT_PATH = "/io/github/statuscodes/StatusCodes/SearchProvider"
INTERFACE = "org.gnome.Shell.SearchProvider2"

results = []


def check(name, condition, detail=""):
    results.append(bool(condition))
    suffix = f" # {detail}" if detail and not condition else ""
    print(f"{'ok' if condition else 'not ok'} {len(results)} {name}{suffix}", flush=True)


def call(method, *args):
    command = ["gdbus", "call", "--session", "--timeout", "20", "--dest", BUS_NAME,
               "--object-path", OBJECT_PATH, "--method", f"{INTERFACE}.{method}", *args]
    done = subprocess.run(command, capture_output=True, text=True, timeout=30)
    return done.returncode, done.stdout.strip(), done.stderr.strip()


def ids(output):
    # "(['404', '400'],)" → ['404', '400']; "(@as [],)" → []
    inner = output.replace("@as", "").strip("(),[] \n")
    return [part.strip(" '") for part in inner.split(",") if part.strip(" '")]


def raw_message(serial, path, interface, member, destination, signature=b"", body=b""):
    """A D-Bus method call, marshalled by hand (little-endian), so that it
    may carry what every client library refuses to send."""
    def pad(buf, n):
        return buf + b"\0" * (-len(buf) % n)

    def field(buf, code, sig, value):
        buf = pad(buf, 8) + bytes([code, 1]) + sig + b"\0"
        if sig == b"g":
            return buf + bytes([len(value)]) + value + b"\0"
        buf = pad(buf, 4)
        return buf + struct.pack("<I", len(value)) + value + b"\0"

    fields = b"\0" * 16
    fields = field(fields, 1, b"o", path)
    fields = field(fields, 2, b"s", interface)
    fields = field(fields, 3, b"s", member)
    fields = field(fields, 6, b"s", destination)
    if signature:
        fields = field(fields, 8, b"g", signature)
    header = struct.pack("<cBBBIII", b"l", 1, 0, 1, len(body), serial, len(fields) - 16)
    return pad(header + fields[16:], 8) + body


def raw_search(term):
    """GetInitialResultSet with @term, bytes that need not be UTF-8, sent on
    a raw connection to the bus. Returns what the bus did: "disconnected" or
    the bytes it answered with."""
    address = os.environ["DBUS_SESSION_BUS_ADDRESS"].split(";")[0]
    params = dict(part.split("=", 1) for part in address.split(":", 1)[1].split(","))
    target = params["path"] if "path" in params else "\0" + params["abstract"]
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(10)
        sock.connect(target)
        sock.sendall(b"\0AUTH EXTERNAL " + str(os.getuid()).encode().hex().encode() + b"\r\n")
        if not sock.recv(4096).startswith(b"OK"):
            return b"not authenticated"
        sock.sendall(b"BEGIN\r\n")
        sock.sendall(raw_message(1, b"/org/freedesktop/DBus", b"org.freedesktop.DBus", b"Hello",
                                 b"org.freedesktop.DBus"))
        body = struct.pack("<I", 4 + len(term) + 1) + struct.pack("<I", len(term)) + term + b"\0"
        sock.sendall(raw_message(2, OBJECT_PATH.encode(), INTERFACE.encode(), b"GetInitialResultSet",
                                 BUS_NAME.encode(), b"as", body))
        answered = b""
        try:
            while b"\x00\x00\x00404\x00" not in answered:
                chunk = sock.recv(4096)
                if not chunk:
                    return "disconnected"
                answered += chunk
        except socket.timeout:
            pass
        return answered


def run_checks():
    status, out, err = call("GetInitialResultSet", "['404']")
    check("D-Bus activation starts the app and “404” finds 404 first", status == 0 and ids(out)[:1] == ["404"], out + err)

    status, out, err = call("GetResultMetas", "['404']")
    check("the meta of 404 is named “404 Not Found”", status == 0 and "'name': <'404 Not Found'>" in out, out + err)
    check("the meta has a description and an icon", "'description': <'" in out and "'gicon': <'" in out, out)

    status, out, err = call("GetInitialResultSet", "['teapot']")
    check("“teapot” finds 418", ids(out)[:1] == ["418"], out + err)

    # The names that libraries give codes, as the Shell splits them into
    # terms, and the words people add to any query.
    for terms, code in [
        (["StatusUnprocessableEntity"], "422"),
        (["HTTP_NOT_FOUND"], "404"),
        ([":unprocessable_entity"], "422"),
        (["SOUP_STATUS_NOT_FOUND"], "404"),
        (["HttpStatusCode.TooManyRequests"], "429"),
        (["Status429TooManyRequests"], "429"),
        (["IM_A_TEAPOT"], "418"),
        (["REQUEST_ENTITY_TOO_LARGE"], "413"),
        (["TooManyRequests"], "429"),
        (["http", "not", "found"], "404"),
        (["not", "found", "error"], "404"),
        (["unauthorised"], "401"),
    ]:
        status, out, err = call("GetInitialResultSet", "[" + ", ".join(f"'{t}'" for t in terms) + "]")
        check(f"“{' '.join(terms)}” finds {code} first", ids(out)[:1] == [code], out + err)

    status, out, err = call("GetInitialResultSet", "['HTTP/1.1', '503']")
    check("“HTTP/1.1 503” finds 503", ids(out)[:1] == ["503"], out + err)

    status, out, err = call("GetInitialResultSet", "['not', 'found']")
    check("at most five results", 0 < len(ids(out)) <= 5 and ids(out)[0] == "404", out + err)

    status, out, err = call("GetSubsearchResultSet", "['404', '400']", "['401']")
    check("a subsearch narrows to 401", status == 0 and ids(out)[:1] == ["401"], out + err)

    status, out, err = call("GetInitialResultSet", "@as []")
    check("no terms give an empty result", status == 0 and ids(out) == [], out + err)

    status, out, err = call("GetInitialResultSet", "['" + "x" * 100000 + "']")
    check("a 100 KB term gives a well-formed answer", status == 0 and out.endswith("],)"), err[:200])

    status, out, err = call("GetInitialResultSet", "['\\u0001\\u202e\\ufffd']")
    check("control and replacement characters give an empty result", status == 0 and ids(out) == [], out + err)

    # GDBus validates every string it receives, and so does the bus: a term
    # that is not UTF-8 never reaches the app, and the app goes on answering.
    answer = raw_search(b"404")
    check("a hand-made call with a UTF-8 term is answered with 404", isinstance(answer, bytes) and b"404" in answer,
          repr(answer)[:200])
    answer = raw_search(b"\xff\xfe404\xc3")
    check("a term that is not UTF-8 is stopped by the bus, which drops the caller", answer == "disconnected",
          repr(answer)[:200])
    status, out, err = call("GetInitialResultSet", "['404']")
    check("the app answers the next caller", status == 0 and ids(out)[:1] == ["404"], out + err)

    # Values that logs show in place of a code come first, explained.
    for value, vendor in (("000", "curl"), ("0", "Envoy"), ("999", "LinkedIn")):
        status, out, err = call("GetInitialResultSet", f"['{value}']")
        check(f"“{value}” gives its explanation first", status == 0 and ids(out)[:1] == [f"log-value:{value}"],
              out + err)
        status, out, err = call("GetResultMetas", f"['log-value:{value}']")
        check(f"the meta of {value} is named “{value}” and names {vendor}",
              status == 0 and f"'name': <'{value}'>" in out and vendor in out and "Not " in out, out + err)

    status, out, err = call("GetInitialResultSet", "['404']")
    check("a code gives no explanation", status == 0 and not any(i.startswith("log-value:") for i in ids(out)),
          out + err)

    status, out, err = call("GetResultMetas", "['log-value:404', 'log-value:', 'log-value:000']")
    check("an explanation is given only for such a value", status == 0 and out.count("'id':") == 1, out + err)

    status, out, err = call("ActivateResult", "'log-value:999'", "['999']", "0")
    check("activating an explanation opens the window", status == 0, err)

    status, out, err = call("GetResultMetas", "['999', 'teapot', '', '404']")
    check("unknown ids are left out of the metas", status == 0 and out.count("'id':") == 1, out + err)

    status, out, err = call("GetInitialResultSet", "'404'")
    check("a call with the wrong signature is refused", status != 0, out)

    status, out, err = call("ActivateResult", "'404'", "['404']", "0")
    check("ActivateResult opens the window", status == 0, err)
    window = subprocess.run(["xwininfo", "-name", "404 Not Found"], capture_output=True, text=True)
    shown = subprocess.run(["xwininfo", "-name", "Status Codes"], capture_output=True, text=True)
    check("the window is on screen", window.returncode == 0 or shown.returncode == 0, shown.stderr)

    status, out, err = call("LaunchSearch", "['teapot']", "0")
    check("LaunchSearch answers", status == 0, err)

    status, out, err = call("GetInitialResultSet", "['404']")
    check("the app is still there after all that", status == 0 and ids(out)[:1] == ["404"], out + err)


def main():
    if "SC_INSIDE_BUS" not in os.environ:
        binary = os.path.abspath(sys.argv[1])
        data = tempfile.mkdtemp(prefix="sc-provider-")
        services = os.path.join(data, "dbus-1", "services")
        os.makedirs(services)
        with open(os.path.join(services, f"{BUS_NAME}.service"), "w") as service:
            service.write(f"[D-BUS Service]\nName={BUS_NAME}\nExec={binary} --gapplication-service\n")
        # This bus is ours alone: an accessibility bus started on it would
        # leave its address on the X server shared with other tests.
        env = dict(os.environ, SC_INSIDE_BUS="1", GTK_A11Y="none", NO_AT_BRIDGE="1",
                   XDG_DATA_DIRS=data + ":" + os.environ.get("XDG_DATA_DIRS", "/usr/local/share:/usr/share"))
        try:
            done = subprocess.run(["dbus-run-session", "--", sys.executable, __file__], env=env)
        finally:
            shutil.rmtree(data, ignore_errors=True)
        sys.exit(done.returncode)

    for tool in ("gdbus", "xwininfo"):
        if shutil.which(tool) is None:
            print(f"1..0 # SKIP {tool} is not installed")
            sys.exit(77)

    run_checks()
    print(f"1..{len(results)}")
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()

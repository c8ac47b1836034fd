#!/usr/bin/env python3
# The Flatpak manifest, checked offline: it is JSON, names the app and the
# command this build makes, asks for exactly the permissions the app needs,
# builds this project with meson, and flatpak-builder reads it without an
# unknown property. Prints TAP.
#
# Usage: check-flatpak-manifest.py MANIFEST APP_ID EXECUTABLE SOURCE_DIR

import json
import os
import shutil
import subprocess
import sys

manifest_path, app_id, executable, source_dir = sys.argv[1:5]
count = 0
all_ok = True

# A window on Wayland or X11, with GPU rendering. No network, no files, no
# bus names: the table is in the binary, and Flatpak grants the app its own
# name on the session bus for the Shell search provider.
FINISH_ARGS = ["--share=ipc", "--socket=fallback-x11", "--socket=wayland", "--device=dri"]


def check(name, ok, detail=""):
    global count, all_ok
    count += 1
    all_ok &= bool(ok)
    print(f"{'ok' if ok else 'not ok'} {count} {name}{' # ' + str(detail) if detail and not ok else ''}", flush=True)
    return ok


try:
    with open(manifest_path, encoding="utf-8") as f:
        manifest = json.load(f)
except (OSError, ValueError) as error:
    check("the manifest parses as JSON", False, error)
    print(f"1..{count}")
    sys.exit(1)
check("the manifest parses as JSON", isinstance(manifest, dict), type(manifest).__name__)

check("its file is named after the app ID",
      os.path.basename(manifest_path) == f"{app_id}.json", os.path.basename(manifest_path))
check("id is the app ID of the build", manifest.get("id") == app_id, manifest.get("id"))
check("command is the executable the build installs",
      manifest.get("command") == os.path.basename(executable), manifest.get("command"))
check("runtime is GNOME 50",
      (manifest.get("runtime"), manifest.get("runtime-version")) == ("org.gnome.Platform", "50"),
      (manifest.get("runtime"), manifest.get("runtime-version")))
check("sdk is the GNOME SDK", manifest.get("sdk") == "org.gnome.Sdk", manifest.get("sdk"))
finish_args = manifest.get("finish-args", [])
check("finish-args are exactly " + " ".join(FINISH_ARGS),
      sorted(finish_args) == sorted(FINISH_ARGS) and len(finish_args) == len(set(finish_args)), finish_args)

modules = manifest.get("modules", [])
check("there is one module", len(modules) == 1, len(modules))
module = modules[0] if modules and isinstance(modules[0], dict) else {}
check("it builds with meson", module.get("buildsystem") == "meson", module.get("buildsystem"))
sources = module.get("sources", [])
source = sources[0] if len(sources) == 1 and isinstance(sources[0], dict) else {}
check("its one source is a dir", source.get("type") == "dir", sources)
path = os.path.join(os.path.dirname(os.path.abspath(manifest_path)), source.get("path", ""))
check("the dir is this project", os.path.samefile(path, source_dir) if os.path.exists(path) else False, path)

flatpak_builder = shutil.which("flatpak-builder")
if flatpak_builder is None:
    count += 1
    print(f"ok {count} # SKIP flatpak-builder is not installed")
else:
    done = subprocess.run([flatpak_builder, "--show-manifest", manifest_path], capture_output=True, text=True)
    check("flatpak-builder --show-manifest reads it", done.returncode == 0, done.stderr.strip())
    check("flatpak-builder finds no unknown property", "Unknown property" not in done.stderr, done.stderr.strip())
    try:
        shown = json.loads(done.stdout)
    except ValueError:
        shown = {}
    check("flatpak-builder sees the same finish-args", shown.get("finish-args") == finish_args,
          shown.get("finish-args"))

print(f"1..{count}")
sys.exit(0 if all_ok else 1)

#!/usr/bin/env python3
"""The floor check: fails when a source file includes a header of a library its own does not link.

    check-floors.py SOURCE_DIR FLOORS_JSON     check the tree (FLOORS_JSON: <build>/floors.json)
    check-floors.py --self-test                show on a made-up tree that an upward include fails

FLOORS_JSON, written by the top-level CMakeLists.txt, maps each library (floor) to its folder and
lists what every library links. A file belongs to the floor of the deepest folder (or file) that
holds it; an #include "x/y.h" of a file in another floor must name a floor its own reaches through
target_link_libraries. Includes of our top-level folders that belong to no floor are errors too, so
a new folder cannot slip past the check.
"""
import json
import os
import re
import sys
import tempfile

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
OWN_FOLDERS = ("core/", "net/", "render/", "app/")
SOURCE_SUFFIXES = (".h", ".hpp", ".cpp", ".cc")


def owner(path, folders):
    """The floor whose folder (or file) is the longest prefix of path, or None."""
    best, best_len = None, -1
    for target, folder in folders.items():
        if (path == folder or path.startswith(folder + "/")) and len(folder) > best_len:
            best, best_len = target, len(folder)
    return best


def reachable(links, target):
    seen, todo = set(), [target]
    while todo:
        t = todo.pop()
        for dep in links.get(t, []):
            if dep not in seen:
                seen.add(dep)
                todo.append(dep)
    return seen


def check(root, floors):
    folders, links = floors["folders"], floors["links"]
    problems = []
    for top in OWN_FOLDERS:
        for dirpath, _, files in os.walk(os.path.join(root, top)):
            for name in sorted(files):
                if not name.endswith(SOURCE_SUFFIXES):
                    continue
                path = os.path.relpath(os.path.join(dirpath, name), root).replace(os.sep, "/")
                mine = owner(path, folders)
                if mine is None:
                    problems.append(f"{path}: belongs to no library (add it to a floor)")
                    continue
                allowed = reachable(links, mine) | {mine}
                with open(os.path.join(root, path), encoding="utf-8") as f:
                    text = f.read()
                for included in INCLUDE.findall(text):
                    if not included.startswith(OWN_FOLDERS):
                        continue
                    theirs = owner(included, folders)
                    if theirs is None:
                        problems.append(f"{path}: includes {included}, which belongs to no library")
                    elif theirs not in allowed:
                        problems.append(f"{path} ({mine}) includes {included} ({theirs}), "
                                        f"a library {mine} does not link")
    return problems


def self_test():
    with tempfile.TemporaryDirectory() as root:
        files = {
            "core/low/Low.h": '#pragma once\n#include "core/high/High.h"\n',  # upward: must fail
            "core/high/High.h": '#pragma once\n#include "core/low/Low.h"\n',  # downward: fine
            "core/high/High.cpp": '#include "core/high/High.h"\n',
        }
        for path, text in files.items():
            os.makedirs(os.path.join(root, os.path.dirname(path)), exist_ok=True)
            with open(os.path.join(root, path), "w", encoding="utf-8") as f:
                f.write(text)
        floors = {"folders": {"low": "core/low", "high": "core/high"},
                  "links": {"low": [], "high": ["low"]}}
        problems = check(root, floors)
        expected = ["core/low/Low.h (low) includes core/high/High.h (high), "
                    "a library low does not link"]
        if problems != expected:
            print("self-test failed; got:", *problems, sep="\n  ")
            return 1
        print("self-test passed: the upward include was found, the downward ones allowed")
        return 0


def main(argv):
    if argv[1:] == ["--self-test"]:
        return self_test()
    if len(argv) != 3:
        print(__doc__)
        return 2
    with open(argv[2], encoding="utf-8") as f:
        floors = json.load(f)
    problems = check(argv[1], floors)
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} include(s) reach across the floors (see ARCHITECTURE.md)")
        return 1
    print(f"floors respected: {len(floors['folders'])} libraries")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

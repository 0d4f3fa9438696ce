#!/usr/bin/env python3
"""pellucid-cli render --gsps against DCMTK's dcmp2pgm, pixel for pixel (8-bit), case by case.

Usage: pstate_exactness.py PELLUCID_CLI WORKDIR [CASE...]
The cases (tests/tools/pstate_cases.py) cover VOI windows, VOI LUT tables, no VOI, the state's own
Modality LUT or none, IDENTITY/INVERSE/table Presentation LUTs on MONOCHROME1 and MONOCHROME2,
rotations, flips, each shutter and a bitmap shutter, and bad input. dcmp2pgm paints no
geometric shutter (DVPresentationState leaves them to the application): for those cases the
pixels the shutter hides must hold the shutter value and every other pixel must equal
dcmp2pgm's. Prints one line per case and exits 1 if any differs.
"""
import json
import os
import struct
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pngread  # noqa: E402
import pstate_cases  # noqa: E402


def read_pgm(path):
    with open(path, "rb") as f:
        data = f.read()
    parts = data.split(maxsplit=4)
    assert parts[0] == b"P5", path
    width, height, top = int(parts[1]), int(parts[2]), int(parts[3])
    assert top == 255
    pixels = parts[4][: width * height]
    return width, height, list(pixels)


def read_png(path):
    """(width, height, pixels): grey values, or (r, g, b) tuples for RGB."""
    width, height, channels, data = pngread.decode(path)
    if channels == 1:
        return width, height, data
    return width, height, list(zip(data[0::3], data[1::3], data[2::3]))


def main():
    cli, work = sys.argv[1], sys.argv[2]
    only = set(sys.argv[3:])
    failures = 0
    for name, image, state, expectation in pstate_cases.cases(os.path.join(work, "cases")) + \
            written_cases(cli, work):
        if only and name not in only:
            continue
        pgm = os.path.join(work, name + ".pgm")
        png = os.path.join(work, name + ".png")
        oracle = subprocess.run(["dcmp2pgm", "-p", state, image, pgm], capture_output=True,
                                text=True, timeout=60)
        ours = subprocess.run([cli, "render", image, "--gsps", state, "--out", png, "--json"],
                              capture_output=True, text=True, timeout=60)
        if ours.returncode != 0:
            print("FAIL %-28s pellucid-cli exit %d: %s" % (name, ours.returncode, ours.stderr.strip()))
            failures += 1
            continue
        result = json.loads(ours.stdout)
        if expectation == "fallback" or name == "other-image":
            if not result.get("warnings"):
                print("FAIL %-28s no warning for a bad state" % name)
                failures += 1
                continue
        if expectation == "fallback":
            # dcmp2pgm refuses the lying table and shows nothing; we apply what is valid and say
            # what was not: the image must still show.
            w, h, got = read_png(png)
            if len(set(got)) < 8:
                print("FAIL %-28s the image does not show (%d grey levels)" % (name, len(set(got))))
                failures += 1
            else:
                print("ok   %-28s warned (%s), image shown" % (name, result["warnings"][0]))
            continue
        if expectation == "palette":
            twin = os.path.join(work, name + "-twin.pgm")
            subprocess.run(["dcmp2pgm", "-p", state.replace(".pr.dcm", "-twin.pr.dcm"), image, twin],
                           capture_output=True, timeout=60, check=True)
            tw, th, grey = read_pgm(twin)
            w, h, got = read_png(png)
            import pydicom
            ps = pydicom.dcmread(state)
            channels = [list(struct.unpack("<%dH" % (len(ps[t].value) // 2), ps[t].value))
                        for t in (0x00281201, 0x00281202, 0x00281203)]
            n = len(channels[0])
            expected = [tuple(c[v * (n - 1) // 255] >> 8 for c in channels) for v in grey]
            differing = sum(1 for a, b in zip(got, expected) if a != b)
            if (w, h) != (tw, th) or differing:
                print("FAIL %-28s %d pixels differ from the palette of dcmp2pgm's grey" % (name, differing))
                failures += 1
            else:
                print("ok   %-28s %dx%d RGB, the palette of dcmp2pgm's grey, equal" % (name, w, h))
            continue
        if oracle.returncode != 0:
            print("FAIL %-28s dcmp2pgm exit %d: %s" % (name, oracle.returncode, oracle.stderr.strip()))
            failures += 1
            continue
        ow, oh, expected = read_pgm(pgm)
        w, h, got = read_png(png)
        if (w, h) != (ow, oh):
            print("FAIL %-28s size %dx%d, dcmp2pgm %dx%d" % (name, w, h, ow, oh))
            failures += 1
            continue
        differing = [i for i in range(w * h) if got[i] != expected[i]]
        if expectation == "shutter":
            # The hidden pixels hold the shutter value; dcmp2pgm shows the image there.
            values = {got[i] for i in differing}
            shutter_value = {"shutter-rect": 0, "shutter-circle": 255, "shutter-polygon": 128,
                             "shutter-combined-rotated": 64}.get(name, 0)
            hidden = sum(1 for v in got if v == shutter_value)
            if values - {shutter_value} or hidden < w * h // 20:
                print("FAIL %-28s %d pixels differ, values %s" % (name, len(differing),
                                                                  sorted(values)[:8]))
                failures += 1
                continue
            print("ok   %-28s %dx%d, %d pixels shuttered, the rest equal" % (name, w, h,
                                                                           len(differing)))
            continue
        if expectation.startswith("overlay:"):
            _, value, count = expectation.split(":")
            value, count = int(value), int(count)
            shown = sum(1 for v in got if v == value) - sum(1 for v in expected if v == value)
            if {got[i] for i in differing} - {value} or len(differing) > count or shown <= 0:
                print("FAIL %-28s %d pixels differ, not all in the overlay's value %d" % (
                    name, len(differing), value))
                failures += 1
            else:
                print("ok   %-28s %dx%d, %d overlay pixels in %d, the rest equal" % (
                    name, w, h, len(differing), value))
            continue
        if differing:
            i = differing[0]
            print("FAIL %-28s %d of %d pixels differ; first at (%d,%d): ours %d, dcmp2pgm %d"
                  % (name, len(differing), w * h, i % w, i // w, got[i], expected[i]))
            failures += 1
            continue
        print("ok   %-28s %dx%d, %d distinct grey levels, equal" % (name, w, h, len(set(got))))
    failures += cache_checks(cli, work)
    failures += displayed_area_checks(cli, work)
    failures += listing_checks(cli, work)
    failures += mask_subtraction_checks(cli, work)
    sys.exit(1 if failures else 0)


def written_cases(cli, work):
    """States that `pellucid-cli gsps` writes: dcmp2pgm must show them as we do."""
    folder = os.path.join(work, "written")
    os.makedirs(folder, exist_ok=True)
    image = os.path.join(folder, "ct.dcm")
    pstate_cases.image(image, "ct")
    out = []
    for name, options, expectation in (
            ("written-window-rotate-flip", ["--wl", "40,400", "--rotate", "90", "--flip"], "exact"),
            ("written-rotate-270", ["--wl", "300,1500", "--rotate", "270"], "exact"),
            ("written-annotated", ["--wl", "40,400", "--text", "10,10,Läsion 病変",
                                   "--line", "5,5,40,30", "--label", "Reader 1"], "exact"),
            ("written-shutter-rect", ["--wl", "40,400", "--shutter-rect", "10,5,50,40"],
             "shutter"),
            ("written-shutter-circle", ["--shutter-circle", "32,24,20"], "shutter")):
        state = os.path.join(folder, name + ".dcm")
        made = subprocess.run([cli, "gsps", image, "--out", state] + options, capture_output=True,
                              text=True, timeout=60)
        if made.returncode != 0:
            raise SystemExit("pellucid-cli gsps %s failed: %s" % (name, made.stderr))
        out.append((name, image, state, expectation))
    return out


def mask_subtraction_checks(cli, work):
    """An XA contrast frame minus its mask (PS3.4 N.2.1.1): the background cancels to one grey,
    the vessel keeps its +300; --no-subtraction shows the frame as stored."""
    xa = os.path.join(work, "xa.dcm")
    subprocess.run(["/usr/bin/python3", os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                     "pstate_cases.py"), "xa", xa], check=True)
    out = {}
    for name, extra in (("sub", ["--wl", "150,400"]),
                        ("stored", ["--wl", "2000,3000", "--no-subtraction"])):
        png = os.path.join(work, "xa-%s.png" % name)
        subprocess.run([cli, "render", xa, "--frame", "3", "--out", png] + extra,
                       check=True, capture_output=True, timeout=60)
        out[name] = read_png(png)
    w, h, sub = out["sub"]
    _, _, stored = out["stored"]
    vessel = [sub[y * w + x] for y in range(20, 24) for x in range(8, 56)]
    background = [sub[y * w + x] for y in range(h) for x in range(w) if not (20 <= y < 24 and 8 <= x < 56)]
    # Window 150/400: 0 -> 255 * (0 - (150 - 0.5)) / 399 + 0.5 ... as voiLinear; 300 -> brighter.
    expected_background = int(((0 - 149.5) / 399 + 0.5) * 255)
    expected_vessel = int(((300 - 149.5) / 399 + 0.5) * 255)
    if set(background) != {expected_background} or set(vessel) != {expected_vessel} or \
            len(set(stored)) < 20:
        print("FAIL mask subtraction: background %s (expected %d), vessel %s (expected %d), "
              "stored frame %d grey levels" % (sorted(set(background))[:5], expected_background,
                                               sorted(set(vessel))[:5], expected_vessel,
                                               len(set(stored))))
        return 1
    print("ok   mask subtraction: background %d, vessel %d after AVG_SUB; %d levels without" % (
        expected_background, expected_vessel, len(set(stored))))
    return 0


def listing_checks(cli, work):
    """Our reader's layers, graphics, texts and areas (pellucid-cli pstate --show) against what
    DCMTK's dcmp2pgm -v lists for the same state."""
    folder = os.path.join(work, "listing")
    pstate_cases.viewer_study(folder)
    state, image = os.path.join(folder, "annotated.pr.dcm"), os.path.join(folder, "ct1.dcm")
    shown = json.loads(subprocess.run([cli, "pstate", "--show", state], capture_output=True,
                                      text=True, timeout=60, check=True).stdout)
    listing = subprocess.run(["dcmp2pgm", "-v", "-p", state, image], capture_output=True,
                             text=True, timeout=60)
    text = listing.stdout + listing.stderr
    expected = ["Rotation: %d degrees" % shown["rotation"], "Flip: %s" % ("yes" if shown["flip"] else "no")]
    for area in shown["displayedAreas"]:
        expected.append("TLHC=%d\\%d BRHC=%d\\%d" % tuple(area["topLeft"] + area["bottomRight"]))
        expected.append("presentation size mode: " + area["sizeMode"])
    for layer in shown["layers"]:
        expected.append("Graphic Layer #%d [%s]" % (shown["layers"].index(layer) + 1, layer["name"]))
        expected.append("Number of graphic objects: %d" % len(layer["graphics"]))
        expected.append("Number of text objects: %d" % len(layer["texts"]))
        for g in layer["graphics"]:
            expected.append("points=%d type=%s filled=%s units=%s" % (
                len(g["points"]), g["type"].lower(), "yes" if g["filled"] else "no", g["units"].lower()))
            expected.append("coordinates: " + "".join("%g\\%g, " % tuple(p) for p in g["points"]).rstrip())
        for t in layer["texts"]:
            expected.append('"%s"' % t["text"])
            if "anchor" in t:
                expected.append("anchor point: %g\\%g" % tuple(t["anchor"]))
            if "box" in t:
                expected.append("bounding box: TLHC=%g\\%g BRHC=%g\\%g" % tuple(t["box"]))
    missing = [e for e in expected if e not in text]
    if missing or len(expected) < 20:
        print("FAIL listing: dcmp2pgm -v lacks what we read: %s" % missing[:3])
        return 1
    print("ok   listing: %d facts we read (layers, %d graphics, texts, area, rotation) as dcmp2pgm -v lists them"
          % (len(expected), sum(len(l["graphics"]) for l in shown["layers"])))
    return 0


def displayed_area_checks(cli, work):
    """--displayed-area crops the rotated render to the state's area and magnifies it; dcmp2pgm -v
    lists the same area and size mode."""
    folder = os.path.join(work, "area")
    os.makedirs(folder, exist_ok=True)
    image = os.path.join(folder, "ct.dcm")
    img = pstate_cases.image(image, "ct")
    failures = 0
    for name, rotation, flip, area in (
            ("area-magnify", 0, False, ((10, 5), (40, 30), "MAGNIFY", 2.0)),
            ("area-rotated", 90, True, ((10, 5), (40, 30), "MAGNIFY", 3.0)),
            ("area-beyond", 0, False, ((-9, -4), (70, 50), "SCALE TO FIT", None))):
        state = os.path.join(folder, name + ".dcm")
        pstate_cases.state(img, state, rescale=(1, -1024), window=(40, 400), rotation=rotation,
                           flip=flip, area=area)
        full, cropped = os.path.join(work, name + "-full.png"), os.path.join(work, name + ".png")
        for out, extra in ((full, []), (cropped, ["--displayed-area"])):
            r = subprocess.run([cli, "render", image, "--gsps", state, "--out", out] + extra,
                               capture_output=True, text=True, timeout=60)
            if r.returncode:
                print("FAIL %-28s %s" % (name, r.stderr))
                return failures + 1
        fw, fh, f = read_png(full)
        w, h, got = read_png(cropped)
        (c0, r0), (c1, r1), mode, magnification = area
        scale = magnification or 1
        # The corners in the rotated, flipped image, as the state's spatial transformation puts them.
        def place(c, r):
            x, y = c - 1, r - 1
            if rotation == 90:
                x, y = img.Rows - 1 - y, x
            if flip:
                x = fw - 1 - x
            return x, y
        (ax, ay), (bx, by) = place(c0, r0), place(c1, r1)
        left, right, top, bottom = min(ax, bx), max(ax, bx), min(ay, by), max(ay, by)
        ew, eh = round((right - left + 1) * scale), round((bottom - top + 1) * scale)
        expected = []
        for y in range(eh):
            for x in range(ew):
                sx, sy = left + int(x // scale), top + int(y // scale)
                expected.append(f[sy * fw + sx] if 0 <= sx < fw and 0 <= sy < fh else 0)
        listing = subprocess.run(["dcmp2pgm", "-v", "-p", state, image], capture_output=True,
                                 text=True, timeout=60)
        listed = "TLHC=%d\\%d BRHC=%d\\%d" % (c0, r0, c1, r1)
        mode_listed = ("presentation size mode: " + mode) if mode != "MAGNIFY" else \
            "presentation size mode: MAGNIFY factor=%g" % magnification
        text = listing.stdout + listing.stderr
        if (w, h) != (ew, eh) or got != expected:
            print("FAIL %-28s %dx%d, expected %dx%d, %d pixels differ" % (
                name, w, h, ew, eh, sum(1 for a, b in zip(got, expected) if a != b)))
            failures += 1
        elif listed not in text or mode_listed not in text:
            print("FAIL %-28s dcmp2pgm -v does not list %s / %s:\n%s" % (name, listed, mode_listed, text))
            failures += 1
        else:
            print("ok   %-28s %dx%d: the area of the %dx%d render, as dcmp2pgm -v lists it" % (
                name, w, h, fw, fh))
    return failures


def cache_checks(cli, work):
    """In a cache: `pstate` lists the states of an image newest first, `render` without --gsps
    applies the newest, `--gsps none` none, and `--gsps UID` the one named."""
    folder = os.path.join(work, "cache-case")
    cache = os.path.join(work, "cache")
    os.makedirs(folder, exist_ok=True)
    img = pstate_cases.image(os.path.join(folder, "ct.dcm"), "ct")
    older = pstate_cases.state(img, os.path.join(folder, "older.dcm"), rescale=(1, -1024),
                               window=(40, 400), label="OLDER", date="20260101")
    pstate_cases.state(img, os.path.join(folder, "newer.dcm"), rescale=(1, -1024),
                       window=(500, 1000), rotation=90, label="NEWER",
                       description="Rotated for the surgeon", date="20261201")
    pstate_cases.state(img, os.path.join(folder, "other.dcm"), rescale=(1, -1024),
                       window=(0, 100), label="ELSEWHERE", date="20261231",
                       references=pstate_cases.generate_uid())
    run = lambda *args: subprocess.run([cli, "--cache", cache] + list(args), capture_output=True,
                                       text=True, timeout=60)
    imported = run("import", folder, "--json")
    failures = 0
    if imported.returncode != 0 or json.loads(imported.stdout)["imported"] != 4:
        print("FAIL cache: import %s" % imported.stdout)
        return 1
    listed = json.loads(run("pstate", img.SOPInstanceUID, "--json").stdout)["states"]
    labels = [s["label"] for s in listed]
    if labels != ["NEWER", "OLDER"]:
        print("FAIL cache: pstate lists %s, expected NEWER, OLDER (not ELSEWHERE)" % labels)
        failures += 1
    else:
        print("ok   cache: pstate lists NEWER then OLDER, not the state of another image")
    outputs = {}
    for name, extra in (("default", []), ("none", ["--gsps", "none"]),
                        ("older", ["--gsps", older.SOPInstanceUID]),
                        ("newer", ["--gsps", os.path.join(folder, "newer.dcm")])):
        png = os.path.join(work, "cache-%s.png" % name)
        result = run("render", img.SOPInstanceUID, "--out", png, *extra)
        if result.returncode != 0:
            print("FAIL cache: render %s: %s" % (name, result.stderr))
            return failures + 1
        outputs[name] = read_png(png)
    if outputs["default"] != outputs["newer"] or outputs["default"] == outputs["older"]:
        print("FAIL cache: render without --gsps does not apply the newest state")
        failures += 1
    elif outputs["none"][:2] != (64, 48) or outputs["newer"][:2] != (48, 64):
        print("FAIL cache: --gsps none still rotates, or the newest state does not")
        failures += 1
    else:
        print("ok   cache: render applies the newest state by default, none with --gsps none")
    return failures


if __name__ == "__main__":
    main()

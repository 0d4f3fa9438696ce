#!/usr/bin/env python3
"""pellucid-cli render --gsps with a Blending Softcopy Presentation State (PS3.4 N.2.4), checked
against the blending formula computed here from the CT's own grey render, the PET's values, the
state's window and palette: PET on CT (tests/tools/blending_cases.py writes the study).

Usage: blending_check.py PELLUCID_CLI WORKDIR
Prints one line per check and exits 1 if any fails.
"""
import json
import os
import shutil
import subprocess
import sys

import numpy as np
import pydicom

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pngread  # noqa: E402
import blending_cases as bc  # noqa: E402

FAILED = []


def check(name, ok, detail=""):
    print(("ok   " if ok else "FAIL ") + name + (": " + detail if detail else ""))
    if not ok:
        FAILED.append(name)


def read_png(path):
    width, height, channels, data = pngread.decode(path)
    out = np.array(data, np.uint8).reshape(height, width * channels)
    return out.reshape(height, width, channels) if channels == 3 else out


def cli(exe, *args, cache=None):
    command = [exe] + (["--cache", cache] if cache else []) + list(args) + ["--json"]
    run = subprocess.run(command, capture_output=True, text=True)
    try:
        document = json.loads(run.stdout) if run.stdout.strip() else {}
    except json.JSONDecodeError:
        document = {}
    return run.returncode, document, run.stderr


def voi_linear(x, center, width, ymin, ymax):
    """PS3.3 C.11.2.1.2.1."""
    low, high = center - 0.5 - (width - 1) / 2, center - 0.5 + (width - 1) / 2
    y = ((x - (center - 0.5)) / (width - 1) + 0.5) * (ymax - ymin) + ymin
    return np.where(x <= low, ymin, np.where(x > high, ymax, y))


def pet_at(study, z):
    """The PET modality value at every CT pixel center of the slice at z (nan outside the PET):
    nearest PET slice along z within half the slice distance, bilinear in plane."""
    index = int(np.argmin([abs(p - z) for p in bc.PET_Z]))
    if abs(bc.PET_Z[index] - z) > 2.0 + 1e-6:
        return np.full((bc.CT_SIZE, bc.CT_SIZE), np.nan)
    pet = pydicom.dcmread(study["pet_files"][index])
    values = pet.pixel_array.astype(np.float64) * float(pet.RescaleSlope) + float(
        pet.RescaleIntercept)
    c = np.arange(bc.CT_SIZE)
    x = bc.CT_ORIGIN + bc.CT_SPACING * c
    u = np.broadcast_to(((x - bc.PET_ORIGIN) / bc.PET_SPACING)[None, :], (bc.CT_SIZE, bc.CT_SIZE))
    v = np.broadcast_to(((x - bc.PET_ORIGIN) / bc.PET_SPACING)[:, None], (bc.CT_SIZE, bc.CT_SIZE))
    inside = (u >= -0.5) & (v >= -0.5) & (u < bc.PET_SIZE - 0.5) & (v < bc.PET_SIZE - 0.5)
    fu, fv = np.floor(u), np.floor(v)
    wu, wv = u - fu, v - fv

    def at(cu, cv):
        return values[np.clip(cv, 0, bc.PET_SIZE - 1).astype(int),
                      np.clip(cu, 0, bc.PET_SIZE - 1).astype(int)]

    sampled = (1 - wv) * ((1 - wu) * at(fu, fv) + wu * at(fu + 1, fv)) + wv * (
        (1 - wu) * at(fu, fv + 1) + wu * at(fu + 1, fv + 1))
    return np.where(inside, sampled, np.nan)


def expected_blend(grey, pet, opacity):
    """PS3.4 N.2.4.3: (1 - opacity) * grey + opacity * palette color, grey where no PET."""
    palette = bc.hot_iron()
    entry = np.clip(np.floor(voi_linear(np.nan_to_num(pet), *bc.PET_WINDOW, 0, 255) + 0.5), 0,
                    255).astype(int)
    out = np.zeros(grey.shape + (3,), np.int64)
    for k in range(3):
        color = palette[k][entry].astype(np.float64) / 65535 * 255
        mixed = np.floor((1 - opacity) * grey + opacity * color + 0.5)
        out[..., k] = np.where(np.isnan(pet), grey, mixed)
    return out


def main():
    exe, work = sys.argv[1], sys.argv[2]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    study = bc.study(os.path.join(work, "study"))
    states = os.path.join(work, "study", "states")
    pet_dir, empty_dir = os.path.join(work, "study", "pet"), os.path.join(work, "study", "empty")

    def render(ct_index, state, out, *extra, cache=None, image=None):
        return cli(exe, "render", image or study["ct_files"][ct_index], "--gsps", state,
                   "--out", os.path.join(work, out), *extra, cache=cache)

    def grey_alone(ct_index):
        out = os.path.join(work, f"grey{ct_index}.png")
        code, _, err = cli(exe, "render", study["ct_files"][ct_index], "--gsps", "none", "--wl",
                           "%g,%g" % bc.CT_WINDOW, "--out", out)
        assert code == 0, err
        return read_png(out).astype(np.int64)

    # The slice through the lesion (z = 6 mm, a PET slice lies there), opacity 0.5.
    lesion_slice, z = 3, bc.CT_Z[3]
    code, doc, err = render(lesion_slice, os.path.join(states, "blend50.dcm"), "blend50.png",
                            "--superimposed", pet_dir)
    check("renders with the Blending state", code == 0 and doc.get("width") == bc.CT_SIZE,
          err.strip())
    blended = read_png(os.path.join(work, "blend50.png")).astype(np.int64)
    check("the blended render is RGB at the CT's resolution",
          blended.shape == (bc.CT_SIZE, bc.CT_SIZE, 3), str(blended.shape))
    grey = grey_alone(lesion_slice)
    pet = pet_at(study, z)

    # The lesion: the CT pixel nearest (30, -20) mm.
    lc, lr = int((bc.LESION[0] - bc.CT_ORIGIN) // bc.CT_SPACING), int(
        (bc.LESION[1] - bc.CT_ORIGIN) // bc.CT_SPACING)
    r, g, b = blended[lr, lc]
    check("the lesion is hot: red > green > blue, red high", r > g > b and r >= 200,
          f"RGB {r},{g},{b} at column {lc} row {lr}")

    outside = np.isnan(pet)
    check("the CT's edge columns lie outside the PET field, its center inside",
          outside[:, :16].all() and outside[:, 112:].all() and not outside[16:112, 16:112].any())
    same = (blended[outside] == grey[outside][:, None]).all()
    check("outside the PET field the pixels are the CT's grey (R = G = B = render --gsps none "
          "with the same window)", bool(same), f"{int(outside.sum())} pixels")

    body = (64, 40)  # row, column: body uptake, no lesion
    for name, opacity, file, state in (("0.5", 0.5, "blend50.png", "blend50.dcm"),
                                        ("0.25", 0.25, "blend25.png", "blend25.dcm")):
        if opacity != 0.5:
            code, _, err = render(lesion_slice, os.path.join(states, state), file,
                                  "--superimposed", pet_dir)
            check(f"renders with opacity {name}", code == 0, err.strip())
        image = read_png(os.path.join(work, file)).astype(np.int64)
        expected = expected_blend(grey, pet, opacity)
        for what, (row, column) in (("lesion", (lr, lc)), ("body", body)):
            check(f"opacity {name}, {what} pixel = (1 - a) * CT grey + a * palette(VOI(PET))",
                  np.abs(image[row, column] - expected[row, column]).max() <= 1,
                  f"got {list(image[row, column])}, expected {list(expected[row, column])} "
                  f"from grey {grey[row, column]}, PET {pet[row, column]:.1f}")
        difference = np.abs(image - expected).max()
        check(f"opacity {name}: every pixel within 1 of the formula", difference <= 1,
              f"largest difference {difference}")
    blend25 = read_png(os.path.join(work, "blend25.png")).astype(np.int64)
    check("a lower opacity moves the lesion towards the CT grey",
          abs(blend25[lr, lc, 2] - grey[lr, lc]) < abs(blended[lr, lc, 2] - grey[lr, lc]))

    # The state's Spatial Transformation after blending (PS3.3 C.10.6): 90 degrees clockwise.
    code, _, err = render(lesion_slice, os.path.join(states, "rotated.dcm"), "rotated.png",
                          "--superimposed", pet_dir)
    rotated = read_png(os.path.join(work, "rotated.png")).astype(np.int64)
    check("Image Rotation 90 turns the blended image clockwise",
          code == 0 and (rotated == np.rot90(blended, -1)).all(), err.strip())

    # A CT slice beyond the PET's last slice (z = 14 mm, the PET ends at 10 + 2 mm).
    code, _, err = render(7, os.path.join(states, "blend50.dcm"), "beyond.png", "--superimposed",
                          pet_dir)
    beyond = read_png(os.path.join(work, "beyond.png")).astype(np.int64)
    check("a CT slice beyond the PET's slices is the CT's grey",
          code == 0 and (beyond == grey_alone(7)[..., None]).all())

    # The superimposed series missing: the CT alone, with a warning.
    code, doc, err = render(lesion_slice, os.path.join(states, "blend50.dcm"), "missing.png",
                            "--superimposed", empty_dir)
    missing = read_png(os.path.join(work, "missing.png")).astype(np.int64)
    warned = any("not available" in w for w in doc.get("warnings", []))
    check("superimposed series missing: exit 0, the CT's grey, a warning",
          code == 0 and missing.shape == grey.shape and (missing == grey).all() and warned,
          "; ".join(doc.get("warnings", [])))

    # A palette whose descriptor lies: left out with a problem, the PET shown in grey.
    code, doc, err = render(lesion_slice, os.path.join(states, "broken.dcm"), "broken.png",
                            "--superimposed", pet_dir)
    broken = read_png(os.path.join(work, "broken.png")).astype(np.int64)
    check("a broken palette is reported and the PET blends in grey",
          code == 0 and any("palette" in w for w in doc.get("warnings", []))
          and (broken[..., 0] == broken[..., 2]).all()
          and (broken[lr, lc, 0] != grey[lr, lc]), "; ".join(doc.get("warnings", [])))

    # A Relative Opacity outside 0..1: reported, 0.5 used.
    code, doc, err = render(lesion_slice, os.path.join(states, "bad-opacity.dcm"),
                            "bad-opacity.png", "--superimposed", pet_dir)
    bad = read_png(os.path.join(work, "bad-opacity.png")).astype(np.int64)
    check("a Relative Opacity of 1.5 is reported and 0.5 used",
          code == 0 and any("Relative Opacity" in w for w in doc.get("warnings", []))
          and (bad == blended).all(), "; ".join(doc.get("warnings", [])))

    # Through the cache: the superimposed series found by its Series Instance UID.
    cache = os.path.join(work, "cache")
    code, _, err = cli(exe, "import", os.path.join(work, "study", "ct"), pet_dir, states,
                       cache=cache)
    check("imports the study", code == 0, err.strip())
    ct_uid = study["ct"][lesion_slice].SOPInstanceUID
    code, doc, err = render(0, study["state"].SOPInstanceUID, "cached.png", cache=cache,
                            image=ct_uid)
    cached = read_png(os.path.join(work, "cached.png")) if code == 0 else None
    check("by UIDs from the cache: the same pixels as from files",
          cached is not None and (cached.astype(np.int64) == blended).all(), err.strip())
    code, doc, err = render(0, study["state_missing"].SOPInstanceUID, "cached-missing.png",
                            cache=cache, image=ct_uid)
    ok = code == 0 and (read_png(os.path.join(work, "cached-missing.png")) == grey).all()
    check("from the cache, a state whose superimposed series is not there: the CT, warned",
          ok and any("not available" in w for w in doc.get("warnings", [])))

    print("%d check(s) failed" % len(FAILED) if FAILED else "all checks passed")
    return 1 if FAILED else 0


if __name__ == "__main__":
    sys.exit(main())

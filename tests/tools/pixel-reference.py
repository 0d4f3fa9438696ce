#!/usr/bin/python3
"""Reference pixel values for Pellucid's decoder tests, computed by pydicom (numpy and RLE
handlers only: compressed JPEG/JPEG-LS/J2K files are first decompressed by DCMTK or GDCM tools
by the caller).

  pixel-reference.py reference IN.dcm OUT.raw   all frames in Pellucid's FrameLayout convention:
        samples interleaved by pixel, host (little endian) order, right-aligned, sign-extended,
        color as RGB (YBR_FULL and YBR_FULL_422 converted, PALETTE COLOR looked up), 1-bit as
        0/1 bytes. Prints a JSON line: rows, columns, samples, bits, signed, frames.
  pixel-reference.py htj2k IN.dcm OUT.dcm reversible|irreversible
        re-encodes an unsigned native file as High-Throughput JPEG 2000 with ojph_compress.
  pixel-reference.py samples OUTDIR            writes synthetic native files for what pydicom's
        data lacks (palette with plain and segmented tables, MONOCHROME1, 1-bit multi-frame,
        signed 8-bit, 32-bit, High Bit above Bits Stored - 1, planar RGB, YBR_FULL, overlays).
"""
import json
import os
import sys

import numpy as np
import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.pixel_data_handlers.util import apply_color_lut, convert_color_space
from pydicom.uid import ExplicitVRLittleEndian, generate_uid

SC = "1.2.840.10008.5.1.4.1.1.7"


def reference(path, out):
    ds = pydicom.dcmread(path)
    arr = ds.pixel_array
    frames = int(getattr(ds, "NumberOfFrames", 1) or 1)
    spp = int(ds.SamplesPerPixel)
    pi = str(ds.PhotometricInterpretation)
    bits = int(ds.BitsAllocated)
    signed = int(ds.PixelRepresentation) == 1
    if frames == 1:
        arr = arr[np.newaxis, ...]
    if pi == "PALETTE COLOR":
        arr = apply_color_lut(arr, ds)
        spp = 3
        bits = 16 if arr.dtype.itemsize == 2 else 8
        signed = False
    elif pi.startswith("YBR_FULL") and spp == 3:
        arr = convert_color_space(arr, "YBR_FULL", "RGB")
    if bits == 1:
        bits = 8
        arr = arr.astype(np.uint8)
    dtype = {8: np.int8 if signed else np.uint8, 16: np.int16 if signed else np.uint16,
             32: np.int32 if signed else np.uint32}[bits]
    arr = np.ascontiguousarray(arr.astype(dtype))
    with open(out, "wb") as f:
        f.write(arr.astype(arr.dtype.newbyteorder("<")).tobytes())
    print(json.dumps({"rows": int(ds.Rows), "columns": int(ds.Columns), "samples": spp,
                      "bits": bits, "signed": signed, "frames": frames}))


def base(sop_class=SC, **kw):
    ds = Dataset()
    ds.SOPClassUID = sop_class
    ds.SOPInstanceUID = generate_uid(entropy_srcs=[kw.get("name", "x")])
    ds.StudyInstanceUID = generate_uid(entropy_srcs=["study"])
    ds.SeriesInstanceUID = generate_uid(entropy_srcs=["series", kw.get("name", "x")])
    ds.PatientName = "PIXEL^SAMPLE"
    ds.PatientID = "PX001"
    ds.Modality = kw.get("modality", "OT")
    ds.StudyDate = "20240101"
    ds.StudyTime = "120000"
    ds.StudyID = "1"
    ds.AccessionNumber = ""
    ds.SeriesNumber = 1
    ds.InstanceNumber = 1
    ds.ConversionType = "WSD"
    fm = FileMetaDataset()
    fm.MediaStorageSOPClassUID = sop_class
    fm.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    fm.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.file_meta = fm
    ds.is_little_endian = True
    ds.is_implicit_VR = False
    return ds


def image(ds, arr, bits, stored, signed, pi, high=None, planar=None, frames=None):
    ds.SamplesPerPixel = 3 if pi in ("RGB", "YBR_FULL") else 1
    ds.PhotometricInterpretation = pi
    ds.Rows, ds.Columns = arr.shape[-3:-1] if ds.SamplesPerPixel == 3 else arr.shape[-2:]
    ds.BitsAllocated = bits
    ds.BitsStored = stored
    ds.HighBit = stored - 1 if high is None else high
    ds.PixelRepresentation = 1 if signed else 0
    if planar is not None:
        ds.PlanarConfiguration = planar
    if frames:
        ds.NumberOfFrames = frames


def write(ds, outdir, name, data, truth=None):
    """Saves NAME.dcm, and NAME.truth.raw: what a decoder must produce, in Pellucid's
    convention (for the cases where pydicom, which ignores High Bit and does not mask
    Bits Stored, is not a reference)."""
    ds.PixelData = data
    ds["PixelData"].VR = "OB" if ds.BitsAllocated <= 8 else "OW"
    path = os.path.join(outdir, name + ".dcm")
    ds.save_as(path, write_like_original=False)
    if truth is not None:
        with open(os.path.join(outdir, name + ".truth.raw"), "wb") as f:
            f.write(np.ascontiguousarray(truth).astype(truth.dtype.newbyteorder("<")).tobytes())


def samples(outdir):
    os.makedirs(outdir, exist_ok=True)
    rng = np.random.RandomState(7)
    y, x = np.mgrid[0:48, 0:64]

    # PALETTE COLOR, plain 16-bit tables, 8-bit indexes; first mapped value 16.
    ds = base(name="palette", modality="US")
    idx = ((x * 4 + y) % 256).astype(np.uint8)
    image(ds, idx, 8, 8, False, "PALETTE COLOR")
    ramp = np.arange(256)
    for c, tab in zip("Red Green Blue".split(), (ramp * 257, (255 - ramp) * 257, (ramp // 2) * 257)):
        setattr(ds, c + "PaletteColorLookupTableDescriptor", [240, 16, 16])
        el = c + "PaletteColorLookupTableData"
        setattr(ds, el, tab[:240].astype("<u2").tobytes())
        ds[el].VR = "OW"
    write(ds, outdir, "palette", idx.tobytes())

    # PALETTE COLOR with segmented tables (discrete + linear + indirect): 16-bit entries in
    # words, and 8-bit entries byte-packed.
    ds = base(name="palette-seg", modality="US")
    image(ds, idx, 8, 8, False, "PALETTE COLOR")
    segs = {  # 256 entries each (PS3.3 C.7.9.2)
        "Red": [0, 3, 0, 10, 20, 1, 253, 255],      # discrete 3, linear 253 up to 255
        "Green": [0, 1, 100, 1, 127, 254, 2, 2, 0, 0],  # discrete, linear, then both replayed
        "Blue": [0, 1, 255, 1, 255, 0],            # discrete, linear down to 0
    }
    for c, words in segs.items():
        setattr(ds, c + "PaletteColorLookupTableDescriptor", [256, 0, 16])
        el = "Segmented" + c + "PaletteColorLookupTableData"
        setattr(ds, el, np.array(words).astype("<u2").tobytes())
        ds[el].VR = "OW"
    write(ds, outdir, "palette_segmented16", idx.tobytes())
    ds = base(name="palette-seg8", modality="US")
    image(ds, idx, 8, 8, False, "PALETTE COLOR")
    for c, words in segs.items():
        setattr(ds, c + "PaletteColorLookupTableDescriptor", [256, 0, 8])
        el = "Segmented" + c + "PaletteColorLookupTableData"
        packed = np.array(words, np.uint8).tobytes()
        # an 8-bit indirect offset takes four bytes: widen the two-word offset of Green
        if c == "Green":
            packed = bytes([0, 1, 100, 1, 127, 254, 2, 2, 0, 0, 0, 0])
        setattr(ds, el, packed + (b"\0" if len(packed) % 2 else b""))
        ds[el].VR = "OW"
    write(ds, outdir, "palette_segmented8", idx.tobytes())

    # MONOCHROME1 16-bit, a window, and an overlay plane.
    ds = base(name="mono1", modality="CR")
    arr = ((x * 60 + y * 20) % 4096).astype(np.uint16)
    image(ds, arr, 16, 12, False, "MONOCHROME1")
    ds.WindowCenter, ds.WindowWidth = 2000, 4000
    ov = np.zeros((48, 64), np.uint8)
    ov[10:14, :] = 1
    ds.add_new(0x60000010, "US", 48)
    ds.add_new(0x60000011, "US", 64)
    ds.add_new(0x60000040, "CS", "G")
    ds.add_new(0x60000050, "SS", [1, 1])
    ds.add_new(0x60000100, "US", 1)
    ds.add_new(0x60000102, "US", 0)
    ds.add_new(0x60003000, "OW", np.packbits(ov.reshape(-1), bitorder="little").tobytes())
    write(ds, outdir, "monochrome1_overlay", arr.astype("<u2").tobytes())

    # 1-bit, three frames of 7 x 9 (63 bits: frames do not start on byte boundaries).
    ds = base(name="bits1")
    bits = (rng.rand(3, 7, 9) > 0.5).astype(np.uint8)
    image(ds, bits, 1, 1, False, "MONOCHROME2", frames=3)
    packed = np.packbits(bits.reshape(-1), bitorder="little").tobytes()
    write(ds, outdir, "onebit_3frames", packed + (b"\0" if len(packed) % 2 else b""))

    # Signed 8-bit.
    ds = base(name="s8")
    arr = (x - 32 + y).astype(np.int8)
    image(ds, arr, 8, 8, True, "MONOCHROME2")
    write(ds, outdir, "signed8", arr.tobytes())

    # Signed 32-bit, two frames.
    ds = base(name="s32")
    arr = np.stack([(x * 100000 - y * 7), (y * -90000 + x)]).astype(np.int32)
    image(ds, arr, 32, 32, True, "MONOCHROME2", frames=2)
    write(ds, outdir, "signed32_2frames", arr.astype("<i4").tobytes())

    # Bits Stored 12 at High Bit 15 (left-aligned, the low bits garbage) and signed 12-bit
    # with junk above the High Bit.
    ds = base(name="hb15")
    arr = (x * 50 + y).astype(np.uint16) & 0xFFF
    image(ds, arr, 16, 12, False, "MONOCHROME2", high=15)
    write(ds, outdir, "highbit15", ((arr << 4) | 0x5).astype("<u2").tobytes(), truth=arr)
    ds = base(name="s12")
    arr = (x * 40 - 1500 + y).astype(np.int16)
    image(ds, arr, 16, 12, True, "MONOCHROME2")
    junk = ((arr.astype(np.uint16) & 0xFFF) | 0xA000).astype("<u2")
    write(ds, outdir, "signed12_junk", junk.tobytes(), truth=arr)

    # RGB planar (R plane, G plane, B plane) and YBR_FULL interleaved.
    rgb = np.stack([(x * 4) % 256, (y * 5) % 256, ((x + y) * 3) % 256], axis=-1).astype(np.uint8)
    ds = base(name="planar")
    image(ds, rgb, 8, 8, False, "RGB", planar=1)
    write(ds, outdir, "rgb_planar", np.moveaxis(rgb, -1, 0).tobytes())
    ds = base(name="ybr")
    ybr = convert_color_space(rgb, "RGB", "YBR_FULL")
    image(ds, ybr, 8, 8, False, "YBR_FULL", planar=0)
    write(ds, outdir, "ybr_full", ybr.tobytes())


def patch_transfer_syntax(path, uid):
    """Rewrites the meta header's Transfer Syntax UID (pydicom 2.3 refuses HTJ2K UIDs)."""
    import struct
    b = open(path, "rb").read()
    pos, elems = 132, []
    while True:
        g, e = struct.unpack("<HH", b[pos:pos + 4])
        if g != 2:
            break
        vr = b[pos + 4:pos + 6]
        if vr in (b"OB", b"OW", b"UN", b"SQ", b"UT", b"UC", b"UR"):
            n, hdr = struct.unpack("<I", b[pos + 8:pos + 12])[0], 12
        else:
            n, hdr = struct.unpack("<H", b[pos + 6:pos + 8])[0], 8
        elems.append((g, e, vr, b[pos + hdr:pos + hdr + n]))
        pos += hdr + n
    out = b""
    for g, e, vr, val in elems:
        if (g, e) == (2, 0):
            continue
        if (g, e) == (2, 0x10):
            val = uid.encode() + (b"\0" if len(uid) % 2 else b"")
        if vr in (b"OB", b"OW", b"UN", b"SQ", b"UT", b"UC", b"UR"):
            out += struct.pack("<HH", g, e) + vr + b"\0\0" + struct.pack("<I", len(val)) + val
        else:
            out += struct.pack("<HH", g, e) + vr + struct.pack("<H", len(val)) + val
    head = struct.pack("<HH", 2, 0) + b"UL" + struct.pack("<HI", 4, len(out))
    open(path, "wb").write(b[:132] + head + out + b[pos:])


def htj2k(src, dst, reversible):
    """Re-encodes every frame of an unsigned native file with ojph_compress (HTJ2K)."""
    import subprocess
    import tempfile
    from pydicom.encaps import encapsulate
    ds = pydicom.dcmread(src)
    arr = ds.pixel_array
    frames = int(getattr(ds, "NumberOfFrames", 1) or 1)
    if frames == 1:
        arr = arr[np.newaxis, ...]
    spp = int(ds.SamplesPerPixel)
    maxval = (1 << int(ds.BitsStored)) - 1
    streams = []
    with tempfile.TemporaryDirectory() as tmp:
        for f in range(frames):
            img = arr[f]
            wide = maxval > 255
            raw = img.astype(">u2" if wide else "u1").tobytes()
            h, w = img.shape[:2]
            ext = "ppm" if spp == 3 else "pgm"
            name = os.path.join(tmp, "f%d.%s" % (f, ext))
            with open(name, "wb") as out:
                out.write(b"%s\n%d %d\n%d\n" % (b"P6" if spp == 3 else b"P5", w, h, maxval))
                out.write(raw)
            j2c = os.path.join(tmp, "f%d.j2c" % f)
            args = ["ojph_compress", "-i", name, "-o", j2c, "-reversible",
                    "true" if reversible else "false"]
            if not reversible:
                args += ["-qstep", "0.01"]
            subprocess.run(args, check=True, capture_output=True)
            streams.append(open(j2c, "rb").read())
    ds.PixelData = encapsulate(streams)
    ds["PixelData"].VR = "OB"
    ds.file_meta.TransferSyntaxUID = "1.2.840.10008.1.2.4.90"
    ds.is_implicit_VR = False
    ds.is_little_endian = True
    if spp == 3:
        ds.PlanarConfiguration = 0
    ds.save_as(dst, write_like_original=False)
    patch_transfer_syntax(dst, "1.2.840.10008.1.2.4.201" if reversible else
                          "1.2.840.10008.1.2.4.203")
    if not reversible:  # what the reference decoder makes of it: DST.truth.raw
        frames_out = []
        with tempfile.TemporaryDirectory() as tmp:
            for f, stream in enumerate(streams):
                j2c, img = os.path.join(tmp, "%d.j2c" % f), os.path.join(tmp, "%d.%s" % (
                    f, "ppm" if spp == 3 else "pgm"))
                open(j2c, "wb").write(stream)
                subprocess.run(["ojph_expand", "-i", j2c, "-o", img], check=True,
                               capture_output=True)
                data = open(img, "rb").read()
                # P5/P6 header: magic, width height, maxval, then one whitespace byte
                parts = data.split(maxsplit=4)
                maxv = int(parts[3])
                pixels = parts[4]
                arr_out = np.frombuffer(pixels, ">u2" if maxv > 255 else "u1")
                frames_out.append(arr_out.astype("<u2" if maxv > 255 else "u1"))
        open(os.path.splitext(dst)[0] + ".truth.raw", "wb").write(
            b"".join(a.tobytes() for a in frames_out))


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "reference":
        reference(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 3 and sys.argv[1] == "samples":
        samples(sys.argv[2])
    elif len(sys.argv) == 5 and sys.argv[1] == "htj2k":
        htj2k(sys.argv[2], sys.argv[3], sys.argv[4] == "reversible")
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(1)

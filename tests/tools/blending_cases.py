"""A synthetic PET/CT study and Blending Softcopy Presentation States (PS3.3 A.33.4) for tests.

No patient data: a CT series (8 slices of 128 x 128 at 2 mm, signed 16-bit HU through a rescale,
a body ellipse and a bright lesion) and a PET series over the same Frame of Reference on another
grid (3 slices of 48 x 48 at 4 mm, smaller than the CT's field, unsigned 16-bit through a rescale,
body uptake and a hot spot at the lesion), and Blending states over them (CT underlying, PET
superimposed through a hot-iron palette of 256 16-bit entries).

Run as a script: blending_cases.py OUTDIR writes one study and prints where.
"""
import os
import sys

import numpy as np
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.sequence import Sequence
from pydicom.uid import ExplicitVRLittleEndian, generate_uid

CT = "1.2.840.10008.5.1.4.1.1.2"
PET = "1.2.840.10008.5.1.4.1.1.128"
BLENDING = "1.2.840.10008.5.1.4.1.1.11.4"
ROOT = "1.2.826.0.1.3680043.10.1011.7."

CT_SIZE, CT_SPACING, CT_ORIGIN = 128, 2.0, -127.0
CT_Z = [2.0 * k for k in range(8)]
PET_SIZE, PET_SPACING, PET_ORIGIN = 48, 4.0, -94.0
PET_Z = [2.0, 6.0, 10.0]
PET_SLOPE = 0.5
LESION = (30.0, -20.0, 6.0)  # patient x, y, z (mm)
CT_WINDOW = (40.0, 400.0)
PET_WINDOW = (10000.0, 20000.0)


def hot_iron(entries=256):
    """Black through red and yellow to white, 16-bit entries."""
    x = np.arange(entries) / (entries - 1)
    red = np.clip(x / 0.4, 0, 1)
    green = np.clip((x - 0.4) / 0.4, 0, 1)
    blue = np.clip((x - 0.8) / 0.2, 0, 1)
    return [np.round(c * 65535).astype(np.uint16) for c in (red, green, blue)]


def ct_hu(z):
    """HU of one CT slice at height z: air, a body ellipse with a gentle gradient, the lesion."""
    c = np.arange(CT_SIZE)
    x = CT_ORIGIN + CT_SPACING * c[None, :]
    y = CT_ORIGIN + CT_SPACING * c[:, None]
    hu = np.full((CT_SIZE, CT_SIZE), -1000.0)
    body = (x / 100) ** 2 + (y / 70) ** 2 < 1
    hu = np.where(body, 40 + 0.3 * x, hu)
    lesion = (x - LESION[0]) ** 2 + (y - LESION[1]) ** 2 + (z - LESION[2]) ** 2 < 10**2
    return np.where(lesion, 200.0, hu).round()


def pet_value(z):
    """Modality values (Bq/ml) of one PET slice: body uptake with a gradient, the hot spot."""
    c = np.arange(PET_SIZE)
    x = PET_ORIGIN + PET_SPACING * c[None, :]
    y = PET_ORIGIN + PET_SPACING * c[:, None]
    body = (x / 100) ** 2 + (y / 70) ** 2 < 1
    value = np.where(body, 2000 + 5 * x, 0.0)
    r2 = (x - LESION[0]) ** 2 + (y - LESION[1]) ** 2 + (z - LESION[2]) ** 2
    value = value + 10000 * np.exp(-r2 / (2 * 8.0**2))
    stored = np.round(value / PET_SLOPE).astype(np.uint16)
    return stored


def srgb_icc_profile():
    """A small ICC v2 display profile of sRGB: its primaries (D50-adapted) and its tone curve as a
    parametric curve, so that the state carries the ICC Profile its IOD requires (PS3.3
    C.11.15) and a viewer that applies it shows the colours unchanged."""
    import struct

    def s15(v):
        return struct.pack(">i", int(round(v * 65536)))

    def xyz(x, y, z):
        return b"XYZ \0\0\0\0" + s15(x) + s15(y) + s15(z)

    text = b"Pellucid test sRGB"
    desc = (b"desc\0\0\0\0" + struct.pack(">I", len(text) + 1) + text + b"\0"
            + b"\0" * 8 + b"\0" * 3 + b"\0" * 67)
    # IEC 61966-2-1: Y = ((X + 0.055) / 1.055)^2.4 above 0.04045, X / 12.92 below.
    curve = (b"para\0\0\0\0" + struct.pack(">H", 3) + b"\0\0" + s15(2.4) + s15(1 / 1.055)
             + s15(0.055 / 1.055) + s15(1 / 12.92) + s15(0.04045))
    tags = [(b"desc", desc), (b"cprt", b"text\0\0\0\0No copyright, test data\0"),
            (b"wtpt", xyz(0.9642, 1.0, 0.8249)), (b"rXYZ", xyz(0.4361, 0.2225, 0.0139)),
            (b"gXYZ", xyz(0.3851, 0.7169, 0.0971)), (b"bXYZ", xyz(0.1431, 0.0606, 0.7141)),
            (b"rTRC", curve), (b"gTRC", curve), (b"bTRC", curve)]
    offset = 128 + 4 + 12 * len(tags)
    table, body = struct.pack(">I", len(tags)), b""
    for signature, data in tags:
        while len(data) % 4:
            data += b"\0"
        table += signature + struct.pack(">II", offset + len(body), len(data))
        body += data
    size = offset + len(body)
    header = (struct.pack(">I", size) + b"\0" * 4 + struct.pack(">I", 0x02100000) + b"mntrRGB XYZ "
              + struct.pack(">6H", 2026, 12, 2, 12, 0, 0) + b"acsp" + b"\0" * 24
              + struct.pack(">I", 0) + s15(0.9642) + s15(1.0) + s15(0.8249) + b"\0" * 48)
    assert len(header) == 128
    return header + table + body


def _common(ds, study):
    ds.SpecificCharacterSet = "ISO_IR 100"
    ds.StudyInstanceUID = study["uid"]
    ds.StudyDate, ds.StudyTime = "20261202", "120000"
    ds.AccessionNumber, ds.StudyID, ds.ReferringPhysicianName = "", "BLEND1", ""
    ds.PatientName, ds.PatientID = "Phantom^Blending", "PS-BLEND"
    ds.PatientBirthDate, ds.PatientSex = "", "O"
    ds.Manufacturer = "Pellucid tests"
    ds.FrameOfReferenceUID = study["frame"]
    ds.PositionReferenceIndicator = ""


def _save(ds, path):
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = ds.SOPClassUID
    meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.file_meta = meta
    ds.is_little_endian, ds.is_implicit_VR = True, False
    ds.save_as(path, write_like_original=False)


def _image(study, series, number, z, modality):
    ds = Dataset()
    _common(ds, study)
    ds.SOPClassUID = CT if modality == "CT" else PET
    ds.SOPInstanceUID = generate_uid(ROOT)
    ds.Modality = modality
    ds.SeriesInstanceUID, ds.SeriesNumber, ds.InstanceNumber = series, 1 if modality == "CT" else 2, number
    ds.ImageOrientationPatient = [1, 0, 0, 0, 1, 0]
    ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit = 16, 16, 15
    if modality == "CT":
        ds.ImagePositionPatient = [CT_ORIGIN, CT_ORIGIN, z]
        ds.PixelSpacing, ds.SliceThickness = [CT_SPACING, CT_SPACING], 2.0
        ds.Rows = ds.Columns = CT_SIZE
        ds.PixelRepresentation = 1
        ds.RescaleIntercept, ds.RescaleSlope, ds.RescaleType = -1024, 1, "HU"
        ds.WindowCenter, ds.WindowWidth = 40, 400
        ds.ImageType = ["ORIGINAL", "PRIMARY", "AXIAL"]
        ds.KVP = 120
        ds.PixelData = (ct_hu(z) + 1024).astype(np.int16).tobytes()
    else:
        ds.ImagePositionPatient = [PET_ORIGIN, PET_ORIGIN, z]
        ds.PixelSpacing, ds.SliceThickness = [PET_SPACING, PET_SPACING], 4.0
        ds.Rows = ds.Columns = PET_SIZE
        ds.PixelRepresentation = 0
        ds.RescaleIntercept, ds.RescaleSlope = 0, PET_SLOPE
        ds.Units = "BQML"
        ds.ImageType = ["ORIGINAL", "PRIMARY"]
        ds.PixelData = pet_value(z).tobytes()
    return ds


def _input(position, study, series_uid, images, sop_class, window, rescale):
    item = Dataset()
    item.BlendingPosition = position
    item.StudyInstanceUID = study["uid"]
    series = Dataset()
    series.SeriesInstanceUID = series_uid
    refs = []
    for img in images:
        ref = Dataset()
        ref.ReferencedSOPClassUID = sop_class
        ref.ReferencedSOPInstanceUID = img.SOPInstanceUID
        refs.append(ref)
    series.ReferencedImageSequence = Sequence(refs)
    item.ReferencedSeriesSequence = Sequence([series])
    item.RescaleIntercept, item.RescaleSlope = rescale[1], rescale[0]
    item.RescaleType = "HU" if position == "UNDERLYING" else "US"
    voi = Dataset()
    voi.WindowCenter, voi.WindowWidth = window
    item.SoftcopyVOILUTSequence = Sequence([voi])
    return item


def blending_state(path, study, opacity=0.5, palette=None, superimposed_series=None,
                   broken_palette=False, label="PETCT", rotation=None):
    ps = Dataset()
    _common(ps, study)
    del ps.FrameOfReferenceUID, ps.PositionReferenceIndicator
    ps.SOPClassUID = BLENDING
    ps.SOPInstanceUID = generate_uid(ROOT)
    ps.Modality, ps.BodyPartExamined = "PR", "CHEST"
    ps.SeriesInstanceUID, ps.SeriesNumber = generate_uid(ROOT), 99
    ps.InstanceNumber = 1
    ps.ContentLabel = label
    ps.ContentDescription = "PET on CT"
    ps.ContentCreatorName = "Test^Reader"
    ps.PresentationCreationDate, ps.PresentationCreationTime = "20261202", "121500"
    ps.BlendingSequence = Sequence([
        _input("UNDERLYING", study, study["ct_series"], study["ct"], CT, CT_WINDOW, (1, -1024)),
        _input("SUPERIMPOSED", study, superimposed_series or study["pet_series"], study["pet"],
               PET, PET_WINDOW, (PET_SLOPE, 0)),
    ])
    ps.RelativeOpacity = opacity
    ps.ICCProfile = srgb_icc_profile()
    red, green, blue = palette or hot_iron()
    entries = len(red)
    for name, table in (("Red", red), ("Green", green), ("Blue", blue)):
        descriptor = [entries * 2 if broken_palette else entries, 0, 16]
        ps.add_new(f"{name}PaletteColorLookupTableDescriptor", "US", descriptor)
        ps.add_new(f"{name}PaletteColorLookupTableData", "OW", np.asarray(table, "<u2").tobytes())
    if rotation is not None:
        ps.ImageRotation, ps.ImageHorizontalFlip = rotation, "N"
    area = Dataset()
    # The corners as the image is displayed after the rotation, as dciodvfy checks them.
    turned = rotation in (90, 270)
    area.DisplayedAreaTopLeftHandCorner = [1, CT_SIZE] if turned else [1, 1]
    area.DisplayedAreaBottomRightHandCorner = [CT_SIZE, 1] if turned else [CT_SIZE, CT_SIZE]
    area.PresentationSizeMode = "SCALE TO FIT"
    area.PresentationPixelSpacing = [CT_SPACING, CT_SPACING]
    ps.DisplayedAreaSelectionSequence = Sequence([area])
    _save(ps, path)
    return ps


def study(folder):
    """Writes ct/, pet/ and states/ under `folder`; returns what the checks need."""
    s = {"uid": generate_uid(ROOT), "frame": generate_uid(ROOT),
         "ct_series": generate_uid(ROOT), "pet_series": generate_uid(ROOT)}
    for sub in ("ct", "pet", "states", "empty"):
        os.makedirs(os.path.join(folder, sub), exist_ok=True)
    s["ct"] = [_image(s, s["ct_series"], k + 1, z, "CT") for k, z in enumerate(CT_Z)]
    s["pet"] = [_image(s, s["pet_series"], k + 1, z, "PT") for k, z in enumerate(PET_Z)]
    s["ct_files"], s["pet_files"] = [], []
    for k, ds in enumerate(s["ct"]):
        s["ct_files"].append(os.path.join(folder, "ct", f"ct{k + 1}.dcm"))
        _save(ds, s["ct_files"][-1])
    for k, ds in enumerate(s["pet"]):
        s["pet_files"].append(os.path.join(folder, "pet", f"pet{k + 1}.dcm"))
        _save(ds, s["pet_files"][-1])
    states = os.path.join(folder, "states")
    s["state"] = blending_state(os.path.join(states, "blend50.dcm"), s)
    s["state25"] = blending_state(os.path.join(states, "blend25.dcm"), s, opacity=0.25,
                                  label="PETCT25")
    s["state_missing"] = blending_state(os.path.join(states, "missing.dcm"), s,
                                        superimposed_series=generate_uid(ROOT), label="MISSING")
    s["state_broken"] = blending_state(os.path.join(states, "broken.dcm"), s,
                                       broken_palette=True, label="BROKEN")
    s["state_bad_opacity"] = blending_state(os.path.join(states, "bad-opacity.dcm"), s,
                                            opacity=1.5, label="BADOPACITY")
    s["state_rotated"] = blending_state(os.path.join(states, "rotated.dcm"), s, rotation=90,
                                        label="ROTATED")
    return s


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/blending-study"
    study(out)
    print(out)

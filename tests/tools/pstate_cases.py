"""Images and presentation states for the exactness tests (PS3.4 N.2 against DCMTK's dcmp2pgm).

Every case is an (image, presentation state) pair written with pydicom: synthetic pixels (no
patient data), one PS3.3 A.33 Grayscale Softcopy Presentation State each. `cases(folder)` writes
them and returns [(name, image path, state path, expectation)], where expectation names what the
comparison must allow: "exact" (every pixel equals dcmp2pgm's), "shutter" (dcmp2pgm does not
paint geometric shutters: pixels the shutter hides must be the shutter value, the rest exact) or
"overlay:VALUE:COUNT" (nor activated overlays, which DVPresentationState hands to the application
through getOverlayData: the COUNT overlay pixels hold the layer's VALUE, the rest exact).
"""
import os

import numpy as np
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.sequence import Sequence
from pydicom.uid import ExplicitVRLittleEndian, generate_uid

CT = "1.2.840.10008.5.1.4.1.1.2"
CR = "1.2.840.10008.5.1.4.1.1.1"
GSPS = "1.2.840.10008.5.1.4.1.1.11.1"
PSEUDO_COLOR = "1.2.840.10008.5.1.4.1.1.11.3"
STUDY = "1.2.826.0.1.3680043.10.1011.1"


def _file(ds, path, sop_class):
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = sop_class
    meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.file_meta = meta
    ds.is_little_endian, ds.is_implicit_VR = True, False
    ds.save_as(path, write_like_original=False)


def image(path, kind="ct", columns=64, rows=48, series=None, number=1):
    """A phantom: a gradient with a bright disc, so every step of the pipeline shows."""
    y, x = np.mgrid[0:rows, 0:columns]
    ds = Dataset()
    ds.SOPClassUID = CT if kind == "ct" else CR
    ds.SOPInstanceUID = generate_uid()
    ds.StudyInstanceUID = STUDY
    ds.SeriesInstanceUID = series or generate_uid()
    ds.InstanceNumber = number
    ds.ImagePositionPatient = [0, 0, number * 2.0]
    ds.ImageOrientationPatient = [1, 0, 0, 0, 1, 0]
    ds.SliceThickness = 2
    ds.PatientName = "Phantom^Presentation"
    ds.PatientID = "PS-PHANTOM"
    ds.Modality = "CT" if kind == "ct" else "CR"
    ds.Rows, ds.Columns = rows, columns
    ds.SamplesPerPixel = 1
    ds.PixelSpacing = [0.5, 0.5]
    disc = (x - columns * 0.6) ** 2 + (y - rows * 0.4) ** 2 < (rows * 0.25) ** 2
    if kind == "ct":  # signed 16-bit, HU through a rescale
        ds.PhotometricInterpretation = "MONOCHROME2"
        ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 16, 15, 1
        values = (x * 40 - 1200 + y * 7).astype(np.int16)
        values[disc] = 1500
        ds.RescaleIntercept, ds.RescaleSlope, ds.RescaleType = -1024, 1, "HU"
        values = (values + 1024).astype(np.int16)
    else:  # 12-bit unsigned, MONOCHROME1 or 2
        ds.PhotometricInterpretation = "MONOCHROME1" if kind == "mono1" else "MONOCHROME2"
        ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
        values = (x * 60 + y * 3).astype(np.uint16)
        values[disc] = 3900
        values = np.clip(values, 0, 4095).astype(np.uint16)
    ds.PixelData = values.tobytes()
    _file(ds, path, ds.SOPClassUID)
    return ds


def state(img, path, **settings):
    ps = Dataset()
    ps.SpecificCharacterSet = "ISO_IR 192"
    ps.SOPClassUID = PSEUDO_COLOR if "palette" in settings else GSPS
    ps.SOPInstanceUID = generate_uid()
    ps.StudyInstanceUID = img.StudyInstanceUID
    ps.SeriesInstanceUID = generate_uid()
    ps.Modality = "PR"
    ps.PatientName, ps.PatientID = img.PatientName, img.PatientID
    ps.InstanceNumber = 1
    ps.ContentLabel = settings.get("label", "CASE")
    ps.ContentDescription = settings.get("description", "")
    ps.PresentationCreationDate = settings.get("date", "20261202")
    ps.PresentationCreationTime = settings.get("time", "120000")
    ps.ContentCreatorName = "Test^Reader"
    refs = []
    for uid in settings.get("all_references", [settings.get("references", img.SOPInstanceUID)]):
        ref = Dataset()
        ref.ReferencedSOPClassUID = img.SOPClassUID
        ref.ReferencedSOPInstanceUID = uid
        refs.append(ref)
    series = Dataset()
    series.SeriesInstanceUID = img.SeriesInstanceUID
    series.ReferencedImageSequence = Sequence(refs)
    ps.ReferencedSeriesSequence = Sequence([series])
    if "rescale" in settings:
        ps.RescaleSlope, ps.RescaleIntercept = settings["rescale"]
        ps.RescaleType = "HU" if img.Modality == "CT" else "US"
    voi = Dataset()
    if "window" in settings:
        voi.WindowCenter, voi.WindowWidth = settings["window"]
    if "voi_lut" in settings:
        first, bits, data = settings["voi_lut"]
        lut = Dataset()
        lut.add_new(0x00283002, "US", [len(data) if len(data) < 65536 else 0, first & 0xFFFF, bits])
        if "lie" in settings:
            lut[0x00283002].value = [len(data) * 2, first & 0xFFFF, bits]
        lut.add_new(0x00283006, "US", [int(v) for v in data])
        voi.VOILUTSequence = Sequence([lut])
    if len(voi):
        ps.SoftcopyVOILUTSequence = Sequence([voi])
    if "palette" in settings:
        # Pseudo-Color (PS3.3 A.33.3): a Palette Color LUT instead of a Presentation LUT.
        red, green, blue = settings["palette"]
        for descriptor, data, values in ((0x00281101, 0x00281201, red), (0x00281102, 0x00281202, green),
                                         (0x00281103, 0x00281203, blue)):
            ps.add_new(descriptor, "US", [len(values), 0, 16])
            ps.add_new(data, "OW", np.array(values, dtype="<u2").tobytes())
    elif "plut" in settings:
        bits, data = settings["plut"]
        lut = Dataset()
        lut.add_new(0x00283002, "US", [len(data), 0, bits])
        lut.add_new(0x00283006, "US", [int(v) for v in data])
        ps.PresentationLUTSequence = Sequence([lut])
    else:
        ps.PresentationLUTShape = settings.get("shape", "IDENTITY")
    shapes = []
    if "rect" in settings:
        shapes.append("RECTANGULAR")
        (ps.ShutterLeftVerticalEdge, ps.ShutterRightVerticalEdge,
         ps.ShutterUpperHorizontalEdge, ps.ShutterLowerHorizontalEdge) = settings["rect"]
    if "circle" in settings:
        shapes.append("CIRCULAR")
        row, column, radius = settings["circle"]
        ps.CenterOfCircularShutter = [row, column]
        ps.RadiusOfCircularShutter = radius
    if "polygon" in settings:
        shapes.append("POLYGONAL")
        ps.VerticesOfThePolygonalShutter = [v for rc in settings["polygon"] for v in rc]
    if "bitmap" in settings:
        shapes.append("BITMAP")
        ps.ShutterOverlayGroup = 0x6000
        bits = settings["bitmap"]
        ps.add_new(0x60000010, "US", bits.shape[0])
        ps.add_new(0x60000011, "US", bits.shape[1])
        ps.add_new(0x60000040, "CS", "G")
        ps.add_new(0x60000050, "SS", [1, 1])
        ps.add_new(0x60000100, "US", 1)
        ps.add_new(0x60000102, "US", 0)
        ps.add_new(0x60003000, "OW", np.packbits(bits.flatten(), bitorder="little").tobytes())
    if "overlay" in settings:
        # An overlay plane the state holds, shown through a graphic layer (PS3.3 C.11.7).
        bits, layer_value = settings["overlay"]
        ps.add_new(0x60020010, "US", bits.shape[0])
        ps.add_new(0x60020011, "US", bits.shape[1])
        ps.add_new(0x60020040, "CS", "G")
        ps.add_new(0x60020050, "SS", [1, 1])
        ps.add_new(0x60020100, "US", 1)
        ps.add_new(0x60020102, "US", 0)
        ps.add_new(0x60023000, "OW", np.packbits(bits.flatten(), bitorder="little").tobytes())
        ps.add_new(0x60021001, "CS", "OVERLAYS")
        layer = Dataset()
        layer.GraphicLayer = "OVERLAYS"
        layer.GraphicLayerOrder = 1
        if layer_value is not None:
            layer.GraphicLayerRecommendedDisplayGrayscaleValue = layer_value
        ps.GraphicLayerSequence = Sequence([layer])
    if shapes:
        ps.ShutterShape = "\\".join(shapes)
        ps.ShutterPresentationValue = settings.get("shutter_value", 0)
    area = Dataset()
    tlhc, brhc, mode, magnification = settings.get(
        "area", ((1, 1), (img.Columns, img.Rows), "SCALE TO FIT", None))
    area.DisplayedAreaTopLeftHandCorner = list(tlhc)
    area.DisplayedAreaBottomRightHandCorner = list(brhc)
    area.PresentationSizeMode = mode
    area.PresentationPixelSpacing = [0.5, 0.5]
    if magnification:
        area.PresentationPixelMagnificationRatio = magnification
    ps.DisplayedAreaSelectionSequence = Sequence([area])
    ps.ImageRotation = settings.get("rotation", 0)
    ps.ImageHorizontalFlip = "Y" if settings.get("flip") else "N"
    if "graphics" in settings or "texts" in settings:
        layer = Dataset()
        layer.GraphicLayer = "LAYER1"
        layer.GraphicLayerOrder = 1
        if "layer_lab" in settings:
            layer.GraphicLayerRecommendedDisplayCIELabValue = settings["layer_lab"]
        ps.GraphicLayerSequence = Sequence([layer])
        annotation = Dataset()
        annotation.GraphicLayer = "LAYER1"
        if "graphics" in settings:
            annotation.GraphicObjectSequence = Sequence(settings["graphics"])
        if "texts" in settings:
            annotation.TextObjectSequence = Sequence(settings["texts"])
        ps.GraphicAnnotationSequence = Sequence([annotation])
    _file(ps, path, ps.SOPClassUID)
    return ps


def graphic(kind, points, units="PIXEL"):
    g = Dataset()
    g.GraphicAnnotationUnits = units
    g.GraphicDimensions = 2
    g.NumberOfGraphicPoints = len(points)
    g.GraphicData = [float(v) for p in points for v in p]
    g.GraphicType = kind
    g.GraphicFilled = "N"
    return g


def text(value, box=None, anchor=None, units="PIXEL", justification="LEFT", line=False):
    t = Dataset()
    t.UnformattedTextValue = value
    if box:
        t.BoundingBoxAnnotationUnits = units
        t.BoundingBoxTopLeftHandCorner = [float(box[0]), float(box[1])]
        t.BoundingBoxBottomRightHandCorner = [float(box[2]), float(box[3])]
        t.BoundingBoxTextHorizontalJustification = justification
    if anchor:
        t.AnchorPointAnnotationUnits = units
        t.AnchorPoint = [float(anchor[0]), float(anchor[1])]
        t.AnchorPointVisibility = "Y" if line else "N"
    return t


def viewer_study(folder):
    """A three-slice series and states for the viewer test: ANNOTATED (newest: rotation, a
    circular shutter, every graphic type in a red layer, CJK text), PLAIN (older, a window only)
    and BROKEN (oldest, an unknown graphic type, slice 1 only)."""
    os.makedirs(folder, exist_ok=True)
    series = generate_uid()
    images = [image(os.path.join(folder, "ct%d.dcm" % n), "ct", series=series, number=n)
              for n in (1, 2, 3)]
    uids = [i.SOPInstanceUID for i in images]
    red = [int(53.2 / 100 * 65535), int((80.1 + 128) / 255 * 65535), int((67.2 + 128) / 255 * 65535)]
    filled = graphic("CIRCLE", [(20, 30), (26, 30)])
    filled.GraphicFilled = "Y"
    state(images[0], os.path.join(folder, "annotated.pr.dcm"), label="ANNOTATED",
          description="Findings for the surgeon", date="20261201", all_references=uids,
          rescale=(1, -1024), window=(40, 400), rotation=90, circle=(24, 32, 30),
          shutter_value=0, layer_lab=red,
          graphics=[graphic("POLYLINE", [(5, 5), (40, 5), (40, 20)]),
                    graphic("ELLIPSE", [(30, 30), (50, 30), (40, 25), (40, 35)]),
                    graphic("INTERPOLATED", [(10, 40), (20, 35), (30, 42), (40, 36)]),
                    graphic("POINT", [(55, 10)]), filled],
          texts=[text("病変 1 – Läsion", box=(5, 22, 45, 30), anchor=(30, 30), line=True),
                 text("DISPLAY", box=(0.05, 0.9, 0.5, 0.98), units="DISPLAY")])
    state(images[0], os.path.join(folder, "plain.pr.dcm"), label="PLAIN", date="20260101",
          all_references=uids, rescale=(1, -1024), window=(500, 1000))
    state(images[0], os.path.join(folder, "broken.pr.dcm"), label="BROKEN", date="20250101",
          all_references=[uids[0]], rescale=(1, -1024), window=(40, 400),
          graphics=[graphic("SPIRAL", [(3, 3), (9, 9)])])
    return uids


def cases(folder):
    os.makedirs(folder, exist_ok=True)
    out = []
    ct = image(os.path.join(folder, "ct.dcm"), "ct")
    cr2 = image(os.path.join(folder, "cr2.dcm"), "mono2")
    cr1 = image(os.path.join(folder, "cr1.dcm"), "mono1")
    ramp12 = list(range(0, 4096, 16))
    gamma = [int(4095 * (i / 255) ** 0.5) for i in range(256)]
    table = [int(4095 * min(1, max(0, (v + 200) / 1600))) for v in range(-1000, 3096, 4)]

    def add(name, img_ds, img_name, expectation="exact", **settings):
        path = os.path.join(folder, name + ".pr.dcm")
        state(img_ds, path, **settings)
        out.append((name, os.path.join(folder, img_name), path, expectation))

    add("ct-window", ct, "ct.dcm", rescale=(1, -1024), window=(40, 400))
    add("ct-window-wide", ct, "ct.dcm", rescale=(1, -1024), window=(300, 2500))
    add("ct-window-1", ct, "ct.dcm", rescale=(1, -1024), window=(0, 1))
    add("ct-no-voi", ct, "ct.dcm", rescale=(1, -1024))
    add("ct-no-modality-lut", ct, "ct.dcm", window=(1064, 400))
    add("ct-voi-lut", ct, "ct.dcm", rescale=(1, -1024), voi_lut=(-1000, 12, table[::1][:1024]))
    add("ct-inverse", ct, "ct.dcm", rescale=(1, -1024), window=(40, 400), shape="INVERSE")
    add("ct-plut-table", ct, "ct.dcm", rescale=(1, -1024), window=(40, 400), plut=(12, gamma))
    add("ct-voi-lut-and-plut", ct, "ct.dcm", rescale=(1, -1024),
        voi_lut=(-1000, 12, table[:1024]), plut=(12, ramp12))
    add("mono2-window", cr2, "cr2.dcm", window=(2000, 3000))
    add("mono2-inverse", cr2, "cr2.dcm", window=(2000, 3000), shape="INVERSE")
    add("mono1-identity", cr1, "cr1.dcm", window=(2000, 3000))
    add("mono1-inverse", cr1, "cr1.dcm", window=(2000, 3000), shape="INVERSE")
    add("mono1-no-voi-inverse", cr1, "cr1.dcm", shape="INVERSE")
    add("mono1-plut-table", cr1, "cr1.dcm", window=(2000, 3000), plut=(12, gamma))
    for rotation in (90, 180, 270):
        add("rotate-%d" % rotation, ct, "ct.dcm", rescale=(1, -1024), window=(40, 400),
            rotation=rotation)
        add("rotate-%d-flip" % rotation, ct, "ct.dcm", rescale=(1, -1024), window=(40, 400),
            rotation=rotation, flip=True)
    add("flip", ct, "ct.dcm", rescale=(1, -1024), window=(40, 400), flip=True)
    add("shutter-rect", ct, "ct.dcm", "shutter", rescale=(1, -1024), window=(40, 400),
        rect=(10, 50, 5, 40), shutter_value=0)
    add("shutter-circle", ct, "ct.dcm", "shutter", rescale=(1, -1024), window=(40, 400),
        circle=(24, 32, 18), shutter_value=0xFFFF)
    add("shutter-polygon", ct, "ct.dcm", "shutter", rescale=(1, -1024), window=(40, 400),
        polygon=[(5, 5), (5, 60), (44, 30)], shutter_value=0x8000)
    add("shutter-combined-rotated", ct, "ct.dcm", "shutter", rescale=(1, -1024),
        window=(40, 400), rect=(3, 60, 3, 45), circle=(24, 32, 22), shutter_value=0x4000,
        rotation=90, flip=True)
    bits = np.zeros((48, 64), dtype=np.uint8)
    bits[:, :16] = 1
    bits[40:, :] = 1
    add("shutter-bitmap", ct, "ct.dcm", rescale=(1, -1024), window=(40, 400), bitmap=bits,
        shutter_value=0xFFFF)
    ring = np.zeros((48, 64), dtype=np.uint8)
    ring[10:12, 5:60] = 1
    ring[30:40, 20:22] = 1
    add("overlay-activated", ct, "ct.dcm", "overlay:255:130", rescale=(1, -1024),
        window=(40, 400), overlay=(ring, None))
    add("overlay-layer-grey", ct, "ct.dcm", "overlay:64:130", rescale=(1, -1024),
        window=(40, 400), overlay=(ring, 0x4000))
    add("overlay-rotated", ct, "ct.dcm", "overlay:255:130", rescale=(1, -1024), window=(40, 400),
        overlay=(ring, None), rotation=270, flip=True)
    add("bad-voi-lut-descriptor", ct, "ct.dcm", "fallback", rescale=(1, -1024),
        voi_lut=(-1000, 12, table[:1024]), lie=True)
    add("bad-graphics", ct, "ct.dcm", rescale=(1, -1024), window=(40, 400),
        graphics=[graphic("POLYLINE", [(1, 1), (30, 20)]), graphic("SPIRAL", [(3, 3), (9, 9)]),
                  graphic("POLYLINE", [(-500, 2), (1e6, 40)])])
    add("other-image", ct, "ct.dcm", "exact", rescale=(1, -1024), window=(40, 400),
        references=generate_uid())
    # Pseudo-colour: ours must be the palette applied to dcmp2pgm's grey of the same state as a
    # GSPS (its twin, written beside it).
    hot = ([min(65535, i * 3 * 257) for i in range(256)],
           [min(65535, max(0, i * 3 - 255) * 257) for i in range(256)],
           [min(65535, max(0, i * 3 - 510) * 257) for i in range(256)])
    for name, settings in (("pseudo-color-window", dict(window=(40, 400))),
                           ("pseudo-color-voi-lut", dict(voi_lut=(-1000, 12, table[:1024])))):
        add(name + "-twin", ct, "ct.dcm", "twin", rescale=(1, -1024), **settings)
        add(name, ct, "ct.dcm", "palette", rescale=(1, -1024), palette=hot, **settings)
    return out


if __name__ == "__main__":
    import sys

    if len(sys.argv) == 3 and sys.argv[1] == "viewer":
        print("\n".join(viewer_study(sys.argv[2])))
    elif len(sys.argv) == 3 and sys.argv[1] == "voilut":
        # A CT whose VOI is a VOI LUT Sequence and no window (PS3.3 C.11.2).
        import pydicom
        image(sys.argv[2], "ct")
        ds = pydicom.dcmread(sys.argv[2])
        lut = Dataset()
        lut.add_new(0x00283002, "US", [1024, (-1000) & 0xFFFF, 12])
        lut.add_new(0x00283006, "US", [int(4095 * min(1, max(0, (v + 200) / 1600)))
                                       for v in range(-1000, 3096, 4)][:1024])
        ds.VOILUTSequence = Sequence([lut])
        ds.save_as(sys.argv[2], write_like_original=False)
    elif len(sys.argv) == 3 and sys.argv[1] == "xa":
        # An XA run: frame 1 the mask (a gradient), frames 2-4 the same plus contrast (+300 in a
        # vessel); a Mask Subtraction Sequence (AVG_SUB, mask frame 1, frames 2-4).
        rows, columns = 48, 64
        y, x = np.mgrid[0:rows, 0:columns]
        background = (1000 + x * 20 + y * 5).astype(np.uint16)
        vessel = np.zeros((rows, columns), dtype=bool)
        vessel[20:24, 8:56] = True
        frames = [background.copy()]
        for _ in range(3):
            f = background.copy()
            f[vessel] += 300
            frames.append(f)
        ds = Dataset()
        ds.SOPClassUID = "1.2.840.10008.5.1.4.1.1.12.1"
        ds.SOPInstanceUID = generate_uid()
        ds.StudyInstanceUID = STUDY
        ds.SeriesInstanceUID = generate_uid()
        ds.Modality = "XA"
        ds.PatientName, ds.PatientID = "Phantom^Angio", "PS-XA"
        ds.Rows, ds.Columns, ds.NumberOfFrames = rows, columns, 4
        ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
        ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
        ds.FrameIncrementPointer = 0x00181063
        ds.FrameTime = 100
        mask = Dataset()
        mask.MaskOperation = "AVG_SUB"
        mask.MaskFrameNumbers = [1]
        mask.ApplicableFrameRange = [2, 4]
        ds.MaskSubtractionSequence = Sequence([mask])
        ds.RecommendedViewingMode = "SUB"
        ds.PixelData = np.stack(frames).tobytes()
        _file(ds, sys.argv[2], ds.SOPClassUID)
    else:
        sys.exit("usage: pstate_cases.py viewer|voilut|xa OUT")

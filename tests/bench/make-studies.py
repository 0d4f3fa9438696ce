#!/usr/bin/python3
"""make-studies.py OUTDIR N: N synthetic one-image studies (8x8 CT/MR/CR/US Secondary-capture-like
images) for the C-FIND benchmark. Deterministic: same N, same files. Patients have two studies
each; names cycle through a list (SMITH, JONES, ...), Patient IDs are PID%07d, study dates spread
over 2019-2021, accession numbers ACC%08d, modalities cycle CT, MR, CR, US."""
import datetime
import hashlib
import os
import sys
from multiprocessing import Pool

from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian

OUT, N = sys.argv[1], int(sys.argv[2])
NAMES = ["SMITH", "JONES", "MUELLER", "GARCIA", "DUBOIS", "ROSSI", "TANAKA", "WANG", "NOVAK", "SILVA"]
MODALITIES = [("CT", "1.2.840.10008.5.1.4.1.1.2"), ("MR", "1.2.840.10008.5.1.4.1.1.4"),
              ("CR", "1.2.840.10008.5.1.4.1.1.1"), ("US", "1.2.840.10008.5.1.4.1.1.6.1")]
START = datetime.date(2019, 1, 1)


def uid(*parts):
    return "2.25." + str(int(hashlib.md5("/".join(map(str, parts)).encode()).hexdigest(), 16))


def write(i):
    patient = i // 2
    modality, sop_class = MODALITIES[i % 4]
    ds = Dataset()
    ds.SpecificCharacterSet = "ISO_IR 100"
    ds.SOPClassUID = sop_class
    ds.SOPInstanceUID = uid("find", i, "image")
    ds.StudyInstanceUID = uid("find", i)
    ds.SeriesInstanceUID = uid("find", i, "series")
    ds.PatientName = f"{NAMES[patient % len(NAMES)]}^PATIENT{patient:06d}"
    ds.PatientID = f"PID{patient:07d}"
    ds.PatientBirthDate = "19600101"
    ds.PatientSex = "F" if patient % 2 else "M"
    ds.StudyDate = (START + datetime.timedelta(days=i % 1095)).strftime("%Y%m%d")
    ds.StudyTime = "%02d%02d00" % (8 + i % 10, i % 60)
    ds.AccessionNumber = f"ACC{i:08d}"
    ds.StudyID = str(i % 100000)
    ds.StudyDescription = "BENCH " + modality
    ds.ReferringPhysicianName = "REFERRER^A"
    ds.Modality = modality
    ds.SeriesNumber = 1
    ds.InstanceNumber = 1
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.Rows = ds.Columns = 8
    ds.BitsAllocated = ds.BitsStored = 16
    ds.HighBit = 15
    ds.PixelRepresentation = 0
    ds.PixelData = bytes(128)
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = ds.SOPClassUID
    meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.file_meta = meta
    folder = os.path.join(OUT, "%03d" % (i // 1000))
    os.makedirs(folder, exist_ok=True)
    ds.save_as(os.path.join(folder, "%06d.dcm" % i), write_like_original=False)


if __name__ == "__main__":
    with Pool(os.cpu_count()) as pool:
        pool.map(write, range(N), chunksize=500)

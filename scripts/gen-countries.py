#!/usr/bin/env python3
"""Generate shared/data/countries.csv from Debian's iso-codes package.

English names are ISO 3166-1 `name`; Spanish names are the iso-codes gettext
translation of that same string. Run after upgrading iso-codes, review the
diff, and commit the regenerated file:

    python3 scripts/gen-countries.py > shared/data/countries.csv
"""

import argparse
import csv
import gettext
import json
import subprocess
import sys
from pathlib import Path

JSON_PATH = Path("/usr/share/iso-codes/json/iso_3166-1.json")
MO_PATH = Path("/usr/share/locale/es/LC_MESSAGES/iso_3166-1.mo")


def isoCodesVersion() -> str:
    # The Debian package version is the only version the data carries.
    try:
        out = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", "iso-codes"],
            check=True, capture_output=True, text=True)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        sys.exit("gen-countries: cannot determine iso-codes version (dpkg-query failed)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, help="write here instead of stdout")
    args = parser.parse_args()

    entries = json.loads(JSON_PATH.read_text(encoding="utf-8"))["3166-1"]
    with MO_PATH.open("rb") as mo:
        spanish = gettext.GNUTranslations(mo)

    rows = []
    missing = []
    for entry in entries:
        nameEn = entry["name"]
        nameEs = spanish.gettext(nameEn)
        if nameEs == nameEn:
            # Some names are identical in both languages (Honduras); record
            # them so a missing translation is visible, but keep the row.
            missing.append(entry["alpha_3"])
        rows.append((entry["alpha_3"], nameEn, nameEs))
    rows.sort()

    out = args.output.open("w", encoding="utf-8", newline="") if args.output else sys.stdout
    try:
        out.write(f"# version: iso-codes-{isoCodesVersion()}\n")
        writer = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(["alpha3", "name_en", "name_es"])
        writer.writerows(rows)
    finally:
        if args.output:
            out.close()

    print(f"gen-countries: {len(rows)} countries; same name in English and Spanish: "
          f"{' '.join(missing)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

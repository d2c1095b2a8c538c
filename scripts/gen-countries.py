#!/usr/bin/env python3
"""Generate shared/data/countries.csv from Debian's iso-codes package.

English names are ISO 3166-1 `name`; Spanish names are the iso-codes gettext
translation of that same string. Run after upgrading iso-codes, review the
diff, and commit the regenerated file:

    python3 scripts/gen-countries.py -o shared/data/countries.csv
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

    # gettext falls back to the English name when a translation is missing;
    # many names are simply the same in both languages (Honduras, Cuba).
    rows = sorted((e["alpha_3"], e["name"], spanish.gettext(e["name"])) for e in entries)
    same = sum(1 for _, nameEn, nameEs in rows if nameEn == nameEs)

    out = args.output.open("w", encoding="utf-8", newline="") if args.output else sys.stdout
    try:
        out.write(f"# version: iso-codes-{isoCodesVersion()}\n")
        writer = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(["alpha3", "name_en", "name_es"])
        writer.writerows(rows)
    finally:
        if args.output:
            out.close()

    print(f"gen-countries: {len(rows)} countries, {same} with the same English and Spanish name",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

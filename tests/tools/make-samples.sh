#!/usr/bin/env bash
# Regenerates every file in sample-docs/ from its readable source in tests/data/:
# PDFs (mkpdf), office documents (zip), legacy-encoded texts (iconv), the seed copies, and the
# scans (make-scan-samples.sh: rasterized, degraded, packed as PDF, TIFF, PNG and JPEG).
# The outputs are deterministic, so a rerun with unchanged sources changes nothing in git.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bash "$here/make-pdf-samples.sh"
sh "$here/make-office-samples.sh"
bash "$here/make-legacy-samples.sh"
bash "$here/make-scan-samples.sh"

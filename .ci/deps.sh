#!/usr/bin/env bash
# Installs every Debian 12 package twindex needs to build, run, test and benchmark.
# The one list of system dependencies: README commands and CI call this.
set -euo pipefail
packages=(
  build-essential cmake pkg-config git
  libxapian-dev xapian-tools          # index
  libpoppler-cpp-dev poppler-utils    # PDF text layer (and page rendering for OCR)
  libtesseract-dev libleptonica-dev   # OCR, image reading (TIFF, PNG, JPEG)
  tesseract-ocr tesseract-ocr-osd tesseract-ocr-pol tesseract-ocr-bel tesseract-ocr-lit
  tesseract-ocr-rus                   # OCR language data; the CLI is the OCR benchmark baseline
  imagemagick img2pdf bc              # making the sample scans; the OCR benchmark
  libicu-dev                          # charsets, normalization, word breaking
  libzip-dev libpugixml-dev           # DOCX / ODT
  libxml2-dev                         # HTML
  libspdlog-dev libfmt-dev            # logging
  libcli11-dev nlohmann-json3-dev     # CLI parsing, JSON
  libcpp-httplib-dev                  # twindex serve (header-only HTTP server)
  chromium chromium-driver python3-selenium  # the browser test of twindex serve
  curl                                # the end-to-end test of twindex serve
  libtomlplusplus-dev                 # pipeline files
  libxxhash-dev                       # content hashes
  libgoogle-perftools-dev             # tcmalloc
  libhunspell-dev hunspell-pl hunspell-be hunspell-ru hunspell-lt  # lemmatizer for pl, be
  libcld2-dev libexttextcat-dev libexttextcat-data  # language identification candidates
  libtimezonemap-data libgeonames-common gettext     # GeoNames data (regenerating the gazetteer)
  libgtest-dev libgmock-dev           # tests
  libpango1.0-dev libcairo2-dev fonts-dejavu-core  # test/sample PDF generator
  qpdf zip                            # generating bad inputs in tests
  systemd                             # systemd-analyze verify of the scheduled-run units
  help2man dpkg-dev                   # the man page; the .deb's library Depends (dpkg-shlibdeps)
  recollcmd python3                   # benchmark baseline (Recoll's PDF handler, the bench script)
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

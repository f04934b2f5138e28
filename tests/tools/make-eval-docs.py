#!/usr/bin/env python3
"""Builds the tagging evaluation corpus, tests/eval/tagging/corpus/, from its readable sources.

Each tests/eval/tagging/manifest-*.tsv line names a source tests/eval/tagging/src/NAME.txt (UTF-8;
paragraphs separated by blank lines, pages by form feeds) and the format to make of it:
  pdf    through mkpdf (argv[1]: the mkpdf binary), with title, author and creation date
  docx   WordprocessingML, one paragraph per source paragraph, title/author/created in core.xml
  odt    OpenDocument text, likewise, metadata in meta.xml
  html   a web page with <title> and <p>s, written in the manifest's encoding, which it declares
  txt    the text itself, in the manifest's encoding
The office documents are zips with fixed member order and timestamps, so a rerun changes nothing.

  python3 tests/tools/make-eval-docs.py MKPDF     (from anywhere; needs only python3 and mkpdf)
"""

import glob
import html
import os
import subprocess
import sys
import tempfile
import zipfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
EVAL = os.path.join(ROOT, "tests", "eval", "tagging")
SRC = os.path.join(EVAL, "src")
OUT = os.path.join(EVAL, "corpus")
ZIP_TIME = (2020, 1, 1, 0, 0, 0)


def paragraphs(text):
    """Non-empty paragraphs of the source, pages flattened (office formats have no pages here)."""
    blocks = text.replace("\f", "\n\n").split("\n\n")
    return [" ".join(line.strip() for line in b.strip().splitlines()) for b in blocks if b.strip()]


def write_zip(path, members):
    """members: [(name, text)], first stored uncompressed (ODF's mimetype must be)."""
    with zipfile.ZipFile(path, "w") as z:
        for i, (name, data) in enumerate(members):
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_STORED if i == 0 else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8"))


def make_docx(path, text, meta):
    body = "".join(
        '<w:p><w:r><w:t xml:space="preserve">{}</w:t></w:r></w:p>'.format(html.escape(p))
        for p in paragraphs(text))
    created = meta["created"] + "T09:00:00Z" if meta["created"] else ""
    write_zip(path, [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
         'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
         'officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/'
         'core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         'relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" '
         'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-'
         'properties" Target="docProps/core.xml"/></Relationships>'),
        ("docProps/core.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
         'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://'
         'purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
         '<dc:title>{}</dc:title><dc:creator>{}</dc:creator>{}</cp:coreProperties>'.format(
             html.escape(meta["title"]), html.escape(meta["author"]),
             '<dcterms:created xsi:type="dcterms:W3CDTF">{}</dcterms:created>'.format(created)
             if created else "")),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
         '<w:body>{}</w:body></w:document>'.format(body)),
    ])


def make_odt(path, text, meta):
    body = "".join('<text:p>{}</text:p>'.format(html.escape(p)) for p in paragraphs(text))
    created = meta["created"] + "T09:00:00" if meta["created"] else ""
    write_zip(path, [
        ("mimetype", "application/vnd.oasis.opendocument.text"),
        ("META-INF/manifest.xml",
         '<?xml version="1.0" encoding="UTF-8"?>\n'
         '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
         'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:version='
         '"1.2" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-'
         'entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-'
         'entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>'),
        ("meta.xml",
         '<?xml version="1.0" encoding="UTF-8"?>\n'
         '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
         'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:'
         'opendocument:xmlns:meta:1.0" office:version="1.2"><office:meta><dc:title>{}</dc:title>'
         '<dc:creator>{}</dc:creator>{}</office:meta></office:document-meta>'.format(
             html.escape(meta["title"]), html.escape(meta["author"]),
             '<meta:creation-date>{}</meta:creation-date>'.format(created) if created else "")),
        ("content.xml",
         '<?xml version="1.0" encoding="UTF-8"?>\n'
         '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
         ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
         '<office:body><office:text>{}</office:text></office:body></office:document-content>'
         .format(body)),
    ])


def make_html(path, text, meta):
    page = ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="{}">\n<title>{}</title>\n</head>\n'
            '<body>\n{}\n</body>\n</html>\n').format(
                meta["encoding"], html.escape(meta["title"]),
                "\n".join("<p>{}</p>".format(html.escape(p, quote=False))
                          for p in paragraphs(text)))
    with open(path, "wb") as f:
        f.write(page.encode(meta["encoding"]))


def make_txt(path, text, meta):
    with open(path, "wb") as f:
        f.write(text.encode(meta["encoding"]))


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: make-eval-docs.py MKPDF")
    mkpdf = sys.argv[1]
    os.makedirs(OUT, exist_ok=True)
    for old in glob.glob(os.path.join(OUT, "*")):
        os.remove(old)
    pdfs = []
    made = 0
    for manifest in sorted(glob.glob(os.path.join(EVAL, "manifest-*.tsv"))):
        with open(manifest, encoding="utf-8") as f:
            header = f.readline().rstrip("\n").split("\t")
            for line in f:
                if not line.strip():
                    continue
                meta = dict(zip(header, line.rstrip("\n").split("\t")))
                meta = {k: ("" if v == "-" else v) for k, v in meta.items()}
                src = os.path.join(SRC, meta["name"] + ".txt")
                with open(src, encoding="utf-8") as s:
                    text = s.read()
                out = os.path.join(OUT, meta["name"] + "." + meta["format"])
                if meta["format"] == "pdf":
                    pdfs.append("\t".join([out, src, meta["title"], meta["author"],
                                           meta["created"]]))
                else:
                    {"docx": make_docx, "odt": make_odt, "html": make_html,
                     "txt": make_txt}[meta["format"]](out, text, meta)
                made += 1
    with tempfile.NamedTemporaryFile("w", suffix=".list", encoding="utf-8") as batch:
        batch.write("\n".join(pdfs) + "\n")
        batch.flush()
        subprocess.run([mkpdf, "--batch", batch.name, "--jobs", "0"], check=True)
    print("made {} documents in {}".format(made, OUT))


if __name__ == "__main__":
    main()

#!/bin/sh
# Full rebuild: sources (python-docx) -> LibreOffice odt/docx -> txt for verification -> .eml + truth + split
set -e
cd "$(dirname "$0")"
PY=/work/main/.venv/bin/python
rm -rf build
$PY make_sources.py
cd build && mkdir -p odt docx txt
$PY -c "
import json; c=json.load(open('cases.json'))
open('odt.lst','w').write(' '.join(f\"src/{x['lang']}-{x['idx']+1:03d}.docx\" for x in c if x['fmt']=='odt'))
open('docx.lst','w').write(' '.join(f\"src/{x['lang']}-{x['idx']+1:03d}.docx\" for x in c if x['fmt']!='odt'))"
soffice --headless --convert-to odt --outdir odt $(cat odt.lst) >/dev/null 2>&1
soffice --headless --convert-to docx:"MS Word 2007 XML" --outdir docx $(cat docx.lst) >/dev/null 2>&1
soffice --headless --convert-to txt:Text --outdir txt odt/*.odt docx/*.docx >/dev/null 2>&1
cd ..
$PY make_eml.py

#!/bin/sh
# Fetch the handwriting fonts once (not needed for a rebuild: the .ttf files are kept in gen/fonts).
set -e
cd "$(dirname "$0")/fonts"
for n in shadows-into-light reenie-beanie covered-by-your-grace just-another-hand architects-daughter; do
  npm pack "@fontsource/$n@5.3.0"
  mkdir -p "x/$n" && tar xzf "fontsource-$n-5.3.0.tgz" -C "x/$n"
done
/tmp/c13venv/bin/python - <<'PY'
import glob, shutil
from fontTools.ttLib import TTFont
need = "éèêçëàâîôûïüÉÈÀÇ€@0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
for d in sorted(glob.glob('x/*')):
    name = d.split('/')[-1]
    w = glob.glob(d + '/package/files/*-latin-400-normal.woff')[0]
    f = TTFont(w); f.flavor = None; f.save(name + '.ttf')
    cmap = f.getBestCmap()
    print(name, 'missing:', ''.join(c for c in need if ord(c) not in cmap) or '-')
    shutil.copy(d + '/package/LICENSE', name + '.LICENSE.txt')
PY
rm -rf x fontsource-*.tgz

#!/usr/bin/env bash
# Refresh the Qt Linguist translations after changing UI strings:
#   1. pyside6-lupdate scans every Python file of the package for translate()/tr()/
#      QT_TRANSLATE_NOOP strings and merges them into resources/i18n/*.ts (existing
#      translations are kept; new strings appear as "unfinished");
#   2. translate the new strings (Qt Linguist: pyside6-linguist resources/i18n/infoviz_ko.ts);
#   3. pyside6-lrelease compiles each .ts into infoviz/resources/i18n/*.qm, which ships in
#      the package.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${VIRTUAL_ENV:-.venv}/bin
mapfile -t sources < <(find infoviz -name '*.py' -not -path '*/model/*' | sort)
for lang in ko; do
  "$BIN/pyside6-lupdate" -no-obsolete "${sources[@]}" -ts "resources/i18n/infoviz_${lang}.ts"
  "$BIN/pyside6-lrelease" "resources/i18n/infoviz_${lang}.ts" -qm "infoviz/resources/i18n/infoviz_${lang}.qm"
done

#!/usr/bin/env bash
# The package check must fail, naming the import and the package, when the list lacks the
# package of a QML module the project imports, when an imported module is not installed, and
# when the .deb files declare a Depends that is not in the list.
# usage: tst_check_debian_packages.sh SOURCE_DIR QT_QML_DIR QT_PLUGIN_DIR PROGRAM
set -uo pipefail
src=$1 qml=$2 plugins=$3 program=$4
check=$src/packaging/deb/check-debian-packages.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
expect() { # expect NAME STATUS OUTPUT PATTERN…
  local name=$1 status=$2 out=$3
  shift 3
  if [ "$status" -ne 1 ]; then
    echo "FAIL $name: the check exited $status, expected 1"; echo "$out"; failures=$((failures + 1)); return
  fi
  for pattern in "$@"; do
    if ! grep -qF -- "$pattern" <<<"$out"; then
      echo "FAIL $name: no \"$pattern\" in:"; echo "$out"; failures=$((failures + 1)); return
    fi
  done
  echo "PASS $name"
}

# 1. The real tree with a list that lacks the Layouts package (QtQuick.Layouts is imported
#    by most pages).
grep -v '^qml6-module-qtquick-layouts$' "$src/packaging/deb/debian-packages.txt" >"$work/list.txt"
out=$(bash "$check" "$src" "$qml" "$plugins" "$program" --list "$work/list.txt" 2>&1)
expect "a listed package left out" $? "$out" "QML module QtQuick.Layouts" "add qml6-module-qtquick-layouts"

# 2. A tree whose page imports a module that is not installed on this machine.
mkdir -p "$work/src/qml" "$work/src/packaging/deb"
cp "$src/packaging/deb/debian-packages.txt" "$src/packaging/deb/YokotenPackages.cmake" "$work/src/packaging/deb/"
printf 'import QtQuick\nimport QtExample.NotInstalled\n\nItem {}\n' >"$work/src/qml/ExamplePage.qml"
out=$(bash "$check" "$work/src" "$qml" "$plugins" "$program" 2>&1)
expect "an import that is not installed" $? "$out" "QML module QtExample.NotInstalled (imported by qml/ExamplePage.qml): not installed"

# 3. A .deb Depends that is not in the list.
sed 's/fonts-noto-cjk")/fonts-noto-cjk, yokoten-example-runtime")/' "$src/packaging/deb/YokotenPackages.cmake" \
  >"$work/src/packaging/deb/YokotenPackages.cmake"
rm "$work/src/qml/ExamplePage.qml"
out=$(bash "$check" "$work/src" "$qml" "$plugins" "$program" 2>&1)
expect "a .deb Depends outside the list" $? "$out" "the .deb files declare yokoten-example-runtime"

[ "$failures" -eq 0 ] && echo "the package check finds all 3 gaps" || exit 1

#!/bin/sh
# Fails when a user-visible string has no Japanese or English translation: runs lupdate over
# the app's QML and C++ into copies of the .ts files and looks for unfinished entries (new
# strings are added as unfinished). Usage: check_translations.sh LUPDATE SOURCE_DIR
set -eu
lupdate=$1 src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for lang in ja en; do
  cp "$src/qml/i18n/yokoten_$lang.ts" "$work/"
  "$lupdate" -silent -no-obsolete -locations none "$src/qml" "$src/client/app" "$src/platform/qml/linux" -ts "$work/yokoten_$lang.ts"
  count=$(grep -c 'type="unfinished"' "$work/yokoten_$lang.ts" || true)
  if [ "$count" != 0 ]; then
    echo "yokoten_$lang.ts: $count unfinished string(s):"
    grep -B3 'type="unfinished"' "$work/yokoten_$lang.ts" | grep '<source>' | head -20
    status=1
  else
    echo "yokoten_$lang.ts: complete"
  fi
done
exit $status

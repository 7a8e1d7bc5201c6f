#!/usr/bin/env bash
# Checks that packaging/deb/debian-packages.txt — the one list `./yk deps` installs — covers
# what Yokoten's programs load at run time, which no linker pulls in:
#   - every QML module that a .qml file of the project imports, and every module those import
#     in turn (their qmldir's import/depends lines and the .qml files they ship), must be on
#     this machine and belong to a listed package;
#   - the Qt platform plugins the programs are started with (offscreen in the tests, xcb on a
#     desktop, vnc for `./yk demo` without a display) and the Japanese font;
#   - the Depends that packaging/deb/YokotenPackages.cmake declares for the
#     .deb files must be listed too, so what the package needs is what the tests ran with.
# A file may also belong to a package of a library that a program links (found with ldd):
# that package comes with the link, not with the list.
#
# usage: check-debian-packages.sh SOURCE_DIR QT_QML_DIR QT_PLUGIN_DIR [PROGRAM…] [--list FILE]
# Exit 0 when covered; 1 with one line per gap, naming the import and the package to add.
set -uo pipefail

src=$1 qml_dir=$2 plugin_dir=$3
shift 3
list=$src/packaging/deb/debian-packages.txt
programs=()
while [ $# -gt 0 ]; do
  case "$1" in
    --list) list=$2; shift 2 ;;
    *) programs+=("$1"); shift ;;
  esac
done

declare -A listed=() linked=() seen=() own=()
while read -r p; do listed[$p]=1; done < <(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$list" | tr -d ' \t')

# owners PATH…: "path package" for each path an installed package ships (one dpkg call: each
# call reads the whole database). Paths are tried as given and with links resolved, since
# dpkg knows some files by their /lib and others by their /usr/lib name.
owners() {
  local paths=() p
  for p in "$@"; do paths+=("$p" "$(readlink -f "$p")"); done
  [ ${#paths[@]} -gt 0 ] || return 0
  dpkg -S "${paths[@]}" 2>/dev/null | awk -F': ' '!/^diversion/ { split($1, pkgs, /, /); sub(/:.*/, "", pkgs[1]); print $2, pkgs[1] }'
}

# Packages that ship a library a program links: present whenever the program runs.
mapfile -t libs < <(for prog in "${programs[@]}"; do ldd "$prog" 2>/dev/null; done |
  awk '$2 == "=>" && $3 ~ /^\// { print $3 }' | sort -u)
while read -r _ pkg; do linked[$pkg]=1; done < <(owners "${libs[@]}")

# The project's own QML modules (qt_add_qml_module … URI X) are built, not installed.
while read -r uri; do own[$uri]=1; done < <(grep -rshoE 'URI +[A-Za-z][A-Za-z0-9_.]*' \
  --include=CMakeLists.txt "$src/client" "$src/qml" "$src/platform" "$src/tests" | awk '{print $2}')

# Modules whose qmldir is compiled into a Qt library (no folder on disk), with the modules
# that qmldir imports.
declare -A builtin=([QtQml]="QtQml.Models QtQml.WorkerScript" [QtQml.Models]="")

gaps=0
gap() { echo "missing: $*"; gaps=$((gaps + 1)); }

# owner FILE WHAT: FILE must belong to a listed (or linked) package; checked at the end.
owned_files=() owned_what=()
owner() { owned_files+=("$1"); owned_what+=("$2"); }

# The module URIs that a qmldir names in its import and depends lines (not optional ones).
qmldir_imports() {
  grep -hE '^[[:space:]]*(import|depends)[[:space:]]+[A-Za-z]' "$1" | awk '{print $2}'
}

# The module URIs that .qml files import: their header only (imports come before any object;
# an "import" inside a comment or a string further down, as in Qt's own Video.qml, is text).
qml_imports() {
  awk '
    FNR == 1 { header = 1; comment = 0 }
    !header { next }
    comment { if (index($0, "*/")) comment = 0; next }
    /^[[:space:]]*\/\*/ { if (!index($0, "*/")) comment = 1; next }
    /^[[:space:]]*(\/\/.*)?$/ || /^[[:space:]]*pragma[[:space:]]/ { next }
    /^[[:space:]]*import[[:space:]]+[A-Za-z]/ { sub(/;.*/, "", $2); print FILENAME ":" $2; next }
    /^[[:space:]]*import[[:space:]]/ { next }
    { header = 0 }
  ' "$@"
}

# visit URI FROM: the module, where it is imported from, and recursively what it imports.
visit() {
  local uri=$1 from=$2
  [ -n "${own[$uri]:-}" ] && return
  [ -n "${seen[$uri]:-}" ] && return
  seen[$uri]=1
  if [ -n "${builtin[$uri]+x}" ]; then
    for dep in ${builtin[$uri]}; do visit "$dep" "$uri"; done
    return
  fi
  local dir=$qml_dir/${uri//.//}
  if [ ! -f "$dir/qmldir" ]; then
    gap "QML module $uri (imported by $from): not installed ($dir/qmldir): run ./yk deps, or add its package to packaging/deb/debian-packages.txt"
    return
  fi
  owner "$dir/qmldir" "QML module $uri (imported by $from)"
  local deps dep
  local qmls=("$dir"/*.qml)
  deps=$(qmldir_imports "$dir/qmldir"
    [ -e "${qmls[0]}" ] && qml_imports "${qmls[@]}" | sed 's/.*://')
  for dep in $deps; do visit "$dep" "$uri"; done
}

mapfile -t project_qml < <(find "$src/qml" "$src/platform/qml" "$src/tests/qml" -name '*.qml' | sort)
while IFS=: read -r file uri; do
  visit "$uri" "${file#"$src"/}"
done < <(qml_imports "${project_qml[@]}")

for platform in offscreen xcb vnc; do
  plugin=$plugin_dir/platforms/libq$platform.so
  if [ -f "$plugin" ]; then owner "$plugin" "Qt platform plugin $platform"; else gap "Qt platform plugin $platform: $plugin not installed"; fi
done

font=$(fc-match -f '%{file}' 'Noto Sans CJK JP' 2>/dev/null)
case "$font" in
  *NotoSansCJK*) owner "$font" "the Japanese font (Noto Sans CJK JP)" ;;
  *) gap "the Japanese font: Noto Sans CJK JP is not installed (fonts-noto-cjk)" ;;
esac

declare -A package_of=()
while read -r path pkg; do package_of[$path]=$pkg; done < <(owners "${owned_files[@]}")
for i in "${!owned_files[@]}"; do
  file=${owned_files[$i]} what=${owned_what[$i]}
  pkg=${package_of[$file]:-${package_of[$(readlink -f "$file")]:-}}
  if [ -z "$pkg" ]; then
    gap "$what: $file belongs to no installed package"
  elif [ -z "${listed[$pkg]:-}" ] && [ -z "${linked[$pkg]:-}" ]; then
    gap "$what: add $pkg to packaging/deb/debian-packages.txt"
  fi
done

# What the .deb files declare: each Depends name must be in the list.
while read -r pkg; do
  [ -n "${listed[$pkg]:-}" ] || gap "the .deb files declare $pkg (YokotenPackages.cmake): add it to packaging/deb/debian-packages.txt"
done < <(awk '/PACKAGE_DEPENDS/ { on = 1 } on { print } on && /\)/ { on = 0 }' "$src/packaging/deb/YokotenPackages.cmake" |
  sed -e 's/.*PACKAGE_DEPENDS//' -e 's/[")\\]//g' | tr ',' '\n' |
  sed -e 's/([^)]*//' -e 's/|.*//' | tr -d ' \t' | grep -E '^[a-z0-9][a-z0-9.+-]+$')

if [ "$gaps" -gt 0 ]; then
  echo "check-debian-packages: $gaps gap(s) between what the programs load and packaging/deb/debian-packages.txt"
  exit 1
fi
echo "QML modules: $(printf '%s\n' "${!seen[@]}" | sort | tr '\n' ' ')"
echo "check-debian-packages: ${#seen[@]} QML modules, 3 platform plugins, the font and the .deb dependencies are covered by $(basename "$list")"

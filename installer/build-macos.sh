#!/usr/bin/env bash
# Packages Rembuk for macOS; the same steps as installer/build-linux.sh.
#
#   installer/build-macos.sh          target/installer/runtime (jlink) and the app target/installer/Rembuk.app
#   installer/build-macos.sh --dmg    the same, then target/installer/Rembuk-<version>.dmg
#
# Must run on a Mac of the architecture it is for (Apple silicon or Intel: Maven picks the JavaFX jars
# of the machine it runs on). Needs a JDK 17 or newer with jmods (e.g. Temurin 17) and Maven; sips,
# iconutil and hdiutil come with macOS. The result is not signed: see installer/README.md.
# Written for the bash 3.2 that macOS ships.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
cd "$root"
out="$root/target/installer"
name=Rembuk

dmg=0
for a in "$@"; do
  case $a in
    --dmg) dmg=1 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "build-macos.sh: unknown option $a" >&2; sed -n '2,10p' "$0" >&2; exit 2 ;;
  esac
done

if [[ -z ${JAVA_HOME:-} ]]; then
  JAVA_HOME="$(/usr/libexec/java_home -v 17+ 2>/dev/null)" || { echo "build-macos.sh: no JDK 17 or newer; install one or set JAVA_HOME" >&2; exit 1; }
fi
jdk_major=$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
[[ $jdk_major -ge 17 ]] || { echo "build-macos.sh: $JAVA_HOME is Java $jdk_major; Rembuk needs 17 or newer" >&2; exit 1; }
[[ -f $JAVA_HOME/jmods/java.base.jmod ]] || { echo "build-macos.sh: $JAVA_HOME has no jmods/ (use a full JDK)" >&2; exit 1; }

jar="$root/target/rembuk.jar"
if [[ ! -f $jar || ! -d $root/target/lib ]] || [[ -n $(find "$root/src/main" "$root/pom.xml" -newer "$jar" -print | head -1) ]]; then
  echo "build-macos.sh: mvn package" >&2
  mvn -q -B -f "$root/pom.xml" -DskipTests package
fi
version=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' "$root/pom.xml" | head -1)
version=${version%-SNAPSHOT}
# macOS refuses a bundle version whose first number is 0: until Rembuk 1.0 the Mac build says 1.0.0
mac_version=$version
if [[ $version == 0.* ]]; then mac_version=1.0.0; fi

# Exactly the jars rembuk.jar's manifest names (target/lib keeps jars of older dependency versions).
# JavaFX platform jars (javafx-controls-21.0.12-mac-aarch64.jar) go into the runtime, the rest on the class path.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && "$JAVA_HOME/bin/jar" xf "$jar" META-INF/MANIFEST.MF)
class_path=$(tr -d '\r' <"$tmp/META-INF/MANIFEST.MF" | awk '/^ /{l = l substr($0, 2); next} {if (l != "") print l; l = $0} END {print l}' |
  sed -n 's/^Class-Path: //p')
fx_jars=() app_libs=()
for e in $class_path; do
  f="$root/target/$e"
  [[ -f $f ]] || { echo "build-macos.sh: $f is missing (run mvn package)" >&2; exit 1; }
  b=$(basename "$f")
  if [[ $b =~ ^javafx-[a-z]+-[0-9][^-]*-[a-z0-9-]+\.jar$ ]]; then fx_jars+=("$f")
  elif [[ $b != javafx-* ]]; then app_libs+=("$f")
  fi
done
[[ ${#fx_jars[@]} -gt 0 ]] || { echo "build-macos.sh: no JavaFX platform jars in the class path of $jar" >&2; exit 1; }

modules=$(grep -v '^[[:space:]]*#' "$here/runtime-modules.txt" | grep -v '^[[:space:]]*$' | paste -sd, -)

rm -rf "$out"
mkdir -p "$out"

echo "build-macos.sh: jlink runtime ($modules)" >&2
# no --strip-native-commands: the pre-flight check of foreign files runs $JAVA_HOME/bin/java
"$JAVA_HOME/bin/jlink" \
  --module-path "$JAVA_HOME/jmods:$(IFS=:; echo "${fx_jars[*]}")" \
  --add-modules "$modules" \
  --include-locales=en,id \
  --strip-debug --no-header-files --no-man-pages \
  --output "$out/runtime"

input="$out/input"
mkdir -p "$input/lib"
cp "$jar" "$input/"
cp "${app_libs[@]}" "$input/lib/"

# the .icns from the 1024-pixel master of the icon (installer/icon.sh)
iconset="$out/Rembuk.iconset"
mkdir -p "$iconset"
for s in 16 32 128 256 512; do
  sips -z $s $s "$here/macos/Rembuk-1024.png" --out "$iconset/icon_${s}x${s}.png" >/dev/null
  sips -z $((s * 2)) $((s * 2)) "$here/macos/Rembuk-1024.png" --out "$iconset/icon_${s}x${s}@2x.png" >/dev/null
done
iconutil -c icns "$iconset" -o "$out/Rembuk.icns"

common=(
  --name "$name" --app-version "$mac_version"
  --vendor "Rembuk" --copyright "Apache-2.0"
  --description "Bimtek FGD Masterplan Smart City (GMSC)"
)
app=(
  --input "$input" --main-jar rembuk.jar --main-class id.rembuk.Main
  --runtime-image "$out/runtime"
  --java-options -Xmx1g
  --icon "$out/Rembuk.icns"
  --mac-package-identifier id.rembuk
)

echo "build-macos.sh: jpackage app-image" >&2
"$JAVA_HOME/bin/jpackage" --type app-image "${common[@]}" "${app[@]}" --dest "$out"

if ((dmg)); then
  echo "build-macos.sh: jpackage dmg" >&2
  # from the jars, not from Rembuk.app: on macOS the .rembuk file type lives in the app's Info.plist,
  # which jpackage writes only when it builds the app itself
  "$JAVA_HOME/bin/jpackage" --type dmg "${common[@]}" "${app[@]}" \
    --file-associations "$here/macos/rembuk-file.properties" \
    --license-file "$root/LICENSE" \
    --dest "$out"
fi

du -sh "$out/runtime" "$out/$name.app" >&2
if ((dmg)); then ls -l "$out"/*.dmg >&2; fi
exit 0

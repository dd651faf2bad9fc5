#!/usr/bin/env bash
# Packages Rembuk for Linux.
#
#   installer/build-linux.sh          target/installer/runtime (jlink) and the app image target/installer/Rembuk/
#   installer/build-linux.sh --deb    the same, then target/installer/rembuk_<version>-1_<arch>.deb
#
# Needs a JDK 17 or newer with jmods (Debian: openjdk-17-jdk-headless) and Maven. --deb also needs
# fakeroot and dpkg-deb; they are installed with apt-get when missing and we are root.
# Why a jlink runtime of JDK + JavaFX modules with the app jars on the class path: docs/adr/0007-packaging.md.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
cd "$root"
out="$root/target/installer"
name=Rembuk

deb=0
for a in "$@"; do
  case $a in
    --deb) deb=1 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "build-linux.sh: unknown option $a" >&2; sed -n '2,9p' "$0" >&2; exit 2 ;;
  esac
done

# the JDK: JAVA_HOME, else the one jlink on PATH belongs to
if [[ -z ${JAVA_HOME:-} ]]; then
  command -v jlink >/dev/null || { echo "build-linux.sh: no jlink; install a JDK 17 (openjdk-17-jdk-headless) or set JAVA_HOME" >&2; exit 1; }
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v jlink)")")")"
fi
jdk_major=$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
((jdk_major >= 17)) || { echo "build-linux.sh: $JAVA_HOME is Java $jdk_major; Rembuk needs 17 or newer" >&2; exit 1; }
[[ -f $JAVA_HOME/jmods/java.base.jmod ]] || { echo "build-linux.sh: $JAVA_HOME has no jmods/ (Debian: apt-get install openjdk-$jdk_major-jdk-headless)" >&2; exit 1; }
for t in jlink jpackage; do
  [[ -x $JAVA_HOME/bin/$t ]] || { echo "build-linux.sh: $JAVA_HOME/bin/$t missing" >&2; exit 1; }
done

if ((deb)) && ! { command -v fakeroot && command -v dpkg-deb; } >/dev/null; then
  if ((EUID == 0)) && command -v apt-get >/dev/null; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fakeroot dpkg) >/dev/null
  else
    echo "build-linux.sh: --deb needs fakeroot and dpkg-deb (sudo apt-get install fakeroot dpkg)" >&2; exit 1
  fi
fi

# the app: target/rembuk.jar + target/lib/*.jar, rebuilt when missing or older than the sources
jar="$root/target/rembuk.jar"
if [[ ! -f $jar || ! -d $root/target/lib ]] || [[ -n $(find "$root/src/main" "$root/pom.xml" -newer "$jar" -print -quit) ]]; then
  echo "build-linux.sh: mvn package" >&2
  mvn -q -B -f "$root/pom.xml" -DskipTests package
fi
version=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' "$root/pom.xml" | head -1)
version=${version%-SNAPSHOT}

# Exactly the jars rembuk.jar's manifest names: target/lib keeps jars of older dependency versions
# until `mvn clean`, and an old H2 before the new one on the class path would win.
# JavaFX platform jars (javafx-controls-21.0.12-linux.jar) are modular: they go into the runtime,
# not on the class path. The classifier-less javafx-*.jar are empty placeholders.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && "$JAVA_HOME/bin/jar" xf "$jar" META-INF/MANIFEST.MF)
class_path=$(tr -d '\r' <"$tmp/META-INF/MANIFEST.MF" | awk '/^ /{l = l substr($0, 2); next} {if (l != "") print l; l = $0} END {print l}' |
  sed -n 's/^Class-Path: //p')
fx_jars=() app_libs=()
for e in $class_path; do
  f="$root/target/$e"
  [[ -f $f ]] || { echo "build-linux.sh: $f is missing (run mvn package)" >&2; exit 1; }
  b=$(basename "$f")
  if [[ $b =~ ^javafx-[a-z]+-[0-9][^-]*-[a-z0-9-]+\.jar$ ]]; then fx_jars+=("$f")
  elif [[ $b != javafx-* ]]; then app_libs+=("$f")
  fi
done
((${#fx_jars[@]})) || { echo "build-linux.sh: no JavaFX platform jars in the class path of $jar" >&2; exit 1; }

modules=$(grep -v '^\s*#' "$here/runtime-modules.txt" | grep -v '^\s*$' | paste -sd, -)

rm -rf "$out"
mkdir -p "$out"

echo "build-linux.sh: jlink runtime ($modules)" >&2
# no --strip-native-commands: the pre-flight check of foreign files runs $JAVA_HOME/bin/java.
# no --compress: it made the first frame ~170 ms slower and the .deb bigger (xz packs plain classes better).
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

common=(
  --name "$name" --app-version "$version"
  --vendor "Rembuk" --copyright "Apache-2.0"
  --description "Bimtek FGD Masterplan Smart City (GMSC)"
)

echo "build-linux.sh: jpackage app-image" >&2
"$JAVA_HOME/bin/jpackage" --type app-image "${common[@]}" \
  --input "$input" --main-jar rembuk.jar --main-class id.rembuk.Main \
  --runtime-image "$out/runtime" \
  --java-options -Xmx1g \
  --icon "$here/linux/Rembuk.png" \
  --dest "$out"

# AppCDS: a training start of the app image (to its full window on the bundled sample, then exit)
# lists the classes it loads; lib/app/rembuk-cds writes them to an archive later starts map instead
# of parse. Why and what it saves: docs/adr/0007-packaging.md.
"$here/linux/cds-train.sh" "$out/$name" || echo "build-linux.sh: no AppCDS archive (see above); the app starts without it" >&2

if ((deb)); then
  echo "build-linux.sh: jpackage deb" >&2
  # the archive holds this folder's class path: the package's postinst writes one for /opt/rembuk
  jsa="$out/$name/lib/app/rembuk.jsa"
  [[ -f $jsa ]] && mv "$jsa" "$tmp/"
  # resource dir: Rembuk.desktop (Indonesian name and comment) and Rembuk.png; control files stay jpackage's
  "$JAVA_HOME/bin/jpackage" --type deb "${common[@]}" \
    --app-image "$out/$name" \
    --linux-package-name rembuk --linux-app-category education \
    --linux-deb-maintainer "rembuk@localhost" \
    --linux-package-deps libgtk-3-0 \
    --linux-shortcut \
    --resource-dir "$here/linux" \
    --file-associations "$here/linux/rembuk-file.properties" \
    --license-file "$root/LICENSE" \
    --dest "$out"
  [[ -f $tmp/rembuk.jsa ]] && mv "$tmp/rembuk.jsa" "$jsa"
fi

du -sh "$out/runtime" "$out/$name" >&2
((deb)) && ls -l "$out"/*.deb >&2
exit 0

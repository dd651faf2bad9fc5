#!/usr/bin/env bash
# Gives an app image its AppCDS archive: cds-train.sh target/installer/Rembuk
#
# A training start (-Drembuk.measureStartup=true: the app opens the bundled sample, draws its full
# window and exits) lists the classes it loads in lib/app/rembuk.classlist; lib/app/rembuk-cds then
# writes lib/app/rembuk.jsa from that list, and the launcher points at it with -XX:SharedArchiveFile.
# The .deb's postinst runs rembuk-cds again under /opt/rembuk: JDK 17 takes an archive only for the
# class path it was written with.
# Needs a display: $DISPLAY, else xvfb-run (Debian: xvfb), and GTK 3 (libgtk-3-0).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
app="$(cd "$1" && pwd)"
cfg="$app/lib/app/Rembuk.cfg"
list="$app/lib/app/rembuk.classlist"
[[ -f $cfg ]] || { echo "cds-train.sh: $cfg missing" >&2; exit 1; }

run=()
if [[ -z ${DISPLAY:-} ]]; then
  if ! command -v xvfb-run >/dev/null && ((EUID == 0)) && command -v apt-get >/dev/null; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb xauth) >/dev/null || true
  fi
  command -v xvfb-run >/dev/null || { echo "cds-train.sh: no display and no xvfb-run (apt-get install xvfb)" >&2; exit 1; }
  run=(xvfb-run -a -s "-screen 0 1366x768x24")
fi

home=$(mktemp -d)
shipped=$(mktemp)
trap 'cp "$shipped" "$cfg"; rm -rf "$home" "$shipped"' EXIT
sed -i '/SharedArchiveFile\|DumpLoadedClassList\|rembuk.measureStartup\|Xlog:cds/d' "$cfg"
cp "$cfg" "$shipped"
printf 'java-options=-XX:DumpLoadedClassList=$APPDIR/rembuk.classlist\njava-options=-Drembuk.measureStartup=true\n' >>"$cfg"
rm -f "$list" "$app/lib/app/rembuk.jsa"
# a fresh home: the training start must not read or write the builder's own Rembuk settings
if ! out=$(HOME="$home" XDG_CONFIG_HOME="$home/.config" timeout 120 "${run[@]}" "$app/bin/Rembuk" 2>&1) ||
  [[ $out != *READY_MS=* || ! -s $list ]]; then
  echo "cds-train.sh: the training start did not finish:" >&2
  printf '%s\n' "$out" | tail -20 >&2
  rm -f "$list"
  exit 1
fi
install -m 755 "$here/rembuk-cds" "$app/lib/app/rembuk-cds"
# a mismatched archive (the image moved, another runtime) is only logged by CDS, never fatal:
# -Xlog:cds=off keeps that log off the command line's output
printf 'java-options=-XX:SharedArchiveFile=$APPDIR/rembuk.jsa\njava-options=-Xlog:cds=off\njava-options=-Xlog:cds+dynamic=off\n' >>"$shipped"
cp "$shipped" "$cfg"
"$app/lib/app/rembuk-cds"
[[ -s $app/lib/app/rembuk.jsa ]] || exit 1
ready=$(printf '%s\n' "$out" | sed -n 's/^READY_MS=//p')
echo "cds-train.sh: $(wc -l <"$list") classes, $(du -h "$app/lib/app/rembuk.jsa" | cut -f1) archive; the training start took $ready ms to the full window" >&2

#!/usr/bin/env bash
# Installs the .deb on a fresh Debian 12 (a debootstrap minbase: no Java, no GTK, no desktop) and
# checks that it works there:
#   installer/check-deb-fresh.sh [target/installer/rembuk_*.deb] [--keep] [--shot OUT.png]
# apt fetches the Depends; then, as an ordinary user: the command line (new, check, info with
# Indonesian dates, pdf), the window on the bundled sample to its full window with -Xshare:on (fails
# unless the AppCDS archive the postinst wrote is used), a screenshot if asked; then removal leaves
# /opt/rembuk gone. Needs root, debootstrap, Xvfb and the Debian mirror (a package registry).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
deb= keep=0 shot=
while (($#)); do
  case $1 in
    --keep) keep=1 ;;
    --shot) shot=$(readlink -f "$2"); shift ;;
    *.deb) deb=$(readlink -f "$1") ;;
    *) sed -n '2,9p' "$0" >&2; exit 2 ;;
  esac
  shift
done
[[ -n $deb ]] || deb=$(ls "$here"/../target/installer/rembuk_*.deb 2>/dev/null | head -1)
[[ -f $deb ]] || { echo "check-deb-fresh.sh: no .deb (installer/build-linux.sh --deb)" >&2; exit 1; }
((EUID == 0)) || { echo "check-deb-fresh.sh: needs root (debootstrap, chroot)" >&2; exit 1; }
for t in debootstrap Xvfb; do
  command -v $t >/dev/null || { echo "check-deb-fresh.sh: needs $t (apt-get install debootstrap xvfb)" >&2; exit 1; }
done

root=$(mktemp -d /tmp/rembuk-fresh.XXXX)
chmod 755 "$root"   # mktemp makes it 0700: the user inside could not reach /
n=120; while [[ -e /tmp/.X$n-lock || -e /tmp/.X11-unix/X$n ]]; do n=$((n + 1)); done
xvfb=
cleanup() {
  [[ -n $xvfb ]] && kill "$xvfb" 2>/dev/null
  for m in tmp/.X11-unix dev/pts dev proc; do umount "$root/$m" 2>/dev/null || true; done
  ((keep)) || rm -rf "$root"
}
trap cleanup EXIT
step() { echo "== $*" >&2; }

step "debootstrap bookworm minbase in $root"
debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian >"$root.log" 2>&1 ||
  { tail -5 "$root.log" >&2; exit 1; }
rm -f "$root.log"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
mkdir -p "$root/tmp/.X11-unix"
Xvfb ":$n" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X$n ]] && break; sleep 0.1; done
mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
cp /etc/resolv.conf "$root/etc/"
cp "$deb" "$root/root/rembuk.deb"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root bash -c "$1"; }
as_user() { chroot "$root" su - fasilitator -c "$1"; }

in_root 'command -v java' && { echo "check-deb-fresh.sh: the fresh system has java already" >&2; exit 1; }
step "apt install ./$(basename "$deb")"
in_root 'export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq /root/rembuk.deb >/root/install.log 2>&1 || { tail -20 /root/install.log; exit 1; }'
in_root 'test -s /opt/rembuk/lib/app/rembuk.jsa' || { echo "check-deb-fresh.sh: postinst wrote no AppCDS archive" >&2; exit 1; }
in_root 'useradd -m fasilitator'

step "command line"
as_user '/opt/rembuk/bin/Rembuk new -o uji.rembuk --region "Kabupaten Uji" --stage I --from 2026-03-02 >/dev/null &&
  /opt/rembuk/bin/Rembuk check uji.rembuk && /opt/rembuk/bin/Rembuk info uji.rembuk | grep "Senin, 2 Maret 2026" &&
  /opt/rembuk/bin/Rembuk pdf uji.rembuk --report attendance -o hadir.pdf && test -s hadir.pdf'

step "window on the sample, with the AppCDS archive required (-Xshare:on)"
cfg="$root/opt/rembuk/lib/app/Rembuk.cfg"
cp "$cfg" "$root/root/Rembuk.cfg"
printf 'java-options=-Xshare:on\njava-options=-Drembuk.measureStartup=true\n' >>"$cfg"
out=$(as_user "DISPLAY=:$n timeout 60 /opt/rembuk/bin/Rembuk" 2>&1) || true
cp "$root/root/Rembuk.cfg" "$cfg"
grep -q READY_MS <<<"$out" || { echo "check-deb-fresh.sh: the window did not come up:" >&2; echo "$out" | tail -20 >&2; exit 1; }
echo "$out" | grep _MS= | tr '\n' ' ' >&2; echo >&2
if [[ -n $shot ]]; then
  as_user "DISPLAY=:$n /opt/rembuk/bin/Rembuk" >/dev/null 2>&1 & app=$!
  sleep 12
  DISPLAY=":$n" import -window root "$shot"
  pkill -f '^/opt/rembuk/bin/Rembuk' || true
  wait "$app" 2>/dev/null || true
  echo "screenshot: $shot" >&2
fi

step "apt remove"
in_root 'DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq rembuk >/dev/null 2>&1'
[[ ! -e $root/opt/rembuk ]] || { echo "check-deb-fresh.sh: /opt/rembuk left behind:" >&2; find "$root/opt/rembuk" >&2; exit 1; }
echo "check-deb-fresh.sh: installed, ran and removed cleanly on a fresh Debian 12" >&2

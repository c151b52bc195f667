#!/usr/bin/env bash
# Installs Liaison: the binary, the themes, shell completions and (unless --no-man) a man page.
#   ./install.sh [--prefix DIR] [--binary PATH] [--no-man] [--manual-tool PATH]
# --prefix defaults to /usr/local; --binary installs an already built binary instead of building
# a release one; --manual-tool uses an already built generate-manual (`swift build --product
# generate-manual`) instead of building it, as the tests do: they cannot build while running. The themes are also compiled into the binary; the files are there to copy and edit.
# Everything is built from this package and its checked-out dependencies: no network is needed
# once `swift build` has run here.
set -euo pipefail
cd "$(dirname "$0")"
prefix=/usr/local binary="" man=yes tool=""
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix="$2"; shift 2 ;;
    --binary) binary="$2"; shift 2 ;;
    --no-man) man=no; shift ;;
    --manual-tool) tool="$2"; shift 2 ;;
    *) echo "install.sh: unknown option $1 (see the top of this file)" >&2; exit 64 ;;
  esac
done
if [ -z "$binary" ]; then
  # The Swift runtime linked in: the binary starts in about half the time (it is started
  # afresh for every `liaison add`), and runs on a machine with no Swift toolchain.
  swift build -c release --static-swift-stdlib --product liaison
  binary="$(swift build -c release --static-swift-stdlib --show-bin-path)/liaison"
fi
install -d "$prefix/bin" "$prefix/share/liaison/themes" "$prefix/share/bash-completion/completions" \
  "$prefix/share/zsh/site-functions" "$prefix/share/fish/vendor_completions.d"
install -m 755 "$binary" "$prefix/bin/liaison"
install -m 644 Themes/*.toml Themes/README.md "$prefix/share/liaison/themes/"
"$prefix/bin/liaison" --generate-completion-script bash > "$prefix/share/bash-completion/completions/liaison"
"$prefix/bin/liaison" --generate-completion-script zsh > "$prefix/share/zsh/site-functions/_liaison"
"$prefix/bin/liaison" --generate-completion-script fish > "$prefix/share/fish/vendor_completions.d/liaison.fish"
if [ "$man" = yes ]; then
  # swift-argument-parser's generate-manual tool (its source is among the package's checkouts)
  # writes liaison.1 from the installed binary's own description of its commands and options.
  # Built in debug: it runs once, and shares what `swift build` already compiled.
  if [ -z "$tool" ]; then
    swift build --product generate-manual >/dev/null
    tool="$(swift build --show-bin-path)/generate-manual"
  fi
  pages="$(mktemp -d)"
  "$tool" "$prefix/bin/liaison" --output-directory "$pages" \
    --authors "Liaison's developers" >/dev/null
  install -d "$prefix/share/man/man1"
  install -m 644 "$pages/liaison.1" "$prefix/share/man/man1/liaison.1"
  rm -rf "$pages"
fi
echo "Installed liaison $("$prefix/bin/liaison" --version) in $prefix"

#!/bin/sh
# Regenerate NAME.stdout / NAME.code from node 20 for the given case names (run from this folder).
set -e
for name in "$@"; do
  tmp=$(mktemp -d)
  cp "$name".* "$tmp"/; cp _* "$tmp"/ 2>/dev/null || true
  flags=$(head -1 "$name.js" | sed -n 's|^// flags:||p' | sed 's/--permission/--experimental-permission/')
  if [ -f "$name.stdin" ]; then in="$PWD/$name.stdin"; else in=/dev/null; fi
  (cd "$tmp" && node $flags "$name.js" < "$in" > out.txt 2>/dev/null; echo $? > code.txt) || true
  sed "s|$tmp|{TMP}|g" "$tmp/out.txt" > "$name.stdout"
  code=$(cat "$tmp/code.txt"); if [ "$code" != 0 ]; then echo "$code" > "$name.code"; else rm -f "$name.code"; fi
  rm -rf "$tmp"
done

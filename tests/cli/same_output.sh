#!/usr/bin/env bash
# same_output.sh COMMAND_A... --- COMMAND_B...
# Runs both commands and prints "identical" when their standard outputs are byte for byte the
# same and both exit with the same code; else prints a diff and fails.
set -u
a=()
while [[ $# -gt 0 && $1 != --- ]]; do
  a+=("$1")
  shift
done
shift
out_a=$(mktemp) out_b=$(mktemp)
trap 'rm -f "$out_a" "$out_b"' EXIT
"${a[@]}" >"$out_a" 2>/dev/null
code_a=$?
"$@" >"$out_b" 2>/dev/null
code_b=$?
if [[ $code_a -ne $code_b ]]; then
  echo "exit codes differ: $code_a and $code_b"
  exit 1
fi
if ! cmp -s "$out_a" "$out_b"; then
  echo "outputs differ:"
  diff "$out_a" "$out_b" | head -20
  exit 1
fi
if [[ ! -s $out_a ]]; then
  echo "both outputs are empty"
  exit 1
fi
echo identical

#!/usr/bin/env bash
# expect.sh CODE REGEX [--stdin FILE] COMMAND...
# Runs COMMAND (with FILE on its standard input), and passes when it exits with CODE and its
# stdout+stderr match the extended REGEX (grep -E, per line). Prints the output on failure.
set -u
code=$1 regex=$2
shift 2
input=/dev/null
if [[ ${1-} == --stdin ]]; then
  input=$2
  shift 2
fi
out=$("$@" <"$input" 2>&1)
got=$?
if [[ $got -ne $code ]]; then
  printf 'expected exit code %s, got %s; output:\n%s\n' "$code" "$got" "$out"
  exit 1
fi
if ! grep -Eq -- "$regex" <<<"$out"; then
  printf 'output does not match /%s/:\n%s\n' "$regex" "$out"
  exit 1
fi

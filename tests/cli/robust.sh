#!/usr/bin/env bash
# robust.sh CASE BIN ARGS...
# Robustness cases that need more than a command line: generated inputs (in a temporary directory
# removed on exit, never committed), pipes, file permissions and repeated runs. Each case prints
# what tests/cli/expect.sh checks, and exits with overlap-check's exit code unless said otherwise.
set -u
case_name=$1 bin=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/overlap-robust.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# Runs the command with limits on peak memory (MiB) and time (seconds): tests/cli/limits.py.
limited() {
  python3 "$here/limits.py" "$@"
}

case $case_name in
big_file)
  # 200 MB of real text in a file: refused by its size before it is read.
  yes 'smart grid substation automation' | head -c 200M >"$tmp/big.txt"
  limited 100 10 "$bin" "$@" "$tmp/big.txt"
  ;;
big_stdin)
  # 200 MB through a pipe: read in chunks, refused as soon as the limit is passed.
  yes 'smart grid substation automation' | head -c 200M | limited 150 20 "$bin" "$@" -
  ;;
long_word)
  # One 2 MB word (longer than a piece of analysis), then words that match.
  { head -c 2000000 /dev/zero | tr '\0' 'x'; printf ' smart grid substation automation\n'; } >"$tmp/word.txt"
  limited 600 120 "$bin" "$@" "$tmp/word.txt"
  ;;
long_line)
  # One 2 MB line of words, without a line break.
  yes 'smart grid substation automation' | head -c 2000000 | tr '\n' ' ' >"$tmp/line.txt"
  limited 600 120 "$bin" "$@" "$tmp/line.txt"
  ;;
unreadable)
  # A file without read permission. root reads any file, so run as nobody then.
  printf 'smart grid\n' >"$tmp/secret.txt"
  chmod 755 "$tmp"
  chmod 000 "$tmp/secret.txt"
  if [[ $(id -u) -eq 0 ]]; then
    setpriv --reuid=65534 --regid=65534 --clear-groups "$bin" "$@" "$tmp/secret.txt"
  else
    "$bin" "$@" "$tmp/secret.txt"
  fi
  ;;
newline_name)
  # A file name with a line break: the error stays on one line.
  "$bin" "$@" "$tmp/two"$'\n'"lines.txt" 2>"$tmp/err"
  code=$?
  cat "$tmp/err"
  lines=$(wc -l <"$tmp/err")
  [[ $lines -eq 1 ]] || { echo "expected one line of error, got $lines"; exit 1; }
  exit $code
  ;;
sigpipe)
  # The reader goes away after one line (| head -1): no message, no crash. Prints "quiet" and
  # exits with overlap-check's code when so.
  "$bin" "$@" 2>"$tmp/err" | head -1 >"$tmp/first"
  code=${PIPESTATUS[0]}
  if [[ -s $tmp/err || ! -s $tmp/first || $code -gt 128 ]]; then
    printf 'exit code %s; first line: %s; stderr:\n' "$code" "$(cat "$tmp/first")"
    cat "$tmp/err"
    exit 1
  fi
  echo quiet
  exit $code
  ;;
full_disk)
  "$bin" "$@" >/dev/full
  ;;
closed_stdout)
  "$bin" "$@" >&-
  ;;
deterministic)
  # The same run twice gives byte-identical output. Prints "identical" when so.
  "$bin" "$@" >"$tmp/first" 2>&1
  code=$?
  "$bin" "$@" >"$tmp/second" 2>&1
  if ! cmp "$tmp/first" "$tmp/second"; then
    diff "$tmp/first" "$tmp/second" | head -20
    exit 1
  fi
  [[ -s $tmp/first ]] || { echo "no output"; exit 1; }
  echo identical
  exit $code
  ;;
*)
  echo "robust.sh: unknown case '$case_name'"
  exit 1
  ;;
esac

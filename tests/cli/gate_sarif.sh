#!/usr/bin/env bash
# gate_sarif.sh BIN EXAMPLES OUT
# The README's CI job on examples/gate: runs the gate with SARIF output to OUT from inside the
# repository of proposals (so that its .overlap-check.yaml applies), expects exit code 1 (the
# quantum key distribution proposal overlaps ITU-T SG17 and is not accepted), and checks the SARIF.
set -u
bin=$1 examples=$2 out=$3
here=$(cd "$(dirname "$0")" && pwd)
rm -f "$out"
(cd "$examples/gate" && "$bin" proposals --format sarif -o "$out")
code=$?
if [[ $code -ne 1 ]]; then
  echo "expected exit code 1 from the gate, got $code"
  exit 1
fi
python3 "$here/check_sarif.py" "$out" --error "ITU-T SG17" --suppressed "IEC/TC 69"

#!/usr/bin/env python3
"""limits.py MAX_MIB MAX_SECONDS COMMAND...

Runs COMMAND (standard input, output and error passed through) and exits with its exit code, or
with 99 and a message when its peak resident memory passed MAX_MIB MiB or it ran longer than
MAX_SECONDS seconds: proof that an input was refused early or handled without a memory blow-up.
"""
import resource
import subprocess
import sys
import time


def main() -> int:
    max_mib, max_seconds, command = float(sys.argv[1]), float(sys.argv[2]), sys.argv[3:]
    start = time.monotonic()
    try:
        code = subprocess.run(command, timeout=max_seconds * 3).returncode
    except subprocess.TimeoutExpired:
        print(f"limits.py: still running after {max_seconds * 3:.0f} s: {command[0]}")
        return 99
    seconds = time.monotonic() - start
    peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if peak_mib > max_mib or seconds > max_seconds:
        print(f"limits.py: peak memory {peak_mib:.0f} MiB (limit {max_mib:.0f}), "
              f"time {seconds:.1f} s (limit {max_seconds:.0f})")
        return 99
    return code


if __name__ == "__main__":
    sys.exit(main())

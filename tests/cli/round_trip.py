#!/usr/bin/env python3
"""round_trip.py BIN CIRCULAR_STEM

Round trips of batch output: the circular CIRCULAR_STEM.yaml, .jsonl and .csv give the same CSV
report; each --format jsonl line equals the matching element of the --format json array; and the
--format csv rows read back with Python's csv module give the matches of the JSON (proposal,
group, org, score, level, parent, accepted; ranks in order). Prints "round trip OK: N proposals, M matches".
"""
import csv
import io
import json
import subprocess
import sys


def run(bin_path, *args):
    done = subprocess.run([bin_path, "--no-config", "--jobs", "2", *args], capture_output=True, check=False)
    if done.returncode != 0:
        print("%s exited with %d: %s" % (" ".join(args), done.returncode, done.stderr.decode()))
        sys.exit(1)
    return done.stdout.decode("utf-8")


def fail(message):
    print("round trip failed: " + message)
    sys.exit(1)


def main(bin_path, stem):
    report = {ext: run(bin_path, "batch", stem + "." + ext, "--format", "csv") for ext in ("yaml", "jsonl", "csv")}
    if not report["yaml"] or len(set(report.values())) != 1:
        fail("the .yaml, .jsonl and .csv circulars give different reports")

    documents = json.loads(run(bin_path, "batch", stem + ".yaml", "--format", "json"))
    lines = run(bin_path, "batch", stem + ".yaml", "--format", "jsonl").splitlines()
    if [json.loads(line) for line in lines] != documents:
        fail("jsonl lines differ from the json array")

    expected = []
    for doc in documents:
        for m in doc["matches"]:
            expected.append([doc["id"], m["id"], "/".join(m["org"]), m["score"], m["level"], m["parent"] or "",
                             m.get("accepted", "")])
    rows = list(csv.reader(io.StringIO(report["yaml"], newline="")))
    if rows[0] != ["proposal", "rank", "group", "org", "score", "level", "parent", "accepted"]:
        fail("unexpected CSV header %r" % rows[0])
    got = [[r[0], r[2], r[3], float(r[4]), r[5], r[6], r[7]] for r in rows[1:]]
    if got != expected:
        for g, e in zip(got, expected):
            if g != e:
                fail("CSV row %r differs from the JSON match %r" % (g, e))
        fail("CSV has %d rows, JSON %d matches" % (len(got), len(expected)))
    # Ranks start at 1 for each proposal and grow by 0 (a child under its group) or 1.
    previous = {}
    for r in rows[1:]:
        rank, last = int(r[1]), previous.get(r[0], 0)
        if rank - last not in ((0, 1) if last else (1,)):
            fail("rank %d follows rank %d for %s" % (rank, last, r[0]))
        previous[r[0]] = rank
    print("round trip OK: %d proposals, %d matches" % (len(documents), len(expected)))


main(sys.argv[1], sys.argv[2])

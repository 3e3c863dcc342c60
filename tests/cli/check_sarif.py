#!/usr/bin/env python3
"""check_sarif.py FILE [--error ID]... [--suppressed ID]... [--absent ID]...

Checks that FILE is SARIF 2.1.0 with the fields the specification requires and code hosts read
(version, $schema, runs[].tool.driver.name, results[].ruleId, message.text, level,
locations[].physicalLocation.artifactLocation.uri, rule ids declared by the driver), and that the
named groups are reported as errors, suppressed (accepted), or not at all. Prints
"SARIF 2.1.0 OK: N results" when they are.
"""
import json
import sys


def fail(message):
    print("SARIF check failed: " + message)
    sys.exit(1)


def main(argv):
    path = argv[1]
    expect = {"--error": [], "--suppressed": [], "--absent": []}
    args = argv[2:]
    while args:
        if args[0] not in expect or len(args) < 2:
            fail("usage: " + __doc__.splitlines()[0])
        expect[args[0]].append(args[1])
        args = args[2:]
    with open(path, encoding="utf-8") as f:
        sarif = json.load(f)
    if sarif.get("version") != "2.1.0":
        fail("version is not 2.1.0")
    if "sarif-schema-2.1.0" not in sarif.get("$schema", ""):
        fail("$schema does not name SARIF 2.1.0")
    runs = sarif.get("runs")
    if not isinstance(runs, list) or not runs:
        fail("no runs")
    groups = {"error": set(), "suppressed": set(), "all": set()}
    count = 0
    for run in runs:
        driver = run.get("tool", {}).get("driver", {})
        if not isinstance(driver.get("name"), str) or not driver["name"]:
            fail("runs[].tool.driver.name is missing")
        rules = {r.get("id") for r in driver.get("rules", [])}
        results = run.get("results")
        if not isinstance(results, list):
            fail("runs[].results is not a list")
        for r in results:
            count += 1
            if r.get("ruleId") not in rules:
                fail("result with an undeclared ruleId: %r" % r.get("ruleId"))
            if not r.get("message", {}).get("text"):
                fail("result without message.text")
            if r.get("level") not in ("none", "note", "warning", "error"):
                fail("result with level %r" % r.get("level"))
            for loc in r.get("locations", []):
                uri = loc.get("physicalLocation", {}).get("artifactLocation", {}).get("uri")
                if not uri or " " in uri:
                    fail("location without a valid artifactLocation.uri: %r" % uri)
                line = loc["physicalLocation"].get("region", {}).get("startLine", 1)
                if not isinstance(line, int) or line < 1:
                    fail("region.startLine must be a positive integer")
            group = r.get("properties", {}).get("group")
            groups["all"].add(group)
            if r["level"] == "error":
                groups["error"].add(group)
            if r.get("suppressions"):
                if not r["suppressions"][0].get("justification"):
                    fail("suppression without a justification")
                groups["suppressed"].add(group)
    for group in expect["--error"]:
        if group not in groups["error"]:
            fail("%s is not reported as an error" % group)
    for group in expect["--suppressed"]:
        if group not in groups["suppressed"] or group in groups["error"]:
            fail("%s is not reported as suppressed (accepted)" % group)
    for group in expect["--absent"]:
        if group in groups["all"]:
            fail("%s is reported" % group)
    print("SARIF 2.1.0 OK: %d results" % count)


main(sys.argv)

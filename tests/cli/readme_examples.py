#!/usr/bin/env python3
"""Runs the README's console examples and checks that they print what the README shows.

usage: readme_examples.py BINARY README

An example is a line "$ COMMAND" inside a fenced block, followed by the lines it prints (stdout and
stderr, as a terminal shows them) up to the next "$ " line or the end of the block. A line of "..."
(indented or not) stands for any number of lines, so an example may show only part of a long output. COMMAND runs
with bash in a scratch copy of the repository's examples (it may write there, as the gate example
does) beside links to its tests/ and corpus/, with `build/overlap-check`, `../../build/overlap-check`
and a leading `overlap-check` meaning BINARY. Examples that read ../shared (the evaluation data next
to the repository, not part of it) are skipped and named.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile


def examples(readme):
    """(line number, command, expected lines) of each example."""
    out = []
    in_block = False
    current = None
    for number, line in enumerate(readme.splitlines(), 1):
        if line.startswith("```"):
            in_block = not in_block
            if current:
                out.append(current)
            current = None
            continue
        if not in_block:
            continue
        if line.startswith("$ "):
            if current:
                out.append(current)
            current = (number, line[2:], [])
        elif current:
            current[2].append(line.rstrip())
    return out


def matches(expected, actual):
    """Whether `actual` lines fit `expected`, where a line "..." stands for any lines."""
    if not expected:
        return not actual
    if expected[0].strip() == "...":
        return any(matches(expected[1:], actual[i:]) for i in range(len(actual) + 1))
    return bool(actual) and expected[0] == actual[0] and matches(expected[1:], actual[1:])


def main():
    binary, readme_path = sys.argv[1:3]
    binary = os.path.abspath(binary)
    source = os.path.dirname(os.path.abspath(readme_path))
    with open(readme_path, encoding="utf-8") as f:
        found = examples(f.read())
    failed = 0
    ran = 0
    with tempfile.TemporaryDirectory() as scratch:
        shutil.copytree(os.path.join(source, "examples"), os.path.join(scratch, "examples"))
        for name in ("tests", "corpus"):
            os.symlink(os.path.join(source, name), os.path.join(scratch, name))
        os.mkdir(os.path.join(scratch, "build"))
        os.symlink(binary, os.path.join(scratch, "build", "overlap-check"))
        env = dict(os.environ, OVERLAP_CHECK_CACHE_DIR=os.path.join(scratch, "cache"))
        env.pop("OVERLAP_CHECK_CORPUS", None)
        for number, command, expected in found:
            if "../shared" in command:
                print(f"README.md:{number}: skipped (reads ../shared): {command}")
                continue
            command = re.sub(r"^overlap-check ", "build/overlap-check ", command)
            run = subprocess.run(["bash", "-c", command], cwd=scratch, env=env, text=True,
                                 stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=120)
            actual = [line.rstrip() for line in run.stdout.splitlines()]
            ran += 1
            if not matches(expected, actual):
                failed += 1
                print(f"README.md:{number}: output differs: {command}")
                print("  README shows:\n" + "\n".join("    " + l for l in expected))
                print("  it prints:\n" + "\n".join("    " + l for l in actual))
    print(f"README examples: {ran - failed} of {ran} print what the README shows")
    return 1 if failed or ran == 0 else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""The hottest frames of a JFR recording's execution samples:
     bench/jfr-top.py recording.jfr [package-prefix] [n]
Prints the top frames (self time) and, for frames under package-prefix (default io.github.perfeval),
the share of samples in which each of our methods is on the stack (inclusive)."""
import collections, re, subprocess, sys

path = sys.argv[1]
prefix = sys.argv[2] if len(sys.argv) > 2 else "io.github.perfeval"
n = int(sys.argv[3]) if len(sys.argv) > 3 else 25
out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "128", path],
                     capture_output=True, text=True, check=True).stdout
samples = [s for s in out.split("jdk.ExecutionSample") if "stackTrace" in s]
top, ours, anywhere = collections.Counter(), collections.Counter(), collections.Counter()
frame = re.compile(r"^\s+([\w$.<>]+)\(")
for sample in samples:
    frames = [m.group(1) for line in sample.splitlines() if (m := frame.match(line))]
    if not frames:
        continue
    top[frames[0]] += 1
    for f in set(frames):
        anywhere[f] += 1
        if f.startswith(prefix):
            ours[f] += 1
total = len(samples)
print(f"{total} samples")
print("-- self")
for f, c in top.most_common(n):
    print(f"{100 * c / total:5.1f}%  {f}")
print(f"-- on the stack, {prefix}")
for f, c in ours.most_common(n):
    print(f"{100 * c / total:5.1f}%  {f}")
print("-- on the stack, all")
for f, c in anywhere.most_common(n * 2):
    print(f"{100 * c / total:5.1f}%  {f}")

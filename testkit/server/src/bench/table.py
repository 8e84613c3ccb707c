"""Turns wire-bench.txt into markdown: req/s per operation and connections for each endpoint, this project's
ratio to the fastest peer, then the SDK's p50/p99 per operation. Usage: table.py wire-bench.txt"""
import re
import sys

lines = open(sys.argv[1]).read().splitlines()
cells, sdk, peers, notes = {}, {}, [], []
for line in lines:
    if line.startswith("#"):
        notes.append(line[1:].strip())
        continue
    m = re.match(r"(\S+) (\S+) connections=(\d+) (.*)", line)
    if m:
        name, op, c, rest = m.groups()
        fields = dict(kv.split("=") for kv in rest.split() if "=" in kv)
        ok = "req_per_s" in fields and fields.get("non_2xx", "0") == "0" and fields.get("socket_errors", "0") == "0"
        value = fields.get("req_per_s", "failed")
        if value == "0" and fields.get("non_2xx", "0") != "0":
            value = "unsupported"
        if "req_per_s" in fields and not ok:
            value += " (errors: %s non-2xx, %s socket)" % (fields.get("non_2xx"), fields.get("socket_errors"))
        cells[(name, op, int(c))] = (value, ok)
        if name not in peers:
            peers.append(name)
        continue
    m = re.match(r"RESULT sdk (\S+) (\S+) (.*)", line)
    if m:
        name, op, rest = m.groups()
        fields = dict(kv.split("=") for kv in rest.split() if "=" in kv)
        sdk[(name, op)] = "%s / %s" % (fields["p50_ms"], fields["p99_ms"]) if "p50_ms" in fields else "unsupported"
        if name not in peers:
            peers.append(name)

print("\n".join("- " + n for n in notes))
print()
others = [p for p in peers if p != "userpool"]
print("| operation | connections | " + " | ".join(peers) + " | userpool / fastest peer |")
print("|---|---:|" + "---:|" * len(peers) + "---:|")
ops = []
for (_, op, _) in cells:
    if op not in ops:
        ops.append(op)
for op in ops:
    for c in sorted({c for (_, o, c) in cells if o == op}):
        row = [cells.get((p, op, c), ("-", False)) for p in peers]
        mine = cells.get(("userpool", op, c))
        best = max([float(cells[(p, op, c)][0]) for p in others if (p, op, c) in cells and cells[(p, op, c)][1]] or [0])
        ratio = "%.1fx" % (float(mine[0]) / best) if mine and mine[1] and best > 0 else "-"
        print("| %s | %d | %s | %s |" % (op, c, " | ".join(v for v, _ in row), ratio))
if sdk:
    print()
    print("AWS SDK for Java v2, one caller, keep-alive: p50 / p99 in ms")
    print()
    print("| operation | " + " | ".join(peers) + " |")
    print("|---|" + "---:|" * len(peers))
    for op in dict.fromkeys(o for (_, o) in sdk):
        print("| %s | %s |" % (op, " | ".join(sdk.get((p, op), "-") for p in peers)))

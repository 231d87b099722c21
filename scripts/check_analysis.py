#!/usr/bin/env python3
"""Independent check of `secretariado analyze` (the voting-power analysis's JSON contract), in another
language.

usage: check_analysis.py BINARY INPUT.json [--random N]
Runs BINARY analyze on INPUT (and on N random forums), recomputes balance, dominant and
veto sectors, Banzhaf and Shapley-Shubik exactly with rational arithmetic by enumerating
per-sector vote counts, and compares. Exit 0 when everything agrees to 1e-9, 1 otherwise.
"""
import itertools, json, math, random, subprocess, sys, tempfile
from fractions import Fraction

GUIDE = ["gobierno", "sociedad_civil", "organismo_garante"]

def wins(counts, seats, rule, voting):
    """Do these a-favor counts (everyone else against, all present) adopt the motion?"""
    total = sum(seats[s] for s in voting)
    yes = sum(counts.get(s, 0) for s in voting)
    unanimous = yes == total and total > 0
    kind = rule["kind"]
    if kind == "consensus":
        return unanimous
    need = Fraction(1, 2) if rule.get("threshold", "simple") == "simple" else Fraction(2, 3)
    majority = Fraction(yes) > need * total
    required = set(rule.get("requireSectors") or [])
    if rule.get("requireEverySector"):
        required |= {s for s in voting if seats[s] > 0}
    majority = majority and all(counts.get(s, 0) >= 1 for s in required)
    return majority or (kind == "consensus_then_majority" and unanimous)

def analyse(forum):
    seats = forum["seats"]
    observers = set(forum.get("observers") or [])
    rule = forum["rule"]
    voting = [s for s in seats if s not in observers and seats[s] > 0]
    n = sum(seats[s] for s in voting)
    balanced = all(seats.get(s, 0) >= 1 for s in GUIDE) and seats.get("gobierno", 0) == seats.get("sociedad_civil", 0)
    dominant = [s for s in voting if wins({s: seats[s]}, seats, rule, voting)]
    veto = [s for s in voting if not wins({t: seats[t] for t in voting if t != s}, seats, rule, voting)]
    if not wins({s: seats[s] for s in voting}, seats, rule, voting):
        veto = []  # nothing can win at all
    swings, pivots = {}, {}
    for t in voting:
        others = {s: seats[s] - (1 if s == t else 0) for s in voting}
        sw, pv = 0, Fraction(0)
        for combo in itertools.product(*[range(others[s] + 1) for s in voting]):
            counts = dict(zip(voting, combo))
            if wins({**counts, t: counts[t] + 1}, seats, rule, voting) and not wins(counts, seats, rule, voting):
                ways = math.prod(math.comb(others[s], counts[s]) for s in voting)
                size = sum(combo)
                sw += ways
                pv += ways * Fraction(math.factorial(size) * math.factorial(n - 1 - size), math.factorial(n))
        swings[t], pivots[t] = seats[t] * sw, seats[t] * pv
    total = sum(swings.values())
    banzhaf = {s: (Fraction(swings[s], total) if total else Fraction(0)) for s in voting}
    return balanced, sorted(dominant), sorted(veto), banzhaf, pivots

# One request (or file) analyses at most this many forums (AnalysisLimits.maxForums).
BATCH = 20

def compare(forums, binary):
    reported = []
    for start in range(0, len(forums), BATCH):
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
            json.dump({"forums": forums[start:start + BATCH]}, f)
        out = subprocess.run([binary, "analyze", f.name], capture_output=True, text=True)
        if out.returncode != 0:
            print("analyze failed:", out.stderr); return 1
        reported += json.loads(out.stdout)["forums"]
    failures = 0
    for forum, got in zip(forums, reported):
        balanced, dominant, veto, banzhaf, shapley = analyse(forum)
        problems = []
        if got["balanced"] != balanced: problems.append(f"balanced {got['balanced']} != {balanced}")
        if sorted(got["dominantSectors"]) != dominant: problems.append(f"dominant {got['dominantSectors']} != {dominant}")
        if sorted(got["vetoSectors"]) != veto: problems.append(f"veto {got['vetoSectors']} != {veto}")
        for name, expected, reported_values in (("banzhaf", banzhaf, got["banzhaf"]), ("shapleyShubik", shapley, got["shapleyShubik"])):
            for sector, value in expected.items():
                if abs(float(value) - reported_values.get(sector, -1)) > 1e-9:
                    problems.append(f"{name}[{sector}] {reported_values.get(sector)} != {float(value)}")
        if problems:
            failures += 1
            print(f"MISMATCH {forum['name']}: " + "; ".join(problems))
    print(f"{len(forums) - failures}/{len(forums)} forums agree")
    return 1 if failures else 0

def random_forums(n, seed=2017):
    rng = random.Random(seed)
    forums = []
    for i in range(n):
        seats = {s: rng.randint(0, 6) for s in GUIDE}
        seats["gobierno"] = max(seats["gobierno"], 1)
        kind = rng.choice(["consensus", "majority", "consensus_then_majority"])
        rule = {"kind": kind, "threshold": rng.choice(["simple", "two_thirds"])}
        if rng.random() < 0.3: rule["requireSectors"] = [rng.choice([s for s in GUIDE if seats[s] > 0])]
        if rng.random() < 0.2: rule["requireEverySector"] = True
        forums.append({"name": f"aleatorio-{i}", "seats": seats, "rule": rule})
    return forums

if __name__ == "__main__":
    if len(sys.argv) < 3:
        print(__doc__); sys.exit(2)
    binary, path = sys.argv[1], sys.argv[2]
    forums = json.load(open(path))["forums"]
    status = compare(forums, binary)
    if "--random" in sys.argv:
        status |= compare(random_forums(int(sys.argv[sys.argv.index("--random") + 1])), binary)
    sys.exit(status)

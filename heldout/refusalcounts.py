# refusalcounts.py BIN: counts only, no question printed. For every
# refusal the engine makes on held-out sets 15-25 (quotation questions
# aside), by the key's kind: how well the explain's best sentence covers
# the question (all terms / two thirds / less), whether it names every
# entity asked and holds an answer of the asked type; and which stage
# decided ("decided by" in --explain). A fallback that answered from the
# best sentence would be right only where kind is "fact": the split shows
# whether such a shallow rule could separate them.
import collections, glob, json, re, subprocess, sys

B = sys.argv[1]
cover = collections.Counter()
route = collections.Counter()
for i in range(15, 26):
    for qa in glob.glob(f"/work/main/heldout/set{i}/*_qa.jsonl"):
        art = qa.replace("_qa.jsonl", ".txt")
        for line in open(qa):
            if not line.strip():
                continue
            case = json.loads(line)
            if case["kind"] == "quote":
                continue
            ex = subprocess.run([B, "ask", "--article", art, "--explain", case["q"]], capture_output=True, text=True).stdout
            if "(refused)" not in ex:
                continue
            via = re.search(r"decided by: (.*)", ex)
            route[(case["kind"], via.group(1) if via else "?")] += 1
            m = re.search(r"candidate [^:]*: score [\d.]+, holds (\d+)% of the terms, (\d+) of (\d+) entities, answers: (\w+)", ex)
            if not m:
                cover[(case["kind"], "no candidate")] += 1
                continue
            c = int(m.group(1))
            cover[(case["kind"], "all terms" if c == 100 else "two thirds" if c >= 67 else "less",
                   "every entity" if m.group(2) == m.group(3) else "not every entity",
                   "holds an answer" if m.group(4) == "true" else "no answer")] += 1
print("refusals by kind and best sentence:")
for k, n in sorted(cover.items()):
    print(n, k)
print("refusals by kind and deciding stage:")
for k, n in sorted(route.items()):
    print(n, k)

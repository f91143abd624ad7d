"""failcounts.py BIN: the held-out failures of sets 15-25 counted by kind, answer type
(from `BIN ask --explain`) and the scorer's reason, and the refusals by their
form. Prints counts only, never a question, so the sets stay held out."""
import sys, subprocess, re, json, glob, collections, os
B = sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))
sets = [os.path.join(here, f"set{i}") for i in range(15, 26)]
types = collections.Counter(); tmpl = collections.Counter(); tall = collections.Counter(); pertype=collections.Counter()
for s in sets:
    out = subprocess.run([B, "eval", s], capture_output=True, text=True).stdout
    fails = {}
    for m in re.finditer(r'FAIL \[(\w+)\] (".*?"|\'.*?\'): (.*)', out):
        fails[m.group(2)[1:-1]] = (m.group(1), m.group(3))
    for qa in glob.glob(s + "/*_qa.jsonl"):
        art = qa.replace("_qa.jsonl", ".txt")
        for line in open(qa):
            if not line.strip(): continue
            c = json.loads(line); q = c["q"]
            ex = subprocess.run([B, "ask", "--article", art, "--explain", q], capture_output=True, text=True).stdout
            m = re.search(r'type: (\S+)', ex); t = m.group(1) if m else "?"
            tall[(c["kind"], t)] += 1
            if q in fails:
                kind, why = fails[q]
                why = re.sub(r'\[.*', '', why).strip()
                types[(kind, t, why)] += 1
                if why == "said not found":
                    first = ex.split("\n")[0]
                    first = re.sub(r'"[^"]*"', 'X', first)
                    first = re.sub(r'[A-Z][A-Za-z]*', 'W', first)
                    tmpl[first[:70]] += 1
print("by (kind, type, why): fails / all of that kind+type")
for k, v in types.most_common(45):
    print(v, "/", tall[(k[0], k[1])], k)
print("\nrefusal templates")
for k, v in tmpl.most_common(25):
    print(v, k)

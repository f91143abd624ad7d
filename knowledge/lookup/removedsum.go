package lookup

// A sum removed is no level (part of stage 4, how much). "Shares dropped
// 4.8%, erasing about $6 billion in market value" gives what the fall
// took away, not what the company is worth: a verb of removing takes the
// thing removed for its object (Levin 1993, §10.1 "remove" verbs and
// §10.4.1 "wipe" verbs), so the figure after it measures a loss. A
// question that asks no change and none of the removing ("how much is
// Norrow worth") is not answered by it; "how much market value was
// erased" names the verb and is.

// removingVerbs are the verbs of removing a sum is reported after, in
// their base forms (Levin 1993, §10.1: delete, eliminate, remove,
// subtract; §10.4.1: erase, strip, trim, wipe).
var removingVerbs = set("delete", "eliminate", "remove", "subtract", "erase", "strip", "trim", "wipe")

// removingStems are the Snowball stems of removingVerbs ("erasing": eras).
var removingStems = func() map[string]bool {
	out := map[string]bool{}
	for w := range removingVerbs {
		out[stemOf(w)] = true
	}
	return out
}()

// lossWords ask what an owner lost, which a sum removed from them
// measures (WordNet 3.0: lose, v. 1, "fail to keep or to maintain; cease
// to have"; loss, n.): "how much value did Norrow lose".
var lossWords = set("lose", "loses", "lost", "losing", "loss", "losses")

// removedSumNotAsked reports whether sum of money n of s is the object of a
// verb of removing right before it, past approximators and a particle
// ("wiping out about $6 billion"), and no word of q is that verb or asks
// a loss.
func removedSumNotAsked(q *query, s *sentence, n quantity) bool {
	if n.kind != qMoney {
		return false // "removed 214 bones" counts what was dug out, no loss of a sum
	}
	i := n.tok - 1
	for i >= 0 && approximators[s.toks[i].lower] {
		i--
	}
	if i > 0 && (s.toks[i].lower == "out" || s.toks[i].lower == "off") {
		i--
	}
	if i < 0 || s.toks[i].cap || !removingStems[s.toks[i].stem] {
		return false
	}
	for _, t := range q.terms {
		if t.matches(s.toks[i]) || lossWords[t.lower] {
			return false
		}
	}
	return true
}

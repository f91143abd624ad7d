package lookup

import "strings"

// The count premodified as the question premodifies its head (part of
// stage 4, how many): "how many long-tailed ducks were there" is answered
// by "nearly 900 long-tailed ducks", not by the "2,300 ducks" of the same
// sentence. A restrictive premodifier narrows the set its head names
// (Quirk et al. 1985, §17.3–17.10; a noun or compound adjective as
// premodifier, §17.104–17.108), so of two counts of the head the one whose
// premodifiers hold the question's counts the subset asked, and the other
// the whole it is taken from. A compound adjective premodifies as one
// word ("long-tailed", "full-time": AP Stylebook, "hyphen", compound
// modifiers) while the question reader splits it, so a part of a
// hyphenated premodifier meets the question's word too.

// premodifiedCountWeight is one point for a count n whose head is the
// question's counted head and whose premodifiers hold the word premodifying
// it in the question; three less for a count of that head premodified
// otherwise when another count of s holds the asked premodifier ("40
// harbor seals, nine gray seals": the harbor seals are not the gray ones,
// as coordinated kinds are each their own set, Quirk et al., ch. 13);
// none otherwise.
func premodifiedCountWeight(q *query, s *sentence, n quantity) float64 {
	w := premodifiedWeight(q, n)
	if w > 0 || len(n.mods) == 0 || q.typ != tCount || len(q.focus) != 2 || n.kind != qCount || !countsHead(n, q.focus[1]) {
		return w
	}
	for _, m := range s.nums {
		if m.tok != n.tok && m.unit == n.unit && premodifiedWeight(q, m) > 0 {
			return -3
		}
	}
	return 0
}

// premodifiedWeight is premodifiedCountWeight's point for n alone.
func premodifiedWeight(q *query, n quantity) float64 {
	if q.typ != tCount || len(q.focus) != 2 || n.kind != qCount || n.unit == "" || !countsHead(n, q.focus[1]) {
		return 0
	}
	asked := []string{q.focus[0]}
	if mods := stackedPremodifiers(q); mods != nil {
		asked = asked[:0]
		for _, m := range mods {
			asked = append(asked, m.stem) // "long", "tail": each word of the split compound
		}
	}
	for _, a := range asked {
		if !countPremodifiedBy(n, a) {
			return 0
		}
	}
	return 1
}

// countPremodifiedBy reports whether a premodifier of n, or a part of a
// hyphenated one, meets stem a, or a question's compound meets the whole
// of it ("long-tailed", read as one word: typedcompound.go).
func countPremodifiedBy(n quantity, a string) bool {
	for _, m := range n.mods {
		if stemsMeet(m, a) {
			return true
		}
		for _, p := range strings.Split(m, "-") {
			if p != "" && stemsMeet(p, a) {
				return true
			}
		}
	}
	return false
}

package lookup

import "strings"

// Prevented acts (part of stage 5): "to keep the fire from reaching
// Ashford" does not say the fire reached it. The verbs of prevention take
// an object and a "from" + -ing clause and are negative implicatives
// (Karttunen, "Implicative Verbs", Language 47, 1971: "prevent"): if the
// prevention happened, the act did not, and when the prevention is only
// tried, planned or hoped for, the act is neither stated nor denied.

// preventionVerbs are the common English verbs of prevention that take
// an object and "from" + -ing ("keep", "prevent", "stop", "bar", "block",
// "deter", "prohibit", "discourage", "hinder"), in every form.
var preventionVerbs = set("keep", "keeps", "kept", "keeping", "prevent", "prevents", "prevented",
	"preventing", "stop", "stops", "stopped", "stopping", "bar", "bars", "barred", "barring",
	"block", "blocks", "blocked", "blocking", "deter", "deters", "deterred", "deterring",
	"prohibit", "prohibits", "prohibited", "prohibiting", "discourage", "discourages",
	"discouraged", "discouraging", "hinder", "hinders", "hindered", "hindering")

// prevented reports whether an -ing word matched in s is the act of a
// "from" clause after a verb of prevention within its clause ("keep the
// fire from reaching"), and the question itself asks no prevention: the
// sentence then tells an act prevented, not one that happened. A negated
// prevention ("does not bar police from using drones") is left to the
// other rules: it permits the act.
func prevented(q *query, s *sentence, matched []int) bool {
	for _, t := range q.toks {
		if preventionVerbs[t.lower] {
			return false // "did crews try to keep it from spreading" asks the prevention
		}
	}
	for _, m := range matched {
		if m < 2 || !strings.HasSuffix(s.toks[m].lower, "ing") || s.toks[m-1].lower != "from" {
			continue
		}
		for k := m - 2; k >= 0 && k >= m-6; k-- {
			if strings.ContainsAny(s.text[s.toks[k].end:s.toks[k+1].start], ",;:") {
				break
			}
			if preventionVerbs[s.toks[k].lower] {
				return !negatedVerb(s, k) // "does not bar police from using drones" permits it
			}
		}
	}
	return false
}

// negatedVerb reports whether a plain negator stands within the three
// words before token k of s ("does not bar").
func negatedVerb(s *sentence, k int) bool {
	for j := max(0, k-3); j < k; j++ {
		if w := s.toks[j].lower; plainNegators[w] || strings.HasSuffix(w, "n't") {
			return true
		}
	}
	return false
}

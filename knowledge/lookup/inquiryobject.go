package lookup

// Objects of inquiry (part of stage 5, yes/no): "investigators were
// looking at an abandoned campfire" does not say the fire was a
// campfire's. The verbs of investigating (Levin 1993, §35.4: examine,
// explore, inspect, investigate, scrutinize, study, …; with "look at",
// "look into" and "probe", WordNet 3.0's synset of "investigate") present
// their object as under examination, not as established: they are
// non-factive (Kiparsky and Kiparsky 1970). A sentence that tells the
// asked thing only as such an object gives no verdict, as one under a
// modal of possibility does.

// inquiryVerbStems are the Snowball stems of the verbs of investigating
// (Levin 1993, §35.4, and the synset of "investigate").
var inquiryVerbStems = set("examin", "explor", "inspect", "investig", "scrutin", "studi", "probe", "consid", "review")

// inquiryParticles follow "look" in its investigating senses ("look at",
// "look into").
var inquiryParticles = set("at", "into")

// inquiredAt reports whether token m of s is the object of a verb of
// investigating, or inside that object within three words with no comma
// ("looking at an abandoned campfire", "investigating the cause").
func inquiredAt(s *sentence, m int) bool {
	for k := m - 1; k >= 0 && k >= m-4; k-- {
		if commaBetween(s, k, k+1) {
			return false
		}
		w := s.toks[k].lower
		if inquiryParticles[w] && k > 0 && stemOf(s.toks[k-1].lower) == "look" || inquiryVerbStems[stemOf(w)] && !s.toks[k].cap {
			return true
		}
	}
	return false
}

// asksInquiry reports whether the question itself asks about the
// inquiry: one of its terms is a verb of investigating, or "look" ("are
// they investigating the cause", "did police look at the car").
func asksInquiry(q *query) bool {
	for _, t := range q.terms {
		if inquiryVerbStems[t.stem] || t.stem == "look" {
			return true
		}
	}
	return false
}

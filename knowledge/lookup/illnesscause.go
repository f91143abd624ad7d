package lookup

// An illness told as the cause of a death (part of stage 4, reasons): an
// obituary's paragraph after the death often gives the cause without the
// word "cause" or "died of": "her father had suffered a stroke last
// week", "he had been diagnosed with cancer in May" (AP Stylebook,
// "obituaries": the cause of death, with its source, follows the death).
// Such a sentence names an illness or an injury: a noun WordNet files
// under ill health, affliction or injury, or the verb "suffer" in its
// sense "undergo (as of injuries and illnesses)" (WordNet suffer.v.02,
// sustain, have, get), or "diagnose".

// illnessAncestors are the WordNet nouns under which illnesses and
// injuries are filed.
var illnessAncestors = []string{"ill_health", "affliction", "injury"}

// illnessVerbs are the verbs that take an illness or an injury as their
// object: WordNet's "suffer, sustain, have, get: undergo (as of injuries
// and illnesses)" and "diagnose: subject to a medical analysis".
var illnessVerbs = set("suffer", "suffered", "suffers", "suffering", "sustained",
	"diagnosed", "diagnosis")

// namesIllness reports whether s names an illness or an injury, by a verb
// that takes one or by a noun WordNet files as one.
func (e *Engine) namesIllness(s *sentence) bool {
	for _, t := range s.toks {
		if illnessVerbs[t.lower] {
			return true
		}
		if e.lex == nil || t.cap || stopWords[t.lower] || !e.canBe(t.lower, "noun") {
			continue
		}
		for _, a := range illnessAncestors {
			if e.lex.KindOf(t.lower, a) {
				return true
			}
		}
	}
	return false
}

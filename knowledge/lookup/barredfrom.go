package lookup

import "strings"

// Barred from a thing (part of stage 4): "She is barred from all
// competition, including national races", "fans were banned from the
// stadium". A verb of prevention in the passive with "from" and a noun
// phrase says its subject may not do or enter what the noun names: the
// prevention has happened, so the act is denied (Karttunen, "Implicative
// Verbs", Language 47, 1971, on "prevent" as a negative implicative;
// prevented.go reads the same verbs with a "from" + -ing clause). Asked
// "can she ride in national races", the article's answer is no.

// barredParticiples are the past participles of the verbs of prevention
// of prevented.go that take a noun after "from" ("barred from the
// building"), with "banned", "excluded" and "suspended", which take the
// same object and "from" complement.
var barredParticiples = set("barred", "banned", "blocked", "prohibited", "kept", "stopped",
	"prevented", "excluded", "suspended")

// barredFromReach is how many words may stand between "from" and a word
// matched in its noun phrase ("from all of its national races").
const barredFromReach = 6

// barredFrom reports whether a word matched in s stands in the noun
// phrase after a passive verb of prevention's "from" ("is barred from
// all competition"), or in an "including" list that closes it.
func barredFrom(q *query, s *sentence, matched []int) bool {
	for _, t := range q.toks {
		if preventionVerbs[t.lower] || barredParticiples[t.lower] {
			return false // "was she barred from racing" asks the prevention
		}
	}
	for _, m := range matched {
		if f := fromBefore(s, m); f >= 2 && barredParticiples[s.toks[f-1].lower] && verbGroupAux(s.toks[f-2].lower) && !negatedVerb(s, f-1) {
			return true
		}
	}
	return false
}

// fromBefore is the index of the "from" within barredFromReach words
// before token m of s, with no punctuation between but a comma that
// opens an "including" list, or -1.
func fromBefore(s *sentence, m int) int {
	for k := m - 1; k >= 0 && k >= m-barredFromReach; k-- {
		if s.toks[k].lower == "from" {
			return k
		}
		gap := s.text[s.toks[k].end:s.toks[k+1].start]
		if strings.ContainsAny(gap, ";:.") || strings.Contains(gap, ",") && s.toks[k+1].lower != "including" {
			return -1
		}
	}
	return -1
}

// failedOrBarred reports whether s tells the act asked as failed
// (failure.go) or its subject as barred from it.
func (e *Engine) failedOrBarred(q *query, s *sentence, matched []int) bool {
	return e.failedAct(q, s, matched) || barredFrom(q, s, matched)
}

package lookup

// Acts failed (part of stage 4, yes/no): "did she set a course record?"
// when the article says "she missed the course record". A verb of
// failure — fail, miss, neglect, fall short of — entails that its
// complement did not come about: it is a negative implicative verb
// (Karttunen, "Implicative Verbs", Language 47, 1971; WordNet glosses
// miss as "fail to reach, get to or attain"). A sentence in which such a
// verb governs what the question asks denies it, as a "not" would.

// failureVerbs are the negative implicative verbs and the verbs WordNet
// glosses as failing to reach or attain (Karttunen 1971; WordNet, miss).
var failureVerbs = set("fail", "fails", "failed", "failing", "miss", "misses", "missed",
	"missing", "neglect", "neglects", "neglected", "neglecting",
	// Karttunen's "avoid", and WordNet's verbs of keeping a thing from
	// happening or leaving it out (avert.v.02 and prevent.v.01 "keep from
	// happening or arising"; skip.v.02 "bypass", omit): "avoiding a
	// runoff" says there is none
	"avoid", "avoids", "avoided", "avoiding", "avert", "averts", "averted", "averting",
	"prevent", "prevents", "prevented", "preventing", "skip", "skips", "skipped", "skipping")

// fallForms are the forms of "fall", which with "short (of)" is a verb of
// failure (WordNet, "fall short": fail to reach).
var fallForms = set("fall", "falls", "fell", "fallen", "falling")

// failedAct reports whether a verb of failure in s governs a matched word
// of it: the verb stands before the word with only determiners, "to",
// "of", adverbs in -ly or other matched words between ("missed the course
// record", "failed to set a record", "fell short of the record"), and no
// negation denies the verb itself ("never missed"). A question that asks
// about the failure itself ("did she miss the record") is answered by
// the words it uses, so it is left alone.
func (e *Engine) failedAct(q *query, s *sentence, matched []int) bool {
	for _, t := range q.toks {
		if failureVerbs[t.lower] || fallForms[t.lower] && t.lower != "fall" {
			return false
		}
	}
	isMatched := map[int]bool{}
	for _, m := range matched {
		isMatched[m] = true
	}
	for _, m := range matched {
		k := failureBefore(s, m, isMatched)
		if k < 0 {
			k = failedPremodified(s, m) // "failed a routine hull inspection" (failedobject.go)
		}
		if k >= 0 && !e.denies(s, []int{k}) {
			return true
		}
	}
	return false
}

// failureBefore is the token of a verb of failure that governs token m of
// s, or -1. A cardinal number between them stands in the object's noun
// phrase, after its determiners (Quirk et al., §5.20, cardinal numerals
// as postdeterminers): "missed two free throws" fails at the throws.
func failureBefore(s *sentence, m int, isMatched map[int]bool) int {
	for k := m - 1; k >= 0 && k >= m-5; k-- {
		w := s.toks[k].lower
		switch {
		case failureVerbs[w]:
			return k
		case w == "short" && k > 0 && fallForms[s.toks[k-1].lower]:
			return k - 1
		case determiners[w] || cardinalToken(w) || w == "to" || w == "of" || endsLy(w) || isMatched[k] || s.toks[k].poss:
			continue
		}
		return -1
	}
	return -1
}

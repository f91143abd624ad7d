package lookup

// The act asked about told inside a clause of cause or time (part of
// stage 4): "The council voted 7-2 on Tuesday, hours after a county
// judge threw out a lawsuit". An adverbial clause modifies the clause it
// is subordinate to (Quirk et al., §15.45-15.48, the subordinators of
// cause and of time that suggest a cause), so the sentence gives a cause,
// or a setting, of the vote; of the act its own subordinate clause tells
// ("threw out a lawsuit"), it states no cause, and "why did the judge
// throw out the suit" is answered by another sentence.

// causeSubordinators open a clause or phrase of cause, or of time that
// suggests a cause (Quirk et al., §15.45: "because", "since", "after";
// the prepositions "following", "amid", "due to"), unlike the verbs of
// causing, whose cause is their subject.
var causeSubordinators = set("because", "since", "after", "following", "amid", "due")

// actInCauseClause reports whether every matched token of s lies in one
// clause opened by a cause subordinator, up to the next comma,
// semicolon or dash that ends a clause (clauseComma): the sentence tells the act as the cause or setting
// of another.
func actInCauseClause(s *sentence, matched []int) bool {
	if len(matched) == 0 {
		return false
	}
	for i, t := range s.toks {
		if !causeSubordinators[t.lower] || s.quoted[i] {
			continue
		}
		end := clauseComma(s, t.end)
		inside := true
		for _, m := range matched {
			if m <= i || s.toks[m].start >= end {
				inside = false
				break
			}
		}
		if inside {
			return true
		}
	}
	return false
}

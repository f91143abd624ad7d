package lookup

// The continuing state (part of stage 3): news writing gives an event's
// figure in the lead ("knocked out power to 146,000") and its standing
// state later with an adverb or verb of continuation ("21,300 remained in
// the dark", "11 are still closed", "the fire continued to smolder"). A
// question that asks the present state with the same aspect ("how many
// are still without power", "how many remain open") asks that later
// sentence, not the event's: in English, "still" and the verbs of
// continuing mark that a state holds on from an earlier time (Quirk et
// al., A Comprehensive Grammar of the English Language, 1985, §8.88 and
// §16.49, continuative adverbs and catenative verbs of continuing).

// continuingStems are the words that mark a state as holding on, as
// Snowball stems: WordNet 3.0 still.r.01 ("with reference to action or
// condition; without change, interruption, or cessation"), remain.v.01
// {remain, stay} ("stay the same; remain in a certain state") and
// continue.v.01 ("keep or maintain in unaltered condition").
var continuingStems = []string{"still", "remain", "stay", "continu"}

// continuingWeight is what a sentence marking the state as continuing
// earns for a question that asks it so: one term of mean weight, as if
// the question's own "still" were a content word it holds. A sentence
// that holds none of the question's terms (held false) is about
// something else that continues, and earns nothing.
func continuingWeight(q *query, s *sentence, total float64, held bool) float64 {
	if !held || len(q.terms) == 0 || !marksContinuing(q.toks, false) || !marksContinuing(s.toks, true) {
		return 0
	}
	return total / float64(len(q.terms))
}

// marksContinuing reports whether toks hold a word of continuation. In an
// article's sentence an opening "Still," is the concessive conjunct
// ("Still, officials said…"), not the adverb of time, so it does not count.
func marksContinuing(toks []token, sentence bool) bool {
	for k, tok := range toks {
		if sentence && k == 0 && tok.lower == "still" {
			continue
		}
		for _, st := range continuingStems {
			if tok.lower == st || tok.meets(st) {
				return true
			}
		}
	}
	return false
}

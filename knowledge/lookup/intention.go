package lookup

// Stated intentions (part of stage 4, yes/no): a question about what
// someone will do is answered by what they said they would do. English
// states the future as a modal of prediction or volition (will, shall,
// would in reported speech), the semi-modal be going to, or a verb of
// intention (Quirk et al., §4.42–4.48); reported speech backshifts will
// to would (§14.31). A person's stated plan is all anyone can know of
// their future acts, so it answers the question; a claim about a past
// fact is still only a claim.

// futureModals mark a verb phrase in future time, as written in the
// question or backshifted in reported speech (Quirk et al., §4.42–4.48,
// §14.31).
var futureModals = set("will", "shall", "would", "'ll", "won't", "wouldn't", "gonna")

// intentionVerbs take a to-infinitive of what the subject means to do
// (Quirk et al., §16.38, verbs of intention).
var intentionVerbs = set("plan", "plans", "planned", "planning", "intend", "intends", "intended",
	"intending", "vow", "vows", "vowed", "promise", "promises", "promised", "going")

// asksFuture reports whether a question asks about future time: a
// future modal ("will he appeal") or be going to ("is he gonna appeal"),
// or a verb of intention ("does she plan to run").
func asksFuture(q *query) bool {
	for k, t := range q.toks {
		if futureModals[t.lower] && t.lower != "would" && t.lower != "wouldn't" {
			return true // "would he" asks a hypothetical, not the future
		}
		if intentionVerbs[t.lower] && k+1 < len(q.toks) && q.toks[k+1].lower == "to" {
			return true
		}
	}
	return false
}

// intended reports whether a matched word of s is the verb of a stated
// intention: a future modal, or a verb of intention and its "to", before
// it with only auxiliaries, negations and adverbs between ("he would
// appeal", "she will not run", "they plan to appeal"), or a verb of
// arrangement and its "to" ("the trial is scheduled to begin", see
// scheduleVerbs), or, in a headline, "to" alone: headlines write the
// future as the infinitive ("Maine paper mill to close after 112 years";
// AP Stylebook, "headlines": future tense as "to" plus the verb).
func intended(s *sentence, matched []int) bool {
	for _, m := range matched {
		for k := m - 1; k >= 0 && k >= m-4; k-- {
			w := s.toks[k].lower
			if futureModals[w] || w == "to" && k > 0 && (intentionVerbs[s.toks[k-1].lower] || scheduleVerbs[s.toks[k-1].lower] || s.part == "title") {
				return true
			}
			if !auxiliaries[w] && !negations[w] && w != "be" && w != "ever" && !endsLy(w) {
				break
			}
		}
	}
	return false
}

// endsLy reports whether a word has the adverb suffix -ly.
func endsLy(w string) bool { return len(w) > 2 && w[len(w)-2:] == "ly" }

// statedPlan answers a question about the future from a reported
// intention: Yes when the one who spoke said it would happen, No when
// they said it would not. The head says it is what was said.
func (e *Engine) statedPlan(q *query, s *sentence, c candidate) (reply, bool) {
	if !asksFuture(q) || !intended(s, c.matched) {
		return reply{}, false
	}
	head := "Yes — that is the stated plan:"
	if e.denies(s, c.matched) != q.negated {
		head = "No — that is the stated plan:"
	}
	return reply{found: true, head: head, used: []*sentence{s}}, true
}

package lookup

// Directed acts asked by who or which (part of stage 5). A
// wh-question takes its act for granted (Quirk et al. 1985, §11.14): "which
// cities adopted limits" presupposes that some did, and asks which.
// A directive verb's object is only the one it asks or orders to act
// ("asking cities to adopt their own limits"): the verbs are
// non-implicative (Karttunen, "Implicative Verbs", Language 47, 1971), so
// the sentence names no one who did the act. The question
// must ask of the act as a fact (asksFact): "which cities must adopt limits"
// or "who was told to leave" is answered by the directive.

// directedAskTypes are the answer types that name who did the
// question's act (a count of them is read by the quantity stage).
var directedAskTypes = map[answerType]bool{tPerson: true, tWhich: true}

// directedDoerOnly reports whether q asks who (or which) did an
// act that candidate sentence s only directs someone to do.
func (e *Engine) directedDoerOnly(q *query, s *sentence, matched []int) bool {
	return directedAskTypes[q.typ] && q.asksFact() && e.directedActs(s, matched)
}

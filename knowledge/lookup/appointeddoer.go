package lookup

// A verb of appointing or choosing someone for a post takes an object and
// a to-infinitive that names the post's duty, and the understood subject
// of that infinitive is the object, not the one who chose: "The board
// chose Ana Ruiz to replace him" says Ruiz will replace him, "tapped
// Deputy Eli Marsh to run the unit" that Marsh will run it (Quirk et al.
// 1985, §16.52–16.53 on object + to-infinitive complementation, where the
// object is the infinitive's subject; Levin 1993, §29.1 on the appoint
// verbs). So a who-question asking the infinitive's act ("who will
// replace him", "who's going to run the unit") is answered by the object,
// never by the subject that chose.

// appointedDoer is the person or organisation an appointing verb of s
// names as its object right before the infinitive of the question's act;
// -1 when the act is not such an infinitive, or the object is one the
// question names.
func (e *Engine) appointedDoer(q *query, s *sentence) int {
	act, k := e.askedActAt(q, s)
	if act < 1 || k < 1 || k != act-1 || s.toks[k].lower != "to" || punctuatedBetween(s.text, s.toks, k) {
		return -1
	}
	x, start := e.entitySpanEndingAt(s, k-1)
	if x < 0 || contains(q.subjects, x) {
		return -1
	}
	for j := start - 1; j >= 0 && j >= start-5; j-- {
		if punctuatedBetween(s.text, s.toks, j+1) {
			return -1 // "…, who named Lee, to …": the verb is in another clause
		}
		if appointVerbs[s.toks[j].lower] || appointParticiples[s.toks[j].lower] {
			return x
		}
		if w := s.toks[j].lower; clauseJoints[w] || w == "who" || e.canBe(w, "verb") && !e.canBe(w, "noun") && !e.canBe(w, "adj") {
			return -1 // another verb or clause stands between: "asked why Lee chose to …"
		}
	}
	return -1
}

// appointParticiples are the past participles of the appoint verbs that
// differ from their past tense (appointVerbs has "chose"; "has chosen
// Lee to lead it"; the irregular verb tables of Quirk et al. 1985, §3.16).
var appointParticiples = set("chosen")

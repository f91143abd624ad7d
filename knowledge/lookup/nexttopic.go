package lookup

// The headline names the story's topic, and the story's sentences are
// about it (AP Stylebook, "headlines"; the lead and headline state the
// news the rest of the story develops). So "what's next for X", where X is
// what the headline is about, asks the story's own next step even when no
// sentence in future time repeats X: "what's next for the chapel" of a
// story headlined "Lightning fire guts chapel" is answered by "Engineers
// are scheduled to inspect the remaining walls", a step the story takes
// for granted is the chapel's.

// headlineTopic reports whether the title holds every term and entity of
// q: what q names is the topic the headline announces.
func (e *Engine) headlineTopic(q *query) bool {
	if len(q.terms) == 0 && len(q.subjects) == 0 {
		return false
	}
	for _, c := range e.rank(q, func(s *sentence) bool { return s.part == "title" }) {
		if c.coverage >= 0.999 && c.subjects == len(q.subjects) {
			return true
		}
	}
	return false
}

package lookup

// Telephone numbers (part of stage 4, yes/no): "is there a phone # owners
// can call" asks whether the article gives a number to call. News copy
// writes a telephone number as digits in groups joined by hyphens, the
// area code first and a leading 1- for a toll-free number ("212-621-1500",
// "1-800-555-0142": AP Stylebook, "telephone numbers"), so the number is
// found by its form, though the article never says "phone". The rest of
// the question ("owners can call") must be held by the same sentence.

// phoneRe is a telephone number in AP style, or with the area code in
// parentheses.
var phoneRe = lazyRE(`\b(?:1-)?(?:\d{3}-|\(\d{3}\) )\d{3}-\d{4}\b`)

// phoneGiven answers a yes/no question that asks for a telephone number
// with the number the article gives, and the sentence that gives it.
func (e *Engine) phoneGiven(q *query) (reply, bool) {
	if q.negated || e.noLex {
		return reply{}, false
	}
	asked := false
	var rest []term
	for _, t := range q.terms {
		switch {
		case e.lex.KindOf(t.lower, "telephone"):
			asked = true
		case t.lower != "number":
			// "number" is the head of the compound "telephone number"
			rest = append(rest, t)
		}
	}
	if !asked {
		return reply{}, false
	}
	sub := *q
	sub.terms = rest
	for _, c := range e.rank(&sub, func(s *sentence) bool { return phoneRe.MatchString(s.text) }) {
		if len(rest) > 0 && c.coverage < minCoverage || len(q.subjects) > 0 && c.subjects == 0 {
			continue
		}
		s := &e.r.sents[c.s]
		return reply{found: true, head: "Yes — " + phoneRe.FindString(s.text) + ".", used: []*sentence{s}}, true
	}
	return reply{}, false
}

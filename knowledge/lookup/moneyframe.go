package lookup

// "How much money" (part of stage 2, the question's terms): "how much"
// before a noncount noun asks its quantity (Quirk et al., §5.23), and a
// news story gives a quantity of money as a figure in dollars ("lost $3.1
// million") without the noun "money" (AP Stylebook, "dollars"). So "money"
// after "how much", which the article never writes, frames the answer
// rather than naming what the answer must hold, when the question's own
// verb says what was done with it ("how much money did the unit lose"). With
// a light verb only the noun gives the act its meaning ("make money" is to
// earn, Quirk et al., §2.59 on light verbs), and it stays.

// moneyFrame reports whether question token i is "money" after "how
// much", unknown to the article, whose question's verb (the first word
// after it that can be a verb, past the auxiliary and the subject's
// determiner and noun) is no light verb and one the article uses.
func (e *Engine) moneyFrame(toks []token, i int) bool {
	if toks[i].lower != "money" || i < 2 || toks[i-1].lower != "much" || toks[i-2].lower != "how" || e.known(toks[i]) {
		return false
	}
	for k := i + 1; k < len(toks); k++ {
		t := toks[k]
		if auxiliaries[t.lower] || determiners[toks[k-1].lower] || toks[k-1].poss {
			continue // the auxiliary, and the subject's noun after its determiner ("did the ferry")
		}
		if lightVerbs[t.lower] {
			return false
		}
		if !stopWords[t.lower] && e.canBe(t.lower, "verb") {
			return e.known(t) // the question's verb
		}
	}
	return false
}

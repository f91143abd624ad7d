package lookup

// "How much" as the subject (part of stage 2, understanding the question).
// "Much" determines only a noncount noun (Quirk et al. 1985, §5.23),
// so a word in the third-person -s form right after "how much" that is an
// inflected verb is no noun it counts: "how much" is itself the subject,
// and a wh-subject takes its verb without inversion or do-support (Quirk et
// al., §11.14): "how much goes to the lawyers", "how much remains in the
// fund". A preposition, a determiner or the end of the question after the
// word tells it is that verb; an auxiliary after it tells a noun ("how much
// damages did the jury award").

// howMuchSubjectVerb drops from focus the verb of a "how much" subject
// question, which counts nothing.
func (e *Engine) howMuchSubjectVerb(toks []token, focus []string) []string {
	if e.noLex || len(focus) != 1 {
		return focus
	}
	for i := 2; i < len(toks); i++ {
		if toks[i-2].lower != "how" || toks[i-1].lower != "much" {
			continue
		}
		w := toks[i].lower
		if stemOf(w) != focus[0] && toks[i].stem != focus[0] || !plural(w) || e.lex.Lemma(w) == "" || !e.canBe(w, "verb") {
			return focus
		}
		if i+1 == len(toks) || prepositions[toks[i+1].lower] || determiners[toks[i+1].lower] {
			return nil
		}
		return focus
	}
	return focus
}

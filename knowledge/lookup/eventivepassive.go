package lookup

// A light verb in the passive with an eventive subject (part of stage 2,
// weighing the question's words). passivelight.go keeps the full meaning
// of a light verb's participle closing a passive question ("when were
// the heaters made": manufactured), as its subject is what was made. But
// when the subject names an act and nothing that can be made ("when was
// the trade made", "when was the decision made", "when was the arrest
// made"), the passive is that of the eventive object ("make a trade",
// "make a decision"; Quirk et al. 1985 on "make", "have", "take" and
// "give" with eventive objects): the verb is delexical, the noun carries
// the meaning, and a news story tells the act by its noun or its own verb
// ("acquired … on Tuesday in a five-player trade") without the light
// verb. A noun names only an act when WordNet files it under act (human
// action) and under no artifact or physical object: "heater", "painting"
// and "shot" name things made as well as acts.

// eventivePassive reports whether token i of toks, a light verb's
// participle closing a passive (passiveLight), follows a noun that names
// only an act.
func (e *Engine) eventivePassive(toks []token, i int) bool {
	if e.noLex || i == 0 || !passiveLight(toks, i) {
		return false
	}
	w := toks[i-1].lower
	return e.lex.KindOf(w, "act") && !e.lex.KindOf(w, "artifact") && !e.lex.KindOf(w, "object")
}

package lookup

import "slices"

// predicativeDone reports whether question token i is "done" as the
// complement of a copula ("when was the pier done", "is the work done
// yet", "will it be done by June"): there it is no form of the pro-verb
// "do", which stands for a verb phrase and takes its meaning from it
// (Quirk et al., §12.22), but the adjective WordNet 3.0 lists in its first
// sense as similar to "finished" ("done, through: having finished or
// arrived at completion"), and it is read as that word. It is the
// copula's complement when a form of "be" stands before it and no form
// of "have" between, nothing but a time adjunct follows it, and no "what"
// asks for the act done ("what was done about it" is the passive of
// "do").
func predicativeDone(toks []token, i int) bool {
	if toks[i].lower != "done" || i == 0 || toks[0].lower == "what" || toks[0].lower == "whats" {
		return false
	}
	if i+1 < len(toks) && !doneAdjuncts[toks[i+1].lower] {
		return false // "have they done the paving": the verb with its object
	}
	be := slices.IndexFunc(toks[:i], func(t token) bool { return copulas[t.lower] })
	if be < 0 {
		return false
	}
	return !slices.ContainsFunc(toks[be+1:i], func(t token) bool { return haveForms[t.lower] })
}

// haveForms are the forms of "have", the auxiliary of the perfect ("the
// biggest recall it has ever done": the participle of "do").
var haveForms = set("has", "have", "had", "'ve", "'d", "having")

// doneAdjuncts are the words that open a time adjunct after a predicative
// adjective ("done yet", "done by June", "done in May"; Quirk et al.,
// §8.51–8.59, adjuncts of time position and of "already", "yet").
var doneAdjuncts = set("yet", "already", "now", "soon", "by", "in", "before", "on", "at")

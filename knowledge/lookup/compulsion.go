package lookup

// Compulsion told by a verb of obligation (part of stage 2): "was the
// board forced to report it" asks whether someone made the board report,
// and a news story tells an obligation a law or an authority lays on
// someone by "require", "compel" or "oblige" as often as by "force"
// ("State law required the board to report the loss"). WordNet 3.0 files
// these verbs as one meaning: {compel, oblige, obligate} "force somebody
// to do something", {coerce, hale, squeeze, pressure, force} "cause to do
// through pressure or necessity", {command, require} "make someone do
// something", {mandate} "make mandatory"; Levin, "English Verb Classes
// and Alternations", 1993, §59 ("force" verbs) takes the object and a
// to-infinitive of the act compelled (Quirk et al. 1985, §16.64 on the
// object and to-infinitive complementation of "force" and "require").
// So a question's verb of compulsion the article never writes is held by
// the verbs of compulsion it does write.

// compulsionVerbs are the verbs of the senses above.
var compulsionVerbs = []string{"force", "compel", "oblige", "obligate", "require", "mandate", "coerce"}

// compulsionKnown returns the stems of the verbs of compulsion the
// article writes, when w is a form of one of them that it does not;
// nil otherwise.
func (e *Engine) compulsionKnown(w string) []string {
	base := e.baseVerb(w)
	asked := false
	for _, v := range compulsionVerbs {
		asked = asked || v == base || stemOf(v) == stemOf(w)
	}
	if !asked {
		return nil
	}
	var out []string
	for _, v := range compulsionVerbs {
		if st, ok := e.knownWord(v); ok && stemOf(v) != stemOf(w) {
			out = append(out, st)
		}
	}
	return out
}

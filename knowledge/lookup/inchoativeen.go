package lookup

// Stage 2, terms: an adjective after a resulting copula ("got sick",
// "grew weak", "went dark") asks the change of state the verb that the
// suffix -en forms from that adjective names ("sickened", "weakened",
// "darkened"): -en makes causative and inchoative verbs of adjectives,
// "to make or become ADJ" (Quirk et al. 1985, Appendix I.35; the
// resulting copulas, §16.21). The -en verb, when WordNet lists it as a
// verb and the article writes it, is one more form of the question's
// adjective ("how many people got sick" of "has sickened 86 people").

// resultingCopulas are the forms of the copulas of becoming (Quirk et
// al. §16.21: become, get, go, grow, turn, fall).
var resultingCopulas = set("get", "gets", "got", "gotten", "getting", "become", "becomes", "became",
	"becoming", "go", "goes", "went", "gone", "going", "grow", "grows", "grew", "grown", "growing",
	"turn", "turns", "turned", "turning", "fall", "falls", "fell", "fallen", "falling")

// enVerbKnown is the stem of the verb in -en formed from the adjective at
// toks[i] after a resulting copula, when WordNet lists it and the article
// writes a form of it; "" otherwise.
func (e *Engine) enVerbKnown(toks []token, i int) string {
	if i == 0 || e.noLex || !resultingCopulas[toks[i-1].lower] || !e.canBe(toks[i].lower, "adj") {
		return ""
	}
	v := toks[i].lower + "en"
	if !e.canBe(v, "verb") {
		return ""
	}
	vt := tokenize(v)
	if len(vt) != 1 || !e.known(vt[0]) {
		return ""
	}
	return vt[0].stem
}

// withEnVerb is tm with the -en verb of the adjective at toks[i] among
// its alternatives (enVerbKnown): beside the adjective's own stem and
// synonyms when the article writes the adjective, alone and now known
// when it does not; tm as it is when there is no such verb.
func (e *Engine) withEnVerb(toks []token, i int, tm term) term {
	v := e.enVerbKnown(toks, i)
	switch {
	case v == "":
	case tm.known:
		tm.alts = append([]string{tm.stem}, append(tm.alts, v)...)
	default:
		tm.known, tm.alts = true, []string{v}
	}
	return tm
}

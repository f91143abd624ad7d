package lookup

import (
	"slices"
	"strings"
)

// Verbs prefixed "out-" ("outrebounded", "outscored", "outran") mean to
// beat someone at the verb's act: the prefix forms transitive verbs of
// surpassing (Quirk et al., App. I.27; WordNet puts "outscore" under
// "beat", which entails "win"). So "who won the rebounding battle" is
// answered by "Delmont State outrebounded Carver 38-31".

// outVerbsKnown returns the stems of the article's out- verbs whose base
// is the verb of stem: "outrebound" for "rebound". A word WordNet knows
// as anything but a verb ("outlet", "outline") is a word of its own.
func (e *Engine) outVerbsKnown(stem string) []string {
	if e.noLex {
		return nil
	}
	var out []string
	for st := range e.r.vocab {
		if !strings.HasPrefix(st, "out") || len(st) < 6 || !stemsMeet(stemOf(st[3:]), stem) {
			continue
		}
		if !slices.Contains(e.lex.PartsOfSpeech(st[3:]), "verb") {
			continue
		}
		if pos := e.lex.PartsOfSpeech(st); len(pos) > 0 && (len(pos) > 1 || pos[0] != "verb") {
			continue
		}
		out = append(out, st)
	}
	slices.Sort(out)
	return out
}

// withOutVerbs gives a question's terms the article's out- verbs: the
// term of the verb's base ("rebounding") meets them, and so does a term
// of winning or beating when the question names the act won at, as the
// out- verb says who beat whom at it.
func (e *Engine) withOutVerbs(terms []term) []term {
	var outs []string
	for i := range terms {
		if o := e.outVerbsKnown(terms[i].stem); len(o) > 0 {
			// the out- verb is a form of the term's own word
			terms[i].derived = terms[i].derived || len(terms[i].alts) == 0
			terms[i].alts = append(terms[i].alts, o...)
			terms[i].known = true
			outs = append(outs, o...)
		}
	}
	if len(outs) == 0 {
		return terms
	}
	for i := range terms {
		if b := e.baseVerb(terms[i].lower); b == "win" || b == "beat" {
			terms[i].alts = append(terms[i].alts, outs...)
			terms[i].known = true
		}
	}
	return terms
}

// baseVerb is a word's base form: its irregular lemma or its stem.
func (e *Engine) baseVerb(w string) string {
	if !e.noLex {
		if l := e.lex.Lemma(w); l != "" {
			return l
		}
	}
	return stemOf(w)
}

// verbForm reports whether w is a form of a verb: as written, inflected by
// WordNet's detachment rules ("injured" of injure), or irregular.
func (e *Engine) verbForm(w string) bool {
	return e.canBe(w, "verb") || e.canBe(e.baseVerb(w), "verb")
}

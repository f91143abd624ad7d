package lookup

import (
	"slices"
	"strings"
)

// irregularPastFirst drops the counted noun of "how many" when it is an
// irregular past form of a verb ("how many spoke", "how many won", "how
// many fell ill"): "many" takes a plural count noun (Quirk et al., §5.23),
// and such a word read as a noun is singular (WordNet 3.0 lists "spoke"
// as a wheel's spoke, "won" as a currency, "fell" as a hide), so "many"
// is the subject itself and the word its verb, as pastVerbFirst reads a
// past in -ed. The word is an irregular form by WordNet's exception
// lists whose base is a verb, whether or not WordNet also files it as a
// noun in its own right ("went", "came", "slept" are no noun at all, and
// so no noun "many" could count either); a plural by morphy's "-men" rule ("men") and a plural noun
// noun.exc lists ("teeth", "geese": irregularpluralnoun.go) stay counted nouns, as
// does a word followed by a plural noun, which it may premodify.
func (e *Engine) irregularPastFirst(toks []token, focus []string) []string {
	if e.noLex {
		return focus
	}
	if len(focus) == 2 {
		return e.irregularPastBeforeSingular(toks, focus)
	}
	if len(focus) != 1 {
		return focus
	}
	for i := 2; i < len(toks); i++ {
		if toks[i-2].lower != "how" || toks[i-1].lower != "many" {
			continue
		}
		w := toks[i].lower
		if stemOf(w) != focus[0] || plural(w) || strings.HasSuffix(w, "men") || e.irregularPluralNoun(w) {
			return focus
		}
		if i+1 < len(toks) {
			if next := toks[i+1].lower; plural(next) || next == "people" || peopleWords[next] {
				return focus
			}
		}
		base := e.lex.Lemma(w)
		if base == "" || base == w || !slices.Contains(e.lex.PartsOfSpeech(base), "verb") {
			return focus
		}
		return nil
	}
	return focus
}

// irregularPastBeforeSingular drops a two-word counted phrase whose
// first word is an irregular past form of a verb and whose second is a
// singular noun ("how many lost power", "how many took shelter"):
// "many" takes a plural count noun (Quirk et al., §5.23), so a singular
// after the past form cannot be the head "many" counts, and the form
// cannot be a premodifier of the counted noun; "many" is the subject
// itself, the form its verb and the singular its object. The form is an
// irregular past by WordNet's exception lists whose base is a verb; a
// plural after it stays counted ("how many lost children", "how many
// broken poles", §17.98 on participles premodifying a noun).
func (e *Engine) irregularPastBeforeSingular(toks []token, focus []string) []string {
	for i := 2; i+1 < len(toks); i++ {
		if toks[i-2].lower != "how" || toks[i-1].lower != "many" {
			continue
		}
		w, next := toks[i].lower, toks[i+1].lower
		if stemOf(w) != focus[0] || stemOf(next) != focus[1] || plural(w) || plural(next) || next == "people" || peopleWords[next] || strings.HasSuffix(next, "men") {
			return focus
		}
		base := e.lex.Lemma(w)
		if base == "" || base == w || !slices.Contains(e.lex.PartsOfSpeech(base), "verb") {
			return focus
		}
		return nil
	}
	return focus
}

package knowledge

import "strings"

// An agent noun the article writes in lower case elsewhere is an
// occupational title when it opens a sentence before a name ("Rower Isla
// Grant, the youngest on board, …" in a story that speaks of "the other
// rowers"). AP style writes an occupational title before a name in lower
// case (AP Stylebook, "titles"), so the capital comes from the sentence
// alone, as openingDescriptor reads; that rule asks for a given name
// after the word, and the given-name lists lack many ("Isla"). The
// article's own lower-case use of the word shows it is a common noun, and
// an agentive suffix that it names a doer (Quirk et al. 1985, App.
// I.34–I.36: -er, -or, -ist, -ian form agent and occupation nouns), so the
// run's words after it are the name. The word after must be no word the
// article writes in lower case, and the word itself no given name.

// agentSuffixes are the English agentive noun suffixes (Quirk et al.
// 1985, App. I.34–I.36).
var agentSuffixes = []string{"er", "or", "ist", "ian"}

// lowerAgentOpener reports whether run opens its sentence with an agent
// noun the article also writes in lower case, before a name of two or
// more words.
func (ds *discovery) lowerAgentOpener(p *para, run []token) bool {
	if len(run) < 3 || isGivenName(run[0].s) {
		return false
	}
	w := run[0].s
	k := tokKey(w)
	if bare(w) != w || placeHeads[k] || orgHeads[k] || eventNameHeads[k] || ds.lowerWords[tokKey(run[1].s)] {
		return false
	}
	if (!ds.lowerWords[k] && !ds.lowerWords[k+"s"] || !agentShaped(k)) && !occupationShaped(k) {
		return false
	}
	first, _ := p.sentTokens(run[0].sent)
	return first < len(p.toks) && p.toks[first].start == run[0].start
}

// occupationSuffixes are the agentive suffixes that form only nouns of a
// person's profession, practice or belief (Quirk et al. 1985, App. I.36:
// -ist "member of a profession", as in "geologist", "pianist"; -ician
// "specialist in", as in "physician", "electrician"), and that no given
// name ends in, so an opening word with one needs no lower-case use
// elsewhere to be read as a description ("Geologist Priya Raman said").
var occupationSuffixes = []string{"ist", "ician"}

// occupationShaped reports whether k ends in an occupation suffix after a
// stem of at least three letters ("christ" is a name's word, not a doer).
func occupationShaped(k string) bool {
	for _, s := range occupationSuffixes {
		if strings.HasSuffix(k, s) && len(k)-len(s) >= 3 && k != "christ" {
			return true
		}
	}
	return false
}

// agentShaped reports whether k ends in an agentive suffix after a stem
// of at least three letters.
func agentShaped(k string) bool {
	for _, s := range agentSuffixes {
		if strings.HasSuffix(k, s) && len(k)-len(s) >= 3 {
			return true
		}
	}
	return false
}

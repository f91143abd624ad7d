package lookup

import (
	"slices"
	"strings"
)

// Shortened and compound words (part of stage 2): chat writes words cut
// short and compounds with a familiar head, which the article spells out.
// English clips words at the back ("sig" of signature, "stats" of
// statistics) or the front ("scope" of telescope, "copter" of
// helicopter), and a compound's head is its last part (the righthand head
// rule: Williams, "On the notions 'lexically related' and 'head of a
// word'", 1981), so "grandkids" are "grandchildren". Bauer, "English
// Word-formation" (1983), §9.2 on clipping.

// clippedKnown returns the stems of the article's words that w clips or
// that share w's compound head: for a word the article never uses.
func (e *Engine) clippedKnown(w string) []string {
	w = singular(w)
	dictionary := e.lex != nil && e.lex.IsWord(w)
	var out []string
	for v := range e.r.vocab {
		if len(v) <= len(w)+1 || strings.ContainsAny(v, ".'-") {
			continue
		}
		sv := singular(v)
		switch {
		case !dictionary && len(w) >= 3 && strings.HasPrefix(v, w):
			// back-clipping: only a word that is no word of its own ("sigs")
		case len(w) >= 5 && strings.HasSuffix(sv, w):
			// a fore-clipping or compound head: tele+scope, air+plane
		case !dictionary && e.sharesHead(w, sv):
		default:
			continue
		}
		if st := stemOf(v); !slices.Contains(out, st) {
			out = append(out, st)
		}
	}
	for _, a := range out {
		for _, b := range out {
			if !strings.HasPrefix(a, b) && !strings.HasPrefix(b, a) {
				return nil // more than one word it could stand for
			}
		}
	}
	return out // forms of one word ("grandchild", "grandchildren")
}

// sharesHead reports whether w and v are compounds of one first part whose
// heads are synonyms ("grandkid", "grandchild").
func (e *Engine) sharesHead(w, v string) bool {
	if e.lex == nil {
		return false
	}
	n := 0
	for n < len(w) && n < len(v) && w[n] == v[n] {
		n++
	}
	if n < 4 || n == len(w) || n == len(v) {
		return false
	}
	hw, hv := w[n:], v[n:]
	if base := e.lex.Lemma(hv); base != "" {
		hv = base // "children": child
	}
	return e.lex.IsWord(hw) && slices.Contains(e.lex.Synonyms(hw), hv)
}

// clipping reports whether one stem is the other cut short, as English
// clips words ("photo" of "photograph", "lab" of "laboratory"). Clipping
// shortens content words (Quirk et al., App. I.74); a function word such
// as "off" is no clipping of "offer".
func clipping(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= 3 && strings.HasPrefix(b, a) && !stopWords[a] && !particles[a]
}

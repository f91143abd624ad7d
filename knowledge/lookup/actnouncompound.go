package lookup

import (
	"slices"
	"strings"
)

// A closed compound of an act's noun names the act too (part of stage 2,
// the question's terms, with relatedKnown in query.go). WordNet links
// "sue" to its noun "suit", and news writing calls the suit a "lawsuit":
// a closed compound is a kind of its last base, its head (Quirk et al.
// 1985, App. I.57; Bauer 1983, English Word-formation, §2.4, endocentric
// compounds; closedcompound.go), so "The lawsuit was brought by four
// property owners" tells who sued as "The suit was brought by …" would,
// and a support verb's by-phrase names the doer (oper1verb.go). The
// compound must be one WordNet knows as a kind of the head, or not know
// at all, after a first base that is a word of its own ("law"), so
// "pursuit" is no suit.

// compoundsKnown returns the stems of the article's words that are closed
// compounds headed by the derived form r ("lawsuit" of "suit"), sorted.
func (e *Engine) compoundsKnown(r string) []string {
	if e.noLex || len(r) < 3 {
		return nil
	}
	var out []string
	for w := range e.r.vocab {
		if !strings.HasSuffix(w, r) || w == r || strings.ContainsAny(w, " -'") {
			continue
		}
		if st := stemOf(w); !slices.Contains(out, st) && e.compoundOfCounted(w, r) {
			out = append(out, st)
		}
	}
	slices.Sort(out)
	return out
}

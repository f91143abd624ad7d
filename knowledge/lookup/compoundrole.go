package lookup

import "strings"

// A role named by a compound the article never writes (part of stage 2,
// read by the quote questions of speech.go). English lexicalises some
// noun-noun compounds as the names of distinct offices ("district
// attorney", "police chief"; WordNet 3.0 lists each as a noun of its own,
// and Quirk et al. 1985, App. I.57, on compounds whose meaning is not
// the sum of their parts), so the head alone does not name the office:
// a district attorney is not the attorney general an article names by
// its head noun "attorney". "What did the da say" ("da": district
// attorney) asks for a speaker the article must call by the compound's
// modifier too.

// compoundRoleUnsaid reports whether the relation noun t stands in the
// question's speaker phrase after a modifier the article never uses,
// with which it forms a compound WordNet lists ("district attorney"),
// while the article writes t only inside other listed compounds that
// name no kind of the question's office nor it a kind of theirs
// ("attorney general"; a "prosecuting attorney" is what a district
// attorney is, and a bare "his attorney" may be any).
func (e *Engine) compoundRoleUnsaid(q *query, t term) bool {
	if e.noLex {
		return false
	}
	np := speakerTokens(q)
	for k := 1; k < len(np); k++ {
		if np[k].lower != t.lower {
			continue
		}
		mod := np[k-1].lower
		asked := mod + " " + t.lower
		return !stopWords[mod] && !e.r.vocab[mod] && e.lex.IsWord(asked) && e.onlyInOtherCompounds(t.lower, asked)
	}
	return false
}

// onlyInOtherCompounds reports whether the article uses w, outside
// quotation, and each time inside a compound WordNet lists, with the word
// before it or after it, that is neither asked nor a kind of it, nor
// asked a kind of it.
func (e *Engine) onlyInOtherCompounds(w, asked string) bool {
	seen := false
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for k, tok := range s.toks {
			if tok.lower != w || s.quoted[k] {
				continue
			}
			seen = true
			c := e.listedCompoundAt(s.toks, k)
			if c == "" || c == asked || e.lex.KindOf(c, asked) || e.lex.KindOf(asked, c) {
				return false
			}
		}
	}
	return seen
}

// listedCompoundAt is the compound WordNet lists that token k forms with
// the token before or after it ("attorney general", "general's" read
// without its genitive), or "".
func (e *Engine) listedCompoundAt(toks []token, k int) string {
	if k+1 < len(toks) {
		if c := toks[k].lower + " " + strings.TrimSuffix(toks[k+1].lower, "'s"); e.lex.IsWord(c) {
			return c
		}
	}
	if k > 0 {
		if c := toks[k-1].lower + " " + toks[k].lower; e.lex.IsWord(c) {
			return c
		}
	}
	return ""
}

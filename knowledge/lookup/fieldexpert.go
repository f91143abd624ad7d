package lookup

import (
	"regexp"
	"strings"
)

// A field's expert (part of stage 4, who-questions by role): "who's the
// bird expert" asks for the one the article calls an ornithologist.
// WordNet 3.0 defines "expert" as "a person with special knowledge or
// ability", and the nouns for such people by the broader noun and their
// field: an ornithologist is "a zoologist who studies birds", an apiarist
// "a farmer who keeps bees", an arborist "a specialist in treating
// damaged trees". A reader names the field and calls its student an
// expert or a specialist (WordNet's specialist n. 1 is "an expert who is
// devoted to one occupation or branch of learning"); a reporter writes
// the occupation's own noun. So in a question asking for a role, "expert"
// or "specialist" is met by a noun for a person in a description whose
// definition names a field word of the question, and that field word by
// the same noun.

// expertNouns are WordNet's expert n. 1 and its hyponym specialist n. 1,
// in both numbers.
var expertNouns = set("expert", "experts", "specialist", "specialists")

// fieldGloss captures what a definition of a person says after its broader
// noun: "a zoologist who studies birds" → "who studies birds".
var fieldGloss = regexp.MustCompile(`^(?:a|an|one|someone) (?:[a-z-]+ )?[a-z-]+ ((?:who|that|in|skilled in) [a-z ',-]+)`)

// fieldExpertMeets reports whether term t of q is met in description toks
// by a field's expert: t an expert noun, and a person noun of toks defined
// by another term of q; or t that term.
func (e *Engine) fieldExpertMeets(q *query, t term, toks []token) bool {
	if e.lex == nil || !q.hasTermIn(expertNouns) {
		return false
	}
	for _, tok := range toks {
		if tok.cap || !e.isPersonNoun(tok.lower) {
			continue
		}
		if expertNouns[t.lower] {
			for _, f := range q.terms {
				if !expertNouns[f.lower] && e.definedByField(tok.lower, f) {
					return true
				}
			}
		} else if e.definedByField(tok.lower, t) {
			return true
		}
	}
	return false
}

// hasTermIn reports whether one of the question's terms is written as a
// word of ws.
func (q *query) hasTermIn(ws map[string]bool) bool {
	for _, t := range q.terms {
		if ws[t.lower] {
			return true
		}
	}
	return false
}

// definedByField reports whether WordNet defines noun w, in a sense of a
// person, by a field that is term f: a content word after its broader noun
// ("birds" of "a zoologist who studies birds").
func (e *Engine) definedByField(w string, f term) bool {
	for _, g := range e.lex.Glosses(w, "noun") {
		m := fieldGloss.FindStringSubmatch(g)
		if m == nil {
			continue
		}
		for _, x := range strings.Fields(strings.ReplaceAll(m[1], ",", " ")) {
			if !stopWords[x] && len(x) > 2 && stemsMeet(stemOf(x), f.stem) {
				return true
			}
		}
	}
	return false
}

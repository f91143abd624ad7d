package lookup

import (
	"slices"
	"strings"
)

// Arranged acts (part of stage 2): English marks an act arranged for a
// later time with "be" and a participle or adjective of arrangement
// before the to-infinitive ("the fair is scheduled to open Friday", "was
// set to begin", "is due to start", "was slated to run"; Quirk et al.,
// A Comprehensive Grammar, 3.47 and 4.48, the semi-auxiliaries and "be
// to" of arrangement, futuretime.go's scheduleVerbs), and "be supposed
// to" is the same arrangement as a reader asks it ("when was it
// supposed to start"). News copy picks one of them and a reader another,
// so a when-question's word of arrangement before "to" meets every one
// the article writes before "to".

// arrangementWords are futuretime.go's scheduleVerbs and "supposed".
var arrangementWords = set("scheduled", "set", "expected", "due", "slated", "poised", "supposed")

// arrangedBefore reports whether toks[i] is a word of arrangement
// followed by "to".
func arrangedBefore(toks []token, i int) bool {
	return arrangementWords[toks[i].lower] && i+1 < len(toks) && toks[i+1].lower == "to"
}

// arrangementsKnown returns the words of arrangement the article writes
// before "to" outside quotation marks (a speaker's "what am I supposed
// to do" is obligation, no schedule), as tokens, one per stem.
func (e *Engine) arrangementsKnown() []token {
	var out []token
	for _, s := range e.r.sents {
		for k, t := range s.toks {
			if arrangedBefore(s.toks, k) && !s.quoted[k] && !slices.ContainsFunc(out, func(o token) bool { return o.stem == t.stem }) {
				out = append(out, t)
			}
		}
	}
	slices.SortFunc(out, func(a, b token) int { return strings.Compare(a.stem, b.stem) })
	return out
}

// withArrangementWords reads a when-question's word of arrangement as the
// article's: "when was it supposed to start" asks after "was scheduled
// to run Friday through Sunday". When the article writes the question's
// own word the term keeps it and meets the others too; when it does not,
// the term becomes the article's word, so that the question's word in
// another sense ("what am I supposed to do") is no match.
func (e *Engine) withArrangementWords(q *query, terms []term) []term {
	if q.typ != tTime {
		return terms
	}
	var asked []string
	for i := range q.toks {
		if arrangedBefore(q.toks, i) {
			asked = append(asked, q.toks[i].stem)
		}
	}
	if len(asked) == 0 {
		return terms
	}
	known := e.arrangementsKnown()
	if len(known) == 0 {
		return terms
	}
	for i := range terms {
		if !slices.Contains(asked, terms[i].stem) {
			continue
		}
		if !slices.ContainsFunc(known, func(o token) bool { return o.stem == terms[i].stem }) {
			terms[i] = term{lower: known[0].lower, stem: known[0].stem, known: true}
		}
		for _, o := range known {
			if o.stem != terms[i].stem && !slices.Contains(terms[i].alts, o.stem) {
				terms[i].alts = append(terms[i].alts, o.stem)
			}
		}
		terms[i].weight = max(terms[i].weight, e.r.idf(terms[i].stem))
	}
	return terms
}

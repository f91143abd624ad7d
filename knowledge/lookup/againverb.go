package lookup

import "strings"

// Verbs prefixed "re-" ("reopen", "resume", "rebuild") mean the act of
// their base done again or back to a former state (Quirk et al., App.
// I.23, the prefix re- "again, back"; WordNet glosses "reopen" as "open
// again or anew"). So "when will the pool open again" and "when does the
// pool open back up" ask when it reopens, and "when do talks start back
// up" when they restart, which WordNet files with "resume"; and a question about the
// future ("when does the museum open") asks it of a thing the article
// tells of only as reopening: the act still to come of a thing that was
// open before is its opening again.

// withAgainVerbs gives a verb term the article's re- verb of the same
// base when the question says the act is done again: "again" after it,
// or "back" right after it (the "back" is then part of the act, no word
// the answer must hold); or when the question asks about the future and
// the article never uses the base word.
func (e *Engine) withAgainVerbs(q *query, terms []term) []term {
	if e.noLex {
		return terms
	}
	dropBack := false
	for i, tok := range q.toks {
		back := i+1 < len(q.toks) && q.toks[i+1].lower == "back"
		if !back && !againAfter(q, i) && !(asksFutureTime(q) && !e.r.vocab[tok.stem]) {
			continue
		}
		re := "re" + e.baseVerb(tok.lower)
		if !e.canBe(re, "verb") {
			continue
		}
		alts := e.againWords(re)
		if len(alts) == 0 {
			continue
		}
		for k := range terms {
			if terms[k].lower == tok.lower {
				terms[k].alts = append(terms[k].alts, alts...)
				terms[k].derived = terms[k].derived || e.r.vocab[stemOf(re)]
				terms[k].known = true
				dropBack = dropBack || back
			}
		}
	}
	if !dropBack {
		return terms
	}
	var out []term
	for _, t := range terms {
		if t.lower != "back" {
			out = append(out, t)
		}
	}
	return out
}

// againAfter reports whether "again" follows token i of q.
func againAfter(q *query, i int) bool {
	for _, t := range q.toks[i+1:] {
		if t.lower == "again" {
			return true
		}
	}
	return false
}

// againWords are the stems of the article's words for re- verb re: the
// verb itself, or else its WordNet synonyms ("restart": resume).
func (e *Engine) againWords(re string) []string {
	if e.r.vocab[stemOf(re)] {
		return []string{stemOf(re)}
	}
	var out []string
	for _, w := range e.lex.Synonyms(re) {
		if !strings.Contains(w, " ") && e.r.vocab[stemOf(w)] {
			out = append(out, stemOf(w))
		}
	}
	return out
}

// againAsked reports whether q asks term t's act done again or back
// ("could the ward open again", "will the pool open back up"). Such an
// act presupposes the opposite state before it (a restitutive "again":
// to open again is to end a closure; von Stechow, "The Different Readings
// of Wieder 'Again'", 1996), so a sentence stating the opposite ("to close
// the ward") says no No to it.
func (q *query) againAsked(t term) bool {
	for i, tok := range q.toks {
		if tok.lower == t.lower && (againAfter(q, i) || i+1 < len(q.toks) && q.toks[i+1].lower == "back") {
			return true
		}
	}
	return false
}

package lookup

import (
	"slices"
)

// A sports story gives a team's record, its wins and losses (and ties),
// in parentheses right after the team's name: "the Hawks (41-19)",
// "Cray Valley (21-1-1)" (AP Stylebook, "sports": won-lost records in
// figures with hyphens). So "what's Harlow's record" asks that
// parenthetical, not "a franchise record" or "a state record", which a
// word of the question meets as well: a record of a team, asked by its
// possessive or an of-phrase, is its won-lost figure.

// recordParen matches a won-lost or won-lost-tied record in parentheses
// at the start of the text after a name: " (41-19)", " (21-1-1)".
var recordParen = lazyRE(`^\s*\((\d{1,3}-\d{1,3}(?:-\d{1,3})?)\)`)

// teamRecord answers "what is X's record" or "X's record?" with the record
// the article writes in parentheses after X's name, or after another name
// of the same team ("the Hawks" for the Harlow Hawks); false when q asks no
// record of anyone or the article gives none for the one asked about.
func (e *Engine) teamRecord(q *query) (reply, bool) {
	if q.typ != tPassage && q.typ != tWhich && q.typ != tValue && q.typ != tScore { // tScore: "what's their record" (winloss.go)
		return reply{}, false
	}
	owner := recordOwner(q)
	if len(owner) == 0 {
		return reply{}, false
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for k, t := range s.toks {
			m := recordParen.FindStringSubmatch(s.text[t.end:])
			if m == nil || !t.cap {
				continue
			}
			if e.sameTeam(owner, capitalRun(s.toks, k)) {
				return reply{found: true, head: m[1] + ".", used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
}

// recordOwner is the words of the name q asks the record of: the
// possessive before "record" ("harlow's record", "cray valley's
// record") or the words after "record of"; none when q asks no record.
func recordOwner(q *query) []string {
	i := slices.IndexFunc(q.toks, func(t token) bool { return t.lower == "record" })
	if i < 0 {
		return nil
	}
	var out []string
	if i > 0 && q.toks[i-1].poss {
		for k := i - 1; k >= 0 && k >= i-3 && !ownerStop(q.toks[k].lower); k-- {
			out = append([]string{q.toks[k].lower}, out...)
		}
		return out
	}
	if i+2 < len(q.toks) && q.toks[i+1].lower == "of" {
		for _, t := range q.toks[i+2:] {
			if !ownerStop(t.lower) {
				out = append(out, t.lower)
			}
		}
	}
	return out
}

// ownerStop reports whether a question word can be no part of a team's
// name: a function word, a chat word or an interrogative.
func ownerStop(w string) bool {
	return stopWords[w] || chatWords[w] || whWords[w] || w == "whats"
}

// capitalRun is the lower-case words of the run of capitalised tokens
// ending at token k ("Cray Valley", "Hawks").
func capitalRun(toks []token, k int) []string {
	var out []string
	for j := k; j >= 0 && j > k-4 && toks[j].cap; j-- {
		out = append([]string{toks[j].lower}, out...)
	}
	return out
}

// sameTeam reports whether the question's owner words and the name run
// before a record name one team: they share a word, or one entity of the
// article has a word of each in its names ("harlow" and "hawks" in
// "Harlow Hawks").
func (e *Engine) sameTeam(owner, run []string) bool {
	if slices.ContainsFunc(owner, func(w string) bool { return slices.Contains(run, w) }) {
		return true
	}
	for _, ent := range e.r.ents {
		var words []string
		for _, f := range ent.forms {
			words = append(words, f...)
		}
		if slices.ContainsFunc(owner, func(w string) bool { return slices.Contains(words, w) }) &&
			slices.ContainsFunc(run, func(w string) bool { return slices.Contains(words, w) }) {
			return true
		}
	}
	return false
}

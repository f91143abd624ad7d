package lookup

import "strings"

// Stage 4, a definite role: "the judge" names the one judge the story
// has. A definite noun phrase refers to the one thing in the discourse
// that fits it (the uniqueness of the definite article: Quirk et al.,
// §5.26–5.32; Hawkins 1978), and a news story names each office holder
// in full once and by the title after. So when the question's other words
// are not where the title holder is named ("which judge has the case",
// "who's the judge on the case"), the story's only holder of the title
// is still who "the judge" means. The entities the question names must
// be in the holder's description ("Reed's lawyer"), and every word of
// the question but the verb of "which TITLE VERB" must be one the story
// uses: a qualifier it never uses ("the president of France") may pick
// out someone else, while the asked act may be put in other words. Two holders, or none, and
// this rule says nothing.

// definiteRole answers a who- or which-question about "the TITLE" with
// the one person the article gives that title.
func (e *Engine) definiteRole(q *query) (reply, bool) {
	title, at, ok := definiteTitle(q)
	if !ok {
		return reply{}, false
	}
	verb := ""
	if at+1 < len(q.toks) {
		verb = q.toks[at+1].stem // "which coach guided …": the act the question asks about
	}
	sub := *q
	sub.terms = nil
	for _, t := range q.terms {
		if !t.known && t.stem != verb {
			return reply{}, false // "the president of France": a qualifier the story never uses
		}
		if t.matchesStem(stemOf(title)) {
			sub.terms = append(sub.terms, t)
		}
	}
	if len(sub.terms) == 0 {
		return reply{}, false
	}
	holders, rs := e.roleHolders(&sub)
	if len(holders) != 1 {
		return reply{}, false
	}
	x := holders[0]
	return reply{found: true, head: e.a.Entities[x].Name + ".", used: e.namedWith(x, rs[0].s)}, true
}

// definiteTitle is the title word a question names with "the" or
// "which" before it ("the judge", "which judge"), and its position. A
// title in the genitive ("the captain's wife") determines another head
// and names the possessor, not the one asked for (possessorWord,
// possessorrole.go).
func definiteTitle(q *query) (string, int, bool) {
	for i := 1; i < len(q.toks); i++ {
		prev, w := q.toks[i-1].lower, strings.TrimSuffix(q.toks[i].lower, ".")
		if (prev == "the" || prev == "which") && (personTitles[w] || classNouns[w] == "person") && !q.nameToks[i] && !possessorWord(q.toks[i]) {
			return w, i, true
		}
	}
	return "", 0, false
}

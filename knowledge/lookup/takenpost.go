package lookup

import "slices"

// Becoming a holder of a post (part of stage 2): one becomes a mayor, a
// chief or a director by being put into the post, and news copy tells
// that change with the verb of the putting, not with "become": "was
// elected mayor in 1998", "was named chief in 2015", "was hired as
// director", "was sworn in as mayor", "took office as chief". These are
// the appoint verbs, whose object complement names the post (Levin 1993,
// §29.1, "appoint, designate, elect, nominate, ordain"; §29.3 "crown,
// name"), and the verbs WordNet 3.0 files as putting someone into an
// office or a job: {install, instal, induct} "put into an office or a
// position", {hire, engage, employ} "engage or hire for work",
// {promote, upgrade, advance, …} "give a promotion to or assign to a
// higher position", {inaugurate, swear in} "open ceremoniously or
// dedicate formally" / "administer an oath to", and every verb WordNet
// files under {choose, take, select, pick out} ("elect", "nominate",
// "pick"); "take office" is WordNet's "assume an office, duty, or title",
// which "take over" and "assume" neighbour. So "when did she become
// mayor" is told by the sentence that writes such a verb with "mayor".

// postVerbs are the appoint verbs and WordNet's verbs of putting into an
// office or a job, as the comment above lists them.
var postVerbs = set("appoint", "designate", "elect", "nominate", "ordain", "crown", "name",
	"install", "induct", "hire", "promote", "inaugurate", "swear", "choose", "select", "pick", "tap")

// postVerbsKnown returns the stems of the words the article writes that
// are verbs of putting into a post, and the phrases of "take office" it
// writes, as stem sequences.
func (e *Engine) postVerbsKnown() ([]string, [][]string) {
	var alts []string
	for w := range e.r.words {
		b := e.baseVerb(w)
		if !e.canBe(w, "verb") || !postVerbs[b] && (e.noLex || !e.lex.Narrower(b, "choose")) {
			continue
		}
		if st := stemOf(w); !slices.Contains(alts, st) {
			alts = append(alts, st)
		}
	}
	slices.Sort(alts)
	var phrases [][]string
	for i := range e.r.sents {
		toks := e.r.sents[i].toks
		for k := 0; k+1 < len(toks); k++ {
			if toks[k+1].lower == "office" && e.baseVerb(toks[k].lower) == "take" {
				ph := []string{toks[k].stem, toks[k+1].stem}
				if !slices.ContainsFunc(phrases, func(p []string) bool { return slices.Equal(p, ph) }) {
					phrases = append(phrases, ph)
				}
			}
		}
	}
	return alts, phrases
}

// withPostVerbs gives a question's "become" the article's verbs of
// putting into a post, when the question names the post by a noun for a
// kind of person: "when did she become mayor" meets "was elected mayor".
func (e *Engine) withPostVerbs(q *query, terms []term) []term {
	k := slices.IndexFunc(terms, func(t term) bool { return t.stem == stemOf("become") })
	if k < 0 || !slices.ContainsFunc(q.toks, func(t token) bool { return !stopWords[t.lower] && e.personNoun(t.lower) }) {
		return terms
	}
	alts, phrases := e.postVerbsKnown()
	if len(alts)+len(phrases) == 0 {
		return terms
	}
	terms[k].alts = append(terms[k].alts, alts...)
	terms[k].kinds = append(terms[k].kinds, alts...) // being put into the post is becoming its holder: the act itself, no mere synonym
	terms[k].phrases = append(terms[k].phrases, phrases...)
	terms[k].known = true
	return terms
}

// postUntold reports whether q asks when someone became the holder of a
// post ("when did Sessions become attorney general") of an article that
// writes neither "become" nor any verb of putting into a post: the title
// before a name ("Attorney-General Jeff Sessions has come under attack")
// tells that the person holds the post, not when the holding began, so
// the time of the sentence's own act answers nothing asked.
func (e *Engine) postUntold(q *query) bool {
	k := slices.IndexFunc(q.terms, func(t term) bool { return t.stem == stemOf("become") })
	return k >= 0 && !q.terms[k].known && slices.ContainsFunc(q.toks, func(t token) bool { return !stopWords[t.lower] && e.personNoun(t.lower) })
}

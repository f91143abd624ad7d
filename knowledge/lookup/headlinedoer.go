package lookup

import (
	"slices"

	"storybot/knowledge"
)

// The headline's doer (part of stage 4, who did it). A headline restates
// the lead in fewer words (AP Stylebook, "headlines": a headline
// summarises the story's main point, which the lead tells), and for want
// of room it calls a person the reader would not know by a short
// description ("Connecticut port chief quits …"). When the lead tells
// the same act, by the headline's verb or a WordNet synonym of it
// ("resigned" for "quits"), of a person it identifies late (a delayed
// identification, delayedlead.go and definitelead.go), the headline's
// doer is that person, whom the story names: not someone the article
// "does not name".

// headlineDoer is the person the lead identifies late as the doer of the
// headline's act asked about, when s is the headline; -1 otherwise.
func (e *Engine) headlineDoer(q *query, s *sentence) int {
	if s.part != "title" || e.noLex {
		return -1
	}
	lead := e.leadSentence()
	if lead == nil || len(lead.refs) != 1 || e.sentenceNamesPerson(lead) || e.a.Entities[lead.refs[0]].Kind != knowledge.Person {
		return -1
	}
	t, ok := e.askedAct(q)
	if !ok {
		return -1
	}
	stems := []string{t.stem}
	for _, w := range e.lex.Synonyms(t.lower) {
		stems = append(stems, stemOf(w))
	}
	for i, tok := range lead.toks {
		if !tok.cap && (t.actAt(lead.toks, i) || slices.Contains(stems, tok.stem)) && !passiveAt(lead.toks, i) { // "was found alive": the one found, no doer (lateagent.go)
			return lead.refs[0]
		}
	}
	return -1
}

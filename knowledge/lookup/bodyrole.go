package lookup

import (
	"slices"

	"storybot/knowledge"
)

// A body asked for by its description (part of stage 4): news writing
// introduces an organisation by what it is to the story, set beside its
// name in apposition ("the contractor, Tri-County Data Services of
// Duluth,"; "Hale Foods, the plant's owner,"; Quirk et al., §17.65: the
// nonrestrictive appositive), and a reader then asks for it by that
// description ("what did the contractor say").

// bodyDescriptions returns the words of the appositives the article sets
// before or after organisation x's name.
func (e *Engine) bodyDescriptions(x int) []token {
	var out []token
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.part != "" || !contains(s.named, x) {
			continue
		}
		for _, sp := range e.nameSpans(s, x) {
			before, after := s.text[:sp[0]], s.text[sp[1]:]
			if m := postAppositive.FindStringSubmatch(after); m != nil && !isAgeOnly(m[1]) {
				out = append(out, e.lemmatize(tokenize(m[1]))...)
			}
			if m := preAppositive.FindStringSubmatchIndex(before); m != nil && !prepositionBefore(before[:m[2]]) {
				out = append(out, e.lemmatize(tokenize(fromPossessor(lastDeterminer(before[m[2]:m[3]]))))...)
			}
		}
	}
	return out
}

// speakingBody is the organisation a quote question names by its
// description: the one that speaks (quoted or reported) and whose
// appositives hold every word of the speaker phrase; -1 when none does or
// several do.
func (e *Engine) speakingBody(q *query) int {
	return e.onlySpeakingBody(q, func(x int, np []term) bool {
		toks := e.bodyDescriptions(x)
		all := len(toks) > 0
		for _, t := range np {
			all = all && slices.ContainsFunc(toks, func(tok token) bool { return tok.meets(t.stem) })
		}
		return all
	})
}

// onlySpeakingBody is the one organisation that speaks (quoted or
// reported) and that fits the question's speaker phrase by fits; -1 when
// the question has no such phrase, or when none or several fit.
func (e *Engine) onlySpeakingBody(q *query, fits func(x int, np []term) bool) int {
	np := speakerPhrase(q)
	if len(np) == 0 {
		return -1
	}
	found := -1
	for x, ent := range e.a.Entities {
		if ent.Kind != knowledge.Organisation || !e.hasQuotes(x) && len(e.reported(x)) == 0 || !fits(x, np) {
			continue
		}
		if found >= 0 {
			return -1 // two bodies fit: the phrase names neither
		}
		found = x
	}
	return found
}

// prepositionBefore reports whether text ends in a preposition: the noun
// phrase after it is its object ("In a written statement, Tri-County
// said"), a fronted adverbial and no appositive (Quirk et al., §9.1).
func prepositionBefore(text string) bool {
	w := lastWord(text)
	return prepositions[w] || w == "in"
}

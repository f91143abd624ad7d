package lookup

import (
	"slices"
	"strings"

	"storybot/knowledge"
)

// The dateline's place as the scope of a local title (part of stage 2).
// AP sets a story's news at its dateline ("ORD, Neb. (AP) —"; AP
// Stylebook, "datelines") and writes a local official by the bare title
// ("said Mayor Teresa Kucera"; AP Stylebook, "titles": the jurisdiction
// is left out when the story's place makes it clear). So "who is the
// mayor of Ord", asked of a story datelined Ord, asks the article's mayor
// though no sentence writes the two together: the place is given by the
// dateline, not by the sentence.

// datelineScopeDropped drops from a person question's subjects the
// dateline's place when the question asks a title held there (a title
// word among its terms) and no sentence writes that title beside the
// place: the title's holder is then the place's.
func (e *Engine) datelineScopeDropped(q *query) {
	if q.typ != tPerson || len(q.subjects) == 0 {
		return
	}
	place := e.datelineEntity()
	if place < 0 || !contains(q.subjects, place) {
		return
	}
	titles := slices.DeleteFunc(slices.Clone(q.terms), func(t term) bool { return !isTitleWord(t.lower) })
	if len(titles) == 0 {
		return
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.mentions(place) && slices.ContainsFunc(titles, s.hasTerm) {
			return // "Ord Mayor Teresa Kucera": the sentence itself ties them
		}
	}
	q.subjects = slices.DeleteFunc(q.subjects, func(x int) bool { return x == place })
}

// datelineEntity is the place entity the lead's dateline names ("ORD,
// Neb." names Ord), or -1.
func (e *Engine) datelineEntity() int {
	s := e.leadSentence()
	if s == nil {
		return -1
	}
	city, _, _ := strings.Cut(datelinePlace(s), ",")
	if city == "" {
		return -1
	}
	for x, ent := range e.a.Entities {
		if ent.Kind == knowledge.Place && strings.EqualFold(ent.Name, city) {
			return x
		}
	}
	return -1
}

package lookup

import "slices"

// People counted by what they are. "People" is the general noun of
// persons (WordNet 3.0: people, "(plural) any group of human beings"), and
// a reporter seldom writes it where a more exact noun will do: "forced the
// evacuation of about 200 employees", "14 residents were treated". A
// reader asks "how many people were evacuated" of either. So in a question
// counting people, the counted noun is met by every noun the article
// counts persons by, and the rest of the question, its act, decides
// between the counts; "employs 430 people" no longer wins on the general
// noun alone.

// peopleByKind gives q's "people" term, in a question counting people, the
// stems of the nouns the article counts persons by (countsPeople) as its
// alternatives; q unchanged when it asks no such thing or the article
// counts persons by no other noun.
func (e *Engine) peopleByKind(q *query) *query {
	if e.noLex || q.typ != tCount || len(q.focus) != 1 || !countsPeopleOrNone(q.focus) {
		return q
	}
	at := slices.IndexFunc(q.terms, func(t term) bool { return t.stem == q.focus[0] })
	if at < 0 {
		return q
	}
	var alts []string
	for _, u := range e.personUnits() {
		if u != q.focus[0] {
			alts = append(alts, u)
		}
	}
	if len(alts) == 0 {
		return q
	}
	c := *q
	c.terms = slices.Clone(q.terms)
	t := &c.terms[at]
	t.alts = append(slices.Clip(t.alts), alts...)
	t.known, t.byKind = true, true
	return &c
}

// personUnits are the stems of the nouns the article counts persons by
// (countsPeople), each once, in order. They depend on the article only,
// so they are read once, on the first question counting people.
func (e *Engine) personUnits() []string {
	e.personUnitsOnce.Do(func() {
		for i := range e.r.sents {
			for _, n := range e.r.sents[i].nums {
				if n.kind == qCount && n.unit != "" && !slices.Contains(e.personUnitList, n.unit) && e.countsPeople(n) {
					e.personUnitList = append(e.personUnitList, n.unit)
				}
			}
		}
		e.personUnitList = slices.Clip(e.personUnitList) // shared by every goroutine
	})
	return e.personUnitList
}

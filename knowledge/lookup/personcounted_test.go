package lookup

import (
	"strings"
	"testing"
)

// centuryRide is a short article written for this test, in no question
// set: the people who finished counted as "cyclists", the word "people"
// kept for another group.
const centuryRide = `Charity ride draws record field along Lake Superior

DULUTH, Minn. (AP) — About 3,000 people gathered at Canal Park on Sunday to see off the Lakeshore Century, a charity bicycle ride along Lake Superior.

A sprinter from Two Harbors crossed the finish line first, in just under five hours.

Organizers said 1,240 cyclists finished before dark, the most in the ride's 14 years, and 35 volunteers staffed the rest stops.

The ride raised $410,000 for a children's hospital in Duluth.
`

func TestPeopleMetByCountedPersonNoun(t *testing.T) {
	e := engineOf(t, centuryRide)
	checkOpenings(t, e, []openingCase{
		// "cyclists" counts the people who finished; the 3,000 only gathered
		{"how many ppl crossed the finish line", "1,240", nil, []string{"3,000"}},
		// the word "people" itself, where the article writes it for the act
		{"how many people gathered at canal park", "About 3,000", nil, nil},
	})
	// a count of persons is no answer to an act the article never tells
	checkRefusals(t, e, "how many people failed to finish the ride because of flat tires")
}

func TestPersonCountedAt(t *testing.T) {
	e := engineOf(t, centuryRide)
	for _, c := range []struct {
		q    string
		sent string // the sentence read opens so
		want string
	}{
		{"how many ppl crossed the finish line", "Organizers", "cyclists"},   // "finished": the act asked
		{"how many ppl raised money", "The ride raised", ""},                 // no count of persons in it
		{"how many people watched the sprint", "Organizers", ""},             // "watched": the article never writes it
		{"how many people staffed the rest stops", "Organizers", "cyclists"}, // the first count of persons; which one is the ranking's
		{"how many people lined the route", "Organizers", ""},                // no other word of the question in it
	} {
		q := e.understand(c.q, nil)
		var pt term
		for _, tm := range q.terms {
			if generalPersonStems[tm.stem] {
				pt = tm
			}
		}
		var s *sentence
		for i := range e.r.sents {
			if strings.HasPrefix(e.r.sents[i].text, c.sent) {
				s = &e.r.sents[i]
			}
		}
		got := ""
		if k := e.personCountedAt(q, s, pt); k >= 0 {
			got = s.toks[k].lower
		}
		if got != c.want {
			t.Errorf("%q in %q: got %q, want %q", c.q, s.text, got, c.want)
		}
	}
}

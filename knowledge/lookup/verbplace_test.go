package lookup

import "testing"

// kayak is a short article written for this test, in no question set: an
// act placed along a named road in a clause coordinated with another
// act's common-noun place, an act placed under a tree beside another
// clause's named street, a where-question whose verb the lead holds with a
// place after it, one the article does not place at all, a place noun
// that only premodifies another, and a preposition WordNet also files as
// a noun.
const kayak = `Stolen kayak turns up in a church yard

MILLBROOK, N.Y. (AP) — A red kayak stolen from a rental shed last week was recovered Friday in a church yard, police said.

Officers first spotted it along County Road 9 on Tuesday, and a jogger later saw it floating in a culvert behind a grocery store.

A neighbor found the paddle lying under an oak tree in his garden on Thursday, and on Friday the kayak turned up outside a bakery on Elm Street.

A farmer found the life vest in a hay barn outside Dover.

The kayak will be shown at a farm market in Dover in June.

Owner Ray Pilcher said the kayak will be stored in a locked trailer until the season ends.
`

// TestVerbPlace checks that a where-question is answered by the space
// adjunct of its own verb's clause, named or common, and not by a place
// in a coordinated clause or by the dateline, and that a question whose
// act the article does not place is not answered by the dateline.
func TestVerbPlace(t *testing.T) {
	if testLexicon(t) == nil {
		t.Skip("needs WordNet")
	}
	e := engineOf(t, kayak)
	checkOpenings(t, e, []openingCase{
		{"where did officers first spot it", "Along County Road 9.", nil, nil},
		{"where was the paddle lying", "Under an oak tree", nil, nil},
		{"where will the kayak be stored", "In a locked trailer.", nil, nil},
		// "outside" opens the named place after the barn; "farm" premodifies "market"
		{"where did a farmer find the life vest", "In a hay barn outside Dover.", nil, nil},
		{"where will the kayak be shown", "At a farm market in Dover.", nil, nil},
	})
	checkAnswers(t, e, []answerCase{
		{"where does pilcher live", nil, []string{"Millbrook"}},
	})
	if got := relativeNamed("seen behind St. Mary's Church and along Route 9 on Tuesday"); len(got) != 2 {
		t.Errorf("relativeNamed: want 2 names after relative prepositions, got %v", got)
	}
	if got := relativeNamed("finished behind Ruiz's time"); len(got) != 0 {
		t.Errorf("relativeNamed: a genitive name is no place, got %v", got)
	}
}

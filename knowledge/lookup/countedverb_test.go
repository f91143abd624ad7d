package lookup

import "testing"

// harborFlood is a short article written for this test, in no question
// set: deaths and rescues counted in people, and the homes left without
// power counted only as homes, so a question counting "people" who lost
// power has no answer here.
const harborFlood = `Flooding hits harbor town

PORT ELLIS, Maine (AP) — Flooding left about 3,000 homes without power Sunday.

At least three people died when their car was swept off a road, police said. Two people were rescued from a roof.
`

// "How many people lost power" ends its counted noun phrase at the
// plural "people", so "lost" is no part of what is counted; and "lost",
// which the article never writes, is one WordNet link from "people" only
// as the noun "the lost", which is no meaning of it here: the three
// people who died and the two rescued did not lose power. The counted
// phrase still spans a plural premodifier ("news outlets").
func TestCountedSubjectVerb(t *testing.T) {
	e := engineOf(t, harborFlood)
	checkAnswers(t, e, []answerCase{
		{"how many people lost power", nil, []string{"three people", "Two people"}},
		{"how many people died", []string{"three people"}, nil},
		{"how many homes lost power", []string{"3,000 homes"}, nil},
	})
	if got := focusAfter(" news outlets ran the story"); len(got) != 2 {
		t.Errorf("focusAfter(news outlets ran the story) = %v, want two words", got)
	}
}

package lookup

import "testing"

// TestStoryEventNounTime checks that "when was the race" of a story whose
// lead names the event by a kind of race ("Grandma's Marathon") is
// answered by the lead's time, not by a kindred word's other event ("her
// first marathon since a knee injury in 2022"), and that a sentence
// dating the noun itself keeps the question, on short articles written
// for this test.
func TestStoryEventNounTime(t *testing.T) {
	e := engineOf(t, "Duluth teacher wins Grandma's Marathon\n\nDULUTH, Minn. (AP) — Local teacher Ellen Park won Grandma's Marathon on Saturday, finishing in 2 hours, 31 minutes.\n\nPark, 34, was running her first marathon since a knee injury in 2022.\n\nAbout 7,000 runners started the race near Two Harbors.\n")
	checkAnswers(t, e, []answerCase{
		{"when was the race", []string{"Saturday"}, []string{"2022"}},
	})
	moved := engineOf(t, "Storm delays Grandma's Marathon\n\nDULUTH, Minn. (AP) — Thunderstorms forced organizers of Grandma's Marathon to stop the start on Saturday.\n\nThe race was rerun on Sunday morning.\n")
	checkAnswers(t, moved, []answerCase{
		{"when was the race", []string{"Sunday"}, nil},
	})
}

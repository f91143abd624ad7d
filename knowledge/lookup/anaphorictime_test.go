package lookup

import "testing"

// canalBridge is a short article written for this test, in no question
// set: each paragraph dates one event and tells the next by a time that
// counts from it ("the following week", "two days later").
const canalBridge = `Canal bridge reopens to traffic

DELPHOS, Ohio (AP) — The Main Street canal bridge reopened to cars on Monday after seven months of repairs.

Inspectors found cracked beams under the deck in April. The county closed the bridge the following week.

Crews poured the new deck in October. The railings went up two days later.
`

// TestAnaphoricTime checks that an event dated only by an anaphoric time
// is placed after the event whose time it counts from.
func TestAnaphoricTime(t *testing.T) {
	e := engineOf(t, canalBridge)
	checkOpenings(t, e, []openingCase{
		{q: "did the county close the bridge before or after inspectors found the cracks", first: "After"},
		{q: "what came first, the railings or the deck pour", first: "Deck pour came first"},
	})
	for phrase, want := range map[string]int{"the following week": 1, "two days later": 1,
		"earlier that day": -1, "in October": 0, "next week": 0} {
		if got := anaphoricSign(phrase); got != want {
			t.Errorf("anaphoricSign(%q) = %d, want %d", phrase, got, want)
		}
	}
}

package lookup

import "testing"

// ferryFirst is a short article written for this test, in no question set.
const ferryFirst = `Island ferry runs aground in fog

PORT ELLIS, Maine (AP) — The island ferry Gull ran aground on a ledge in thick fog Friday, the first grounding in the line's 60-year history, the company said.

It was the first time captain Rosa Pike had lost a vessel's steering in her 22-year career.

The ferry was refloated at high tide. It was not the first delay on the route this month.
`

// "The first X in its history" and "the first time she had …" answer
// whether it happened before: no. A denied first says nothing of the kind.
func TestFirstInSpanAnswersBefore(t *testing.T) {
	e := engineOf(t, ferryFirst)
	checkOpenings(t, e, []openingCase{
		{q: "has the ferry line had a grounding before", first: "No"},
		{q: "has pike lost a vessel's steering before", first: "No"},
	})
	if s := (&sentence{text: "It was not the first delay on the route in years."}); firstInSpan(s) {
		t.Errorf("a denied first is no first: %s", s.text)
	}
}

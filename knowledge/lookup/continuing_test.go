package lookup

import "testing"

// greenFork is a short article written for these tests, in no question
// set: a flood whose lead gives the event's figures and whose later
// paragraphs give the states that hold on, each with a different word of
// continuation.
const greenFork = `Green Fork flooding drives 1,900 from homes in Kentucky

MARLOW, Ky. (AP) — Flooding on the Green Fork forced about 1,900 people from their homes on Sunday and closed 26 roads in Marlow County, emergency officials said.

By Tuesday, about 320 residents were still out of their homes, County Judge-Executive Alma Tidwell, 63, said. "The water is going down, but slowly," Tidwell said.

Nine of the county's roads remained closed Tuesday because of washed-out culverts, said road supervisor Curtis Baird.

Crews continued to pump water from the basement of the county courthouse, which flooded Sunday night.
`

// TestContinuingState: a question that asks the present state with
// "still" or "remain" is answered by the sentence stating the state that
// holds on, not by the lead's figure for the event.
func TestContinuingState(t *testing.T) {
	e := engineOf(t, greenFork)
	checkAnswers(t, e, []answerCase{
		{"how many are still out of their homes", []string{"320"}, []string{"1,900"}},
		{"how many roads remain closed", []string{"Nine"}, []string{"26"}},
		{"are crews still pumping water", []string{"continued to pump"}, nil},
	})
}

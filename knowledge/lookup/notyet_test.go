package lookup

import "testing"

// TestNotYetWhenOnlyIntended: a question about a done act whose only
// evidence gives the act under "would", a verb of intention or a
// condition is answered "not yet" with that sentence; an act the article
// tells as done is answered yes.
func TestNotYetWhenOnlyIntended(t *testing.T) {
	e := engineOf(t, `Council approves dog park

BRIDGEPORT, Neb. (AP) — The Bridgeport City Council voted 6-1 on Monday to build a dog park on the old rail yard.

Mayor Lucy Grant said she would sign the measure on Friday. If funded, the park would open in May.

The parks board plans to hire a designer this winter. The council also hired a new city clerk, Ben Osei.
`)
	checkAnswers(t, e, []answerCase{
		{"has the mayor signed the measure yet", []string{"Not yet", "would sign"}, []string{"Yes"}},
		{"did the parks board hire a designer", []string{"Not yet"}, []string{"Yes"}},
		{"did the council hire a clerk", []string{"Yes"}, []string{"Not yet"}},
		{"did the council vote on the park", []string{"Yes"}, []string{"Not yet"}},
	})
}

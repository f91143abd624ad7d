package lookup

import "testing"

// churchSale is a short article written for this test, in no question
// set: an act named only by its agent noun after "a", whose doer is
// sought, and a person who seeks them.
const churchSale = `Parish puts old church up for sale

MILLBROOK, N.Y. (AP) — The Rev. Tom Keane said Sunday he has hired an agent to find a buyer for St. Brendan's Church, which closed in June.
`

func TestIndefiniteAgentNamesNoDoer(t *testing.T) {
	checkAnswers(t, engineOf(t, churchSale), []answerCase{
		// someone is sought to buy the church; Keane is not its buyer
		{"who will buy the church", nil, []string{"Keane"}},
		// the one who hired the agent is named
		{"who hired an agent", []string{"Keane"}, nil},
	})
}

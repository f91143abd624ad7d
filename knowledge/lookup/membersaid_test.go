package lookup

import "testing"

// deckhandContract is a short article written for this test, in no question set:
// the union's position given to its leaders in the plural, then one of
// them, first named in the next sentence, quoted.
const deckhandContract = `Ferry workers approve new contract

SEATTLE (AP) — Ferry deckhands approved a three-year contract on Monday.

Union leaders said the raises were overdue. Lena Moss, a deckhand for 20 years, said crews had waited since 2021.

"We kept the boats running through everything," Moss said.
`

// TestMembersSaid checks that "what did the union say" gives, with the
// leaders' summary, the quotation of the member who bears it out.
func TestMembersSaid(t *testing.T) {
	e := engineOf(t, deckhandContract)
	checkAnswers(t, e, []answerCase{
		{"what did the union say", []string{"overdue", "kept the boats running"}, nil},
	})
}

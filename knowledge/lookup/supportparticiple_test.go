package lookup

import "testing"

// parkLawsuit is a short article written for this test, in no question
// set: the suit's noun takes a support verb's participle and its agent
// ("a lawsuit brought by"), a name the article knows only through the
// appositive after it.
const parkLawsuit = `Judge halts apartment plan near park

SPOKANE, Wash. (AP) — A judge on Monday halted construction of a 12-story apartment tower beside Riverfront Park.

The ruling came in a lawsuit brought by Friends of Elm Hollow, a neighborhood group that says the tower would shade the park. The developer's lawyer, Dana Petty, said she would appeal.
`

func TestSupportParticipleAgent(t *testing.T) {
	e := engineOf(t, parkLawsuit)
	checkOpenings(t, e, []openingCase{
		{q: "who sued", first: "Friends of Elm Hollow"},
	})
}

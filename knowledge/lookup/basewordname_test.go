package lookup

import "testing"

// tribunalAppeal is a short article written for this test, in no question
// set: a body whose name ends in a plural common noun ("Court of
// Appeals") beside the verb that noun comes from ("would appeal").
const tribunalAppeal = `Fined councilor to fight ruling

BRISTOW, Okla. (AP) — A state panel fined Councilor Ada Fenn $3,000 on Friday for using a city car on a family trip.

Her lawyer, Omar Dale, said Fenn would appeal the fine to the Court of Appeals.
`

// A dictionary word typed in the question is that word, not a misspelling
// of a name's plural ending in it: "appeal" asks about appealing, so the
// question's only content word is not spent on the Court of Appeals and
// the answer holds the sentence that says she would appeal.
func TestBaseWordIsNotName(t *testing.T) {
	e := engineOf(t, tribunalAppeal)
	checkOpenings(t, e, []openingCase{
		{q: "is fenn going to appeal", first: "Yes", want: []string{"would appeal"}},
		{q: "is she gonna appeal", first: "Yes", want: []string{"would appeal"}},
	})
}

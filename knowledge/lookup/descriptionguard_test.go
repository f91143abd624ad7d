package lookup

import (
	"testing"

	"storybot/knowledge"
)

// payrollBreach is a short article written for this test, in no question
// set: an officer (WordNet files "officer" under "holder", and "holder"
// under "owner"), a board chair whose first name WordNet knows as a
// pope, and owners spoken of only as a group.
const payrollBreach = `Hackers hit Carver County school district

CARVER, Minn. (AP) — Hackers broke into the Carver County school district's payroll system and copied records on 4,100 employees, district officials said Tuesday. Home owners in the district were not affected.

"We will not pay a ransom," said Chief Information Officer Raymond Okafor, who has run the district's technology office since 2019.

Board chair Gregory Lind, 56, said the board would hire an outside firm. He said the district had spent $90,000 so far.

Payroll clerk Tammy Burke, 44, said she quit checking her email after the breach. "I didn't trust any of it," she said.

Defeating two challengers in the state's largest district last fall, board member Carl Hess, 61, had promised to upgrade the computers.
`

func TestDescriptionGuards(t *testing.T) {
	e := engineOf(t, payrollBreach)
	for _, q := range []string{
		"what did the owner say",   // an office is no kind of owner
		"how old is the student",   // "Gregory" is a name, not a kind of student
		"how old is the law clerk", // the article classifies no clerk by law
	} {
		if a := ask(t, e, knowledge.Question{Text: q}); a.Found {
			t.Errorf("%q: want a refusal, got %q", q, a.Text)
		}
	}
	checkOpenings(t, e, []openingCase{
		{q: "how old is the payroll clerk", first: "Tammy Burke is 44"},
	})
}

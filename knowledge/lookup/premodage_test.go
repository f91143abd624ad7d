package lookup

import (
	"testing"

	"storybot/knowledge"
)

// agedQuilters is a short article written for this test, in no question set:
// each age is written as a compound adjective before the name, and one
// person is then described by her trade.
const agedQuilters = `Quilters fill Dunmore fairgrounds for annual show

DUNMORE, Iowa (AP) — More than 300 quilts hung in the Dunmore County fairgrounds on Saturday for the county's 40th quilt show.

The top prize went to 71-year-old Edna Fairlie of Pell City, a retired seamstress, for a quilt made from her late husband's work shirts.

Judge Carla Moss, a textile teacher, said the quilt had "more than 6,000 stitches you can't see."

The youngest entrant, 12-year-old Rory Dane, showed a quilt of 36 squares.
`

// "71-year-old Edna Fairlie" gives Fairlie's age (AP Stylebook, "ages"):
// asked by name, by description, or with a clause of time.
func TestAgeWrittenBeforeTheName(t *testing.T) {
	e := engineOf(t, agedQuilters)
	checkAnswers(t, e, []answerCase{
		{"how old is edna fairlie", []string{"Edna Fairlie is 71"}, []string{"12"}},
		{"how old is the retired seamstress", []string{"71"}, []string{"12"}},
		{"how old was fairlie when she won the top prize", []string{"71"}, nil},
		{"how old is rory dane", []string{"Rory Dane is 12"}, []string{"71"}},
	})
	// no age is given for the judge
	for _, q := range []string{"how old is carla moss", "how old is the judge"} {
		if a := ask(t, e, knowledge.Question{Text: q}); a.Found {
			t.Errorf("%q: answered %q; the article gives no age", q, a.Text)
		}
	}
}

package lookup

import "testing"

// feeIncrease is a short article written for this test and in no question
// set: two compounds of "state" ("In-state", "Out-of-state").
const feeIncrease = "College raises fees\n\n" +
	"AMES, Iowa (AP) — In-state students at Prairie State College will pay $9,100 a year starting in the fall, up from $8,800, the college said Friday.\n\n" +
	"Out-of-state students will see a 6 percent increase, to $24,500.\n\n" +
	"College President Ann Weller said the increase would cover rising costs and a $3 million budget gap.\n\n" +
	"About 80 students protested outside the board meeting, holding signs about debt.\n\n" +
	"The state Legislature froze tuition at the college from 2015 to 2023.\n"

// TestTypedCompound: question words typed apart that spell a compound the
// article writes only hyphenated are that compound ("out of state"), so
// the other compound of the same last word ("In-state") does not answer.
func TestTypedCompound(t *testing.T) {
	e := engineOf(t, feeIncrease)
	checkOpenings(t, e, []openingCase{
		{q: "how much will out of state students pay", first: "$24,500", not: []string{"$9,100"}},
		{q: "how much do out-of-state students pay", first: "$24,500", not: []string{"$9,100"}},
		{q: "how much will in state students pay", first: "$9,100"},
	})
}

package lookup

import "testing"

// twoCompanies is a short article written for these tests, in no question
// set: two companies, each followed by "the company" referring back to
// it, and an officer named by "The company's" title.
const twoCompanies = `Bakery chain sold to snack maker

CHICAGO (AP) — Halden Brands agreed Monday to buy the Rosewood Bakeries chain for $410 million, the company said.

Rosewood Bakeries Inc. runs 212 shops in seven states. The company's chief executive, Lena Marsh, said no shops would close.

Halden Brands makes crackers and pretzels. The company's president, Omar Tate, said the deal would close in June.
`

// TestNearestCompany: "the company" refers to the company named last
// before it, so a title written "The company's chief executive" names that
// company's leader, and not the other company's.
func TestNearestCompany(t *testing.T) {
	e := engineOf(t, twoCompanies)
	checkAnswers(t, e, []answerCase{
		{"who runs rosewood bakeries", []string{"Lena Marsh"}, []string{"Omar Tate"}},
		{"who is the ceo of rosewood", []string{"Lena Marsh"}, []string{"Omar Tate"}},
		{"who is the president of halden brands", []string{"Omar Tate"}, []string{"Lena Marsh"}},
	})
}

package lookup

import "testing"

// lenderSuit is a short article written for this test, in no question
// set: a state attorney general and no district attorney.
const lenderSuit = `State sues payday lender

BOISE, Idaho (AP) — Idaho's attorney general sued an online payday lender Wednesday, saying it charged borrowers interest above the state's legal limit.

Attorney General Noor Hadley said the company made about 9,000 loans in the state last year. "These loans were illegal the day they were made," Hadley said.
`

// A district attorney is no attorney general: "what did the da say" of
// an article that quotes only the attorney general is refused, while
// "the attorney general" and "the ag" still find her.
func TestCompoundRoleUnsaid(t *testing.T) {
	e := engineOf(t, lenderSuit)
	checkWantOrRefused(t, e, []wantCase{
		{"what did the ag say", "Hadley"},
		{"what did the da say", ""},
		{"what did the district attorney say", ""},
	})
}

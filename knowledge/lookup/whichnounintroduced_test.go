package lookup

import "testing"

// doverBills is a short article written for this test, in no question
// set: a bill named once, and another introduced with "a".
const doverBills = `Senate backs school repair money

DOVER, Del. (AP) — The Senate on Wednesday passed Senate Bill 88, which would let districts borrow for roof repairs.

Lawmakers also sent the governor a separate bill that would pay for 40 new school buses.
`

// ruizBill is a short article written for this test, in no question set:
// a person whose description holds a noun only in its relative clause.
const ruizBill = `Bus money heads to governor

DOVER, Del. (AP) — Sen. Alma Ruiz, a Wilmington Democrat who sponsored the bill, said schools had waited a decade.

Lawmakers sent the governor a bill that would pay for 40 new school buses.
`

func TestWhichNounIntroducedIsNotTheNamedOne(t *testing.T) {
	checkOpenings(t, engineOf(t, doverBills), []openingCase{
		// "a separate bill": not Senate Bill 88
		{"which bill would pay for the buses", "", []string{"separate bill"}, []string{"Bill 88."}},
		// the named bill still answers for its own act
		{"which bill would let districts borrow for roofs", "", []string{"Bill 88."}, []string{"separate"}},
	})
}

func TestRelativeClauseCallsNoOne(t *testing.T) {
	checkOpenings(t, engineOf(t, ruizBill), []openingCase{
		// "a Democrat who sponsored the bill" does not call her a bill
		{"which bill would pay for the buses", "", []string{"40 new school buses"}, []string{"Alma Ruiz."}},
		// her own noun still names her
		{"which senator sponsored the bill", "Alma Ruiz", nil, nil},
	})
}

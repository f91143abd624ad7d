package lookup

import "testing"

// dairyBarnFire is a short article written for these tests, in no question
// set: a cause ruled out and another still examined.
const dairyBarnFire = `Barn fire kills 40 cattle

MADISON, Wis. (AP) — A fire destroyed a dairy barn near Verona on Sunday, killing 40 cattle, the sheriff said.

Fire officials have ruled out arson. They said a space heater was the likely cause.
`

// TestRuledOut: "ruled out arson" answers "was it arson" No.
func TestRuledOut(t *testing.T) {
	e := engineOf(t, dairyBarnFire)
	checkOpenings(t, e, []openingCase{
		{"was it arson", "No", []string{"ruled out arson"}, nil},
		{"was the fire arson", "No", nil, nil},
	})
}

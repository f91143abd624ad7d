package lookup

import "testing"

// poolNotice is a short article written for this test, in no question set.
const poolNotice = `Town pool closed after chlorine leak

DALTON, Ga. (AP) — Swimmers at the Dalton town pool are not allowed to enter the water until inspectors finish their work, the parks department said Saturday.

The pool's snack bar stayed open. Lifeguards were not able to reach the pump room during the leak, and the water is not safe to swim in, the department said.
`

// A negation before an adjective of ability or permission and its "to"
// ("not allowed to enter", "not able to reach") denies the act after it.
func TestAbilityNegationAnswersNo(t *testing.T) {
	e := engineOf(t, poolNotice)
	checkOpenings(t, e, []openingCase{
		{q: "can swimmers enter the water", first: "No"},
		{q: "did lifeguards reach the pump room", first: "No"},
	})
}

package lookup

import "testing"

// TestDesignated checks that "what flight was it" is answered with the
// capitalised noun and figure that name the one flight ("Flight 88"),
// that "which gate did it leave from" takes the gate of the sentence
// telling the act, and that of two gates named a bare "which gate" is
// not answered with the first, on a short article written for this test.
func TestDesignated(t *testing.T) {
	e := engineOf(t, "Ferry delayed by fog\n\nBRANDT, Wash. (AP) — A ferry carrying 140 riders sat in fog for three hours on Friday before it could dock, the operator said.\n\nThe boat, running as Sailing 88, left the terminal from Gate 4 at 7 a.m. Riders for the next sailing waited at Gate 9 until noon.\n")
	checkAnswers(t, e, []answerCase{
		{"what sailing was it", []string{"Sailing 88."}, nil},
		{"which gate did it leave from", []string{"Gate 4."}, nil},
		{"what gate", nil, []string{"Gate 4.", "Gate 9."}},
	})
}

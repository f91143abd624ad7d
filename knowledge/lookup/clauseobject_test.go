package lookup

import "testing"

// The object of "want", "show" or "decide" may be the subject of a
// non-finite clause or a "whether" clause: the reply does not open with
// the bare noun phrase.
func TestObjectOfNonFiniteClause(t *testing.T) {
	e := engineOf(t, "Tenants sue Arden landlord\n\nARDEN, Maine (AP) — A group of tenants sued the owner of the Birch Court apartments on Monday. The tenants want the owner to repair the boiler before winter. A city inspection report shows water pooling in the basement. The judge has not decided whether to hear the case this year. The owner bought new windows last spring.\n")
	checkAnswers(t, e, []answerCase{
		{"what do the tenants want", []string{"repair the boiler"}, []string{"The owner."}},
		{"what did the report show", []string{"pooling in the basement"}, []string{"Water."}},
		{"what has the judge decided", []string{"whether to hear"}, []string{"Whether."}},
		// a plain noun-phrase object is still cut
		{"what did the owner buy", []string{"New windows."}, nil},
	})
}

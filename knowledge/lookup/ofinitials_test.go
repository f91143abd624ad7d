package lookup

import "testing"

// erieFerryFares is a short article written for this test, in no question
// set: it names two departments in full, one with its state's initials
// after it, and later writes only those initials.
const erieFerryFares = `Ferry fares to rise on Lake Erie

SANDUSKY, Ohio (AP) — The Ohio Department of Transportation (ODOT) will raise island ferry fares 6% in May, the agency said Monday.

An ODOT spokesman, Ian Holt, said the money would pay for two new boats.

The U.S. Department of Labor said in March that ferry wages had risen 4% in a year.
`

// A department's initials that write its "of" name it, with or without
// the place that owns it: "the dot" is the Ohio Department of
// Transportation the article initials ODOT, "the dol" the Department of
// Labor.
func TestOfInitialismsNameTheDepartment(t *testing.T) {
	e := engineOf(t, erieFerryFares)
	checkAnswers(t, e, []answerCase{
		{"who is the dot spokesman", []string{"Ian Holt"}, nil},
		{"who speaks for the ohio dot", []string{"Ian Holt"}, nil},
		{"what did the dol say about wages", []string{"4%"}, nil},
	})
	if ofInitials([]string{"department", "of", "transportation"}) != "dot" || ofInitials([]string{"associated", "press"}) != "" {
		t.Error("ofInitials: the department of transportation is dot; a name without its 'of' has none")
	}
}

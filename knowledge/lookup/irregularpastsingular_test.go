package lookup

import "testing"

// "How many lost water service": "many" takes a plural count noun, so the
// irregular past "lost" before the singular "water" is the verb, not a
// premodifier of the thing counted; the count is the subject's figure.
// The article is dunmoreMain (postmodcount_test.go), written for these
// tests.
func TestIrregularPastBeforeSingularIsVerb(t *testing.T) {
	e := engineOf(t, dunmoreMain)
	checkOpenings(t, e, []openingCase{
		{"how many lost water service", "About 9,200", nil, nil},
	})
}

package lookup

import "testing"

// glassStudio is a short article written for these tests, in no question
// set: states and changes told only by the opposite of a broader word
// (free for "locked up", risen for "drop", fell for "go up").
const glassStudio = `Glass studio draws crowds after theft

PORTVALE, Maine (AP) — The former manager of the Harbor Glass studio remains free on bond after police charged him with taking $12,000 from its register.

Visits to the studio have risen since it reopened in April. Ticket sales fell 9% last month, owner Nina Park said.
`

// TestInheritedOpposite checks that a yes/no question is answered No by
// a sentence stating the antonym of a word one WordNet link above the
// asked one, or of a phrasal verb's synonym, and that the word itself
// still answers Yes.
func TestInheritedOpposite(t *testing.T) {
	e := engineOf(t, glassStudio)
	checkOpenings(t, e, []openingCase{
		// to lock up is to confine; WordNet opposes "free" to "confine"
		{"is the manager locked up?", "No", []string{"remains free on bond"}, nil},
		// to drop is to fall, whose antonym is "rise"
		{"did visits drop", "No", []string{"have risen"}, nil},
		// "go up" means rise, whose antonym is "fall"
		{"did ticket sales go up", "No", []string{"fell 9%"}, nil},
		// the word itself: yes
		{"did visits rise", "Yes", []string{"have risen"}, nil},
	})
}

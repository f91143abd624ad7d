package lookup

import "testing"

// stabbedClerk is a short article written for this test, in no question
// set: its lead describes two people without naming either, and the body
// names the suspect first and then classes the victim with the lead's own
// noun ("is a night clerk").
const stabbedClerk = `Woman arrested in stabbing of store clerk

ALTON, Ill. (AP) — Deputies on Monday arrested a 41-year-old woman suspected of stabbing a convenience store clerk during a robbery, the sheriff said.

Mara Keane, of Godfrey, was charged with attempted murder and armed robbery.

Tomas Ibarra, 23, is a night clerk at the Quick Stop on Route 3. He was treated at a hospital and released.
`

// The lead's "a convenience store clerk" is Ibarra, whom the body calls "a
// night clerk"; its other description, "a 41-year-old woman", is then the
// person the next paragraph names, so her age is Keane's.
func TestTwoDescribedLead(t *testing.T) {
	e := engineOf(t, stabbedClerk)
	checkOpenings(t, e, []openingCase{
		{q: "how old is keane", first: "Mara Keane is 41"},
		{q: "how old is ibarra", first: "Tomas Ibarra is 23"},
	})
}

// A body that classes no one with either noun ties the lead's two
// descriptions to no one: the first name after the lead could be either's.
func TestTwoDescribedLeadUnclassed(t *testing.T) {
	e := engineOf(t, "Two hurt in bar fight\n\nALTON, Ill. (AP) — Deputies on Monday arrested a 41-year-old woman suspected of stabbing a 30-year-old man outside a bar, the sheriff said.\n\nMara Keane, of Godfrey, was charged with assault.\n")
	checkAnswers(t, e, []answerCase{
		{"how old is keane", nil, []string{"41", "30"}},
	})
}

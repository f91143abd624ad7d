package lookup

import "testing"

// saltRoad is a short article written for these tests, in no question
// set: the director of a film told in a fronted passive participle clause
// coordinated with a clause that names someone else.
const saltRoad = `'Salt Road' opens to packed houses

NEW YORK (AP) — The drama "Salt Road" opened Friday in 900 theaters.

Directed by Ana Ruiz, 39, and featuring the voice of singer Tom Hale, 30, as the narrator, "Salt Road" also made $15 million abroad.
`

// lanternEditor is a short article written for these tests, in no
// question set: the editor of a novel told in a passive participle clause
// between commas after a definite description of it whose premodifier
// names its publisher.
const lanternEditor = `'The Lantern Year' wins Halsey Prize

BOSTON (AP) — "The Lantern Year" won the Halsey Prize for fiction on Tuesday, beating the story collection "Winter Orchard."

The Harwick Books novel, edited by Sam Ortiz, 50, has sold 40,000 copies.
`

// TestDetachedParticipleAgent answers who did an act told in a detached
// passive participle clause with its by-phrase's agent, not another name
// the sentence holds: the answer opens with the agent.
func TestDetachedParticipleAgent(t *testing.T) {
	checkOpenings(t, engineOf(t, saltRoad), []openingCase{
		{"who directed salt road", "Ana Ruiz.", nil, nil},
	})
	checkOpenings(t, engineOf(t, lanternEditor), []openingCase{
		{"who edited the lantern year", "Sam Ortiz.", nil, nil},
	})
}

package lookup

import "testing"

// reefSurvey is a short article written for this test, in no question
// set: a group's size given by a person compound, its members named in
// an "of" phrase, beside a count of things.
const reefSurvey = `Divers map damaged reef

KEY LARGO, Fla. (AP) — A 12-member crew of divers spent Saturday mapping a reef damaged by a grounded freighter, the park service said.

The divers counted about 3,000 broken coral heads across the site.
`

// "how many divers" counts the crew's members, named after "of".
func TestCompoundCountsTheGroupsMembers(t *testing.T) {
	e := engineOf(t, reefSurvey)
	checkOpenings(t, e, []openingCase{
		{q: "how many divers were there", first: "12"},
	})
}

package lookup

import "testing"

// stepsStudy is a short article written for this test, in no question
// set: the only figures near "dementia" besides the count of those who
// developed it are a duration and a count of participants.
const stepsStudy = `Daily walk cuts dementia risk

BOSTON (AP) — Older adults who walked about 9,800 steps a day were 51% less likely to develop dementia over seven years than those who walked the least.

Researchers tracked 78,430 adults ages 40 to 79 in Britain. About 866 participants developed dementia during the study.
`

// A bare "how many" counts persons or things: a measure in years does
// not answer it, and "how old" is not answered by a count.
func TestBareCountAndAgeKinds(t *testing.T) {
	e := engineOf(t, stepsStudy)
	checkOpenings(t, e, []openingCase{{q: "how many got dementia", first: "About 866 participants"}})
	checkWantOrRefused(t, e, []wantCase{{q: "how old were the participants"}})
}

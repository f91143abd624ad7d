package lookup

import "testing"

// islandClinic is a short article written for this test, in no question
// set: an island that lacks one thing and has another.
const islandClinic = `Island clinic opens two days a week

CEDAR KEY, Maine (AP) — The island of 300 lacks a resident nurse, so a nurse from the mainland will staff a new clinic two days a week. The island has a volunteer ambulance crew.
`

func TestLackedObjectDeniesHave(t *testing.T) {
	checkAnswers(t, engineOf(t, islandClinic), []answerCase{
		// "lacks a resident nurse": have.v.01's antonym lack.v.01
		{"does the island have a resident nurse", []string{"No"}, []string{"Yes"}},
		{"does the island have no resident nurse", []string{"Yes"}, []string{"No"}},
		// the question's own "lack" matches the verb
		{"does the island lack a resident nurse", []string{"Yes"}, []string{"No"}},
		// possession stated
		{"does the island have an ambulance crew", []string{"Yes"}, []string{"No"}},
	})
}

// poolClosedForGood is a short article written for this test, in no question
// set: a pool told closed, asked with "not ... anymore" (antonym.go).
const poolClosedForGood = `Town pool closes for the season

MILLBROOK, Ohio (AP) — The town pool closed for good on Sunday after 60 years, the parks director said.
`

func TestNegatedQuestionAntonymStated(t *testing.T) {
	checkAnswers(t, engineOf(t, poolClosedForGood), []answerCase{
		// "closed", WordNet's antonym of "open", answers the negated question Yes
		{"is the pool not open anymore", []string{"Yes"}, []string{"No"}},
		{"is the pool no longer open", []string{"Yes"}, []string{"No"}},
		// and the plain question No, as before
		{"is the pool open", []string{"No"}, []string{"Yes"}},
	})
}

package lookup

import "testing"

// harborRescue is a short article written for this test, in no question
// set: the doer is named before an appositive, and the one the act is
// done to is named right after the verb behind a title.
const harborRescue = `Fisherman pulls kayaker from icy harbor

BRISCOE, Maine (AP) — Abel Thorne, a lobsterman who has fished the bay for 30 years, rescued Councilor Mina Ruiz from the harbor on Sunday after her kayak overturned.

Ruiz, 52, was treated for cold exposure.
`

// The subject of a verb is the name before the appositive that separates
// them (Quirk et al., §17.65), not the name nearest the verb.
func TestSubjectBeforeAppositive(t *testing.T) {
	e := engineOf(t, harborRescue)
	checkOpenings(t, e, []openingCase{
		{q: "who rescued the councilor", first: "Abel Thorne"},
	})
}

// relayFinal is a short article written for this test, in no question
// set: the one named best swimmer is the subject of two coordinated
// predicates, the asked one second, across an appositive.
const relayFinal = `Lakeview wins relay title

AUSTIN, Texas (AP) — Lakeview won the state 400-meter relay on Saturday.

Dana Pruitt, a 17-year-old junior who moved from Ohio last year, swam the anchor leg in 49.8 seconds and was named the meet's outstanding swimmer. Coach Lou Baird praised the team.
`

// A verb after "and" with no subject of its own shares the subject of the
// predicate before it (Quirk et al., §13.46), here across an appositive.
func TestSubjectOfSecondCoordinatedPredicate(t *testing.T) {
	e := engineOf(t, relayFinal)
	checkOpenings(t, e, []openingCase{
		{q: "who was named outstanding swimmer", first: "Dana Pruitt"},
	})
	checkAnswers(t, e, []answerCase{
		{"who was named outstanding swimmer and how fast was her anchor leg", []string{"Dana Pruitt", "49.8 seconds"}, nil},
	})
}

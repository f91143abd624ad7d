package lookup

import "testing"

// measlesShare is a short article written for this test, in no question
// set: a count of the whole, and shares of it given as a percentage and
// as a ratio with "every".
const measlesShare = `Measles cases climb in Ferrow County

ALDEN, Kan. (AP) — Ferrow County reported 64 measles cases this spring, up from 12 a year earlier, the county health department said Monday.

Children under 5 made up three of every four cases, nurse Lila Ortmann said.

Unvaccinated patients accounted for 90% of the hospital stays, the department said.
`

func TestCountedShareAnswersHowMany(t *testing.T) {
	e := engineOf(t, measlesShare)
	checkAnswers(t, e, []answerCase{
		// the share of the stays is the answer, not the count of all cases
		{"how many hospital stays were unvaccinated ppl", []string{"90% of the hospital stays"}, []string{"64"}},
		// "three of every four" is a ratio, not a count of three
		{"how many cases were children under 5", []string{"three of every four cases"}, []string{"64"}},
		{"what share of cases were kids under 5", []string{"three of every four"}, nil},
		// the count of the whole is still the count asked of the whole
		{"how many measles cases were there", []string{"64"}, nil},
	})
}

// threeWayRace is a short article written for this test, in no question
// set: two candidates' shares of the vote, and a third candidate told
// with no figure.
const threeWayRace = `Lund wins council seat

BRISTOW, Okla. — Nora Lund won the Ward 3 council seat Tuesday with 55 percent of the vote to Ed Marsh's 41 percent. A third candidate, Cal Webb, received the rest.
`

// TestCountedShareNamesTheSubject checks that a share answers "how many"
// only for a subject its sentence names.
func TestCountedShareNamesTheSubject(t *testing.T) {
	checkAnswers(t, engineOf(t, threeWayRace), []answerCase{
		{"how many votes did webb get", nil, []string{"55 percent", "41 percent"}},
		{"how many votes did lund get", []string{"55 percent of the vote"}, nil},
	})
}

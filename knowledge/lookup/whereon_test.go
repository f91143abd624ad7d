package lookup

import "testing"

// squall is a short article written for these tests, in no question set:
// a gust placed "on" an island, a member "on" a committee, a town placed
// by its bearing from another, and a question that asks what and, in a
// bare "where", where.
const squall = `Squall knocks out power on coast

NEWPORT, Ore. (AP) — A squall knocked out power to 9,000 homes Monday, the utility said.

A gust of 91 mph was recorded on Yaquina Head Island.

Lena Ortiz, who sits on the Coastal Safety Committee, met crews on Tuesday.

Residents in Toledo, 7 miles east of Newport, said a creek flooded 40 homes.
`

// TestWhereOnAndSluice checks that "on" places a thing on an island but
// not on a committee or a weekday, that a bearing set off after a town
// describes that town, and that "what … and where" asks both.
func TestWhereOnAndSluice(t *testing.T) {
	if testLexicon(t) == nil {
		t.Skip("needs WordNet")
	}
	e := engineOf(t, squall)
	checkAnswers(t, e, []answerCase{
		{"where was the gust recorded", []string{"On Yaquina Head Island"}, nil},
		// a committee is a body one sits on, not a place
		{"where did ortiz meet crews", nil, []string{"Coastal Safety Committee.", "On Tuesday."}},
		// the bearing locates Toledo; it names no other place of the flooding
		{"where did the creek flood homes", []string{"In Toledo"}, []string{"East of Newport."}},
	})
	// the bare "where" asks the first clause again, after it
	checkOpenings(t, e, []openingCase{
		{"what was the strongest gust and where", "91 mph", []string{"On Yaquina Head Island"}, nil},
	})
}

package lookup

import "testing"

// lakeSurvey is a short article written for these tests, in no question
// set: counts of peoples named by capitalised plurals ("Canadians",
// "Michiganders") with a verb the question shares only loosely, and a
// capitalised name before another noun, which counts that noun.
const lakeSurvey = `Fewer anglers fish Great Lakes, survey finds

DETROIT (AP) — Fishing on the Great Lakes fell for a third straight year, a federal survey released Friday found.

About 1.2 million Canadians hold a fishing license for the lakes, the survey said, and some 900,000 Michiganders have one.

Charter captains took out 4,000 Ford trucks' worth of gear last season, said Dale Prentiss, 61, who heads a captains' group.
`

func TestProperPluralAfterFigureIsCounted(t *testing.T) {
	checkWantOrRefused(t, engineOf(t, lakeSurvey), []wantCase{
		// a capitalised plural right after the figure is what it counts
		{"how many canadians hold a license", "1.2 million"},
		{"how many michiganders have a license", "900,000"},
		// a figure that counts no people of that name answers nothing
		{"how many ohioans have a license", ""},
	})
}

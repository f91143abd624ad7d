package lookup

import "testing"

// TestCasualtiesCounted: a toll written as a count of event nouns ("nine
// injuries", "two deaths") counts the people harmed, so it answers "how
// many people were hurt", the question's verb meeting the article's noun.
func TestCasualtiesCounted(t *testing.T) {
	e := engineOf(t, `Space heater maker recalls 300,000 units

WASHINGTON (AP) — Brightwarm Inc. is recalling about 300,000 space heaters after reports that the power cords can overheat, the Consumer Product Safety Commission said Wednesday.

The company has received 41 reports of melted cords, which led to six fires and nine injuries, the agency said.

Brightwarm, which has 120 jobs at its plant in Dayton, Ohio, said the heaters were sold at hardware stores from 2021 to 2023.
`)
	checkOpenings(t, e, []openingCase{
		{q: "how many people were hurt", first: "Nine injuries"},
		{q: "how many people got injured", first: "Nine injuries"},
		{q: "how many fires", first: "Six fires"},
	})
	// "two deaths" is the noun of "die", and a participle after a plural
	// head ("crashes involving cyclists") postmodifies it: 43 counts crashes
	e = engineOf(t, `Council votes for bike lanes

ST. PAUL, Minn. (AP) — The City Council voted 5-2 on Wednesday to build protected bike lanes on Grand Avenue.

The street has seen 43 crashes involving cyclists or pedestrians in the past five years, including two deaths, council member Rebecca Noor said.
`)
	checkOpenings(t, e, []openingCase{
		{q: "how many people died", first: "Two deaths"},
		{q: "how many crashes have there been", first: "43 crashes", not: []string{"cyclists."}},
	})
}

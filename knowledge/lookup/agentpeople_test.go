package lookup

import "testing"

// "How many people bid on the quilt" counts the people who bid, whom the
// article counts as "bidders" (quiltSale), not the 300 people at the
// sale.
func TestPeopleCountedByAgentNoun(t *testing.T) {
	e := engineOf(t, quiltSale)
	checkAnswers(t, e, []answerCase{
		{"how many people bid on the quilt", []string{"Nine bidders"}, []string{"300"}},
		{"how many people came", []string{"300"}, nil},
	})
}

// leveeHearing is a short article written for this test, in no question
// set: people counted by nouns WordNet defines by their act ("evacuee: a
// person who has been evacuated", "witness: a person who testifies").
const leveeHearing = `River floods Harmon as hearing on levee opens

HARMON, Iowa (AP) — The Cedar River spilled over a levee in Harmon early Sunday, and crews moved 340 evacuees to a middle school by nightfall, county officials said.

At a state hearing on the levee's upkeep Monday, engineers for the county called six witnesses, and about 90 people watched from the gallery.

The river is expected to crest Tuesday at 24.1 feet.
`

func TestPeopleCountedByGlossedAgent(t *testing.T) {
	checkOpenings(t, engineOf(t, leveeHearing), []openingCase{
		// the noun counted is defined by the asked act
		{"how many people testified at the hearing", "Six", nil, nil},
		{"how many people testified", "Six", nil, nil},
	})
}

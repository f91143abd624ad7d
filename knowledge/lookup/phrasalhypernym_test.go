package lookup

import "testing"

// fogCrash is a short article written for this test, in no question set:
// counts named by a word WordNet puts below phrase-named nodes.
const fogCrash = `Fog blamed for highway crashes

DAYTON, Ohio (AP) — Police said 23 cars crashed in thick fog on Interstate 75 on Thursday, and eight people were hurt.

Tow trucks cleared the damaged vehicles by noon.

The Dayton Zoo, which holds three black rhinos, closed for the day.
`

// "How many vehicles" of "23 cars": WordNet 3.0 climbs from car to
// vehicle only through motor vehicle, self-propelled vehicle and wheeled
// vehicle, nodes named by phrases alone, so vehicle is car's nearest
// one-word broader term; rhinos reach animal only through one-word
// nodes (perissodactyl, mammal) and stay no count of the zoo's animals.
func TestPhrasalHypernymCount(t *testing.T) {
	e := engineOf(t, fogCrash)
	if e.noLex {
		t.Skip("no WordNet")
	}
	checkOpenings(t, e, []openingCase{
		{q: "how many vehicles crashed", first: "23"},
	})
	checkAnswers(t, e, []answerCase{
		{"how many animals does the zoo hold", nil, []string{"three", "Three"}},
	})
}

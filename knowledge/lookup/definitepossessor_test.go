package lookup

import "testing"

// A short story naming a director's employer on second reference by two
// words of its name in the genitive, and a spokesman's by its head noun.
const definitePossessorStory = `County warns of algae in lake

SALEM, Ore. (AP) — Swimmers should stay out of Detroit Lake after toxic algae was found there, officials said Thursday.

Two dogs fell ill in Linn County, according to Willamette District Health, the regional agency leading the response.

The Oregon Parks Department closed two boat ramps.

The health district's director, Lena Fisk, said the warning would last at least two weeks. The department's spokesman, Carl Boyd, said the ramps would reopen in May.
`

func TestDefinitePossessor(t *testing.T) {
	e := engineOf(t, definitePossessorStory)
	checkAnswers(t, e, []answerCase{
		{"who does lena fisk work for", []string{"Willamette District Health."}, nil},
		{"what agency is carl boyd with", []string{"Oregon Parks Department."}, nil},
	})
}

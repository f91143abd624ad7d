package lookup

import "testing"

// A short story naming the head of a health district by a title of
// leadership, the district's name holding no word of the question's
// but "health" and "district".
const inChargeOfStory = `County warns of algae in lake

SALEM, Ore. (AP) — Swimmers should stay out of Detroit Lake after toxic algae was found there, officials said Thursday.

Two dogs fell ill in Linn County and one in neighboring Polk County, according to Willamette District Health, the regional agency leading the response.

The health district's director, Lena Fisk, said the warning would last at least two weeks.
`

func TestInChargeOf(t *testing.T) {
	e := engineOf(t, inChargeOfStory)
	checkAnswers(t, e, []answerCase{
		{"who's in charge of the health district", []string{"Lena Fisk"}, []string{"Polk County"}},
	})
}

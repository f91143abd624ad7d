package lookup

import "testing"

// A size no one measured is given by a familiar thing of the same size,
// "as ADJ as" or "the size of"; it answers "how big" when the article
// gives no figure, with the approximator before it.
func TestSizeByComparisonAnswersHowBig(t *testing.T) {
	e := engineOf(t, `Sinkhole swallows parked cars in Tampa suburb

BRANDON, Fla. (AP) — A sinkhole roughly the size of a tennis court opened in a condominium parking lot early Wednesday, swallowing two parked cars, Hillsborough County officials said.

Residents said chunks of asphalt as big as dinner plates had cracked loose a day earlier.

No one was hurt, fire officials said.
`)
	checkOpenings(t, e, []openingCase{
		{"how big is the sinkhole", "Roughly the size of a tennis court", []string{"¶1"}, nil},
		{"how big were the chunks of asphalt", "As big as dinner plates", []string{"¶2"}, nil},
	})
}

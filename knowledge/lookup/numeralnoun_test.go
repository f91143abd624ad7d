package lookup

import "testing"

// orrinKayakers is a short article written for this test, in no question
// set: a set of two counted by the numeral noun "pair" ("a pair of
// kayakers"), "a dozen", and "the pair" that counts nothing by itself.
const orrinKayakers = `Kayakers rescued from Lake Orrin

PINEVILLE, Minn. (AP) — A pair of kayakers were pulled from Lake Orrin on Sunday after their boats overturned in high wind, the sheriff said.

A dozen volunteers searched the shore. The pair were treated for cold and released.
`

func TestPairCountsTwo(t *testing.T) {
	e := engineOf(t, orrinKayakers)
	checkAnswers(t, e, []answerCase{
		// "a pair of kayakers": two kayakers, the of-phrase no partitive
		{"how many kayakers were pulled from the lake", []string{"A pair of kayakers"}, nil},
		{"how many volunteers searched", []string{"A dozen volunteers"}, nil},
	})
	checkWantOrRefused(t, e, []wantCase{{"how many deputies searched the shore", ""}})
}

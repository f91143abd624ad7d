package lookup

import "testing"

// nurseContract is a short article written for this test, in no
// question set: a pay figure told by "earn", and another sum beside
// "made".
const nurseContract = `Hospital nurses ratify contract in Dorsey

DORSEY, Ind. (AP) — Nurses at Dorsey General Hospital ratified a three-year contract on Thursday. Under it, a senior nurse will earn $96,000 a year.

The hospital made a $2 million payment into the pension fund last spring.
`

// "How much does she make" asks a sum with the light verb's object the
// amount itself: "make" is "earn" (WordNet 3.0, the earn synset).
func TestHowMuchDoesOneMake(t *testing.T) {
	e := engineOf(t, nurseContract)
	checkAnswers(t, e, []answerCase{
		{"how much will they make", []string{"96,000"}, []string{"2 million"}},
		{"how much will they make a year", []string{"96,000"}, []string{"2 million"}},
	})
}

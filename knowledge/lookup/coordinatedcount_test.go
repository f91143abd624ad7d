package lookup

import "testing"

// wardenCase is a short article written for these tests, in no question
// set: counts of one noun coordinated after their of-phrases, one of
// them "one", beside a count that stands alone.
const wardenCase = `Former game warden cleared on most charges

BRISTOW, Mont. (AP) — A jury on Friday cleared a former game warden of three charges of poaching and one charge of tampering with evidence.

Jurors convicted Elden Marsh, 49, of two charges of lying to investigators. He will be sentenced in June.

Marsh worked for the state for 14 years before he was fired.
`

func TestCoordinatedCountsAdd(t *testing.T) {
	checkAnswers(t, engineOf(t, wardenCase), []answerCase{
		// "three charges of poaching and one charge of tampering" is four charges
		{"how many charges was he cleared of", []string{"Four charges"}, []string{"Three charges."}},
		// an item its own words name is that item alone
		{"how many poaching charges was he cleared of", []string{"Three charges"}, []string{"Four"}},
		// a count standing alone is no sum
		{"how many charges was he convicted of", []string{"Two charges"}, []string{"Four", "Three"}},
	})
}

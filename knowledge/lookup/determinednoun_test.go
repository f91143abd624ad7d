package lookup

import "testing"

// TestDeterminedNounSpan: a word after "the" in a question is a noun,
// though English spells it as a verb too ("the plant", "the mill"), so it
// is no verb the article's adjunct of duration must follow: "how long has
// the plant been making furnaces" is answered by the perfect clause's
// "since 1951", not by another sentence's "over two years". The article is
// written for this test, in no question set.
func TestDeterminedNounSpan(t *testing.T) {
	e := engineOf(t, `Furnace maker to close Ohio plant

LIMA, Ohio (AP) — Brennan Heating Co. said Friday it will close its furnace plant in Lima in August, cutting 212 jobs.

The plant on Elm Street has made furnaces since 1951 and is the largest employer in the county.

Chief Executive Dana Holm, 61, said demand for gas furnaces had fallen 30% over two years as more homes switched to heat pumps.
`)
	checkAnswers(t, e, []answerCase{
		{"how long has the plant been making furnaces", []string{"1951"}, []string{"two years"}},
	})
}

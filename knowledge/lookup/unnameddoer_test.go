package lookup

import "testing"

// "What did the jury decide" is not answered by a named person's
// decision when the article never mentions a jury; a doer told by a
// common noun still answers a paraphrased doer.
func TestObjectQuestionOfAnUnnamedDoer(t *testing.T) {
	e := engineOf(t, "Dam repairs stall in Orrin\n\nORRIN, Idaho (AP) — County Attorney Mel Brandt has not decided whether to sue the contractor over the Orrin dam. A spring flood toppled the old spillway in April. Brandt said the county paid $2 million for the work.\n")
	checkAnswers(t, e, []answerCase{
		{"what did the jury decide", nil, []string{"Brandt"}},
		{"what did the judge rule", nil, []string{"Brandt"}},
		// the asked doer by name, and a doer the article tells by a common noun
		{"what has brandt decided", []string{"whether to sue"}, nil},
		{"what did the flood topple", []string{"old spillway"}, nil},
	})
}

package lookup

import "testing"

// quillTrial is a short article written for these tests, in no question
// set: a partitive total itemised after a colon, a second count of the
// same noun in the next sentence, and a count of people only in a
// quotation.
const quillTrial = `County clerk convicted of theft

DAYTON, Ohio (AP) — A jury on Tuesday convicted a former county clerk of stealing from the office she ran for a decade.

Mara Quill, 44, was found guilty on nine of the 13 charges she faced: five charges of theft and four charges of forgery. Jurors cleared her of two charges of perjury.

The county has since moved its records office to a building on Main Street in Kettering.

"You've got three clerks at one counter doing the work of a whole floor," said Ted Arno, a union steward.
`

func TestBreakdownAfterColon(t *testing.T) {
	checkAnswers(t, engineOf(t, quillTrial), []answerCase{
		// the total before the colon, not an item of its breakdown, and the
		// part the verb is said of, not the whole
		{"how many charges did they get her on", []string{"Nine of the 13 charges."}, []string{"Five charges.", "Four charges.", "Two charges."}},
		// an item is the answer when the question names it
		{"how many charges of theft", []string{"Five charges."}, nil},
	})
}

func TestQuotedCountDoesNotStandIn(t *testing.T) {
	checkAnswers(t, engineOf(t, quillTrial), []answerCase{
		// a speaker's "three clerks at one counter" does not count the
		// people of an office the sentence does not name
		{"how many ppl work at the kettering office", nil, []string{"Three clerks."}},
	})
}

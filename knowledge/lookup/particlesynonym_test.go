package lookup

import "testing"

// TestPhrasalMetByBareVerbOfPhrasalSynonym checks that a phrasal verb the
// article never writes ("block off", "shut off") is met by the plain verb
// of a phrasal synonym ("close off": the article's "close"), that the
// rest of the question must still be held, and that a question about
// something the article does not say is refused.
func TestPhrasalMetByBareVerbOfPhrasalSynonym(t *testing.T) {
	e := engineOf(t, "City readies for marathon\n\nDENTON, Texas (AP) — The city will close four downtown streets on Sunday for the Denton Marathon, police said Thursday.\n\nAbout 3,000 runners are expected. The race starts at 7 a.m. at the courthouse square.\n\nOrganizers said the course was certified last month.\n")
	checkAnswers(t, e, []answerCase{
		{"how many streets will the city block off", []string{"four"}, nil},
		{"when will they shut off the streets", []string{"Sunday"}, nil},
	})
	checkWantOrRefused(t, e, []wantCase{
		{"how many bridges will the city block off", ""},
	})
}

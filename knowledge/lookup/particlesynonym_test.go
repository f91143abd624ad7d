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

// TestLightPhrasalNotReadBySynonymVerb checks that a phrasal verb of a
// light verb ("go off") is not read by the verb of a phrasal synonym: the
// alarm's time stays answered by the sentence that writes it.
func TestLightPhrasalNotReadBySynonymVerb(t *testing.T) {
	e := engineOf(t, "Burglars hit jewelry store\n\nAKRON, Ohio (AP) — A motion sensor set off an alarm at 2:47 a.m. Tuesday at a downtown jewelry store, police said.\n\nOfficers who ran to the store found a broken rear window.\n")
	checkAnswers(t, e, []answerCase{
		{"what time did the alarm go off", []string{"2:47"}, nil},
	})
}

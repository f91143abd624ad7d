package lookup

import "testing"

// doverStrangling is a short article written for these tests, in no
// question set: the act told only by a narrower verb ("strangled"), and
// its time only beside a trailing attribution ("police said Friday").
const doverStrangling = `Woman found dead in Dover apartment

DOVER, Del. (AP) — A 52-year-old woman was strangled in her apartment on Elm Street, police said Friday.

Officers found the body of Carla Mott on Thursday evening after a neighbor called to report a strong smell, Lt. Rob Hanes said.

No arrest has been made.
`

// The article's narrower verb says the question's broader one: to be
// strangled is to be killed, so the sentence answers "where was she
// killed" in full; the article's broader word never takes the
// question's narrower one.
func TestTroponymAnswersBroaderVerb(t *testing.T) {
	checkWantOrRefused(t, engineOf(t, doverStrangling), []wantCase{
		{"where was she killed", "in her apartment on Elm Street"},
	})
	checkWantOrRefused(t, engineOf(t, `Man dies after fall at Dover quarry

DOVER, Del. (AP) — A 61-year-old man died Tuesday after a fall at a quarry west of the city, police said.
`), []wantCase{
		{"where was he strangled", ""},
	})
}

package lookup

import "testing"

// TestGenitiveIsNoPremodifier checks that a genitive before the asked
// noun ("Dorsey's sentence") determines it rather than restricting it,
// so a measure compound of the article's noun ("a six-year prison
// sentence") still answers "how long", on a short article written for
// this test.
func TestGenitiveIsNoPremodifier(t *testing.T) {
	e := engineOf(t, "Former clerk sentenced\n\nRENO, Nev. (AP) — Former county clerk Alan Dorsey, 61, is serving a six-year prison sentence for stealing $400,000 in fees, officials said Monday.\n")
	checkAnswers(t, e, []answerCase{
		{"how long is dorsey's sentence", []string{"Six years."}, nil},
	})
}

package lookup

import "testing"

// lanternYear is a short article written for these tests, in no question
// set: a novel named by its quoted title once and then called "the novel"
// and "it", with a rival title named later in the same opening sentence.
const lanternYear = `'The Lantern Year' wins Halsey Prize for fiction

BOSTON (AP) — "The Lantern Year" won the Halsey Prize for fiction on Tuesday, beating four other finalists, among them the story collection "Winter Orchard."

The novel, set in a Vermont mill town in 1936, sold 40,000 copies in its first month. It has been translated into 12 languages.

Its author, Ruth Amsel, 63, said she wrote it over nine years.
`

// TestTitledWorkSecondReference answers questions that name a work by its
// title from sentences that call it "the novel" or "it", and ties "the
// novel" to the work the opening sentence is about, not to the rival
// title it names last.
func TestTitledWorkSecondReference(t *testing.T) {
	e := engineOf(t, lanternYear)
	checkAnswers(t, e, []answerCase{
		{"how many copies did the lantern year sell", []string{"40,000"}, nil},
		{"where is the lantern year set", []string{"Vermont"}, nil},
		{"how many languages has the lantern year been translated into", []string{"12"}, nil},
	})
	lantern, north := e.r.entityNamed("The Lantern Year"), e.r.entityNamed("Winter Orchard")
	if lantern < 0 {
		lantern = e.r.entityNamed("Lantern Year")
	}
	for _, s := range e.r.sents {
		if s.para != 2 {
			continue
		}
		if !contains(s.refs, lantern) || north >= 0 && contains(s.refs, north) {
			t.Errorf("%q refers to %v, want the Lantern Year (%d) and not Winter Orchard (%d)", s.text, s.refs, lantern, north)
		}
	}
}

package lookup

import "testing"

// TestOffTopicWordsGivesIndirectSpeech checks that "what did X say" and
// "what does X think about Y", when none of X's words holds Y, answer with
// X's indirect speech as well as X's quotation, and that a question on a
// quotation's own topic still gets the quotation alone.
func TestOffTopicWordsGivesIndirectSpeech(t *testing.T) {
	e := engineOf(t, `Bridge to close for repairs

MILLER, S.D. (AP) — The Ash Creek bridge will close for two months of repairs starting in May, county officials said Monday.

Road supervisor Alma Voss said trucks would be sent 12 miles around by the old mill road. "Nobody likes a detour, but that deck is tired," Voss said.
`)
	checkAnswers(t, e, []answerCase{
		{"what did voss say", []string{"12 miles around", "that deck is tired"}, nil},
		{"what does voss think about the closure", []string{"12 miles around"}, nil},
		// the quotation holds the topic: it alone answers
		{"what did voss say about the deck", []string{"that deck is tired"}, []string{"12 miles"}},
	})
}

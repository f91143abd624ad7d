package lookup

import "testing"

// TestAttributiveOld: in "what was the old fare" the adjective "old"
// stands between a determiner and its noun, the non-inherent "old" of
// Quirk et al., §7.36, which WordNet files with "previous". It is no cue
// for an age: the sentence with the article's "previous fare" answers,
// not the one about the new fare nor the ones with "older" riders or a
// "70-year-old" rider.
func TestAttributiveOld(t *testing.T) {
	e := engineOf(t, `Bus fares rise for the first time in a decade

DARNELL, Ore. (AP) — The Darnell Transit Authority voted Monday to raise the basic bus fare to $3.25, starting in May.

Riders who are older than 65 will keep paying half price, board chair Lena Moss, 58, said.

The previous fare of $2.50 was set in 2015.

One 70-year-old rider, Tom Everly, said the increase was fair. "The buses are cleaner than they used to be," he said.
`)
	checkAnswers(t, e, []answerCase{
		{"what was the old fare", []string{"$2.50"}, []string{"$3.25"}},
		{"whats the old fare", []string{"$2.50"}, []string{"Everly"}},
	})
}

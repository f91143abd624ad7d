package lookup

import "testing"

// quarryBand is a short article written for this test, in no question
// set: acts denied in the perfect since a time, beside a later act dated
// "last spring".
const quarryBand = `Reunited quarry band plays first show in decades

GRANITE FORKS, N.H. (AP) — The Quarry Boys, a folk band that had not played together since 1987, drew 400 people to the town green on Saturday.

Singer Amos Reddy, 71, said he hasn't written a song since 2002. The band's old bus turned up last spring in a barn outside town.
`

// A negated perfect with "since" tells when the act last happened: "when
// did they last play together" is 1987, not the "last spring" of another
// act, and the adverb "last" asks the latest time without being a word
// the answer must hold.
func TestLastSince(t *testing.T) {
	e := engineOf(t, quarryBand)
	checkAnswers(t, e, []answerCase{
		{"when did the band last play together", []string{"1987."}, []string{"Last spring", "Since"}},
		{"when was the last time the band played together", []string{"1987."}, []string{"Last spring"}},
		{"when did reddy last write a song", []string{"2002."}, []string{"Since"}},
		{"when did the bus turn up", []string{"Last spring"}, nil},
	})
}

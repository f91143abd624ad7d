package lookup

import "testing"

// arsonVerdict is a short article written for this test and in no
// question set: a conviction told by "convicted", in an article that uses
// "found" and "guilty" of other things.
const arsonVerdict = "Jury convicts man in barn fire\n\n" +
	"LEXINGTON, Ky. — A jury on Friday convicted Tom Reyes of arson in a fire that destroyed a horse barn in 2023.\n\n" +
	"Reyes, 44, had pleaded not guilty. Investigators found two gas cans in his truck.\n\n" +
	"He faces up to 20 years in prison.\n\n" +
	"No horses died in the fire.\n"

// TestFoundGuiltyReread: "was he found guilty" of "convicted" is read
// again by the word WordNet defines "find or declare guilty" before the
// yes/no reply says the article does not say so (engine.go,
// glossoverlap.go).
func TestFoundGuiltyReread(t *testing.T) {
	e := engineOf(t, arsonVerdict)
	checkOpenings(t, e, []openingCase{
		{q: "was reyes found guilty", first: "Yes", want: []string{"convicted Tom Reyes"}},
	})
}

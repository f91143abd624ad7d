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

// titledDefendant is a short article written for this test and in no
// question set: a verdict whose object is a long titled name before its
// charges, and a later count of the counts.
const titledDefendant = "Former mayor convicted of bribery\n\n" +
	"FRESNO, Calif. — A jury on Monday convicted former Fresno Deputy Mayor Alan Brooks of bribery and extortion for taking $80,000 from developers.\n\n" +
	"The jury returned guilty verdicts on all six counts after two days.\n"

// TestConvictionChargesPastTitle: the charges of "convicted former Fresno
// Deputy Mayor Alan Brooks of bribery and extortion" are read past the
// titled name, end before the grounds ("for taking $80,000"), and a later
// "on all six counts" does not replace them (acquittedof.go,
// convictedof.go).
func TestConvictionChargesPastTitle(t *testing.T) {
	e := engineOf(t, titledDefendant)
	checkOpenings(t, e, []openingCase{
		{q: "what was brooks convicted of", first: "Bribery and extortion."},
	})
}

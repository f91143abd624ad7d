package lookup

import "testing"

// ridgeCoop is a short article written for this test, in no question set:
// it names the cooperative in full and clips it on later reference
// ("the co-op"), as the AP Stylebook writes the clipping.
const ridgeCoop = `Dairy co-op closes plant

ELKRIDGE, Wis. (AP) — The Elk Ridge Dairy Cooperative will close its cheese plant in May, its board said Monday.

The co-op has 310 member farms.

The cooperative lost $1.2 million last year.
`

// A hyphenated clipping is the word it clips: "the co-op" asks of the
// sentences that write "cooperative" too.
func TestHyphenedClippingIsTheFullWord(t *testing.T) {
	e := engineOf(t, ridgeCoop)
	checkAnswers(t, e, []answerCase{
		{"how much did the co-op lose last year", []string{"$1.2 million"}, nil},
		{"how many farms are in the cooperative", []string{"310"}, nil},
	})
	if !hyphenedClipping("co-op", "cooper") || hyphenedClipping("co-op", "co-operative") || hyphenedClipping("coop", "cooper") {
		t.Error("hyphenedClipping: co-op clips cooperative; only a hyphenated word is one")
	}
}

// transitFleet is a short article written for this test, in no question
// set: the full forms "electric buses" and "electronic books" asked with
// the combining form "e-", and a part whose premodifier the running
// total's noun lacks.
const transitFleet = `County adds electric buses as library lending climbs

MEDFORD, Ore. (AP) — Jackson County added 40 electric buses to its transit fleet last year, bringing the total to 260 buses, the county said Monday.

The county library lent 18,000 electronic books in the same year, up from 11,000 the year before, librarian Anne Cho said.

Riders can charge phones on every new bus.
`

func TestElectricPrefixAndPremodifiedPart(t *testing.T) {
	checkOpenings(t, engineOf(t, transitFleet), []openingCase{
		// "e-buses" is the article's "electric buses" (Merriam-Webster, "e-"), and the
		// premodifier "electric" sets the 40 apart from the total of 260 buses
		{"how many e-buses did they add", "40", nil, nil},
		{"how many electric buses did the county add", "40", nil, nil},
		{"how many electric buses did they add", "40", nil, nil},
		{"how many e-books did the library lend", "18,000", nil, nil},
		// no premodifier asked: the total
		{"how many buses r there now", "260", nil, nil},
		// asked in the present: the size now, though "fleet" stands in the part's clause
		{"how many buses are in the fleet", "260", nil, nil},
	})
}

package lookup

import "testing"

// floodRescues is a short article written for this test, in no question
// set: two coordinated counts each placed by its own "in" phrase, the
// second leaving out the noun the first gives.
const floodRescues = `Flooding forces rescues across two counties

DOVER, Del. (AP) — Swift-water crews rescued 14 people in Dover and nine in Milford on Sunday after 6 inches of rain fell in less than a day, state officials said.

The storm knocked out power to 21,000 customers in Kent County and 8,500 in Sussex County at its peak, according to Delmarva Power.

Gov. Ellen Marsh, 63, declared a state of emergency Sunday night.
`

func TestElidedHeadCountsTheFirstNoun(t *testing.T) {
	checkOpenings(t, engineOf(t, floodRescues), []openingCase{
		// "nine in Milford" is nine people: the numeral leaves out the noun of "14 people"
		{"how many people were rescued in milford", "Nine", nil, nil},
		{"how many customers lost power in sussex county", "8,500", nil, nil},
		{"how many customers lost power in kent county", "21,000", nil, nil},
	})
}

// archiveScans is a short article written for this test, in no question
// set: a second conjunct's bare numeral heads a relative clause and
// leaves out the noun of the count before it.
const archiveScans = `Volunteers digitize a county's wartime letters

MARSHALL, Minn. (AP) — Volunteers at the Lyon County Historical Society sorted the society's 4,200 wartime letters and scanned 640 that were still legible, director Ruth Engel said Tuesday.

The society also interviewed 38 applicants for two archivist jobs and hired two who had worked with film.

The scans will go online in May.
`

func TestElidedHeadBeforeARelativeClause(t *testing.T) {
	checkOpenings(t, engineOf(t, archiveScans), []openingCase{
		// "scanned 640 that were still legible" is 640 letters, not the society's 4,200
		{"how many letters did they scan", "640", nil, nil},
		{"how many letters did the volunteers sort", "4,200", nil, nil},
		{"how many applicants did they interview", "38", nil, nil},
	})
}

// TestElidedHeadInSeries: a series of placed counts joined by commas
// lends its first noun to every bare figure after it, the comma standing
// for the coordinator; a place after a compass word is the figure's own;
// and a bare figure after a name's comma numbers no name.
func TestElidedHeadInSeries(t *testing.T) {
	const closings = "Grocery chain to close 12 stores\n\nCINCINNATI — Fairway Market said Wednesday it will close 12 of its 58 stores by the end of April.\n\nThe closings include four stores in Cincinnati, three in Columbus and five in northern Kentucky.\n"
	checkOpenings(t, engineOf(t, closings), []openingCase{
		{"how many stores in columbus", "Three stores.", nil, nil},
		{"how many stores are closing in kentucky", "Five stores.", nil, nil},
		{"how many stores in cincinnati", "Four stores.", nil, nil},
	})
}

package lookup

import "testing"

// cityAudit is a short article written for these tests, in no question
// set: measures written as compounds before the noun they measure, beside
// a duration of another act.
const cityAudit = `Audit faults city's vendor payments

SPRINGVALE, Ill. (AP) — The 84-page audit, released Monday, found the city had overpaid vendors for years.

The council met for three hours Tuesday to discuss it and agreed to sell a 2-acre parcel near the river.

The 1-hour, 40-minute hearing drew a crowd of about 200.
`

func TestMeasureCompoundMeasuresItsNoun(t *testing.T) {
	checkOpenings(t, engineOf(t, cityAudit), []openingCase{
		// "the 84-page audit": the audit's length is in pages
		{"how long is the audit", "84-page", nil, []string{"three hours"}},
		{"how big is the parcel", "2-acre", nil, nil},
		// a measure of another noun does not answer
		{"how long did the council meet", "Three hours", nil, nil},
		// two compounds joined by a comma measure one noun in two units
		{"how long did the hearing last", "1 hour, 40 minutes", nil, nil},
	})
}

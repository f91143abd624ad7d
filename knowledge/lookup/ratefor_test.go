package lookup

import "testing"

// ferryTakeover is a short article written for these tests, in no
// question set: a price per share told as "for each" after the sum, a
// fee told as "for every" after it, and the whole deal's sum.
const ferryTakeover = `Harbor Lines to buy Kestrel Ferries

PORT ALDEN, Maine (AP) — Harbor Lines agreed Wednesday to buy Kestrel Ferries for $410 million.

Harbor Lines will pay $17 for each Kestrel share, the companies said.

Kestrel will also charge a fuel fee of $2 for every ticket sold after June 1.

The deal still needs the approval of Kestrel shareholders.
`

func TestSumForEachItemIsARate(t *testing.T) {
	checkOpenings(t, engineOf(t, ferryTakeover), []openingCase{
		// "for each Kestrel share": one share's price
		{"how much per share is harbor lines paying", "$17", nil, nil},
		{"what price per share r they paying", "$17", nil, nil},
		// a name before the item classifies it
		{"how much will harbor lines pay for each kestrel share", "$17", nil, nil},
		// "for every ticket"
		{"how much is the fuel fee per ticket", "$2", nil, nil},
	})
}

// grantRates is a short article written for these tests, in no question
// set: a sum over a year and over each recipient, and a price in cents.
const grantRates = `Town pays students to plant trees

ELM RIDGE, Vt. (AP) — The town of Elm Ridge will pay $1,200 a year to each student who joins its tree crew, the town clerk said Tuesday.

Saplings from the state nursery sell for 75 cents each.

The program's total cost is $48,000.
`

func TestRateAfterPeriodAndCents(t *testing.T) {
	checkOpenings(t, engineOf(t, grantRates), []openingCase{
		// "a year to each student": one student's yearly sum
		{"how much per student does the town pay", "$1,200", nil, []string{"48,000"}},
		// "75 cents" is money, "each" its item
		{"how much does a sapling cost each", "75 cents", nil, nil},
	})
}

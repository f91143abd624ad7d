package lookup

import "testing"

// quarryLand is a short article written for this test, in no question
// set: a sum told with "bought", two sums given to two recipients in one
// sentence, one of them to each of several, and a sum told with "paid".
const quarryLand = `Township buys old quarry for park

MILLBRIDGE, Pa. (AP) — Millbridge Township bought the flooded Harlan quarry on Thursday for $1.4 million, planning to turn it into a swimming park.

The township will give $2,500 to each of the four families who lived beside the pit and hand $80,000 to the volunteer fire company for a rescue boat.

The owner's grandfather paid $900 for the land in 1931, according to county records.
`

// TestBuyerVerbMeetsPay checks that "pay" meets the article's "bought"
// in a "how much" question, and the grandfather's "paid" is kept apart.
func TestBuyerVerbMeetsPay(t *testing.T) {
	checkOpenings(t, engineOf(t, quarryLand), []openingCase{
		{"how much did the township pay for the quarry", "$1.4 million", nil, nil},
		{"how much did grandpa pay for the land", "$900", nil, nil},
	})
}

// TestGetReadsGiving checks that "get" of a sum meets the article's
// verbs of giving, and that of two sums the one whose "to" phrase names
// the recipient asked is chosen, "to each of" making it a rate.
func TestGetReadsGiving(t *testing.T) {
	checkOpenings(t, engineOf(t, quarryLand), []openingCase{
		{"how much is the fire company getting", "$80,000", nil, nil},
		{"how much is each family getting", "$2,500", nil, nil},
		{"how much per family", "$2,500", nil, nil},
	})
}

// sodaStand is a short article written for this test, in no question
// set: a bribe demanded, which the article calls by no noun of payment.
const sodaStand = `Inspector charged in stand shakedown

DORVAL, Ky. (AP) — A county health inspector was charged Friday with threatening to close a lemonade stand unless its owner handed over cash.

Prosecutors said inspector Glen Mabry demanded $1,200 from the owner, a retired teacher, in March.
`

// TestPaymentNounFramesSum checks that "bribe", a noun of payment the
// article never writes, frames the sum asked, as "money" does, and that
// "ask for" meets "demanded".
func TestPaymentNounFramesSum(t *testing.T) {
	e := engineOf(t, sodaStand)
	checkOpenings(t, e, []openingCase{
		{"how much bribe did he ask for", "$1,200", nil, nil},
	})
	checkRefusals(t, e, "how much ransom did the gang collect")
}

// ferryDeal is a short article written for this test, in no question
// set: a yearly sum paid, asked with chat's "shell out".
const ferryDeal = `Island signs ferry contract

OSPREY KEY, Fla. (AP) — The island council agreed Tuesday to a five-year contract with a mainland ferry operator.

The council will pay the operator $95,000 a year, and riders will pay $4 a trip.

Council member Rita Vance said the deal was the best the island could get.
`

// TestPayIdiom checks that "shell out" is read as "pay", not as
// WordNet's "deal out".
func TestPayIdiom(t *testing.T) {
	checkOpenings(t, engineOf(t, ferryDeal), []openingCase{
		{"how much will the council shell out each year", "$95,000", nil, nil},
		{"how much r riders forking over per trip", "$4", nil, nil},
	})
}

// parkingMeters is a short article written for this test, in no question
// set: a sum earned, told with "bring in", beside a verb ("do") WordNet
// lists with "make".
const parkingMeters = `Town adds parking meters downtown

LAKEVIEW, Mich. (AP) — Lakeview will install 60 parking meters on Main Street in May, the town council decided Monday.

Officials expect the meters to bring in about $35,000 a year. The council did not set a date for a vote on rates.
`

// TestMakeReadsEarn checks that "make" of a sum is read as "earn", met by
// the article's "bring in", with or without "money".
func TestMakeReadsEarn(t *testing.T) {
	e := engineOf(t, parkingMeters)
	checkOpenings(t, e, []openingCase{
		{"how much will the town make", "About $35,000", nil, nil},
		{"how much money will the town make off the meters", "About $35,000", nil, nil},
	})
}

// "How much did X cost" is answered by the sum X was bought or sold for:
// "cost" and the verbs of buying and selling tell one transfer. The
// story is written for this test, in no question set.
func TestCostAnsweredBySale(t *testing.T) {
	e := engineOf(t, "Brewer expands\n\nPORTLAND, Maine (AP) — Casco Brewing opened its second brewery on Friday.\n\nThe company bought the Riverside Mill for $3.2 million in 2021.\n\nThe brewery will cost about $90,000 a year to run, the company said.\n")
	checkOpenings(t, e, []openingCase{
		{q: "how much did the riverside mill cost", first: "$3.2 million"},
	})
}

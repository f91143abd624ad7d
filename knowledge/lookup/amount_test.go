package lookup

import "testing"

// ferryTrial is a short article written for these tests, in no question set:
// a count of people beside a bond, a duration beside a chief's pay left
// unsaid, a span of years in another clause, a price and a duration.
const ferryTrial = `Ferry captain convicted in dock crash

BAYPORT, Maine (AP) — A jury of eight men and four women on Friday convicted the captain of the Bayport ferry, who has been free on bond, of negligence in a dock crash that injured 14 passengers.

Prosecutors asked the judge to revoke the license of the captain, Ellis Marsh.

The jury deliberated for nine hours. The captain had piloted the ferry for 22 years.

"I have never seen a harder case in 30 years on the bench," said the county's chief judge, Ruth Alder.

The city paid $1.8 million to repair the dock.
`

func TestHowMuchAsksAnAmount(t *testing.T) {
	checkAnswers(t, engineOf(t, ferryTrial), []answerCase{
		// "how much" is never answered by a count of people
		{"how much was his bond set at", nil, []string{"eight men", "Eight men", "four women", "14 passengers"}},
		// nor by a span of years when no time is asked
		{"how much does the chief judge make", nil, []string{"30 years"}},
		// but money and a duration asked as time are amounts
		{"how much did the city pay to repair the dock", []string{"$1.8 million"}, nil},
		{"how much time did the jury deliberate", []string{"nine hours"}, nil},
		// the counted noun alone does not answer: the asked verb is not there
		{"how many years are prosecutors asking for", nil, []string{"22 years"}},
	})
}

// rentals is a short article written for these tests, in no question
// set: a share of a whole and a change by a percentage, both about the
// words asked.
const rentals = `Council backs rent aid

DALTON, Ga. (AP) — The City Council voted Monday to raise rent subsidies for households by 15%.

About 38% of the city's households, most of them in the older neighborhoods east of the river, receive rent subsidies, the housing office said in a report released last week.
`

func TestShareIsOfAWhole(t *testing.T) {
	checkAnswers(t, engineOf(t, rentals), []answerCase{
		// "what share of X": the percentage "of" X, not the change "by" 15%
		{"what share of households get rent subsidies", []string{"38%"}, []string{"15%"}},
		{"what percentage of households receive subsidies", []string{"38%"}, []string{"15%"}},
	})
}

// docks is a short article written for these tests, in no question set:
// sums of money that never use the word asked for them.
const docks = `Dockworkers strike enters second week

PORTLAND, Ore. (AP) — About 900 dockworkers stayed off the job Monday as their strike entered its second week.

Strikers get $300 a week in strike benefits from the union. For most, that is about a third of their usual pay.

The port set aside $2.5 million over two years for a fund that will retrain workers.
`

func TestMoneyNounIsMeasuredInMoney(t *testing.T) {
	checkAnswers(t, engineOf(t, docks), []answerCase{
		// "pay" is a word for money: a sum of money measures it
		{"how much strike pay do they get", []string{"$300"}, nil},
		// "money" need not be written; "goes" is the verb, not a plural noun
		{"how much money goes into the fund", []string{"$2.5 million"}, nil},
	})
}

// parade is a short article written for these tests, in no question set:
// a crowd whose size is told by its people, beside a weight.
const parade = `Harvest parade returns to Main Street

AMES, Iowa (AP) — The 2,400-pound pumpkin float led the harvest parade down Main Street on Saturday for the first time since 2019, and its driver waved to children watching from the curb.

The crowd was the largest in years, organizers said. About 5,000 people watched from the sidewalks downtown.
`

func TestSizeOfAGroupIsItsPeople(t *testing.T) {
	checkAnswers(t, engineOf(t, parade), []answerCase{
		{"roughly how big was the crowd watching", []string{"5,000 people"}, []string{"2,400"}},
	})
}

package lookup

import "testing"

// academyWin is a short article written for this test, in no question
// set: a deficit written as a measure phrase before an adverb, a height
// in AP style's feet-and-inches compound, a weight beside a price, a
// span of time placing an event beside a duration, and a town named only
// inside a school's name and in an appositive of population.
const academyWin = `Linwood State rallies past Millport

CASTINE, Maine (AP) — Nina Brooks scored 22 points and Linwood State rallied from 12 points down to beat Millport 64-60 on Saturday.

Ellis Obi, a 6-foot-9 forward, added 10 rebounds for Linwood State. The 240-pound Obi signed with the school for $5,000 in aid.

The school's new scoreboard weighs 1,900 pounds. The scoreboard cost $80,000.

Coach Dana Kerr took over the program four years after the school built its gym. Kerr has coached the team for 11 years. The school froze the program's budget for three years to keep it running.

The gym, about 40 miles from Portland, seats 2,100 fans. Shuttle buses to the gym run every 15 minutes.

Linwood State's principal said the school would hold a parade Monday in Linwood, a town of about 8,200 on the coast.
`

// "How ADJ" and a verb of measuring ask a measure in a unit of the
// dimension: a height written "6-foot-9", a weight and not a price.
func TestMeasureOfADimension(t *testing.T) {
	e := engineOf(t, academyWin)
	checkAnswers(t, e, []answerCase{
		{"how tall is obi", []string{"6-foot-9"}, nil},
		{"how heavy is the scoreboard", []string{"1,900 pounds"}, []string{"$80,000"}},
		{"how much does the scoreboard weigh", []string{"1,900 pounds"}, []string{"$80,000"}},
		{"how much does obi weigh", []string{"240-pound"}, []string{"$5,000."}},
		// a question with no word of its own beyond the type ("city" asks a
		// place) is answered by no sentence's measure
		{"how big is the city", nil, []string{"6-foot-9", "pounds"}},
	})
}

// "How far down" asks the measure phrase of "down" ("12 points down");
// "how long" asks a duration ("for 11 years"), not a span placing an
// event ("four years after").
func TestExtentAndDuration(t *testing.T) {
	e := engineOf(t, academyWin)
	checkAnswers(t, e, []answerCase{
		{"how far down was linwood state", []string{"12 points down"}, nil},
		{"how long has kerr coached the team", []string{"11 years"}, []string{"Four years"}},
		{"how long has kerr led the program", nil, []string{"Four years"}},
		// the duration belongs to the verb of its clause, "froze"
		{"how long has the program been running", nil, []string{"Three years"}},
		// the perfect of "be" asks a span of time, not a length
		{"how long has the gym been open", nil, []string{"40 miles"}},
		// "every 15 minutes" is how often, not how long
		{"how long has the shuttle been running", nil, []string{"15 minutes"}},
	})
}

// A town named only inside a longer name has its population in an
// appositive: "in Linwood, a town of about 8,200".
func TestAppositivePopulation(t *testing.T) {
	e := engineOf(t, academyWin)
	checkAnswers(t, e, []answerCase{
		{"how many people live in linwood", []string{"8,200"}, nil},
	})
}

// millLayoffs is a short article written for this test, in no question
// set: a count of a kind of the noun asked (employees are workers), its
// noun phrase closed by a comma before the next clause.
const millLayoffs = `Paper mill to cut shifts

RUMFORD, Maine (AP) — Hollis Paper will cut two shifts at its Rumford mill in June, the company said Friday.

The union, Steelworkers Local 900, which represents about 300 of the mill's employees, said members would vote on a new contract. About 80 contractors also work at the site.
`

// "How many workers" is answered by a count of employees, whose nearest
// broader term in WordNet is worker.
func TestCountOfAKind(t *testing.T) {
	e := engineOf(t, millLayoffs)
	checkAnswers(t, e, []answerCase{
		{"how many workers does the union represent", []string{"300"}, nil},
	})
}

// harborRace is a short article written for this test, in no question
// set: margins after "by" and before "off", beside a distance and a prize.
const harborRace = `Owens wins harbor 10K

BELFAST, Maine (AP) — Carla Owens won the Harbor 10K on Sunday, cutting 21 seconds off the course record.

Mia Tran missed second place by 4 seconds after slowing over the final two miles. Owens earned $5,000 for the win.

Owens was cheered by 300 fans at the finish. Officials later called the two leaders back to the start line. The share of local runners in the field fell from 40% to 25%.
`

// A question ending in a stranded "by" asks the measure of a difference:
// the number after "by" or before "off", and no other.
func TestMarginAfterBy(t *testing.T) {
	e := engineOf(t, harborRace)
	checkAnswers(t, e, []answerCase{
		{"how much did tran miss second place by", []string{"4 seconds"}, []string{"Two miles"}},
		{"how much did owens beat the course record by", []string{"21 seconds"}, nil},
		{"how much did owens win by", nil, []string{"$5,000"}},
		// the agent of a passive is no margin; a definite object before a
		// particle is no measure; a level a change ran to is no change
		{"how much was owens cheered by", nil, []string{"300 fans"}},
		{"how far back were the leaders", nil, []string{"two leaders"}},
		{"how much did the share of local runners fall by", nil, []string{"25%"}},
	})
}

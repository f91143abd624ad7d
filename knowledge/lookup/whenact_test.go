package lookup

import "testing"

// storageBurglary is a short article written for this test, in no
// question set: a lede whose only day dates the police's telling, the
// act itself dated later with a phrasal verb and a plural pronoun, and a
// mailing that began on one day and must end by another.
const storageBurglary = `Burglars empty storage units in Milford

MILFORD, Conn. (AP) — Burglars took tools and bicycles worth about $80,000 from a self-storage building in Milford, police said Friday.

The burglars got in on March 3 through a loading dock, and they stayed for about two hours, Sgt. Ana Ruiz said. Investigators said the same crew had cased the building. They came back on March 9 for a second load.

The company will mail refund checks to renters. Checks began going out Monday, and all should arrive by June 12.
`

func TestWhenAskedActAndDeadline(t *testing.T) {
	e := engineOf(t, storageBurglary)
	checkAnswers(t, e, []answerCase{
		// "get in" is one verb (WordNet), written "got in" where the act is dated
		{"when did the burglars get in", []string{"March 3"}, []string{"Friday"}},
		// "they" stands for the plural subject asked about
		{"when did the burglars come back", []string{"March 9"}, []string{"Friday"}},
		// "by when" asks the deadline, not the start
		{"by when should everyone have their check", []string{"By June 12."}, []string{"Monday. Checks"}},
	})
}

// airportMove is a short article written for this test, in no question
// set: two numbered terminals, each named by its label noun and numeral,
// dated on different days.
const airportMove = `Airport shifts flights during repairs

LAKEPORT, Mich. (AP) — Lakeport Regional Airport closed Terminal 1 for roof repairs on April 20, airport director Joan Pike said Tuesday.

Airlines had moved all departures to Terminal 2 on April 14, six days before the closure. The repairs should be finished by Aug. 1.
`

// A clipped label noun before its numeral ("term 2") is the article's
// label with that numeral ("Terminal 2"), though "term" is a word of its
// own.
func TestClippedLabelBeforeNumeral(t *testing.T) {
	e := engineOf(t, airportMove)
	checkAnswers(t, e, []answerCase{
		{"when did the airlines move to term 2", []string{"April 14"}, []string{"April 20."}},
		{"which came first, term 1 closing or the move to term 2", []string{"Move to term 2 came first"}, nil},
	})
}

// harborStorm is a short article written for this test, in no question
// set: a storm's category and a vote, each in a sentence that also dates
// them.
const harborStorm = `Storm floods harbor town; council votes aid

BAYVIEW, Texas (AP) — Hurricane Lena reached the coast near Bayview on Monday as a Category 2 storm, flooding the harbor and downtown streets.

The town council approved $3 million in emergency aid on Tuesday by a 5-2 vote. Two members of the council said the aid was too small.
`

// A "when" after another wh-word opens a subordinate clause of time and
// asks nothing; a vote cue premodifying "count" asks a score.
func TestSubordinateWhenAsksNothing(t *testing.T) {
	e := engineOf(t, harborStorm)
	checkAnswers(t, e, []answerCase{
		{"what category was lena when it reached the coast", nil, []string{"Monday."}},
		{"what was the vote count when the council approved the aid", []string{"5-2"}, []string{"Two members"}},
	})
}

// quiltShow is a short article written for this test, in no question set:
// two named works, each with an appositive whose year dates it, in a
// series parted by semicolons.
const quiltShow = `Quilt show opens in Ames

AMES, Iowa (AP) — The county museum opened a quilt show on Saturday.

Its prized pieces, all sewn by hand, are "Prairie Star," a 1928 quilt by Martha Lund; two small pillow covers by Jo Hart; and "River Bend," a 1934 quilt by Ruth Ames.
`

// A year in the appositive right after the name asked dates that work,
// not the other, and the answer cites the series item that holds it.
func TestAppositiveYearDatesTheNamedWork(t *testing.T) {
	e := engineOf(t, quiltShow)
	checkAnswers(t, e, []answerCase{
		{"when was river bend sewn", []string{"1934"}, []string{"1928"}},
		{"when was prairie star sewn", []string{"1928"}, []string{"1934"}},
	})
}

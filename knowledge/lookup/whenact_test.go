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

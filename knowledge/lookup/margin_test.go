package lookup

import "testing"

// ridgeRace is a short article written for this test, in no question
// set: an election result giving each side's share, the winner's with
// "of the vote" and the loser's with a genitive, then the margin by its
// noun; and a second race whose lead is stated after "by".
const ridgeRace = `Okoro wins Ridgeway mayor's race

RIDGEWAY, Ore. (AP) — Former teacher Ada Okoro was elected mayor of Ridgeway on Tuesday, defeating council member Lyle Brandt.

Okoro won 58% of the vote to Brandt's 42%, a margin of about 1,900 votes out of some 11,800 cast.

In the race for county clerk, Mina Shah beat Tom Ruiz by 212 votes.
`

// A stranded "by" asks the difference, which "a margin of" states; one
// side's share, a genitive before it, is the level that side reached, not
// a change.
func TestMarginByItsNoun(t *testing.T) {
	e := engineOf(t, ridgeRace)
	checkAnswers(t, e, []answerCase{
		{"how many votes did okoro win by", []string{"About 1,900 votes."}, []string{"42%."}},
		{"how much did okoro beat brandt by", []string{"About 1,900 votes."}, []string{"42%."}},
		{"how many votes did shah win by", []string{"212 votes."}, nil},
	})
}

// "What %" asks a share as "what percent" does (the sign in chat for its
// word), so the share is the answer's head.
func TestPercentSignAsked(t *testing.T) {
	e := engineOf(t, ridgeRace)
	checkAnswers(t, e, []answerCase{
		{"what % did okoro get", []string{"58%."}, nil},
		{"what % did brandt get", []string{"42%."}, nil},
	})
}

package lookup

import "testing"

// toolmakerChief is a short article written for this test, in no
// question set: a chief executive steps down, and the article names the
// one taking the post for now by a temporary title, not by the verb a
// reader asks with.
const toolmakerChief = `Toolmaker's CEO retires after 22 years

ROCKFORD, Ill. (AP) — Harmon Tool Co. chief executive Paul Briggs, 67, will retire at the end of the month, the company said Wednesday.

The board said Chief Financial Officer Dana Wu, 49, will serve as interim CEO while it searches for a permanent leader.

Briggs joined Harmon as an engineer in 1984.
`

// cityHall is a short article written for this test: no one is given a
// post in another's place.
const cityHall = `Clerk leaves after 30 years

AURORA, Colo. (AP) — City Clerk Ann Ruiz, 64, retired Friday after 30 years at City Hall.

Mayor Tom Blake thanked her at a council meeting.
`

func TestSuccessor(t *testing.T) {
	checkAnswers(t, engineOf(t, toolmakerChief), []answerCase{
		{"who's taking over", []string{"Dana Wu."}, []string{"Paul Briggs."}},
		{"who will replace briggs", []string{"Dana Wu."}, nil},
		{"ok so who succeeds him", []string{"Dana Wu."}, nil},
	})
	checkAnswers(t, engineOf(t, cityHall), []answerCase{
		{"who's replacing ruiz", nil, []string{"Tom Blake."}},
	})
}

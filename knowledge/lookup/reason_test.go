package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

// harbor is a short article written for these tests, in no question set:
// a vote with a dissenter's own account of it, an election won against a
// conceded fact, a loss learned of from a source, and a goal told in the
// lead and told again, with its manner, later.
const harbor = `Harbor council closes branch library

PORTVILLE, Maine (AP) — The Portville council voted 5-2 on Monday to close the Dock Street branch library, and Hawks forward Jo Bell added a goal in overtime as the Hawks beat the Owls 3-2 the same night.

Council members Ray Dunn and Mia Park cast the two votes against the closure. Dunn, 52, said he supported the budget but objected to cutting the library's evening hours.

In the mayoral race, eleven of the city's 14 wards went for Carlos Ortiz. But Dana Lee won the Harbor ward by 3,000 votes, enough to carry the city.

Ann Cole, 70, lost the Elm Ridge cabin she built in 1990. She learned it was gone from a text message sent by a neighbor.

Bell, a 27-year-old Canadian forward, sealed it two minutes into overtime, lifting a shot over the goalkeeper from close range.

Mayor Tom Reyes said the library's books would move to the main branch.
`

// TestReasonsAndManner answers why and how questions from the sentences
// that give the cause or the manner, and refuses when none does.
func TestReasonsAndManner(t *testing.T) {
	e := engineOf(t, harbor)
	tests := []wantCase{ // want "" when the article does not say
		// the actor's own account, right after the act
		{"why did dunn vote against it", "objected to cutting"},
		// "why X if Y": the sentence that contrasts with Y
		{"why did lee win if ortiz took most of the wards?", "Harbor ward"},
		// "she" after "the Elm Ridge cabin" is Cole, and the means is told
		{"how did cole find out her cabin was gone", "text message"},
		// the lead says it happened; a later sentence at the same moment says how
		{"how did bell score the goal", "lifting a shot"},
		// the event's verb is in no sentence about him
		{"how did reyes vote", ""},
		{"why was bell benched", ""},
	}
	checkWantOrRefused(t, e, tests)
}

// mill is a short article written for these tests, in no question set: a
// company's cut told with its owner's account after it, a vote whose
// reason comes two paragraphs later, and a move dated by "after" and
// explained by the mover's next words.
const mill = `Riverside mill cuts shifts as board weighs dam repair

ELTON, Ore. (AP) — Brookfield Lumber Co., a sawmill on the Elton River, cut its night shift on Monday. It lost its biggest buyer in May, general manager Rosa Imler said.

The county board voted 4-1 to borrow $3 million to repair the Elton dam. Commissioner Fay Dorn voted no.

Dorn, 61, said she opposed the loan because the dam's owner had not paid its share.

Imler grew up in Idaho. She moved to Elton in 1998 after a decade in Boise. What brought her, she said, was "the river and the quiet."
`

// TestReasonsTold answers why from the sentence that gives a cause when
// the question's words fit several equally, from a company's account
// after its act, and from the actor's next words after a sentence that
// only says when.
func TestReasonsTold(t *testing.T) {
	e := engineOf(t, mill)
	tests := []wantCase{
		{"why was dorn against it", "had not paid its share"},
		{"why did brookfield lumber cut the shift", "biggest buyer"},
		{"why'd she move to elton", "the river and the quiet"},
	}
	for _, tt := range tests {
		ans, err := e.Answer(context.Background(), knowledge.Question{Text: tt.q})
		if err != nil {
			t.Fatalf("%q: %v", tt.q, err)
		}
		if !ans.Found || !strings.Contains(ans.Text, tt.want) {
			t.Errorf("%q: answer lacks %q:\n%s", tt.q, tt.want, ans.Text)
		}
	}
}

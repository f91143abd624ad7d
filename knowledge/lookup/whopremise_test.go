package lookup

import "testing"

// A who-question takes its act for granted: when the article never tells
// the act ("indicted", "blamed"), the rest of the question ("for starting
// the fire") names no one it befell, least of all the spokeswoman.
func TestWhoQuestionPresupposesItsAct(t *testing.T) {
	e := engineOf(t, warehouseFire)
	if e.counts == nil {
		t.Skip("WordNet is not installed")
	}
	for _, q := range []string{"who got indicted for starting the fire", "who got blamed for the fire", "who was indicted for starting the fire"} {
		if a := answerOf(t, e, q); a.Found {
			t.Errorf("%q: want refused, got %q", q, a.Text)
		}
	}
	checkAnswers(t, e, []answerCase{{"who left the building", []string{"40 workers"}, nil}})
}

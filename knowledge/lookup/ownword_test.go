package lookup

import "testing"

// kilnClosing is a short article written for this test, in no question
// set: one sentence with a synonym of "lay off" ("stop") in one clause
// and "laid off" itself, with another time, in the other.
const kilnClosing = `Brick maker to close kilns

ASHBY, Ga. (AP) — Redfern Brick Co. said Thursday it will shut its kilns in the spring.

The first kiln is scheduled to stop firing in April, and the remaining 80 workers will be laid off in July.
`

// The time of the clause that writes the asked phrasal verb answers, not
// the time of its synonym's clause.
func TestOwnWordAnchorsTheClause(t *testing.T) {
	e := engineOf(t, kilnClosing)
	checkOpenings(t, e, []openingCase{
		{"when will the workers be laid off", "In July", nil, nil},
		{"when does the first kiln stop", "In April", nil, nil},
	})
}

// ownOrAll keeps only the own word's positions when the sentence writes it.
func TestOwnOrAll(t *testing.T) {
	if got := ownOrAll(&query{typ: tTime}, []int{7}, []int{2, 7}); len(got) != 1 || got[0] != 7 {
		t.Errorf("ownOrAll = %v, want [7]", got)
	}
	if got := ownOrAll(&query{typ: tTime}, nil, []int{2, 7}); len(got) != 2 {
		t.Errorf("ownOrAll = %v, want [2 7]", got)
	}
	if got := ownOrAll(&query{typ: tPerson}, []int{7}, []int{2, 7}); len(got) != 2 {
		t.Errorf("ownOrAll of a who-question = %v, want [2 7]", got)
	}
}

package lookup

import "testing"

// grainSpill is a short article written for this test, in no question
// set: "after" clauses whose times carry the commas of a full date and
// of a city and its state.
const grainSpill = `State orders rail inspections after derailment

OMAHA, Neb. (AP) — Nebraska ordered new brake inspections on Monday.

The inspections began after a grain train derailed near Minden, Neb., on Aug. 9, 2024.

The line reopened after crews cleared the cars on Sept. 2, 2024, officials said.
`

// TestClauseCommaTime checks that the comma of a full date and the pair
// around a state do not end an "after" clause, so its own time dates
// its event.
func TestClauseCommaTime(t *testing.T) {
	e := engineOf(t, grainSpill)
	checkOpenings(t, e, []openingCase{
		{q: "when did the train derail", first: "On Aug. 9, 2024"},
		{q: "when did crews clear the cars", first: "On Sept. 2, 2024"},
	})
}

// TestClauseComma checks which commas end a clause.
func TestClauseComma(t *testing.T) {
	for _, tt := range []struct {
		text, want string // want: the text before the clause's end
	}{
		{"It began after a train derailed near Minden, Neb., on Aug. 9, 2024, officials said.", "It began after a train derailed near Minden, Neb., on Aug. 9, 2024"},
		{"It began after the storm, and crews left.", "It began after the storm"},
		{"It began in Salem, Oregon; crews left.", "It began in Salem, Oregon"},
		{"It began near Minden, which flooded.", "It began near Minden"},
		{"It began after rain, snow and hail.", "It began after rain"},
	} {
		s := sentenceOf(t, tt.text)
		if got := s.text[:clauseComma(s, 0)]; got != tt.want {
			t.Errorf("%q: clause ends after %q, want %q", tt.text, got, tt.want)
		}
	}
}

// sentenceOf reads text as the one body paragraph of an article and
// returns its sentence.
func sentenceOf(t *testing.T, text string) *sentence {
	t.Helper()
	e := engineOf(t, "Commas\n\n"+text+"\n")
	for i := range e.r.sents {
		if e.r.sents[i].text == text {
			return &e.r.sents[i]
		}
	}
	t.Fatalf("%q was not read as one sentence", text)
	return nil
}

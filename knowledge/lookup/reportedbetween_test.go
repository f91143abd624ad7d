package lookup

import "testing"

// harborLibrary is a short article written for this test, in no question
// set: a state reported by a named trustee, another act told with the
// main actor's name after it, and a passive befalling another person.
const harborLibrary = `Harbor City library names new director

HARBOR CITY, Ore. (AP) — The Harbor City library board on Monday named Nina Castro as its director.

Trustee Paul Ogden said the reading room had been closed since 2021. The annex will be closed on Friday for repairs, Castro said.

Castro will be sworn in on Aug. 4. Ogden is scheduled to be honored in May for 30 years on the board.
`

// TestReporterNotSubject checks that a person named before a verb of
// reporting is not the one the reported clause tells of: the reading
// room was closed since 2021, whoever said so. A person who is the
// subject of the passive ("Ogden is scheduled to be honored") still
// makes it another's event.
func TestReporterNotSubject(t *testing.T) {
	e := engineOf(t, harborLibrary)
	checkAnswers(t, e, []answerCase{
		{"since when has the reading room been closed", []string{"2021"}, []string{"Friday"}},
		{"when will the annex be closed", []string{"Friday"}, nil},
		{"when will she be sworn in", []string{"Aug. 4"}, []string{"May"}},
	})
	s := &sentence{text: "Ogden said the room had been closed.", toks: tokenize("Ogden said the room had been closed.")}
	if !reportedBetween(s, 0, 5) {
		t.Errorf("reportedBetween: %q reports the clause", s.text)
	}
	s = &sentence{text: "Ogden is scheduled to be honored.", toks: tokenize("Ogden is scheduled to be honored.")}
	if reportedBetween(s, 0, 5) {
		t.Errorf("reportedBetween: %q reports nothing", s.text)
	}
}

package lookup

import "testing"

// rampFallDaughter is a short article written for this test, in no
// question set: a victim's daughter introduced by the possessive of the
// surname they share.
const rampFallDaughter = `Woman dies after fall from ferry ramp

SEATTLE (AP) — A 70-year-old woman died Friday after falling from a ferry ramp in Seattle, the Coast Guard said.

The woman, Alma Brandt, was a retired teacher from Tacoma. Coast Guard Lt. Mark Soto said the ramp had passed an inspection in May.

Brandt's daughter, Lena Brandt, said the family wanted answers. "My mother crossed on that ferry every week for 40 years," she said.
`

// TestPossessorSurnameSpeaker: the speaker "what did her daughter say"
// asks for is the daughter named after "Brandt's daughter", not the mother
// whose surname the daughter's full name holds; and the answer quotes her.
func TestPossessorSurnameSpeaker(t *testing.T) {
	e := engineOf(t, rampFallDaughter)
	q := e.understand("what did her daughter say", nil)
	if x := e.speakerAsked(q); x < 0 || e.a.Entities[x].Name != "Lena Brandt" {
		name := "no one"
		if x >= 0 {
			name = e.a.Entities[x].Name
		}
		t.Errorf("what did her daughter say: speaker %s, want Lena Brandt", name)
	}
	checkAnswers(t, e, []answerCase{
		{"what did her daughter say", []string{"every week"}, nil},
	})
}

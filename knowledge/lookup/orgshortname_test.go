package lookup

import "testing"

// TestInstitutionShortName checks, on a short article written for this
// test, that an institution's name typed without its class noun ("lyle
// valley" for "Lyle Valley College") names it, while a one-word remainder
// ("Havre" of "Havre Hospital") stays the town's.
func TestInstitutionShortName(t *testing.T) {
	e := engineOf(t, "College president resigns after audit\n\n"+
		"HAVRE, Mont. (AP) — The president of Lyle Valley College resigned Thursday after a state audit.\n\n"+
		"The audit found problems at the 2,400-student college going back four years. Two trustees were treated at Havre Hospital after a car crash on the way to the meeting.\n")
	checkAnswers(t, e, []answerCase{
		{"how many students at lyle valley", []string{"2,400"}, nil},
	})
	if x := e.r.entityNamed("Havre Hospital"); x >= 0 {
		for _, f := range e.r.ents[x].forms {
			if len(f) == 1 && f[0] == "havre" {
				t.Error(`"havre" read as a form of Havre Hospital`)
			}
		}
	}
}

package lookup

import "testing"

// TestKindByLaterName checks that "what kind of N was it" is answered by
// the body's named kind when the lead gives only the generic noun: a
// proper name before the noun ("a Kestrel helicopter"), not the lead's
// bare "a helicopter" nor a Coast Guard helicopter, whose name says whose
// it is; and for a vehicle the one maker and model the body names after
// a model year ("a blue 2019 Harlan T-40"), not the lead's common
// premodifier ("the delivery truck"); on short articles written for this
// test.
func TestKindByLaterName(t *testing.T) {
	heli := engineOf(t, "Climber lifted from cliff\n\nBRANDT, Ore. (AP) — Rescuers used a helicopter on Sunday to lift an injured climber off a cliff, officials said.\n\nThe climber was flown to a hospital in Bend.\n\nThe crew flew a Kestrel helicopter from an airfield near Salem. A Coast Guard helicopter stood by.\n")
	checkAnswers(t, heli, []answerCase{
		{"what kind of helicopter was it", []string{"Kestrel"}, []string{"Coast Guard"}},
	})
	truck := engineOf(t, "Driver held in crash\n\nMILLBROOK, Ind. (AP) — Police arrested a man on Friday suspected of driving the delivery truck that hit a cyclist, officials said.\n\nOfficers found a blue 2019 Harlan T-40 with a broken headlight behind a warehouse.\n")
	checkAnswers(t, truck, []answerCase{
		{"what kind of truck was it", []string{"Harlan T-40"}, []string{"Delivery"}},
	})
}

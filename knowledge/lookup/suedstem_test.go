package lookup

import "testing"

// clinicSuit is a short article written for this test, in no question set:
// a short verb ending in -ue is told in the past ("sued"), and asked in
// its base form.
const clinicSuit = `Patients sue Verlo clinic over billing

VERLO, Idaho (AP) — Eleven former patients sued the Verlo Family Clinic on Tuesday, saying they were billed for tests they never had.

Their lawyer, Dana Pike, said the clinic overcharged patients by about $40,000.
`

// "Sue" and "sued" are one verb: the -ed ending drops the base's final e
// (Quirk et al., App. II.5), which Porter2 keeps on a short word.
func TestShortUeVerbMeetsItsPast(t *testing.T) {
	e := engineOf(t, clinicSuit)
	checkAnswers(t, e, []answerCase{
		{"when did the patients sue", []string{"Tuesday"}, nil},
		{"how many patients sue the clinic", []string{"Eleven"}, nil},
	})
	if stemOf("sue") != stemOf("sued") || stemOf("suing") != stemOf("sue") {
		t.Errorf("stems of sue, sued, suing: %q %q %q", stemOf("sue"), stemOf("sued"), stemOf("suing"))
	}
}

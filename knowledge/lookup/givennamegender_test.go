package lookup

import "testing"

// TestGenderFromGivenName checks, on a short obituary written for this
// test, that a person whose own sentences carry no pronoun of their own
// takes the gender of their given name, so that "he" asks of the man
// who died, not of his wife ("She died in 2016").
func TestGenderFromGivenName(t *testing.T) {
	e := engineOf(t, "Rudy Paskett, Granby hardware store owner, dies at 79\n\n"+
		"GRANBY, Colo. (AP) — Rudy Paskett, who sold nails and paint on Center Avenue for 40 years, died Friday at his home. He was 79.\n\n"+
		"His daughter, Carla Paskett-Dunn, said he had cancer.\n\n"+
		"He married Joyce Tamsin, a teacher, in 1968. She died in 2016.\n\n"+
		"A brother, Leon, died in 1999.\n")
	checkAnswers(t, e, []answerCase{
		{"when did he pass away", []string{"Friday"}, []string{"2016"}},
	})
}

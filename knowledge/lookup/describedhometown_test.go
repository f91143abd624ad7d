package lookup

import "testing"

func TestDescribedHometown(t *testing.T) {
	e := engineOf(t, "Teen wins chess title\n\nA 15-year-old from Florence won the state chess title on Sunday. Priya Raman, a sophomore, beat the defending champion.\n\nHer coach, Dwayne Pettus, said she studies every day.\n")
	checkAnswers(t, e, []answerCase{
		{"where is she from", []string{"Florence"}, nil},
		{"where is raman from", []string{"Florence"}, nil},
	})
}

package lookup

import "testing"

func TestDescribedHometown(t *testing.T) {
	e := engineOf(t, "Teen wins chess title\n\nA 15-year-old from Florence won the state chess title on Sunday. Priya Raman, a sophomore, beat the defending champion.\n\nHer coach, Dwayne Pettus, said she studies every day.\n")
	checkAnswers(t, e, []answerCase{
		{"where is she from", []string{"Florence"}, nil},
		{"where is raman from", []string{"Florence"}, nil},
	})
}

// TestRoleFromHometown: the description before a name carries the town in
// its own from-phrase ("A welder from Kettle Falls, Jo Marsh,").
func TestRoleFromHometown(t *testing.T) {
	e := engineOf(t, "Welder builds giant heron\n\nA welder from Kettle Falls, Jo Marsh, finished a 20-foot steel heron on Friday.\n\nThe sculpture will stand at the county fairgrounds, said organizer Hal Brock.\n")
	checkOpenings(t, e, []openingCase{
		{q: "where is marsh from", first: "Kettle Falls."},
		{q: "where's the welder from", first: "Kettle Falls."},
	})
}

package lookup

import "testing"

// TestNamedByParticiple checks that "whats the X called" is answered
// with the name the article gives an X after "named" or "dubbed", a
// binomial's lower-case epithet included and the words after it left
// out ("Carabus dalei."), and that a thing the article never so names is
// not given another's name, on a short article written for this test.
func TestNamedByParticiple(t *testing.T) {
	e := engineOf(t, "Beetle found in park\n\nDAYTON, Ohio (AP) — A new beetle was found in a city park, researchers said Tuesday.\n\nThe beetle, named Carabus dalei, is the size of a grain of rice. A fox dubbed Rusty by park staff was seen near the site.\n")
	checkAnswers(t, e, []answerCase{
		{"whats the beetle called", []string{"Carabus dalei."}, nil},
		{"what is the fox named", []string{"Rusty."}, nil},
		{"what is the park called", nil, []string{"Carabus", "Rusty."}},
	})
}

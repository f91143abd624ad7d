package knowledge

import "testing"

// The SSA lists add today's common names Moby's lists miss, with their
// usual gender, and no ordinary English word.
func TestGivenNamesBeyondMoby(t *testing.T) {
	for _, c := range []struct {
		name   string
		given  bool
		gender byte
	}{
		{"Walter", true, 'm'}, {"Priya", true, 'f'}, {"Keisha", true, 'f'}, {"Jalen", true, 'm'},
		{"Marisol", true, 'f'}, {"Jordan", true, 0}, {"Gary", true, 'm'},
		{"Delta", false, 0}, {"Young", false, 0}, {"Harbor", false, 0}, {"Delmont", false, 0},
		{"Houston", false, 0}, {"Kenya", false, 0}, // places in the gazetteer, not names
	} {
		if got := isGivenName(c.name); got != c.given {
			t.Errorf("isGivenName(%q) = %v, want %v", c.name, got, c.given)
		}
		if got := givenNameGender(c.name); got != c.gender {
			t.Errorf("givenNameGender(%q) = %q, want %q", c.name, got, c.gender)
		}
	}
}

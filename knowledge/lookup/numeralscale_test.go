package lookup

import "testing"

// "Two dozen" and "three hundred" are one number, the cardinal times the
// numeral noun, counting the noun after it.
func TestNumeralNounScale(t *testing.T) {
	for _, c := range []struct {
		s     string
		value float64
		unit  string
	}{
		{"About two dozen of the participants were children.", 24, "participants"},
		{"Three hundred volunteers searched the woods.", 300, "volunteers"},
		{"The crew found a dozen eggs.", 12, "eggs"},
	} {
		toks := tokenize(c.s)
		qs := readQuantities(c.s, toks)
		if len(qs) != 1 || qs[0].value != c.value || qs[0].noun != c.unit {
			t.Errorf("%q: read %+v, want one count of %v %s", c.s, qs, c.value, c.unit)
		}
	}
}

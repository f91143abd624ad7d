package lookup

import "testing"

// A preposition fronted with "how much" leaves "how much" the cue that
// opens the question; without one the first cue is the question's own.
func TestWhOpening(t *testing.T) {
	cases := []struct {
		q    string
		want answerType
	}{
		{"by how much did the number of cats go up", tAmount},
		{"how much did the number of cats go up", tAmount},
		{"what is the number of cats", tCount},
		// "by" before no wh-word fronts nothing
		{"by the way how many cats are there", tCount},
	}
	for _, c := range cases {
		if got, _ := classify(tokenize(c.q)); got != c.want {
			t.Errorf("%q: type %v, want %v", c.q, got, c.want)
		}
	}
}

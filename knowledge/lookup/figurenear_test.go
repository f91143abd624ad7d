package lookup

import "testing"

// museumWing is a short article written for this test, in no question
// set: a yearly gift in one sentence, and in another two sums, the
// city's named in the phrase beside its own figure.
const museumWing = `Museum opens new wing

DORSET, Vt. (AP) — The Dorset Museum opened its new wing on Saturday.

The museum sends $30,000 a year to a school art program in the county.

The wing is part of a $5 million expansion that opened last year, paid for with private gifts and $800,000 from the city.
`

// TestNearerFigure: the second clause of "more … than the city put
// into the expansion" is asked as "how much did the city put into the
// expansion", its subject is "city" although "city" is a type word
// of the query, and of the sentence's two sums the city's is the one
// beside it.
func TestNearerFigure(t *testing.T) {
	e := engineOf(t, museumWing)
	checkAnswers(t, e, []answerCase{
		{"does the museum give more to the art program every year than the city put into the expansion?",
			[]string{"No — $30,000 against $800,000"}, nil},
		{"did the city put more into the expansion than the museum gives to the art program every year?",
			[]string{"Yes — $800,000 against $30,000"}, nil},
	})
}

// TestInvertedClause: a clause with its own auxiliary moves it before
// the subject; one without takes the main clause's "do", or "did".
func TestInvertedClause(t *testing.T) {
	for _, c := range [][3]string{
		{"corvell is losing", "is", "is corvell losing"},
		{"the city put into the habitat", "does", "does the city put into the habitat"},
		{"the city put into the habitat", "is", "did the city put into the habitat"},
	} {
		if got := invertedClause(c[0], c[1]); got != c[2] {
			t.Errorf("invertedClause(%q, %q) = %q, want %q", c[0], c[1], got, c[2])
		}
	}
}

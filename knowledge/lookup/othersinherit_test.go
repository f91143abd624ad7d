package lookup

import "testing"

// busCrash is written for these tests: a casualty count in the way news
// writing gives one, "One person was killed and 14 others were injured".
const busCrash = `Bus crash on Route 9 kills one

ALBANY, N.Y. (AP) — One person was killed and 14 others were injured Friday when a tour bus struck a guardrail on Route 9, state police said.

The driver was among the injured, police said. The road reopened after four hours.
`

// "One" determining a noun is the numeral, and "others" after it counts
// the same noun: the killed are one person, the injured 14 people.
func TestOneAndOthersCount(t *testing.T) {
	e := engineOf(t, busCrash)
	if e.counts == nil {
		t.Skip("WordNet is not installed")
	}
	checkOpenings(t, e, []openingCase{
		{"how many people were killed", "One person", nil, nil},
		{"how many people were injured", "14 others", nil, nil},
		{"how many others were injured", "14 others", nil, nil},
		{"how many were hurt", "14 others", nil, nil},
		{"how many died", "One person", nil, []string{"14 others."}},
	})
}

// "One" as a pronoun is no count: after a determiner, before "of", a
// verb of saying or an -ed form.
func TestPronounOneIsNoCount(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"One person was killed and 14 others were injured.", true},
		{"Police said one firefighter was hurt and two were treated at the scene.", true},
		{"Nine of the students and one chaperone were taken to hospitals.", true},
		{"One driver died when his truck slid off a bridge.", false}, // alone, perhaps one of a toll told before
		{"No one was hurt.", false},
		{"The one left standing was the chapel.", false},
		{"One of the victims was a teacher.", false},
		{"One said the fire began in the kitchen.", false},
		{"One reported seeing smoke.", false},
		{"They helped one another.", false},
	} {
		toks := tokenize(c.text)
		got := false
		for _, q := range readQuantities(c.text, toks) {
			if q.value == 1 && q.kind == qCount && toks[q.tok].lower == "one" {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%q: one read as a count = %v, want %v", c.text, got, c.want)
		}
	}
}

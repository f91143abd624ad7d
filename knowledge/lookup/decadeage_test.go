package lookup

import "testing"

// quarryRescue gives ages by decade ("in his 40s", "in her late 70s",
// "in their 20s"), a plural noun with its ages in apposition ("ages 15
// and 17"), a decade of years ("the 1990s") and a building given no age.
const quarryRescue = `Two teens pulled from flooded quarry

LANCASTER, Pa. (AP) — A man in his 40s pulled two boys, ages 15 and 17, from a flooded quarry on Saturday, police said.

The rescuer, Tom Ardell, a welder in his mid-40s, swam about 50 yards to reach them. The quarry closed in the 1990s.

His mother, Ruth Ardell, who is in her late 70s, watched from the bank. Two paramedics in their 20s treated the boys.

The quarry office, a brick shed near the gate, was locked.
`

func TestAgeGivenByItsDecade(t *testing.T) {
	e := engineOf(t, quarryRescue)
	checkAnswers(t, e, []answerCase{
		// a named person's age by decade, after the name in apposition or a relative clause
		{"how old is tom ardell", []string{"in his mid-40s"}, []string{"15", "17"}},
		{"how old is ruth ardell", []string{"in her late 70s"}, nil},
		// an unnamed person's age by decade, and the ages of a plural noun in apposition
		{"how old were the paramedics", []string{"In their 20s"}, []string{"15"}},
		{"how old were the boys", []string{"15 and 17"}, []string{"20s"}},
	})
	// no age is given the office: no figure of another sentence answers
	checkRefusals(t, e, "how old is the quarry office", "how old is the shed")
}

func TestDecadeAgeReading(t *testing.T) {
	for _, c := range []struct {
		text   string
		approx string // "" when no age is read
	}{
		{"A man in his 50s was hurt.", "in his 50s"},
		{"Loy, who is in her early 80s, called.", "in her early 80s"},
		{"Two deputies in their mid-20s waded in.", "in their mid-20s"},
		{"She is in her forties.", "in her forties"},
		// a decade of years, and a decade with no possessive: no age
		{"The quarry closed in the 1990s.", ""},
		{"Prices rose in the 50s.", ""},
	} {
		toks := tokenize(c.text)
		got := ""
		for _, n := range readQuantities(c.text, toks) {
			if n.kind == qAge {
				got = n.approx
			}
		}
		if got != c.approx {
			t.Errorf("%q: age %q, want %q", c.text, got, c.approx)
		}
	}
}

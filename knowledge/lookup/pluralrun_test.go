package lookup

import "testing"

// uniformQuilt is a short article written for this test, in no question
// set: a count whose plural head stands after a participle and a noun
// compound, and one whose head is plural at once.
const uniformQuilt = `Quilt of old uniforms unveiled

SALEM, Ore. (AP) — A quilt sewn from 140 retired mail carrier uniforms went on display Friday at the main post office.

Nine quilters spent two winters on it.
`

// TestPluralRun checks that a count reads past premodifiers to its plural
// head: "140 retired mail carrier uniforms" counts uniforms.
func TestPluralRun(t *testing.T) {
	e := engineOf(t, uniformQuilt)
	found := false
	for _, s := range e.r.sents {
		for _, n := range s.nums {
			if n.text == "140 retired mail carrier uniforms" || n.noun == "uniforms" {
				found = n.noun == "uniforms"
			}
		}
	}
	if !found {
		t.Errorf("140 retired mail carrier uniforms: want a count of uniforms")
	}
	checkOpenings(t, e, []openingCase{
		{q: "how many uniforms went into the quilt", first: "140 retired mail carrier uniforms"},
		{q: "how many quilters worked on it", first: "Nine quilters"},
	})
	if pluralInRun([]token{{lower: "retired"}, {lower: "mail"}, {lower: "carrier"}}) || !pluralInRun([]token{{lower: "carrier"}, {lower: "uniforms"}}) {
		t.Errorf("pluralInRun: wrong for a run with or without a plural")
	}
}

// TestCompoundNumeralNoUnit checks that a hyphenated compound numeral
// ("Twenty-two", "thirty-eight") counts no noun of its second part, while
// a numeral and a noun ("48-bed") still count the noun.
func TestCompoundNumeralNoUnit(t *testing.T) {
	for w, want := range map[string]string{"twenty-two": "", "thirty-eight": "", "48-bed": "bed", "three-judge": "judge"} {
		if got := compoundCounted(token{lower: w}); got != want {
			t.Errorf("compoundCounted(%q) = %q, want %q", w, got, want)
		}
	}
}

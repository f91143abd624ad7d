package knowledge

import "testing"

// A genitive of an office or of a plural noun of people inside an
// institution's name keeps the name whole; a proper name's genitive does
// not join what follows it.
func TestDescriptiveGenitiveInName(t *testing.T) {
	text := `Boy hurt in fall from bleachers

DAYTON, Ohio (AP) — A 9-year-old boy was flown to Riverbend Children's Hospital on Saturday after he fell from stadium bleachers, said Lena Voss, a spokeswoman for the Lorain County Sheriff's Office.

The Ohio Attorney General's Office will review the stadium's inspection records, Voss said.

Kessler's Board of Directors did not comment.
`
	checkEntities(t, text, []entityCase{
		{name: "Riverbend Children's Hospital", kind: Organisation},
		{name: "Lorain County Sheriff's Office", kind: Organisation},
		{name: "Ohio Attorney General's Office", kind: Organisation},
	})
	a, err := Parse(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range a.Entities {
		if e.Name == "Kessler's Board of Directors" || e.Name == "Kessler's Board" {
			t.Errorf("a proper name's genitive joined the name after it: %q", e.Name)
		}
	}
}

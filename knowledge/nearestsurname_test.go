package knowledge

import "testing"

// TestNearestSharedSurname: a bare surname two people share, written after
// the second of them is named in full, is that second person's, and one
// written between the two full names is still the first's.
func TestNearestSharedSurname(t *testing.T) {
	text := `Boy, 7, recovers after dog attack in park

TULSA, Okla. (AP) — A 7-year-old boy bitten by a loose dog in a city park on Sunday is recovering at home, police said.

Owen Beltran was playing near a creek when the dog ran at him. "He screamed once and then he was quiet," Beltran told a nurse later.

His grandfather, Arturo Beltran, carried him to a car. "I did not think, I just ran," Beltran said.
`
	a, err := Parse(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"He screamed once and then he was quiet,": "Owen Beltran",
		"I did not think, I just ran,":            "Arturo Beltran",
	}
	for _, q := range a.Quotes {
		if w, ok := want[q.Text]; ok && q.Speaker != w {
			t.Errorf("quote %q: speaker %q, want %q", q.Text, q.Speaker, w)
		}
		delete(want, q.Text)
	}
	for q := range want {
		t.Errorf("quote %q not found", q)
	}
}

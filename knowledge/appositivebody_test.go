package knowledge

import "testing"

// A person-shaped name that an appositive describes as a business or a
// settlement is that business or place ("Pell Avery, a small studio";
// "Ross Linden, a farm town"), while one described by a person's noun stays
// a person; the article written for this test is in no question set.
func TestAppositiveBodyKind(t *testing.T) {
	text := "Town gets new studio\n\nDENVER (AP) — Pell Avery, the Denver studio behind a popular card game, will open an office in Ross Linden, a farm town of about 900 people, the studio said Monday.\n\n" +
		"The office will share a building with Nolan Vick, a grain cooperative north of town.\n\n" +
		"\"We like small towns,\" said Tara Gunn, a studio artist.\n"
	a, err := Parse(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]EntityKind{"Pell Avery": Organisation, "Nolan Vick": Organisation, "Ross Linden": Place, "Tara Gunn": Person} {
		if e, ok := a.Entity(name); !ok || e.Kind != want {
			t.Errorf("%s: want %v, got %+v (%v)", name, want, e, ok)
		}
	}
}

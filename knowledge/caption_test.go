package knowledge

import "testing"

// TestCaptionNamesAPersonTheBodyCallsBySurname: the caption gives a
// person's full name and the body only the surname, so the person is an
// entity the surname refers to; a caption person the body never names,
// and the photographer in the credit, are none.
func TestCaptionNamesAPersonTheBodyCallsBySurname(t *testing.T) {
	text := "Council backs bike lanes\n" +
		"Council member Ruth Okafor speaks at City Hall in Dunmore, Pa. Beside her is aide Lena Brandt. (AP Photo/Sam Ellery)\n\n" +
		"DUNMORE, Pa. (AP) — The city council voted 5-2 on Monday to paint bike lanes on Main Street.\n\n" +
		"\"It is about time,\" said Okafor, the plan's author.\n"
	a, err := Parse(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range a.Entities {
		switch e.Name {
		case "Ruth Okafor":
			found = e.Kind == Person && len(e.Paragraphs) > 0
		case "Lena Brandt", "Sam Ellery":
			t.Errorf("%q is named only in the caption: %+v", e.Name, e)
		}
	}
	if !found {
		t.Errorf("Ruth Okafor is no person of the body: %+v", a.Entities)
	}
}

package knowledge

import "testing"

// A name in a post's of-phrase ("the president of Corbin Tolliver") or
// classified by a premodified business noun ("the engineering firm
// Halvorsen Blake") is a body's, while a name in a relation's genitive
// after "of" and a person with a post stay people; the article written
// for this test is in no question set.
func TestOfBodyHeadAndPremodifiedClassifier(t *testing.T) {
	text := "Mill president quits\n\nBEND, Ore. (AP) — The president of Corbin Tolliver, the largest sawmill in Deschutes County, resigned Friday.\n\n" +
		"Wes Harlan, 61, had led the company since 2009. The inspection, conducted by the engineering firm Halvorsen Blake, found cracks.\n\n" +
		"\"It was time,\" said Nora Pell, the chief of Harlan's staff.\n"
	a, err := Parse(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]EntityKind{"Corbin Tolliver": Organisation, "Halvorsen Blake": Organisation, "Wes Harlan": Person, "Nora Pell": Person} {
		if e, ok := a.Entity(name); !ok || e.Kind != want {
			t.Errorf("%s: want %v, got %+v (%v)", name, want, e.Kind, ok)
		}
	}
}

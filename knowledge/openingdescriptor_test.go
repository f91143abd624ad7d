package knowledge

import "testing"

// TestOpeningDescriptor: a description that opens a sentence before a
// name is capitalised by the sentence alone, so it is no part of the name
// ("Beekeeper Martha Quill" is Martha Quill), while a given name opening
// three capitalised words stays in the name.
func TestOpeningDescriptor(t *testing.T) {
	text := "Hives lost to cold\n\n" +
		"Beekeeper Martha Quill, 61, lost 40 hives in the January freeze, the state said Monday.\n\n" +
		"\"I have never seen a winter like it,\" Quill said.\n\n" +
		"Mary Ellen Ross, who keeps bees nearby, lost six.\n\n" +
		"\"We start again in April,\" Ross said."
	a, err := Parse(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"Martha Quill": true, "Mary Ellen Ross": true}
	for _, e := range a.Entities {
		if e.Kind == Person {
			if !want[e.Name] {
				t.Errorf("person %q, want one of Martha Quill, Mary Ellen Ross", e.Name)
			}
			delete(want, e.Name)
		}
	}
	if len(want) > 0 {
		t.Errorf("missing persons %v", want)
	}
	for _, q := range a.Quotes {
		if q.Speaker != "Martha Quill" && q.Speaker != "Mary Ellen Ross" {
			t.Errorf("quotation %q credited to %q", q.Text, q.Speaker)
		}
	}
}

package knowledge

import (
	"testing"
	"time"
)

// A publication line under the byline is no paragraph, and its date is
// the publication date unless the caller gives one; a body paragraph
// that opens with "Published" is left a paragraph.
func TestPublishedLine(t *testing.T) {
	text := "Mill closes\n\nBy Ann Roe\nValley Courier\nPublished Tuesday, Sept. 8, 2026\n\n" +
		"DALTON, Ga. - A carpet mill closed Monday.\n\nPublished reports said 300 workers lost jobs.\n"
	a, err := Parse(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Paragraphs) != 2 || a.Paragraphs[0].Text != "DALTON, Ga. - A carpet mill closed Monday." {
		t.Errorf("want the two body paragraphs, got %+v", a.Paragraphs)
	}
	if want := time.Date(2026, 9, 8, 0, 0, 0, 0, time.UTC); !a.Published.Equal(want) {
		t.Errorf("published: want %v, got %v", want, a.Published)
	}
	given := time.Date(2026, 9, 9, 0, 0, 0, 0, time.UTC)
	if a, err := Parse(text, Options{Published: given}); err != nil || !a.Published.Equal(given) {
		t.Errorf("the caller's date wins: got %v (%v)", a.Published, err)
	}
}

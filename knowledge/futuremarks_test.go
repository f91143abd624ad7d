package knowledge

import (
	"testing"
	"time"
)

// A date fixed ahead ("set sentencing for Dec. 4") and an appearance
// that is due ("is due in court Tuesday") look ahead of the publication
// date: the date is the coming one, not the one before. The article
// written for this test is in no question set.
func TestSetForAndDueLookAhead(t *testing.T) {
	text := "Clerk convicted\n\nBOISE, Idaho - A jury on Wednesday convicted a former county clerk of theft.\n\n" +
		"Judge Ann Cole set sentencing for Dec. 4. The clerk's partner is due in court Tuesday.\n"
	a, err := Parse(text, Options{Published: time.Date(2026, 10, 15, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"Dec. 4": "2026-12-04", "Tuesday": "2026-10-20"}
	for _, ev := range a.Events {
		if w, ok := want[ev.When]; ok {
			if ev.Date != w {
				t.Errorf("%q: want %s, got %s", ev.When, w, ev.Date)
			}
			delete(want, ev.When)
		}
	}
	for w := range want {
		t.Errorf("no event dated by %q", w)
	}
}

package knowledge

import (
	"slices"
	"testing"
	"time"
)

// eventWhens parses text and lists its events' time expressions in
// timeline order, with their dates when given.
func eventWhens(t *testing.T, text string, published time.Time) ([]string, []string) {
	t.Helper()
	a, err := Parse(text, Options{Published: published})
	if err != nil {
		t.Fatal(err)
	}
	var whens, dates []string
	for _, ev := range a.Events {
		if !ev.Undated {
			whens = append(whens, ev.When)
			dates = append(dates, ev.Date)
		}
	}
	return whens, dates
}

// floodStory is a short story of its own: weekdays, yearless dates ahead,
// a season, "that afternoon" and a date "of next year".
const floodStory = "River crests\n\nMILLTOWN, Pa. (AP) — The Lehigh River crested at 21 feet on Wednesday, " +
	"flooding 40 homes.\n\nRain began Monday. By Tuesday morning the river had topped its banks. " +
	"That afternoon, the borough opened a shelter at the high school.\n\n" +
	"Schools will reopen Oct. 2, officials said. The bridge will stay closed through Oct. 20.\n\n" +
	"Last spring, a smaller flood closed the same bridge. A new levee is due by May 1 of next year.\n"

// TestTimelineYearlessDatesAhead checks that, with no publication date,
// yearless dates a clause looks ahead to follow the story's weekdays, a
// past season precedes them, "that afternoon" takes its paragraph's day,
// and that with a publication date they resolve forward, not a year back.
func TestTimelineYearlessDatesAhead(t *testing.T) {
	whens, dates := eventWhens(t, floodStory, time.Time{})
	want := []string{"Last spring", "Monday", "Tuesday", "That afternoon", "on Wednesday", "Oct. 2", "Oct. 20", "May 1 of next year"}
	if !slices.Equal(whens, want) {
		t.Errorf("order %q, want %q", whens, want)
	}
	for i, d := range dates {
		if d != "" {
			t.Errorf("%s: date %q invented without a publication date", whens[i], d)
		}
	}
	whens, dates = eventWhens(t, floodStory, time.Date(2025, 9, 25, 0, 0, 0, 0, time.UTC))
	got := map[string]string{}
	for i, w := range whens {
		got[w] = dates[i]
	}
	for w, d := range map[string]string{"Oct. 2": "2025-10-02", "Oct. 20": "2025-10-20", "May 1 of next year": "2026-05-01",
		"That afternoon": "2025-09-23", "on Wednesday": "2025-09-24"} {
		if got[w] != d {
			t.Errorf("%s: date %q, want %q", w, got[w], d)
		}
	}
}

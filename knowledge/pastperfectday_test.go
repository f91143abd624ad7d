package knowledge

import (
	"slices"
	"testing"
	"time"
)

// pierStory tells its acts out of order: the board's approval, in the past
// perfect, is the Wednesday before Monday's inspection, not the day before
// the Thursday story; the ice that "had frozen" Saturday already lies
// before Monday and stays.
const pierStory = "Town pier reopens\n\nCOVE HARBOR, Maine (AP) — The town pier reopened Thursday.\n\n" +
	"Divers inspected the pilings Monday. The harbor board had approved the repairs on Wednesday, " +
	"and ice had frozen around the pilings Saturday, the harbormaster said.\n"

func TestPastPerfectWeekdayBeforeNarrative(t *testing.T) {
	pub := time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC) // a Thursday
	whens, dates := eventWhens(t, pierStory, pub)
	want := []string{"on Wednesday", "Saturday", "Monday", "Thursday"}
	if !slices.Equal(whens, want) {
		t.Fatalf("order %q, want %q", whens, want)
	}
	wantDates := []string{"2026-11-25", "2026-11-28", "2026-11-30", "2026-12-03"}
	if !slices.Equal(dates, wantDates) {
		t.Errorf("dates %q, want %q", dates, wantDates)
	}
	// no publication date: the lead's Thursday is the story's day, the order the same
	if whens, _ := eventWhens(t, pierStory, time.Time{}); !slices.Equal(whens, want) {
		t.Errorf("undated story: order %q, want %q", whens, want)
	}
}

// kennelStory names a weekday "the previous Friday", before Tuesday's act,
// and one "By Friday" that is the perfect's reference point and stays.
const kennelStory = "Shelter reopens kennels\n\nDALE, Iowa (AP) — The county animal shelter reopened its kennels Saturday.\n\n" +
	"Workers scrubbed the floors Tuesday. The shelter had shut the kennels the previous Friday, after a virus spread among the dogs.\n\n" +
	"By Friday, staff had moved 40 dogs to foster homes.\n"

func TestPreviousWeekdayAndReferencePoint(t *testing.T) {
	pub := time.Date(2026, 12, 5, 0, 0, 0, 0, time.UTC) // a Saturday
	whens, dates := eventWhens(t, kennelStory, pub)
	want := []string{"Friday", "Tuesday", "Friday", "Saturday"}
	wantDates := []string{"2026-11-27", "2026-12-01", "2026-12-04", "2026-12-05"}
	if !slices.Equal(whens, want) || !slices.Equal(dates, wantDates) {
		t.Errorf("timeline %q %q, want %q %q", whens, dates, want, wantDates)
	}
}

func TestPastPerfectAt(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The foundry had shipped it on Wednesday", true},
		{"He had flown in on Saturday", true},
		{"The board had already voted Tuesday", true},
		{"The store had to close on Friday", false},
		{"The club had a meeting Friday", false},
		{"The city had planned to reopen it Friday", false},
		{"By Friday", false},
		{"The crew had worked for days before it sailed Friday", false},
		{"Crews hoisted it Monday", false},
	} {
		off := len(c.text)
		for _, d := range []string{"on Wednesday", "on Saturday", "Tuesday", "on Friday", "Friday", "Monday"} {
			if i := len(c.text) - len(d); i >= 0 && c.text[i:] == d {
				off = i
				break
			}
		}
		if got := pastPerfectAt(c.text, 0, off); got != c.want {
			t.Errorf("pastPerfectAt(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

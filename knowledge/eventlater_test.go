package knowledge

import (
	"slices"
	"testing"
	"time"
)

// bridgeStory is a short story of its own: times counted from the year or
// month the paragraph last named, and one with nothing to count from.
const bridgeStory = "Old bridge to close\n\nELMIRA, N.Y. (AP) — The state will close the Walnut Street Bridge " +
	"for good on Friday.\n\nThe bridge opened in 1931. Fifty years later, the state widened it to four lanes. " +
	"Inspectors found cracks in March 2019, and two months later the state cut the weight limit.\n\n" +
	"Three years earlier, a truck had struck a pier.\n"

// TestTimelineCountedFrom checks that "fifty years later" and "two
// months later" count from the time their paragraph last named, dated to
// its precision, and that a count with no time before it in its paragraph
// is left off the timeline rather than guessed.
func TestTimelineCountedFrom(t *testing.T) {
	whens, dates := eventWhens(t, bridgeStory, time.Time{})
	want := []string{"in 1931", "Fifty years later", "in March 2019", "two months later", "on Friday"}
	if !slices.Equal(whens, want) {
		t.Errorf("order %q, want %q", whens, want)
	}
	got := map[string]string{}
	for i, w := range whens {
		got[w] = dates[i]
	}
	for w, d := range map[string]string{"Fifty years later": "1981", "two months later": "2019-05"} {
		if got[w] != d {
			t.Errorf("%s: date %q, want %q", w, got[w], d)
		}
	}
}

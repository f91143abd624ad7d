package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

// millCrash is a short article written for this test, in no question
// set: the story's event in the lead, and a later sentence that leaves
// "the cause" open with no of-phrase naming whose cause it is.
const millCrash = `Plane crashes near Mill Creek

A small plane crashed into a field near Mill Creek on Sunday, injuring its pilot, sheriff's officials said.

The pilot, a 58-year-old man from Dayton, was taken to a hospital in fair condition.

The cause remains under investigation. It was the county's first plane crash since 2019.
`

// millCrashCaused is millCrash with the cause told.
const millCrashCaused = `Plane crashes near Mill Creek

A small plane crashed into a field near Mill Creek on Sunday, injuring its pilot, sheriff's officials said.

A fuel leak caused the crash, the sheriff said. Investigators had not determined the cause of an earlier fire at the airfield.
`

// TestStoryEventLeftOpen: "the cause" alone is the cause of the lead's
// event, so a question about that event is told it is not known; an
// article that gives the cause answers with it.
func TestStoryEventLeftOpen(t *testing.T) {
	for _, tt := range []struct {
		article, q, want string
		open             bool
	}{
		{millCrash, "what caused the crash", "under investigation", true},
		{millCrash, "what caused the plane crash?", "under investigation", true},
		{millCrashCaused, "what caused the crash", "fuel leak", false},
	} {
		a, err := engineOf(t, tt.article).Answer(context.Background(), knowledge.Question{Text: tt.q})
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasPrefix(a.Text, leftOpenHead) != tt.open || !strings.Contains(a.Text, tt.want) {
			t.Errorf("%q: want open=%v with %q:\n%s", tt.q, tt.open, tt.want, a.Text)
		}
	}
}

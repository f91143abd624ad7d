package lookup

import (
	"context"
	"testing"

	"storybot/knowledge"
)

// orchardFrost is a short article written for this test, in no question
// set: each paragraph names its time once and tells the next acts without
// one, and one act follows a clock time by "then".
const orchardFrost = `Growers fight frost in hillside orchard

WENATCHEE, Wash. (AP) — Apple growers lit heaters across a hillside orchard on Tuesday as temperatures fell below freezing.

The first alarm sounded at 2:10 a.m. Crews then started the wind machines. Foremen checked the thermometers in every row.

By Wednesday the cold had passed. Owner Lena Marsh counted the damaged blossoms and called her insurer.

Marsh planted the orchard in 1998. She expects a smaller harvest.

The new heaters burn propane. They were bought with a state grant in August.

Workers hauled the heaters back to the barn before dark.

By then the crews were tired. Marsh hopes to open her farm stand by Labor Day weekend.
`

// TestParagraphTime checks that a when-question about an act told
// without a time is answered with the time its paragraph last named, that
// an act told after a clock time by "then" is placed after it, that "at
// what point" asks when, and that a part of the day after a preposition
// of time is read as a time.
func TestParagraphTime(t *testing.T) {
	e := engineOf(t, orchardFrost)
	checkOpenings(t, e, []openingCase{
		{q: "when did foremen check the thermometers", first: "At 2:10 a.m."},
		{q: "when did crews start the wind machines", first: "After 2:10 a.m."},
		{q: "when did marsh call her insurer", first: "By Wednesday"},
		{q: "at what point did marsh count the damaged blossoms", first: "By Wednesday"},
		{q: "what time did workers haul the heaters back to the barn", first: "Before dark"},
		{q: "when were the new heaters bought", first: "In August"},
		{q: "when will marsh open the farm stand", first: "By Labor Day weekend"}, // its own holiday, not the paragraph's frame // the adjective premodifies the head "heaters", which "They" names
	})
	for s, want := range map[string]string{"closed on Christmas and reopened": "on Christmas", "walked home on a rainy day": "", "lit before dawn.": "before dawn."} {
		if got := timeRe.FindString(s); got != want {
			t.Errorf("timeRe in %q: %q, want %q", s, got, want)
		}
	}
	for _, q := range []string{"when did marsh sell the orchard", "when did the insurer pay marsh"} {
		a, err := e.Answer(context.Background(), knowledge.Question{Text: q})
		if err != nil || a.Found {
			t.Errorf("%q: want no answer, the article tells no such act:\n%s", q, a.Text)
		}
	}
}

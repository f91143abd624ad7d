package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

// orrVerdict is a short article written for these tests, in no question
// set: a split verdict summed up in the lead and its counts detailed
// later, the acquittal told with "acquitted" and "not guilty", never
// "cleared".
const orrVerdict = `Harbor pilot convicted of negligence

GALVESTON, Texas (AP) — A jury on Thursday convicted harbor pilot Wade Orr of negligence in the grounding of a tanker but acquitted him of the most serious charge.

Orr, 49, was found not guilty on one count of manslaughter and one count of falsifying a log. Jurors found him guilty of one count of negligent operation of a vessel.
`

// TestAcquittedOf answers what a defendant was cleared of with every
// sentence telling the acquittal, the detailed charges first.
func TestAcquittedOf(t *testing.T) {
	e := engineOf(t, orrVerdict)
	for _, q := range []string{"what did the jury clear him of", "what was orr acquitted on"} {
		ans, err := e.Answer(context.Background(), knowledge.Question{Text: q})
		if err != nil {
			t.Fatalf("%q: %v", q, err)
		}
		if !ans.Found || !strings.HasPrefix(ans.Text, "One count of manslaughter and one count of falsifying a log.") {
			t.Errorf("%q: want the charges of the acquittal first, got:\n%s", q, ans.Text)
		}
	}
}

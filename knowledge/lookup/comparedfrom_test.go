package lookup

import (
	"strings"
	"testing"
)

// pinewoodBancorp is a short article written for this test, in no
// question set: a new figure and the earlier one after "down from",
// with a per-share figure and a day between them, and the earlier time
// written "a year earlier".
const pinewoodBancorp = `Pinewood Bancorp profit slips

PORTLAND, Maine (AP) — Pinewood Bancorp said Tuesday it earned $48 million, or 91 cents a share, in the quarter ended June 30, down from $61 million a year earlier.
`

// "Down from" sets the earlier figure beside the new one of its own kind
// and unit, not beside a day or a per-share figure between them; a
// reader's "a year ago" asks the span the article writes "a year
// earlier".
func TestComparedFromSameKind(t *testing.T) {
	e := engineOf(t, pinewoodBancorp)
	for _, q := range []string{"how much did pinewood earn a year ago", "what was profit a year earlier"} {
		a := answerOf(t, e, q)
		if !strings.HasPrefix(a.Text, "$48 million, down from $61 million") {
			t.Errorf("%q: answered %q", q, a.Text)
		}
	}
}

package lookup

import (
	"context"
	"testing"

	"storybot/knowledge"
)

// poolClosing is a short article written for this test, in no question
// set: an act and its stated reason, to ask with "why'd" typed without
// its apostrophe.
const poolClosing = `City closes public pool for summer

LIMA, Ohio (AP) — Lima closed its only public pool for the summer on Monday because a cracked main drain would cost $240,000 to replace, Parks Director Nina Ross said.

Ross, 45, said the city hopes to reopen the pool next June.
`

func TestChatDidContraction(t *testing.T) {
	e := engineOf(t, poolClosing)
	for _, pair := range [][2]string{
		{"whyd they close the pool", "why'd they close the pool"},
		{"howd the drain break", "how'd the drain break"},
		{"whend they close it", "when'd they close it"},
	} {
		a, err := e.Answer(context.Background(), knowledge.Question{Text: pair[0]})
		b, err2 := e.Answer(context.Background(), knowledge.Question{Text: pair[1]})
		if err != nil || err2 != nil {
			t.Fatal(err, err2)
		}
		if a.Text != b.Text || a.Found != b.Found {
			t.Errorf("%q answers otherwise than %q:\n%s\n%s", pair[0], pair[1], a.Text, b.Text)
		}
	}
	checkOpenings(t, e, []openingCase{
		{"whyd they close the pool", "", []string{"cracked main drain"}, nil},
	})
}

package lookup

import "testing"

// wexmouthCurfew is a short article written for this test, in no
// question set: the article writes "teenagers", the question "teens", a
// plural WordNet lists as a word of its own.
const wexmouthCurfew = `Wexmouth drops summer curfew

WEXMOUTH, Conn. (AP) — The Wexmouth Town Council voted Monday to end its summer curfew.

About 1,200 teenagers had been covered by the rule, the police chief said.
`

// TestListedPluralMeetsSingularSynonyms checks that "teens" meets the
// article's "teenagers" through its singular "teen".
func TestListedPluralMeetsSingularSynonyms(t *testing.T) {
	checkOpenings(t, engineOf(t, wexmouthCurfew), []openingCase{
		{"how many teens were covered by the curfew", "About 1,200 teenagers", nil, nil},
	})
}

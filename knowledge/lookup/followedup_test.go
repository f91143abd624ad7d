package lookup

import "testing"

// A speaker's point told with the topic's word and a partial quotation
// is followed by the full quotation in the next paragraph, which does
// not repeat the word; "what did X say about <topic>" gives both, and not what the
// speaker said of another topic.
func TestQuotationFollowsItsParaphrase(t *testing.T) {
	e := engineOf(t, `Council approves stadium lease; one member objects

TOLEDO, Ohio (AP) — The City Council voted 8-1 on Monday to approve a 30-year lease for a new minor league stadium downtown.

The lone vote against the lease was cast by Councilwoman Renee Pardo, who called it "a blank check."

"We are signing up our grandchildren to fix a building we will not own," Pardo said.

Mayor Colin Hatch said the stadium would draw 300,000 visitors a year.

"I have not made up my mind about next year," Pardo said when asked about a run for mayor.
`)
	checkOpenings(t, e, []openingCase{
		{"what did pardo say about the lease", "Renee Pardo said:", []string{"blank check", "grandchildren", "¶2", "¶3"}, []string{"300,000", "made up my mind"}},
	})
}

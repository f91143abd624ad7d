package lookup

import (
	"strings"
	"testing"
)

// poolBoard is a short article written for this test and in no question
// set: a body's decision told by "voted to", a manner of choosing, which
// WordNet files two links below "decide" (vote → choose → decide).
const poolBoard = "Park board closes city pool for repairs\n\n" +
	"SIOUX FALLS, S.D. — The park board voted Monday to close the Kuehn Park pool for the summer while its pumps are replaced.\n\n" +
	"Lifeguards will work at the city's other three pools. City engineer Jan Ortiz said the city would choose a contractor in June.\n"

// TestTroponymTwoLinks: "what did the board decide" is answered by the
// act of voting, a manner of deciding two WordNet links down, not by
// what the city will choose (troponymterm.go).
func TestTroponymTwoLinks(t *testing.T) {
	e := engineOf(t, poolBoard)
	if a := answerOf(t, e, "what did the board decide"); !strings.Contains(a.Text, "voted Monday to close") {
		t.Errorf("what did the board decide: want the vote, got:\n%s", a.Text)
	}
}

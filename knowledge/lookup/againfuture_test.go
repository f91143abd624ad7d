package lookup

import (
	"strings"
	"testing"
)

// "Will it snow again" asks of a repetition to come: a sentence that
// tells the snow in the past, with no modal, gives no Yes. The article is
// written for this test and is in no question set.
func TestRepeatToComeNotToldByPast(t *testing.T) {
	e := engineOf(t, "Storm closes schools\n\nDULUTH, Minn. - Up to 14 inches of snow fell Tuesday, closing schools across the region.\n\nPlows cleared most main roads by evening.\n")
	if a := answerOf(t, e, "will it snow again"); strings.HasPrefix(a.Text, "Yes") {
		t.Errorf("snow that fell is no snow to come:\n%s", a.Text)
	}
}

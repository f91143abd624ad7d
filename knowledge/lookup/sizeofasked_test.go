package lookup

import (
	"os"
	"testing"
)

// "How big was the baby" asks the size of one, which a count of the
// babies does not give: in the read set's zoo story the keeper's "one
// baby is a lot" is no answer beside "The calf weighed 71 pounds".
func TestSizeOfAskedIsNoCountOfIt(t *testing.T) {
	text, err := os.ReadFile("../testdata/read/set9/art-zoo.txt")
	if err != nil {
		t.Fatal(err)
	}
	e := engineOf(t, string(text))
	if e.counts == nil {
		t.Skip("WordNet is not installed")
	}
	checkOpenings(t, e, []openingCase{
		{"how big was the baby when it was born", "71 pounds", nil, nil},
	})
}

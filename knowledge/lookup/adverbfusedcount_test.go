package lookup

import "testing"

// "How many" before an adverb and an auxiliary is the subject itself
// ("how many still don't have water"): it counts those the sentence
// tells of, not the verb's object. The article is written for this test
// and is in no question set.
func TestHowManyBeforeAdverbAndAuxiliary(t *testing.T) {
	e := engineOf(t, "Main break floods streets\n\nTOLEDO, Ohio - A water main broke under Summit Street on Sunday, flooding three blocks.\n\n"+
		"About 900 homes were still without water Monday, the city said.\n")
	checkOpenings(t, e, []openingCase{
		{q: "how many still dont have water", first: "About 900"},
	})
}

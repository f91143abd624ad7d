package lookup

import "testing"

// A fronted partitive with no count of its own ("Of the injured, 12 were
// taken to hospitals") counts a part: the word before its comma is no
// verb of the count, so "how many were hurt" is the lead's whole. The
// article is written for this test and is in no question set.
func TestFrontedBarePartitiveCountsAPart(t *testing.T) {
	e := engineOf(t, "Tornado hits Kansas town\n\nGREENFIELD, Kan. (AP) — A tornado tore through this town of 2,400 people late Wednesday, killing two residents, injuring at least 31 others and destroying the elementary school, officials said Thursday.\n\n"+
		"The National Weather Service rated the tornado an EF3 after surveying the damage.\n\n"+
		"Of the injured, 12 were taken to hospitals in Wichita, about 90 miles east. Four were in critical condition Thursday.\n\n"+
		"About 140 homes were destroyed or heavily damaged, according to the state.\n")
	checkOpenings(t, e, []openingCase{
		{q: "how many were hurt", first: "At least 31"},
		{q: "how many were taken to hospitals", first: "12"},
	})
}

package lookup

import "testing"

// "The hens there will be killed": the place adverb postmodifies the
// counted noun, and the verb after it is the count's own verb.
func TestPlacePostmodifierVerb(t *testing.T) {
	e := engineOf(t, "Bird flu hits Iowa farm\n\nAMES, Iowa (AP) — About 5,000 chickens died overnight at a farm near Ames, officials said Monday. The state said about 90,000 hens there will be killed to stop the virus.\n")
	checkOpenings(t, e, []openingCase{
		{q: "how many chickens are being killed", first: "About 90,000"},
	})
}

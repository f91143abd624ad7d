package knowledge

import "testing"

// TestTheInsideABodysName: a body's head noun, "of the" and a capitalised
// run make one name ("Museum of the Rockies"); a title's "of the" is left
// to the title reading (ofnames.go, theOfPhraseEnd). The article is
// written for this test and is in no question set.
func TestTheInsideABodysName(t *testing.T) {
	text := "Fossil goes on display\n\n" +
		"BOZEMAN, Mont. (AP) — A rancher sent photos of the bones to the Museum of the Rockies, which sent a team to dig them out.\n\n" +
		"The skeleton will be shown next year at the Bank of the West lobby in Helena and later at the Museum of the Rockies, said Ann Cole, a curator.\n"
	checkEntities(t, text, []entityCase{
		{name: "Museum of the Rockies", kind: Organisation, not: []string{"Museum", "Rockies"}},
		{name: "Bank of the West", kind: Organisation, not: []string{"West"}},
		{name: "Ann Cole", kind: Person},
	})
}

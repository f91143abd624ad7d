package knowledge

import "testing"

// TestMaidenName: an obituary's "Born <name>" whose surname is not the
// person's own is her name at birth, folded into the person who keeps one
// of its given names, and a month that is a given name stays inside it
// (placenames.go keptGivenName, entities.go middleMonthName). The
// article is written for this test and is in no question set.
func TestMaidenName(t *testing.T) {
	text := "Shelter founder dies at 88\n\n" +
		"TOLEDO, Ohio (AP) — Joan Marlow, who opened a shelter for women, died Friday. She was 88.\n\n" +
		"Born Mary Joan Kessler on May 2, 1937, in Lima, Ohio, she worked as a nurse.\n\n" +
		"\"I could not send her anywhere safe,\" she told The Blade in 1996.\n"
	checkEntities(t, text, []entityCase{
		{name: "Joan Marlow", kind: Person, aliases: []string{"Mary Joan Kessler"}},
	})
	checkSpeakers(t, "a maiden name's pronoun", text, []string{"Joan Marlow"})
	month := "Nurse honored\n\nLIMA, Ohio (AP) — Born Mary June Kessler in Lima, she worked as a nurse for 20 years.\n"
	checkEntities(t, month, []entityCase{
		{name: "Mary June Kessler", kind: Person},
	})
}

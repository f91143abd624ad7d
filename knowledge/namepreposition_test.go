package knowledge

import "testing"

// TestNameBeforePrepositionIsNoModifier: a business written after "the"
// and followed by a preposition of place ("the Harbor Grill outside the
// marina") is an organisation: the preposition opens a phrase that
// postmodifies the name (Quirk et al. 1985, §9.7), so the name
// premodifies no noun as "the Trump campaign" does, and is no person's.
func TestNameBeforePrepositionIsNoModifier(t *testing.T) {
	text := "Marina fee rises\n\n" +
		"PORT ELLIS, Maine (AP) — The town raised its boat fee Monday.\n\n" +
		"Ada Quill, 49, who has run the Harbor Grill outside the marina for 11 years, said sales would fall.\n\n" +
		"Tom Reyes, who manages the Gull Inn near the ferry dock, said he was not worried.\n"
	checkEntities(t, text, []entityCase{
		{name: "Harbor Grill", kind: Organisation, not: []string{"Grill"}},
		{name: "Gull Inn", kind: Organisation, not: []string{"Inn"}},
		{name: "Ada Quill", kind: Person, aliases: []string{"Quill"}},
	})
}

package lookup

import "testing"

// chefObituary is an obituary written for these tests and in no question
// set: the lead names another woman by a possessive after its dateline,
// the age stands alone ("She was 78."), an age is told in a clause of
// time beside another's name, the cause follows in the next paragraph,
// and a later paragraph tells another death.
const chefObituary = "Marta Ilves, chef who cooked for Julia Child, dies at 78\n\n" +
	"By Dana Fry\n\n" +
	"CHICAGO (AP) — Marta Ilves, a chef whose soups won Julia Child's praise in the 1970s, died Friday at a hospice in Chicago. She was 78.\n\n" +
	"Her nephew, Karl Ilves, said she died of pneumonia.\n\n" +
	"Ilves joined Child's kitchen in Boston in 1971, when she was 25, and stayed for six years. Her onion soup made the kitchen famous.\n\n" +
	"Her husband, Tom, died in 2010. She is survived by her nephew.\n"

// TestObituaryLead: the lead's subject after the dateline is the one a
// pronoun carries on (namedAtStart), a pronoun in a clause of time takes
// the main clause's subject (pronounOwner), "the cause of death" asks the
// cause (query.go's reason cue), and "who died" is the headline's death
// as the lead tells it (headlinelead.go).
func TestObituaryLead(t *testing.T) {
	e := engineOf(t, chefObituary)
	checkOpenings(t, e, []openingCase{
		{q: "how old was she", first: "Marta Ilves was 78"},
		{q: "how old was she when she joined the kitchen", first: "Marta Ilves was 25"},
		{q: "what was the cause of death", first: "Her nephew, Karl Ilves, said she died of pneumonia"},
		{q: "who died", first: "Marta Ilves", not: []string{"Tom"}},
	})
}

package lookup

import (
	"context"
	"testing"

	"storybot/knowledge"
)

// foalBirth is a short article written for these tests, in no question
// set: an animal and a relative named only in apposition, and a role no
// name follows.
const foalBirth = `Rare Przewalski's foal born at Ridgeway park

RIDGEWAY, Wis. (AP) — A Przewalski's horse foal was born Sunday at the Ridgeway Wildlife Park, keeper Sam Ortiz said.

The mother, 9-year-old Zora, delivered the foal in the early morning. Ortiz and his wife, Lena, watched from the barn. The park's veterinarian checked the foal on Monday.
`

// TestNameInApposition checks that a name question is answered by the
// name set off after its noun, and refused when no name follows it.
func TestNameInApposition(t *testing.T) {
	e := engineOf(t, foalBirth)
	checkOpenings(t, e, []openingCase{
		{q: "whats the moms name", first: "Zora."},
		{q: "what's ortiz's wife's name", first: "Lena."},
	})
	a, err := e.Answer(context.Background(), knowledge.Question{Text: "whats the vet's name"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Found {
		t.Errorf("no name follows the veterinarian, yet answered:\n%s", a.Text)
	}
}

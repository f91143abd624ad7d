package knowledge

import "testing"

// A name written only after "in" or "near", with no given name, is a place.
func TestPlaceByPreposition(t *testing.T) {
	checkEntities(t, `Commissioner arrested

TULSA, Okla. (AP) — Agents arrested a county commissioner Monday at his home in Copper Mesa.

Neighbors in Copper Mesa said they saw six cars. Officials in Copper Mesa did not comment.
`, []entityCase{
		{name: "Copper Mesa", kind: Place, not: []string{"Mesa"}},
	})
	checkEntities(t, `Lawyer hired

DENVER (AP) — The city hired a lawyer Monday.

The city put its trust in Copper Mesa, the lawyer, 52, said Tuesday. Copper Mesa said the case was strong.
`, []entityCase{
		{name: "Copper Mesa", kind: Person},
	})
}

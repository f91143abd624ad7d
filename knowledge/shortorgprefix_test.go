package knowledge

import (
	"slices"
	"testing"
)

// A firm's short name on second reference is the firm; a body named for a
// building is not the building. The articles are written for these tests
// and are in no question set.
func TestShortOrgPrefix(t *testing.T) {
	checkEntities(t, `Roofing firm owner charged

DENVER (AP) — A roofing company owner was charged Monday.

Prosecutors say Bexley Stone Roofing billed the city for work it never did. Bexley Stone's owner, Dale Pruitt, 52, denied it.
`, []entityCase{
		{name: "Bexley Stone Roofing", kind: Organisation, aliases: []string{"Bexley Stone"}},
		{name: "Dale Pruitt", kind: Person},
	})
	a, err := Parse(`Tenants sue landlord

DENVER (AP) — Tenants of a downtown building sued its owner Monday.

The Cobalt Yards Tenants Association filed the suit. Rents at Cobalt Yards rose 30% last year, the group said.
`, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range a.Entities {
		if e.Kind == Organisation && slices.Contains(e.Aliases, "Cobalt Yards") {
			t.Errorf("%s takes the building's name as its own: %q", e.Name, e.Aliases)
		}
	}
}

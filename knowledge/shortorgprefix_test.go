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

// TestLinesFirmShortName checks that a firm named for its line of
// business with "Lines" ("Blue Falcon Bus Lines", as "Delta Air Lines") is
// an organisation whose short name on second reference is the firm, not
// a person, and that its full name opening a sentence is no person with a
// title. The article is written for this test and is in no question set.
func TestLinesFirmShortName(t *testing.T) {
	checkEntities(t, `Bus company fined

DALLAS (AP) — Regulators fined Blue Falcon Bus Lines $80,000 on Monday.

Blue Falcon Bus Lines, based in Tyler, said it would appeal. Federal records show Blue Falcon has been cited 12 times since 2020.
`, []entityCase{
		{name: "Blue Falcon Bus Lines", kind: Organisation, aliases: []string{"Blue Falcon"}},
	})
	a, err := Parse("Bus company fined\n\nDALLAS (AP) — Regulators fined Blue Falcon Bus Lines $80,000 on Monday.\n\nBlue Falcon Bus Lines, based in Tyler, said it would appeal. Federal records show Blue Falcon has been cited 12 times since 2020.\n", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range a.Entities {
		if e.Kind == Person {
			t.Errorf("%s is read as a person (role %q)", e.Name, e.Role)
		}
	}
}

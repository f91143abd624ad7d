package knowledge

import "testing"

// A person-shaped name that an indefinite appositive describes as a shop,
// a store or another establishment, coordinated premodifiers and all, is a
// business's ("Tull Goods, a sandwich shop"; "Grant Mercer Supply, a feed
// and tack store"), while one described by a person's noun stays a person;
// the article written for this test is in no question set.
func TestEstablishmentAppositive(t *testing.T) {
	text := "Shops close for holiday\n\nSALINA, Kan. (AP) — Reed Stores, a feed and tack store on the east side, closed Monday.\n\n" +
		"So did Tull Goods, a sandwich shop near the depot, its owner said.\n\n" +
		"\"We needed the rest,\" said Mara Quill, a shop clerk.\n"
	a, err := Parse(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]EntityKind{"Reed Stores": Organisation, "Tull Goods": Organisation, "Mara Quill": Person} {
		if e, ok := a.Entity(name); !ok || e.Kind != want {
			t.Errorf("%s: want %v, got %+v (%v)", name, want, e, ok)
		}
	}
}

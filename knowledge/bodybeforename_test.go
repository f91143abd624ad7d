package knowledge

import "testing"

// A name set off after a noun phrase headed by a kind of business ("a
// charity she founded, Open Door Outreach") is that business, not a
// person; a name that opens an attribution after such a phrase is the
// speaker. The article written for this test is in no question set.
func TestBodyBeforeNameIsOrganisation(t *testing.T) {
	a, err := Parse("Pastor charged\n\nTULSA, Okla. - Prosecutors say a pastor sent church donations to a charity she founded, Open Door Outreach, and spent them on a house.\n\n"+
		"The church then hired a firm, Dana Whitlock said.\n", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if e, ok := a.Entity("Open Door Outreach"); !ok || e.Kind != Organisation {
		t.Errorf("want the organisation Open Door Outreach, got %+v (%v)", e, ok)
	}
	if e, ok := a.Entity("Dana Whitlock"); !ok || e.Kind != Person {
		t.Errorf("want the person Dana Whitlock, got %+v (%v)", e, ok)
	}
}

package knowledge

import "testing"

// A name after "the" and a noun that heads organisations' names is an
// organisation ("the journal Coastal Ecology"), not a person with the
// surname "Ecology"; the article written for this test is in no question
// set.
func TestClassifiedNameIsOrganisation(t *testing.T) {
	a, err := Parse("Reef study\n\nMIAMI (AP) — Coral reefs off Florida lost a third of their cover in a decade, a study found.\n\nThe results were published Tuesday in the journal Coastal Ecology.\n", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if e, ok := a.Entity("Coastal Ecology"); !ok || e.Kind != Organisation {
		t.Errorf("want the organisation Coastal Ecology, got %+v (%v)", e, ok)
	}
}

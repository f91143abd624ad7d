package knowledge

import "testing"

// A name ending in a health-care organisation's last word ("Medical",
// "Health", "Clinic") or in "Cross" is an organisation, not a person
// with that surname; the article written for this test is in no
// question set.
func TestHealthCareNamesAreOrganisations(t *testing.T) {
	a, err := Parse("Bus overturns on county road\n\nHOLLIS, Vt. (AP) — A school bus overturned near Hollis on Thursday, and six students were taken to Marrow Valley Medical with cuts, state police said.\n\nThe driver was flown to Baptist Health in Lexington. The American Red Cross opened a shelter at the school.\n", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Marrow Valley Medical", "Baptist Health", "American Red Cross"} {
		if e, ok := a.Entity(name); !ok || e.Kind != Organisation {
			t.Errorf("want the organisation %s, got %+v (%v)", name, e, ok)
		}
	}
}

package knowledge

import "testing"

// A school district is a local government (U.S. Census Bureau, Census of
// Governments), an organisation; a district of any other kind stays a place.
func TestSchoolDistrictIsAnOrganisation(t *testing.T) {
	a, err := Parse("Schools close\n\nFAIRVIEW, Ohio (AP) — The Fairview City School District closed two schools in the Lincoln Park District on Monday.", Options{})
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]EntityKind{}
	for _, e := range a.Entities {
		kinds[e.Name] = e.Kind
	}
	if k := kinds["Fairview City School District"]; k != Organisation {
		t.Errorf("Fairview City School District is %q, want an organisation", k)
	}
	if k := kinds["Lincoln Park District"]; k != Place {
		t.Errorf("Lincoln Park District is %q, want a place", k)
	}
}

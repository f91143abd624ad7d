package knowledge

import "testing"

// TestMemberTitle: "member" after a body's name is the person's seat on
// that body, written before the name as a title, so the role keeps the
// body ("City Council member"), not the bare noun.
func TestMemberTitle(t *testing.T) {
	a, err := Parse("Council weighs tenant fund\n\nCity Council member Janet Ruiz said Monday she would ask for an emergency fund.\n\nThe plan was opposed by school board member Luis Ortega.", Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"Janet Ruiz": "City Council member", "Luis Ortega": "school board member"}
	for _, e := range a.Entities {
		if r, ok := want[e.Name]; ok {
			if e.Role != r {
				t.Errorf("%s: role %q, want %q", e.Name, e.Role, r)
			}
			delete(want, e.Name)
		}
	}
	for name := range want {
		t.Errorf("no entity %s", name)
	}
}

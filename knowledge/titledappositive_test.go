package knowledge

import "testing"

// shipyardAward is a short article written for this test, in no
// question set: role appositives before names that carry abbreviated
// titles of their own, military and courtesy (AP Stylebook, "military
// titles", "courtesy titles").
const shipyardAward = `Navy picks shipyard for tugboats

BATH, Maine (AP) — The Navy has chosen Kettle Cove Marine to build six tugboats.

A Navy spokeswoman, Lt. Cmdr. Teresa Vail, said the first tug would be delivered in 2028.

The company's safety director, Dr. Ann Lee, said no workers would be laid off.

Rear Adm. Paul Ferrante said the tugs would cost $40 million each.
`

// TestAppositiveBeforeATitledName checks that an abbreviated title
// between a role appositive and the name neither joins the name nor
// hides the role.
func TestAppositiveBeforeATitledName(t *testing.T) {
	a, err := Parse(shipyardAward, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for name, role := range map[string]string{"Teresa Vail": "A Navy spokeswoman", "Ann Lee": "The company's safety director"} {
		p, ok := a.Entity(name)
		if !ok || p.Name != name {
			t.Errorf("want the person %s, got %+v (%v)", name, p, ok)
			continue
		}
		if p.Role != role {
			t.Errorf("%s: want the role %q, got %q", name, role, p.Role)
		}
	}
	if p, ok := a.Entity("Paul Ferrante"); !ok || p.Title != "Rear Adm." {
		t.Errorf("want Paul Ferrante with the title Rear Adm., got %+v (%v)", p, ok)
	}
}

package lookup

import "testing"

// warehouseFire is a short article written for these tests, in no
// question set: a company named only as a premodifier of the building it
// runs, beside another organisation that acts on the building.
const warehouseFire = `Fire destroys warehouse near Toledo

TOLEDO, Ohio (AP) — A fire destroyed the Maumee Valley Logistics warehouse south of Toledo early Saturday, and the Toledo Fire Department said no one was hurt.

Firefighters fought the blaze for six hours. The warehouse held paper goods and furniture.
`

// TestPremodifyingOwner: a company's name written right before a noun
// ("the Maumee Valley Logistics warehouse") names who owns or runs it;
// a question of another act is not answered by it.
func TestPremodifyingOwner(t *testing.T) {
	e := engineOf(t, warehouseFire)
	checkAnswers(t, e, []answerCase{
		{"what company runs the warehouse", []string{"Maumee Valley Logistics."}, []string{"Fire Department."}},
		{"which company owns the warehouse", []string{"Maumee Valley Logistics."}, nil},
		{"what agency fought the fire", nil, []string{"Maumee Valley Logistics."}},
	})
}

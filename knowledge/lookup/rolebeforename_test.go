package lookup

import "testing"

func TestRoleBeforeNameHome(t *testing.T) {
	e := engineOf(t, "Farmer charged in fuel theft\n\nA farmer was charged Monday with stealing diesel from a county depot.\n\nThe Odessa trucker who reported the theft, Ray Delgado, said he saw the tanks on a trailer.\n\nThe farmer's lawyer, a Pecos defense attorney named Ines Ortega, said he would plead not guilty.\n")
	checkOpenings(t, e, []openingCase{
		{q: "where is delgado from", first: "Odessa."},
		{q: "where is ortega from", first: "Pecos."},
	})
}

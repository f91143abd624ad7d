package lookup

import "testing"

// TestSourceHeaded: "where did X come from" is answered by the whole
// object of "from" when the place only postmodifies it ("from 12 farms in
// Yakima County"), and by the place alone when "from" governs it.
func TestSourceHeaded(t *testing.T) {
	e := engineOf(t, "Pumpkin festival sets record\n\nThe pumpkins came from 12 farms in Yakima County, organizers said.\n\nThe winning grower, Ida Marsh, drove hers from Walla Walla.\n")
	checkOpenings(t, e, []openingCase{
		{q: "where did the pumpkins come from", first: "From 12 farms in Yakima County."},
	})
	if got := sourceHeaded("they came, in Yakima County", [][]int{{10, 27, 13, 27}}); got != nil {
		t.Errorf("sourceHeaded without from = %v, want none", got)
	}
}

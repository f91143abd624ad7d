package lookup

import "testing"

// A name in close apposition after a place's noun is the place's own:
// "in the journal JAMA Neurology", not "in the journal"; a weekday after
// the noun is a time, no name.
func TestCloseAppositionPlace(t *testing.T) {
	e := engineOf(t, "Daily walk cuts dementia risk\n\n"+
		"BOSTON (AP) — Older adults who walked about 9,800 steps a day were 51% less likely to develop dementia, according to a study published Monday in the journal JAMA Neurology.\n\n"+
		"The researchers presented the results at the hospital Tuesday.")
	checkOpenings(t, e, []openingCase{
		{q: "where was the study published", first: "In the journal JAMA Neurology."},
		{q: "where did the researchers present the results", first: "At the hospital."},
	})
}

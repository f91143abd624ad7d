package lookup

import "testing"

// "How long was he treasurer" asks the span of a state with no verb of
// its own: the years from 2012 until the clause dated 2021, not the six
// years of another act in the lead.
func TestUntilClauseSpan(t *testing.T) {
	e := engineOf(t, "Former treasurer convicted\n\n"+
		"TOPEKA, Kan. (AP) — A jury convicted former Shawnee County treasurer Gregory Pike of stealing more than $1.2 million from the county over six years.\n\n"+
		"Pike, who served as treasurer from 2012 until he resigned in 2021, was arrested after an outside audit.\n\n"+
		"The jury deliberated for about nine hours.")
	checkOpenings(t, e, []openingCase{
		{q: "how long was he treasurer", first: "9 years, from 2012 to 2021."},
		{q: "how long did the jury deliberate", first: "About nine hours"},
	})
}

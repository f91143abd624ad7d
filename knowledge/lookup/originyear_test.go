package lookup

import "testing"

// coastQuake is a short article written for these tests and in no
// question set: a bridge dated only by a year premodifying it, and power
// restored in part already and the rest expected later.
const coastQuake = "Quake shakes coast\n\n" +
	"EUREKA, Calif. (AP) — A magnitude 6.4 earthquake struck off the coast early Tuesday, knocking out power to about 70,000 homes.\n\n" +
	"The utility said it had restored power to about half of the homes by Tuesday evening. It expects to restore the rest by Thursday.\n\n" +
	"Crews closed the Dyer Creek span, a 1911 steel bridge, after finding cracks in its supports.\n"

// TestOriginYearAndExpectedFuture: a year before a made thing's noun,
// through another premodifier, dates its making (originyear.go); "expects
// to" puts an act in future time, which "when will" asks (futuretime.go).
func TestOriginYearAndExpectedFuture(t *testing.T) {
	e := engineOf(t, coastQuake)
	checkOpenings(t, e, []openingCase{
		{q: "when was the bridge built", first: "1911"},
		{q: "when will power be restored", first: "By Thursday", not: []string{"Tuesday evening"}},
	})
}

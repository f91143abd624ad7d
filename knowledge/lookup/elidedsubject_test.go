package lookup

import "testing"

// libraryHearing is a short article written for this test, in no
// question set: a count whose noun is left out in a coordinated clause
// ("and 212 attended"), beside a count of the same noun under another
// act, and a participle premodifying a counted noun.
const libraryHearing = `Residents pack hearing on library plan

DALEFORD, Ohio (AP) — About 300 residents signed a petition against closing the Elm Street library, and 212 attended a hearing on the plan Tuesday, the city clerk said.

The town has 4,100 registered voters. The council will vote in May.
`

func TestElidedSubjectCount(t *testing.T) {
	e := engineOf(t, libraryHearing)
	checkOpenings(t, e, []openingCase{
		// the coordinated clause's count counts residents, under its own verb
		{q: "how many people attended the hearing", first: "212."},
		{q: "how many attended the hearing", first: "212."},
		{q: "how many residents signed the petition", first: "About 300 residents."},
		// a participle before a plural premodifies the counted noun
		{q: "how many registered voters does the town have", first: "4,100 registered voters."},
	})
}

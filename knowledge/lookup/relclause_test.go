package lookup

import "testing"

// tractorPull is a short article written for this test, in no question
// set: two people introduced alike ("Fair volunteer"), one told of again
// in a later sentence, and a fire official whom no noun calls an
// official (the article knows the word only through "regulators", one
// WordNet link away).
const tractorPull = `Two hurt when tractor overturns at county fair pull

CEDAR FALLS, Iowa (AP) — A tractor overturned during a pulling contest at the Black Hawk County Fair on Saturday, injuring its driver and a spectator.

Fair volunteer Tom Price, 58, said the tractor reared up when its hitch caught. "It went over like a rocking chair," he said.

Fair volunteer Ann Cole, 41, pulled the driver from the cab before the fuel line caught. Cole later drove the spectator to the hospital in her pickup. Price helped Cole carry the driver to an ambulance.

Lt. Greg Moss of the Cedar Falls Fire Department said the driver broke his leg and the spectator was treated for a cut. State regulators will inspect the tractor's hitch.
`

func TestDescriptionWithRelativeClause(t *testing.T) {
	e := engineOf(t, tractorPull)
	checkOpenings(t, e, []openingCase{
		// the clause picks the volunteer a later sentence tells of
		{q: "how old is the volunteer who drove the spectator to the hospital", first: "Ann Cole is 41"},
		{q: "how old is the volunteer who talked about the hitch", first: "Tom Price is 58"},
		// the clause's words are the description's, not words the
		// answer must hold
		{q: "whats the name of the fire official who talked about the driver", first: "Greg Moss."},
		// a general noun with a clause alone
		{q: "how old is the woman who drove the spectator to the hospital", first: "Ann Cole is 41"},
		// the one the clause names is not the one it describes
		{q: "how old is the volunteer who helped ann cole", first: "Tom Price is 58"},
	})
}

package lookup

import "testing"

// rinkTheft is a short article written for this test and in no question
// set: an organisation named once and then called by a noun WordNet
// files under its name's head ("the league" for "… Hockey Association").
const rinkTheft = "Treasurer sentenced for theft\n\n" +
	"ST. PAUL, Minn. (AP) — A former treasurer was sentenced Thursday to six years in prison for stealing $480,000.\n\n" +
	"The Maplewood Youth Hockey Association, which has about 600 players, discovered the theft in 2023.\n\n" +
	"The league will pay for an audit, its president said.\n"

// fuelSpill is a short article written for this test and in no question
// set: a railway called "the railroad", a word of its head's synset.
const fuelSpill = "Train spills fuel\n\n" +
	"BILLINGS, Mont. (AP) — A Plains Central Railway freight train derailed Monday, spilling diesel into a river, officials said.\n\n" +
	"The railroad will pay for the cleanup, a spokeswoman said.\n"

// TestHeadKindReference: "the <noun>" refers back to the one organisation
// whose name's head the noun is a kind of, or a synonym of, so it names
// the body asked for by that noun and the doer of the body's acts
// (headkind.go).
func TestHeadKindReference(t *testing.T) {
	checkOpenings(t, engineOf(t, rinkTheft), []openingCase{
		{q: "what league", first: "Maplewood Youth Hockey Association"},
		{q: "who will pay for the audit", first: "Maplewood Youth Hockey Association"},
	})
	checkOpenings(t, engineOf(t, fuelSpill), []openingCase{
		{q: "who will pay for the cleanup", first: "Plains Central Railway"},
	})
}

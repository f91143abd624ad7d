package lookup

import "testing"

// barComplaint is a short article written for this test, in no question
// set: an act named by a noun with its agent in a by-phrase, inside a
// clause whose subject is someone else.
const barComplaint = `Bar loses liquor license over noise

DENVER (AP) — Colorado regulators on Tuesday suspended the liquor license of the Blue Lantern, a bar in the Five Points neighborhood, for 30 days.

City inspector Mark Ruiz visited the bar in May after a complaint by the Five Points Neighborhood Association about late-night noise.

The bar's owner, Tess Kimura, said she would install sound panels.
`

// TestNominalAgent: "a complaint by the association" tells who
// complained; the inspector who visited after it did not.
func TestNominalAgent(t *testing.T) {
	e := engineOf(t, barComplaint)
	checkOpenings(t, e, []openingCase{
		{"who complained", "Five Points Neighborhood Association", nil, nil},
		{"who complained about the noise", "Five Points Neighborhood Association", nil, nil},
		{"who visited the bar", "Mark Ruiz", nil, nil},
	})
}

// limestoneBlast is a short article written for this test, in no question
// set: acts named by nouns whose object, in an of-phrase, stands between
// the noun and its agent's by-phrase.
const limestoneBlast = `Quarry blast rattles homes near Millbrook

MILLBROOK, N.Y. (AP) — A blast at a limestone quarry cracked windows in a dozen homes on Tuesday, residents said.

The inspection of the quarry by the state Department of Environmental Conservation began Wednesday. The shutdown of the site by town officials will last at least a week.

The rescue of a worker trapped by falling rock took two hours.
`

// TestNominalObjectAgent: "the inspection of the quarry by the
// department" tells who inspected the quarry, as "the shutdown of the site
// by town officials" tells who shut it down; a by-phrase after a
// participle in the of-phrase is that participle's ("a worker trapped by
// falling rock": the rock trapped him, no one rescued him by it).
func TestNominalObjectAgent(t *testing.T) {
	e := engineOf(t, limestoneBlast)
	checkOpenings(t, e, []openingCase{
		{"who inspected the quarry", "Department of Environmental Conservation", nil, nil},
	})
	s := &e.r.sents[len(e.r.sents)-1]
	q := e.understand("who rescued the worker", nil)
	if agent, ok := e.nominalAgent(q, s); ok {
		t.Errorf("who rescued the worker: want no agent from %q, got %q", s.text, agent)
	}
}

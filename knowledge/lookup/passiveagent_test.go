package lookup

import "testing"

// harborPier is a short article written for this test, in no question
// set: each act is told in the passive, its agent in a by-phrase — a
// person after the subject's verb of leaving, a company in apposition, a
// body named only in apposition to its class noun, and someone described
// without a name.
const harborPier = `Harbor pier to reopen after repairs

PORT ELLIS, Maine (AP) — Since Director Ruth Dunmore retired in May, the library has been run by Clara Voss, its longtime clerk, who is serving as acting director.

The new pier will be rebuilt by Tidewater Marine, a contractor based in Portland, at a cost of $2 million.

The fundraising was organized by a residents' group, Save Ellis Harbor, which collected $40,000.

The damage was first reported by a fisherman who was unloading his catch at dawn.
`

// The doer of an act told in the passive is the agent of its by-phrase,
// not the subject before the verb (Quirk et al., §3.63): a person, a
// company, a body named in apposition, or a description.
func TestPassiveAgentAnswersWho(t *testing.T) {
	e := engineOf(t, harborPier)
	checkOpenings(t, e, []openingCase{
		{q: "who has been running the library since then", first: "Clara Voss"},
		{q: "who is rebuilding the pier", first: "Tidewater Marine"},
		{q: "who organized the fundraising", first: "Save Ellis Harbor"},
		{q: "who reported the damage", first: "A fisherman who was unloading his catch"},
	})
}

// A passive whose subject is not the question's object tells another
// act: "the library has been run by Clara Voss" does not say who ran the
// fundraising.
func TestPassiveAgentNotForOtherAct(t *testing.T) {
	e := engineOf(t, harborPier)
	checkAnswers(t, e, []answerCase{
		{"who ran the fundraising", nil, []string{"Clara Voss"}},
	})
}

// TestFundingSourceAsAgent checks that the source of a sum given with a
// passive verb of paying names who did it, as a by-phrase would.
func TestFundingSourceAsAgent(t *testing.T) {
	e := engineOf(t, "Town tests river for microplastics\n\nALDEN, N.Y. (AP) — Researchers will sample the Alden River every week this summer for microplastics.\n\nThe survey was funded with $180,000 from the Great Lakes Commission. Volunteers from Alden High School will collect the samples.\n")
	checkAnswers(t, e, []answerCase{
		{"who funded the survey", []string{"Great Lakes Commission"}, nil},
	})
	// a "from" with no sum before it is a place or a start, not a giver
	e2 := engineOf(t, "Bridge reopens\n\nALDEN, N.Y. (AP) — The bridge was paid for over ten years from 1990, the county said.\n")
	if a, ok, _ := e2.passiveAgent(e2.understand("who paid for the bridge", nil), &e2.r.sents[len(e2.r.sents)-1]); ok {
		t.Errorf("a from-phrase with no sum read as the giver: %q", a)
	}
}

// chapelOrgan is a short article written for these tests, in no question
// set: an organ built in one coordinated passive and paid for by gifts,
// a repair told in a nonrestrictive -ed clause, and a speaker who did
// neither.
const chapelOrgan = `Chapel organ plays again after a decade of silence

HARMONY, Maine (AP) — The pipe organ at the Harmony village chapel played on Sunday for the first time in 10 years, church leaders said.

The organ, nicknamed "Big Bertha," was built in 1889 and paid for by donations from local quarry workers.

Deacon Ruth Alder said the chapel bought a new electric blower, installed by the Bangor firm Keystone Pipeworks, after the old bellows split.
`

// A second passive participle that shares its conjunct's auxiliary
// ("was built … and paid for by": Quirk §13.36) has its agent in its
// by-phrase, and a by-phrase that names a gift gives its giver in the
// from-phrase (WordNet: a donation is a kind of gift); an -ed clause set
// off by a comma postmodifies its noun as one without (§17.30).
func TestCoordinatedPassiveGiftNonrestrictive(t *testing.T) {
	e := engineOf(t, chapelOrgan)
	checkAnswers(t, e, []answerCase{
		{"who paid for the organ", []string{"quarry workers"}, []string{"Big Bertha."}},
		{"who installed the blower", []string{"Keystone Pipeworks."}, []string{"Ruth Alder."}},
	})
}

// Each clause has its own object: "Lazard advised Pinecrest; Dunmore was
// advised by Evercore" (with its firms named) tells who advised Dunmore only in its second
// clause. The story is written for this test, in no question set.
func TestOtherActiveObjectReadsOn(t *testing.T) {
	e := engineOf(t, "Dairies to merge\n\nMADISON, Wis. (AP) — Pinecrest Dairy agreed on Monday to buy Dunmore Creamery for $310 million.\n\nLazard Freres advised Pinecrest; Dunmore was advised by Evercore Partners.\n")
	checkOpenings(t, e, []openingCase{
		{q: "who advised dunmore", first: "Evercore"},
		{q: "who advised pinecrest", first: "Lazard"},
	})
}

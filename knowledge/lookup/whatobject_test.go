package lookup

import "testing"

// riverBarge is a short article written for these tests, in no question
// set: the asked act named by a kind of it ("hauling" for carrying), a
// sentence holding the verb's noun ("the find"), a light verb with
// another preposition ("made to") beside one with the asked preposition
// ("built from"), and a quotation with an adverb of the asked verb.
const riverBarge = `Barge runs aground near river lock

MARIETTA, Ohio (AP) — A barge hauling coal ran aground Monday near the Willow Island lock, the Coast Guard said.

Two deckhands from the barge were taken to a hospital in Marietta with minor injuries.

A diver working for the Army Corps of Engineers found a crack in the hull on Tuesday afternoon, below the waterline near the bow.

Officials will discuss the find Friday.

The lock's visitor pavilion, a dome built from the floats of retired fishing boats, was not damaged.

Donations for the pavilion may be made to the county relief fund.

On Wednesday the inspectors, who came from the state environmental agency in Columbus, cleared the barge of any fuel leak.

"The inspectors clearly saved the barge," the captain said.
`

// TestWhatAsksTheObject checks that an object what-question is answered
// by the sentence that uses its verb as a verb, with what follows it, and
// not by one that shares only the word.
func TestWhatAsksTheObject(t *testing.T) {
	e := engineOf(t, riverBarge)
	checkAnswers(t, e, []answerCase{
		// "hauling" is a kind of carrying; "taken to a hospital" is no cargo
		{"what was the barge carrying", []string{"coal"}, []string{"deckhands"}},
		// "the find" is a noun; "found a crack" answers
		{"what did they find", []string{"crack"}, []string{"Officials"}},
		// "made to the fund" leaves no "from"; "built from" does
		{"what is the pavilion made from", []string{"floats"}, []string{"Donations"}},
		// the quotation's "clearly" is no clearing
		{"what did the inspectors clear the barge of", []string{"fuel leak"}, []string{"saved"}},
	})
}

// TestStrandedIn: a what-question ending in "in" strands it from its verb
// ("what was the kite tangled in"), answered by the object of "in" after
// that verb; a passive question's subject may follow the verb in the
// article ("soaked the fabric in tea").
func TestStrandedIn(t *testing.T) {
	e := engineOf(t, "Kite rescued from oak\n\nBOISE, Idaho (AP) — A 12-foot dragon kite that had become tangled in the branches of an old oak was freed Sunday by a tree crew.\n\nIts maker, Ana Ruiz, had soaked the silk in black tea to age it.\n")
	checkOpenings(t, e, []openingCase{
		{q: "what was the kite tangled in", first: "The branches of an old oak."},
		{q: "what was the silk soaked in", first: "Black tea."},
	})
}

// After "be", a question's last word that is no participle is the
// subject's noun, not a verb whose object is asked: "what was the peak
// demand" asks of the demand, not what someone demanded.
func TestCopulaNounNotVerb(t *testing.T) {
	e := engineOf(t, `Cold snap strains grid

OMAHA, Neb. (AP) — Demand peaked at 4,100 megawatts Monday evening, the Omaha Public Power District said, and the utility asked customers to lower their thermostats.
`)
	checkWantOrRefused(t, e, []wantCase{
		{"what was the peak demand", "4,100"},
	})
}

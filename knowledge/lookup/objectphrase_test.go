package lookup

import "testing"

// TestObjectPhraseHead checks that the reply to an object what-question
// opens with the object cut cleanly from its sentence: up to a verb, a
// preposition, a comma or a time, with "of" kept inside the phrase.
func TestObjectPhraseHead(t *testing.T) {
	e := engineOf(t, riverBarge+`
The salvage crew pumped 300 gallons of river water out of the hold on Thursday.
`)
	checkOpenings(t, e, []openingCase{
		// the phrase ends before the clause's own verb
		{"what was the barge carrying", "Coal. ", nil, nil},
		// it ends before a preposition other than "of"
		{"what did the diver find", "A crack. ", nil, nil},
		{"what did the salvage crew pump", "300 gallons of river water. ", nil, nil},
		// after the stranded preposition, up to a time
		{"what did the inspectors clear the barge of", "Any fuel leak. ", nil, nil},
		// a participle after a determiner is an adjective, no verb
		{"what is the pavilion made from", "The floats of retired fishing boats. ", nil, nil},
	})
}

// TestObjectPhraseNotCut checks that an object clause ("said the lock was
// safe") or a quotation gets no head, and that a possessive "her" opens
// the phrase.
func TestObjectPhraseNotCut(t *testing.T) {
	e := engineOf(t, riverBarge+`
Engineers concluded the lock was safe for traffic after a two-day inspection.

The cook grabbed her radio and a flashlight before she left the barge.

The mayor called her "the best deckhand on the river" on Friday.
`)
	checkOpenings(t, e, []openingCase{
		{"what did the engineers conclude", "Engineers concluded", nil, []string{"The lock."}},
		{"what did the cook grab", "Her radio and a flashlight. ", nil, nil},
		// a quotation is no object phrase to cut, nor is the pronoun before it
		{"what did the mayor call her", "The mayor called", nil, nil},
	})
}

// An object before "and" and an auxiliary ends there: the auxiliary
// opens a second predicate of the same subject, not a clause object.
func TestObjectBeforeCoordinatedPredicate(t *testing.T) {
	e := engineOf(t, `Qualifier reaches final in Tulsa

TULSA, Okla. (AP) — Ada Okafor, from Lagos, entered the tournament ranked 212th and had to win three qualifying matches to reach the main draw.

She plays top seed Lena Fischer on Sunday.
`)
	checkOpenings(t, e, []openingCase{
		{q: "what was okafor ranked", first: "212th."},
	})
}

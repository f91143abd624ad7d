package lookup

import "testing"

// TestInstrumentOfAct: "what did X V it with" and "what did X use to V"
// ask the act's instrument, answered from "V … with N", "V … using N" or
// "used N to V", opening with N; a sentence that only names the act as a
// noun ("the opening") does not answer.
func TestInstrumentOfAct(t *testing.T) {
	e := engineOf(t, "Crews open old vault\n\nBELMONT, Ohio (AP) — Crews in Belmont opened an old bank vault on Monday, the town said.\n\n"+
		"A locksmith, Ann Pell, opened it using a diamond drill after the dial broke. She then cut the hinges with a rotary saw so the door could swing.\n\n"+
		"Volunteers used a shop vacuum to clear dust from the floor.\n\n"+
		"About 200 people came to the opening.\n")
	checkOpenings(t, e, []openingCase{
		{q: "what did they open it with", first: "A diamond drill."},
		{q: "what did pell use to open the vault", first: "A diamond drill."},
		{q: "what did she cut the hinges with", first: "A rotary saw."},
		{q: "what did the volunteers clear the dust with", first: "A shop vacuum."},
		{q: "what did volunteers use to clear the dust", first: "A shop vacuum."},
	})
}

// TestInstrumentClauseLink: the instrument phrase ends where another
// clause or predicate opens: at a subordinator ("so"), or at "and" before
// "then" or a verb.
func TestInstrumentClauseLink(t *testing.T) {
	e := engineOf(t, "Crew frees trapped goose\n\nAnimal control officers netted a goose with a long-handled hoop and then carried it to a pond on Friday.\n\nThey wrapped its wing with a cotton sling so it would heal.\n")
	checkOpenings(t, e, []openingCase{
		{q: "what did they net the goose with", first: "A long-handled hoop."},
		{q: "what did they wrap the wing with", first: "A cotton sling."},
	})
}

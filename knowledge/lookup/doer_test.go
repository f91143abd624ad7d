package lookup

import (
	"context"
	"testing"

	"storybot/knowledge"
)

// lakeFerry is a short article written for these tests, in no question set:
// a captain named beside the vessel, a quotation that builds nothing, and
// a call made by someone named.
const lakeFerry = `Ferry loses power on Lake Dunmore

BURLINGTON, Vt. (AP) — A passenger ferry lost power in its engine on Lake Dunmore on Saturday, leaving 80 people adrift for two hours.

Capt. Rosa Lindqvist, 48, who has steered the ferry for nine years, kept the passengers calm and dropped anchor near the east shore.

"The hull did exactly what it was built to do," she said.

Harbor master Glen Ostrow called the Coast Guard, which towed the vessel back to port.
`

// TestWhoAsksTheDoer checks that a who-question is answered by the doer of
// the act its verb names, and refused when no sentence names the act.
func TestWhoAsksTheDoer(t *testing.T) {
	e := engineOf(t, lakeFerry)
	checkAnswers(t, e, []answerCase{
		// the light verb takes its meaning from an act-naming object
		{"who made the call to the coast guard", []string{"Ostrow"}, nil},
		{"who steered the ferry", []string{"Lindqvist"}, nil},
	})
	for _, q := range []string{
		// "made" with a thing for its object means built: no one did
		"who made the engine on the ferry",
		// the quotation says the hull was built, and names no builder
		"who built the hull",
	} {
		a, err := e.Answer(context.Background(), knowledge.Question{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if a.Found {
			t.Errorf("%q: want a refusal, got %s", q, a.Text)
		}
	}
}

// TestSpeakerBeforeFinalVerb checks "who said" when the attribution ends
// the sentence ("…, her nephew, Tom Lund, said."): the speaker comes before
// the verb, and there is nothing after it to read.
func TestSpeakerBeforeFinalVerb(t *testing.T) {
	e := engineOf(t, "Millbrook baker dies at 90\n\nMILLBROOK, Iowa (AP) — Ada Berg, who ran the Main Street bakery for 50 years, has died.\n\nBerg died Sunday at a hospice in Cedar Rapids, her nephew, Tom Lund, said.\n")
	checkAnswers(t, e, []answerCase{
		{"who said she died", []string{"Tom Lund."}, nil},
		// a verb of saying the article does not use asks who said the rest
		{"who confirmed she died", []string{"Tom Lund."}, nil},
		// no one is reported saying this
		{"who confirmed the bakery was sold", nil, []string{"Lund.", "Berg."}},
	})
}

// TestPrepositionalObjectIsNoDoer checks that the person a sentence names
// only as the object of a preposition, or as its appositive ("with
// Millbrook's police chief, Dale Hendricks"), is not given as the doer of
// its act.
func TestPrepositionalObjectIsNoDoer(t *testing.T) {
	e := engineOf(t, "Millbrook weighs curfew\n\nMILLBROOK, Iowa (AP) — The city is weighing a summer curfew for teenagers.\n\nThe mayor said the company would pay for patrols.\n\nHe said he had spoken by phone with Millbrook's police chief, Dale Hendricks, on Friday night.\n")
	checkAnswers(t, e, []answerCase{
		{"who's speaking for the company", nil, []string{"Dale Hendricks."}},
		{"who spoke for the police", nil, []string{"Dale Hendricks."}},
	})
}

// TestConditionIsNoReport checks that an act named only in a conditional
// clause ("if the county paid for a new dock") is not reported as done,
// so the sentence does not answer who did it.
func TestConditionIsNoReport(t *testing.T) {
	e := engineOf(t, "Ferry dock needs repairs\n\nMILLBROOK, Iowa (AP) — The Millbrook ferry dock has been closed since March.\n\n\"If the county paid for a new dock, we could reopen by June,\" harbor master Glen Ostrow said.\n")
	a, err := e.Answer(context.Background(), knowledge.Question{Text: "who paid for the dock"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Found {
		t.Errorf("want a refusal, got %s", a.Text)
	}
}

// trailSigns is a short article written for this test, in no question
// set: an act told in an agentless passive whose only person is the
// source of a closing reporting clause.
const trailSigns = `Trail markers vanish from state forest

BRADFORD, Pa. (AP) — Hikers in the Allegheny foothills say dozens of trail markers are missing.

About 40 blazes and two wooden signs had been removed from the Kinzua Ridge Trail since April, volunteers said.

Ranger Tom Keck of the state forestry bureau said new markers would go up in June.
`

// TestReportingSourceNoDoer: "who took down the signs" has no answer
// when the only person in the sentence that tells the removal is its
// source ("volunteers said"); the ranger who will put new ones up did
// not remove them.
func TestReportingSourceNoDoer(t *testing.T) {
	e := engineOf(t, trailSigns)
	for _, q := range []string{"who removed the signs", "who took down the signs"} {
		a, err := e.Answer(context.Background(), knowledge.Question{Text: q})
		if err != nil || a.Found {
			t.Errorf("%q: want no doer, got %q (%v)", q, a.Text, err)
		}
	}
	s := &e.r.sents[2]
	if got := reportingTailStart(s); got == len(s.toks) || s.toks[got].lower != "volunteers" {
		t.Errorf("reporting tail of %q: got %d", s.text, got)
	}
}

// lockGates is a short article written for this test, in no question
// set: a repair told in the passive with its doer in a by-phrase, and an
// official who says so.
const lockGates = `Canal lock to reopen after winter repairs

LOCKPORT, N.Y. (AP) — A 19th-century lock on the Erie Canal will reopen in May after a winter of repairs, state officials said Friday.

Canal director Maria Feld said the cracked gates will be replaced by Harbor Ironworks, a firm based in Buffalo.
`

// A semi-auxiliary ("be going to", "have to": Quirk §3.47) is no act: the
// act asked is the verb after its "to".
func TestSemiAuxiliaryAct(t *testing.T) {
	e := engineOf(t, lockGates)
	checkAnswers(t, e, []answerCase{
		{"who's gonna replace the gates", []string{"Harbor Ironworks."}, []string{"Maria Feld."}},
		{"who has to replace the gates", []string{"Harbor Ironworks."}, []string{"Maria Feld."}},
	})
	if toks := tokenize("who is going to replace them"); !semiAuxiliaryAt(toks, 2) || semiAuxiliaryAt(toks, 4) {
		t.Errorf("semiAuxiliaryAt: want going before to only")
	}
}

// pierLeak is a short article written for this test, in no question set:
// the doer named in apposition to a subject postmodified by a
// prepositional phrase, inside an "after" clause.
const pierLeak = `Fuel leak at marina traced to cracked hose

PORT WELLS, Wash. (AP) — A fuel leak at the city marina was stopped on Friday after a mechanic at the boat yard, Tomas Reyes, found a cracked hose on a pump, the harbor master said.
`

// A name set off by a comma after "at the boat yard" renames the mechanic,
// not the yard (apposition is coreference: Quirk §17.65), so it is the
// subject of "found", not the object of a preposition.
func TestApposedPastPostmodifier(t *testing.T) {
	e := engineOf(t, pierLeak)
	checkAnswers(t, e, []answerCase{
		{"who found the cracked hose", []string{"Tomas Reyes."}, nil},
	})
}

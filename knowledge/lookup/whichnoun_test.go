package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

// refusalOf asks q of e and checks that it is refused with a reply that
// holds every string of want.
func refusalOf(t *testing.T, e *Engine, q string, want ...string) {
	t.Helper()
	a, err := e.Answer(context.Background(), knowledge.Question{Text: q})
	if err != nil {
		t.Fatal(err)
	}
	if a.Found {
		t.Errorf("%q: want a refusal, got %s", q, a.Text)
	}
	for _, w := range want {
		if !strings.Contains(a.Text, w) {
			t.Errorf("%q: refusal lacks %q:\n%s", q, w, a.Text)
		}
	}
}

// TestWhichNounReadsAnyHead checks that the head of the noun phrase after
// "which" is its last noun by WordNet, whether or not a class noun: a
// class noun that premodifies it is not the head, a verb after it ends
// the phrase, and a name premodifies it.
func TestWhichNounReadsAnyHead(t *testing.T) {
	e := engineOf(t, "Halvard recalls trucks\n\nDETROIT (AP) — Halvard Motor Co. is recalling 40,000 Corsair pickups, the company said Monday.\n")
	for q, want := range map[string]string{
		"which contractor is doing the repairs":          "contractor",
		"which council members had their tickets voided": "members",
		"which halvard models are affected":              "models",
		"which supplier makes the valves":                "supplier",
		"which lanes will close first":                   "lanes",
	} {
		if got := e.understand(q, nil); got.typ != tWhich || got.whichNoun != want {
			t.Errorf("%q: read as %v about %q, want which about %q", q, got.typ, got.whichNoun, want)
		}
	}
	if got := e.understand("what broke on tuesday", nil); got.whichNoun != "" {
		t.Errorf("\"what broke\": a verb read as the head noun %q", got.whichNoun)
	}
}

// TestWhichNounRefusesAnUnnamedOne checks that a which-question whose
// noun the article uses only as a bare plural or after a number is
// refused with the article's words, not answered with a sentence that
// names none.
func TestWhichNounRefusesAnUnnamedOne(t *testing.T) {
	e := engineOf(t, "Bridge to stay closed\n\nPEORIA, Ill. (AP) — The Elm Street Bridge will stay closed for 10 weeks while contractors bolt steel plates over a cracked beam, city officials said Monday.\n\nThe repairs will cost about $2 million.\n\nTwo council members asked the city to pay for a shuttle bus during the closure.\n")
	refusalOf(t, e, "which contractor is doing the repairs", "which contractor", `"contractors"`)
	refusalOf(t, e, "which council members asked for a shuttle", "which council members", `"Two council members"`)
}

// TestWhichNounNamesTheInstance checks that a which-question about any
// noun is answered with the entity the article calls by it: in
// apposition, by its description, or in a list after "including"; or
// with a definite description the article writes.
func TestWhichNounNamesTheInstance(t *testing.T) {
	e := engineOf(t, "Water meters fail\n\nTOLEDO, Ohio (AP) — Thousands of water meters in Toledo stopped reporting last month, the city said Tuesday.\n\nThe vendor, Keystone Metering Systems, installed the meters in 2021.\n\nThe northbound lanes of Summit Street will close first while crews dig.\n\nSeveral council members, including Ana Ruiz and Tom Bell, voted against renewing the contract.\n\nCrews will replace the meters on the north side first.\n")
	checkAnswers(t, e, []answerCase{
		{"which vendor installed the meters", []string{"Keystone Metering Systems"}, nil},
		{"which council members voted against the contract", []string{"Ana Ruiz", "Tom Bell"}, nil},
		{"which lanes will close first", []string{"The northbound lanes"}, nil},
	})
}

// TestWhichClassNounRefusesAPluralOne checks that a which-question about
// a class noun the article writes only after a number is refused with
// the article's words, as one written after "a" is.
func TestWhichClassNounRefusesAPluralOne(t *testing.T) {
	e := engineOf(t, "Bus crash injures six\n\nSALEM, Ore. (AP) — A school bus slid off Route 22 on Monday, and six children were taken to two hospitals with minor injuries, state police said.\n")
	refusalOf(t, e, "which hospital were the kids taken to", "which hospital", `"two hospitals"`)
}

// TestWhichNounDescribedIsNoRefusal checks that a noun the article
// describes by a name after a preposition ("a 2023 ruling by the Court of
// Appeals") is not refused as unidentified, nor is a word of the noun's
// stem taken for it ("rules" for "ruling").
func TestWhichNounDescribedIsNoRefusal(t *testing.T) {
	e := engineOf(t, "Court limits drone searches\n\nOLYMPIA, Wash. (AP) — The state Supreme Court on Thursday set new rules for police drones.\n\nThe Supreme Court decision reverses a 2023 ruling by the Court of Appeals.\n")
	checkAnswers(t, e, []answerCase{
		{"which ruling did the supreme court reverse", []string{"Court of Appeals"}, []string{"doesn't say"}},
	})
}

// TestWhichThingDescribedIsNoRefusal checks that a thing the article
// describes by a relative clause after "a" ("a bill that would raise the
// minimum wage") is not refused as unidentified, while a person so
// described ("one member who backed it") still is.
func TestWhichThingDescribedIsNoRefusal(t *testing.T) {
	e := engineOf(t, "Senate passes wage bill\n\nALBANY, N.Y. (AP) — The state Senate on Tuesday passed a bill that would raise the minimum wage to $17.\n\nOne member who backed the bill last year voted against it Tuesday.\n")
	checkAnswers(t, e, []answerCase{
		{"which bill did the senate pass", []string{"minimum wage"}, []string{"doesn't say"}},
	})
	refusalOf(t, e, "which member voted against the bill", "which member", `"One member"`)
}

// TestWhichThingCountedIsNoRefusal checks that a thing the article
// counts ("four paintings") and then identifies by other words (their
// titles, "an oil") is not refused as unidentified: only people,
// organisations and places are identified by name alone.
func TestWhichThingCountedIsNoRefusal(t *testing.T) {
	e := engineOf(t, "Museum robbed\n\nKEENE, N.H. (AP) — Thieves took four paintings early Sunday, police said.\n\nThe stolen works are \"Dawn,\" an oil by Ann Lee, and \"Dusk,\" a watercolor by Tom Hale.\n")
	checkAnswers(t, e, []answerCase{
		{"which paintings were stolen", nil, []string{"doesn't say which"}},
	})
}

// TestWhichNounNamedElsewhere checks that the one instance the article
// names in apposition answers a question whose act a later sentence
// tells of "the vendor", and that the answer cites both sentences.
func TestWhichNounNamedElsewhere(t *testing.T) {
	e := engineOf(t, "Meters fail in Toledo\n\nTOLEDO, Ohio (AP) — Thousands of water meters in Toledo stopped reporting last month, the city said Tuesday.\n\nThe vendor, Keystone Metering Systems, won the contract in 2019.\n\nThe vendor installed the meters in 2021, and a technician, Paul Gray, found the fault in March.\n")
	checkAnswers(t, e, []answerCase{
		{"which vendor installed the meters", []string{"Keystone Metering Systems.", "installed the meters in 2021"}, nil},
		{"which technician found the fault", []string{"Paul Gray."}, nil},
	})
}

// TestWhichNounInstanceIsTheNamesHead checks that an organisation is an
// instance of the noun its name ends in, not of one inside it ("Metal
// Workers Union" is no worker), nor of a description a possessive of it
// determines ("The Findlay plant, Hartwell's largest": Hartwell is no
// plant); and that a person answers only when described by the asked
// modifier too ("union leader", not the company's chief).
func TestWhichNounInstanceIsTheNamesHead(t *testing.T) {
	e := engineOf(t, "Strike hits plant\n\nFINDLAY, Ohio (AP) — Members of the Metal Workers Union walked off the job at Hartwell Appliance Co. on Tuesday.\n\nThe Findlay plant, Hartwell's largest, makes dishwashers.\n\nThe workers want higher pay, said Mark Dwyer, the union's president. He said he had spoken with Hartwell's chief executive, Paul Sorensen.\n")
	for x, en := range e.a.Entities {
		if en.Name == "Metal Workers Union" && e.calledInstance(x, "workers", nil) {
			t.Errorf("%s read as an instance of workers", en.Name)
		}
	}
	if x, _ := e.appositiveName("plant", nil); x >= 0 {
		t.Errorf("%s read as the plant in apposition", e.a.Entities[x].Name)
	}
	checkOpenings(t, e, []openingCase{
		{"which union leader spoke with the chief executive", "Mark Dwyer.", nil, nil},
	})
}

package lookup

import "testing"

// A bare "it" asked of one story means the thing its headline names: its
// first singular common noun heading a phrase, not a premodifier ("Roman
// shipwreck") or a verb after a plural subject ("Divers raise").
func TestStoryThingAsIt(t *testing.T) {
	e := engineOf(t, "Sinkhole swallows parking lot behind grocery store\n\nLIMA, Ohio (AP) — A hole opened early Tuesday behind a grocery store, city officials said.\n\nBy midday the sinkhole had grown to roughly 60 feet across, an engineer said.\n\nThe store will stay closed until Friday.\n")
	checkAnswers(t, e, []answerCase{
		{"how wide is it", []string{"60 feet"}, nil},
	})
	e = engineOf(t, "Divers raise jars from Roman shipwreck off Sicily\n\nPALERMO, Italy (AP) — Divers have brought up 300 jars from a ship that sank off Sicily, officials said Thursday.\n\nThe wreck lies at a depth of 62 meters off the town of Cefalu.\n")
	if got := e.headlineThing(); got != "shipwreck" {
		t.Errorf("headline thing %q, want shipwreck", got)
	}
	checkAnswers(t, e, []answerCase{
		{"how deep is it", []string{"62 meters"}, nil},
	})
}

// A headline drops the passive's auxiliary ("Harp found in attic"), so an
// irregular past participle after a noun is its verb, not a noun the first
// one premodifies.
func TestHeadlineThingParticiple(t *testing.T) {
	e := engineOf(t, "Harp found in attic of Maine farmhouse after 40 years\n\nBANGOR, Maine (AP) — A harp missing since 1985 was found in the attic of a farmhouse on Friday, its owner said.\n\nThe harp was built in 1890 in Chicago by Lyon and Healy.\n\nIt weighs 80 pounds, the owner said.\n")
	if got := e.headlineThing(); got != "harp" {
		t.Errorf("headline thing %q, want harp", got)
	}
	checkAnswers(t, e, []answerCase{
		{"when was it built", []string{"1890"}, nil},
	})
}

// TestHeadlineThingKinds checks the headline's thing past a noun with a
// secondary person sense that names an animal ("whale"), a place acting
// by metonymy ("town"), an adjective before a plural head and a singular
// ending in "s" ("octopus").
func TestHeadlineThingKinds(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Stranded humpback whale refloated by crews off Oregon coast\n\nNEWPORT, Ore. (AP) — Crews refloated a whale on Sunday.\n", "whale"},
		{"Iowa village unearths steamboat bell buried in 1902\n\nX, Iowa (AP) — Workers dug up a bell on Monday.\n", "bell"},
		{"PORT HOLLIS, Maine (AP) — A brass fog bell that once warned ships off the cape returned to its tower on Tuesday.\n\nIt weighs 900 pounds.\n", "bell"},
		{"Crews haul 1890 locomotive back to old depot\n\nX (AP) — A locomotive moved on Friday.\n", "locomotive"},
		{"Giant octopus kite soars over beach festival\n\nX (AP) — A kite went up on Friday.\n", "kite"},
	}
	for _, c := range cases {
		e := engineOf(t, c.text)
		if got := e.headlineThing(); got != c.want {
			t.Errorf("%q: headline thing %q, want %q", c.text[:30], got, c.want)
		}
	}
	e := engineOf(t, "Village unearths steamboat bell buried in 1902\n\nHOLLIS, Iowa (AP) — Workers laying a water line unearthed a ship's bell on Monday.\n\nThe bell weighs 140 pounds and is cast of bronze, the village clerk said.\n")
	checkAnswers(t, e, []answerCase{
		{"how heavy is it", []string{"140 pounds"}, nil},
	})
}

package lookup

import "testing"

// hillsdaleTrial is a short article written for this test, in no question
// set: a councilman whose name is one letter from a frequent word ("Hurst",
// "hurt") and a scientist whose name is one letter from a rare one
// ("Brandt", "brant").
const hillsdaleTrial = `Bike lanes pass their first test

HILLSDALE, Ore. (AP) — Two volunteers suffered scrapes during a bike-lane trial on Saturday, Councilman Ray Hurst said.

Hurst, 61, said the lanes would stay through June.

The traffic planner Ann Brandt, 40, designed the lanes.
`

func TestFrequentWordIsNoMisspeltName(t *testing.T) {
	e := engineOf(t, hillsdaleTrial)
	if e.counts == nil {
		t.Skip("WordNet is not installed")
	}
	checkAnswers(t, e, []answerCase{
		// "hurt" is a word people type meaning itself, not "Hurst" misspelt
		{"who was hurt", []string{"Two volunteers"}, []string{"is the Councilman"}},
		// "brant" (a goose) is rare: beside a name one letter off, a slip
		{"how old is brant", []string{"40"}, nil},
		// the name itself typed right is still the name
		{"how old is hurst", []string{"61"}, nil},
	})
}

// salemBakery is a short article written for this test, in no question
// set: a place ("Salem") one letter from a dictionary word the article
// never uses ("sales").
const salemBakery = `Bakery opens second shop

SALEM, Ore. (AP) — The Rye House bakery opened a second shop in Salem on Monday.

Owner Dana Pike said the new shop will employ 12 people.
`

// A dictionary word is never a misspelt place, however long the place's
// name: only people's names are so mistyped for a rare word.
func TestDictionaryWordIsNoMisspeltPlace(t *testing.T) {
	e := engineOf(t, salemBakery)
	if e.noLex {
		t.Skip("WordNet is not installed")
	}
	if q := e.understand("how were sales", nil); len(q.subjects) > 0 {
		t.Errorf("\"sales\" read as %q", e.a.Entities[q.subjects[0]].Name)
	}
	if q := e.understand("how is salme doing", nil); len(q.subjects) == 0 {
		t.Error("\"salme\", no word, not read as Salem")
	}
}

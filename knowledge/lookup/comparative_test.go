package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

// islandFerry is a short article written for these tests, in no question set:
// two places at their distances, two prices, and two people whose ages
// are given with what they do.
const islandFerry = `Island ferry returns after two-year pause

HARBOR VIEW, Maine (AP) — A $14 million passenger ferry began carrying riders to Gull Island on Saturday, two years after the old boat was retired.

The new boat docks at Pier 9 in Harbor View, 3 miles from the island, and at Stone Landing, 11 miles to the north. The town also paid $600,000 for a new dock.

Ruth Amsel, 71, a retired lobster fisherman from the island, was first in line. The ferry's captain, Jonas Pike, 44, said the crossing takes 25 minutes.
`

func TestComparativesGradeTheirDimension(t *testing.T) {
	e := engineOf(t, islandFerry)
	checkAnswers(t, e, []answerCase{
		// "closer" grades distance: the miles, the smaller winning
		{"which is closer to the island, pier 9 or stone landing", []string{"Pier 9 is closer", "3 miles", "11 miles"}, []string{"Stone Landing is closer"}},
		{"which is farther from the island, pier 9 or stone landing", []string{"Stone Landing is farther", "11 miles"}, nil},
		// "pricier" and "cheaper" grade money
		{"which was pricier, the ferry or the dock", []string{"Ferry is pricier", "$14 million", "$600,000"}, nil},
		{"which was cheaper, the ferry or the dock", []string{"Dock is cheaper"}, nil},
		// "older" grades age; each side a description of a person, with no comma
		{"who's older the captain or the retired fisherman", []string{"Ruth Amsel is older", "71", "44"}, nil},
	})
}

func TestComparisonSideWithoutFigure(t *testing.T) {
	e := engineOf(t, islandFerry)
	a, err := e.Answer(context.Background(), knowledge.Question{Text: "which was pricier, the ferry or the ticket"})
	if err != nil {
		t.Fatal(err)
	}
	if !a.Found || !strings.Contains(a.Text, "$14 million") || !strings.Contains(a.Text, "no such figure for ticket") {
		t.Errorf("want the ferry's price and that the article gives none for the ticket:\n%s", a.Text)
	}
}

func TestComparativeBase(t *testing.T) {
	e := engineOf(t, islandFerry)
	if e.noLex {
		t.Skip("no WordNet")
	}
	for w, want := range map[string]string{"pricier": "pricy", "closer": "close", "bigger": "big", "costlier": "costly", "after": "", "water": "", "never": ""} {
		if got := e.comparativeBase(w); got != want {
			t.Errorf("comparativeBase(%q) = %q, want %q", w, got, want)
		}
	}
}

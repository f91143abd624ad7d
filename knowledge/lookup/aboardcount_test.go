package lookup

import "testing"

// riverBoat is a short article written for this test, in no question
// set: the persons aboard counted as passengers and crew, the word
// "people" kept for those on shore.
const riverBoat = `Tour boat runs aground on Missouri River sandbar

OMAHA, Neb. (AP) — A sightseeing boat carrying 22 passengers and three crew members ran aground on a sandbar north of Omaha on Sunday, the Coast Guard said.

About 40 people watched from the riverbank as a county fire boat took everyone ashore in four trips. No one was hurt.

The National Transportation Safety Board said it would not investigate.
`

func TestAboardCountedByRiders(t *testing.T) {
	e := engineOf(t, riverBoat)
	checkOpenings(t, e, []openingCase{
		{"how many ppl were on board", "25 people", []string{"22 passengers", "three crew members"}, []string{"40"}},
		{"how many people were aboard the boat", "25 people", nil, []string{"40"}},
		{"how many people watched from the riverbank", "About 40", nil, nil},
	})
	// an article that counts no riders is left to the other stages
	other := engineOf(t, centuryRide)
	if q := other.understand("how many people were on board", nil); other.aboardCount(q) != q {
		t.Error("aboardCount read riders into an article that counts none")
	}
}

func TestAsksAboard(t *testing.T) {
	for q, want := range map[string]bool{
		"how many ppl were on board":           true,
		"how many people were aboard the ship": true,
		"how many onboard":                     true,
		"how many board members voted":         false, // the noun "board"
		"how many people were on the boat":     false,
	} {
		if got := asksAboard(tokenize(expandChat(q))); got != want {
			t.Errorf("%q: got %v, want %v", q, got, want)
		}
	}
}

// centuryRide is a short article written for this test, in no question
// set: the people who finished counted as "cyclists", the word "people"
// kept for another group.
const centuryRide = `Charity ride draws record field along Lake Superior

DULUTH, Minn. (AP) — About 3,000 people gathered at Canal Park on Sunday to see off the Lakeshore Century, a charity bicycle ride along Lake Superior.

A sprinter from Two Harbors crossed the finish line first, in just under five hours.

Organizers said 1,240 cyclists finished before dark, the most in the ride's 14 years, and 35 volunteers staffed the rest stops.

The ride raised $410,000 for a children's hospital in Duluth.
`

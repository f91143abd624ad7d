package lookup

import "testing"

// cookoffResults is a short article written for this test, in no
// question set: a cook-off's placings told as "took second place",
// "as the runner-up" and "finished third", an ordinal before other
// nouns ("her fourth cook-off"), and a past placing dated by a year.
const cookoffResults = `Fire captain's brisket chili wins state cook-off

AMARILLO, Texas (AP) — Lorena Byers, a 44-year-old fire captain from Lubbock, won the Texas State Chili Cook-Off on Saturday with a brisket chili she said took six years to perfect.

Byers, who was competing in her fourth cook-off, finished fourth in 2021.

Harold Quist of Abilene earned $2,000 as the runner-up for a smoked pork green chili.

Third place went to the Canyon Volunteer Fire Department team, whose cooks drove in from Canyon.

Dale Fenwick, a retired rancher from Dumas, finished fourth.
`

func TestWhoHoldsAPlacing(t *testing.T) {
	checkOpenings(t, engineOf(t, cookoffResults), []openingCase{
		// the runner-up is "the competitor who finishes second" (WordNet)
		{"who came in second", "Harold Quist.", nil, nil},
		// "Third place went to …": an organisation when no person is named
		{"who finished third?", "Canyon Volunteer Fire Department", nil, nil},
		// the ordinal after a verb of finishing; "her fourth cook-off" is
		// no placing, and "fourth in 2021" an earlier occasion's
		{"who placed 4th", "Dale Fenwick.", nil, nil},
		{"who finished fourth", "Dale Fenwick.", nil, nil},
	})
}

// rowingRegatta is a short article written for this test, in no question
// set: two races, each with its own paragraph, one runner-up told by a
// verb of finishing and the other by a copula with the finishing time.
const rowingRegatta = `Cornell sweeps single sculls at lake regatta

ITHACA, N.Y. (AP) — Cornell rowers won both single sculls finals at the Cayuga Lake Regatta on Saturday.

In the men's final, Peter Lindqvist won in 7:02.4. Arjun Mehta of Syracuse finished second.

Hannah Greer won the women's final in 7:48.9. Dartmouth's Sofia Brandt was second in 7:51.0, and Elise Moreau was third.
`

// TestRunnerUpInRace: "runner up" asks for second place, and the race the
// question names picks the paragraph.
func TestRunnerUpInRace(t *testing.T) {
	checkOpenings(t, engineOf(t, rowingRegatta), []openingCase{
		{"who was runner up on the womens side", "Sofia Brandt.", nil, nil},
		{"who finished second in the men's final", "Arjun Mehta.", nil, nil},
		{"who was runner-up", "Arjun Mehta.", nil, nil},
		{"who came in third in the women's final", "Elise Moreau.", nil, nil},
	})
}

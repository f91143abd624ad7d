package lookup

import "testing"

// leashLaw is a short article written for these tests, in no question
// set: a council member named in full only in the caption, a party-tagged
// opponent, a company that speaks through a spokesman, a resident known
// by her hometown and a kennel owner quoted after a colon.
const leashLaw = `Council passes leash law after long fight
Council member Nora Pike, D-Eastfield, holds up a leash at City Hall. (AP Photo/Sam Reyes)

SPRINGDALE, Ark. (AP) — The Springdale City Council voted 5-2 on Monday to require leashes in every city park.

"Parks are for everyone, and that means kids who are afraid of dogs," said Pike, the ordinance's author.

Council member Hal Brandt, R-Westside, led the opposition. "This punishes every dog for what a few did," Brandt said.

Lakeshore Pet Supply Inc. said it would donate 500 leashes to owners. A company spokesman, Evan Marsh, said the store supported the law. "We'll hand leashes to owners at the door," Marsh said.

Gloria Tate, 70, of Rogers, Arkansas, said a loose dog knocked her down in June. "I broke my wrist," Tate said. She said Lakeshore paid her doctor's bill.

Ben Ortiz, who owns Ortiz Kennels in Fayetteville, said boarding was up. Ortiz put it plainly: "Business is good."
`

// TestDescribedSpeakers checks speakers asked by what they are: one the
// caption names in full, one found by party with a relative clause after
// the description, a company through its spokesman, an ordinary person
// by the town the story ties to them and a group noun of the story, and
// no one for a town the story ties to no one.
func TestDescribedSpeakers(t *testing.T) {
	e := engineOf(t, leashLaw)
	checkAnswers(t, e, []answerCase{
		// "said Pike, the ordinance's author": Pike is the caption's Nora Pike
		{"what did the author say", []string{"Parks are for everyone"}, nil},
		// "R-Westside": a Republican; the relative clause restricts him, not the quotation
		{"any quotes from the republican who fought it", []string{"punishes every dog"}, []string{"Parks"}},
		// "A company spokesman": Lakeshore Pet Supply Inc. is the one company
		{"what is lakeshore telling owners, got a quote?", []string{"hand leashes to owners"}, nil},
		// "Gloria Tate, 70, of Rogers, Arkansas": one of the story's owners, by her town
		{"what did the rogers owner say", []string{"broke my wrist"}, nil},
		// "Ben Ortiz, who owns Ortiz Kennels in Fayetteville": the guy located there
		{"what'd the kennel guy in fayetteville say", []string{"Business is good"}, nil},
		// no one is tied to Springdale: "owners" in a quotation is no one's description
		{"what did the springdale owner say", nil, []string{"wrist", "Business", "hand leashes"}},
		// "owner" is no title: an owner by his town, never a senator
		{"what did the rogers senator say", nil, []string{"wrist"}},
		// a superlative picks no member of the group by a name tied to them
		{"how old is the oldest owner", nil, []string{"70"}},
		// "She said Lakeshore paid": the name after "said" begins what she said
		{"what did lakeshore say", []string{"donate 500 leashes"}, []string{"doctor"}},
	})
}

package lookup

import "testing"

// ferryPrize is a short article written for this test, in no question
// set: the act asked of is told only by its agent noun, in apposition
// before a person's name, and a sayer stands near the asked words.
const ferryPrize = `Ferry terminal wins regional design award

SEATTLE (AP) — A glass ferry terminal on Puget Sound has won the region's top design award, organizers said Monday.

The winner of the Cascade Award, Tacoma architect Lila Brandt, accepted a $20,000 prize at a dinner in Seattle.

The builders, contractors Omar Haddad and Jill Soren, said the roof took eight months to raise.

Port director Sam Okafor said the award would draw visitors, and he thanked the city.
`

// wreckFound tells an act ("found") and later names its doers only by
// the agent noun of a WordNet synonym ("discoverers"), apart from the
// act's words, and a sayer later.
const wreckFound = `Divers find 1890s schooner in Lake Huron

ALPENA, Mich. (AP) — Two divers found the wreck of a schooner that sank in 1894, a state museum said Tuesday.

The discoverers, retired teachers Ana Ruiz and Carl Ness, spotted its mast at 120 feet.

"It was a complete surprise," museum curator Tom Bell said.
`

// "Who won the award" is the person the agent noun "winner" is apposed
// to, though no sentence writes "won" with her name; "who built it" the
// two people "the builders" names, not a sayer nearby.
func TestApposedAgentNounDoer(t *testing.T) {
	checkOpenings(t, engineOf(t, wreckFound), []openingCase{
		{q: "who found the wreck", first: "Ana Ruiz", not: []string{"Tom Bell"}},
	})
	e := engineOf(t, ferryPrize)
	checkOpenings(t, e, []openingCase{
		{q: "who won the cascade award", first: "Lila Brandt", not: []string{"Okafor"}},
		{q: "who built it", first: "Omar Haddad", not: []string{"Okafor"}},
	})
	checkAnswers(t, e, []answerCase{
		{"who built it", []string{"Soren"}, nil},
	})
}

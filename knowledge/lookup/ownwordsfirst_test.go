package lookup

import "testing"

// ownWordsBakery is a short article written for this test, in no question
// set: each speaker is reported in indirect speech and then quoted, in
// the order of wire copy, and one speaker is only reported.
const ownWordsBakery = `Fire closes family bakery in Millbrook

MILLBROOK, Vt. (AP) — A fire early Sunday gutted the Crane Street Bakery, which had sold bread on the town green for 61 years, fire officials said.

Owner Nadia Fromm said she learned of the fire from a neighbor. "I watched sixty years of my family's work burn in an hour," Fromm said.

Fire Chief Walter Pike said the blaze probably began in an old oven. "The building had no sprinklers, and that is what cost us," Pike said.

Town manager Helen Ostrow said the town would help the family find a temporary kitchen.
`

func TestOwnWordsOpenWhatTheySaid(t *testing.T) {
	e := engineOf(t, ownWordsBakery)
	checkOpenings(t, e, []openingCase{
		// quoted: her words first, the indirect speech after
		{"what did fromm say", "Nadia Fromm said: \"I watched", []string{"neighbor"}, nil},
		{"what did the fire chief say", "Walter Pike said: \"The building", []string{"oven"}, nil},
		// a topic asked: the summary on it stays first
		{"what did pike say about the cause", "Walter Pike said: Fire Chief Walter Pike said the blaze", nil, nil},
		// never quoted: the indirect speech is all there is
		{"what did ostrow say", "Helen Ostrow said: Town manager", []string{"temporary kitchen"}, nil},
	})
}

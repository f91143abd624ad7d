package lookup

import "testing"

// beekeeperObit is a short obituary written for this test, in no
// question set: it tells a death by "died" and uses "passed" in its
// common sense, of a bill with an object-less subject that is no person.
const beekeeperObit = `Orla Penn, beekeeper who lobbied for pollinator law, dies at 79

MILLVALE, Neb. (AP) — Orla Penn, a beekeeper whose hives supplied honey to half the county, died Monday at her farm outside Millvale. She was 79.

The pollinator protection bill she lobbied for passed in 2015, after two failed attempts.

Her husband, Rolf Penn, said she had kept bees for 60 years.
`

// "Pass" with no object, said of a person, is "die" (Merriam-Webster,
// "pass" v.i. 1c); said of a bill it keeps its common sense.
func TestPassSaidOfAPersonIsDie(t *testing.T) {
	e := engineOf(t, beekeeperObit)
	checkAnswers(t, e, []answerCase{
		{"where'd she pass", []string{"farm"}, nil},
		{"when did she pass", []string{"Monday"}, []string{"2015"}},
		{"when did the bill pass", []string{"2015"}, []string{"Monday"}},
	})
}

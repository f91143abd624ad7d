package lookup

import "testing"

// agedCanalLock is a short article written for this test, in no question set:
// a thing whose age is stated by a compound adjective set apart from its
// noun by other premodifiers, and dated again by the year it was built.
const agedCanalLock = `Canal lock to be rebuilt

LOCKPORT, N.Y. (AP) — The 94-year-old concrete canal lock at Lockport will be rebuilt this winter, state officials said Tuesday.

The lock was built in 1931 and last repaired in 1990. Engineer Rita Moss, 47, said the gates leak.
`

// TestStatedAgeOfAThing: "the 94-year-old concrete canal lock" states the
// lock's age though two nouns stand between the age and "lock" (the noun
// heads the premodified phrase, Quirk et al. 1985, §17.104), and a stated
// age answers before a year the age would be counted from.
func TestStatedAgeOfAThing(t *testing.T) {
	e := engineOf(t, agedCanalLock)
	checkAnswers(t, e, []answerCase{
		{"how old is the lock", []string{"94 years old"}, []string{"1931", "47"}},
		{"how old is the engineer", []string{"47"}, []string{"94"}},
	})
}

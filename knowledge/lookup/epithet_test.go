package lookup

import "testing"

// kilnOpening is a short article written for this test, in no question
// set: its subject is named in the headline, and a reader asks about her
// and about him by a general noun instead of a pronoun.
const kilnOpening = `Potter Ines Vardy opens kiln to the public in Ashby

ASHBY, Vt. (AP) — Ines Vardy, 57, opened her wood-fired kiln to visitors Saturday for the first time since she built it in 2009.

"Fire is the last glaze," Vardy said.

Her neighbor, Tom Greel, helped stack the kiln. He is 70.
`

// A general noun for a person with the definite article and nothing
// describing it refers back like a personal pronoun (Halliday and Hasan,
// "Cohesion in English", §6.2–6.3): "the woman" is "she", the story's
// subject. A possessive asks about someone else, and a postmodified noun
// is a description, neither of which is the subject.
func TestDefiniteGeneralNounIsThePronoun(t *testing.T) {
	e := engineOf(t, kilnOpening)
	checkAnswers(t, e, []answerCase{
		{"how old is the woman", []string{"57"}, nil},
		{"how old is the lady", []string{"57"}, nil},
		{"what did the woman say", []string{"last glaze"}, nil},
		{"how old is the woman's neighbor", nil, []string{"57"}},
	})
}

func TestEpithetGender(t *testing.T) {
	for q, want := range map[string]byte{"how old is the guy": 'm', "what did the lady say": 'f', "how old is this man": 'm'} {
		if g, ok := epithetGender(tokenize(q)); !ok || g != want {
			t.Errorf("epithetGender(%q) = %q, %v; want %q", q, g, ok, want)
		}
	}
	for _, q := range []string{"who is the guy who lost", "how old is the woman's son", "how old is a man", "how old is the old man", "who is the man of the match"} {
		if _, ok := epithetGender(tokenize(q)); ok {
			t.Errorf("epithetGender(%q) found a general noun used as a pronoun", q)
		}
	}
}

package lookup

import "testing"

// ferryCaptain is a short obituary written for this test, in no question
// set: it says "died", and a reader asks with the inflected phrasal verb
// "passed away".
const ferryCaptain = `Ferry captain Odile Brand dies at 83

PORT LUNEY, Maine (AP) — Odile Brand, who piloted the Luney Island ferry for 37 years, died Saturday at a nursing home in Belden. She was 83.

Her nephew, Paul Brand, said she had been ill since the spring.
`

// WordNet lists verb collocations by their base form ("pass away"), and
// a question writes the verb inflected ("passed away"): its first word is
// the verb and the only word that inflects (WordNet's morphy, morph.c
// morphprep), so "passed away" is the article's "died", and its particle
// is no word the article must use. A verb of speaking keeps qualifying
// only the one asked about with its particle ("who talked about").
func TestInflectedPhrasalVerb(t *testing.T) {
	e := engineOf(t, ferryCaptain)
	checkAnswers(t, e, []answerCase{
		{"how old was she when she passed away", []string{"83"}, nil},
		{"when did brand pass away", []string{"Saturday"}, []string{"never uses"}},
		// a verb of speaking with its particle still only says the answer spoke
		{"who talked about her being ill", []string{"Paul Brand"}, nil},
	})
}

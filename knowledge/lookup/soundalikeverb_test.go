package lookup

import "testing"

// soundalikeRegatta is a short article written for this test, in no
// question set, to be asked with verbs typed as words that sound the same.
const soundalikeRegatta = `Lakeview rower wins regatta in record time

GENEVA, N.Y. (AP) — Corinne Dale won the Seneca Lake regatta on Saturday, finishing the 2-mile course in 11 minutes, a race record.

Dale said she would meet the governor in Albany next week. Her boat weighed 31 pounds.

Second place went to Oscar Brandt, who finished in 11 minutes, 40 seconds.
`

// TestSoundalikeVerb reads "one", "meat" and "way" as the verbs won, meet
// and weigh where a verb must stand, "wear" as "where" before an
// auxiliary, and leaves a word in a noun's slot ("by the way") alone.
func TestSoundalikeVerb(t *testing.T) {
	e := engineOf(t, soundalikeRegatta)
	checkOpenings(t, e, []openingCase{
		{q: "who one the regatta", first: "Corinne Dale", not: []string{"Brandt"}},
		{q: "how much did her boat way", first: "31 pounds"},
	})
	for q, want := range map[string]string{
		"who one the regatta":        "who won the regatta",
		"who did she meat in albany": "who did she meet in albany",
		"how much did the boat way":  "how much did the boat weigh",
		"wear did she race":          "where did she race",
		"by the way how long was it": "by the way how long was it",
		"did she pass one boat":      "did she pass one boat",
		"did she take the sea route": "did she take the sea route",
	} {
		if got := e.soundalikeVerbWords(q); got != want {
			t.Errorf("soundalikeVerbWords(%q) = %q, want %q", q, got, want)
		}
	}
}

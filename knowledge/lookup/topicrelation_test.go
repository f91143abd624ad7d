package lookup

import "testing"

// TestRelationAfterSpeechIsTopic checks that a relation noun after the
// verb of saying ("say about her office") is the topic of the words, so
// the speaker stays the one named before the verb.
func TestRelationAfterSpeechIsTopic(t *testing.T) {
	e := engineOf(t, `Clinic to cut hours

DALTON, Ga. (AP) — The Whitfield County clinic will close on Saturdays starting next month, its director said Tuesday.

Chief executive Paul Benning said the clinic could not find enough nurses for weekend shifts. "We looked everywhere," Benning said.

Dr. Maria Soto, a family doctor in Dalton, said she would open her own office on Saturdays to see patients who lose the clinic.
`)
	checkAnswers(t, e, []answerCase{
		{"what did soto say about her office", []string{"Saturdays to see patients"}, []string{"We looked everywhere"}},
		// the relation noun heads the subject: it names the speaker
		{"what did the clinic's chief say", []string{"enough nurses"}, nil},
	})
}

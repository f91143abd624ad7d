package lookup

import "testing"

// sollisHarbor is a short article written for these tests, in no
// question set: acts told by multi-word verbs whose doers are named only
// by kind, and a source named beside them.
const sollisHarbor = `Harbor master reviews grounding of ferry

SOLLIS, Maine (AP) — The harbor master looked into reports that a ferry ran aground near Sollis on Friday, Mayor Jo Kettering said.

Kettering said a volunteer crew later checked up on the passengers.

The ferry's owner, Ned Hollis, said harbor officials had rejected his bid to dredge the channel last year.
`

// TestMultiWordAct answers who did an act told by a multi-word verb, asked
// by it or by a one-word verb it means, with the doer named by kind, not
// the source who reported it.
func TestMultiWordAct(t *testing.T) {
	e := engineOf(t, sollisHarbor)
	checkAnswers(t, e, []answerCase{
		{"who investigated the reports?", []string{"The harbor master"}, []string{"Kettering."}},
		{"who looked into the reports?", []string{"The harbor master"}, []string{"Kettering."}},
		{"who turned down the dredging bid?", []string{"Harbor officials"}, []string{"Hollis.", "Said"}},
	})
}

// tullyFire is a short article written for these tests, in no question
// set: a fire a named chief describes, put out by crews the article names
// only by kind and by a verb ("extinguished") WordNet 3.0 files below
// "put out" only in its rarer senses.
const tullyFire = `Fire damages Tully bakery

TULLY, N.Y. (AP) — A fire broke out in a bakery on Main Street early Friday, Fire Chief Rosa Lind said.

Crews extinguished the flames in 40 minutes.
`

// TestUnsaidMultiWordAct refuses a who-question whose multi-word verb the
// article never uses, rather than naming whoever the sentence holding
// its object names.
func TestUnsaidMultiWordAct(t *testing.T) {
	e := engineOf(t, tullyFire)
	checkAnswers(t, e, []answerCase{
		{"who put out the fire?", nil, []string{"Lind"}},
	})
}

package lookup

import "testing"

// ashbyOrdinance is a short article written for this test, in no
// question set: a measure named first as the object of a future act and
// as a passive subject, and only then as the subject of what it would
// do, with an appositive between.
const ashbyOrdinance = `Ashby council passes leaf-blower limits

ASHBY, Vt. (AP) — Mayor Rosa Quint will sign the ordinance on Friday, her office said.

The ordinance was written by council member Dale Oakes after neighbors complained.

The ordinance, backed by five of the seven members, would ban gas-powered leaf blowers from June to September.
`

// TestThingPredicate checks that "what does the ordinance do" is answered
// by the sentence with the ordinance as the subject of its verb group,
// not one that names it as what another will act on or what was done to
// it.
func TestThingPredicate(t *testing.T) {
	checkAnswers(t, engineOf(t, ashbyOrdinance), []answerCase{
		{"what does the ordinance actually do", []string{"would ban gas-powered"}, []string{"will sign", "was written"}},
		{"what would the ordinance do", []string{"would ban gas-powered"}, []string{"will sign", "was written"}},
	})
}

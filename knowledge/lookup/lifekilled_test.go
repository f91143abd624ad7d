package lookup

import "testing"

// vanCrashDead is a short article written for this test, in no question
// set: the dead named in the complement of "The people killed were", one
// by an age-led description with the name in apposition, one killed in
// the active, a survivor named too, and the source of the reporting
// clause after the list.
const vanCrashDead = `Van crash kills 3 on icy highway

BEMIDJI, Minn. (AP) — A van slid off an icy highway and into a frozen creek Sunday, killing three people and injuring two, the State Patrol said.

The people killed were a 58-year-old woman, Ione Marsh, and her brother, Vern Lund, 61, Trooper Gail Henning said.

The van's driver, Pete Arkin, 34, was treated at a hospital and released. A second crash on the same road killed Jody Crane, a mail carrier.
`

// "killed" tells a death as "died" does, of the passive's subject, the
// active's object or a name in the copula's complement the participle
// introduces, and an age-led description gives its age to the name in
// apposition to it.
func TestKilledAnswersLifeState(t *testing.T) {
	e := engineOf(t, vanCrashDead)
	checkOpenings(t, e, []openingCase{
		{q: "is ione marsh alive", first: "No —"},
		{q: "did vern lund survive", first: "No —"},
		{q: "is jody crane dead", first: "Yes —"},
		{q: "how old was ione marsh", first: "Ione Marsh"},
	})
	checkAnswers(t, e, []answerCase{
		{q: "how old was ione marsh", want: []string{"58"}},
	})
	for _, q := range []string{"is gail henning alive", "did pete arkin survive"} {
		if a := answerOf(t, e, q); a.Found && (a.Text[:3] == "No " || a.Text[:4] == "Yes ") {
			t.Errorf("%q: want no verdict of death, got:\n%s", q, a.Text)
		}
	}
}

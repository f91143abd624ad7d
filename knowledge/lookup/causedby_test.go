package lookup

import "testing"

// ferrinLandslide is a short article written for this test, in no
// question set: the event asked about is the agent of a passive verb of
// causing in one sentence ("delays caused by the landslide") and its cause
// is the subject of an active one in another, which does not name it.
const ferrinLandslide = `Landslide closes mountain highway

FERRIN, Colo. (AP) — A landslide closed State Highway 9 near Ferrin for most of Friday, state officials said.

Weeks of heavy rain caused the hillside above the road to give way, geologist Nora Alvik said.

The school district said it would excuse any absences from delays caused by the landslide.
`

// A sentence that tells the event as the cause of another ("delays caused
// by the landslide") does not say what caused it; a sentence whose verb of
// causing is the only word the question shares with it gives its cause in
// its subject.
func TestCausedByAgentTellsNoCause(t *testing.T) {
	e := engineOf(t, ferrinLandslide)
	checkAnswers(t, e, []answerCase{
		{"what caused the landslide", []string{"heavy rain"}, []string{"excuse any absences"}},
		{"why was there a landslide", nil, []string{"excuse any absences"}},
	})
}

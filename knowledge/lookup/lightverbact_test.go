package lookup

import "testing"

// TestLightVerbSynonymIsNoCountedAct checks that a question's light verb
// ("needed") whose synonym in the article is another light verb ("take",
// joined to it in the sense "require") does not make "were taken to
// hospitals" the act counted, so "how many fans needed medical help" is
// answered by those treated, on a short article written for this test.
func TestLightVerbSynonymIsNoCountedAct(t *testing.T) {
	e := engineOf(t, "Heat sickens fans at concert\n\nDALLAS (AP) — Paramedics said 41 fans were treated at medical stations during an outdoor concert Saturday, mostly for heat exhaustion, and three were taken to hospitals.\n\nThe temperature reached 102 degrees.\n")
	checkAnswers(t, e, []answerCase{
		{"how many fans needed medical help", []string{"41"}, []string{"Three"}},
	})
}

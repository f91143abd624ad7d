package lookup

import "testing"

// "What killed him" is answered by the sentence that names the cause of
// the death ("died of …"), not by another sentence whose "after" clause
// mentions the death.
func TestWhatKilledHimDiedOf(t *testing.T) {
	e := engineOf(t, "Hiker found dead near Sable Peak\n\nSABLE, Colo. (AP) — A hiker from Denver, Tom Varro, died Saturday on Sable Peak. After Varro died, rangers closed the upper trail. A coroner said Varro died of hypothermia.\n")
	checkAnswers(t, e, []answerCase{
		{"what killed him", []string{"hypothermia"}, []string{"closed the upper trail"}},
		{"what killed varro", []string{"hypothermia"}, []string{"closed the upper trail"}},
	})
}

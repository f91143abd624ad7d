package lookup

import "testing"

// TestHappenedToFromBody checks that "what happened to X" is answered by
// the story's lead about X, not by the photo caption that alone repeats
// the question's words, on a short article written for this test.
func TestHappenedToFromBody(t *testing.T) {
	e := engineOf(t, "Ferry runs aground near Bayport\nCrews inspect the hull of the Harbor Line ferry Cormorant at Bayport, Maine, on Friday. (AP Photo/Jo Reyes)\n\nBAYPORT, Maine (AP) — A Harbor Line boat struck a sandbar and ran aground in thick fog on Thursday, stranding 60 passengers for three hours, the Coast Guard said.\n\nNo one was injured.\n")
	checkAnswers(t, e, []answerCase{
		{"what happened to the harbor line ferry", []string{"sandbar"}, []string{"Crews inspect"}},
	})
}

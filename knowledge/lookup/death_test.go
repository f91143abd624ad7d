package lookup

import "testing"

// TestCauseOfDeath checks that "what killed him" and "why did he die"
// ask the cause of the story subject's death, given by "the cause was",
// and not the death of his kin, on a short obituary written for this
// test.
func TestCauseOfDeath(t *testing.T) {
	e := engineOf(t, "Tom Varga, ferry captain for 40 years, dies at 79\n\nDULUTH, Minn. (AP) — Tom Varga, who piloted the Lake Superior ferry for four decades, has died. He was 79.\n\nVarga died Sunday at a hospice in Duluth, his son, Peter Varga, said. The cause was heart failure, he said.\n\nVarga's brother, a fisherman, died in 2015.\n")
	checkAnswers(t, e, []answerCase{
		{"what killed him", []string{"heart failure"}, []string{"2015"}},
		{"why did he die", []string{"heart failure"}, []string{"2015"}},
	})
}

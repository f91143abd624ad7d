package lookup

import "testing"

// "the chief said …" reports the words of the one chief the article
// names; the same words are no one's when the article names two chiefs.
func TestDescribedSubjectAt(t *testing.T) {
	e := engineOf(t, "Thieves take paintings from museum\n\nWELLSBURG, Ohio (AP) — Thieves broke into the Harmon Art Museum early Sunday and took three paintings.\n\nPolice Chief Dana Whitlock said at least two people were involved. \"They knew exactly which paintings they wanted,\" Whitlock said.\n\nAsked about the museum's alarm system, the chief said motion sensors in the gallery had been switched off.\n")
	checkAnswers(t, e, []answerCase{
		{"what did whitlock say about the alarm", []string{"switched off"}, nil},
	})
	e = engineOf(t, "Thieves take paintings from museum\n\nWELLSBURG, Ohio (AP) — Thieves broke into the Harmon Art Museum early Sunday and took three paintings.\n\nPolice Chief Dana Whitlock said at least two people were involved. Fire Chief Omar Bell said no one was hurt.\n\nAsked about the museum's alarm system, the chief said motion sensors in the gallery had been switched off.\n")
	checkAnswers(t, e, []answerCase{
		{"what did bell say", []string{"no one was hurt"}, []string{"switched off"}},
	})
}

package knowledge

import (
	"slices"
	"testing"
)

// "no." ends a sentence unless a figure follows it (AP Stylebook, "No.").
func TestNoEndsSentenceBeforeAWord(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"The motion failed 4-3, with Reyes and Tam voting no. Reyes said the plan cost too much.",
			[]string{"The motion failed 4-3, with Reyes and Tam voting no.", "Reyes said the plan cost too much."}},
		{"The team is ranked No. 4 in the state.", []string{"The team is ranked No. 4 in the state."}},
		{"She wore No. 12. He wore Nos. 3 and 5.", []string{"She wore No. 12.", "He wore Nos. 3 and 5."}},
	} {
		var got []string
		for _, r := range splitSentences(tt.text) {
			got = append(got, tt.text[r[0]:r[1]])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("splitSentences(%q)\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

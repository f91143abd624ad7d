package knowledge

import "testing"

// TestMeridiemSentenceEnd checks that the period of a closing "a.m." or
// "p.m." ends the sentence before a capital that opens the next one, and
// not before the time zone, day or date a clock time takes after it.
func TestMeridiemSentenceEnd(t *testing.T) {
	for text, want := range map[string]int{
		"The siren sounded at 6:15 a.m. Volunteers then filled sandbags.":          2,
		"The gym opens at 7 a.m. Saturday for the first time since the storm.":     1,
		"Voting ends at 8 p.m. EDT, and results are expected by midnight.":         1,
		"The talks resume at 10 a.m. Jan. 4 in the county building.":               1,
		"The ferry left at 9 p.m. The captain radioed the harbor an hour later.":   2,
		"The doors open at 5 p.m. Tuesday. The show starts at 6 p.m. Organizers …": 3,
	} {
		if got := len(splitSentences(text)); got != want {
			t.Errorf("splitSentences(%q): %d sentences, want %d", text, got, want)
		}
	}
}

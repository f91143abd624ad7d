package lookup

import "strings"

// Clock times keep their periods (part of stage 4, times). AP style writes
// the hour with "a.m." or "p.m.", lowercase, with periods (AP Stylebook,
// "a.m., p.m."; "time of day": "11 a.m.", "5:40 p.m."), so the period
// that closes a time phrase ending in one is the abbreviation's own and
// the phrase runs on after it: "from 8 a.m. to 8 p.m." is one range whose
// "to" comes right after the period, not a sentence that ends at "8 a.m."
// (a time phrase's final period is otherwise the sentence's, and is cut
// before the words after the phrase are read).

// meridiems are the abbreviations AP style writes after a clock hour.
var meridiems = []string{"a.m.", "p.m."}

// phraseBody is time phrase ph without a sentence's final period, keeping
// the period of a closing "a.m." or "p.m.".
func phraseBody(ph string) string {
	lower := strings.ToLower(ph)
	for _, m := range meridiems {
		if strings.HasSuffix(lower, " "+m) || lower == m {
			return ph
		}
	}
	return strings.TrimSuffix(ph, ".")
}

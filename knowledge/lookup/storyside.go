package lookup

import "strings"

// The story's own thing as a side of a comparison (part of stage 2):
// "this recall vs the seatbelt one" compares the recall the article
// reports with another. A demonstrative "this" before a noun the headline
// uses points at the thing the story is about (situational reference of
// "this": Quirk et al., §6.40; the headline names the story's subject),
// which the lead tells, as it tells "this" alone (thisStory).

// storySides makes each side "this N" or "this N here" whose noun the
// headline uses the story's own side; "this year" and the like are times,
// which the comparison's other side is asked at (atOtherTime).
func (e *Engine) storySides(parts []string) []string {
	title := e.part("title")
	if title == nil {
		return parts
	}
	out := make([]string, len(parts))
	for k, p := range parts {
		out[k] = p
		w := strings.Fields(strings.TrimSuffix(p, " here"))
		if len(w) != 2 || w[0] != "this" || isTimePhrase(p) {
			continue
		}
		st := stemOf(w[1])
		for _, t := range title.toks {
			if t.meets(st) {
				out[k] = thisStory
				break
			}
		}
	}
	return out
}

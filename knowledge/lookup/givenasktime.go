package lookup

import "slices"

// Times the question already gives (part of stage 4): in a wh-question the
// wh-word is the new information asked for and the rest of the question
// is given (Quirk et al., §18.8 on given and new information, §11.14 on
// wh-questions), so a time the question itself names is not what it
// asks. "When was the Saturday show called off" of "The council called
// off the Saturday program at 7:45 p.m." asks the clock time: "Saturday"
// is the question's own word, and answering with it tells the reader
// nothing.

// dropGivenAskedTimes drops from subs the time spans of s that are a time
// the question names, when some other span remains to answer with.
func dropGivenAskedTimes(q *query, s *sentence, subs [][]int) [][]int {
	asked := askedTimes(q)
	if len(asked) == 0 {
		return subs
	}
	kept := keepSpans(subs, func(sp []int) bool {
		return !slices.Contains(asked, bareTime(s.text[sp[0]:sp[1]]))
	})
	if len(kept) == 0 {
		return subs
	}
	return kept
}

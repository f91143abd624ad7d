package lookup

import (
	"slices"
	"strings"
)

// The latest (part of stage 4, passages): "what's the latest", "any
// updates on the freeze", "what's new with the chapel" ask for the news
// itself, and "latest" is no word a report need use. A news story is
// written as an inverted pyramid: its lead tells the newest and most
// important development, and what follows is older or lesser (AP
// Stylebook, "lead"; Mencher, News Reporting and Writing, ch. 6). So the
// bare question is answered by the lead, and "the latest on X" by the
// first sentence of the story, told in the reporter's words, that holds
// X.

// latestCue is a question asking only for the latest news, with an
// optional "on X" of what it is about.
var latestCue = lazyRE(`^(?:so |ok |and |hey )?(?:what'?s (?:going on|happening)|(?:what'?s|what is|whats|any|got any|is there any)\s+(?:the\s+)?(?:latest|newest|new|news|updates?)(?:\s+news)?|(?:the\s+)?latest(?:\s+news)?|updates?)(?:\s+(?:on|with|about|in|re|regarding|for)\s+(.+?))?\s*[?!.]*$`)

// latestWords are the words of the cue itself, no words to find.
// "Going on" and "happening" are the cue's verb, WordNet 3.0's synset of
// "happen" (happen, go on, occur, take place).
var latestWords = set("latest", "newest", "new", "news", "update", "updates", "going", "happening", "happen")

// latestNews answers "what's the latest" with the lead, and "what's the
// latest on X" with the first body sentence holding X outside quotation
// marks.
func (e *Engine) latestNews(q *query) (reply, bool) {
	m := latestCue.FindStringSubmatch(strings.ToLower(strings.TrimSpace(q.raw)))
	if m == nil {
		return reply{}, false
	}
	n := *q
	n.terms = slices.DeleteFunc(slices.Clone(q.terms), func(t term) bool { return latestWords[t.lower] })
	if m[1] == "" || len(n.terms) == 0 && len(n.subjects) == 0 {
		return e.summary(q)
	}
	first := -1
	for _, c := range e.rank(&n, func(s *sentence) bool { return s.part == "" }) {
		if (first < 0 || c.s < first) && e.holds(&n, c) && !allQuoted(&e.r.sents[c.s], c.matched) {
			first = c.s
		}
	}
	if first < 0 {
		return reply{}, false
	}
	return reply{found: true, used: []*sentence{&e.r.sents[first]}}, true
}

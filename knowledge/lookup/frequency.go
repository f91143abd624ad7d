package lookup

import (
	"strings"
)

// Frequencies as answers (part of stage 4): "how often" is answered by
// the expressions English uses for a rate (Quirk et al., §8.64, adverbials
// of frequency): "each year", "every two weeks", "twice a week",
// "weekly", "one in four".

// frequencyRe finds an expression of frequency or of a rate. A one-word
// adverb counts only at the end of a clause: before a noun it is an
// adjective ("monthly calendars", "a twice-weekly class").
var frequencyRe = lazyRE(`(?i)\b(?:` +
	`(?:once|twice|three times|four times|\w+ times)\s+(?:a|an|per|each|every)\s+\w+|` +
	`(?:every|each|per|a)\s+(?:other\s+)?(?:\w+\s+)?(?:second|minute|hour|day|night|week|weekend|month|season|year|decade)s?|` +
	`(?:hourly|daily|nightly|weekly|biweekly|monthly|quarterly|yearly|annually)(?:[.,;]|$)|` +
	`(?:about |nearly |roughly |almost )?(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:in|out of) (?:every )?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)` +
	`)\b`)

// frequency answers "how often" with the rate the best sentence gives.
func (e *Engine) frequency(q *query) (reply, bool) {
	has := func(s *sentence) bool { return frequencyRe.MatchString(s.text) }
	c, ok := e.best(q, has)
	if !ok {
		// "how often did they talk": how many times, as a count
		q2 := *q
		q2.typ = tCount
		return e.quantityOf(&q2)
	}
	s := &e.r.sents[c.s]
	var spans []string
	for _, sp := range frequencyRe.FindAllString(s.text, -1) {
		spans = append(spans, strings.TrimRight(sp, ".,;"))
	}
	return reply{found: true, head: capitalise(strings.Join(spans, ", ")) + ".", used: []*sentence{s}}, true
}

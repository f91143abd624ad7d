package lookup

import "strings"

// The story's own event asked by a pro-form (part of stage 4): "when did
// this happen", "where did it happen", "when was this" name no act and
// no one; the pro-form "this", "it" or "that" with "happen" or "be"
// stands for a predication the hearer already has in mind (Quirk et al.
// 1985, ch. 12 on pro-forms and substitution for a predication), and in
// a news story that is the story's main event, which the lead tells with
// its time and place (the AP Stylebook's summary lead; the inverted
// pyramid). Such a question is answered by the lead: the time that dates
// its event, a day first, and the place it names after a preposition or
// else its dateline's.

// storyEventWords are the words such a question may hold beside
// interrogatives and auxiliaries: the demonstrative and personal
// pro-forms, "all" ("when did all this happen"), the verbs of happening
// (happenVerbs, "take place") and the nouns a when-question asks by.
var storyEventWords = set("this", "it", "that", "all", "take", "took", "taken", "place",
	"time", "day", "date")

// asksStoryEvent reports whether q asks the time or place of the story's
// event by a pro-form alone: no word of its own ("take place" is a verb
// of happening), no one named, and a pro-form among its words.
func asksStoryEvent(q *query) bool {
	if len(q.subjects) > 0 || q.followUp {
		return false // in a thread, "it" may be the last turn's event
	}
	for _, t := range q.terms {
		if !storyEventWords[t.lower] {
			return false // "when did this flight land": a word of its own
		}
	}
	return proFormOnly(dropChat(lowerWords(q.toks)))
}

// proFormOnly reports whether words hold a pro-form ("this", "it",
// "that") and otherwise only interrogatives, auxiliaries, forms of "be",
// verbs of happening and storyEventWords: "when did it happen".
func proFormOnly(words []string) bool {
	proform := false
	for _, w := range words {
		switch {
		case w == "this" || w == "it" || w == "that":
			proform = true
		case storyEventWords[w] || happenVerbs[w] || whWords[w] || auxiliaries[w] || beForms[w]:
		default:
			return false
		}
	}
	return proform
}

// storyEventTime answers "when did this happen" by the lead's time.
func (e *Engine) storyEventTime(q *query) (reply, bool) {
	s := e.leadSentence()
	if s == nil || !asksStoryEvent(q) {
		return reply{}, false
	}
	return leadEventTime(s)
}

// leadEventTime answers with the time that dates the event of lead s: a
// day first, no time of its telling.
func leadEventTime(s *sentence) (reply, bool) {
	return leadTimeOf(s, nil, nil)
}

// leadTimeOf is leadEventTime for the event whose words are matched in
// lead s: no time of a trailing attribution after them either ("has found
// the skull …, the museum said Thursday": Thursday dates the telling,
// trailingtelling.go), and only the spans keep admits (all when nil).
func leadTimeOf(s *sentence, matched []int, keep func(sp []int) bool) (reply, bool) {
	spans := keepSpans(eventTimes(s, matched), func(sp []int) bool { return !datesTrailingTelling(s, sp, matched) && (keep == nil || keep(sp)) })
	if len(spans) == 0 {
		return reply{}, false
	}
	best := spans[0]
	for _, sp := range spans {
		if dayPrecise.MatchString(s.text[sp[0]:sp[1]]) {
			best = sp // "on Monday", not "overnight"
			break
		}
	}
	ph := strings.TrimSuffix(s.text[best[0]:best[1]], ".")
	return reply{found: true, head: capitalise(ph) + ".", used: []*sentence{s}}, true
}
